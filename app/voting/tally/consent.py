"""Consent (sociocracy): a proposal passes when nobody objects; objections are reasons, reported."""

from __future__ import annotations

from app.voting.tally.elections import ConsentElection
from app.voting.tally.explain import N_, NP_, Line, line, plural_line
from app.voting.tally.result import Result


def tally_consent(election: ConsentElection) -> Result:
    objecting = sum(count for _, count in election.objections)
    participants = election.consents + objecting
    adopted = participants > 0 and objecting == 0
    lines: list[Line]
    if participants == 0:
        lines = [line(N_("Not adopted: nobody took part."))]
    elif adopted:
        lines = [
            plural_line(
                NP_(
                    "Adopted by consent: no objection from the {n} participant.",
                    "Adopted by consent: no objection from the {n} participants.",
                ),
                participants,
            )
        ]
    else:
        lines = [
            plural_line(
                NP_(
                    "Not adopted: {n} objection. The group hears it and amends the proposal.",
                    "Not adopted: {n} objections. The group hears them and amends the proposal.",
                ),
                objecting,
            )
        ]
        lines.extend(
            line(N_("Objection: {reason}"), reason=reason) for reason, _ in election.objections
        )
    details = {
        "adopted": adopted,
        "consents": election.consents,
        "objections": [{"reason": reason, "count": count} for reason, count in election.objections],
    }
    return Result(
        method="consent", ranking=[], winners=[], ties=[], details=details, explanation=lines
    )
