"""`docs/architecture.md`, "Adding a screen", works as written.

The guide's example feature is written out, file by file, into a temporary folder that extends
the `app` and `ui.screens` packages; a facilitator then uses its screen on a kiosk built the
way every UI test builds one. A guide whose code no longer runs against the house fails here.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

import app
import ui.screens
from app.audit import recent_audit
from app.changes import Changes, Entity
from app.clock import utcnow
from app.context import AppContext
from app.facilitators.service import add_facilitator
from app.facilitators.types import FacilitatorSession
from app.onboarding.service import check_in, whos_here
from tests.ui.badge_helpers import add_person
from tests.ui.conftest import Kiosk, tap, wait_idle
from ui import catalogue, navigation
from ui.screens.whos_here.screen import WhosHereScreen

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "architecture.md"
SECTION = "Adding a screen"
# A file of the example: a fenced block whose info string names its path (the guide says so).
FILE_BLOCK = re.compile(r'^```python title="(?P<path>[^"]+)"\n(?P<code>.*?)^```$', re.M | re.S)
# Where the example's files go: the packages a feature extends.
PACKAGES = {"app/": app, "ui/screens/": ui.screens}


def example_files() -> dict[str, str]:
    """The example's files (path → source), in the guide's order."""
    text = GUIDE.read_text(encoding="utf-8")
    heading = f"\n## {SECTION}\n"
    assert heading in text, f"docs/architecture.md has no section {SECTION!r}"
    section = text.split(heading, 1)[1].split("\n## ", 1)[0]
    return {match["path"]: match["code"] for match in FILE_BLOCK.finditer(section)}


def module_name(path: str) -> str:
    return path.removesuffix(".py").removesuffix("/__init__").replace("/", ".")


@pytest.fixture
def example_feature(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The example written into `tmp_path` as part of `app` and `ui.screens`: the name of the
    screen it adds."""
    files = example_files()
    # The catalogue is read again with the example in it, and put back after.
    monkeypatch.setattr(catalogue, "_CATALOGUE", {})
    before = set(catalogue.screen_catalogue())
    monkeypatch.setattr(catalogue, "_CATALOGUE", {})
    for prefix, package in PACKAGES.items():
        written = [path for path in files if path.startswith(prefix)]
        assert written, f"the example has no file under {prefix}"
        for path in written:
            target = tmp_path / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(files[path], encoding="utf-8")
        monkeypatch.setattr(package, "__path__", [*package.__path__, str(tmp_path / prefix)])
    importlib.invalidate_caches()
    added = set(catalogue.screen_catalogue()) - before
    assert len(added) == 1, f"the example should add one screen, it adds {sorted(added)}"
    name = added.pop()
    yield name
    navigation._REGISTRY.pop(name, None)
    for path in files:
        sys.modules.pop(module_name(path), None)


def test_the_guides_example_screen_works_as_written(
    qtbot: QtBot,
    make_kiosk: Callable[..., Kiosk],
    kiosk_context: AppContext,
    example_feature: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for first_name, last_name in (("Camille", "Dupont"), ("Noor", "Haddad")):
        check_in(kiosk_context, add_person(kiosk_context, first_name, last_name), purpose="drop_in")
    account = add_facilitator(kiosk_context, "Dominique", "246813")
    kiosk = make_kiosk()
    shell, window = kiosk
    entry = shell.router.catalogue()[example_feature]
    assert entry.facilitator_tile is not None, "the example is a facilitator's screen"
    shell.start_facilitator(
        FacilitatorSession(account_id=account.account_id, name="Dominique", started_at=utcnow())
    )

    # Another screen that follows visits, built first: it must be told what the example did.
    shell.go("whos-here")
    here = window.navigator.page("whos-here")
    assert isinstance(here, WhosHereScreen)
    qtbot.waitUntil(lambda: len(here.rows) == 2)
    told: list[tuple[Changes, object]] = []
    follow = here.on_changes

    def on_changes(changes: Changes, initiator: object) -> None:
        told.append((changes, initiator))
        follow(changes, initiator)

    monkeypatch.setattr(here, "on_changes", on_changes)

    shell.go(example_feature)
    screen = window.navigator.page(example_feature)
    qtbot.waitUntil(lambda: screen.heading.text() == "2 person(s) still checked in")
    assert screen.check_out.isEnabled()

    tap(screen.check_out)
    qtbot.waitUntil(lambda: screen.outcome.text() == "2 person(s) checked out.")
    wait_idle(qtbot, shell)
    assert screen.heading.text() == "0 person(s) still checked in"
    assert not screen.check_out.isEnabled()
    assert whos_here(kiosk_context) == []
    assert ("check_out_everyone", "Dominique") in [
        (line.action, line.actor) for line in recent_audit(kiosk_context)
    ]
    assert [initiator for changes, initiator in told if changes.concerns(Entity.VISIT)] == [screen]
