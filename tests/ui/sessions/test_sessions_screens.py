"""The members' session screens, driven like a finger and a badge scanner: from home to a
session, signing up by badge (a keyboard burst), the waiting list when it is full, "I can't
come" giving the seat to the first waiting, and checking in by badge — the day's visit
recorded once."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.badges.service import issue_badge
from app.context import AppContext
from app.sessions import service
from app.sessions.types import Scope, SessionForm
from db.models import Session as Sitting
from db.models import Signup, SignupStatus, Visit
from tests.ui.badge_helpers import add_person, scan
from tests.ui.conftest import Kiosk, tap, wait_idle
from ui.screen_args import SessionArgs
from ui.screens.attract.screen import AttractScreen
from ui.screens.home.screen import HomeScreen
from ui.screens.read.screen import ReadScreen
from ui.screens.sessions.detail import SessionDetailScreen
from ui.screens.sessions.programme import SessionsDayScreen, SessionsWeekScreen
from ui.screens.sessions.signup import (
    SessionCheckinScreen,
    SessionSignupScreen,
    SessionWaitlistedScreen,
)
from ui.screens.sessions.widgets import HomeNews, SoonStrip, day_text


def _member(ctx: AppContext, first: str) -> tuple[uuid.UUID, str]:
    person = add_person(ctx, first, "Martin")
    return person, issue_badge(ctx, person).token


def _session(
    ctx: AppContext, *, in_minutes: int, capacity: int, title: str, topic: str = ""
) -> uuid.UUID:
    """A session starting soon (the screens read the real clock)."""
    local = datetime.now(ZoneInfo(ctx.config.timezone)).replace(tzinfo=None, second=0)
    form = SessionForm(
        kind="mentored_coworking",
        title=title,
        starts=local.replace(microsecond=0) + timedelta(minutes=in_minutes),
        minutes=120,
        capacity=capacity,
        location="Salle Coop",
        topic=topic,
    )
    return service.create_session(ctx, form, actor=None).session_ids[0]


def _signup(ctx: AppContext, session_id: uuid.UUID, person_id: uuid.UUID) -> Signup | None:
    with ctx.db.session() as session:
        return session.scalar(
            select(Signup).where(Signup.session_id == session_id, Signup.person_id == person_id)
        )


def _visits(ctx: AppContext, person_id: uuid.UUID) -> int:
    with ctx.db.session() as session:
        return int(
            session.scalar(
                select(func.count()).select_from(Visit).where(Visit.person_id == person_id)
            )
            or 0
        )


def _page(kiosk: Kiosk, name: str) -> object:
    return kiosk[1].navigator.page(name)


def test_from_home_a_badge_signs_up_waits_is_promoted_and_checks_in_once(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    ctx = kiosk_context
    camille, camille_badge = _member(ctx, "Camille")
    noah, noah_badge = _member(ctx, "Noah")
    sitting = _session(ctx, in_minutes=30, capacity=1, title="Co-working du lundi")
    shell, window = kiosk

    # Home, Camille's badge: the session starting within the hour is one tap away.
    shell.go("home")
    home = _page(kiosk, "home")
    assert isinstance(home, HomeScreen)
    scan(window, camille_badge)
    qtbot.waitUntil(lambda: len(home.news) == 1)
    news = home.news[0]
    assert isinstance(news, HomeNews)
    assert [b.text() for b, _s, _i in news.buttons] == [
        "Bientôt aujourd'hui\u202f: Co-working du lundi"
    ]
    # A widget put in a shown layout is shown by a queued call (QLayout::addChildWidget).
    qtbot.waitUntil(news.buttons[0][0].isVisible)
    tap(news.buttons[0][0])
    detail = _page(kiosk, "session-detail")
    assert isinstance(detail, SessionDetailScreen)
    qtbot.waitUntil(lambda: detail.detail is not None)
    assert shell.current_screen() == "session-detail"
    assert detail.sign_up.isVisible()
    assert "1 place" in detail.seats.text()

    # "Sign up" with the badge already scanned: signed up at once, a seat held provisionally.
    tap(detail.sign_up)
    signup = _page(kiosk, "session-signup")
    assert isinstance(signup, SessionSignupScreen)
    qtbot.waitUntil(signup.outcome.isVisible)
    assert "Camille" in signup.outcome.text()
    first = _signup(ctx, sitting, camille)
    assert first is not None and first.status is SignupStatus.confirmed

    # Noah scans on the sign-up screen: the session is full, he is first on the waiting list.
    shell.go("session-signup", SessionArgs(sitting))
    wait_idle(qtbot, shell)
    scan(window, noah_badge)
    waitlisted = _page(kiosk, "session-waitlisted")
    assert isinstance(waitlisted, SessionWaitlistedScreen)
    qtbot.waitUntil(lambda: shell.current_screen() == "session-waitlisted")
    qtbot.waitUntil(lambda: "numéro 1" in waitlisted.outcome.text())
    # A second scan on the sign-up screen changes nothing and says why.
    shell.go("session-signup", SessionArgs(sitting))
    wait_idle(qtbot, shell)
    scan(window, noah_badge)
    qtbot.waitUntil(signup.error.isVisible)
    assert "Noah" in signup.error.text()
    second = _signup(ctx, sitting, noah)
    assert second is not None and second.status is SignupStatus.waitlisted

    # Camille can't come: the seat goes to Noah at once.
    shell.go("session-detail", SessionArgs(sitting, camille))
    qtbot.waitUntil(lambda: detail.detail is not None and detail.detail.yours is not None)
    qtbot.waitUntil(detail.cannot.isVisible)
    tap(detail.cannot)
    qtbot.waitUntil(detail.sign_up.isVisible)
    promoted = _signup(ctx, sitting, noah)
    assert promoted is not None and promoted.status is SignupStatus.confirmed

    # Noah's next scan on home tells him, and offers to check in.
    shell.go("home")
    scan(window, noah_badge)
    qtbot.waitUntil(lambda: "Noah" in home.heading.text() and len(home.news) == 1)
    news = home.news[0]
    assert isinstance(news, HomeNews)
    assert "Co-working du lundi" in news.title.text()
    starts = datetime.now(ZoneInfo(ctx.config.timezone)) + timedelta(minutes=30)
    news_day = f"{day_text(starts.date())}, {starts.strftime('%H:%M')}"
    assert [line.text() for line in news.lines] == [
        f"Co-working du lundi ({news_day})\u202f: vous avez une place."
    ]
    qtbot.waitUntil(news.buttons[0][0].isVisible)
    tap(news.buttons[0][0])
    checkin = _page(kiosk, "session-checkin")
    assert isinstance(checkin, SessionCheckinScreen)
    qtbot.waitUntil(checkin.outcome.isVisible)
    assert "Noah" in checkin.outcome.text()
    assert _signup(ctx, sitting, noah).status is SignupStatus.attended  # type: ignore[union-attr]

    # A second scan on the session's screen: already in, the visit counted once.
    scan(window, noah_badge)
    qtbot.waitUntil(lambda: "déjà" in checkin.outcome.text())
    assert _visits(ctx, noah) == 1


def test_the_week_shows_today_first_and_a_swipe_moves_a_day(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    _session(kiosk_context, in_minutes=90, capacity=3, title="Atelier fiche de paie")
    shell, _window = kiosk
    shell.go("sessions-week")
    week = _page(kiosk, "sessions-week")
    assert isinstance(week, SessionsWeekScreen)
    qtbot.waitUntil(lambda: bool(week.plans))
    assert week.day == week.today
    assert week.day_label.text().startswith("Aujourd'hui")
    assert not week.previous.isEnabled()
    # Filters: a kind that has none shows the day empty.
    tap(week.kinds.buttons["workshop"])
    assert week.cards == [] or all(c.card.kind == "workshop" for c in week.cards)
    tap(week.kinds.buttons["all"])
    for _ in range(7):
        tap(week.following)
    # Seven days, no more.
    assert week.today is not None and week.day == week.today + timedelta(days=6)
    assert not week.following.isEnabled()


def test_the_topics_fold_behind_one_button_and_fold_again_after_a_choice(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    _session(kiosk_context, in_minutes=90, capacity=3, title="Bilan", topic="accounting")
    _session(kiosk_context, in_minutes=100, capacity=3, title="Statuts", topic="governance")
    shell, _window = kiosk
    shell.go("sessions-week")
    week = _page(kiosk, "sessions-week")
    assert isinstance(week, SessionsWeekScreen)
    qtbot.waitUntil(lambda: len(week.cards) == 2)
    # Folded: one button says how many topics there are; the kinds stay in view.
    assert week.topics_toggle.isVisible() and not week.topics.isVisible()
    assert week.topics_toggle.text() == "Thèmes ▾ (2)"
    assert week.kinds.isVisible()
    tap(week.topics_toggle)
    assert week.topics.isVisible()
    assert week.topics_toggle.text() == "Thèmes ▴ (2)"
    tap(week.topics.buttons["accounting"])
    # A choice folds them again, and the button says which is chosen.
    assert not week.topics.isVisible()
    assert week.topics_toggle.text() == "Thème\u202f: Comptabilité ▾"
    assert [w.card.title for w in week.cards] == ["Bilan"]
    # Tapping the button twice folds without changing the choice.
    tap(week.topics_toggle)
    tap(week.topics_toggle)
    assert not week.topics.isVisible()
    assert [w.card.title for w in week.cards] == ["Bilan"]
    tap(week.topics_toggle)
    tap(week.topics.buttons["all"])
    assert len(week.cards) == 2


def test_the_basic_trainings_open_in_the_reader(qtbot: QtBot, kiosk: Kiosk) -> None:
    shell, _window = kiosk
    shell.go("sessions-week")
    week = _page(kiosk, "sessions-week")
    assert isinstance(week, SessionsWeekScreen)
    assert week.trainings.text() == "Formations de base"
    tap(week.trainings)
    assert shell.current_screen() == "booklet"
    read = _page(kiosk, "booklet")
    assert isinstance(read, ReadScreen)
    qtbot.waitUntil(lambda: read.current_slug == "formations-de-base")
    assert "Comptabilité" in read.browser.toPlainText()


@pytest.mark.parametrize("name", ["sessions-day", "sessions-week"])
def test_a_sideways_slide_goes_to_the_next_day_never_before_today(
    qtbot: QtBot, kiosk: Kiosk, name: str
) -> None:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    shell, _window = kiosk
    shell.go(name)
    screen = _page(kiosk, name)
    assert isinstance(screen, SessionsWeekScreen | SessionsDayScreen)
    qtbot.waitUntil(lambda: screen.today is not None)
    today = screen.today
    assert today is not None
    y = screen.height() - 40
    QTest.mousePress(screen, Qt.MouseButton.LeftButton, pos=QPoint(200, y))
    QTest.mouseRelease(screen, Qt.MouseButton.LeftButton, pos=QPoint(200 + 300, y))
    assert screen.day == today  # a slide right on today: nothing before it
    QTest.mousePress(screen, Qt.MouseButton.LeftButton, pos=QPoint(600, y))
    QTest.mouseRelease(screen, Qt.MouseButton.LeftButton, pos=QPoint(600 - 300, y))
    qtbot.waitUntil(lambda: screen.day == today + timedelta(days=1))


def test_refusals_say_why_and_change_nothing(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    ctx = kiosk_context
    camille, camille_badge = _member(ctx, "Camille")
    later = _session(ctx, in_minutes=180, capacity=2, title="Atelier du soir")
    shell, window = kiosk

    # Too early to check in: the reason in words, no sign-up, no visit.
    shell.go("session-checkin", SessionArgs(later))
    checkin = _page(kiosk, "session-checkin")
    assert isinstance(checkin, SessionCheckinScreen)
    wait_idle(qtbot, shell)
    scan(window, camille_badge)
    qtbot.waitUntil(checkin.error.isVisible)
    assert "une heure avant" in checkin.error.text()
    assert not checkin.outcome.isVisible()
    assert _signup(ctx, later, camille) is None
    assert _visits(ctx, camille) == 0

    # A session that is not (or no longer) on the programme: said, nothing offered.
    shell.go("session-detail", SessionArgs(uuid.uuid4(), camille))
    detail = _page(kiosk, "session-detail")
    assert isinstance(detail, SessionDetailScreen)
    qtbot.waitUntil(detail.empty.isVisible)
    assert not detail.content.isVisible()
    # Nobody signed up by a tap without a badge nor a name: the sign-up screen asks first.
    shell.go("session-signup", SessionArgs(later))
    signup = _page(kiosk, "session-signup")
    assert isinstance(signup, SessionSignupScreen)
    wait_idle(qtbot, shell)
    assert signup.scan_hint.isVisible() and not signup.outcome.isVisible()
    assert _signup(ctx, later, camille) is None


def test_the_attract_screen_shows_now_and_next_today_a_tap_from_the_session(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    shell, window = kiosk
    attract = _page(kiosk, "attract")
    assert isinstance(attract, AttractScreen)
    # Nothing on today: no strip once the screens are loaded (asked, nothing to say).
    qtbot.waitUntil(lambda: shell.all_screens_loaded)
    wait_idle(qtbot, shell)
    assert attract.news == {}

    soon = _session(kiosk_context, in_minutes=30, capacity=3, title="Permanence comptabilité")
    _session(kiosk_context, in_minutes=180, capacity=3, title="Trop tard pour l'heure")
    shell.go("home")
    shell.go("attract")
    qtbot.waitUntil(lambda: "sessions-week" in attract.news)
    strip = attract.news["sessions-week"]
    assert isinstance(strip, SoonStrip)
    # Only what starts within the hour; the time says when.
    assert [label.text() for label in strip.rows] == [
        f"Bientôt aujourd'hui\u202f: Permanence comptabilité · {_times(kiosk_context, soon)}"
    ]
    shell.set_language("nl")
    qtbot.waitUntil(lambda: strip.rows[0].text().startswith("Straks vandaag: Permanence"))

    # A tap on the row opens the session (and does not start the visit on home instead).
    tap(strip.rows[0].parentWidget())  # type: ignore[arg-type]
    assert shell.current_screen() == "session-detail"
    detail = _page(kiosk, "session-detail")
    assert isinstance(detail, SessionDetailScreen)
    qtbot.waitUntil(lambda: detail.session_id == soon)

    # Cancelled, it leaves the strip the next time attract is shown.
    service.cancel_session(
        kiosk_context, soon, scope=Scope.this_one, reason="Souci de salle", actor=None
    )
    shell.go("attract")
    qtbot.waitUntil(lambda: "sessions-week" not in attract.news)
    assert window.isVisible()


def _times(ctx: AppContext, session_id: uuid.UUID) -> str:
    tz = ZoneInfo(ctx.config.timezone)
    with ctx.db.session() as session:
        sitting = session.get(Sitting, session_id)
        assert sitting is not None
        starts, ends = sitting.starts_at.astimezone(tz), sitting.ends_at.astimezone(tz)
    return f"{starts:%H:%M}–{ends:%H:%M}"
