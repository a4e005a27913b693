"""The welcome desk: registering, recognising, checking in and out, closing time."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from app.changes import Entity
from app.context import AppContext
from app.errors import InvalidInputError
from app.events import CheckedIn, DomainEvent
from app.localtime import kept_until, next_closing
from app.onboarding import service
from app.onboarding.types import VisitorForm
from db.models import Person, Visit
from tests.helpers.people import add_person

# 10:00 in Rennes on a winter day.
MORNING = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def form(**changes: str) -> VisitorForm:
    values = {
        "first_name": "Noor",
        "last_name": "Haddad",
        "email": "noor@example.org",
        "phone": "+32 470 12 34 56",
        "language": "en",
        "purpose": "info_session",
    }
    values.update(changes)
    return VisitorForm(**values)


def people(ctx: AppContext) -> int:
    with ctx.db.session() as session:
        return session.scalar(select(func.count()).select_from(Person)) or 0


def visits(ctx: AppContext) -> list[Visit]:
    with ctx.db.session() as session:
        return list(session.scalars(select(Visit).order_by(Visit.checked_in_at)))


def test_a_new_visitor_is_registered_kept_until_the_retention_day_and_checked_in(
    ctx: AppContext,
) -> None:
    seen: list[DomainEvent] = []
    ctx.events.subscribe(CheckedIn, lambda _ctx, event: seen.append(event))
    result = service.register_visitor(ctx, form(), consent=True, now=MORNING)
    assert (result.first_name, result.is_visitor, result.returning) == ("Noor", True, False)
    assert result.involvement_due
    with ctx.db.session() as session:
        person = session.get(Person, result.person_id)
        assert person is not None
        assert person.retain_until == date(2026, 11, 26) + timedelta(days=90)
        assert person.consent_at == MORNING
    assert kept_until(ctx, MORNING) == date(2027, 2, 24)
    assert [v.purpose for v in visits(ctx)] == ["info_session"]
    assert seen == [CheckedIn(person_id=result.person_id, purpose="info_session")]


def test_a_returning_visitor_is_recognised_by_email_and_never_duplicated(ctx: AppContext) -> None:
    first = service.register_visitor(ctx, form(), consent=True, now=MORNING)
    later = MORNING + timedelta(days=30)
    again = service.register_visitor(
        ctx,
        form(email="NOOR@example.org", first_name="Nour", purpose="coworking"),
        consent=True,
        now=later,
    )
    assert again.person_id == first.person_id
    assert again.returning and not again.already_here
    assert people(ctx) == 1
    assert len(visits(ctx)) == 2
    with ctx.db.session() as session:
        person = session.get(Person, first.person_id)
        assert person is not None
        assert person.retain_until == date(2026, 12, 26) + timedelta(days=90)


def test_checking_in_twice_the_same_day_keeps_one_visit(ctx: AppContext) -> None:
    member = add_person(ctx, "Camille", "Dupont")
    one = service.check_in(ctx, member, purpose="coworking", now=MORNING)
    two = service.check_in(ctx, member, purpose="drop_in", now=MORNING + timedelta(hours=1))
    assert two.already_here and two.visit_id == one.visit_id
    assert len(visits(ctx)) == 1


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"first_name": "  "}, "Please write your first name."),
        ({"last_name": ""}, "Please write your last name."),
        ({"first_name": "A" * 200}, "A name can be at most {max} characters long."),
        (
            {"first_name": "Noor 😀"},
            "A name can hold letters, spaces, hyphens and apostrophes only.",
        ),
        ({"email": "noor.example.org"}, "This e-mail address does not look right"),
        ({"phone": "call me"}, "This phone number does not look right"),
        ({"purpose": "party"}, "Please choose why you came today."),
    ],
)
def test_bad_input_is_refused_in_plain_words_and_nothing_is_saved(
    ctx: AppContext, changes: dict[str, str], expected: str
) -> None:
    with pytest.raises(InvalidInputError) as caught:
        service.register_visitor(ctx, form(**changes), consent=True, now=MORNING)
    assert caught.value.message.source.startswith(expected)
    assert caught.value.message.context == "Onboarding"
    assert people(ctx) == 0 and visits(ctx) == []


def test_right_to_left_and_accented_names_are_welcome(ctx: AppContext) -> None:
    result = service.register_visitor(
        ctx, form(first_name="نور", last_name="Ḥaddād-O’Neil", email=""), consent=True, now=MORNING
    )
    assert result.first_name == "نور"
    assert result.last_name == "Ḥaddād-O’Neil"


def test_without_consent_nothing_is_kept(ctx: AppContext) -> None:
    with pytest.raises(InvalidInputError):
        service.register_visitor(ctx, form(), consent=False, now=MORNING)
    assert people(ctx) == 0


def test_check_out_by_badge_closes_the_visit(ctx: AppContext) -> None:
    member = add_person(ctx, "Camille", "Dupont")
    service.check_in(ctx, member, purpose="meeting", now=MORNING)
    assert [p.first_name for p in service.whos_here(ctx, now=MORNING)] == ["Camille"]
    out = service.check_out(ctx, member, now=MORNING + timedelta(hours=2))
    assert out.closed == 1
    assert service.whos_here(ctx, now=MORNING + timedelta(hours=2)) == []
    assert service.check_out(ctx, member, now=MORNING + timedelta(hours=3)).closed == 0


def test_visits_still_open_are_closed_at_closing_time(ctx: AppContext) -> None:
    member = add_person(ctx, "Camille", "Dupont")
    service.check_in(ctx, member, purpose="coworking", now=MORNING)
    before = datetime(2026, 11, 26, 16, 59, tzinfo=UTC)  # 17:59 in Rennes
    assert not service.check_out_at_closing(ctx, now=before)
    assert next_closing(ctx, before) == datetime(2026, 11, 26, 17, 0, tzinfo=UTC)
    after = datetime(2026, 11, 26, 17, 30, tzinfo=UTC)
    assert service.check_out_at_closing(ctx, now=after).concerns(Entity.VISIT)
    (visit,) = visits(ctx)
    assert visit.checked_out_at == datetime(2026, 11, 26, 17, 0, tzinfo=UTC)
    assert next_closing(ctx, after) == datetime(2026, 11, 27, 17, 0, tzinfo=UTC)


def test_a_bad_closing_time_is_a_clear_configuration_error(ctx: AppContext) -> None:
    broken = AppContext(config=ctx.config.with_changes(closing_time="6pm"), db=ctx.db)
    with pytest.raises(InvalidInputError) as caught:
        next_closing(broken, MORNING)
    assert caught.value.message.params == {"key": "closing_time", "value": "6pm"}


def test_whos_here_shows_first_name_initial_purpose_and_since(ctx: AppContext) -> None:
    visitor = service.register_visitor(ctx, form(), consent=True, now=MORNING)
    (present,) = service.whos_here(ctx, now=MORNING + timedelta(minutes=5))
    assert (present.first_name, present.initial, present.purpose, present.since) == (
        "Noor",
        "H",
        "info_session",
        MORNING,
    )
    assert present.person_id == visitor.person_id
    # Yesterday's forgotten visit is not "here today".
    assert service.whos_here(ctx, now=MORNING + timedelta(days=1)) == []


def test_a_facilitators_check_out_is_audited_with_it(ctx: AppContext) -> None:
    from app.audit import recent_audit
    from app.errors import NotFoundError
    from db.models import FacilitatorAccount

    with ctx.db.transaction() as session:
        account = FacilitatorAccount(name="Inès", pin_hash="00", salt="00")
        session.add(account)
        session.flush()
        actor = account.id
    person = add_person(ctx, "Dominique", "Leroy")
    service.check_in(ctx, person, purpose="coworking")
    result = service.check_out(ctx, person, actor=actor)
    assert result.closed == 1 and result.changes.concerns(Entity.AUDIT_ENTRY)
    assert [(line.action, line.target) for line in recent_audit(ctx)] == [
        ("check_out", f"person:{person}")
    ]
    with pytest.raises(NotFoundError):
        service.check_out(ctx, uuid.uuid4(), actor=actor)
    assert len(recent_audit(ctx)) == 1
    # A visitor leaving by badge is not a facilitator's action.
    service.check_in(ctx, person, purpose="coworking")
    assert not service.check_out(ctx, person).changes.concerns(Entity.AUDIT_ENTRY)
    assert len(recent_audit(ctx)) == 1
