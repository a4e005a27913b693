"""A small skills board for the screens' tests: the demo's taxonomy, four people of two
antennes with badges (an e-mail and a phone each, that no screen may show), and four posts."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from app.badges.service import issue_badge
from app.context import AppContext
from db.demo_data import catalogue
from db.models import Antenna, Person
from db.models.skills import SkillModality, SkillPost, SkillPostKind, SkillPostTag, SkillTag
from tests.ui.badge_helpers import add_person
from ui.screens.skills.board import BoardScreen

EMAIL = "{first}@example.org"
PHONE = "+32 470 12 34 56"


class Board:
    PHOTO_HELP = "Retouche photo pour vos portfolios"
    EXCEL = "Besoin d'aide avec mes tableaux Excel"
    DUTCH = "Cours de néerlandais pour débutants"
    LIGHTS = "Éclairage de scène, les bases"
    TITLES = (PHOTO_HELP, EXCEL, DUTCH, LIGHTS)


@dataclass(frozen=True)
class World:
    rennes: uuid.UUID
    brussels: uuid.UUID
    camille: uuid.UUID
    noor: uuid.UUID
    elodie: uuid.UUID
    marc: uuid.UUID
    badges: dict[uuid.UUID, str]
    posts: dict[str, uuid.UUID]
    tags: dict[str, uuid.UUID]


def seed_taxonomy(ctx: AppContext) -> dict[str, uuid.UUID]:
    tags: dict[str, uuid.UUID] = {}
    with ctx.db.transaction() as db:
        for position, (sector, label, skills) in enumerate(catalogue.SKILL_SECTORS):
            row = SkillTag(slug=sector, label=dict(label), sector="", position=position)
            db.add(row)
            db.flush()
            tags[sector] = row.id
            for place, (slug, skill_label) in enumerate(skills):
                skill = SkillTag(slug=slug, label=dict(skill_label), sector=sector, position=place)
                db.add(skill)
                db.flush()
                tags[slug] = skill.id
    return tags


def _person(
    ctx: AppContext, first: str, last: str, *, antenna: uuid.UUID | None = None
) -> uuid.UUID:
    person_id = add_person(ctx, first, last)
    with ctx.db.transaction() as db:
        person = db.get(Person, person_id)
        assert person is not None
        person.email = EMAIL.format(first=first.lower())
        person.phone = PHONE
        person.photo_consent = True
        if antenna is not None:
            person.antenna_id = antenna
    return person_id


def add_post(
    ctx: AppContext,
    world_tags: dict[str, uuid.UUID],
    author: uuid.UUID,
    kind: str,
    title: str,
    *,
    tags: tuple[str, ...] = (),
    modality: str = "either",
    description: str = "",
) -> uuid.UUID:
    with ctx.db.transaction() as db:
        person = db.get(Person, author)
        assert person is not None
        post = SkillPost(
            person_id=author,
            antenna_id=person.antenna_id,
            kind=SkillPostKind(kind),
            title=title,
            description=description,
            modality=SkillModality(modality),
            expires_on=date.today() + timedelta(days=120),
            confirmed_on=date.today(),
        )
        db.add(post)
        db.flush()
        for slug in tags:
            db.add(SkillPostTag(post_id=post.id, tag_id=world_tags[slug]))
        return post.id


def board_world(ctx: AppContext) -> World:
    tags = seed_taxonomy(ctx)
    camille = _person(ctx, "Camille", "Durand")
    with ctx.db.transaction() as db:
        rennes = db.scalar(select(Antenna.id).where(Antenna.slug == "rennes"))
        brussels_row = Antenna(slug="bruxelles", name="Bruxelles", country="BE")
        db.add(brussels_row)
        db.flush()
        brussels = brussels_row.id
    assert rennes is not None
    noor = _person(ctx, "Noor", "Janssens", antenna=brussels)
    elodie = _person(ctx, "Élodie", "Dubois")
    marc = _person(ctx, "Marc", "Lefèvre")
    posts = {
        Board.PHOTO_HELP: add_post(
            ctx,
            tags,
            camille,
            "offer",
            Board.PHOTO_HELP,
            tags=("photography",),
            modality="in_person",
            description="Je retouche vos photos de spectacle pour vos dossiers.",
        ),
        Board.EXCEL: add_post(
            ctx, tags, elodie, "need", Board.EXCEL, tags=("spreadsheets",), modality="online"
        ),
        Board.DUTCH: add_post(
            ctx, tags, noor, "need", Board.DUTCH, tags=("translation",), modality="in_person"
        ),
        Board.LIGHTS: add_post(ctx, tags, marc, "offer", Board.LIGHTS, tags=("stage-lighting",)),
    }
    badges = {person: issue_badge(ctx, person).token for person in (camille, noor, elodie, marc)}
    return World(
        rennes=rennes,
        brussels=brussels,
        camille=camille,
        noor=noor,
        elodie=elodie,
        marc=marc,
        badges=badges,
        posts=posts,
        tags=tags,
    )


def card_titles(screen: BoardScreen) -> list[str]:
    return [widget.card.title for widget in screen.grid.cards]


def tiny_png() -> bytes:
    """A small photo, as a badge's photo is stored."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("#0B5C6B"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())
