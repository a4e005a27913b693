"""Shared test set-up: Qt renders offscreen; reusable fixtures live in `tests/helpers/`."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = [
    "tests.helpers.database",
    "tests.helpers.kiosk",
    "tests.helpers.cups",
    "tests.helpers.postgres",
    "tests.helpers.sync",
]


@pytest.fixture(autouse=True)
def cheap_pin_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    """PINs hashed at argon2id's lowest cost in this process: the kiosk's (0.4 s a hash) would
    make every test that adds or opens a facilitator account slow. The real parameters are
    checked in tests/unit/facilitators/test_pin_hashes.py; commands run in a child process
    (the CLI tests) hash at the real cost."""
    from db.models import facilitators

    monkeypatch.setattr(facilitators, "PIN_COST", facilitators.PinCost(1, 8, 1))
