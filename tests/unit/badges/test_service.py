"""Issuing, verifying and revoking badges, as the welcome desk and the scanner use them."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.badges import service
from app.badges.errors import (
    BadgeError,
    ExpiredBadgeError,
    MalformedBadgeError,
    RevokedBadgeError,
    UnknownBadgeError,
)
from app.badges.tokens import ALPHABET, token_hash
from app.changes import Entity
from app.context import AppContext
from app.errors import InvalidInputError, KnownError, NotFoundError
from db.models import Badge, OutboxEntry, Session, SessionKind, Signup, SignupStatus
from tests.unit.badges.conftest import People, add_person
from tests.unit.badges.test_tokens import damage


def test_a_badge_verifies_to_its_person(ctx: AppContext, people: People) -> None:
    issued = service.issue_badge(ctx, people.member, layout="62x100")
    holder = service.verify_badge(ctx, issued.token)
    assert holder.person_id == people.member
    assert (holder.first_name, holder.last_name, holder.antenna) == ("Camille", "Dupont", "Rennes")
    assert holder.role == "member" and holder.is_member and not holder.is_shareholder
    assert issued.holder == holder
    assert issued.layout == "62x100"
    assert issued.valid_on is None
    assert issued.changes.concerns(Entity.BADGE)


def test_only_the_hash_is_stored(ctx: AppContext, people: People) -> None:
    issued = service.issue_badge(ctx, people.member)
    with ctx.db.session() as session:
        badge = session.get_one(Badge, issued.badge_id)
        outbox = session.scalars(select(OutboxEntry.payload)).all()
    assert badge.token_hash == token_hash(issued.token)
    assert issued.token not in repr(issued)
    body = issued.token[5:]
    assert all(body not in str(payload) for payload in outbox)


@pytest.mark.parametrize(
    ("who", "role"),
    [
        ("member", "member"),
        ("shareholder", "shareholder"),
        ("visitor", "visitor"),
        ("facilitator", "facilitator"),
    ],
)
def test_the_role_printed_follows_one_rule(
    ctx: AppContext, people: People, who: str, role: str
) -> None:
    assert service.badge_holder(ctx, getattr(people, who)).role == role


def test_a_new_badge_revokes_the_previous_one(ctx: AppContext, people: People) -> None:
    first = service.issue_badge(ctx, people.member)
    second = service.issue_badge(ctx, people.member)
    assert service.verify_badge(ctx, second.token).person_id == people.member
    with pytest.raises(RevokedBadgeError) as refused:
        service.verify_badge(ctx, first.token)
    assert refused.value.reason == "reprint"
    assert "replaced" in refused.value.message.untranslated()
    info = service.active_badge(ctx, people.member)
    assert info is not None and info.badge_id == second.badge_id


def test_a_lost_badge_is_revoked_and_says_when(ctx: AppContext, people: People) -> None:
    issued = service.issue_badge(ctx, people.member)
    when = datetime(2026, 3, 14, 23, 30, tzinfo=UTC)  # already the 15th in Paris
    changes = service.revoke_badges(ctx, people.member, now=when)
    assert changes.concerns(Entity.BADGE)
    with pytest.raises(RevokedBadgeError) as refused:
        service.verify_badge(ctx, issued.token)
    assert refused.value.message.params == {"date": "2026-03-15"}
    assert "lost" in refused.value.message.untranslated()
    assert service.active_badge(ctx, people.member) is None
    assert not service.revoke_badges(ctx, people.member)  # nothing left to revoke


def test_unknown_tampered_and_truncated_tokens_are_refused(ctx: AppContext, people: People) -> None:
    token = service.issue_badge(ctx, people.member).token
    last = token[-1]
    tampered = token[:-1] + next(char for char in ALPHABET if char != last)
    with pytest.raises(UnknownBadgeError):
        service.verify_badge(ctx, tampered)
    with pytest.raises(UnknownBadgeError):
        service.verify_badge(ctx, "ANT1-" + "0" * 26)
    with pytest.raises(MalformedBadgeError):
        service.verify_badge(ctx, token[:-1])
    with pytest.raises(MalformedBadgeError):
        service.verify_badge(ctx, "hello")


def test_a_damaged_reading_of_a_badge_verifies(ctx: AppContext, people: People) -> None:
    token = service.issue_badge(ctx, people.member).token
    for kind in ("qwerty-on-french", "qwerty-on-belgian", "azerty-on-qwerty"):
        for caps_lock in (False, True):
            raw = damage(token, kind, caps_lock=caps_lock) + "\r\n"
            assert service.verify_badge(ctx, raw).person_id == people.member


def test_a_visitor_badge_works_on_its_day_only(ctx: AppContext, people: People) -> None:
    # 23:30 UTC on the 9th is already the 10th in Paris.
    issued_at = datetime(2026, 6, 9, 23, 30, tzinfo=UTC)
    issued = service.issue_badge(ctx, people.visitor, now=issued_at)
    assert issued.valid_on == date(2026, 6, 10)
    assert service.verify_badge(ctx, issued.token, now=issued_at + timedelta(hours=20)).role == (
        "visitor"
    )
    with pytest.raises(ExpiredBadgeError) as refused:
        service.verify_badge(ctx, issued.token, now=issued_at + timedelta(hours=23))
    assert refused.value.valid_on == date(2026, 6, 10)
    assert "2026-06-10" in refused.value.message.untranslated()
    with pytest.raises(ExpiredBadgeError):
        service.verify_badge(ctx, issued.token)  # today, long after


def test_member_badges_do_not_expire(ctx: AppContext, people: People) -> None:
    issued = service.issue_badge(ctx, people.member, now=datetime(2020, 1, 1, tzinfo=UTC))
    assert service.verify_badge(ctx, issued.token).person_id == people.member


def test_an_erased_person_is_unknown(ctx: AppContext, people: People) -> None:
    issued = service.issue_badge(ctx, people.member)
    with ctx.db.transaction() as session:
        from db.models import Person

        session.get_one(Person, people.member).deleted_at = datetime.now(UTC)
    with pytest.raises(UnknownBadgeError):
        service.verify_badge(ctx, issued.token)


def test_every_refusal_is_a_translatable_badge_error(ctx: AppContext, people: People) -> None:
    for error in (
        MalformedBadgeError(),
        UnknownBadgeError(),
        ExpiredBadgeError(valid_on=date(2026, 1, 2)),
        RevokedBadgeError(
            revoked_at=datetime.now(UTC), revoked_on=date(2026, 1, 2), reason="erased"
        ),
    ):
        assert isinstance(error, BadgeError) and isinstance(error, KnownError)
        assert error.message.context == "Badges"
        assert error.message.untranslated()


def test_a_batch_is_one_transaction_in_the_order_given(ctx: AppContext, people: People) -> None:
    order = [people.visitor, people.member, people.dutch, people.member]
    issued = service.issue_badges(ctx, order, layout="a4-8")
    assert [badge.holder.person_id for badge in issued] == [
        people.visitor,
        people.member,
        people.dutch,
    ]
    assert all(service.verify_badge(ctx, badge.token) == badge.holder for badge in issued)
    with pytest.raises(NotFoundError):
        service.issue_badges(ctx, [people.shareholder, uuid.uuid4()])
    # Nothing of the failed batch was kept.
    assert service.active_badge(ctx, people.shareholder) is None


def test_an_unknown_layout_or_person_is_refused(ctx: AppContext, people: People) -> None:
    with pytest.raises(InvalidInputError):
        service.issue_badge(ctx, people.member, layout="a5")
    with pytest.raises(NotFoundError):
        service.issue_badge(ctx, uuid.uuid4())
    with pytest.raises(NotFoundError):
        service.revoke_badges(ctx, uuid.uuid4())


def test_the_people_of_a_session(ctx: AppContext, people: People) -> None:
    waiting = add_person(ctx, "Zoé", "Waitlist")
    with ctx.db.transaction() as session:
        workshop = Session(
            kind=SessionKind.workshop,
            title="Atelier",
            starts_at=datetime(2026, 6, 1, 9, tzinfo=UTC),
            ends_at=datetime(2026, 6, 1, 12, tzinfo=UTC),
        )
        session.add(workshop)
        session.flush()
        for person_id, status in [
            (people.member, SignupStatus.confirmed),
            (people.visitor, SignupStatus.attended),
            (people.dutch, SignupStatus.cancelled),
            (waiting, SignupStatus.waitlisted),
        ]:
            session.add(Signup(session_id=workshop.id, person_id=person_id, status=status))
        workshop_id = workshop.id
    # In list order: Dupont, Haddad.
    assert service.people_of_session(ctx, workshop_id) == [people.member, people.visitor]
    with pytest.raises(NotFoundError):
        service.people_of_session(ctx, uuid.uuid4())


def test_the_photo_comes_only_with_consent(ctx: AppContext) -> None:
    with_consent = add_person(ctx, "Ana", "Photo", photo=b"jpeg", photo_consent=True)
    without = add_person(ctx, "Bob", "Nophoto", photo=b"jpeg", photo_consent=False)
    assert service.badge_photo(ctx, with_consent) == b"jpeg"
    assert service.badge_photo(ctx, without) is None


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(raw=st.one_of(st.text(max_size=60), st.from_regex(r"ANT1-[0-9A-Za-z]{20,30}")))
def test_junk_never_verifies(ctx: AppContext, people: People, raw: str) -> None:
    if service.active_badge(ctx, people.member) is None:  # real badges exist to be hit
        service.issue_badges(ctx, [people.member, people.visitor, people.shareholder])
    with pytest.raises(BadgeError):
        service.verify_badge(ctx, raw)
