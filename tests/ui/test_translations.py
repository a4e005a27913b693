"""Every visible string is translated, and the shipped .ts/.qm files match the code."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ui import i18n_tool


def messages(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name", ""), message.findtext("source", ""))
        for context in root.iter("context")
        for message in context.iter("message")
    }


@pytest.mark.parametrize("language", i18n_tool.REQUIRED)
def test_every_source_string_has_a_finished_translation(language: str) -> None:
    assert i18n_tool.unfinished(language) == [], "translate them in ui/resources/i18n/"


def test_the_ts_files_hold_exactly_the_strings_of_the_code(tmp_path: Path) -> None:
    shipped = i18n_tool.ts_path("fr")
    shutil.copy(shipped, i18n_tool.ts_path("fr", tmp_path))
    i18n_tool.update(["fr"], folder=tmp_path)
    assert messages(i18n_tool.ts_path("fr", tmp_path)) == messages(shipped), "run `make i18n`"


@pytest.mark.parametrize("language", list(i18n_tool.LANGUAGES))
def test_the_qm_files_are_compiled_from_the_ts_files(tmp_path: Path, language: str) -> None:
    i18n_tool.compile_qm([language], out=tmp_path)
    fresh = i18n_tool.qm_path(language, tmp_path).read_bytes()
    assert fresh == i18n_tool.qm_path(language).read_bytes(), "run `make i18n`"


def test_lupdate_finds_the_messages_marked_in_app() -> None:
    shipped = messages(i18n_tool.ts_path("fr"))
    assert ("Facilitators", "Wrong PIN. Tries left: {left}.") in shipped
    assert ("Config", "Unknown setting {key} in {path}") in shipped
