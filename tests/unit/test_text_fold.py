"""Folding makes names comparable whatever accents, case and punctuation were typed."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.text import fold, words

ACCENTED = {
    "é": "e", "è": "e", "ê": "e", "ë": "e", "à": "a", "â": "a", "ä": "a", "î": "i", "ï": "i",
    "ô": "o", "ö": "o", "ù": "u", "û": "u", "ü": "u", "ç": "c", "ñ": "n", "ÿ": "y",
    "É": "e", "È": "e", "Ê": "e", "À": "a", "Ç": "c", "Ô": "o", "Ü": "u",
}  # fmt: skip


@given(st.text())
def test_folding_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(
    st.lists(st.sampled_from(sorted(ACCENTED)) | st.sampled_from("abcdefghijklmnopqrstuvwxyz -'"))
)
def test_folding_ignores_accents_and_case(letters: list[str]) -> None:
    accented = "".join(letters)
    plain = "".join(ACCENTED.get(letter, letter) for letter in letters)
    assert fold(accented) == fold(plain) == fold(plain.upper())


@pytest.mark.parametrize(
    ("name", "folded"),
    [
        ("Marie-Évangéline de La Tour d'Auvergne", "marie evangeline de la tour d auvergne"),
        ("D’Hondt", "d hondt"),  # typographic apostrophe
        ("Lætitia Cœur", "laetitia coeur"),
        ("STRAẞE Weiß", "strasse weiss"),
        ("  Jean--Baptiste  ", "jean baptiste"),
        ("Ǆenan", "dzenan"),
        ("", ""),
    ],
)
def test_folded_names(name: str, folded: str) -> None:
    assert fold(name) == folded


def test_words_split_names_on_every_separator() -> None:
    assert words("Van den Broeck-D'Hondt") == ["van", "den", "broeck", "d", "hondt"]
    assert words(" - ") == []
