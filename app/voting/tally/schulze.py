"""The Schulze method: widest paths over the pairwise matrix.

`d[X][Y]` is the number of voters preferring X to Y (an option ranked is preferred to every
option left unranked; unranked options are not compared). `p[X][Y]` is the strength of the
strongest path from X to Y, a path being a chain of links X→Y with d[X][Y] > d[Y][X] and its
strength that of its weakest link. X ranks above Y when p[X][Y] > p[Y][X]. The ranking is built in
tiers: the options that no remaining option beats, then again among the rest; a tier of several
options is a tie.
"""

from __future__ import annotations

from collections import deque

from app.voting.tally.elections import RankedElection
from app.voting.tally.explain import N_, Chain, Line, Names, line
from app.voting.tally.result import Result


def pairwise(election: RankedElection) -> list[list[int]]:
    size = len(election.options)
    d = [[0] * size for _ in range(size)]
    everyone = range(size)
    for ranking, weight in election.profile.items():
        unranked = [o for o in everyone if o not in ranking]
        for position, better in enumerate(ranking):
            row = d[better]
            for worse in ranking[position + 1 :]:
                row[worse] += weight
            for worse in unranked:
                row[worse] += weight
    return d


def strongest_paths(d: list[list[int]]) -> list[list[int]]:
    size = len(d)
    p = [[d[i][j] if i != j and d[i][j] > d[j][i] else 0 for j in range(size)] for i in range(size)]
    for k in range(size):
        row_k = p[k]
        for i in range(size):
            if i == k:
                continue
            row_i = p[i]
            via = row_i[k]
            if not via:
                continue
            for j in range(size):
                if j not in (i, k):
                    candidate = via if via < row_k[j] else row_k[j]
                    row_i[j] = max(row_i[j], candidate)
    return p


def _path(d: list[list[int]], start: int, end: int, strength: int) -> tuple[int, ...]:
    """A shortest chain of links from `start` to `end`, each at least `strength` strong."""
    previous = {start: start}
    queue = deque([start])
    while queue:
        here = queue.popleft()
        if here == end:
            break
        for there, votes in enumerate(d[here]):
            if there not in previous and votes > d[there][here] and votes >= strength:
                previous[there] = here
                queue.append(there)
    path = [end]
    while path[-1] != start:
        path.append(previous[path[-1]])
    return tuple(reversed(path))


def tally_schulze(election: RankedElection) -> Result:
    options = election.options
    d = pairwise(election)
    p = strongest_paths(d)
    remaining = list(range(len(options)))
    tiers: list[list[int]] = []
    while remaining:
        tier = [x for x in remaining if not any(p[y][x] > p[x][y] for y in remaining)]
        tiers.append(tier)
        remaining = [x for x in remaining if x not in tier]
    lines = _explain(options, d, p, tiers)
    ranking = [[options[o] for o in tier] for tier in tiers]
    return Result(
        method="schulze",
        ranking=ranking,
        winners=list(ranking[0]),
        ties=[tier for tier in ranking if len(tier) > 1],
        details={"options": list(options), "d": d, "p": p},
        explanation=lines,
    )


def _explain(
    options: tuple[str, ...], d: list[list[int]], p: list[list[int]], tiers: list[list[int]]
) -> list[Line]:
    if sum(map(sum, d)) == 0:
        return [line(N_("No ballot compares any two options: they all tie."))]
    lines: list[Line] = []
    top = tiers[0]
    if len(top) == 1:
        winner = top[0]
        if all(d[winner][o] > d[o][winner] for o in range(len(options)) if o != winner):
            lines.append(
                line(
                    N_("{winner} beats every other option head to head: {winner} wins."),
                    winner=options[winner],
                )
            )
            return lines
        lines.append(
            line(
                N_(
                    "No option beats every other head to head, so the strongest paths decide: "
                    "{winner} wins."
                ),
                winner=options[winner],
            )
        )
        if len(tiers) > 1:
            first, second = winner, tiers[1][0]
            lines.extend(_paths(options, d, p, first, second))
            lines.append(
                line(
                    N_("{a} ranks above {b}: {forward} is more than {back}."),
                    a=options[first],
                    b=options[second],
                    forward=p[first][second],
                    back=p[second][first],
                )
            )
    else:
        lines.append(
            line(
                N_("{names} tie: between them the strongest paths are equally strong both ways."),
                names=Names(tuple(options[o] for o in top)),
            )
        )
        lines.extend(_paths(options, d, p, top[0], top[1]))
    return lines


def _paths(
    options: tuple[str, ...], d: list[list[int]], p: list[list[int]], a: int, b: int
) -> list[Line]:
    result = []
    for start, end in ((a, b), (b, a)):
        if p[start][end]:
            result.append(
                line(
                    N_(
                        "Strongest path from {start} to {end}: {path}, strength {strength} "
                        "(each step preferred by at least {strength} voters)."
                    ),
                    start=options[start],
                    end=options[end],
                    path=Chain(tuple(options[o] for o in _path(d, start, end, p[start][end]))),
                    strength=p[start][end],
                )
            )
        else:
            result.append(
                line(
                    N_("No path leads from {start} to {end}."),
                    start=options[start],
                    end=options[end],
                )
            )
    return result
