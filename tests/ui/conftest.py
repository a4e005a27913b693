"""UI tests drive the kiosk like a finger: tap, type, wait for what the screen shows."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.context import AppContext
from ui.app import build
from ui.main_window import MainWindow
from ui.screenshots import Renderer
from ui.shell import Shell

Kiosk = tuple[Shell, MainWindow]

# The offscreen platform warns that it cannot resize to a widget's size hints; harmless.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture
def make_kiosk(qtbot: QtBot, kiosk_context: AppContext) -> Iterator[Callable[..., Kiosk]]:
    """Build the kiosk on the test database; keyword arguments change the configuration."""
    built: list[Kiosk] = []

    def make(**config_changes: object) -> Kiosk:
        context = replace(kiosk_context, config=kiosk_context.config.with_changes(**config_changes))
        shell, window = build(context.config, context=context)
        qtbot.add_widget(window)
        window.resize(1920, 1080)
        window.show()
        qtbot.wait_exposed(window)
        built.append((shell, window))
        return shell, window

    yield make
    for shell, window in built:
        window.close()
        shell.translations.uninstall()
    # A kiosk freezes the heap once its screens' modules are loaded (`Navigator.preload`): its
    # objects go with the test, so the collector may reclaim them again.
    gc.unfreeze()


@pytest.fixture
def kiosk(make_kiosk: Callable[..., Kiosk]) -> Kiosk:
    return make_kiosk()


def tap(widget: QWidget, at: QPoint | None = None) -> None:
    """A finger on `widget` (its centre unless told).

    Layouts pending from what just changed are settled first: nobody taps a button before it
    is drawn where it goes, and a click on its old place would land on something else. A
    button a layout just took shows on the event loop's next turn (a queued call): nobody taps
    it before it shows (a click on it before then is lost), so the finger waits for it a few
    turns."""
    for _ in range(20):
        if widget.isVisible():
            break
        QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    point = at if at is not None else widget.rect().center()
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)


def wait_idle(qtbot: QtBot, shell: Shell) -> None:
    """Wait until every background task has handed its result back."""
    qtbot.waitUntil(lambda: not shell.tasks.busy and shell.tasks.context is not None)


@pytest.fixture(scope="module")
def demo_renderer(
    qapp: QApplication, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Renderer]:
    """Every screen in its screenshot state (`Renderer.show`), on the demo antenne: one kiosk
    for a whole test module."""
    from app.application import open_context
    from tests.helpers.kiosk import kiosk_config

    folder = tmp_path_factory.mktemp("demo")
    config = kiosk_config(folder).with_changes(
        db_path=folder / "demo.sqlite3", seed_demo=True, virtual_keyboard=False
    )
    context = open_context(config)
    shown = Renderer(config, context)
    yield shown
    shown.close()
    context.db.dispose()
