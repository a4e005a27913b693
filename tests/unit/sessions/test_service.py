"""Sessions on one kiosk, with a fixed clock: seats and the waiting list, "I can't come", the
hold window, check-in as the day's visit, gentle no-shows, the programme and its series
(docs/architecture.md, "Sessions")."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import func, select

from app.changes import Changes, Entity
from app.context import AppContext
from app.errors import InvalidInputError, NotFoundError
from app.facilitators.service import add_facilitator
from app.sessions import queries, service
from app.sessions.types import (
    HostOffer,
    Place,
    Repeat,
    Scope,
    SessionEdit,
    SessionForm,
)
from db.models import AuditEntry, PersonKind, Signup, SignupStatus, Visit
from db.models import Session as Sitting
from tests.helpers.people import add_person, in_rennes

# Monday 7 December 2026, 10:00 in Paris.
NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
TOMORROW_2PM = datetime(2026, 12, 8, 14, 0)


@pytest.fixture
def ctx(ctx: AppContext) -> AppContext:
    return in_rennes(ctx)


@pytest.fixture
def actor(ctx: AppContext) -> uuid.UUID:
    return add_facilitator(ctx, "Dominique", "246813").account_id


def _session(
    ctx: AppContext, actor: uuid.UUID | None = None, now: datetime = NOW, **fields: object
) -> uuid.UUID:
    form = SessionForm(
        kind=str(fields.pop("kind", "mentored_coworking")),
        title=str(fields.pop("title", "Co-working accompagné")),
        starts=fields.pop("starts", TOMORROW_2PM),  # type: ignore[arg-type]
        minutes=int(fields.pop("minutes", 120)),  # type: ignore[call-overload]
        capacity=fields.pop("capacity", 2),  # type: ignore[arg-type]
        **fields,  # type: ignore[arg-type]
    )
    return service.create_session(ctx, form, actor=actor, now=now).session_ids[0]


def _people(ctx: AppContext, *names: str) -> list[uuid.UUID]:
    return [add_person(ctx, name, "Test") for name in names]


def _place(ctx: AppContext, sitting: uuid.UUID, person: uuid.UUID) -> Place:
    yours = queries.session_detail(ctx, sitting, person_id=person).yours
    assert yours is not None
    return yours.place


# -- Seats and the waiting list ------------------------------------------------------------------


def test_seats_then_the_waiting_list_in_order_and_one_place_per_person(ctx: AppContext) -> None:
    sitting = _session(ctx)
    zoe, ahmed, lotte, jan = _people(ctx, "Zoé", "Ahmed", "Lotte", "Jan")
    assert service.sign_up(ctx, sitting, zoe, now=NOW).place is Place.provisional
    assert service.sign_up(ctx, sitting, ahmed, now=NOW).place is Place.provisional
    third = service.sign_up(ctx, sitting, lotte, now=NOW)
    fourth = service.sign_up(ctx, sitting, jan, now=NOW)
    assert (third.place, third.waitlist_position) == (Place.waitlisted, 1)
    assert (fourth.place, fourth.waitlist_position) == (Place.waitlisted, 2)
    with pytest.raises(InvalidInputError, match="already have a place"):
        service.sign_up(ctx, sitting, zoe, now=NOW)
    card = queries.session_detail(ctx, sitting).card
    assert (card.seats_left, card.waiting, card.full) == (0, 2, True)


def test_i_cant_come_frees_the_seat_at_once_for_the_first_waiting(ctx: AppContext) -> None:
    sitting = _session(ctx)
    zoe, ahmed, lotte, jan = _people(ctx, "Zoé", "Ahmed", "Lotte", "Jan")
    for person in (zoe, ahmed, lotte, jan):
        service.sign_up(ctx, sitting, person, now=NOW)
    gone = service.cancel_signup(ctx, sitting, ahmed, now=NOW)
    assert gone.place is Place.cancelled
    # Lotte was first in line: her seat is offered, held until two hours before the start.
    assert _place(ctx, sitting, lotte) is Place.offered
    assert _place(ctx, sitting, jan) is Place.waitlisted
    assert queries.session_detail(ctx, sitting).card.seats_left == 0
    # Giving up a waiting place promotes nobody.
    service.cancel_signup(ctx, sitting, jan, now=NOW)
    assert queries.session_detail(ctx, sitting).card.waiting == 0
    with pytest.raises(InvalidInputError, match="no place"):
        service.cancel_signup(ctx, sitting, jan, now=NOW)
    # Signing up again after giving up is allowed: the same row, a new place.
    assert service.sign_up(ctx, sitting, ahmed, now=NOW).place is Place.waitlisted


def test_a_seat_offered_is_held_until_the_deadline_then_goes_to_the_next(ctx: AppContext) -> None:
    sitting = _session(ctx, capacity=1)
    zoe, lotte, jan = _people(ctx, "Zoé", "Lotte", "Jan")
    for person in (zoe, lotte, jan):
        service.sign_up(ctx, sitting, person, now=NOW)
    service.cancel_signup(ctx, sitting, zoe, now=NOW)
    offered = queries.session_detail(ctx, sitting, person_id=lotte).yours
    assert offered is not None and offered.place is Place.offered
    # Tomorrow 14:00 Paris is 13:00 UTC; two hours' hold: 11:00 UTC.
    deadline = datetime(2026, 12, 8, 11, 0, tzinfo=UTC)
    assert offered.hold_until == deadline
    before = service.release_expired_holds(ctx, now=deadline - timedelta(minutes=1))
    assert (before.released, before.promoted) == (0, 0)
    after = service.release_expired_holds(ctx, now=deadline)
    assert (after.released, after.promoted) == (1, 1)
    assert _place(ctx, sitting, lotte) is Place.cancelled
    # Jan gets the seat after the deadline: nothing to hold, it is his.
    assert _place(ctx, sitting, jan) is Place.provisional
    with pytest.raises(InvalidInputError, match="no seat waiting"):
        service.accept_seat(ctx, sitting, lotte, now=deadline)
    news = queries.what_changed(ctx, lotte, now=deadline).news
    assert [n.place for n in news] == [Place.cancelled]


def test_a_seat_offered_and_accepted_in_time_is_kept(ctx: AppContext) -> None:
    sitting = _session(ctx, capacity=1)
    zoe, lotte, jan = _people(ctx, "Zoé", "Lotte", "Jan")
    for person in (zoe, lotte, jan):
        service.sign_up(ctx, sitting, person, now=NOW)
    service.cancel_signup(ctx, sitting, zoe, now=NOW)
    taken = service.accept_seat(ctx, sitting, lotte, now=NOW + timedelta(hours=1))
    assert taken.place is Place.provisional and taken.hold_until is None
    released = service.release_expired_holds(ctx, now=datetime(2026, 12, 8, 12, tzinfo=UTC))
    assert released.released == 0
    assert _place(ctx, sitting, jan) is Place.waitlisted


def test_the_hold_window_is_configurable(ctx: AppContext) -> None:
    ctx = AppContext(config=ctx.config.with_changes(session_hold_hours=24), db=ctx.db)
    sitting = _session(ctx, capacity=1)
    zoe, lotte = _people(ctx, "Zoé", "Lotte")
    service.sign_up(ctx, sitting, zoe, now=NOW)
    service.sign_up(ctx, sitting, lotte, now=NOW)
    service.cancel_signup(ctx, sitting, zoe, now=NOW)
    yours = queries.session_detail(ctx, sitting, person_id=lotte).yours
    assert yours is not None and yours.hold_until == datetime(2026, 12, 7, 13, 0, tzinfo=UTC)


def test_a_facilitator_promotes_by_hand_with_a_reason_and_capacity_holds(
    ctx: AppContext, actor: uuid.UUID
) -> None:
    sitting = _session(ctx, capacity=1)
    zoe, lotte, jan = _people(ctx, "Zoé", "Lotte", "Jan")
    for person in (zoe, lotte, jan):
        service.sign_up(ctx, sitting, person, now=NOW)
    with pytest.raises(InvalidInputError, match="reason"):
        service.promote_by_hand(ctx, sitting, jan, actor=actor, reason=" ", now=NOW)
    promoted = service.promote_by_hand(
        ctx, sitting, jan, actor=actor, reason="Vient de Liège pour cette séance", now=NOW
    )
    assert promoted.place is Place.offered
    card = queries.session_detail(ctx, sitting).card
    # Jan got a seat out of turn: the session has one more, never more people than seats.
    assert (card.capacity, card.seats_left, card.waiting) == (2, 0, 1)
    with ctx.db.session() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "session_promoted_by_hand")
        ).one()
        assert entry.facilitator_id == actor
        assert entry.details["reason"] == "Vient de Liège pour cette séance"
    with pytest.raises(InvalidInputError, match="not on this session's waiting list"):
        service.promote_by_hand(ctx, sitting, zoe, actor=actor, reason="Encore", now=NOW)


def test_what_changed_tells_once_what_the_person_has_not_seen(
    ctx: AppContext, actor: uuid.UUID
) -> None:
    sitting = _session(ctx)
    (zoe,) = _people(ctx, "Zoé")
    service.sign_up(ctx, sitting, zoe, now=NOW)
    assert queries.what_changed(ctx, zoe, now=NOW).news == ()
    # The hub grants the seat (a pulled row): the next scan says so.
    with ctx.db.transaction() as session:
        session.execute(
            Signup.__table__.update().where(Signup.person_id == zoe).values(provisional=False)
        )
    news = queries.what_changed(ctx, zoe, now=NOW).news
    assert [n.place for n in news] == [Place.confirmed]
    assert service.mark_seen(ctx, zoe, now=NOW) == Changes.of(Entity.SIGNUP)
    assert not service.mark_seen(ctx, zoe, now=NOW)
    assert queries.what_changed(ctx, zoe, now=NOW).news == ()
    service.cancel_session(
        ctx, sitting, scope=Scope.this_one, reason="Formatrice malade", actor=actor, now=NOW
    )
    (cancelled,) = queries.what_changed(ctx, zoe, now=NOW).news
    assert (cancelled.place, cancelled.notice) == (Place.session_cancelled, "Formatrice malade")


# -- Coming ------------------------------------------------------------------------------------


def test_check_in_by_badge_is_the_visit_too_never_twice(ctx: AppContext) -> None:
    sitting = _session(ctx, capacity=1)
    zoe, walk_in = _people(ctx, "Zoé", "Noor")
    service.sign_up(ctx, sitting, zoe, now=NOW)
    at = datetime(2026, 12, 8, 12, 30, tzinfo=UTC)
    with pytest.raises(InvalidInputError, match="opens an hour before"):
        service.check_in_to_session(ctx, sitting, zoe, now=at - timedelta(minutes=31))
    first = service.check_in_to_session(ctx, sitting, zoe, now=at)
    assert (first.already, first.visit_already) == (False, False)
    again = service.check_in_to_session(ctx, sitting, zoe, now=at + timedelta(minutes=5))
    assert (again.already, again.visit_already) == (True, True)
    with ctx.db.session() as session:
        assert session.scalar(select(func.count()).select_from(Visit)) == 1
        assert session.scalar(select(Visit.purpose)) == "coworking"
    # The seat is taken by who came: a walk-in to a full session is refused.
    with pytest.raises(InvalidInputError, match="full"):
        service.check_in_to_session(ctx, sitting, walk_in, now=at)
    assert _place(ctx, sitting, zoe) is Place.attended


def test_a_desk_check_in_earlier_that_day_is_the_same_visit(ctx: AppContext) -> None:
    from app.onboarding.service import check_in

    sitting = _session(ctx, capacity=None)
    (zoe,) = _people(ctx, "Zoé")
    check_in(ctx, zoe, purpose="coworking", now=datetime(2026, 12, 8, 8, tzinfo=UTC))
    done = service.check_in_to_session(ctx, sitting, zoe, now=datetime(2026, 12, 8, 13, tzinfo=UTC))
    assert done.visit_already
    with ctx.db.session() as session:
        assert session.scalar(select(func.count()).select_from(Visit)) == 1


def test_the_host_checks_in_from_the_list_and_only_the_host(ctx: AppContext) -> None:
    host, zoe, other = _people(ctx, "Hôte", "Zoé", "Autre")
    sitting = _session(ctx, capacity=None, host_id=host)
    at = datetime(2026, 12, 8, 13, 10, tzinfo=UTC)
    with pytest.raises(InvalidInputError, match="Only the session's host"):
        service.check_in_to_session(ctx, sitting, zoe, host_id=other, now=at)
    service.check_in_to_session(ctx, sitting, zoe, host_id=host, now=at)
    roster = queries.roster(ctx, sitting)
    assert [(a.first_name, a.place) for a in roster.attendees] == [("Zoé", Place.attended)]


def test_gentle_no_shows_are_private_decay_and_never_refuse(
    ctx: AppContext, actor: uuid.UUID
) -> None:
    (zoe,) = _people(ctx, "Zoé")
    first = _session(ctx, capacity=None)
    service.sign_up(ctx, first, zoe, now=NOW)
    over = datetime(2026, 12, 8, 16, tzinfo=UTC)
    with pytest.raises(InvalidInputError, match="not over"):
        service.record_no_shows(ctx, first, actor=actor, now=NOW)
    assert service.record_no_shows(ctx, first, actor=actor, now=over) == 1
    assert queries.no_shows_of(ctx, zoe, now=over) == 1
    # Never on the host's list, never a reason to refuse a sign-up.
    assert queries.roster(ctx, first).attendees == ()
    second = _session(ctx, starts=datetime(2026, 12, 10, 14, 0), capacity=None)
    third = _session(ctx, starts=datetime(2026, 12, 11, 14, 0), capacity=None)
    assert service.sign_up(ctx, second, zoe, now=over).place is Place.provisional
    service.check_in_to_session(ctx, second, zoe, now=datetime(2026, 12, 10, 13, tzinfo=UTC))
    assert queries.no_shows_of(ctx, zoe, now=over) == 1
    service.check_in_to_session(ctx, third, zoe, now=datetime(2026, 12, 11, 13, tzinfo=UTC))
    # Two sessions attended since: forgotten.
    assert queries.no_shows_of(ctx, zoe, now=over) == 0


def test_no_shows_are_forgotten_after_three_months() -> None:
    missed = datetime(2026, 9, 1, 12, tzinfo=UTC)
    history = [(missed, SignupStatus.no_show)]
    assert queries.gentle_no_shows(history, missed + timedelta(days=90)) == 1
    assert queries.gentle_no_shows(history, missed + timedelta(days=92)) == 0
    attended_before = [*history, (missed - timedelta(days=7), SignupStatus.attended)]
    assert queries.gentle_no_shows(attended_before, missed + timedelta(days=1)) == 1


def test_paid_at_the_desk(ctx: AppContext, actor: uuid.UUID) -> None:
    training = _session(ctx, kind="training", price_cents=4500)
    free = _session(ctx)
    (zoe,) = _people(ctx, "Zoé")
    service.sign_up(ctx, training, zoe, now=NOW)
    service.sign_up(ctx, free, zoe, now=NOW)
    card = queries.session_detail(ctx, training).card
    assert (card.price_cents, card.free) == (4500, False)
    assert service.mark_paid(ctx, training, zoe, actor=actor, now=NOW).paid
    with pytest.raises(InvalidInputError, match="free"):
        service.mark_paid(ctx, free, zoe, actor=actor, now=NOW)


# -- Reading ------------------------------------------------------------------------------------


def test_day_week_now_and_next_filtered(ctx: AppContext) -> None:
    host = add_person(ctx, "Inès", "Host", photo_consent=False)
    early = NOW - timedelta(hours=2)
    shy = _session(
        ctx, starts=datetime(2026, 12, 7, 10, 30), host_id=host, topic="Comptabilité", now=early
    )
    _session(ctx, kind="drop_in", starts=datetime(2026, 12, 7, 9, 30), minutes=120, now=early)
    _session(ctx, kind="workshop", starts=datetime(2026, 12, 7, 12, 0))
    _session(ctx, starts=datetime(2026, 12, 13, 9, 0))
    _session(ctx, starts=datetime(2026, 12, 14, 9, 0))
    later = NOW - timedelta(hours=1)
    today = queries.day_of(ctx, now=later)
    assert today.day == date(2026, 12, 7) and len(today.cards) == 3
    week = queries.week_of(ctx, now=later)
    assert week.days[0].day == date(2026, 12, 7) and len(week.days) == 7
    assert [len(d.cards) for d in week.days] == [3, 0, 0, 0, 0, 0, 1]
    now_next = queries.now_and_next(ctx, now=NOW)
    assert [c.kind for c in now_next.now] == ["drop_in"]
    assert [c.id for c in now_next.next] == [shy]
    assert now_next.next[0].host_first_name == "Inès"
    assert now_next.next[0].host_id_with_photo is None  # no consent, no photo
    assert queries.day_of(ctx, date(2026, 12, 7), kind="workshop").cards[0].kind == "workshop"
    assert len(queries.day_of(ctx, date(2026, 12, 7), topic="comptabilité").cards) == 1
    assert queries.day_of(ctx, date(2026, 12, 7), kind="'; DROP TABLE session; --").cards == ()


# -- The programme ------------------------------------------------------------------------------


def test_a_weekly_series_with_a_holiday_edit_and_cancel_this_and_following(
    ctx: AppContext, actor: uuid.UUID
) -> None:
    form = SessionForm(
        kind="drop_in",
        title="Permanence juridique",
        starts=datetime(2026, 12, 8, 17, 0),
        minutes=60,
        capacity=3,
        repeat=Repeat.weekly,
        until=date(2027, 4, 6),
        exceptions=(date(2026, 12, 29),),
    )
    created = service.create_session(ctx, form, actor=actor, now=NOW)
    assert len(created.session_ids) == 17 and created.series_id is not None
    with ctx.db.session() as session:
        rows = session.scalars(select(Sitting).order_by(Sitting.starts_at)).all()
        # 17:00 in Paris: 16:00 UTC in winter, 15:00 UTC from the end of March.
        assert rows[0].starts_at == datetime(2026, 12, 8, 16, tzinfo=UTC)
        assert rows[-1].starts_at == datetime(2027, 4, 6, 15, tzinfo=UTC)
        assert rows[0].recurrence == "FREQ=WEEKLY;BYDAY=TU;UNTIL=20270406T150000Z"
        assert rows[0].exdates == ["2026-12-29"]
        ids = [r.id for r in rows]
    (zoe,) = _people(ctx, "Zoé")
    service.sign_up(ctx, ids[5], zoe, now=NOW)
    moved = service.edit_session(
        ctx,
        ids[4],
        SessionEdit(start=time(18, 0), capacity=4),
        scope=Scope.this_and_following,
        reason="La salle est prise à 17 h",
        actor=actor,
        now=NOW,
    )
    assert len(moved.session_ids) == 13 and moved.told == 1
    with pytest.raises(InvalidInputError, match="reason"):
        service.edit_session(
            ctx, ids[0], SessionEdit(title="Autre"), scope=Scope.this_one, reason="", actor=actor
        )
    cancelled = service.cancel_session(
        ctx,
        ids[10],
        scope=Scope.this_and_following,
        reason="Fin de la permanence",
        actor=actor,
        now=NOW,
    )
    assert len(cancelled.session_ids) == 7
    with ctx.db.session() as session:
        rows = session.scalars(select(Sitting).order_by(Sitting.starts_at)).all()
        assert [r.cancelled for r in rows] == [False] * 10 + [True] * 7
        assert rows[3].starts_at.hour == 16 and rows[4].starts_at.hour == 17
        assert rows[4].capacity == 4 and rows[3].capacity == 3
        assert len(rows[0].exdates) == 8
    with pytest.raises(InvalidInputError, match="already cancelled"):
        service.cancel_session(ctx, ids[12], scope=Scope.this_one, reason="Encore", actor=actor)


def test_a_member_offers_to_host_and_a_facilitator_makes_it_a_series(
    ctx: AppContext, actor: uuid.UUID
) -> None:
    (member,) = _people(ctx, "Fatou")
    visitor = add_person(ctx, "Vis", "Itor", kind=PersonKind.visitor)
    offer = HostOffer(
        person_id=member,
        topic="Prospection",
        day=date(2026, 12, 10),
        start=time(9, 30),
        minutes=90,
        capacity=6,
        weekly=True,
    )
    with pytest.raises(InvalidInputError, match="Only members"):
        service.propose_to_host(ctx, HostOffer(**{**offer.__dict__, "person_id": visitor}), now=NOW)
    proposed = service.propose_to_host(ctx, offer, now=NOW).session_ids[0]
    assert [c.id for c in queries.proposals(ctx)] == [proposed]
    assert queries.day_of(ctx, date(2026, 12, 10)).cards == ()
    with pytest.raises(InvalidInputError, match="not on the programme yet"):
        service.sign_up(ctx, proposed, member, now=NOW)
    series = service.accept_proposal(ctx, proposed, actor=actor, until=date(2027, 1, 28), now=NOW)
    assert len(series.session_ids) == 8 and series.series_id is not None
    assert queries.proposals(ctx) == ()
    (card,) = queries.day_of(ctx, date(2026, 12, 10)).cards
    assert (card.title, card.host_first_name, card.capacity) == ("Prospection", "Fatou", 6)
    with pytest.raises(NotFoundError):
        service.accept_proposal(ctx, proposed, actor=actor, until=date(2027, 1, 28), now=NOW)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"title": "ab"}, "at least 3"),
        ({"title": "x" * 201}, "too long"),
        ({"kind": "rave"}, "kind"),
        ({"minutes": 0}, "between 5 minutes"),
        ({"minutes": 10_000}, "between 5 minutes"),
        ({"capacity": 0}, "between 1 and"),
        ({"capacity": 99_999}, "between 1 and"),
        ({"price_cents": -1}, "price"),
        ({"online_url": "javascript:alert(1)"}, "web address"),
        ({"starts": datetime(2026, 12, 1, 9, 0)}, "in the past"),
        ({"starts": datetime(2026, 12, 8, 9, 0, tzinfo=UTC)}, "local time"),
        ({"repeat": Repeat.weekly}, "last day"),
        ({"repeat": Repeat.weekly, "until": date(2028, 1, 1)}, "at most a year"),
        ({"title": "Co\x00working"}, "not allowed"),
        ({"language": "de"}, "language"),
        ({"host_id": uuid.uuid4()}, "no longer known"),
    ],
)
def test_a_bad_session_is_refused_and_nothing_is_kept(
    ctx: AppContext, change: dict[str, object], message: str
) -> None:
    with pytest.raises((InvalidInputError, NotFoundError), match=message):
        _session(ctx, **change)
    with ctx.db.session() as session:
        assert session.scalar(select(func.count()).select_from(Sitting)) == 0
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == 0


def test_unknown_sessions_and_people_are_not_found(ctx: AppContext) -> None:
    sitting = _session(ctx)
    (zoe,) = _people(ctx, "Zoé")
    with pytest.raises(NotFoundError):
        service.sign_up(ctx, uuid.uuid4(), zoe, now=NOW)
    with pytest.raises(NotFoundError):
        service.sign_up(ctx, sitting, uuid.uuid4(), now=NOW)
    with pytest.raises(InvalidInputError, match="over"):
        service.sign_up(ctx, sitting, zoe, now=datetime(2026, 12, 9, tzinfo=UTC))


def test_an_edit_never_takes_a_seat_away_and_bad_edits_change_nothing(
    ctx: AppContext, actor: uuid.UUID
) -> None:
    sitting = _session(ctx, capacity=3)
    zoe, ahmed, lotte = _people(ctx, "Zoé", "Ahmed", "Lotte")
    for person in (zoe, ahmed):
        service.sign_up(ctx, sitting, person, now=NOW)
    reason = "Salle plus petite"
    for edit, message in (
        (SessionEdit(capacity=1), "at least 2"),
        (SessionEdit(description="x" * 4001), "too long"),
        (SessionEdit(minutes=0), "between 5 minutes"),
        (SessionEdit(title="\x00\x00\x00"), "not allowed"),
    ):
        with pytest.raises(InvalidInputError, match=message):
            service.edit_session(
                ctx, sitting, edit, scope=Scope.this_one, reason=reason, actor=actor, now=NOW
            )
    with ctx.db.session() as session:
        row = session.get_one(Sitting, sitting)
        assert (row.capacity, row.revision, row.notice, row.description) == (3, 0, "", "")
    service.edit_session(
        ctx,
        sitting,
        SessionEdit(capacity=2, location="Salle\nB"),
        scope=Scope.this_one,
        reason=reason,
        actor=actor,
        now=NOW,
    )
    # Now full: Lotte waits. One more seat later goes to her at once.
    assert service.sign_up(ctx, sitting, lotte, now=NOW).place is Place.waitlisted
    service.edit_session(
        ctx,
        sitting,
        SessionEdit(capacity=3),
        scope=Scope.this_one,
        reason=reason,
        actor=actor,
        now=NOW,
    )
    assert _place(ctx, sitting, lotte) is Place.offered
    detail = queries.session_detail(ctx, sitting)
    assert (detail.card.location, detail.notice) == ("Salle B", reason)
