"""No import circles: within and between `app`, `db`, `hub` and `ui`, no module ever imports
itself back through other modules.

What counts as an import:
- Every import statement that runs, including those inside functions. A lazy import (kept off
  a module's top level so the kiosk draws its first frame sooner) still runs at some point, and
  a circle through it breaks the day someone moves it to the top or runs the modules in another
  order. Circles are broken by moving code, never by excluding an import from this test.
- A package's `__init__` importing its own submodules, like any other module (grimp records it).
  The implicit import of a package by its submodules is left out: Python runs the package's
  `__init__` before the submodule, and it is never a circle unless it is also written down.
- Imports under `TYPE_CHECKING` never run, so they cannot fail at import time; they are checked
  as a second graph ("typing"), because two modules that each need the other's names are still
  one knot to untie.

Each root package is a case: a circle counts for every root package it passes through.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator, Mapping, Set
from functools import cache
from pathlib import Path

import pytest

ROOTS = ("app", "ui", "db", "hub")
PROJECT = Path(__file__).resolve().parents[2]
Graph = Mapping[str, Set[str]]

# grimp finds a package through the running interpreter's modules, and in a pytest run a test
# may have extended them (tests/ui/test_architecture_guide.py adds a feature to `app` and
# `ui.screens`): the graph is built in a fresh interpreter at the project's root.
_BUILD = """
import json, sys
import grimp
graph = grimp.build_graph(
    *sys.argv[2:], exclude_type_checking_imports=sys.argv[1] == "runtime", cache_dir=None
)
json.dump(
    {m: sorted(graph.find_modules_directly_imported_by(m) & graph.modules) for m in graph.modules},
    sys.stdout,
)
"""


@cache
def import_graph(kind: str) -> Graph:
    """Each module of ours and the modules of ours it imports (`kind`: "runtime" leaves out
    the imports under `TYPE_CHECKING`, "typing" keeps them)."""
    built = subprocess.run(
        [sys.executable, "-c", _BUILD, kind, *ROOTS],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        check=True,
    )
    return {module: set(imported) for module, imported in json.loads(built.stdout).items()}


def strongly_connected(graph: Graph) -> Iterator[list[str]]:
    """Tarjan's strongly connected components of `graph`, iteratively (no recursion limit),
    keeping only the circles: more than one module, or a module importing itself."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            module, successors = work[-1]
            successor = next(successors, None)
            if successor is not None:
                if successor not in index:
                    index[successor] = low[successor] = len(index)
                    stack.append(successor)
                    on_stack.add(successor)
                    work.append((successor, iter(sorted(graph[successor]))))
                elif successor in on_stack:
                    low[module] = min(low[module], index[successor])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[module])
            if low[module] == index[module]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == module:
                        break
                if len(component) > 1 or module in graph[module]:
                    yield sorted(component)


def describe(component: list[str], graph: Graph) -> str:
    """The modules of a circle, each with what it imports inside the circle."""
    members = set(component)
    return "\n".join(
        f"  {module} -> {', '.join(sorted(graph[module] & members))}" for module in component
    )


def test_strongly_connected_finds_circles_and_only_them() -> None:
    graph = {
        "a": {"b"},
        "b": {"c"},
        "c": {"a", "d"},
        "d": {"e"},
        "e": set(),
        "f": {"f"},
        "g": {"d"},
    }
    assert sorted(strongly_connected(graph)) == [["a", "b", "c"], ["f"]]


def _cases() -> Iterator[object]:
    for kind in ("runtime", "typing"):
        for root in ROOTS:
            yield pytest.param(root, kind, id=f"{root}-{kind}")


@pytest.mark.parametrize(("root", "kind"), list(_cases()))
def test_no_import_circle(root: str, kind: str) -> None:
    graph = import_graph(kind)
    assert root in graph, f"grimp did not find the {root} package"
    circles = [
        component
        for component in strongly_connected(graph)
        if any(module == root or module.startswith(f"{root}.") for module in component)
    ]
    assert not circles, f"{len(circles)} import circle(s) through {root} ({kind}):\n" + "\n".join(
        describe(component, graph) for component in circles
    )
