"""The map's layout: grandalf's drawing, kept stable when the map changes."""

from __future__ import annotations

import uuid

from hypothesis import given, settings
from hypothesis import strategies as st

from app.governance.layout import CARD_HEIGHT, CARD_WIDTH, lay_out

IDS = [uuid.UUID(int=index + 1) for index in range(12)]
EDGES = [(IDS[0], IDS[1]), (IDS[1], IDS[0]), (IDS[1], IDS[2]), (IDS[3], IDS[1]), (IDS[3], IDS[4])]


def _apart(positions: dict[uuid.UUID, tuple[float, float]]) -> bool:
    points = list(positions.values())
    return all(
        abs(a[0] - b[0]) >= CARD_WIDTH or abs(a[1] - b[1]) >= CARD_HEIGHT
        for index, a in enumerate(points)
        for b in points[index + 1 :]
    )


def test_the_same_map_gives_the_same_drawing_without_overlaps() -> None:
    nodes = IDS[:6]
    first = lay_out(nodes, EDGES)
    assert first == lay_out(nodes, EDGES)
    assert set(first) == set(nodes)
    assert _apart(first)
    # Linked bodies are on different layers.
    assert first[IDS[1]][1] != first[IDS[2]][1]


def test_a_body_added_does_not_move_the_others() -> None:
    before = lay_out(IDS[:6], EDGES)
    after = lay_out(IDS[:7], [*EDGES, (IDS[2], IDS[6])], before)
    assert all(after[node] == before[node] for node in IDS[:6])
    assert _apart(after)


def test_a_body_removed_leaves_the_others_in_place() -> None:
    before = lay_out(IDS[:6], EDGES)
    kept = [node for node in IDS[:6] if node != IDS[4]]
    after = lay_out(kept, [e for e in EDGES if IDS[4] not in e], before)
    assert set(after) == set(kept)
    assert all(after[node] == before[node] for node in kept)


def test_nothing_to_draw() -> None:
    assert lay_out([], []) == {}


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=1, max_value=12),
    st.lists(st.tuples(st.integers(0, 11), st.integers(0, 11)), max_size=20),
    st.integers(min_value=1, max_value=4),
)
def test_bodies_added_one_sync_after_another_never_overlap_nor_move_the_others(
    size: int, pairs: list[tuple[int, int]], added: int
) -> None:
    edges = [(IDS[a], IDS[b]) for a, b in pairs if a < size and b < size]
    before = lay_out(IDS[:size], edges)
    grown = IDS[: min(12, size + added)]
    more = [(IDS[a], IDS[b]) for a, b in pairs if a < len(grown) and b < len(grown)]
    after = lay_out(grown, more, before)
    assert all(after[node] == before[node] for node in IDS[:size])
    assert _apart(after)
