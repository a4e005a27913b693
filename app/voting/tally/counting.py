"""Plurality, approval and score: one number per option, the most wins; equal numbers tie."""

from __future__ import annotations

from fractions import Fraction

from app.voting.tally.elections import ApprovalElection, RankedElection, ScoreElection
from app.voting.tally.explain import N_, NP_, Counts, Line, Names, Percent, line, plural_line
from app.voting.tally.result import Result, tiers_by_score, tiers_result


def _share(part: int, whole: int) -> Percent:
    return Percent(Fraction(part, whole) if whole else Fraction(0))


def _explain_top(
    tiers: list[list[str]],
    totals: dict[str, int],
    *,
    total: int,
    winner_msgid: str,
    options: tuple[str, ...],
) -> list[Line]:
    lines = [line(N_("Count: {counts}."), counts=Counts(tuple((o, totals[o]) for o in options)))]
    if total == 0:
        lines.append(line(N_("No ballot was cast.")))
        return lines
    top = tiers[0]
    if len(top) == 1:
        votes = totals[top[0]]
        lines.append(
            line(winner_msgid, winner=top[0], votes=votes, total=total, share=_share(votes, total))
        )
    else:
        lines.append(
            line(
                N_("Tie for first place between {names}, with {votes} each."),
                names=Names(tuple(top)),
                votes=totals[top[0]],
            )
        )
    return lines


def tally_plurality(election: RankedElection) -> Result:
    options = election.options
    counts = [0] * len(options)
    blank = 0
    for ranking, weight in election.profile.items():
        if ranking:
            counts[ranking[0]] += weight
        else:
            blank += weight
    total = sum(counts)
    tiers = tiers_by_score(options, counts)
    totals = dict(zip(options, counts, strict=True))
    lines = _explain_top(
        tiers,
        totals,
        total=total,
        winner_msgid=N_("{winner} comes first: {votes} of {total} first choices ({share})."),
        options=options,
    )
    if blank:
        lines.append(plural_line(NP_("{n} blank ballot.", "{n} blank ballots."), blank))
    details = {"counts": totals, "valid": total, "blank": blank}
    return tiers_result("plurality", tiers, details, lines)


def tally_approval(election: ApprovalElection) -> Result:
    options = election.options
    counts = [0] * len(options)
    ballots = 0
    for approved, weight in election.profile.items():
        ballots += weight
        for option in approved:
            counts[option] += weight
    tiers = tiers_by_score(options, counts)
    totals = dict(zip(options, counts, strict=True))
    lines = _explain_top(
        tiers,
        totals,
        total=ballots,
        winner_msgid=N_("{winner} comes first: approved on {votes} of {total} ballots ({share})."),
        options=options,
    )
    details = {"counts": totals, "ballots": ballots}
    return tiers_result("approval", tiers, details, lines)


def tally_score(election: ScoreElection) -> Result:
    options = election.options
    tiers = tiers_by_score(options, election.totals)
    totals = dict(zip(options, election.totals, strict=True))
    lines = [line(N_("Points: {counts}."), counts=Counts(tuple(totals.items())))]
    if election.voters == 0:
        lines.append(line(N_("No ballot was cast.")))
    elif len(tiers[0]) == 1:
        winner = tiers[0][0]
        lines.append(
            line(
                N_("{winner} comes first with {points} points, {average} per ballot on average."),
                winner=winner,
                points=totals[winner],
                average=Fraction(totals[winner], election.voters),
            )
        )
    else:
        lines.append(
            line(
                N_("Tie for first place between {names}, with {votes} each."),
                names=Names(tuple(tiers[0])),
                votes=totals[tiers[0][0]],
            )
        )
    details = {"totals": totals, "ballots": election.voters, "max_score": election.max_score}
    return tiers_result("score", tiers, details, lines)
