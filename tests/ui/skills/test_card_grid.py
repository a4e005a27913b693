"""The board's grid of cards builds what a window shows at once and the rest on the event
loop's next turn (ui/screens/skills/widgets.py, `CardGrid`)."""

from __future__ import annotations

import uuid
from datetime import date

from pytestqt.qtbot import QtBot

from app.skills.types import Level, Modality, PostCard, PostKind
from ui.screens.skills.widgets import FIRST_CARDS, FIRST_ROWS, CardGrid


def _card(number: int, *, photo: bool = False) -> PostCard:
    person = uuid.UUID(int=1000 + number)
    return PostCard(
        id=uuid.UUID(int=number),
        kind=PostKind.offer,
        title=f"Atelier {number}",
        summary="",
        language="fr",
        modality=Modality.either,
        level=Level.confirmed,
        availability="",
        tags=(),
        other_tag="",
        person_id=person,
        author="Camille D.",
        author_photo_id=person if photo else None,
        antenna_name="Rennes",
        same_antenna=True,
        expires_on=date(2027, 1, 1),
        confirmed_on=date(2026, 12, 1),
        in_room=False,
    )


def _grid(qtbot: QtBot, columns: int) -> CardGrid:
    grid = CardGrid()
    qtbot.addWidget(grid)
    grid.set_columns(columns)
    grid.show()
    return grid


def test_the_cards_in_sight_come_at_once_the_rest_a_turn_later(qtbot: QtBot) -> None:
    grid = _grid(qtbot, 4)
    cards = [_card(n) for n in range(12)]
    grid.add(cards[:10], "fr")
    first = max(4 * FIRST_ROWS, FIRST_CARDS)
    assert [w.card.id for w in grid.cards] == [c.id for c in cards[:first]]
    assert [c.id for c in grid.posts()] == [c.id for c in cards[:10]]
    qtbot.waitUntil(lambda: len(grid.cards) == 10)
    assert [w.card.id for w in grid.cards] == [c.id for c in cards[:10]]
    # "Show more": the added ones come after, none rebuilt.
    kept = list(grid.cards)
    grid.add(cards[10:], "fr")
    assert grid.cards == kept
    qtbot.waitUntil(lambda: len(grid.cards) == 12)
    assert grid.cards[:10] == kept
    positions = [grid.grid.getItemPosition(grid.grid.indexOf(w))[:2] for w in grid.cards]
    assert positions == [(n // 4, n % 4) for n in range(12)]


def test_a_narrow_grid_builds_at_least_a_screenful(qtbot: QtBot) -> None:
    grid = _grid(qtbot, 1)
    grid.add([_card(n) for n in range(FIRST_CARDS + 3)], "fr")
    assert len(grid.cards) == FIRST_CARDS


def test_clearing_drops_the_cards_still_to_build(qtbot: QtBot) -> None:
    grid = _grid(qtbot, 3)
    grid.add([_card(n) for n in range(20)], "fr")
    grid.clear()
    grid.add([_card(100)], "fr")
    qtbot.wait(50)
    assert [w.card.id for w in grid.cards] == [uuid.UUID(int=100)]
    assert [c.id for c in grid.posts()] == [uuid.UUID(int=100)]


def test_a_photo_known_before_a_card_is_built_is_shown_on_it(qtbot: QtBot) -> None:
    from tests.ui.skills.helpers import tiny_png

    grid = _grid(qtbot, 3)
    cards = [_card(n, photo=n == 15) for n in range(16)]
    grid.add(cards, "fr")
    assert len(grid.cards) < 16
    grid.set_photos({cards[15].person_id: tiny_png(), cards[0].person_id: tiny_png()})
    # A card added to the layout shows on the turn after it is built.
    qtbot.waitUntil(lambda: len(grid.cards) == 16 and grid.cards[15].isVisible())
    assert grid.cards[15].photo.isVisibleTo(grid)
    # Without the author's consent (no `author_photo_id`), never.
    assert not grid.cards[0].photo.isVisibleTo(grid)
