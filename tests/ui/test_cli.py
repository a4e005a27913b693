"""`antenne screenshot`, and a first frame that needs no database."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from app.context import AppContext

ROOT = Path(__file__).resolve().parents[2]


def antenne(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env |= {
        "QT_QPA_PLATFORM": "offscreen",
        "ANTENNE_SEED_DEMO": "0",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_screenshot_lists_the_screens(tmp_path: Path) -> None:
    result = antenne("screenshot", "--list", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    names = result.stdout.split()
    assert {"attract", "home", "facilitator-login", "facilitator", "booklet"} <= set(names)


def test_screenshot_renders_a_png_of_the_asked_size(
    tmp_path: Path, kiosk_context: AppContext
) -> None:
    out = tmp_path / "home-nl.png"
    result = antenne(
        "screenshot", "--screen", "booklet", "--lang", "nl", "--size", "1366x768",
        "--large-text", "--db", str(kiosk_context.config.db_path), str(out),
        tmp_path=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 768)


def test_the_first_frame_needs_no_database(tmp_path: Path) -> None:
    """SQLAlchemy is slow to import: the kiosk draws its first frame without it."""
    code = f"""
import sys
from pathlib import Path
from app.config import load_config
from ui.app import build
config = load_config(environ={{}}, db_path=Path({str(tmp_path / "db.sqlite3")!r}))
shell, window = build(config)
window.show()
from PySide6.QtWidgets import QApplication
QApplication.processEvents()
assert shell.current_screen() == "attract"
heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "db", "alembic"))
print(heavy)
sys.exit(1 if heavy else 0)
"""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
