"""Governance in plain words: what each kind of body is called and does, its rules as sentences,
roles, links and statuses, what a member can do next (docs/architecture.md, "Governance").

Every sentence is an English source marked for Qt's translation (context `Governance`), handed
out as a `Phrase` that the kiosk (and the printed boards) translate with its plural number.
Plain words are on by default; the official terms stay one toggle away.
"""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction
from typing import Any

from app.errors import QT_TRANSLATE_NOOP
from app.governance.types import Phrase

CONTEXT = "Governance"
# Sentences with a number (`%n`) are translated with their plural forms, which Qt's tools know
# only from a `tr()` call given the number: they are marked in the kiosk's `GovernancePlurals`
# (`ui/screens/governance/words.py`), under that context, and not marked here.
PLURALS = "GovernancePlurals"
LEVELS = ("information", "consultation", "concertation", "codecision")

# The level at which a member takes part in a body of each kind: information (read what it
# publishes), consultation (be asked, bring an item), concertation (sit at the table when it
# meets), codecision (decide with it). A body open at a level is open at every lower one.
PARTICIPATION_OF_KIND: Mapping[str, str] = {
    "general_assembly": "codecision",
    "board": "consultation",
    "management_committee": "information",
    "ethics_committee": "consultation",
    "council_of_antennas": "information",
    "local_council": "concertation",
    "pb_committee": "codecision",
    "working_group": "concertation",
    "other": "information",
}

# Kinds whose statutory name means little to a newcomer; the others' own names are plain
# already (a working group is named for its topic, a local council for its town).
_PLAIN_NAMES: Mapping[str, str] = {
    "general_assembly": QT_TRANSLATE_NOOP("Governance", "All the members together"),
    "board": QT_TRANSLATE_NOOP("Governance", "The elected board"),
    "management_committee": QT_TRANSLATE_NOOP("Governance", "The management team"),
    "ethics_committee": QT_TRANSLATE_NOOP("Governance", "The guardians of our values"),
    "council_of_antennas": QT_TRANSLATE_NOOP("Governance", "The voice of the antennes"),
    "pb_committee": QT_TRANSLATE_NOOP("Governance", "The local budget team"),
}

_PLAIN_PURPOSES: Mapping[str, str] = {
    "general_assembly": QT_TRANSLATE_NOOP(
        "Governance", "every member, one vote each: elects the board and approves the accounts"
    ),
    "board": "the %n elected member(s) who decide the main directions",
    "management_committee": "the %n person(s) who run the cooperative day to day",
    "ethics_committee": "%n person(s) who check that decisions keep to our values",
    "council_of_antennas": "%n person(s) who carry the antennes' topics to the board",
    "local_council": "%n member(s) who bring the antenne to life and speak for it",
    "pb_committee": "%n member(s) who run the budget the members decide together",
    "working_group": "%n member(s) working together on one topic",
    "other": "%n person(s) with a mandate",
}

# The languages the hub's public governance page speaks (`hub/api/public_governance.py`).
PUBLIC_LANGUAGES = ("fr", "nl", "en")

ROLES: Mapping[str, str] = {
    "chair": QT_TRANSLATE_NOOP("Governance", "Chair"),
    "vice_chair": QT_TRANSLATE_NOOP("Governance", "Vice-chair"),
    "secretary": QT_TRANSLATE_NOOP("Governance", "Secretary"),
    "treasurer": QT_TRANSLATE_NOOP("Governance", "Treasurer"),
    "director": QT_TRANSLATE_NOOP("Governance", "Director"),
    "facilitator": QT_TRANSLATE_NOOP("Governance", "Facilitator"),
    "member": QT_TRANSLATE_NOOP("Governance", "Member"),
}

LINKS: Mapping[str, str] = {
    "elects": QT_TRANSLATE_NOOP("Governance", "elects"),
    "reports_to": QT_TRANSLATE_NOOP("Governance", "reports to"),
    "appoints": QT_TRANSLATE_NOOP("Governance", "appoints"),
    "advises": QT_TRANSLATE_NOOP("Governance", "advises"),
}

STATUSES: Mapping[str, str] = {
    "submitted": QT_TRANSLATE_NOOP("Governance", "Submitted"),
    "supported": QT_TRANSLATE_NOOP("Governance", "Supported"),
    "accepted": QT_TRANSLATE_NOOP("Governance", "Accepted"),
    "scheduled": QT_TRANSLATE_NOOP("Governance", "On a meeting's agenda"),
    "treated": QT_TRANSLATE_NOOP("Governance", "Treated"),
    "declined": QT_TRANSLATE_NOOP("Governance", "Declined"),
}


def phrase(source: str, count: int | None = None, **params: Any) -> Phrase:
    return Phrase(CONTEXT if count is None else PLURALS, source, params, count)


def plain_name(kind: str) -> Phrase | None:
    source = _PLAIN_NAMES.get(kind)
    return phrase(source) if source is not None else None


def plain_purpose(kind: str, people: int) -> Phrase:
    source = _PLAIN_PURPOSES.get(kind, _PLAIN_PURPOSES["other"])
    return phrase(source, people if "%n" in source else None)


def role(identifier: str) -> Phrase | None:
    """A role's label (None: an identifier the kiosk does not know, shown as it is)."""
    source = ROLES.get(identifier)
    return phrase(source) if source is not None else None


def level_at_most(level: str, ceiling: str) -> bool:
    return LEVELS.index(level) <= LEVELS.index(ceiling)


