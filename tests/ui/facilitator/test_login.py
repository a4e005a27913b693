"""The PIN pad while a PIN is checked (a slow hash, off the screen's thread), and a
facilitator whose 4-digit PIN dates from before the 6-digit rule."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.context import AppContext
from app.facilitators import service
from tests.helpers.facilitators import add_legacy_account
from tests.ui.conftest import Kiosk, tap
from ui.screens.facilitator.screen import FacilitatorLoginScreen


def type_pin(login: FacilitatorLoginScreen, pin: str) -> None:
    for digit in pin:
        tap(login.pad.keys[digit])
    tap(login.pad.confirm)


def login_screen(kiosk: Kiosk) -> FacilitatorLoginScreen:
    shell, window = kiosk
    shell.go("facilitator-login")
    login = window.navigator.page("facilitator-login")
    assert isinstance(login, FacilitatorLoginScreen)
    return login


def test_the_pad_says_it_is_checking_and_waits_while_the_pin_is_hashed(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    service.add_facilitator(kiosk_context, "Camille", "246813")
    hashing = threading.Event()
    go_on = threading.Event()
    verify = service.verify_pin

    def slow_verify(ctx: AppContext, pin: str, **kwargs: Any) -> Any:
        hashing.set()
        assert go_on.wait(10)
        return verify(ctx, pin, **kwargs)

    monkeypatch.setattr(service, "verify_pin", slow_verify)
    shell, _ = kiosk
    login = login_screen(kiosk)
    type_pin(login, "246813")
    # The tap is answered at once, while the worker hashes: the screen's thread is free.
    assert hashing.wait(10)
    assert login.status.text() == "Vérification du code PIN…"
    assert not login.pad.confirm.isEnabled()
    assert not login.pad.keys["1"].isEnabled()
    go_on.set()
    qtbot.waitUntil(lambda: shell.current_screen() == "facilitator")
    assert login.status.text() == ""
    assert login.pad.confirm.isEnabled()


def test_a_wrong_pin_gives_the_pad_back(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    service.add_facilitator(kiosk_context, "Camille", "246813")
    login = login_screen(kiosk)
    type_pin(login, "135792")
    qtbot.waitUntil(lambda: not login.checking)
    assert login.message.text() == "Code PIN erroné. Essais restants : 4."
    assert login.status.text() == ""
    assert login.pad.keys["1"].isEnabled()


def test_a_four_digit_pin_from_before_still_opens_facilitator_mode(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    add_legacy_account(kiosk_context, "Camille", "2468")
    shell, _ = kiosk
    type_pin(login_screen(kiosk), "2468")
    qtbot.waitUntil(lambda: shell.current_screen() == "facilitator")
    assert shell.facilitator is not None
    assert shell.facilitator.name == "Camille"
