"""The governance screens' words: `Phrase`s translated with their plurals, dates in the reader's
language, a body's name and purpose in plain or official terms."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, QTime

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


def short_moment_text(moment: datetime, zone: str) -> str:
    """A moment short enough for a chip on a card ("mar. 15 déc. 18:00")."""
    local = moment.astimezone(ZoneInfo(zone))
    locale = QLocale()
    day = locale.toString(QDate(local.year, local.month, local.day), "ddd d MMM")
    return (
        f"{day} {locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)}"
    )


class GovernancePlurals(QObject):
    """The governance's sentences with a number, each marked with `tr()` and its number so that
    Qt's tools give them plural forms (`app.governance.wording.PLURALS`)."""

    def member_items(self, n: int) -> str:
        """A card's chip: how many members' items are in progress there, and how far along."""
        return self.tr("%n member item(s) · {status}", "", n)

    def sentences(self, n: int) -> dict[str, str]:
        """Every such sentence for `n`, by its English source."""
        return {
            "the %n elected member(s) who decide the main directions": self.tr(
                "the %n elected member(s) who decide the main directions", "", n
            ),
            "the %n person(s) who run the cooperative day to day": self.tr(
                "the %n person(s) who run the cooperative day to day", "", n
            ),
            "%n person(s) who check that decisions keep to our values": self.tr(
                "%n person(s) who check that decisions keep to our values", "", n
            ),
            "%n person(s) who carry the antennes' topics to the board": self.tr(
                "%n person(s) who carry the antennes' topics to the board", "", n
            ),
            "%n member(s) who bring the antenne to life and speak for it": self.tr(
                "%n member(s) who bring the antenne to life and speak for it", "", n
            ),
            "%n member(s) who run the budget the members decide together": self.tr(
                "%n member(s) who run the budget the members decide together", "", n
            ),
            "%n member(s) working together on one topic": self.tr(
                "%n member(s) working together on one topic", "", n
            ),
            "%n person(s) with a mandate": self.tr("%n person(s) with a mandate", "", n),
            "Everyone can carry %n proxy(ies).": self.tr(
                "Everyone can carry %n proxy(ies).", "", n
            ),
            "An item a member proposes goes on its agenda once %n member(s) support it.": self.tr(
                "An item a member proposes goes on its agenda once %n member(s) support it.",
                "",
                n,
            ),
            "%n person(s)": self.tr("%n person(s)", "", n),
        }


def say(phrase: Phrase) -> str:
    """`phrase` in the current language, its plural chosen by its number, dates localised."""
    if phrase.count is not None:
        text = GovernancePlurals().sentences(phrase.count).get(phrase.source)
        if text is None:
            return phrase.untranslated()
    else:
        text = QCoreApplication.translate(phrase.context, phrase.source)
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
