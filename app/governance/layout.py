"""Where each body's card sits on the governance map: a layered (Sugiyama) drawing by grandalf,
kept stable from one sync to the next (docs/architecture.md, "Governance").

The layout is grandalf's, not ours: we only feed it the cards and links, and, when the map is
laid out again after a sync, keep every card that was already placed where it was. A new body
goes where grandalf puts it, moved by as much as its nearest placed neighbour was, then nudged
sideways until it overlaps nobody: a body added does not throw the others about.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence

from grandalf.graphs import Edge, Graph, Vertex
from grandalf.layouts import SugiyamaLayout

Point = tuple[float, float]

CARD_WIDTH = 420.0
CARD_HEIGHT = 200.0
GAP_X = 80.0
GAP_Y = 140.0


class _Box:
    """What grandalf reads and writes on a vertex's `view`: its size, then its centre."""

    def __init__(self) -> None:
        self.w = CARD_WIDTH + GAP_X
        self.h = CARD_HEIGHT
        self.xy: Point = (0.0, 0.0)


def _sugiyama(
    nodes: Sequence[uuid.UUID], edges: Iterable[tuple[uuid.UUID, uuid.UUID]]
) -> dict[uuid.UUID, Point]:
    """Every node's centre in grandalf's layered drawing; components side by side."""
    vertices = {node: Vertex(node) for node in nodes}
    for vertex in vertices.values():
        vertex.view = _Box()
    seen: set[tuple[uuid.UUID, uuid.UUID]] = set()
    graph_edges = []
    for source, target in edges:
        # One edge per pair and direction whatever the links' kinds; a pair linked both ways
        # (elects / reports to) is one layer apart, which grandalf settles by reversing one.
        if source != target and (source, target) not in seen and (target, source) not in seen:
            seen.add((source, target))
            graph_edges.append(Edge(vertices[source], vertices[target]))
    graph = Graph(list(vertices.values()), graph_edges)
    positions: dict[uuid.UUID, Point] = {}
    left = 0.0
    for component in graph.C:
        sugiyama = SugiyamaLayout(component)
        sugiyama.yspace = GAP_Y
        sugiyama.xspace = 0
        sugiyama.init_all()
        sugiyama.draw(3)
        placed = {v.data: v.view.xy for v in component.sV}
        low = min(x for x, _ in placed.values()) - CARD_WIDTH / 2
        high = max(x for x, _ in placed.values()) + CARD_WIDTH / 2
        for node, (x, y) in placed.items():
            positions[node] = (x - low + left, y)
        left += high - low + GAP_X * 2
    return positions


def _overlaps(point: Point, others: Iterable[Point]) -> bool:
    x, y = point
    return any(
        abs(x - ox) < CARD_WIDTH + GAP_X / 2 and abs(y - oy) < CARD_HEIGHT + GAP_Y / 2
        for ox, oy in others
    )


def lay_out(
    nodes: Sequence[uuid.UUID],
    edges: Sequence[tuple[uuid.UUID, uuid.UUID]],
    known: Mapping[uuid.UUID, Point] | None = None,
) -> dict[uuid.UUID, Point]:
    """The centre of every node's card. Nodes in `known` keep their place; the others are laid
    out around them. `nodes` in the map's order (the same order gives the same drawing)."""
    present = set(nodes)
    known = {node: point for node, point in (known or {}).items() if node in present}
    if not nodes:
        return {}
    drawn = _sugiyama(nodes, edges)
    if not known:
        return drawn
    neighbours: dict[uuid.UUID, list[uuid.UUID]] = {node: [] for node in nodes}
    for source, target in edges:
        neighbours[source].append(target)
        neighbours[target].append(source)
    placed = dict(known)
    for node in nodes:
        if node in placed:
            continue
        x, y = drawn[node]
        anchor = next((other for other in neighbours[node] if other in known), None)
        if anchor is not None:
            # Where grandalf put it relative to a neighbour that kept its place.
            x += known[anchor][0] - drawn[anchor][0]
            y += known[anchor][1] - drawn[anchor][1]
        while _overlaps((x, y), placed.values()):
            x += CARD_WIDTH + GAP_X
        placed[node] = (x, y)
    return placed
