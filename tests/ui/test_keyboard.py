"""The on-screen keyboard leaves the screens room (`ui.keyboard`): the field typed in and the
first thing it finds stay above it, at the three sizes, in Dutch with large text.

Qt Virtual Keyboard shows only on a real display: the check runs in a process of its own
under Xvfb (`keyboard_probe.py`), and is skipped, saying why, where Xvfb is not installed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from tests.ui.conftest import Kiosk
from ui.keyboard import ABOVE_FIELD, FIRST_FIND_SHOWN, reveal
from ui.screenshots import has_virtual_display

ROOT = Path(__file__).resolve().parents[2]
PROBE = Path(__file__).resolve().parent / "keyboard_probe.py"

FINDING = ("checkin-search", "skills-search", "badges")
"""Screens whose screenshot state has typed something that finds: the first find must show."""
TYPING = ("register", "skill-new", "agenda-propose", "session-host-propose", "skill-intro")


def probe(db: Path, size: str, screens: tuple[str, ...]) -> list[dict[str, object]]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(
        [sys.executable, str(PROBE), str(db), size, "nl", *screens],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("keyboard") / "demo.sqlite3"
    made = subprocess.run(
        [sys.executable, "-m", "app.cli", "demo", "--db", str(db)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert made.returncode == 0, made.stderr
    return db


NO_DISPLAY = "Qt Virtual Keyboard needs Xvfb and the xcb libraries (xvfb, libxcb-cursor0…)"


@pytest.mark.skipif(not has_virtual_display(), reason=NO_DISPLAY)
@pytest.mark.parametrize("size", ["1920x1080", "1366x768", "1080x1920"])
def test_the_field_typed_in_and_what_it_finds_stay_above_the_keyboard(
    demo_db: Path, size: str
) -> None:
    reports = probe(demo_db, size, FINDING + TYPING)
    assert [report["screen"] for report in reports] == list(FINDING + TYPING)
    problems = []
    for report in reports:
        name = report["screen"]
        _, ky, _, kh = report["keyboard"]
        _, _, width, height = report["window"]
        # The keyboard shows, at the bottom, and leaves most of the screen.
        assert kh > 0 and ky + kh == height, report
        assert kh <= 0.41 * height, report
        fx, fy, fw, fh = report["field"]
        if not (fy >= 0 and fy + fh <= ky and fx >= 0 and fx + fw <= width):
            problems.append(
                f"{name}: the field {report['field']} is not above {report['keyboard']}"
            )
        result = report["result"]
        if name in FINDING:
            if result is None:
                problems.append(f"{name}: nothing found shows")
            else:
                _, ry, _, rh = result
                if not (ry >= fy + fh and ry + min(rh, FIRST_FIND_SHOWN) <= ky):
                    problems.append(
                        f"{name}: the first found {result} is not above {report['keyboard']}"
                    )
        # The top bar steps aside only where the room is short.
        assert report["top_bar"] == (height - kh >= 560), report
    assert not problems, "\n".join(problems)


def test_a_field_low_on_a_long_screen_scrolls_to_the_top_with_its_label(
    qtbot: QtBot, kiosk: Kiosk
) -> None:
    # What the keyboard's room does once the screen is shorter, without the keyboard: the
    # first visit form at 1366×768 in large text, its last field revealed.
    shell, window = kiosk
    shell.set_modes(large_text=True)
    window.setFixedSize(1366, 500)
    shell.go("register")
    screen = window.navigator.current()
    fields = [field for field in screen.findChildren(QLineEdit) if field.isVisibleTo(screen)]
    last = fields[-1]
    host = screen.host
    assert host is not None
    qtbot.waitUntil(lambda: host.verticalScrollBar().maximum() > 0)
    host.scroll_to_top()
    reveal(last)
    top = last.mapTo(host.viewport(), last.rect().topLeft()).y()
    assert 0 <= top <= ABOVE_FIELD + 1
    # Revealed already: it stays where it is.
    value = host.verticalScrollBar().value()
    reveal(last)
    assert host.verticalScrollBar().value() == value


@pytest.mark.skipif(not has_virtual_display(), reason=NO_DISPLAY)
def test_a_screenshot_with_the_keyboard_shows_it_under_the_screen(
    demo_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "checkin-search-keyboard.png"
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"))
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(
        [
            *(sys.executable, "-m", "app.cli", "screenshot", "--db", str(demo_db)),
            *("--keyboard", "--screen", "checkin-search", "--lang", "fr", "--size", "1366x768"),
            str(out),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 768)
    # The keyboard's dark keys at the bottom centre; the screen's light paper at the top.
    assert image.pixelColor(683, 740).lightness() < 100
    assert image.pixelColor(683, 5).lightness() > 200
