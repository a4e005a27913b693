"""Motions: yes / no / abstain, a 100 % base, a threshold and an optional quorum.

Thresholds, exactly as docs/architecture.md ("Voting") states them: `simple` yes > base/2 ·
`two_thirds` 3·yes ≥ 2·base · `three_quarters` 4·yes ≥ 3·base · `unanimity` no = 0 and yes > 0. A
quorum `{"count": "present"|"cast", "of": "entitled", "ratio": r}` is met when count ≥ r × entitled.
One reading of ours: a base of 0 (nobody's vote counts in it) adopts nothing, although 3·0 ≥ 2·0 — a
share of nothing is no majority.
"""

from __future__ import annotations

import math
from fractions import Fraction

from app.voting.tally.elections import MotionElection
from app.voting.tally.explain import N_, Line, Percent, Term, line
from app.voting.tally.result import Result

BASE_TERMS = {
    "yes_no": N_("of yes+no"),
    "yes_no_abstain": N_("of yes+no+abstain"),
    "valid": N_("of valid ballots"),
    "cast": N_("of ballots cast"),
    "present": N_("of votes present"),
    "entitled": N_("of votes entitled"),
}
# Each qualified majority with its words: an explanation says "two thirds", never "≥ 2/3".
_THRESHOLDS = {
    "two_thirds": (Fraction(2, 3), N_("two thirds")),
    "three_quarters": (Fraction(3, 4), N_("three quarters")),
}


def base_of(election: MotionElection) -> int:
    yes, no, abstain = election.yes, election.no, election.abstain
    return {
        "yes_no": yes + no,
        "yes_no_abstain": yes + no + abstain,
        "valid": yes + no + abstain,
        "cast": election.cast,
        "present": election.present or 0,
        "entitled": election.entitled or 0,
    }[election.base]


def tally_motion(election: MotionElection) -> Result:
    base = base_of(election)
    yes, no = election.yes, election.no
    lines: list[Line] = [
        line(
            N_("Yes {yes} · No {no} · Abstain {abstain} · Invalid {invalid}."),
            yes=yes,
            no=no,
            abstain=election.abstain,
            invalid=election.invalid,
        )
    ]
    quorum_met: bool | None = None
    if election.quorum is not None:
        entitled = election.entitled or 0
        count = election.present or 0 if election.quorum.count == "present" else election.cast
        quorum_met = count >= election.quorum.ratio * entitled
        needed = math.ceil(election.quorum.ratio * entitled)
        if election.quorum.count == "present":
            msgid = (
                N_(
                    "Quorum met: {count} votes present out of {entitled} entitled "
                    "({needed} needed)."
                )
                if quorum_met
                else N_(
                    "Quorum not met: {count} votes present out of {entitled} entitled; "
                    "{needed} were needed."
                )
            )
        else:
            msgid = (
                N_("Quorum met: {count} ballots cast out of {entitled} entitled ({needed} needed).")
                if quorum_met
                else N_(
                    "Quorum not met: {count} ballots cast out of {entitled} entitled; "
                    "{needed} were needed."
                )
            )
        lines.append(line(msgid, count=count, entitled=entitled, needed=needed))

    base_term = Term(BASE_TERMS[election.base])
    share = Percent(Fraction(yes, base)) if base else Percent(Fraction(0))
    reason: str | None
    if quorum_met is False:
        adopted, reason = False, "quorum"
        lines.append(line(N_("Not adopted: without a quorum the vote cannot decide.")))
    elif election.threshold == "unanimity":
        adopted = no == 0 and yes > 0
        reason = None if adopted else "threshold"
        if adopted:
            lines.append(line(N_("Adopted unanimously: {yes} yes and no vote against."), yes=yes))
        elif no:
            lines.append(line(N_("Rejected: unanimity was required and {no} voted no."), no=no))
        else:
            lines.append(line(N_("Rejected: unanimity needs at least one yes.")))
    elif base == 0:
        adopted, reason = False, "empty_base"
        lines.append(line(N_("Not adopted: the base of the vote is empty (0 votes).")))
    elif election.threshold == "simple":
        adopted = 2 * yes > base
        reason = None if adopted else "threshold"
        msgid = (
            N_("Adopted: {share} {base}, more than half ({yes} yes out of {total}).")
            if adopted
            else N_("Rejected: {share} {base}, not more than half ({yes} yes out of {total}).")
        )
        lines.append(line(msgid, share=share, base=base_term, yes=yes, total=base))
    else:
        ratio, shown = _THRESHOLDS[election.threshold]
        adopted = yes * ratio.denominator >= ratio.numerator * base
        reason = None if adopted else "threshold"
        msgid = (
            N_(
                "Adopted: {share} {base}, at least the {threshold} needed "
                "({yes} yes out of {total})."
            )
            if adopted
            else N_(
                "Rejected: {share} {base}, fewer than the {threshold} needed "
                "({yes} yes out of {total})."
            )
        )
        threshold = Term(shown)
        lines.append(
            line(msgid, share=share, base=base_term, threshold=threshold, yes=yes, total=base)
        )
    details = {
        "adopted": adopted,
        "quorum_met": quorum_met,
        "yes": yes,
        "no": no,
        "abstain": election.abstain,
        "invalid": election.invalid,
        "cast": election.cast,
        "base": base,
        "base_rule": election.base,
        "threshold": election.threshold,
        "reason": reason,
    }
    return Result(
        method="motion", ranking=[], winners=[], ties=[], details=details, explanation=lines
    )
