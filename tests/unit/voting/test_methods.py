"""Hand-checked behaviour of each method, and the sentences a room reads."""

from __future__ import annotations

from typing import Any

import pytest

from app.voting.tally import tally_data


def motion(yes: int, no: int, abstain: int = 0, **rules: Any) -> dict[str, Any]:
    return tally_data(
        {
            "method": "motion",
            "ballots": [
                {"choice": "yes", "count": yes},
                {"choice": "no", "count": no},
                {"choice": "abstain", "count": abstain},
            ],
            "rules": rules,
        }
    ).to_json()


@pytest.mark.parametrize(
    ("yes", "no", "abstain", "threshold", "adopted"),
    [
        (10, 10, 0, "simple", False),  # exactly half is not more than half
        (11, 10, 0, "simple", True),
        (20, 10, 0, "two_thirds", True),  # 3 × 20 ≥ 2 × 30
        (19, 10, 0, "two_thirds", False),
        (30, 10, 0, "three_quarters", True),
        (29, 10, 0, "three_quarters", False),
        (5, 0, 3, "unanimity", True),  # abstentions do not break unanimity
        (0, 0, 3, "unanimity", False),
    ],
)
def test_motion_thresholds_at_their_edges(
    yes: int, no: int, abstain: int, threshold: str, adopted: bool
) -> None:
    base = "yes_no" if threshold != "unanimity" else "cast"
    assert motion(yes, no, abstain, base=base, threshold=threshold)["details"]["adopted"] is adopted


def test_an_adopted_motion_reads_as_the_room_expects() -> None:
    # In words a room reads aloud: "at least the two thirds needed", never "≥ 2/3".
    result = motion(17, 5, 3, base="yes_no_abstain", threshold="two_thirds")
    assert result["details"]["adopted"] is True
    assert result["explanation"]["fr"].splitlines()[-1] == (
        "Adoptée\u202f: 68\xa0% des oui+non+abstentions, au moins les deux tiers requis "
        "(17 oui sur 25)."
    )
    assert result["explanation"]["nl"].splitlines()[-1] == (
        "Aangenomen: 68% van ja+nee+onthoudingen, minstens de vereiste twee derde (17 ja op 25)."
    )
    assert result["explanation"]["en"].splitlines()[-1] == (
        "Adopted: 68% of yes+no+abstain, at least the two thirds needed (17 yes out of 25)."
    )
    assert not any(mark in result["explanation"]["fr"] for mark in "≥≤<>")


def test_a_motion_at_exactly_half_says_it_needed_more() -> None:
    result = motion(10, 10, 0, base="yes_no", threshold="simple")
    assert result["explanation"]["fr"].splitlines()[-1] == (
        "Rejetée\u202f: 50\xa0% des oui+non, pas plus de la moitié (10 oui sur 20)."
    )
    three_quarters = motion(14, 6, base="yes_no", threshold="three_quarters")
    assert three_quarters["explanation"]["nl"].splitlines()[-1] == (
        "Verworpen: 70% van ja+nee, minder dan de vereiste drie kwart (14 ja op 20)."
    )


def test_a_motion_with_an_empty_base_is_not_adopted() -> None:
    result = motion(0, 0, 4, base="yes_no", threshold="two_thirds")
    assert result["details"]["adopted"] is False
    assert result["details"]["reason"] == "empty_base"


def test_weights_count_as_that_many_ballots() -> None:
    options = ["A", "B", "C"]
    weighted = [{"ranking": ["A", "B"], "count": 3}, {"ranking": ["B", "C"], "count": 2}]
    spelled = [{"ranking": ["A", "B"]}] * 3 + [{"ranking": ["B", "C"]}] * 2
    for method in ("plurality", "irv", "schulze"):
        a = tally_data({"method": method, "options": options, "ballots": weighted}).to_json()
        b = tally_data({"method": method, "options": options, "ballots": spelled}).to_json()
        assert a == b


