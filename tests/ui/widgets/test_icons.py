"""Levels and journey steps each have their own icon, all from the one SVG set (Lucide)."""

from __future__ import annotations

from db.journey_steps import DEFAULT_STEPS, FIRST_AGENDA_ITEM_TREATED
from ui.theme import LEVELS
from ui.widgets.icons import (
    ICONS_DIR,
    LEVEL_ICONS,
    STEP_ICON_DEFAULT,
    STEP_ICONS,
    badged_icon,
    step_icon,
)


def test_each_participation_level_has_its_own_icon() -> None:
    assert set(LEVEL_ICONS) == set(LEVELS)
    assert len(set(LEVEL_ICONS.values())) == len(LEVELS)


def test_each_journey_step_has_its_own_icon() -> None:
    slugs = list(dict.fromkeys(step.slug for step in (*DEFAULT_STEPS, FIRST_AGENDA_ITEM_TREATED)))
    assert set(slugs) <= set(STEP_ICONS)
    icons = [step_icon(slug) for slug in slugs]
    assert len(set(icons)) == len(icons)
    assert STEP_ICON_DEFAULT not in icons


def test_a_step_the_hub_added_later_still_gets_an_icon() -> None:
    assert step_icon("a-step-from-next-year") == STEP_ICON_DEFAULT
    assert step_icon("") == STEP_ICON_DEFAULT


def test_every_icon_comes_from_the_lucide_set_with_its_licence() -> None:
    names = {*LEVEL_ICONS.values(), *STEP_ICONS.values(), STEP_ICON_DEFAULT, "check"}
    assert (ICONS_DIR / "LICENSE-lucide").is_file()
    for path in sorted(ICONS_DIR.glob("*.svg")):
        text = path.read_text(encoding="utf-8")
        assert text.startswith("<!-- @license lucide-static"), path.name
        assert 'stroke="currentColor"' in text, path.name
    assert all((ICONS_DIR / f"{name}.svg").is_file() for name in names)


def test_a_badged_icon_is_square_and_painted(qapp: object) -> None:
    pixmap = badged_icon("award", "#0B5C6B", ("check", "#1D1B26"), 48)
    assert (pixmap.width(), pixmap.height()) == (48, 48)
    image = pixmap.toImage()
    assert any(image.pixelColor(x, y).alpha() for x in range(48) for y in range(48))
