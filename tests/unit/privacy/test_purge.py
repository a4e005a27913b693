"""The privacy purge removes what is past retention, and only that."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from app.badges.service import issue_badge
from app.cli import main
from app.context import AppContext
from app.onboarding import service
from app.onboarding.types import VisitorForm
from app.people.service import find_people
from app.privacy.service import purge
from db.models import Badge, Person, PersonKind, Session, SessionKind, Signup, Visit
from tests.helpers.people import add_person

THEN = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


def test_purge_removes_only_what_is_past_retention(ctx: AppContext) -> None:
    member = add_person(ctx, "Camille", "Dupont")
    old_visitor = service.register_visitor(
        ctx, VisitorForm("Noor", "Haddad", email="noor@example.org"), consent=True, now=THEN
    )
    issue_badge(ctx, old_visitor.person_id, now=THEN)
    service.check_in(ctx, member, purpose="coworking", now=THEN)
    recent = THEN + timedelta(days=80)
    new_visitor = service.register_visitor(
        ctx, VisitorForm("Jef", "Peeters"), consent=True, now=recent
    )
    service.check_in(ctx, member, purpose="coworking", now=recent)

    report = purge(ctx, now=THEN + timedelta(days=95))

    assert (report.visits, report.people) == (2, 1)
    with ctx.db.session() as session:
        assert session.get(Person, old_visitor.person_id) is None
        assert session.get(Person, member) is not None
        assert session.get(Person, new_visitor.person_id) is not None
        left = session.scalars(select(Visit.checked_in_at)).all()
        assert sorted(left) == [recent, recent]
        assert session.scalars(select(Badge)).all() == []
    assert [p.first_name for p in find_people(ctx, "noor")] == []
    # Nothing more to do the same day.
    assert purge(ctx, now=THEN + timedelta(days=95)) == type(report)(visits=0, people=0)


def test_a_visitor_still_referenced_is_emptied_of_personal_data(ctx: AppContext) -> None:
    visitor = add_person(
        ctx,
        "Noor",
        "Haddad",
        kind=PersonKind.visitor,
        email="noor@example.org",
        retain_until=date(2026, 1, 1),
    )
    with ctx.db.transaction() as session:
        workshop = Session(
            kind=SessionKind.drop_in, title="Permanence", starts_at=THEN, ends_at=THEN
        )
        session.add(workshop)
        session.flush()
        session.add(Signup(session_id=workshop.id, person_id=visitor))
    assert purge(ctx, now=THEN).people == 1
    with ctx.db.session() as session:
        person = session.get(Person, visitor)
        assert person is not None
        assert (person.first_name, person.email, person.deleted_at) == ("-", None, THEN)
    assert find_people(ctx, "noor") == []


def test_antenne_privacy_purge_on_the_command_line(ctx: AppContext, capsys: object) -> None:
    add_person(ctx, "Noor", "Haddad", kind=PersonKind.visitor, retain_until=date(2020, 1, 1))
    code = main(["privacy", "purge", "--db", str(ctx.config.db_path)])
    assert code == 0
    with ctx.db.session() as session:
        assert session.scalars(select(Person)).all() == []
