"""`antenne tally FILE [--method M] [--rule R]`."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from app.cli import main
from tests.unit.voting.paths import DATA

TENNESSEE = {
    "method": "schulze",
    "options": ["Memphis", "Nashville", "Chattanooga", "Knoxville"],
    "ballots": [
        {"ranking": ["Memphis", "Nashville", "Chattanooga", "Knoxville"], "count": 42},
        {"ranking": ["Nashville", "Chattanooga", "Knoxville", "Memphis"], "count": 26},
        {"ranking": ["Chattanooga", "Knoxville", "Nashville", "Memphis"], "count": 15},
        {"ranking": ["Knoxville", "Chattanooga", "Nashville", "Memphis"], "count": 17},
    ],
}


@pytest.fixture
def vote_file(tmp_path: Path) -> Path:
    path = tmp_path / "vote.json"
    path.write_text(json.dumps(TENNESSEE), encoding="utf-8")
    return path


def test_tally_prints_one_json_object(vote_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tally", str(vote_file)]) == 0
    output = json.loads(capsys.readouterr().out)
    assert set(output) == {"method", "ranking", "winners", "ties", "details", "explanation"}
    assert output["winners"] == ["Nashville"]
    assert output["ranking"] == [["Nashville"], ["Chattanooga"], ["Knoxville"], ["Memphis"]]
    assert set(output["explanation"]) == {"fr", "nl", "en"}
    assert "Nashville l'emporte" in output["explanation"]["fr"]


def test_the_method_can_be_overridden(vote_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tally", str(vote_file), "--method", "irv"]) == 0
    output = json.loads(capsys.readouterr().out)
    assert output["method"] == "irv"
    assert output["winners"] == ["Knoxville"]
    assert [r["exhausted"] for r in output["details"]["rounds"]] == [0, 0, 0]


def test_a_pabulib_file_with_a_rule(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tally", str(DATA / "cumulative_by_points.pb"), "--rule", "mes"]) == 0
    output = json.loads(capsys.readouterr().out)
    assert output["method"] == "pb"
    assert output["details"]["selected"] == ["b"]
    assert output["details"]["not_selected"]["a"]["reason"] == "supporters_short"
    assert "€" in output["explanation"]["fr"]


def test_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(TENNESSEE)))
    assert main(["tally", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["winners"] == ["Nashville"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "Not valid JSON (line 1, column 2)"),
        (
            json.dumps({**TENNESSEE, "ballots": [{"ranking": ["Paris"]}]}),
            "Ballot 1: 'Paris' is not one of the options.",
        ),
    ],
)
def test_invalid_input_exits_1_with_the_message_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, message: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    assert main(["tally", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert message in captured.err


def test_a_missing_file_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tally", str(tmp_path / "nowhere.json")]) == 1
    assert "Cannot read" in capsys.readouterr().err


def test_a_pabulib_file_is_not_a_schulze_vote(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tally", str(DATA / "cumulative_by_points.pb"), "--method", "schulze"]) == 1
    assert "participatory budget" in capsys.readouterr().err