# -- Rules in words ----------------------------------------------------------------------------

_SHARES: tuple[tuple[Fraction, str], ...] = (
    (Fraction(1, 2), QT_TRANSLATE_NOOP("Governance", "Half of the members must be present.")),
    (
        Fraction(2, 3),
        QT_TRANSLATE_NOOP("Governance", "Two thirds of the members must be present."),
    ),
    (Fraction(1, 3), QT_TRANSLATE_NOOP("Governance", "A third of the members must be present.")),
    (
        Fraction(3, 4),
        QT_TRANSLATE_NOOP("Governance", "Three quarters of the members must be present."),
    ),
    (
        Fraction(1, 10),
        QT_TRANSLATE_NOOP("Governance", "One member in ten must be present."),
    ),
)

_MAJORITIES: Mapping[str, str] = {
    "simple": QT_TRANSLATE_NOOP("Governance", "A decision passes with a simple majority."),
    "two_thirds": QT_TRANSLATE_NOOP("Governance", "A decision needs two thirds of the votes."),
    "three_quarters": QT_TRANSLATE_NOOP(
        "Governance", "A decision needs three quarters of the votes."
    ),
    "unanimity": QT_TRANSLATE_NOOP("Governance", "A decision needs everyone to agree."),
    "consent": QT_TRANSLATE_NOOP(
        "Governance", "A decision passes when nobody has a serious objection."
    ),
}

_STATUTES: Mapping[str, str] = {
    "two_thirds": QT_TRANSLATE_NOOP(
        "Governance", "Changing the statutes needs two thirds of the votes."
    ),
    "three_quarters": QT_TRANSLATE_NOOP(
        "Governance", "Changing the statutes needs three quarters of the votes."
    ),
}

_TIES: Mapping[str, str] = {
    "chair": QT_TRANSLATE_NOOP("Governance", "In a tie, the chair decides."),
    "lots": QT_TRANSLATE_NOOP("Governance", "In a tie, lots are drawn."),
    "not_adopted": QT_TRANSLATE_NOOP("Governance", "In a tie, the proposal is not adopted."),
}

_MEETS: Mapping[str, str] = {
    "yearly": QT_TRANSLATE_NOOP("Governance", "It meets once a year."),
    "monthly": QT_TRANSLATE_NOOP("Governance", "It meets every month."),
    "weekly": QT_TRANSLATE_NOOP("Governance", "It meets every week."),
}


def _quorum(quorum: Any) -> Phrase:
    if not isinstance(quorum, Mapping):
        return phrase(
            QT_TRANSLATE_NOOP("Governance", "No minimum attendance: whoever comes decides.")
        )
    try:
        ratio = Fraction(str(quorum.get("ratio", 0))).limit_denominator(100)
    except (ValueError, ZeroDivisionError):
        ratio = Fraction(0)
    # 0.66 and 0.67 are how people write two thirds.
    for share, source in _SHARES:
        if abs(ratio - share) <= Fraction(1, 100):
            return phrase(source)
    percent = round(float(ratio) * 100)
    return phrase(
        QT_TRANSLATE_NOOP("Governance", "At least {percent}% of the members must be present."),
        percent=percent,
    )


def rules_in_words(rules: Mapping[str, Any]) -> tuple[Phrase, ...]:
    """How a body works, one sentence per rule it states ("Half of the members must be present.
    A decision passes with a simple majority. Everyone can carry 2 proxies."). Rules the kiosk
    does not know are left out rather than shown as jargon."""
    sentences = []
    if "quorum" in rules:
        sentences.append(_quorum(rules["quorum"]))
    majority = _MAJORITIES.get(str(rules.get("majority", "")))
    if majority is not None:
        sentences.append(phrase(majority))
    statutes = _STATUTES.get(str(rules.get("statutes_majority", "")))
    if statutes is not None:
        sentences.append(phrase(statutes))
    cap = rules.get("proxy_cap")
    if isinstance(cap, int) and not isinstance(cap, bool) and cap >= 0:
        if cap == 0:
            sentences.append(
                phrase(QT_TRANSLATE_NOOP("Governance", "Nobody can vote for someone else."))
            )
        else:
            sentences.append(phrase("Everyone can carry %n proxy(ies).", cap))
    tie = _TIES.get(str(rules.get("tie_rule", "")))
    if tie is not None:
        sentences.append(phrase(tie))
    meets = _MEETS.get(str(rules.get("meets", "")))
    if meets is not None:
        sentences.append(phrase(meets))
    threshold = rules.get("agenda_support_threshold", rules.get("support_threshold"))
    if isinstance(threshold, int) and not isinstance(threshold, bool) and threshold > 0:
        sentences.append(
            phrase(
                "An item a member proposes goes on its agenda once %n member(s) support it.",
                threshold,
            )
        )
    return tuple(sentences)


# -- What a person can do next -------------------------------------------------------------------

READ = QT_TRANSLATE_NOOP("Governance", "Read its published agenda and minutes.")
PROPOSE = QT_TRANSLATE_NOOP("Governance", "Propose an item for its agenda.")
COME = QT_TRANSLATE_NOOP("Governance", "Come to its next meeting, on {day}.")
COME_LATER = QT_TRANSLATE_NOOP("Governance", "Come to its meetings.")
DECIDE = QT_TRANSLATE_NOOP("Governance", "Take part in its decisions and vote.")
STAND = QT_TRANSLATE_NOOP("Governance", "Stand for election: a seat frees up on {day}.")
