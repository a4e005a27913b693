"""Instant-runoff voting.

Each round counts every ballot for its highest-ranked option still in the race; an option with
more than half of the ballots still counting wins. Otherwise the option with the fewest votes
is eliminated. A tie for last is broken by the most recent earlier round in which the tied
options had different counts (those with the fewest there stay tied, and the search goes on
further back); if no round separates them, the tally stops and reports the tie: the facilitator
draws lots. Options with no vote at all are eliminated together: no order among them can change
anything, since they hand on no ballot. Exhausted ballots (no option left) are reported per round.
"""

from __future__ import annotations

from typing import Any

from app.voting.tally.elections import RankedElection
from app.voting.tally.explain import N_, NP_, Counts, Line, Names, line, plural_line
from app.voting.tally.result import Result


def _last_tied(tied: list[int], history: list[dict[int, int]]) -> tuple[list[int], int | None]:
    """Narrow a tie for last with earlier rounds: (still tied, round that separated or None)."""
    separating = None
    for number in range(len(history) - 2, -1, -1):
        counts = history[number]
        fewest = min(counts[o] for o in tied)
        narrowed = [o for o in tied if counts[o] == fewest]
        if len(narrowed) < len(tied):
            tied, separating = narrowed, number + 1
            if len(tied) == 1:
                break
    return tied, separating


def tally_irv(election: RankedElection) -> Result:
    options = election.options
    profile = [(ranking, weight) for ranking, weight in election.profile.items() if ranking]
    blank = sum(weight for ranking, weight in election.profile.items() if not ranking)
    remaining = list(range(len(options)))
    eliminated: list[list[int]] = []
    history: list[dict[int, int]] = []
    rounds: list[dict[str, Any]] = []
    lines: list[Line] = []
    winners: list[int] = []
    stopped: list[int] | None = None
    while True:
        alive = set(remaining)
        counts = dict.fromkeys(remaining, 0)
        exhausted = 0
        for ranking, weight in profile:
            for option in ranking:
                if option in alive:
                    counts[option] += weight
                    break
            else:
                exhausted += weight
        history.append(counts)
        number = len(history)
        continuing = sum(counts.values())
        record: dict[str, Any] = {
            "round": number,
            "counts": {options[o]: counts[o] for o in remaining},
            "exhausted": exhausted,
            "eliminated": [],
        }
        rounds.append(record)
        pairs = Counts(tuple((options[o], counts[o]) for o in remaining))
        best = max(counts.values())
        if len(remaining) == 1 or 2 * best > continuing > 0:
            winner = next(o for o in remaining if counts[o] == best)
            winners = [winner]
            record["winner"] = options[winner]
            lines.append(
                line(
                    N_(
                        "Round {round}: {counts}. {winner} has {votes} of the {continuing} "
                        "ballots still counting, more than half: {winner} wins."
                    ),
                    round=number,
                    counts=pairs,
                    winner=options[winner],
                    votes=best,
                    continuing=continuing,
                )
            )
            break
        fewest = min(counts.values())
        tied = [o for o in remaining if counts[o] == fewest]
        separating = None
        if len(tied) > 1 and fewest > 0:
            tied, separating = _last_tied(tied, history)
        if len(tied) > 1 and (fewest > 0 or len(tied) == len(remaining)):
            if len(tied) == len(remaining):
                winners = list(tied)
                lines.append(
                    line(
                        N_(
                            "Round {round}: {counts}. {names} are tied and no earlier round "
                            "separates them: they tie for first place."
                        ),
                        round=number,
                        counts=pairs,
                        names=Names(tuple(options[o] for o in tied)),
                    )
                )
            else:
                stopped = tied
                record["tied_for_last"] = [options[o] for o in tied]
                lines.append(
                    line(
                        N_(
                            "Round {round}: {counts}. {names} are tied for last and no earlier "
                            "round separates them: the count stops here and the facilitator "
                            "draws lots."
                        ),
                        round=number,
                        counts=pairs,
                        names=Names(tuple(options[o] for o in tied)),
                    )
                )
            break
        out = tied
        record["eliminated"] = [options[o] for o in out]
        if separating is not None:
            record["tie_break_round"] = separating
            lines.append(
                line(
                    N_(
                        "Round {round}: {counts}. {eliminated} is eliminated: tied for last, "
                        "it had fewer votes in round {earlier}."
                    ),
                    round=number,
                    counts=pairs,
                    eliminated=options[out[0]],
                    earlier=separating,
                )
            )
        elif len(out) > 1:
            lines.append(
                line(
                    N_("Round {round}: {counts}. {names} have no votes and are eliminated."),
                    round=number,
                    counts=pairs,
                    names=Names(tuple(options[o] for o in out)),
                )
            )
        else:
            lines.append(
                line(
                    N_(
                        "Round {round}: {counts}. {eliminated} has the fewest votes and is "
                        "eliminated."
                    ),
                    round=number,
                    counts=pairs,
                    eliminated=options[out[0]],
                )
            )
        if exhausted:
            lines.append(
                plural_line(
                    NP_(
                        "{n} ballot no longer counts: every option on it is out.",
                        "{n} ballots no longer count: every option on them is out.",
                    ),
                    exhausted,
                )
            )
        eliminated.append(out)
        remaining = [o for o in remaining if o not in out]

    last = history[-1]
    if winners and len(winners) == 1:
        others = [o for o in remaining if o != winners[0]]
        tiers = [[winners[0]], *_by_count(others, last)]
    else:
        tiers = _by_count(remaining, last)
    tiers += reversed(eliminated)
    ranked = [[options[o] for o in tier] for tier in tiers]
    if blank:
        lines.append(plural_line(NP_("{n} blank ballot.", "{n} blank ballots."), blank))
    details: dict[str, Any] = {"rounds": rounds, "blank": blank}
    if stopped is not None:
        details["stopped"] = {"reason": "tie_for_last", "options": [options[o] for o in stopped]}
    return Result(
        method="irv",
        ranking=ranked,
        winners=[options[o] for o in winners],
        ties=[tier for tier in ranked if len(tier) > 1],
        details=details,
        explanation=lines,
    )


def _by_count(chosen: list[int], counts: dict[int, int]) -> list[list[int]]:
    groups: dict[int, list[int]] = {}
    for option in chosen:
        groups.setdefault(counts[option], []).append(option)
    return [groups[c] for c in sorted(groups, reverse=True)]
