"""The on-screen keyboard (Qt Virtual Keyboard) and the room it leaves the screens.

The keyboard is a window of its own over the bottom of the screen (`QT_IM_MODULE=
qtvirtualkeyboard`, `ui.app.run`): nothing in a widget application moves out of its way by
itself. `KeyboardRoom` shrinks the screens' area by the height the keyboard covers, so a screen
lays itself out above it (its pinned buttons included), and scrolls the field being typed in to
the top of that room, with what follows it (the names found, the list filtered) under it. It
also sets the keyboard's layout to the kiosk's language (AZERTY in French).

docs/architecture.md, "The on-screen keyboard".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QRect, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

if TYPE_CHECKING:
    from PySide6.QtQuick import QQuickItem
    from PySide6.QtWidgets import QBoxLayout

    from ui.navigation import Screen
    from ui.shell import Shell

KEYBOARD_LOCALES = {"fr": "fr_FR", "nl": "nl_NL", "en": "en_GB"}
"""The keyboard's layout for each of the kiosk's languages (Qt Virtual Keyboard's names)."""

MOST_OF_HEIGHT = 0.4
"""The keyboard's greatest share of the screen's height: on a wide screen it keeps its shape,
narrower and centred, and leaves the screens room (its keys stay over 80 px wide at 1366×768)."""

ROOM_WITH_BAR = 560
"""The least height left above the keyboard for the top bar to stay: below it (1366×768) the
top bar steps aside while the keyboard shows, and the screen being typed in has the room."""

ABOVE_FIELD = 72
"""Room kept over a revealed field: its label shows above it."""
UNDER_FIELD = 240
"""Room a revealed field wants under it: the first names found, the first posts."""
FIRST_FIND_SHOWN = 56
"""How much of the first thing found (`Screen.keyboard_result`) a revealed field brings into
view under it, when the field stays in view: its first line."""

_SETTINGS_QML = b"""
import QtQuick
import QtQuick.VirtualKeyboard.Settings
QtObject {
    function use(name) {
        if (VirtualKeyboardSettings.availableLocales.indexOf(name) < 0)
            return false
        // Set anew even when unchanged: the keyboard may have loaded its layouts since.
        VirtualKeyboardSettings.locale = ""
        VirtualKeyboardSettings.locale = name
        return true
    }
}
"""


def keyboard_rect() -> QRect:
    """Where the on-screen keyboard is, in the screen's coordinates (empty while it is hidden).
    Qt Virtual Keyboard's desktop panel is a window over the whole screen, so the rectangle
    it reports is the screen's."""
    method = QGuiApplication.inputMethod()
    if not method.isVisible():
        return QRect()
    return method.keyboardRectangle().toAlignedRect()


def covered_height(window: QWidget) -> int:
    """How much of `window`'s bottom the on-screen keyboard hides."""
    rect = keyboard_rect()
    if rect.isEmpty():
        return 0
    top = window.mapFromGlobal(rect.topLeft()).y()
    return max(0, min(window.height(), window.height() - top))


def reveal(field: QWidget) -> None:
    """Scroll every scroll area holding `field` so that it shows near the top, its label above
    it and what it finds below it, unless it shows so already."""
    child: QWidget = field
    while (parent := child.parentWidget()) is not None:
        child = parent
        if not isinstance(parent, QScrollArea):
            continue
        content = parent.widget()
        if content is None or not content.isAncestorOf(field):
            continue
        bar = parent.verticalScrollBar()
        seen = parent.viewport().height()
        top = field.mapTo(content, QPoint(0, 0)).y()
        wanted_below = min(UNDER_FIELD, max(0, seen - field.height() - ABOVE_FIELD))
        if top - ABOVE_FIELD < bar.value() or top + field.height() + wanted_below > (
            bar.value() + seen
        ):
            bar.setValue(top - ABOVE_FIELD)


def reveal_first_find(field: QWidget, screen: Screen) -> None:
    """Scroll `screen` a little further when the first thing found under `field` (filters
    between them, in a narrow layout) is out of the room, as far as `field` stays in it."""
    host = screen.host
    found = screen.keyboard_result()
    if host is None or found is None or not host.isAncestorOf(field):
        return
    viewport = host.viewport()
    top = screen.mapTo(viewport, found.topLeft()).y()
    short = top + min(found.height(), FIRST_FIND_SHOWN) - viewport.height()
    room_above = field.mapTo(viewport, QPoint(0, 0)).y() - 8
    step = min(short, room_above)
    if step > 0:
        bar = host.verticalScrollBar()
        bar.setValue(bar.value() + step)


def screen_of(widget: QWidget) -> Screen | None:
    """The kiosk screen `widget` is on."""
    from ui.navigation import Screen

    parent: QWidget | None = widget
    while parent is not None and not isinstance(parent, Screen):
        parent = parent.parentWidget()
    return parent


def takes_text(widget: QWidget | None) -> bool:
    """Whether `widget` is a field the on-screen keyboard types into."""
    if widget is None:
        return False
    from PySide6.QtCore import Qt

    return widget.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)


