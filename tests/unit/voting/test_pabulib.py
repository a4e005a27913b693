"""Reading Pabulib files: line endings, quotes, byte-order mark, META limits, rule names."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from app.voting.tally import TallyInputError, parse_pabulib, read_pabulib, tally
from tests.unit.voting.paths import DATA, PABULIB, shared_params

TEXT = (
    'META\nkey;value\ndescription;"Budget; quartier"\nbudget;2500,5\nvote_type;approval\n'
    "rule;equalshares/add1\ncurrency;PLN\nmin_length;1\n"
    'PROJECTS\nproject_id;cost;name\n1;600.0;"Bancs ""verts""; tables"\n2;800;Jardin\n'
    "VOTES\nvoter_id;vote\na;1,2\nb;2\nc; 1 \n"
)


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_any_line_ending_and_quoted_fields_read_the_same(newline: str) -> None:
    election = parse_pabulib(("\ufeff" if newline == "\r" else "") + TEXT.replace("\n", newline))
    assert election.budget == Fraction(5001, 2)
    assert [p.label for p in election.projects] == ['Bancs "verts"; tables', "Jardin"]
    assert election.projects[0].cost == 600
    assert election.rule == "mes-add1"
    assert election.currency == "PLN"
    assert election.min_projects == 1
    assert sum(election.profile.values()) == 3


def test_the_rule_can_be_chosen_over_the_files() -> None:
    assert parse_pabulib(TEXT, rule="greedy").rule == "greedy"


def test_a_file_that_cannot_be_read_is_a_known_error(tmp_path: Path) -> None:
    with pytest.raises(TallyInputError, match="Cannot read"):
        read_pabulib(tmp_path / "absent.pb")
    binary = tmp_path / "binary.pb"
    binary.write_bytes(b"\xff\xfe\x00META")
    with pytest.raises(TallyInputError, match="not a UTF-8 text file"):
        read_pabulib(binary)


def test_cumulative_points_are_read_per_project() -> None:
    election = read_pabulib(DATA / "cumulative_by_points.pb")
    assert election.vote_type == "cumulative"
    assert election.max_total_points == 5
    assert election.profile == {
        ((0, 5),): 1,
        ((1, 1), (2, 1)): 1,
        ((1, 1),): 1,
        ((1, 2), (2, 1)): 1,
    }


@pytest.mark.parametrize("path", shared_params(PABULIB, "*.pb"))
def test_every_shared_instance_reads_and_tallies(path: Path) -> None:
    result = tally(read_pabulib(path, rule="greedy"))
    assert result.details["cost"] <= result.details["budget"]
    assert all(result.to_json()["explanation"].values())
