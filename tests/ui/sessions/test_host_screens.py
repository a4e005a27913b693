"""The host's and the facilitators' sessions screens driven like a finger and a badge scanner:
a member offers to host a weekly drop-in, a facilitator accepts it and the series is on the
programme; the attendance list checks in someone without a badge, gives a seat by hand with a
reason (in the audit log), marks a place paid and records who did not come; a host who is no
facilitator checks people in from their own session's list, and only that; an edit with fewer
seats than are taken is refused in words; a series cancelled from one date on."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.badges.service import issue_badge
from app.clock import utcnow
from app.context import AppContext
from app.facilitators.service import add_facilitator
from app.facilitators.types import FacilitatorSession
from app.localtime import zone
from app.sessions import service
from app.sessions.types import Place, Repeat, SessionForm
from db.models import AuditEntry, PersonKind, Signup, SignupStatus, Visit
from db.models import Session as Sitting
from tests.ui.badge_helpers import add_person, scan
from tests.ui.conftest import Kiosk, tap, wait_idle
from ui.navigation import Screen
from ui.screen_args import HostListArgs, SessionArgs
from ui.screens.sessions.attendance import AttendanceScreen
from ui.screens.sessions.detail import SessionDetailScreen
from ui.screens.sessions.editor import SessionEditorScreen, read_cents, read_day, read_time
from ui.screens.sessions.host import HostProposeScreen
from ui.screens.sessions.programme import SessionsWeekScreen


def _facilitator(kiosk: Kiosk, ctx: AppContext) -> uuid.UUID:
    account = add_facilitator(ctx, "Dominique", "246813")
    kiosk[0].start_facilitator(
        FacilitatorSession(account_id=account.account_id, name="Dominique", started_at=utcnow())
    )
    return account.account_id


def _local_now(ctx: AppContext) -> datetime:
    return utcnow().astimezone(zone(ctx)).replace(tzinfo=None, second=0, microsecond=0)


def _session(
    ctx: AppContext,
    *,
    starts: datetime,
    capacity: int | None = None,
    price_cents: int = 0,
    host_id: uuid.UUID | None = None,
) -> uuid.UUID:
    form = SessionForm(
        kind="training",
        title="Compta : les bases",
        starts=starts,
        minutes=120,
        capacity=capacity,
        price_cents=price_cents,
        host_id=host_id,
    )
    return service.create_session(ctx, form, actor=None).session_ids[0]


def _finger(screen: Screen, widget: QWidget) -> None:
    """A finger scrolls down to `widget`, then taps it (once it is laid out where it goes)."""
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    if screen.host is not None:
        screen.host.ensureWidgetVisible(widget, 0, 0)
    tap(widget)


def _type(qtbot: QtBot, field: object, text: str) -> None:
    field.clear()  # type: ignore[attr-defined]
    QTest.keyClicks(field, text)  # type: ignore[arg-type]
    # Typed keys reach the field once the scanner filter knows they are no badge burst.
    qtbot.waitUntil(lambda: field.text() == text)  # type: ignore[attr-defined]


def test_a_member_offers_to_host_and_a_facilitator_makes_it_a_series(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    shell, window = kiosk
    wait_idle(qtbot, shell)
    member = add_person(kiosk_context, "Nadia", "Martin")
    visitor = add_person(kiosk_context, "Noor", "Haddad", kind=PersonKind.visitor)
    # The way there: the programme's "Host a session on your topic".
    shell.go("sessions-week")
    week = window.navigator.page("sessions-week")
    assert isinstance(week, SessionsWeekScreen)
    tap(week.offer)
    host = window.navigator.page("session-host-propose")
    assert isinstance(host, HostProposeScreen)
    assert shell.current_screen() == "session-host-propose"
    toasts: list[str] = []
    shell.sig_toast.connect(toasts.append)

    # A visitor is refused by name, before typing anything.
    scan(window, issue_badge(kiosk_context, visitor).token)
    wait_idle(qtbot, shell)
    assert host.holder is None and not host.form.isVisible()
    assert toasts == [
        "Désolés Noor, seuls les sociétaires de la coopérative peuvent animer une permanence."
    ]

    scan(window, issue_badge(kiosk_context, member).token, start_ms=2_000_000)
    qtbot.waitUntil(host.form.isVisible)
    # Too short a topic: refused in words, nothing kept.
    _type(qtbot, host.topic, "ab")
    _finger(host, host.send)
    wait_idle(qtbot, shell)
    assert host.error.isVisible() and host.error.text()
    with kiosk_context.db.session() as session:
        assert session.scalars(select(Sitting)).all() == []

    _type(qtbot, host.topic, "Facturer sans stress")
    _finger(host, host.days.buttons["2"])
    _finger(host, host.hours.buttons["17"])
    _finger(host, host.minutes.buttons["30"])
    _finger(host, host.lengths.buttons["90"])
    _finger(host, host.people.more)
    _finger(host, host.repeat.buttons["weekly"])
    _finger(host, host.send)
    wait_idle(qtbot, shell)
    assert host.done.isVisible() and "Nadia" in host.done.text()
    assert not host.form.isVisible()
    with kiosk_context.db.session() as session:
        (offer,) = session.scalars(select(Sitting)).all()
        assert offer.proposed and offer.host_id == member and offer.capacity == 9
        local = offer.starts_at.astimezone(zone(kiosk_context))
        assert (local.hour, local.minute) == (17, 30)
        assert offer.ends_at - offer.starts_at == timedelta(minutes=90)
        first_day = local.date()

    # A facilitator accepts it, weekly for four weeks: a series of five.
    _facilitator(kiosk, kiosk_context)
    shell.go("session-edit")
    editor = window.navigator.page("session-edit")
    assert isinstance(editor, SessionEditorScreen)
    wait_idle(qtbot, shell)
    _finger(editor, editor.mode.buttons["offers"])
    assert offer.id in editor.accept_buttons
    _type(qtbot, editor.offer_until, "not a day")
    _finger(editor, editor.accept_buttons[offer.id])
    assert editor.notice.text() == "Écrivez le dernier jour comme 2027-06-30."
    _type(qtbot, editor.offer_until, (first_day + timedelta(days=28)).isoformat())
    _finger(editor, editor.accept_buttons[offer.id])
    wait_idle(qtbot, shell)
    assert editor.notice.text() == "Au programme : 5 séances."
    assert editor.accept_buttons == {}
    with kiosk_context.db.session() as session:
        series = session.scalars(
            select(Sitting).where(Sitting.deleted_at.is_(None)).order_by(Sitting.starts_at)
        ).all()
        assert len(series) == 5 and len({s.series_id for s in series}) == 1
        assert not any(s.proposed for s in series)
        assert [s.starts_at.astimezone(zone(kiosk_context)).hour for s in series] == [17] * 5


def test_the_attendance_list_checks_in_gives_a_seat_marks_paid_and_records_no_shows(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    shell, window = kiosk
    wait_idle(qtbot, shell)
    actor = _facilitator(kiosk, kiosk_context)
    alice, bruno, chloe = (
        add_person(kiosk_context, first, last)
        for first, last in (("Alice", "Aubert"), ("Bruno", "Bastin"), ("Chloé", "Claes"))
    )
    # Starting in half an hour: check-in is open. One seat, 20 euros.
    starts = _local_now(kiosk_context) + timedelta(minutes=30)
    sitting = _session(
        kiosk_context,
        starts=starts,
        capacity=1,
        price_cents=2000,
    )
    service.sign_up(kiosk_context, sitting, alice)
    service.sign_up(kiosk_context, sitting, bruno)
    service.sign_up(kiosk_context, sitting, chloe)
    later = _session(kiosk_context, starts=starts + timedelta(minutes=30))
    service.sign_up(kiosk_context, later, chloe)
    screen = window.navigator.page("session-attendance")
    assert isinstance(screen, AttendanceScreen)
    screen.day = starts.date()  # the sessions' day, also just before midnight
    shell.go("session-attendance")
    qtbot.waitUntil(lambda: screen.list is not None)
    wait_idle(qtbot, shell)
    assert screen.list is not None
    places = {a.first_name: a.place for a in screen.list.roster.attendees}
    assert places["Bruno"] is Place.waitlisted and places["Chloé"] is Place.waitlisted
    assert (bruno, "promote") in screen.buttons and (alice, "promote") not in screen.buttons

    # Alice forgot her badge: checked in from the list.
    _finger(screen, screen.buttons[(alice, "check-in")])
    wait_idle(qtbot, shell)
    assert screen.notice.text() == "Alice est enregistrée."

    # A seat by hand needs a reason; given, it is in the audit log.
    _finger(screen, screen.buttons[(chloe, "promote")])
    wait_idle(qtbot, shell)
    assert screen.notice.text()  # the service's refusal, in words
    _type(qtbot, screen.reason, "Elle anime la prochaine fois")
    _finger(screen, screen.buttons[(chloe, "promote")])
    wait_idle(qtbot, shell)
    assert screen.notice.text() == "Chloé a une place maintenant."
    with kiosk_context.db.session() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "session_promoted_by_hand")
        ).one()
        assert entry.facilitator_id == actor
        assert entry.details["reason"] == "Elle anime la prochaine fois"

    # Paid at the desk (once the list read after the seat is shown: its buttons are new).
    qtbot.waitUntil(lambda: screen.notice.text() == "Chloé a une place maintenant.")
    wait_idle(qtbot, shell)
    _finger(screen, screen.buttons[(chloe, "paid")])
    qtbot.waitUntil(lambda: screen.notice.text() == "Chloé a payé à l'accueil.")
    wait_idle(qtbot, shell)
    assert (chloe, "paid") not in screen.buttons
    assert (alice, "paid") in screen.buttons

    # Not over yet: no no-shows. Once over, Chloé who had a seat and did not come is one.
    assert not screen.no_shows.isEnabled()
    with kiosk_context.db.transaction() as session:
        row = session.get(Sitting, sitting)
        assert row is not None
        row.starts_at -= timedelta(hours=4)
        row.ends_at -= timedelta(hours=4)
    screen.day = (starts - timedelta(hours=4)).date()
    screen.on_enter(None)
    qtbot.waitUntil(lambda: screen.list is not None and screen.list.over)
    wait_idle(qtbot, shell)
    assert screen.no_shows.isEnabled()
    _finger(screen, screen.no_shows)
    wait_idle(qtbot, shell)
    with kiosk_context.db.session() as session:
        statuses = {
            s.person_id: s.status
            for s in session.scalars(select(Signup).where(Signup.session_id == sitting))
        }
    assert statuses == {
        alice: SignupStatus.attended,
        bruno: SignupStatus.waitlisted,
        chloe: SignupStatus.no_show,
    }
    # The count is hers and the facilitators': not on this list any more, shown beside her
    # name on the list of her next session.
    assert screen.list is not None and screen.list.no_shows == {}
    assert chloe not in {a.person_id for a in screen.list.roster.attendees}
    screen.day = starts.date()
    screen.on_enter(None)
    qtbot.waitUntil(lambda: screen.sessions is not None and str(later) in screen.sessions.keys)
    assert screen.sessions is not None
    _finger(screen, screen.sessions.buttons[str(later)])
    qtbot.waitUntil(lambda: screen.list is not None and screen.list.roster.card.id == later)
    assert screen.list is not None and screen.list.no_shows == {chloe: 1}


def test_a_host_who_is_no_facilitator_checks_people_in_from_their_session_s_list(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    shell, window = kiosk
    wait_idle(qtbot, shell)
    hugo, alice, bruno, chloe = (
        add_person(kiosk_context, first, last)
        for first, last in (
            ("Hugo", "Hoste"),
            ("Alice", "Aubert"),
            ("Bruno", "Bastin"),
            ("Chloé", "Claes"),
        )
    )
    # Hugo hosts a paid session in half an hour (check-in is open): two seats, Chloé waits.
    starts = _local_now(kiosk_context) + timedelta(minutes=30)
    sitting = _session(kiosk_context, starts=starts, capacity=2, price_cents=2000, host_id=hugo)
    for person in (alice, bruno, chloe):
        service.sign_up(kiosk_context, sitting, person)
    detail = window.navigator.page("session-detail")
    assert isinstance(detail, SessionDetailScreen)
    shell.go("session-detail", SessionArgs(sitting))
    qtbot.waitUntil(lambda: detail.detail is not None)
    wait_idle(qtbot, shell)
    assert not detail.host_list.isVisible()

    # Another member scans: no way into the list for them.
    scan(window, issue_badge(kiosk_context, bruno).token)
    qtbot.waitUntil(lambda: detail.person_id == bruno)
    wait_idle(qtbot, shell)
    assert detail.detail is not None and not detail.detail.hosting
    assert not detail.host_list.isVisible()

    # The host scans their own badge: the big button, and the list without any PIN.
    scan(window, issue_badge(kiosk_context, hugo).token, start_ms=2_000_000)
    qtbot.waitUntil(detail.host_list.isVisible)
    assert detail.host_list.text() == "Enregistrer les participants"
    _finger(detail, detail.host_list)
    screen = window.navigator.page("session-attendance")
    assert isinstance(screen, AttendanceScreen)
    qtbot.waitUntil(lambda: screen.list is not None)
    wait_idle(qtbot, shell)
    assert shell.current_screen() == "session-attendance" and shell.facilitator is None
    assert screen.title() == "Enregistrer les participants"
    # Only this session's list and "Check in": the rest stays the facilitators'.
    assert set(screen.buttons) == {(alice, "check-in"), (bruno, "check-in")}
    for facilitators_only in (
        screen.programme,
        screen.previous,
        screen.next,
        screen.reason,
        screen.no_shows,
        screen.csv,
        screen.print_sheet,
    ):
        assert not facilitators_only.isVisible()
    assert screen.sessions is None
    assert screen.list is not None and screen.list.no_shows == {}
    assert not any("payé" in words.text() for words in screen.rows[alice].findChildren(QLabel))

    # Alice forgot her badge: Hugo checks her in; her visit of the day is recorded.
    _finger(screen, screen.buttons[(alice, "check-in")])
    wait_idle(qtbot, shell)
    assert screen.notice.text() == "Alice est enregistrée."
    with kiosk_context.db.session() as session:
        signup = session.scalars(
            select(Signup).where(Signup.session_id == sitting, Signup.person_id == alice)
        ).one()
        assert signup.status is SignupStatus.attended
        assert session.scalars(select(Visit).where(Visit.person_id == alice)).one()
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "session_check_in")
        ).one()
        assert entry.facilitator_id is None
        assert entry.details == {"person": str(alice), "by": "host", "host": str(hugo)}

    # Someone who is not the host, given the host's view, is refused by the service.
    shell.go("session-attendance", HostListArgs(sitting, bruno))
    qtbot.waitUntil(lambda: screen.list is not None)
    wait_idle(qtbot, shell)
    _finger(screen, screen.buttons[(bruno, "check-in")])
    wait_idle(qtbot, shell)
    assert (
        screen.notice.text()
        == "Seul l'hôte de la séance peut enregistrer l'arrivée depuis la liste."
    )
    with kiosk_context.db.session() as session:
        assert session.scalars(select(Visit).where(Visit.person_id == bruno)).first() is None


def test_an_edit_with_fewer_seats_than_taken_is_refused_and_a_series_is_cancelled_from_a_date(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    shell, window = kiosk
    wait_idle(qtbot, shell)
    _facilitator(kiosk, kiosk_context)
    people = [add_person(kiosk_context, f"P{n}", "Dupont") for n in range(3)]
    tomorrow = _local_now(kiosk_context).date() + timedelta(days=1)
    first = service.create_session(
        kiosk_context,
        SessionForm(
            kind="drop_in",
            title="Permanence compta",
            starts=datetime.combine(tomorrow, datetime.min.time()).replace(hour=14),
            minutes=60,
            capacity=5,
            repeat=Repeat.weekly,
            until=tomorrow + timedelta(days=21),
        ),
        actor=None,
    ).session_ids
    assert len(first) == 4
    for person in people:
        service.sign_up(kiosk_context, first[0], person)
    shell.go("session-edit")
    editor = window.navigator.page("session-edit")
    assert isinstance(editor, SessionEditorScreen)
    wait_idle(qtbot, shell)
    _finger(editor, editor.mode.buttons["change"])
    assert editor.sessions is not None
    _finger(editor, editor.sessions.buttons[str(first[0])])
    assert editor.edit_part.isVisible() and editor.scope.isVisible()

    # Two seats when three are taken: refused in words, nothing changes.
    editor.edit_seats.setValue(2)
    _type(qtbot, editor.reason, "Salle plus petite")
    _finger(editor, editor.save_button)
    wait_idle(qtbot, shell)
    assert editor.notice.text() == (
        "Plus de personnes ont déjà une place : la séance en demande au moins 3."
    )
    with kiosk_context.db.session() as session:
        assert session.get(Sitting, first[0]).capacity == 5  # type: ignore[union-attr]

    # Cancel the second one (next week) and the following ones, with a reason.
    _finger(editor, editor.week_after)
    qtbot.waitUntil(lambda: editor.sessions is not None and str(first[1]) in editor.sessions.keys)
    assert editor.sessions is not None
    _finger(editor, editor.sessions.buttons[str(first[1])])
    _finger(editor, editor.scope.buttons["this_and_following"])
    _type(qtbot, editor.reason, "La salle ferme pour travaux")
    _finger(editor, editor.cancel_button)
    wait_idle(qtbot, shell)
    assert editor.notice.text().startswith("Annulé : 3 séances.")
    with kiosk_context.db.session() as session:
        rows = {s.id: s for s in session.scalars(select(Sitting))}
    assert not rows[first[0]].cancelled
    assert all(
        rows[i].cancelled and rows[i].notice == "La salle ferme pour travaux" for i in first[1:]
    )


@pytest.mark.parametrize(
    ("text", "day"),
    [("2026-12-15", date(2026, 12, 15)), (" 15/12/2026 ", date(2026, 12, 15))],
)
def test_days_are_read_as_typed(text: str, day: date) -> None:
    assert read_day(text) == day


@pytest.mark.parametrize("text", ["", "2026-02-30", "15-12-2026", "demain", "2026-12-15; DROP"])
def test_what_is_not_a_day_is_refused(text: str) -> None:
    from ui.screens.sessions.editor import UnreadableError

    with pytest.raises(UnreadableError):
        read_day(text)


def test_times_and_prices_are_read_as_typed() -> None:
    from ui.screens.sessions.editor import UnreadableError

    assert read_time("14:00").hour == 14 and read_time("9h30").minute == 30
    assert read_cents("12,50") == 1250 and read_cents("") == 0 and read_cents("20 €") == 2000
    for bad in ("-1", "1e9999", "NaN", "12.345", "vingt"):
        with pytest.raises(UnreadableError):
            read_cents(bad)
    for bad in ("24:00", "14", "14:60"):
        with pytest.raises(UnreadableError):
            read_time(bad)
