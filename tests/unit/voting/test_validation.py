"""Bad input is refused as a whole, with a message naming the ballot and the problem."""

from __future__ import annotations

from typing import Any

import pytest

from app.errors import KnownError
from app.voting.tally import TallyInputError, parse_election, parse_pabulib

RANKED = {"method": "irv", "options": ["A", "B", "C"]}
PB = {
    "method": "pb",
    "budget": 100,
    "options": [{"id": "p1", "cost": 60}, {"id": "p2", "cost": 50}, {"id": "p3", "cost": 30}],
}


@pytest.mark.parametrize(
    ("data", "ballot", "message"),
    [
        (
            {**RANKED, "ballots": [{"ranking": ["A"]}, {"ranking": ["A", "Z"]}]},
            1,
            "Ballot 2: 'Z' is not one of the options.",
        ),
        ({**RANKED, "ballots": [{"ranking": ["B", "A", "B"]}]}, 0, "Ballot 1: 'B' appears twice."),
        (
            {**RANKED, "ballots": [{"ranking": ["A"], "count": -2}]},
            0,
            'Ballot 1: "count" must be a whole number of at least 0, not -2.',
        ),
        ({**RANKED, "ballots": [{"ranking": ["A"], "count": 1.5}]}, 0, "not 1.5"),
        ({**RANKED, "ballots": [{"ranking": "A"}]}, 0, '"ranking" is not in the expected form'),
        ({**RANKED, "ballots": [{"ranking": [["A"]]}]}, 0, '"ranking" is not in the expected form'),
        ({**RANKED, "ballots": [{"rank": ["A"]}]}, 0, "unknown field 'rank'"),
        ({**RANKED, "ballots": [["A"]]}, 0, "Ballot 1 is not an object"),
        (
            {
                "method": "mj",
                "options": ["A"],
                "grades": ["bad", "good"],
                "ballots": [{"grades": {"A": 2}}],
            },
            0,
            "Ballot 1: the grade of 'A' must be a whole number from 0 to 1, not 2.",
        ),
        (
            {
                "method": "score",
                "options": ["A"],
                "max_score": 5,
                "ballots": [{"scores": {"A": 6}}],
            },
            0,
            "from 0 to 5, not 6",
        ),
        ({"method": "motion", "ballots": [{"choice": "oui"}]}, 0, '"choice" must be yes, no'),
        ({"method": "consent", "ballots": [{"objection": "  "}]}, 0, "an objection must give"),
        (
            {**PB, "max_projects": 2, "ballots": [{"approve": ["p1", "p2", "p3"]}]},
            0,
            "Ballot 1 supports 3 projects; at most 2 are allowed.",
        ),
        (
            {**PB, "max_cost": 100, "ballots": [{"approve": ["p2"]}, {"approve": ["p1", "p2"]}]},
            1,
            "Ballot 2 chooses projects costing 110 in total, over the 100 a ballot may spend.",
        ),
        (
            {**PB, "max_points": 3, "ballots": [{"points": {"p1": 4}}]},
            0,
            "Ballot 1 gives 4 points to p1; at most 3 per project.",
        ),
        ({**PB, "ballots": [{"points": {"p1": -1}}]}, 0, "the points for 'p1' must be a whole"),
        ({**PB, "ballots": [{"approve": ["p9"]}]}, 0, "'p9' is not one of the options"),
    ],
)
def test_a_bad_ballot_is_named_with_its_problem(
    data: dict[str, Any], ballot: int, message: str
) -> None:
    with pytest.raises(TallyInputError) as caught:
        parse_election(data)
    assert message in str(caught.value)
    assert caught.value.ballot == ballot
    assert isinstance(caught.value, KnownError)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "A vote must be a JSON object."),
        ({"method": "borda"}, "Unknown method 'borda'"),
        ({"method": "irv", "options": []}, '"options" must be a non-empty list'),
        ({"method": "irv", "options": ["A", "A"], "ballots": []}, "listed twice"),
        ({"method": "irv", "options": ["A"], "ballots": {}}, '"ballots" must be a list'),
        ({"method": "mj", "options": ["A"], "grades": []}, '"grades" must be a non-empty list'),
        (
            {"method": "mj", "options": ["A"], "grades": ["x", "y"], "tallies": {"A": [1]}},
            "give 2 whole numbers",
        ),
        ({"method": "motion", "ballots": [], "rules": {"base": "half"}}, "Unknown 100 % base"),
        ({"method": "motion", "ballots": [], "rules": {"base": "present"}}, 'need "present"'),
        (
            {"method": "motion", "ballots": [{"choice": "yes", "count": 5}], "present": 4},
            "5 ballots were cast but only 4 votes were present.",
        ),
        ({**PB, "budget": 0, "ballots": []}, "The budget must be more than 0."),
        ({**PB, "rule": "phragmen", "ballots": []}, "Unknown participatory budgeting rule"),
        (
            {**PB, "options": [{"id": "p1", "cost": "beaucoup"}], "ballots": []},
            "The cost of project p1 must be a number",
        ),
        ({**PB, "options": [{"id": "p1", "cost": 0}], "ballots": []}, "must cost more than 0"),
    ],
)
def test_a_bad_vote_says_what_is_wrong(data: Any, message: str) -> None:
    with pytest.raises(TallyInputError, match=None) as caught:
        parse_election(data)
    assert message in str(caught.value)


