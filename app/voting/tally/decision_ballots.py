"""Ballots on one proposal: a motion and consent.

A motion counts yes, no, abstain and invalid under its rules (the 100 % base, the threshold, an
optional quorum of people present or ballots cast). Consent passes unless someone objects; each
objection gives its reason, and identical reasons are counted together.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.errors import QT_TRANSLATE_NOOP
from app.voting.tally.elections import ConsentElection, MotionElection, Quorum
from app.voting.tally.reading import (
    ballot_error,
    check_fields,
    parse_number,
    read_ballots,
    read_count,
    read_whole,
    show,
    vote_error,
)

MOTION_BASES = ("yes_no", "yes_no_abstain", "valid", "cast", "present", "entitled")
MOTION_THRESHOLDS = ("simple", "two_thirds", "three_quarters", "unanimity")
MOTION_CHOICES = ("yes", "no", "abstain", "invalid")


def parse_motion(data: Mapping[str, Any]) -> MotionElection:
    ballots = read_ballots(data)
    totals = dict.fromkeys(MOTION_CHOICES, 0)
    example = '{"choice": "yes"}'
    allowed = frozenset({"choice", "count"})
    for index, ballot in enumerate(ballots):
        check_fields(index, ballot, allowed, example)
        choice = ballot.get("choice")
        if choice not in totals:
            raise ballot_error(
                index,
                QT_TRANSLATE_NOOP(
                    "Tally",
                    'Ballot {ballot}: "choice" must be yes, no, abstain or invalid, not {value}.',
                ),
                value=show(choice),
            )
        totals[choice] += read_count(index, ballot)
    rules = data.get("rules", {})
    if not isinstance(rules, dict):
        raise vote_error(QT_TRANSLATE_NOOP("Tally", '"rules" must be an object.'))
    base = rules.get("base", "yes_no_abstain")
    if base not in MOTION_BASES:
        raise vote_error(
            QT_TRANSLATE_NOOP("Tally", "Unknown 100 % base {value}; expected one of {choices}."),
            value=show(base),
            choices=", ".join(MOTION_BASES),
        )
    threshold = rules.get("threshold", "simple")
    if threshold not in MOTION_THRESHOLDS:
        raise vote_error(
            QT_TRANSLATE_NOOP("Tally", "Unknown threshold {value}; expected one of {choices}."),
            value=show(threshold),
            choices=", ".join(MOTION_THRESHOLDS),
        )
    quorum = None
    raw_quorum = rules.get("quorum")
    if raw_quorum is not None:
        if (
            not isinstance(raw_quorum, dict)
            or raw_quorum.get("count") not in ("present", "cast")
            or raw_quorum.get("of", "entitled") != "entitled"
            or "ratio" not in raw_quorum
        ):
            raise vote_error(
                QT_TRANSLATE_NOOP("Tally", "The quorum must read {example}."),
                example='{"count": "present" or "cast", "of": "entitled", "ratio": 0.5}',
            )
        ratio = parse_number(raw_quorum["ratio"], "The quorum ratio")
        if not 0 <= ratio <= 1:
            raise vote_error(QT_TRANSLATE_NOOP("Tally", "The quorum ratio must be from 0 to 1."))
        quorum = Quorum(count=raw_quorum["count"], ratio=ratio)
    present = read_whole(data, "present")
    entitled = read_whole(data, "entitled")
    needs_present = base == "present" or (quorum is not None and quorum.count == "present")
    if needs_present and present is None:
        raise vote_error(
            QT_TRANSLATE_NOOP("Tally", 'These rules need "present": the weight of people present.')
        )
    if (base == "entitled" or quorum is not None) and entitled is None:
        raise vote_error(
            QT_TRANSLATE_NOOP(
                "Tally", 'These rules need "entitled": the weight of people entitled to vote.'
            )
        )
    cast_total = sum(totals.values())
    if present is not None and cast_total > present:
        raise vote_error(
            QT_TRANSLATE_NOOP(
                "Tally", "{cast} ballots were cast but only {present} votes were present."
            ),
            cast=cast_total,
            present=present,
        )
    if present is not None and entitled is not None and present > entitled:
        raise vote_error(
            QT_TRANSLATE_NOOP(
                "Tally", "{present} votes are present but only {entitled} are entitled."
            ),
            present=present,
            entitled=entitled,
        )
    return MotionElection(
        yes=totals["yes"],
        no=totals["no"],
        abstain=totals["abstain"],
        invalid=totals["invalid"],
        base=base,
        threshold=threshold,
        quorum=quorum,
        present=present,
        entitled=entitled,
    )


def parse_consent(data: Mapping[str, Any]) -> ConsentElection:
    consents = 0
    objections: dict[str, int] = {}
    allowed = frozenset({"objection", "count"})
    example = '{"objection": null}'
    for index, ballot in enumerate(read_ballots(data)):
        check_fields(index, ballot, allowed, example)
        if "objection" not in ballot:
            raise ballot_error(
                index,
                QT_TRANSLATE_NOOP("Tally", 'Ballot {ballot}: "{field}" is missing.'),
                field="objection",
            )
        objection = ballot["objection"]
        count = read_count(index, ballot)
        if objection is None:
            consents += count
        elif isinstance(objection, str) and objection.strip():
            reason = " ".join(objection.split())
            objections[reason] = objections.get(reason, 0) + count
        else:
            raise ballot_error(
                index,
                QT_TRANSLATE_NOOP(
                    "Tally",
                    "Ballot {ballot}: an objection must give its reason as text "
                    "(null means consent).",
                ),
            )
    ordered = sorted(((r, c) for r, c in objections.items() if c), key=lambda rc: (-rc[1], rc[0]))
    return ConsentElection(consents=consents, objections=tuple(ordered))
