"""A USB badge scanner types like a keyboard: the kiosk tells it from a person, anywhere."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.badges.errors import BadgeError
from app.badges.service import issue_badge, revoke_badges, verify_badge
from app.badges.tokens import normalise_token
from app.context import AppContext
from tests.ui.badge_helpers import add_person, azerty_damaged, scan, type_keys
from tests.ui.conftest import Kiosk
from ui.scanner import BURST_GAP_MS, WedgeScanner
from ui.screens.home.screen import HomeScreen


class Form(QWidget):
    """A text field with the focus, and a scanner watching the application."""

    def __init__(self) -> None:
        super().__init__()
        self.field = QLineEdit()
        QVBoxLayout(self).addWidget(self.field)
        self.scanner = WedgeScanner(self)
        self.scanner.install()
        self.scans: list[str] = []
        self.scanner.sig_scanned.connect(self.scans.append)


@pytest.fixture
def form(qtbot: QtBot) -> Iterator[Form]:
    widget = Form()
    qtbot.add_widget(widget)
    widget.show()
    qtbot.wait_exposed(widget)
    widget.activateWindow()
    widget.field.setFocus()
    qtbot.waitUntil(widget.field.hasFocus)
    yield widget
    widget.scanner.uninstall()


TOKEN = "ANT1-0123456789ABCDEFGHJKMNPQRS"


def test_a_burst_into_a_focused_field_is_a_scan_and_types_nothing(form: Form) -> None:
    scan(form.field, azerty_damaged(TOKEN))
    assert form.scans == [azerty_damaged(TOKEN)]
    assert form.field.text() == ""
    assert form.scanner.holding == 0


def test_slow_typing_lands_in_the_field(qtbot: QtBot, form: Form) -> None:
    text = "Camille Dupont"
    type_keys(form.field, [*text, "\r"], start_ms=5_000, gaps_ms=[120] * (len(text) + 1))
    qtbot.waitUntil(lambda: form.field.text() == text)
    assert form.scans == []


def test_a_person_typing_fast_now_and_then_loses_no_key(qtbot: QtBot, form: Form) -> None:
    # Two keys 20 ms apart (a rolled "th"), then a pause: held a moment, then typed.
    type_keys(form.field, "the", start_ms=9_000, gaps_ms=[0, 20, 150])
    qtbot.waitUntil(lambda: form.field.text() == "the")
    # A fast burst too short for a badge, ended by Enter: typed, Enter too.
    type_keys(form.field, "ok\r", start_ms=10_000, gaps_ms=[0, 5, 5])
    assert form.field.text() == "theok"
    assert form.scans == []


def test_a_burst_without_enter_is_handed_to_the_field(qtbot: QtBot, form: Form) -> None:
    type_keys(form.field, "ABCDEFGHIJKL", start_ms=20_000, gaps_ms=[3] * 12)
    assert form.field.text() == ""
    qtbot.waitUntil(lambda: form.field.text() == "ABCDEFGHIJKL")
    assert form.scans == []


def test_the_first_key_of_a_burst_is_held_no_longer_than_a_gap(qtbot: QtBot, form: Form) -> None:
    type_keys(form.field, "x", start_ms=30_000, gaps_ms=[0])
    assert form.field.text() == ""
    assert form.scanner.holding == 1
    qtbot.waitUntil(lambda: form.field.text() == "x", timeout=BURST_GAP_MS * 20)


# -- On the kiosk ---------------------------------------------------------------------------------


def test_a_member_who_scans_on_the_attract_screen_is_greeted_by_first_name(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    person = add_person(kiosk_context, "Camille", "Dupont")
    token = issue_badge(kiosk_context, person).token
    shell, window = kiosk
    assert shell.current_screen() == "attract"
    scan(window, azerty_damaged(token))
    home = window.navigator.page("home")
    assert isinstance(home, HomeScreen)
    qtbot.waitUntil(lambda: home.heading.text() == "Bonjour Camille !")
    assert shell.current_screen() == "home"
    assert [button.text() for button in home.step_buttons] == [
        "Lire le livret",
        "Comment je veux participer",
        "Mon parcours",
        "Où est ma place dans la gouvernance\u202f?",
    ]
    # A button put in a shown layout is shown by a queued call (QLayout::addChildWidget).
    qtbot.waitUntil(home.step_buttons[0].isVisible)


def test_a_scan_while_a_field_has_the_focus_types_nothing_into_it(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    person = add_person(kiosk_context, "Camille", "Dupont")
    token = issue_badge(kiosk_context, person).token
    shell, window = kiosk
    shell.go("home")
    field = QLineEdit(window.navigator.page("home"))
    field.show()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    scan(field, token)
    home = window.navigator.page("home")
    assert isinstance(home, HomeScreen)
    qtbot.waitUntil(lambda: home.heading.text() == "Bonjour Camille !")
    assert field.text() == ""


def test_a_refused_badge_says_why_in_a_toast(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    person = add_person(kiosk_context, "Camille", "Dupont")
    token = issue_badge(kiosk_context, person).token
    revoke_badges(kiosk_context, person, reason="lost")
    shell, window = kiosk
    shell.go("home")
    scan(window, token)
    qtbot.waitUntil(window.toast.isVisible)
    assert "signalé comme perdu" in window.toast.text()
    home = window.navigator.page("home")
    assert isinstance(home, HomeScreen)
    assert home.holder is None


def test_the_next_visitor_sees_nothing_of_the_greeted_member(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    person = add_person(kiosk_context, "Camille", "Dupont")
    token = issue_badge(kiosk_context, person).token
    shell, window = kiosk
    scan(window, token)
    home = window.navigator.page("home")
    assert isinstance(home, HomeScreen)
    qtbot.waitUntil(lambda: home.holder is not None)
    shell.end_visit()  # what the idle timeout does
    assert shell.current_screen() == "attract"
    assert home.holder is None
    assert "Camille" not in home.heading.text()
    assert home.step_buttons == []


# -- Fuzzing --------------------------------------------------------------------------------------

KEYS = st.sampled_from([*"ANT1-0123456789abcxyzQWéè&\"'()_çà?! ", "\r"])


@st.composite
def key_streams(draw: st.DrawFn) -> tuple[list[str], list[int]]:
    chars = draw(st.lists(KEYS, max_size=60))
    gaps = draw(
        st.lists(
            st.one_of(st.integers(0, 40), st.integers(30, 400)),
            min_size=len(chars),
            max_size=len(chars),
        )
    )
    return chars, gaps


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(stream=key_streams(), with_badge=st.booleans(), damaged=st.booleans())
def test_fuzzed_key_streams_lose_nothing_and_only_a_real_badge_verifies(
    *,
    form: Form,
    kiosk_context: AppContext,
    real_token: str,
    stream: tuple[list[str], list[int]],
    with_badge: bool,
    damaged: bool,
) -> None:
    chars, gaps = stream
    form.field.clear()
    form.scans.clear()
    start = 100_000
    end = type_keys(form.field, chars, start_ms=start, gaps_ms=gaps)
    typed = [c for c in chars if c != "\r"]
    if with_badge:
        raw = azerty_damaged(real_token) if damaged else real_token
        scan(form.field, raw, start_ms=end + 500)
        assert form.scans[-1] == raw
    form.scanner.release()  # the hold timer, without waiting for it
    assert form.scanner.holding == 0
    # Nothing lost, nothing doubled: every key is in the field or in a scan.
    kept = form.field.text() + "".join(form.scans)
    expected = "".join(typed) + (form.scans[-1] if with_badge else "")
    assert sorted(kept) == sorted(expected)
    for raw in form.scans:
        try:
            holder = verify_badge(kiosk_context, raw)
        except BadgeError:
            continue
        assert normalise_token(raw) == real_token
        assert holder.first_name == "Camille"


@pytest.fixture
def real_token(kiosk_context: AppContext) -> str:
    person = add_person(kiosk_context, "Camille", "Dupont")
    return issue_badge(kiosk_context, person).token
