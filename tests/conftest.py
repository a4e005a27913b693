"""Shared test set-up: Qt renders offscreen; reusable fixtures live in `tests/helpers/`."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Qt's offscreen screen is 800×800 unless told: a kiosk window of 1920×1080 reaches beyond it,
# and what looks a widget up by its place on the screen finds nothing there (the kinetic
# scroller of a screen that scrolls replays a held tap that way, so the tap was lost). The
# tests' screen holds every size the kiosk is looked at in: 1920×1080, 1366×768, 1080×1920.
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    SCREEN = Path(__file__).with_name("offscreen-screen.json")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN}"

pytest_plugins = [
    "tests.helpers.database",
    "tests.helpers.kiosk",
    "tests.helpers.cups",
    "tests.helpers.postgres",
    "tests.helpers.sync",
    "tests.helpers.smtp",
]


@pytest.fixture(autouse=True)
def cheap_pin_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    """PINs hashed at argon2id's lowest cost in this process: the kiosk's (0.4 s a hash) would
    make every test that adds or opens a facilitator account slow. The real parameters are
    checked in tests/unit/facilitators/test_pin_hashes.py; commands run in a child process
    (the CLI tests) hash at the real cost."""
    from db.models import facilitators

    monkeypatch.setattr(facilitators, "PIN_COST", facilitators.PinCost(1, 8, 1))