def test_irv_eliminates_options_without_votes_together() -> None:
    result = tally_data(
        {
            "method": "irv",
            "options": ["A", "B", "C", "D"],
            "ballots": [{"ranking": ["A"], "count": 2}, {"ranking": ["B", "A"], "count": 2}],
        }
    )
    assert result.details["rounds"][0]["eliminated"] == ["C", "D"]
    assert result.ranking[-1] == ["C", "D"]
    assert "C et D n'ont aucune voix" in result.to_json()["explanation"]["fr"]


def test_irv_stops_on_an_unbreakable_tie_for_last_and_says_so() -> None:
    result = tally_data(
        {
            "method": "irv",
            "options": ["A", "B", "C"],
            "ballots": [
                {"ranking": ["A"], "count": 4},
                {"ranking": ["B"], "count": 3},
                {"ranking": ["C"], "count": 3},
            ],
        }
    ).to_json()
    assert result["winners"] == []
    assert "tire au sort" in result["explanation"]["fr"]
    assert "loot" in result["explanation"]["nl"]


def test_mj_counts_a_missing_grade_as_the_worst() -> None:
    result = tally_data(
        {
            "method": "mj",
            "options": ["A", "B"],
            "grades": ["À rejeter", "Passable", "Bien"],
            "ballots": [{"grades": {"A": 2, "B": 1}}, {"grades": {"B": 1}}, {"grades": {"A": 2}}],
        }
    )
    assert result.details["options"]["A"]["merit_profile"] == [1, 0, 2]
    assert result.details["options"]["B"]["merit_profile"] == [1, 2, 0]
    assert result.details["options"]["A"]["majority_grade"] == "Bien"
    assert result.winners == ["A"]


def test_mj_explains_the_tie_break_step() -> None:
    result = tally_data(
        {
            "method": "mj",
            "options": ["A", "B"],
            "grades": ["Insuffisant", "Passable", "Bien"],
            "tallies": {"A": [1, 1, 1], "B": [0, 3, 0]},
        }
    ).to_json()
    assert result["ranking"] == [["B"], ["A"]]
    assert result["details"]["tie_breaks"] == [
        {
            "above": "B",
            "below": "A",
            "medians_removed": 1,
            "above_grade": "Passable",
            "below_grade": "Insuffisant",
        }
    ]
    assert "en retirant 1 mention médiane à chacun" in result["explanation"]["fr"]


def test_schulze_explains_the_decisive_paths() -> None:
    result = tally_data(
        {
            "method": "schulze",
            "options": ["A", "B", "C"],
            "ballots": [
                {"ranking": ["A", "B", "C"], "count": 4},
                {"ranking": ["B", "C", "A"], "count": 3},
                {"ranking": ["C", "A", "B"], "count": 2},
            ],
        }
    ).to_json()
    # d: A>B 6, B>C 7, C>A 5; A's path to C via B has strength 6, C's way back to A 5.
    assert result["winners"] == ["A"]
    assert "A → B → C" in result["explanation"]["en"] or "A → B" in result["explanation"]["en"]


def test_consent_passes_without_objection() -> None:
    result = tally_data(
        {"method": "consent", "ballots": [{"objection": None, "count": 7}]}
    ).to_json()
    assert result["details"]["adopted"] is True
    assert "aucune objection parmi les 7 participants" in result["explanation"]["fr"]


def test_pb_explains_why_a_project_with_more_votes_was_skipped() -> None:
    result = tally_data(
        {
            "method": "pb",
            "rule": "greedy",
            "budget": 100000,
            "options": [
                {"id": "Four", "cost": 70000},
                {"id": "Vélos", "cost": 50000},
                {"id": "Bancs", "cost": 20000},
            ],
            "ballots": [
                {"approve": ["Four"], "count": 9},
                {"approve": ["Vélos"], "count": 8},
                {"approve": ["Bancs"], "count": 2},
            ],
        }
    ).to_json()
    assert result["winners"] == ["Four", "Bancs"]
    assert result["details"]["not_selected"]["Vélos"] == {
        "reason": "did_not_fit",
        "left": 30000,
        "votes": 8,
        "cost": 50000,
    }
    assert (
        "Vélos (8 voix) a été écarté alors que Bancs (2 voix) a été financé : Vélos coûte "
        "50\u202f000\xa0€ et il ne restait que 30\u202f000\xa0€ à son tour."
    ) in result["explanation"]["fr"]
