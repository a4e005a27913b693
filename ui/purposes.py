"""Why a person came, in the kiosk's language: the welcome desk asks it, the facilitators' list
of who is here shows it (one set of words for both features)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

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
