"""Reading Pabulib files: line endings, quotes, byte-order mark, META limits, rule names."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from app.voting.tally import TallyInputError, parse_pabulib, read_pabulib, tally
from tests.unit.voting.paths import DATA, PABULIB, require_shared, shared_params

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


@pytest.mark.parametrize(
    ("named", "applied", "says"),
    [
        ("equalshares/add1-comparison", "mes-add1", "whose last step"),
        ("phragmen", "greedy", "a rule this tally does not run"),
        ("", "greedy", "The file names no rule."),
    ],
)
def test_a_rule_the_tally_does_not_run_is_never_replaced_silently(
    named: str, applied: str, says: str
) -> None:
    text = TEXT.replace("rule;equalshares/add1\n", f"rule;{named}\n" if named else "")
    election = parse_pabulib(text)
    assert (election.rule, election.file_rule) == (applied, named)
    result = tally(election).to_json()
    assert result["details"]["rule"] == applied
    assert result["details"]["file_rule"] == named
    english = result["explanation"]["en"]
    assert says in english and "Rule applied: " in english
    assert "Règle appliquée : " in result["explanation"]["fr"]
    assert "Toegepaste regel: " in result["explanation"]["nl"]


def test_a_rule_the_tally_runs_or_one_chosen_by_hand_needs_no_note() -> None:
    for election in (parse_pabulib(TEXT), parse_pabulib(TEXT.replace("add1", "x"), rule="mes")):
        result = tally(election).to_json()
        assert "file_rule" not in result["details"]
        assert "Rule applied" not in result["explanation"]["en"]


def test_wieliczka_names_a_rule_with_a_comparison_step_and_the_result_says_it_was_not_run() -> None:
    require_shared(PABULIB)
    election = read_pabulib(PABULIB / "Poland_Wieliczka_2023_Green_Budget.pb")
    assert election.file_rule == "equalshares/add1-comparison"
    result = tally(election).to_json()
    assert result["details"]["rule"] == "mes-add1"
    first_lines = result["explanation"]["en"].splitlines()[:2]
    assert "Method of Equal Shares" in first_lines[0]
    assert first_lines[1].startswith("Rule applied: Method of Equal Shares, shares raised")
    assert "equalshares/add1-comparison" in first_lines[1]


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