def test_nothing_is_counted_when_the_last_ballot_is_bad() -> None:
    ballots: list[dict[str, Any]] = [{"ranking": ["A"]}] * 1000 + [{"ranking": ["Z"]}]
    with pytest.raises(TallyInputError, match="Ballot 1001"):
        parse_election({**RANKED, "ballots": ballots})


GOOD = (
    "META\nkey;value\nbudget;100\nvote_type;approval\n"
    "PROJECTS\nproject_id;cost\n1;60\n2;50\nVOTES\nvoter_id;vote\n"
)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "The file has no META section."),
        ("PROJECTS\nproject_id;cost\n1;5\n", "no META section"),
        ("hello;world\n", "Line 1: expected a META, PROJECTS or VOTES section first."),
        (
            "META\nkey;value\nbudget;100\nPROJECTS\nid;cost\n",
            "Line 5: the PROJECTS section has no project_id column.",
        ),
        (
            "META\nkey;value\nbudget;lots\nPROJECTS\nproject_id;cost\n1;5\nVOTES\nvoter_id;vote\n",
            "META budget must be a number",
        ),
        (
            "META\nkey;value\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;5\nVOTES\nvoter_id;vote\n",
            "META has no budget.",
        ),
        (GOOD.replace("approval", "ordinal"), "Vote type ordinal is not supported"),
        (GOOD + "v1;3\n", "Ballot 1 (v1, line 11): '3' is not one of the options."),
        (GOOD + "v1;1\nv2;1,1\n", "Ballot 2 (v2, line 12): '1' appears twice."),
        (GOOD + "v1;1;extra\n", "Line 11: 3 fields where the header has 2."),
        (GOOD.replace("2;50", "1;50"), "Line 8: the project 1 is listed twice."),
        (
            GOOD.replace("budget;100", "budget;100\nmax_length;1") + "v1;1,2\n",
            "supports 2 projects; at most 1 are allowed",
        ),
        (
            "META\nkey;value\nbudget;100\nvote_type;cumulative\nPROJECTS\nproject_id;cost\n1;60\n"
            "VOTES\nvoter_id;vote;points\nv1;1;x\n",
            "the points for '1' must be a whole number",
        ),
        (
            "META\nkey;value\nbudget;100\nvote_type;cumulative\nPROJECTS\nproject_id;cost\n1;60\n"
            "VOTES\nvoter_id;vote;points\nv1;1;2,3\n",
            "1 projects but 2 numbers of points",
        ),
    ],
)
def test_a_malformed_pabulib_file_gives_a_clear_error(text: str, message: str) -> None:
    with pytest.raises(TallyInputError) as caught:
        parse_pabulib(text)
    assert message in str(caught.value)
