"""A small governance written straight to a test database: an assembly and a board for the
whole cooperative, a council and a budget committee for Rennes, people on them, meetings, items
and a meet-the-board session. Domain and UI tests of the governance share it."""

from __future__ import annotations

import io
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from app.context import AppContext
from db.models import (
    AgendaItem,
    AgendaStatus,
    Antenna,
    Body,
    BodyKind,
    BodyLink,
    BodyLinkKind,
    Mandate,
    Meeting,
    MeetingStatus,
    Person,
    PersonKind,
    Session,
    SessionKind,
)

TODAY = date(2026, 11, 26)
NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def _photo() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (24, 32), (180, 120, 90)).save(out, format="JPEG")
    return out.getvalue()


PHOTO = _photo()


@dataclass(frozen=True)
class Governance:
    assembly: uuid.UUID
    board: uuid.UUID
    council: uuid.UUID
    budget: uuid.UUID
    chair: uuid.UUID
    """Émilie Van den Bossche: board chair until next spring, photo with consent."""
    director: uuid.UUID
    """Noor Haddad: board director and on the local council, a photo but no consent."""
    former: uuid.UUID
    """Paul Martin: his board mandate ended."""
    member: uuid.UUID
    """Camille Dupont: a member with no mandate who wants consultation and concertation."""


def _body(slug: str, kind: BodyKind, name: str, position: int, **fields: object) -> Body:
    return Body(
        slug=slug,
        kind=kind,
        name={"fr": name, "nl": name + " (nl)", "en": name + " (en)"},
        purpose={"fr": f"Ce que fait {name}."},
        position=position,
        **fields,
    )


def add_governance(ctx: AppContext, *, today: date = TODAY) -> Governance:
    with ctx.db.transaction() as session:
        rennes = session.query(Antenna).filter_by(slug="rennes").one_or_none()
        if rennes is None:
            rennes = Antenna(slug="rennes", name="Rennes")
            session.add(rennes)
            session.flush()
        assembly = _body("assembly", BodyKind.general_assembly, "Assemblée générale", 0)
        board = _body(
            "board",
            BodyKind.board,
            "Conseil d'administration",
            1,
            rules={
                "quorum": {"count": "present", "of": "entitled", "ratio": 0.5},
                "majority": "simple",
                "proxy_cap": 2,
            },
        )
        council = _body("council", BodyKind.local_council, "Conseil local", 2, antenna_id=rennes.id)
        budget = _body("budget", BodyKind.pb_committee, "Budget", 3, antenna_id=rennes.id)
        session.add_all([assembly, board, council, budget])
        session.flush()
        session.add_all(
            [
                BodyLink(source_id=assembly.id, target_id=board.id, kind=BodyLinkKind.elects),
                BodyLink(source_id=board.id, target_id=assembly.id, kind=BodyLinkKind.reports_to),
                BodyLink(source_id=council.id, target_id=budget.id, kind=BodyLinkKind.appoints),
                BodyLink(source_id=council.id, target_id=board.id, kind=BodyLinkKind.advises),
            ]
        )

        def person(first: str, last: str, **fields: object) -> Person:
            row = Person(
                first_name=first,
                last_name=last,
                kind=PersonKind.member,
                antenna_id=rennes.id,
                **fields,
            )
            session.add(row)
            return row

        chair = person("Émilie", "Van den Bossche", photo=PHOTO, photo_consent=True)
        director = person("Noor", "Haddad", photo=PHOTO, photo_consent=False)
        former = person("Paul", "Martin")
        member = person("Camille", "Dupont", levels=["consultation", "concertation"])
        session.flush()
        year = timedelta(days=365)
        session.add_all(
            [
                Mandate(
                    person_id=chair.id,
                    body_id=board.id,
                    role="chair",
                    start=today - year,
                    end=today + timedelta(days=120),
                ),
                Mandate(
                    person_id=director.id, body_id=board.id, role="director", start=today - year
                ),
                Mandate(
                    person_id=director.id, body_id=council.id, role="member", start=today - year
                ),
                Mandate(
                    person_id=former.id,
                    body_id=board.id,
                    role="treasurer",
                    start=today - 2 * year,
                    end=today - timedelta(days=1),
                ),
            ]
        )
        now = datetime.combine(today, datetime.min.time(), tzinfo=UTC) + timedelta(hours=9)
        held = Meeting(
            body_id=board.id,
            title={"fr": "CA d'octobre"},
            starts_at=now - timedelta(days=30),
            status=MeetingStatus.held,
            minutes="Le conseil a adopté le budget.",
        )
        upcoming = Meeting(
            body_id=board.id,
            title={"fr": "CA de décembre"},
            starts_at=now + timedelta(days=9),
            location="Bruxelles",
            online_url="https://visio.example.org/ca",
        )
        council_meeting = Meeting(
            body_id=council.id, title={"fr": "Conseil local"}, starts_at=now + timedelta(days=5)
        )
        session.add_all([held, upcoming, council_meeting])
        session.flush()
        session.add_all(
            [
                AgendaItem(
                    body_id=board.id,
                    meeting_id=upcoming.id,
                    title="Budget 2027",
                    status=AgendaStatus.scheduled,
                    position=1,
                ),
                AgendaItem(
                    body_id=board.id,
                    meeting_id=upcoming.id,
                    proposer_id=member.id,
                    title="Aide aux déplacements",
                    status=AgendaStatus.scheduled,
                    position=2,
                ),
                AgendaItem(
                    body_id=board.id,
                    proposer_id=member.id,
                    title="Un local plus grand",
                    status=AgendaStatus.declined,
                    answer="Pas cette année.",
                    position=3,
                ),
                Session(
                    kind=SessionKind.meet_the_board,
                    title="Rencontre avec le CA",
                    starts_at=now + timedelta(days=3),
                    ends_at=now + timedelta(days=3, hours=1),
                ),
            ]
        )
        return Governance(
            assembly.id,
            board.id,
            council.id,
            budget.id,
            chair.id,
            director.id,
            former.id,
            member.id,
        )
