"""The kiosk shell as a visitor and a facilitator meet it."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.audit import recent_audit
from app.context import AppContext
from app.facilitators.service import add_facilitator
from app.onboarding.types import VisitorForm
from tests.ui.conftest import Kiosk, tap, wait_idle
from ui.catalogue import screen_catalogue
from ui.navigation import Screen, discover_screens
from ui.screen_args import CheckinArgs, ConsentArgs
from ui.screens.attract.screen import AttractScreen
from ui.screens.facilitator.screen import FacilitatorLoginScreen, FacilitatorScreen
from ui.screens.home.screen import HomeScreen
from ui.screens.read.screen import ReadScreen
from ui.screens.welcome.checkin import CheckinScreen
from ui.screens.welcome.register import ConsentScreen, RegisterScreen
from ui.screens.whos_here.screen import WhosHereScreen, morning
from ui.widgets.pin_pad import PinPad


def screen(kiosk: Kiosk, name: str) -> Screen:
    return kiosk[1].navigator.page(name)


def type_pin(pad: PinPad, pin: str) -> None:
    for digit in pin:
        tap(pad.keys[digit])
    tap(pad.confirm)


def test_the_kiosk_starts_on_the_attract_screen_in_french(kiosk: Kiosk) -> None:
    shell, window = kiosk
    assert shell.current_screen() == "attract"
    assert shell.language == "fr"
    attract = screen(kiosk, "attract")
    assert isinstance(attract, AttractScreen)
    assert attract.start.text() == "Touchez l'écran pour commencer"
    assert window.top_bar.isHidden()


def test_a_touch_anywhere_on_the_attract_screen_opens_home(qtbot: QtBot, kiosk: Kiosk) -> None:
    shell, window = kiosk
    attract = screen(kiosk, "attract")
    tap(attract, QPoint(attract.width() // 2, attract.height() // 3))
    assert shell.current_screen() == "home"
    assert window.top_bar.isVisible()


def test_a_right_click_on_the_attract_screen_starts_nothing(kiosk: Kiosk) -> None:
    shell, _ = kiosk
    attract = screen(kiosk, "attract")
    QTest.mouseClick(attract, Qt.MouseButton.RightButton, pos=QPoint(attract.width() // 2, 50))
    assert shell.current_screen() == "attract"


def test_the_attract_screen_cycles_the_stories_of_the_current_language(
    qtbot: QtBot, kiosk: Kiosk
) -> None:
    _shell, _ = kiosk
    attract = screen(kiosk, "attract")
    assert isinstance(attract, AttractScreen)
    qtbot.waitUntil(lambda: len(attract.stories) == 2)
    french = {story.summary for story in attract.stories}
    assert attract.story_summary.text() in french
    first = attract.story_title.text()
    attract.next_story()
    assert attract.story_title.text() != first
    assert attract.story_summary.text() in french
    tap(attract.languages.buttons["nl"])
    qtbot.waitUntil(lambda: bool(attract.stories) and attract.stories[0].language == "nl")
    assert attract.story_summary.text() not in french
    assert attract.story_summary.text() == attract.stories[0].summary
    qtbot.waitUntil(lambda: attract.start.text() == "Raak het scherm aan om te beginnen")


def test_home_shows_one_tile_per_registered_area(kiosk: Kiosk) -> None:
    shell, _ = kiosk
    shell.go("home")
    home = screen(kiosk, "home")
    assert isinstance(home, HomeScreen)
    # What a visitor reads, in order: left to right, then row by row.
    assert [tile.text() for tile in home.tiles.values()] == [
        "Bienvenue / Arrivée",
        "Lire : c'est quoi Smart ?",
        "Séances",
        "Compétences",
        "Qui décide quoi",
    ]
    assert [home._grid.getItemPosition(home._grid.indexOf(t))[:2] for t in home.tiles.values()] == [
        (0, 0),
        (0, 1),
        (0, 2),
        (1, 0),
        (1, 1),
    ]
    # The facilitators' entries, small at the foot: moderating the skills board, their mode.
    assert [button.text() for button in home.discreet.values()] == [
        "Modérer les annonces",
        "Animation",
    ]
    assert "booklet" in home.tiles
    assert "facilitator-login" in home.discreet and "skills-moderation" in home.discreet


def test_the_language_switch_retranslates_what_is_on_screen(qtbot: QtBot, kiosk: Kiosk) -> None:
    shell, window = kiosk
    shell.go("home")
    home = screen(kiosk, "home")
    assert isinstance(home, HomeScreen)

    def visible_texts() -> tuple[str, str, str]:
        return home.heading.text(), home.tiles["booklet"].text(), window.top_bar.title.text()

    for code, expected in (
        ("fr", ("Bonjour ! Que souhaitez-vous faire ?", "Lire : c'est quoi Smart ?", "Accueil")),
        ("nl", ("Hallo! Wat wil je doen?", "Lees: wat is Smart?", "Start")),
        ("en", ("Hello! What would you like to do?", "Read: what is Smart?", "Home")),
    ):
        tap(window.top_bar.languages.buttons[code])
        assert shell.language == code
        # Qt delivers LanguageChange through the event loop: live, without a restart.
        qtbot.waitUntil(lambda expected=expected: visible_texts() == expected)
        assert window.top_bar.languages.buttons[code].isChecked()


def test_large_text_makes_the_text_larger(qtbot: QtBot, kiosk: Kiosk) -> None:
    shell, window = kiosk
    shell.go("home")
    home = screen(kiosk, "home")
    assert isinstance(home, HomeScreen)
    before = home.heading.fontInfo().pixelSize()
    tap(window.top_bar.large_text)
    qtbot.waitUntil(lambda: home.heading.fontInfo().pixelSize() > before)
    assert home.heading.fontInfo().pixelSize() >= round(before * 1.3)
    assert window.top_bar.large_text.isChecked()


def test_high_contrast_paints_white_on_black(qtbot: QtBot, kiosk: Kiosk) -> None:
    shell, _ = kiosk
    attract = screen(kiosk, "attract")
    assert isinstance(attract, AttractScreen)
    tap(attract.toggles.high_contrast)
    assert shell.theme.high_contrast
    label = attract.brand
    label.ensurePolished()
    assert label.palette().color(QPalette.ColorRole.WindowText).name() == "#ffffff"


def test_the_reader_shows_the_booklet_the_statutes_the_faq_and_the_stories(
    qtbot: QtBot, kiosk: Kiosk
) -> None:
    shell, _ = kiosk
    shell.go("home")
    home = screen(kiosk, "home")
    assert isinstance(home, HomeScreen)
    tap(home.tiles["booklet"])
    read = screen(kiosk, "booklet")
    assert isinstance(read, ReadScreen)
    assert shell.current_screen() == "booklet"
    qtbot.waitUntil(lambda: bool(read.current_slug))
    assert [p.kind for p in read.pages] == ["booklet", "statutes", "page", "page", "story", "story"]
    assert "faq" in [p.slug for p in read.pages]
    assert "Smart" in read.browser.toPlainText()
    statutes = next(p for p in read.pages if p.kind == "statutes")
    tap(read.page_buttons[statutes.slug])
    qtbot.waitUntil(lambda: read.current_slug == statutes.slug)


def test_five_wrong_pins_lock_the_pin_pad(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    add_facilitator(kiosk_context, "Camille", "246813")
    shell, _ = kiosk
    shell.go("facilitator-login")
    login = screen(kiosk, "facilitator-login")
    assert isinstance(login, FacilitatorLoginScreen)
    for attempt in range(1, 6):
        type_pin(login.pad, "1111")
        qtbot.waitUntil(lambda: not login.checking)
        if attempt < 5:
            assert login.message.text() == f"Code PIN erroné. Essais restants : {5 - attempt}."
    assert "bloqué pendant 5 min" in login.message.text()
    type_pin(login.pad, "246813")
    qtbot.waitUntil(lambda: not login.checking)
    assert "bloqué" in login.message.text()
    assert shell.facilitator is None
    assert shell.current_screen() == "facilitator-login"


def test_the_right_pin_opens_the_facilitator_panel(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    add_facilitator(kiosk_context, "Camille", "246813")
    shell, window = kiosk
    shell.go("home")
    home = screen(kiosk, "home")
    assert isinstance(home, HomeScreen)
    # Once the top bar shown again has its height, home fits the reference screen unscrolled.
    assert home.host is not None
    qtbot.waitUntil(lambda: home.host is not None and home.host.verticalScrollBar().maximum() == 0)
    tap(home.discreet["facilitator-login"])
    login = screen(kiosk, "facilitator-login")
    assert isinstance(login, FacilitatorLoginScreen)
    type_pin(login.pad, "246813")
    qtbot.waitUntil(lambda: shell.current_screen() == "facilitator")
    panel = screen(kiosk, "facilitator")
    assert isinstance(panel, FacilitatorScreen)
    assert panel.greeting.text() == "Bonjour Camille, vous êtes en mode animation."
    assert window.staff_band.label.text() == "Mode animation — Camille"
    wait_idle(qtbot, shell)
    assert "est entré·e en mode animation" in panel.audit_list.item(0).text()


def test_the_facilitator_panel_needs_a_pin(kiosk: Kiosk) -> None:
    shell, _ = kiosk
    shell.go("facilitator")
    assert shell.current_screen() == "facilitator-login"


def test_a_facilitator_changes_the_kiosks_language_and_it_is_audited(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    add_facilitator(kiosk_context, "Camille", "246813")
    shell, _ = kiosk
    shell.go("facilitator-login")
    login = screen(kiosk, "facilitator-login")
    assert isinstance(login, FacilitatorLoginScreen)
    type_pin(login.pad, "246813")
    qtbot.waitUntil(lambda: shell.current_screen() == "facilitator")
    panel = screen(kiosk, "facilitator")
    assert isinstance(panel, FacilitatorScreen)
    tap(panel.language_buttons["nl"])
    assert shell.default_language == "nl"
    wait_idle(qtbot, shell)
    qtbot.waitUntil(lambda: bool(panel.audit) and panel.audit[0].action == "default_language")
    tap(panel.leave)
    assert shell.facilitator is None
    assert shell.current_screen() == "attract"
    assert shell.language == "nl"  # the next visitor is greeted in the new default language
    wait_idle(qtbot, shell)
    assert recent_audit(kiosk_context)[0].action == "logout"


def test_facilitator_mode_leaves_itself_when_idle(
    qtbot: QtBot, make_kiosk: Callable[..., Kiosk], kiosk_context: AppContext
) -> None:
    add_facilitator(kiosk_context, "Camille", "246813")
    shell, window = make_kiosk(facilitator_idle_s=2, idle_warning_s=1)
    shell.go("facilitator-login")
    login = screen((shell, window), "facilitator-login")
    assert isinstance(login, FacilitatorLoginScreen)
    type_pin(login.pad, "246813")
    qtbot.waitUntil(lambda: shell.current_screen() == "facilitator")
    qtbot.waitUntil(lambda: shell.facilitator is None, timeout=15_000)
    assert shell.current_screen() == "attract"
    wait_idle(qtbot, shell)
    last = recent_audit(kiosk_context)[0]
    assert (last.action, last.details) == ("logout", {"reason": "idle"})


def test_the_next_visitor_sees_nothing_of_the_previous_one(
    qtbot: QtBot, make_kiosk: Callable[..., Kiosk]
) -> None:
    shell, window = make_kiosk(idle_timeout_s=1, idle_warning_s=1)
    # A visitor switches to Dutch and large text, reads the statutes, starts typing a PIN.
    attract = screen((shell, window), "attract")
    assert isinstance(attract, AttractScreen)
    tap(attract.languages.buttons["nl"])
    tap(attract.toggles.large_text)
    tap(attract.start)
    home = screen((shell, window), "home")
    assert isinstance(home, HomeScreen)
    tap(home.tiles["booklet"])
    read = screen((shell, window), "booklet")
    assert isinstance(read, ReadScreen)
    qtbot.waitUntil(lambda: bool(read.current_slug))
    shell.go("facilitator-login")
    login = screen((shell, window), "facilitator-login")
    assert isinstance(login, FacilitatorLoginScreen)
    QTest.keyClicks(login.pad, "135")
    # Keys reach the pad a moment later: the badge scanner holds each one until it knows
    # that no scanner burst follows (ui/scanner.py).
    qtbot.waitUntil(lambda: login.pad.length == 3)

    # They walk away: a warning first, then the attract screen.
    qtbot.waitUntil(window.idle_overlay.isVisible, timeout=10_000)
    assert window.idle_overlay.title.text() == "Ben je er nog?"
    qtbot.waitUntil(lambda: shell.current_screen() == "attract", timeout=10_000)

    assert not window.idle_overlay.isVisible()
    assert shell.language == "fr"
    assert not shell.theme.large_text
    assert login.pad.length == 0
    assert read.current_slug == ""
    assert read.browser.toPlainText() == ""
    tap(attract.start)
    assert shell.current_screen() == "home"
    assert home.heading.text() == "Bonjour ! Que souhaitez-vous faire ?"


def test_more_time_keeps_the_visitor_where_they_are(
    qtbot: QtBot, make_kiosk: Callable[..., Kiosk]
) -> None:
    shell, window = make_kiosk(idle_timeout_s=1, idle_warning_s=30)
    shell.go("facilitator-login")
    login = screen((shell, window), "facilitator-login")
    assert isinstance(login, FacilitatorLoginScreen)
    QTest.keyClicks(login.pad, "13")
    qtbot.waitUntil(window.idle_overlay.isVisible, timeout=10_000)
    tap(window.idle_overlay.more_time)
    assert not window.idle_overlay.isVisible()
    assert shell.current_screen() == "facilitator-login"
    assert login.pad.length == 2


def test_every_screen_can_forget_its_visitor(
    qtbot: QtBot, make_kiosk: Callable[..., Kiosk]
) -> None:
    shell, window = make_kiosk(idle_timeout_s=1, idle_warning_s=1)
    navigator = window.navigator
    # A visitor types their names and contact, is greeted on the check-in screen, reads what
    # is kept about them; a facilitator's list shows who is here.
    register = navigator.page("register")
    assert isinstance(register, RegisterScreen)
    for field, text in zip(
        register.fields, ("Noor", "Haddad", "noor@example.org", "0470 12 34 56"), strict=True
    ):
        field.setText(text)
    checkin = navigator.page("checkin")
    assert isinstance(checkin, CheckinScreen)
    checkin.on_enter(CheckinArgs(uuid.uuid4(), "Noor", initial="Noor H.", confirm=True))
    checkin.purposes.set_selected(["coworking"])
    consent = navigator.page("consent")
    assert isinstance(consent, ConsentScreen)
    consent.on_enter(ConsentArgs(VisitorForm("Noor", "Haddad"), kept_until=date(2027, 2, 24)))
    here = navigator.page("whos-here")
    assert isinstance(here, WhosHereScreen)
    here.show_present(morning())
    shell.go("register")

    # They walk away: the visit times out.
    qtbot.waitUntil(lambda: shell.current_screen() == "attract", timeout=10_000)

    assert [field.text() for field in register.fields] == ["", "", "", ""]
    assert not register.purposes.choice()
    assert checkin.person_id is None
    assert "Noor" not in checkin.heading.text()
    assert not checkin.purposes.choice()
    assert not checkin.go_in.isEnabled()
    assert consent.form is None and consent.until.text() == ""
    assert here.rows == [] and here.heading.text() == "0 personne là aujourd'hui"
    for name in navigator.names():
        screen = navigator.page(name)
        screen.reset()
        assert screen.name == name


def test_a_known_error_from_a_service_becomes_a_toast(qtbot: QtBot, kiosk: Kiosk) -> None:
    from app.errors import Message, NotFoundError

    shell, window = kiosk

    def fail(_ctx: AppContext) -> None:
        raise NotFoundError(Message("Content", "This page is no longer available."))

    shell.tasks.run(fail)
    qtbot.waitUntil(window.toast.isVisible)
    assert window.toast.text() == "Cette page n'est plus disponible."


def test_a_bug_in_a_task_shows_a_generic_message(
    qtbot: QtBot, kiosk: Kiosk, caplog: object
) -> None:
    shell, window = kiosk

    def crash(_ctx: AppContext) -> None:
        raise RuntimeError("boom")

    shell.tasks.run(crash)
    qtbot.waitUntil(window.toast.isVisible)
    assert window.toast.text().startswith("Un problème est survenu")
    assert Qt.AlignmentFlag.AlignCenter & window.toast.alignment()


@pytest.mark.parametrize(
    ("start_screen", "size", "modes"),
    [
        ("attract", "1920x1080", ""),
        ("home", "1920x1080", ""),
        ("attract", "1080x1920", "large_text high_contrast"),
        # Portrait in large text puts the top bar's switches on a second row.
        ("home", "1080x1920", "large_text high_contrast"),
    ],
)
def test_the_first_frame_never_builds_the_qt_namespace(
    tmp_path: Path, start_screen: str, size: str, modes: str
) -> None:
    # The first `Qt` builds 93 Python enums, ~14 ms of the cold start: the screens the kiosk
    # starts on are drawn without it (ui/first_frame.py). `grab()` paints every widget.
    script = """
