"""The badge's code shown when printing failed leaves the public screen after a minute."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.conftest import Kiosk
from ui.screens.welcome.done import QR_SHOWN_MS, WelcomeDoneScreen


def test_the_badge_code_hides_after_a_minute(qtbot: QtBot, kiosk: Kiosk) -> None:
    shell, window = kiosk
    shell.set_language("en")
    shell.go("welcome-done")
    done = window.navigator.page("welcome-done")
    assert isinstance(done, WelcomeDoneScreen)
    done.prepare_screenshot()  # a badge that did not print: its code is shown instead
    assert done.qr.isVisible() and done.qr.data
    assert done.status.text().startswith("Your badge will be ready at the desk.")
    assert "accueil" not in done.status.text()
    # The screen's own timer, not the wall clock, decides: a minute.
    assert done.qr_timer.isActive() and done.qr_timer.interval() == QR_SHOWN_MS == 60_000
    done.qr_timer.timeout.emit()
    assert not done.qr.isVisible()
    assert done.qr.data == ""
    assert done.qr_hint.text() == "The code is hidden now, so that nobody else can use it."
    # The next visitor starts clean.
    done.reset()
    assert not done.qr_timer.isActive()
    assert not done.qr_hidden


def test_a_printed_badge_starts_no_timer(qtbot: QtBot, kiosk: Kiosk) -> None:
    from app.badges.types import Printed
    from app.changes import NOTHING
    from app.printing.types import PrintOutcome

    shell, window = kiosk
    shell.go("welcome-done")
    done = window.navigator.page("welcome-done")
    assert isinstance(done, WelcomeDoneScreen)
    done._printed(
        Printed(
            outcome=PrintOutcome(printed=True, job_id="label-1"),
            token="",
            first_name="Noor",
            count=1,
            changes=NOTHING,
        )
    )
    assert not done.qr.isVisible()
    assert not done.qr_timer.isActive()
