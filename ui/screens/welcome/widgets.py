"""What the welcome desk's screens say about a visit: a day in the kiosk's language (why a
person came is in `ui.purposes`, shared with the list of who is here)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale


def day_text(day: date) -> str:
    """ "24 février 2027", "24 februari 2027", "24 February 2027": in the kiosk's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")
