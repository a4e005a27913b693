"""Configuration: defaults < TOML file < ANTENNE_* environment < command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.config import load_config
from app.errors import InvalidInputError


def test_file_then_environment_then_command_line(tmp_path: Path) -> None:
    file = tmp_path / "antenne.toml"
    file.write_text('language = "nl"\nidle_timeout_s = 90\nseed_demo = false\n', encoding="utf-8")
    config = load_config(file, environ={})
    assert (config.language, config.idle_timeout_s, config.seed_demo) == ("nl", 90, False)

    config = load_config(file, environ={"ANTENNE_LANGUAGE": "en", "ANTENNE_SEED_DEMO": "yes"})
    assert (config.language, config.seed_demo) == ("en", True)

    config = load_config(file, environ={"ANTENNE_LANGUAGE": "en"}, db_path=tmp_path / "x.db")
    assert config.db_path == tmp_path / "x.db"
    assert load_config(file, environ={}, db_path=None).db_path != tmp_path / "x.db"


@pytest.mark.parametrize(
    ("content", "environ"),
    [
        ("idle_timeout_s = 'soon'\n", {}),
        ("no_such_setting = 1\n", {}),
        ("language = 'de'\n", {}),
        ("this is not toml", {}),
        ("", {"ANTENNE_SEED_DEMO": "maybe"}),
        ("", {"ANTENNE_IDLE_TIMEOUT_S": "1.5"}),
    ],
)
def test_bad_values_are_refused_with_a_message(
    tmp_path: Path, content: str, environ: dict[str, str]
) -> None:
    file = tmp_path / "antenne.toml"
    file.write_text(content, encoding="utf-8")
    with pytest.raises(InvalidInputError) as raised:
        load_config(file, environ=environ)
    assert raised.value.message.context == "Config"


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError):
        load_config(tmp_path / "missing.toml", environ={})