class KeyboardRoom(QObject):
    """Keeps the screens above the on-screen keyboard while it shows (see the module)."""

    sig_room_changed = Signal()
    """The keyboard showed, hid or moved: `covered` and `short` changed."""

    def __init__(self, window: QWidget, layout: QBoxLayout, shell: Shell) -> None:
        super().__init__(window)
        self._window = window
        self._layout = layout
        self._shell = shell
        self._covered = 0
        self._settings: QObject | None = None
        self._panel: QQuickItem | None = None
        self._shape = 0.0
        """The keyboard's height over its width."""
        self._wanted = ""
        """The layout asked for and not taken yet (the keyboard loads its layouts after it
        first shows, forgetting a setting made before); then "": its globe key is obeyed."""
        method = QGuiApplication.inputMethod()
        method.visibleChanged.connect(self._keyboard_moved)
        method.keyboardRectangleChanged.connect(self._keyboard_moved)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        shell.sig_language_changed.connect(self._use_language)

    @property
    def covered(self) -> int:
        """The height taken from the screens for the keyboard (0 while it is hidden)."""
        return self._covered

    @property
    def short(self) -> bool:
        """Whether the room left above the keyboard is too short to keep the top bar."""
        return bool(self._covered) and self._window.height() - self._covered < ROOM_WITH_BAR

    def layout_locale(self) -> str:
        """The keyboard's layout now (Qt Virtual Keyboard's name; "" before it first shows)."""
        from PySide6.QtQuick import QQuickItem

        keyboard = self._panel.findChild(QQuickItem, "keyboard") if self._panel else None
        value = keyboard.property("locale") if keyboard is not None else None
        return value if isinstance(value, str) else ""

    def _keyboard_moved(self) -> None:
        if self._panel is None and QGuiApplication.inputMethod().isVisible():
            # The keyboard's own window exists from its first showing on.
            self._find_panel()
            self._use_language(self._shell.language)
        self._fit_panel()
        covered = covered_height(self._window)
        if covered == self._covered:
            return
        self._covered = covered
        margins = self._layout.contentsMargins()
        self._layout.setContentsMargins(margins.left(), margins.top(), margins.right(), covered)
        self.sig_room_changed.emit()
        self._layout.activate()
        if covered:
            # Once the screens have been laid out in the smaller room.
            QTimer.singleShot(0, self, self.reveal_focus)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._covered and takes_text(new) and new is not None and new.window() is self._window:
            QTimer.singleShot(0, self, self.reveal_focus)

    def reveal_focus(self) -> None:
        """Scroll the field being typed in into the room above the keyboard."""
        focus = QApplication.focusWidget()
        if takes_text(focus) and focus is not None and focus.window() is self._window:
            reveal(focus)
            screen = screen_of(focus)
            if screen is not None:
                reveal_first_find(focus, screen)

    def _use_language(self, language: str) -> None:
        """The keyboard's layout follows the kiosk's language (its globe key still switches)."""
        name = KEYBOARD_LOCALES.get(language, "")
        if not name or self._settings is None:
            return
        from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, QMetaObject

        self._wanted = name
        QMetaObject.invokeMethod(
            self._settings, "use", Q_RETURN_ARG("QVariant"), Q_ARG("QVariant", name)
        )

    def _layout_changed(self) -> None:
        if not self._wanted:
            return
        if self.layout_locale() == self._wanted:
            self._wanted = ""
        else:
            # Its layouts loaded since the setting: set it again, once the change is done.
            QTimer.singleShot(0, self, lambda: self._use_language(self._shell.language))

    def _find_panel(self) -> None:
        """Find Qt Virtual Keyboard's panel (the root of its own QtQuick window, which QtQuick
        loads only once the keyboard has shown) and make, in its QML engine, an object that
        sets its `VirtualKeyboardSettings`."""
        from PySide6.QtCore import SIGNAL
        from PySide6.QtQml import QQmlComponent, qmlEngine
        from PySide6.QtQuick import QQuickItem, QQuickWindow

        for window in QGuiApplication.topLevelWindows():
            if not isinstance(window, QQuickWindow):
                continue
            items = window.contentItem().childItems()
            engine = qmlEngine(items[0]) if items else None
            keyboard = items[0].findChild(QQuickItem, "keyboard") if items else None
            if engine is None or keyboard is None or keyboard.width() <= 0:
                continue
            self._panel = items[0]
            self._shape = keyboard.height() / keyboard.width()
            QObject.connect(keyboard, SIGNAL("localeChanged()"), self._layout_changed)
            component = QQmlComponent(engine)
            component.setData(_SETTINGS_QML, "")
            settings = component.create()
            if settings is not None:
                settings.setParent(self)
                self._settings = settings
            return

    def _fit_panel(self) -> None:
        """At most `MOST_OF_HEIGHT` of the screen: narrower, centred, when the screen is wide."""
        panel = self._panel
        window = panel.window() if panel is not None else None
        if panel is None or window is None or self._shape <= 0:
            return
        full = window.width()
        width = min(full, int(window.height() * MOST_OF_HEIGHT / self._shape))
        if int(panel.width()) != width:
            panel.setWidth(width)
            panel.setX((full - width) // 2)
