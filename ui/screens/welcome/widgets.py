"""What the welcome desk's screens (and the facilitators' list of who is here) say about a
visit: why a person came, and a day in the kiosk's language."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app.errors import QT_TRANSLATE_NOOP
from app.onboarding.types import PURPOSES

PURPOSE_NAMES = {
    "info_session": QT_TRANSLATE_NOOP("Purpose", "Information session"),
    "coworking": QT_TRANSLATE_NOOP("Purpose", "Co-working"),
    "drop_in": QT_TRANSLATE_NOOP("Purpose", "Drop-in session"),
    "meeting": QT_TRANSLATE_NOOP("Purpose", "Meeting"),
    "appointment": QT_TRANSLATE_NOOP("Purpose", "Appointment"),
    "other": QT_TRANSLATE_NOOP("Purpose", "Something else"),
}


def purpose_name(purpose: str) -> str:
    source = PURPOSE_NAMES.get(purpose)
    return QCoreApplication.translate("Purpose", source) if source else purpose


def purpose_texts() -> dict[str, str]:
    return {key: purpose_name(key) for key in PURPOSES}


def day_text(day: date) -> str:
    """ "24 février 2027", "24 februari 2027", "24 February 2027": in the kiosk's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")
