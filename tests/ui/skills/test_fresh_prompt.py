"""The freshness prompt at check-in, driven like a badge scanner and a finger: a member whose
posts expire soon, were confirmed long ago or have expired is asked about them all on one
screen right after checking in; "keep" moves the expiry six months on, "remove" asks first;
"later" goes on with the check-in; a second check-in the same day asks nothing, and neither
does a check-in without posts to ask about. The check-in itself never waits on it."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.badges.service import issue_badge
from app.context import AppContext
from app.skills.service import add_months
from app.skills.types import Freshness
from db.models import Visit
from db.models.skills import SkillPost
from tests.ui.badge_helpers import add_person, scan
from tests.ui.conftest import Kiosk, tap, wait_idle
from tests.ui.skills.facilitation_world import add_post, today
from ui.screen_args import FreshArgs, SkillFormArgs
from ui.screens.skills.fresh import SkillFreshScreen
from ui.screens.welcome.checkin import CheckinScreen


def _finger(screen: SkillFreshScreen, widget: QWidget) -> None:
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    if screen.host is not None:
        screen.host.ensureWidgetVisible(widget, 0, 0)
    tap(widget)


def _check_in(qtbot: QtBot, kiosk: Kiosk, token: str, start_ms: int) -> None:
    shell, window = kiosk
    shell.go("welcome")
    scan(window, token, start_ms=start_ms)
    qtbot.waitUntil(lambda: shell.current_screen() == "checkin")
    checkin = window.navigator.page("checkin")
    assert isinstance(checkin, CheckinScreen)
    tap(checkin.purposes.buttons["coworking"])
    tap(checkin.go_in)


def test_after_checking_in_a_member_keeps_removes_or_leaves_their_posts_for_later(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    shell, window = kiosk
    wait_idle(qtbot, shell)
    camille = add_person(kiosk_context, "Camille", "Durand")
    expiring = add_post(
        kiosk_context, camille, "offer", "Je donne un coup de main sur Excel", expires_in=5
    )
    old = add_post(
        kiosk_context, camille, "need", "Besoin d'aide pour ma compta", confirmed_ago=100
    )
    expired = add_post(kiosk_context, camille, "offer", "Je relis vos CV", expires_in=-3)
    add_post(kiosk_context, camille, "offer", "Je prête mon micro", expires_in=150)
    token = issue_badge(kiosk_context, camille).token

    _check_in(qtbot, kiosk, token, 1_000_000)
    # Checked in first, then asked: the visit is recorded whatever they answer.
    qtbot.waitUntil(lambda: shell.current_screen() == "skill-fresh")
    with kiosk_context.db.session() as session:
        assert len(session.scalars(select(Visit)).all()) == 1
    fresh = window.navigator.page("skill-fresh")
    assert isinstance(fresh, SkillFreshScreen)
    wait_idle(qtbot, shell)
    rows = {row.due.post_id: row for row in fresh.rows}
    # The three to ask about, on one screen; the fresh one is not asked about.
    assert set(rows) == {expiring, old, expired}
    assert rows[expiring].due.reason is Freshness.expiring
    assert rows[old].due.reason is Freshness.old
    assert rows[expired].due.reason is Freshness.expired
    assert rows[expiring].question.text() == "Vous le proposez toujours\u202f?"
    assert rows[old].question.text() == "Vous le cherchez toujours\u202f?"
    assert rows[expiring].heading.text() == "Je donne un coup de main sur Excel"
    assert fresh.later.isVisible() and not fresh.finish.isVisible()

    # Keep: six more months from today, and said so.
    _finger(fresh, rows[expiring].keep)
    wait_idle(qtbot, shell)
    day = today(kiosk_context)
    with kiosk_context.db.session() as session:
        post = session.get(SkillPost, expiring)
        assert post is not None
        assert post.expires_on == add_months(day, 6) and post.confirmed_on == day
    assert rows[expiring].outcome.isVisible() and not rows[expiring].buttons.isVisible()
    assert "2027" in rows[expiring].outcome.text()

    # Remove: asked first; "keep it" changes nothing, "remove it" removes it.
    _finger(fresh, rows[old].remove)
    assert fresh.confirm.asking
    tap(fresh.confirm.no)
    assert not fresh.confirm.asking
    with kiosk_context.db.session() as session:
        post = session.get(SkillPost, old)
        assert post is not None and post.deleted_at is None
    _finger(fresh, rows[old].remove)
    tap(fresh.confirm.yes)
    wait_idle(qtbot, shell)
    with kiosk_context.db.session() as session:
        post = session.get(SkillPost, old)
        assert post is not None and post.deleted_at is not None
    assert rows[old].outcome.isVisible()

    # The expired one is left for later: the check-in goes on where it was going (never asked
    # how involved they want to be: that question next).
    assert fresh.later.isVisible()
    _finger(fresh, fresh.later)
    qtbot.waitUntil(lambda: shell.current_screen() == "involvement")
    assert fresh.rows == [] and fresh.person_id is None

    # Once a visit: checking in again today asks nothing.
    _check_in(qtbot, kiosk, token, 2_000_000)
    qtbot.waitUntil(lambda: shell.current_screen() == "involvement")
    wait_idle(qtbot, shell)
    assert shell.current_screen() == "involvement"


def test_change_opens_the_post_to_rewrite_and_nothing_to_ask_goes_straight_on(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    shell, window = kiosk
    wait_idle(qtbot, shell)
    nadia = add_person(kiosk_context, "Nadia", "Benali")
    add_post(kiosk_context, nadia, "offer", "Je prête mon micro", expires_in=150)
    _check_in(qtbot, kiosk, issue_badge(kiosk_context, nadia).token, 1_000_000)
    qtbot.waitUntil(lambda: shell.current_screen() == "involvement")

    lea = add_person(kiosk_context, "Léa", "Martin")
    post = add_post(kiosk_context, lea, "need", "Besoin d'aide sur Excel", expires_in=2)
    fresh = window.navigator.page("skill-fresh")
    assert isinstance(fresh, SkillFreshScreen)
    shell.go("skill-fresh", FreshArgs(lea, "welcome-done"))
    wait_idle(qtbot, shell)
    (row,) = fresh.rows
    assert row.why.text().startswith("Elle quitte le tableau le ")
    visited: list[object] = []
    original = shell.go

    def go(name: str, args: object = None) -> None:
        visited.append((name, args))
        original(name, args)  # type: ignore[arg-type]

    shell.go = go  # type: ignore[method-assign]
    _finger(fresh, row.change)
    assert visited[-1] == ("skill-new", SkillFormArgs(post_id=post, person_id=lea))


def test_answers_that_come_too_late_are_not_shown_to_the_next_person(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    shell, window = kiosk
    wait_idle(qtbot, shell)
    lea = add_person(kiosk_context, "Léa", "Martin")
    add_post(kiosk_context, lea, "offer", "Je relis vos CV", expires_in=3)
    fresh = window.navigator.page("skill-fresh")
    assert isinstance(fresh, SkillFreshScreen)
    shell.go("skill-fresh", FreshArgs(lea, "welcome-done"))
    wait_idle(qtbot, shell)
    assert len(fresh.rows) == 1
    fresh.reset()
    assert fresh.rows == [] and fresh.person_id is None and not fresh.empty.isVisible()
