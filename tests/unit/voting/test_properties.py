"""Invariants of the tally, checked on generated votes (Hypothesis)."""

from __future__ import annotations

import random
from fractions import Fraction
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from app.voting.tally import parse_election, tally, tally_data
from app.voting.tally.elections import MJElection
from app.voting.tally.mj import tally_mj

OPTIONS = ["A", "B", "C", "D", "E"]


@st.composite
def rankings(draw: st.DrawFn, size: int | None = None, *, full: bool = False) -> dict[str, Any]:
    count = size or draw(st.integers(2, 5))
    options = OPTIONS[:count]
    ballot = st.permutations(options).flatmap(
        lambda order: st.integers(len(order) if full else 0, len(order)).map(lambda n: order[:n])
    )
    ballots = draw(st.lists(st.tuples(ballot, st.integers(0, 4)), min_size=0, max_size=12))
    return {
        "options": options,
        "ballots": [{"ranking": list(r), "count": c} for r, c in ballots],
    }


def _condorcet_winner(data: dict[str, Any]) -> str | None:
    options = data["options"]
    beats = {(x, y): 0 for x in options for y in options}
    for ballot in data["ballots"]:
        ranked = ballot["ranking"]
        for x in options:
            for y in options:
                if x in ranked and (y not in ranked or ranked.index(x) < ranked.index(y)):
                    beats[x, y] += ballot["count"]
    for x in options:
        if all(beats[x, y] > beats[y, x] for y in options if y != x):
            return x
    return None


@given(rankings())
def test_schulze_elects_the_condorcet_winner_when_there_is_one(data: dict[str, Any]) -> None:
    winner = _condorcet_winner(data)
    result = tally_data({**data, "method": "schulze"})
    if winner is not None:
        assert result.winners == [winner]


@given(rankings(size=2, full=True))
def test_irv_equals_plurality_with_two_options(data: dict[str, Any]) -> None:
    irv = tally_data({**data, "method": "irv"})
    plurality = tally_data({**data, "method": "plurality"})
    assert irv.winners == plurality.winners


def _shuffled(data: dict[str, Any], seed: int) -> dict[str, Any]:
    ballots = list(data["ballots"])
    random.Random(seed).shuffle(ballots)
    return {**data, "ballots": ballots}


@st.composite
def any_vote(draw: st.DrawFn) -> dict[str, Any]:
    method = draw(
        st.sampled_from(
            ["plurality", "irv", "schulze", "approval", "score", "mj", "motion", "consent", "pb"]
        )
    )
    options = OPTIONS[: draw(st.integers(2, 5))]
    count = st.integers(0, 3)
    subset = st.lists(st.sampled_from(options), unique=True)
    if method in ("plurality", "irv", "schulze"):
        return {**draw(rankings()), "method": method}
    if method == "approval":
        ballots = draw(st.lists(st.fixed_dictionaries({"approve": subset, "count": count})))
        return {"method": method, "options": options, "ballots": ballots}
    if method == "score":
        scores = st.dictionaries(st.sampled_from(options), st.integers(0, 5))
        ballots = draw(st.lists(st.fixed_dictionaries({"scores": scores, "count": count})))
        return {"method": method, "options": options, "ballots": ballots, "max_score": 5}
    if method == "mj":
        grades = st.dictionaries(st.sampled_from(options), st.integers(0, 3))
        ballots = draw(st.lists(st.fixed_dictionaries({"grades": grades, "count": count})))
        return {
            "method": method,
            "options": options,
            "grades": ["0", "1", "2", "3"],
            "ballots": ballots,
        }
    if method == "motion":
        choice = st.sampled_from(["yes", "no", "abstain", "invalid"])
        ballots = draw(st.lists(st.fixed_dictionaries({"choice": choice, "count": count})))
        return {
            "method": method,
            "ballots": ballots,
            "rules": {"base": "cast", "threshold": "two_thirds"},
        }
    if method == "consent":
        objection = st.one_of(st.none(), st.sampled_from(["trop cher", "pas prêt"]))
        ballots = draw(st.lists(st.fixed_dictionaries({"objection": objection, "count": count})))
        return {"method": method, "ballots": ballots}
    return draw(pb_votes())