import sys
from pathlib import Path
from ui.app import build
from app.config import Config
db, start, size, modes = sys.argv[1:]
shell, window = build(Config(db_path=Path(db), seed_demo=False), start_screen=start)
shell.set_modes(**{mode: True for mode in modes.split()})
window.resize(*map(int, size.split("x")))
window.show()
window.grab()
print(shell.current_screen(), "Qt" in vars(sys.modules["PySide6.QtCore"]))
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    db = str(tmp_path / "kiosk.sqlite3")
    done = subprocess.run(
        [sys.executable, "-c", script, db, start_screen, size, modes],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.stdout.split() == [start_screen, "False"]


def test_every_feature_lists_exactly_the_screens_its_module_registers() -> None:
    catalogue = screen_catalogue()
    assert set(discover_screens()) == set(catalogue)
    assert {"attract", "home", "facilitator-login", "booklet", "vote-console"} <= set(catalogue)


def test_the_kiosk_draws_home_without_importing_the_other_screens(tmp_path: Path) -> None:
    # A feature's screens must not slow the kiosk's start: only the screen shown is imported
    # before the first frame, the others once it is drawn (docs/architecture.md, "The first frame").
    script = """
import sys
from pathlib import Path
from ui.app import build
from app.config import Config
shell, window = build(Config(db_path=Path(sys.argv[1]), seed_demo=False), start_screen="home")
print(sorted(m for m in sys.modules if m.startswith("ui.screens.") and m.endswith(".screen")))
print(sorted(m for m in ("app.context", "sqlalchemy", "db.engine") if m in sys.modules))
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "kiosk.sqlite3")],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    screens, database = done.stdout.splitlines()
    assert screens == "['ui.screens.home.screen']"
    # Nor the database's modules: they load once the first frame is drawn.
    assert database == "[]"
