"""Colours and sizes come from one set of tokens; every text is legible on its background."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontDatabase

from ui.theme import (
    FONT_FAMILY,
    HIGH_CONTRAST,
    LARGE_TEXT_SCALE,
    NORMAL,
    Palette,
    Theme,
    contrast_ratio,
    load_fonts,
)


@pytest.mark.parametrize(
    ("palette", "minimum"), [(NORMAL, 4.5), (HIGH_CONTRAST, 7.0)], ids=["normal", "high-contrast"]
)
def test_every_text_colour_is_legible_on_its_background(palette: Palette, minimum: float) -> None:
    too_low = {
        what: round(contrast_ratio(text, background), 2)
        for what, text, background in palette.text_pairs()
        if contrast_ratio(text, background) < minimum
    }
    assert too_low == {}


def test_the_contrast_formula_matches_the_design_figures() -> None:
    assert round(contrast_ratio("#1D1B26", "#FBF7F0"), 1) == 15.9
    assert round(contrast_ratio("#FFFFFF", "#0B5C6B"), 1) == 7.6
    assert round(contrast_ratio("#FFFFFF", "#000000"), 1) == 21.0


@pytest.mark.parametrize("large_text", [False, True])
@pytest.mark.parametrize("high_contrast", [False, True])
def test_the_style_sheet_is_complete_in_every_mode(large_text: bool, high_contrast: bool) -> None:
    theme = Theme.make(large_text=large_text, high_contrast=high_contrast)
    qss = theme.stylesheet()
    assert "$" not in qss
    assert theme.palette.paper in qss
    assert f"{theme.metrics.text()}px" in qss


def test_large_text_scales_the_base_size_and_keeps_touch_targets() -> None:
    normal, large = Theme.make(), Theme.make(large_text=True)
    assert normal.metrics.text() == 22
    assert large.metrics.text() == round(22 * LARGE_TEXT_SCALE)
    assert normal.metrics.touch_min >= 56
    assert all(value % 8 == 0 for value in (normal.metrics.space(1), normal.metrics.space(6)))


def test_atkinson_hyperlegible_comes_from_its_package(qapp: object) -> None:
    family = load_fonts()
    assert family == FONT_FAMILY
    assert "Bold" in QFontDatabase.styles(family)
