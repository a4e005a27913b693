"""The journey ticks its steps from events: here they reach the application's listeners, as a
kiosk's do, in a context where the Rennes antenne exists (`in_rennes`)."""

from __future__ import annotations

import pytest

from app.application import with_listeners
from app.context import AppContext
from tests.helpers.people import in_rennes


@pytest.fixture
def ctx(ctx: AppContext) -> AppContext:
    return with_listeners(in_rennes(ctx))
