"""Cold start: process start to the home screen drawn, with 100 000 members in the database,
against a bare PySide6 window's start in the same run (docs/architecture.md, "Performance targets":
ratio ≤ 1.5).

Every child prints the wall-clock time of its first painted frame; the parent takes the time
just before it starts it. Runs alternate so that disk caches favour none.

A third child, for scale and not a target: the same picture drawn by plain PySide with no
application code (a main window, a top bar of six buttons, seven two-line buttons in a grid,
the kiosk's style sheet, QtSvg imported, PySide's `Qt` namespace never built, as the kiosk
builds it only after its first frame). What the kiosk costs above it is Antenne's own.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import bench_db, bench_env, emit

from ui.theme import Theme, build_stylesheet

RUNS = 15

# Both plain programs print the time of their first frame as the kiosk does: on the event loop's
# next turn after the window's first paint, once every widget of the frame is painted.
FIRST_PAINT = """
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self.report)
        return False

    def report(self):
        print("FIRST_FRAME", time.time(), flush=True)
        QApplication.instance().quit()
"""

BARE_WINDOW = (
    """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel
"""
    + FIRST_PAINT
    + """
app = QApplication(sys.argv)
window = QLabel("Bonjour")
window.resize(1920, 1080)
watcher = FirstPaint()
window.installEventFilter(watcher)
window.show()
app.exec()
"""
)


PLAIN_PYSIDE_EQUIVALENT = (
    """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QApplication, QGridLayout, QHBoxLayout, QMainWindow, QPushButton, QVBoxLayout, QWidget
)
from PySide6.QtSvg import QSvgRenderer
"""
    + FIRST_PAINT
    + """
app = QApplication(sys.argv)
with open(sys.argv[1], encoding="utf-8") as style:
    app.setStyleSheet(style.read())
window = QMainWindow()
central = QWidget()
column = QVBoxLayout(central)
top = QHBoxLayout()
column.addLayout(top)
for text in ("Accueil", "A", "C", "Français", "Nederlands", "English"):
    button = QPushButton(text)
    button.setProperty("focusPolicy", "TabFocus")  # as the kiosk does: `Qt` costs 14 ms
    top.addWidget(button)
home = QWidget()
grid = QGridLayout(home)
column.addWidget(home, 1)
for index in range(7):
    grid.addWidget(QPushButton(f"Tile {index}\\nWhat it is for"), index // 3, index % 3)
window.setCentralWidget(central)
window.resize(1920, 1080)
watcher = FirstPaint()
window.installEventFilter(watcher)
window.show()
app.exec()
"""
)


# `antenne run --windowed --start-screen home`. The kiosk itself waits for its first frame
# (`ui.app.AfterFirstPaint`) before it opens the database and loads the other screens; the
# time is taken there, and the kiosk quits instead of going on. The watcher is put in place
# once the configuration is loaded, where `antenne run` itself first imports Qt: importing Qt
# earlier would change what the kiosk's start costs.
KIOSK = """
import sys, time
from app import config as app_config

def watch_first_frame():
    from PySide6.QtWidgets import QApplication
    import ui.app

    after_first_paint = ui.app.AfterFirstPaint.__init__

    def init(self, widget, then):
        def report():
            assert widget.navigator.current().name == "home"
            print("FIRST_FRAME", time.time(), flush=True)
            QApplication.instance().quit()

        after_first_paint(self, widget, report)

    ui.app.AfterFirstPaint.__init__ = init

load_config = app_config.load_config

def load_and_watch(*args, **kwargs):
    config = load_config(*args, **kwargs)
    watch_first_frame()
    return config

app_config.load_config = load_and_watch
from app.cli import main
sys.exit(main(["run", "--windowed", "--start-screen", "home"]))
"""


def first_frame(cmd: list[str], env: dict[str, str]) -> float:
    start = time.time()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120, check=True)
    for line in proc.stdout.splitlines():
        if line.startswith("FIRST_FRAME"):
            return float(line.split()[1]) - start
    raise RuntimeError(f"no first frame reported: {proc.stdout!r} {proc.stderr!r}")


def main() -> None:
    db = bench_db()
    env = bench_env(db)
    kiosk_cmd = [sys.executable, "-c", KIOSK]
    bare_cmd = [sys.executable, "-c", BARE_WINDOW]
    with tempfile.TemporaryDirectory() as folder:
        style = Path(folder) / "kiosk.qss"
        style.write_text(build_stylesheet(Theme()), encoding="utf-8")
        plain_cmd = [sys.executable, "-c", PLAIN_PYSIDE_EQUIVALENT, str(style)]
        for cmd in (bare_cmd, kiosk_cmd, plain_cmd):
            first_frame(cmd, env)  # warm the disk cache for all
        bare, kiosk, plain = [], [], []
        for _ in range(RUNS):
            bare.append(first_frame(bare_cmd, env))
            kiosk.append(first_frame(kiosk_cmd, env))
            plain.append(first_frame(plain_cmd, env))
    bare_s, kiosk_s = statistics.median(bare), statistics.median(kiosk)
    plain_s = statistics.median(plain)
    emit("cold_start_bare_window", bare_s * 1000, "ms", runs=RUNS)
    emit(
        "cold_start_plain_pyside_equivalent",
        plain_s * 1000,
        "ms",
        runs=RUNS,
        baseline="cold_start_bare_window",
        ratio=round(plain_s / bare_s, 3),
    )
    emit(
        "cold_start_home_100k",
        kiosk_s * 1000,
        "ms",
        runs=RUNS,
        baseline="cold_start_bare_window",
        ratio=round(kiosk_s / bare_s, 3),
        target_ratio=1.5,
    )


if __name__ == "__main__":
    main()
