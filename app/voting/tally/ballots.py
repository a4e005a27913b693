"""A whole vote in its JSON form, validated before anything is counted.

`parse_election` turns the JSON form of a vote (see `antenne tally --help` and issue 5) into one
of the typed elections of `app.voting.tally.elections`. Everything is checked before anything is
counted, and identical ballots are merged on the way (a `Counter` over tuples): a tally of 100 000
ballots then works on a few hundred distinct ones. Each ballot kind has its reader:
`option_ballots` (rankings, approvals, scores, grades), `decision_ballots` (motion, consent) and
`pb_ballots` (participatory budgets); `reading` holds what they share.
"""

from __future__ import annotations

from dataclasses import replace

from app.errors import QT_TRANSLATE_NOOP
from app.voting.methods import METHOD_NAMES
from app.voting.tally.decision_ballots import parse_consent, parse_motion
from app.voting.tally.elections import Election
from app.voting.tally.option_ballots import parse_approval, parse_mj, parse_ranked, parse_score
from app.voting.tally.pb_ballots import check_rule, parse_pb
from app.voting.tally.reading import show, vote_error

RANKED_METHODS = ("plurality", "irv", "schulze")


def parse_election(data: object, *, method: str | None = None, rule: str | None = None) -> Election:
    """Validate a whole vote in its JSON form and return it typed, identical ballots merged.

    `method` and `rule` override the ones the data names (as `antenne tally --method/--rule`).
    Raises `TallyInputError` naming the first problem; nothing is counted then.
    """
    if not isinstance(data, dict):
        raise vote_error(QT_TRANSLATE_NOOP("Tally", "A vote must be a JSON object."))
    chosen = method or data.get("method")
    if chosen not in METHOD_NAMES:
        raise vote_error(
            QT_TRANSLATE_NOOP("Tally", "Unknown method {value}; expected one of {choices}."),
            value=show(chosen),
            choices=", ".join(METHOD_NAMES),
        )
    if chosen == "pb":
        election = parse_pb(data)
        if rule is not None:
            election = replace(election, rule=check_rule(rule))
        return election
    if rule is not None:
        raise vote_error(
            QT_TRANSLATE_NOOP("Tally", "A rule applies only to participatory budgets.")
        )
    if chosen in RANKED_METHODS:
        return parse_ranked(data, chosen)
    if chosen == "approval":
        return parse_approval(data)
    if chosen == "score":
        return parse_score(data)
    if chosen == "mj":
        return parse_mj(data)
    if chosen == "motion":
        return parse_motion(data)
    return parse_consent(data)
