"""A person's skill posts, introductions and reports: exported without naming anyone else, and
erased, reports included (a post with a report on it could not be erased before)."""

from __future__ import annotations

import json
import uuid

from sqlalchemy import select

from app.context import AppContext
from app.privacy.service import erase_person, export_person
from db.models import IntroRequest, SkillPost, SkillPostKind, SkillReport
from db.models.skills import ReportReason
from tests.helpers.people import add_person


def _post(ctx: AppContext, person: uuid.UUID, title: str) -> uuid.UUID:
    with ctx.db.transaction() as session:
        post = SkillPost(person_id=person, kind=SkillPostKind.offer, title=title)
        session.add(post)
        session.flush()
        return post.id


def test_reports_are_exported_and_erased_with_the_person(ctx: AppContext) -> None:
    camille = add_person(ctx, "Camille", "Dupont")
    jef = add_person(ctx, "Jef", "Peeters")
    hers = _post(ctx, camille, "Sérigraphie")
    his = _post(ctx, jef, "Boekhouding")
    with ctx.db.transaction() as session:
        # Jef reported her post; she reported his; she asked him for an introduction.
        session.add(
            SkillReport(post_id=hers, reporter_id=jef, reason=ReportReason.other, note="Jef's")
        )
        session.add(SkillReport(post_id=his, reporter_id=camille, reason=ReportReason.commercial))
        session.add(IntroRequest(post_id=his, requester_id=camille, message="Bonjour"))

    data = export_person(ctx, camille)

    assert [r["reason"] for r in data["skill_reports_made"]] == ["commercial"]
    (on_hers,) = data["skill_reports_on_their_posts"]
    assert on_hers["reason"] == "other" and on_hers["reporter_id"] is None
    assert str(jef) not in json.dumps(data)
    assert [i["message"] for i in data["introductions_asked"]] == ["Bonjour"]

    erase_person(ctx, camille)

    with ctx.db.session() as session:
        assert [p.id for p in session.scalars(select(SkillPost))] == [his]
        assert session.scalars(select(SkillReport)).all() == []
        assert session.scalars(select(IntroRequest)).all() == []
