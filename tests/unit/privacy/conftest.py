"""People and visits belong to the Rennes antenne: it exists before each test (`in_rennes`)."""

from __future__ import annotations

import pytest

from app.context import AppContext
from tests.helpers.people import in_rennes


@pytest.fixture
def ctx(ctx: AppContext) -> AppContext:
    return in_rennes(ctx)
