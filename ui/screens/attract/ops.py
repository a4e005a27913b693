"""What the attract screen reads: the only module of the screen that reaches a service.

The attract screen is the kiosk's first frame: the content service (and SQLAlchemy with it)
loads inside the op, once the database is open, never with this module.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ui.ops import run_query

if TYPE_CHECKING:
    from app.content.types import PageSummary
    from app.context import AppContext
    from ui.navigation import Screen


def stories(screen: Screen, language: str, *, success: Callable[[list[PageSummary]], None]) -> None:
    """The cooperative's stories in `language`, to show one after the other."""
    run_query(screen, lambda ctx: _stories(ctx, language), success=success)


def _stories(ctx: AppContext, language: str) -> list[PageSummary]:
    from app.content.service import list_pages

    return list_pages(ctx, language, ["story"])
