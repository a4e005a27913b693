"""What the badges screen and its large preview share: the names of layouts and roles, and
the state of one person's badge as the screens show it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QImage

from app.errors import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from app.badges.types import BadgeHolder, BadgeInfo

BATCH_LAYOUT = "a4-8"
PREVIEW_DPI = 150
LARGE_PREVIEW_DPI = 300
# A person to show in `antenne screenshot` (one of the demo antenne's showcase people).
DEMO_QUERY = "evangeline"

LAYOUT_NAMES = {
    "62x100": QT_TRANSLATE_NOOP("BadgeLayout", "label 62 × 100 mm"),
    "54x101": QT_TRANSLATE_NOOP("BadgeLayout", "label 54 × 101 mm"),
    "cr80": QT_TRANSLATE_NOOP("BadgeLayout", "card 85.6 × 54 mm"),
    "a4-8": QT_TRANSLATE_NOOP("BadgeLayout", "A4 sheet of 8 badges"),
}
ROLE_NAMES = {
    "member": QT_TRANSLATE_NOOP("BadgeRole", "Member"),
    "shareholder": QT_TRANSLATE_NOOP("BadgeRole", "Shareholder"),
    "visitor": QT_TRANSLATE_NOOP("BadgeRole", "Visitor"),
    "facilitator": QT_TRANSLATE_NOOP("BadgeRole", "Facilitator"),
}


def layout_name(layout: str) -> str:
    source = LAYOUT_NAMES.get(layout)
    return QCoreApplication.translate("BadgeLayout", source) if source else layout


def role_name(role: str) -> str:
    source = ROLE_NAMES.get(role)
    return QCoreApplication.translate("BadgeRole", source) if source else role


def long_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


@dataclass(frozen=True)
class BadgeState:
    """A person's badge as the screen shows it (the preview is drawn off the GUI thread)."""

    holder: BadgeHolder
    badge: BadgeInfo | None
    issued_on: date | None
    """The local day the active badge was issued."""
    today: date
    preview: QImage


@dataclass(frozen=True)
class BatchPerson:
    id: uuid.UUID
    first_name: str
    last_name: str
