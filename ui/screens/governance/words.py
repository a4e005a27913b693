"""The governance screens' words: `Phrase`s translated with their plurals, dates in the reader's
language, a body's name and purpose in plain or official terms."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from app.errors import QT_TRANSLATE_NOOP
from app.governance import wording
from app.governance.types import BodyCard, Phrase, pick


def day_text(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def moment_text(moment: datetime, zone: str) -> str:
    """A meeting's start at the antenne (`zone`, the configuration's timezone), as people read
    it ("mardi 15 décembre 2026 à 18:00")."""
    local = moment.astimezone(ZoneInfo(zone))
    clock = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return QCoreApplication.translate("Governance", "{day} at {time}").format(
        day=day_text(local.date()), time=clock
    )


def say(phrase: Phrase) -> str:
    """`phrase` in the current language, its plural chosen by its number, dates localised."""
    count = phrase.count if phrase.count is not None else -1
    text = QCoreApplication.translate(phrase.context, phrase.source, None, count)
    params = {
        key: day_text(value) if isinstance(value, date) else value
        for key, value in phrase.params.items()
    }
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        # A translation with a broken placeholder must not hide the sentence.
        return phrase.untranslated()


def _label(table: Mapping[str, str], key: str) -> str:
    source = table.get(key)
    return QCoreApplication.translate("Governance", source) if source else key.replace("_", " ")


def role_text(role: str) -> str:
    return _label(wording.ROLES, role)


def link_text(kind: str) -> str:
    return _label(wording.LINKS, kind)


def status_text(status: str) -> str:
    return _label(wording.STATUSES, status)


def level_text(level: str) -> str:
    return _label(LEVEL_NAMES, level)


LEVEL_NAMES: Mapping[str, str] = {
    "information": QT_TRANSLATE_NOOP("Governance", "Information"),
    "consultation": QT_TRANSLATE_NOOP("Governance", "Consultation"),
    "concertation": QT_TRANSLATE_NOOP("Governance", "Concertation"),
    "codecision": QT_TRANSLATE_NOOP("Governance", "Co-decision"),
}


def body_title(card: BodyCard, language: str, *, plain: bool) -> str:
    """The card's title: plain words first (official name when it has none), or the statutory
    name."""
    if plain and card.plain_name is not None:
        return say(card.plain_name)
    return pick(card.name, language)


def body_purpose(card: BodyCard, language: str, *, plain: bool) -> str:
    """One line of what it does: the kiosk's plain sentence, or the cooperative's own words."""
    if plain:
        return say(card.plain_purpose)
    return pick(card.purpose, language) or say(card.plain_purpose)
