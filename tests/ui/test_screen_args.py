"""A screen is told only the kind of arguments it takes (`ui/screen_args.py`): going to it with
another kind is a programming error, refused before anything changes on screen."""

from __future__ import annotations

import uuid

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.conftest import Kiosk, wait_idle
from ui.screen_args import AfterLogin, NextVoice, PersonArgs, VoteArgs
from ui.screens.voting.booth import MotionBooth


def test_a_screen_refuses_arguments_of_another_kind(qtbot: QtBot, kiosk: Kiosk) -> None:
    shell, _window = kiosk
    shell.go("home")
    with pytest.raises(TypeError, match="'journey' takes PersonArgs, not VoteArgs"):
        shell.go("journey", VoteArgs(uuid.uuid4()))
    with pytest.raises(TypeError, match="'booklet' takes ReadArgs, not PersonArgs"):
        shell.go("booklet", PersonArgs(uuid.uuid4()))
    assert shell.current_screen() == "home"


def test_a_screen_that_takes_no_arguments_refuses_any(qtbot: QtBot, kiosk: Kiosk) -> None:
    shell, _window = kiosk
    shell.go("home")
    with pytest.raises(TypeError, match="'attract' takes no arguments, not PersonArgs"):
        shell.go("attract", PersonArgs(uuid.uuid4()))
    assert shell.current_screen() == "home"


def test_the_pin_pad_is_told_where_to_go_next(qtbot: QtBot, kiosk: Kiosk) -> None:
    shell, window = kiosk
    shell.go("whos-here")  # for facilitators: the PIN pad first
    assert shell.current_screen() == "facilitator-login"
    assert window.navigator.page("facilitator-login")._then == "whos-here"
    with pytest.raises(TypeError, match="'facilitator-login' takes AfterLogin"):
        shell.go("facilitator-login", VoteArgs(uuid.uuid4()))
    shell.go("facilitator-login", AfterLogin("badges"))
    assert window.navigator.page("facilitator-login")._then == "badges"


def test_a_booth_takes_the_next_voice_as_a_vote(qtbot: QtBot, kiosk: Kiosk) -> None:
    shell, window = kiosk
    vote_id = uuid.uuid4()
    shell.go("vote-booth-motion", NextVoice(vote_id))
    booth = window.navigator.page("vote-booth-motion")
    assert isinstance(booth, MotionBooth)
    assert booth.vote_id == vote_id
    wait_idle(qtbot, shell)
