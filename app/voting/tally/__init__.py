"""The tally engine: pure, typed, exact and deterministic.

`parse_election` validates a whole vote (JSON-like data) before anything is counted;
`read_pabulib` does the same for a Pabulib `.pb` file; `tally` counts and explains.
"""

from app.voting.tally.ballots import parse_election
from app.voting.tally.elections import Election
from app.voting.tally.engine import METHODS, PB_RULES, tally, tally_data
from app.voting.tally.pabulib import parse_pabulib, read_pabulib
from app.voting.tally.reading import TallyInputError
from app.voting.tally.result import Result

__all__ = [
    "METHODS",
    "PB_RULES",
    "Election",
    "Result",
    "TallyInputError",
    "parse_election",
    "parse_pabulib",
    "read_pabulib",
    "tally",
    "tally_data",
]
