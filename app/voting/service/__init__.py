"""The voting feature's service: live votes, from the draft to the published results.

Everything is in the database, so a vote survives a restart at every step (draft → open →
closed → published; results are revealed between closing and publishing). The screens, the CLI
and the LAN server call `from app.voting import service` and use the names below; each module
holds one kind of action:

- `create`: drafting a vote (from its file form or a template), its projects' descriptions and
  pictures while it is a draft;
- `reading`: the votes as the screens show them, the options' pictures, a closed vote's sealed
  turnout;
- `lifecycle`: open, close (the box sealed and tallied), reveal, publish, the kept results;
- `roll`: who may vote (eligibility), who is in the room (roll call), proxies, turnout;
- `casting`: ballots at the booth and named answers by show of hands;
- `codes`: phone one-time codes, on slips or after a badge scan, and ballots cast with them;
- `analog`: counted hands and paper, and their corrections;
- `verify`: the ledger, the sealed box and the tally checked again.

`_common` (errors, loading a vote, the status and channel checks, the people, the audit log) and
`_figures` (turnout and the tally of the box, computed inside a caller's transaction) are shared
by them and import none of them. Every action is one function and one transaction, its ledger
entries and audit line included.
"""

from __future__ import annotations

from app.voting.service._common import CONTEXT, VotingError
from app.voting.service._figures import TALLY_KEYS
from app.voting.service.analog import (
    ANALOG_METHODS,
    NAMED_COUNT,
    analog_counts,
    correct_analog_count,
    record_analog_count,
)
from app.voting.service.casting import (
    cast_ballot,
    record_named_answers,
    validate_ballot,
    voices_for,
)
from app.voting.service.codes import (
    BAD_CODE,
    CODE_ALPHABET,
    CODE_LENGTH,
    MAX_SLIPS,
    NAMED_SLIP,
    USED_CODE,
    bad_code_message,
    cast_with_code,
    code_hash,
    issue_codes,
    issue_phone_codes,
    vote_for_code,
)
from app.voting.service.create import (
    CHANNEL_NAMES,
    ELIGIBILITY,
    NAMED_BY_HANDS,
    create_from_form,
    create_from_template,
    create_vote,
    set_option_details,
)
from app.voting.service.lifecycle import (
    close_vote,
    named_lines,
    open_vote,
    publish_results,
    results,
    reveal_results,
)
from app.voting.service.reading import (
    current_vote,
    get_vote,
    list_votes,
    option_picture,
    option_pictures,
    sealed_turnout,
)
from app.voting.service.roll import (
    mark_present,
    quorum_met,
    record_proxy,
    revoke_proxy,
    roll_call,
    turnout,
)
from app.voting.service.verify import final_hash, verify
from app.voting.templates import TEMPLATES
from app.voting.texts import MAX_DESCRIPTION

__all__ = [
    "ANALOG_METHODS",
    "BAD_CODE",
    "CHANNEL_NAMES",
    "CODE_ALPHABET",
    "CODE_LENGTH",
    "CONTEXT",
    "ELIGIBILITY",
    "MAX_DESCRIPTION",
    "MAX_SLIPS",
    "NAMED_BY_HANDS",
    "NAMED_COUNT",
    "NAMED_SLIP",
    "TALLY_KEYS",
    "TEMPLATES",
    "USED_CODE",
    "VotingError",
    "analog_counts",
    "bad_code_message",
    "cast_ballot",
    "cast_with_code",
    "close_vote",
    "code_hash",
    "correct_analog_count",
    "create_from_form",
    "create_from_template",
    "create_vote",
    "current_vote",
    "final_hash",
    "get_vote",
    "issue_codes",
    "issue_phone_codes",
    "list_votes",
    "mark_present",
    "named_lines",
    "open_vote",
    "option_picture",
    "option_pictures",
    "publish_results",
    "quorum_met",
    "record_analog_count",
    "record_named_answers",
    "record_proxy",
    "results",
    "reveal_results",
    "revoke_proxy",
    "roll_call",
    "sealed_turnout",
    "set_option_details",
    "turnout",
    "validate_ballot",
    "verify",
    "voices_for",
    "vote_for_code",
]
