"""Shared test set-up: Qt renders offscreen; reusable fixtures live in `tests/helpers/`."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = [
    "tests.helpers.database",
    "tests.helpers.kiosk",
    "tests.helpers.cups",
    "tests.helpers.postgres",
    "tests.helpers.sync",
]