@st.composite
def pb_votes(draw: st.DrawFn) -> dict[str, Any]:
    size = draw(st.integers(1, 6))
    projects = [{"id": f"p{i}", "cost": draw(st.integers(1, 60))} for i in range(size)]
    ids = [p["id"] for p in projects]
    if draw(st.booleans()):
        ballot = st.fixed_dictionaries(
            {"approve": st.lists(st.sampled_from(ids), unique=True), "count": st.integers(0, 3)}
        )
    else:
        ballot = st.fixed_dictionaries(
            {
                "points": st.dictionaries(st.sampled_from(ids), st.integers(0, 4)),
                "count": st.integers(0, 3),
            }
        )
    return {
        "method": "pb",
        "rule": draw(st.sampled_from(["greedy", "mes", "mes-add1", "mes-add1-greedy"])),
        "budget": draw(st.integers(1, 120)),
        "options": projects,
        "ballots": draw(st.lists(ballot, max_size=10)),
    }


@settings(max_examples=150)
@given(any_vote(), st.integers(0, 2**32))
def test_every_method_ignores_the_order_of_the_ballots(data: dict[str, Any], seed: int) -> None:
    assert tally_data(_shuffled(data, seed)).to_json() == tally_data(data).to_json()


@settings(max_examples=150)
@given(pb_votes())
def test_pb_never_overspends_and_greedy_is_exhaustive(data: dict[str, Any]) -> None:
    result = tally_data(data)
    costs = {p["id"]: Fraction(p["cost"]) for p in data["options"]}
    spent = sum((costs[p] for p in result.winners), Fraction(0))
    assert spent <= data["budget"]
    assert result.details["cost"] == spent
    if data["rule"] in ("greedy", "mes-add1-greedy"):
        left = data["budget"] - spent
        assert all(costs[p] > left for p in costs if p not in result.winners)


@st.composite
def mj_votes(draw: st.DrawFn) -> dict[str, Any]:
    options = OPTIONS[: draw(st.integers(2, 5))]
    grades = ["g0", "g1", "g2", "g3"]
    tallies = {
        o: draw(st.lists(st.integers(0, 6), min_size=len(grades), max_size=len(grades)))
        for o in options
    }
    return {"method": "mj", "options": options, "grades": grades, "tallies": tallies}


@given(mj_votes())
def test_mj_ranking_is_unchanged_when_every_ballot_is_duplicated(data: dict[str, Any]) -> None:
    doubled = {o: [2 * c for c in counts] for o, counts in data["tallies"].items()}
    assert tally_data({**data, "tallies": doubled}).ranking == tally_data(data).ranking


def _median_sequence(counts: list[int]) -> list[int]:
    """The grades removed one median at a time, the slow way (Balinski & Laraki)."""
    grades = sorted(g for g, n in enumerate(counts) for _ in range(n))
    sequence = []
    while grades:
        sequence.append(grades.pop((len(grades) - 1) // 2))
    return sequence


@given(mj_votes())
def test_mj_ranks_as_the_sequences_of_medians_do(data: dict[str, Any]) -> None:
    election = parse_election(data)
    assert isinstance(election, MJElection)
    keys = {
        o: _median_sequence(list(row))
        for o, row in zip(election.options, election.merit, strict=True)
    }
    expected: list[list[str]] = []
    for option in sorted(election.options, key=lambda o: keys[o], reverse=True):
        if expected and keys[expected[-1][0]] == keys[option]:
            expected[-1].append(option)
        else:
            expected.append([option])
    ranking = tally_mj(election).ranking
    assert [sorted(tier) for tier in ranking] == [sorted(tier) for tier in expected]


@given(rankings())
def test_every_result_explains_itself_in_three_languages(data: dict[str, Any]) -> None:
    for method in ("plurality", "irv", "schulze"):
        explanation = tally(parse_election({**data, "method": method})).to_json()["explanation"]
        assert set(explanation) == {"fr", "nl", "en"}
        assert all(text.strip() for text in explanation.values())
