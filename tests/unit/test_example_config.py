"""The example configuration in packaging/ lists every setting with its real default."""

from __future__ import annotations

import dataclasses
import tomllib
from pathlib import Path

from app.config import Config, load_config

EXAMPLE = Path(__file__).resolve().parents[2] / "packaging" / "antenne.example.toml"


def test_example_lists_every_setting_but_the_database_path() -> None:
    keys = set(tomllib.loads(EXAMPLE.read_text(encoding="utf-8")))
    fields = {f.name for f in dataclasses.fields(Config)} - {"db_path"}
    assert keys == fields


def test_example_values_are_the_defaults() -> None:
    loaded = load_config(EXAMPLE, environ={})
    assert loaded == Config()
