"""The kiosk's one window: a top bar, the screens, the toast and the idle warning over them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Signal
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app import log
from app.changes import Changes
from ui import theme
from ui.catalogue import ScreenEntry, screen_catalogue
from ui.navigation import Navigator, Screen
from ui.shell import Shell
from ui.widgets.buttons import TouchButton
from ui.widgets.icons import icon, icon_size
from ui.widgets.language_switch import LanguageSwitch

if TYPE_CHECKING:
    from app.badges.types import BadgeHolder
    from ui.camera import CameraScanner
    from ui.housekeeping import Housekeeping
    from ui.idle import IdleOverlay, IdleWatcher
    from ui.keyboard import KeyboardRoom
    from ui.scanner import BadgeReader, WedgeScanner
    from ui.sync_runner import SyncRunner
    from ui.widgets.toast import Toast

REFERENCE_SIZE = QSize(1920, 1080)


# The widest title the bar keeps on one line beside its switches (wider ones wrap).
TITLE_ONE_LINE = 560


class TopBar(QWidget):
    """Home, the screen's title, the language switch and the two accessibility switches."""

    def __init__(self, shell: Shell) -> None:
        super().__init__()
        self.setObjectName("TopBar")
        self.home = TouchButton(icon_name="house")
        self.home.clicked.connect(shell.go_home)
        self.title = QLabel()
        self.title.setProperty("role", "heading")
        self.title.setWordWrap(True)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.title.setMinimumWidth(120)
        self.large_text = TouchButton(icon_name="a-large-small", checkable=True)
        self.high_contrast = TouchButton(icon_name="contrast", checkable=True)
        self.large_text.clicked.connect(lambda on: shell.set_modes(large_text=on))
        self.high_contrast.clicked.connect(lambda on: shell.set_modes(high_contrast=on))
        self.languages = LanguageSwitch()
        self.languages.sig_language_chosen.connect(shell.set_language)
        self._tools = QHBoxLayout()
        self._tools.setSpacing(16)
        # On a row of their own the switches keep to the right.
        self._tools.addStretch(1)
        for widget in (self.large_text, self.high_contrast):
            self._tools.addWidget(widget)
        self._tools.addSpacing(8)
        self._tools.addWidget(self.languages)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(48, 16, 48, 8)
        self._grid.setHorizontalSpacing(16)
        self._grid.setVerticalSpacing(8)
        # The languages' own row when there are three (no alignment flag: `Qt` stays unbuilt
        # before the first frame, ui/first_frame.py).
        self._languages_row = QHBoxLayout()
        self._languages_row.addStretch(1)
        self._rows = 0
        self._arrange(1)
        self.retranslate()

    def _arrange(self, rows: int) -> None:
        """One row on a wide screen; on a narrower one (portrait, large text) the switches go
        to a second row rather than squeezing the buttons' texts, and the languages to a third
        when the labelled switches and the languages do not fit on one row together."""
        if rows == self._rows:
            return
        self._rows = rows
        self._grid.removeWidget(self.home)
        self._grid.removeWidget(self.title)
        self._grid.removeItem(self._tools)
        self._grid.removeItem(self._languages_row)
        self._tools.removeWidget(self.languages)
        self._languages_row.removeWidget(self.languages)
        self._grid.addWidget(self.home, 0, 0)
        self._grid.addWidget(self.title, 0, 1)
        if rows == 1:
            self._tools.addWidget(self.languages)
            self._grid.addLayout(self._tools, 0, 2)
        elif rows == 2:
            self._tools.addWidget(self.languages)
            self._grid.addLayout(self._tools, 1, 0, 1, 2)
        else:
            self._grid.addLayout(self._tools, 1, 0, 1, 2)
            self._languages_row.addWidget(self.languages)
            self._grid.addLayout(self._languages_row, 2, 0, 1, 2)
        self._grid.setColumnStretch(1, 1)

    def _switches_width(self) -> int:
        shown: list[QWidget] = [self.large_text, self.high_contrast]
        spacing = self._tools.spacing()
        return sum(widget.sizeHint().width() + spacing for widget in shown) + 8

    def needed_width(self, rows: int = 1) -> int:
        """The width the bar needs laid out on `rows` rows."""
        margins = self._grid.contentsMargins()
        switches = self._switches_width() + margins.left() + margins.right()
        languages = self.languages.sizeHint().width()
        if rows == 1:
            title = self.title.fontMetrics().horizontalAdvance(self.title.text())
            # A short title keeps to one line beside the switches; a long one may wrap.
            return (
                self.home.sizeHint().width()
                + min(title, TITLE_ONE_LINE)
                + switches
                + languages
                + 48
            )
        if rows == 2:
            return switches + languages
        return max(switches, languages + margins.left() + margins.right())

    def rows_for(self, width: int) -> int:
        return next((rows for rows in (1, 2) if self.needed_width(rows) <= width), 3)

    def relayout(self) -> None:
        self._arrange(self.rows_for(self.width()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(self.rows_for(event.size().width()))
        super().resizeEvent(event)

    def retranslate(self) -> None:
        self.home.setText(self.tr("Home"))
        # Labelled on every screen, as on the attract screen, with a short word that keeps the
        # bar on one row; a check mark shows them on. The full name is for screen readers.
        for button, text, name in (
            (self.large_text, self.tr("Text"), self.tr("Larger text")),
            (self.high_contrast, self.tr("Contrast"), self.tr("High contrast")),
        ):
            button.setText(text)
            button.setAccessibleName(name)
            button.setToolTip(name)
        self.relayout()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


# A finger's target on the band, a little above the kiosk's minimum (`Metrics.touch_min`): the
# one button a facilitator must hit at once.
LOCK_TARGET = 60


class StaffBand(QFrame):
    """Facilitator mode, unmistakable: a band in the "staff" state across the top of every
    screen, "Facilitator mode — Camille" and a Lock button that ends it at once."""

    sig_lock = Signal()
    """The facilitator tapped Lock."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("StaffBand")
        self.mark = QLabel()
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.lock = TouchButton(icon_name="lock")
        self.lock.setMinimumHeight(LOCK_TARGET)
        self.lock.clicked.connect(self.sig_lock)
        row = QHBoxLayout(self)
        row.setContentsMargins(48, 8, 48, 8)
        row.setSpacing(16)
        row.addWidget(self.mark)
        row.addWidget(self.label, 1)
        row.addWidget(self.lock)
        self.name = ""
        self.hide()

    def show_facilitator(self, name: str) -> None:
        """Show the band for facilitator `name` ("": hide it)."""
        self.name = name
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Facilitator mode — {name}").format(name=self.name))
        self.lock.setText(self.tr("Lock"))
        self.lock.setAccessibleName(self.tr("Lock: leave facilitator mode now"))
        look = theme.current().state("staff")
        size = theme.current().metrics.text(1.3)
        self.mark.setPixmap(icon(look.icon, look.text, size).pixmap(icon_size(size)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.StyleChange and self.name:
            self.retranslate()  # the mark in the new mode's colour and size
        super().changeEvent(event)


class MainWindow(QMainWindow):
    def __init__(self, shell: Shell, screens: dict[str, ScreenEntry] | None = None) -> None:
        super().__init__()
        self.shell = shell
        self.setWindowTitle("Antenne")
        central = QWidget()
        central.setObjectName("Central")
        self.top_bar = TopBar(shell)
        self.staff_band = StaffBand()
        self.staff_band.sig_lock.connect(self.lock)
        self.navigator = Navigator(shell, screens if screens is not None else screen_catalogue())
        shell.attach(self.navigator)
        # The other screens' modules load once the first frame is drawn, between touches.
        shell.after_first_frame(self.navigator.preload)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.staff_band)
        layout.addWidget(self.top_bar)
        layout.addWidget(self.navigator, 1)
        self.setCentralWidget(central)

        self._central = central
        self._central_layout = layout
        # What the first frame does not need is set up once it is drawn (the kiosk's cold
        # start is measured to that frame): the idle watch, the toast, badge scanners,
        # housekeeping and sync. Nobody can touch the screen before.
        self.toast: Toast
        self.idle_overlay: IdleOverlay
        self.idle: IdleWatcher
        self.keyboard_room: KeyboardRoom
        self.scanner: WedgeScanner
        self.badge_reader: BadgeReader
        self.housekeeping: Housekeeping
        self.sync: SyncRunner
        self.camera: CameraScanner | None = None
        shell.after_first_frame(self._start_services)
        shell.sig_language_changed.connect(self._show_state)
        shell.sig_theme_changed.connect(self._show_state)
        shell.sig_facilitator_changed.connect(self._facilitator_changed)
        shell.tasks.sig_changes.connect(self._broadcast)
        self.navigator.sig_screen_changed.connect(self._screen_changed)
        self.navigator.sig_screen_built.connect(self._screen_built)
        central.installEventFilter(self)
        self.resize(REFERENCE_SIZE)

    def _start_services(self) -> None:
        from ui.housekeeping import Housekeeping
        from ui.idle import IdleOverlay, IdleWatcher
        from ui.keyboard import KeyboardRoom
        from ui.scanner import BadgeReader, WedgeScanner
        from ui.sync_runner import SyncRunner
        from ui.widgets.toast import Toast

        shell, config, central = self.shell, self.shell.config, self._central
        self.toast = Toast(central)
        shell.sig_toast.connect(self.toast.show_message)
        self.idle_overlay = IdleOverlay(central)
        self.idle_overlay.setGeometry(central.rect())
        self.idle = IdleWatcher(
            idle_s=config.idle_timeout_s, warning_s=config.idle_warning_s, parent=self
        )
        self.idle.sig_warning.connect(self._idle_warning)
        self.idle.sig_resumed.connect(self.idle_overlay.hide)
        self.idle.sig_expired.connect(self._idle_expired)
        self.idle_overlay.sig_more_time.connect(self.idle.restart)
        self._facilitator_changed()
        self.idle.install()
        # The screens keep above the on-screen keyboard while it shows.
        self.keyboard_room = KeyboardRoom(self, self._central_layout, shell)
        self.keyboard_room.sig_room_changed.connect(self._show_top_bar)

        # Badges: a USB scanner anywhere in the app, a camera if configured.
        self.scanner = WedgeScanner(self)
        self.scanner.install()
        self.scanner.sig_scanned.connect(self.scanned)
        self.badge_reader = BadgeReader(shell.tasks, self)
        self.badge_reader.sig_badge.connect(self._badge)
        self.badge_reader.sig_badge_refused.connect(self._badge_refused)
        if config.camera_scanner:
            # QtMultimedia is slow to import: with the database, once it is open.
            shell.tasks.when_context_ready(self._start_camera)

        # Visits closed at closing time, the daily privacy purge.
        self.housekeeping = Housekeeping(shell, self)
        shell.tasks.when_context_ready(self.housekeeping.start)

        # Sync with the cooperative's hub, when one is configured and the kiosk enrolled.
        self.sync = SyncRunner(config, shell.tasks, self)
        shell.sync = self.sync
        shell.tasks.when_context_ready(self.sync.start)

    def start(self, screen: str = "attract") -> None:
        """Show `screen` (the attract screen unless told otherwise)."""
        self.shell.go(screen)
        self._show_state()

    # -- Badges ---------------------------------------------------------------------------------

    def scanned(self, raw: str) -> None:
        """A scanner (USB or camera) read `raw`: verify it unless the screen opted out."""
        self.idle.restart()
        self.shell.sig_raw_scanned.emit(raw)
        if self.navigator.currentWidget() is not None and self.navigator.current().accepts_badges:
            self.badge_reader.read(raw)

    def _badge(self, holder: BadgeHolder) -> None:
        # The screen may have changed while the badge was checked.
        if self.navigator.current().accepts_badges:
            self.shell.visitor_id = holder.person_id
            self.shell.sig_badge_scanned.emit(holder)

    def _badge_refused(self, message: str) -> None:
        if self.navigator.current().accepts_badges:
            self.shell.toast(message)

    def _start_camera(self) -> None:
        if self.camera is not None:
            return
        from ui.camera import CAMERA_NOTICE, CameraScanner

        self.camera = CameraScanner(self)
        self.camera.sig_scanned.connect(self.scanned)

        def unavailable() -> None:
            if CAMERA_NOTICE not in self.shell.notices:
                self.shell.notices.append(CAMERA_NOTICE)

        self.camera.sig_unavailable.connect(unavailable)
        if not self.camera.start():
            log.ui.warning("Badges can be read with a USB scanner only")

    # -- Reactions ------------------------------------------------------------------------------

    def _broadcast(self, changes: Changes, initiator: object) -> None:
        self.navigator.broadcast(changes, initiator)

    def _screen_built(self, screen: Screen) -> None:
        screen.sig_title_changed.connect(self._show_title)

    def _screen_changed(self, _name: str) -> None:
        screen = self.navigator.current()
        self._show_top_bar()
        self.top_bar.home.setVisible(screen.name != "home")
        self._show_title()
        self._show_facilitator()

    def _show_top_bar(self) -> None:
        """Over every screen but a full-bleed one; while the on-screen keyboard leaves little
        room (1366×768), the field being typed in has it."""
        typing = self.services_started and self.keyboard_room.short
        self.top_bar.setVisible(not self.navigator.current().full_bleed and not typing)

    def _show_title(self) -> None:
        if self.navigator.currentWidget() is not None:
            self.top_bar.title.setText(self.navigator.current().title())
            self.top_bar.relayout()

    def _show_state(self) -> None:
        shell = self.shell
        self.top_bar.relayout()
        self.top_bar.languages.show_language(shell.language)
        self.top_bar.large_text.setChecked(shell.theme.large_text)
        self.top_bar.high_contrast.setChecked(shell.theme.high_contrast)
        self._show_title()

    def _facilitator_changed(self) -> None:
        facilitator = self.shell.facilitator
        self.staff_band.show_facilitator(facilitator.name if facilitator is not None else "")
        self._show_facilitator()

    def _show_facilitator(self) -> None:
        """The band while facilitator mode is on, and the idle wait for the screen shown:
        shorter where it shows full names or attendance (docs/architecture.md, "Facilitator
        mode")."""
        shell, config = self.shell, self.shell.config
        screen = self.navigator.current() if self.navigator.currentWidget() is not None else None
        on = shell.facilitator is not None
        self.staff_band.setVisible(on and not (screen is not None and screen.room_display))
        if not hasattr(self, "idle"):  # before the first frame: set up with the services
            return
        if on:
            wait = config.facilitator_idle_s
            if screen is not None and screen.shows_personal_data:
                wait = min(wait, config.facilitator_personal_idle_s)
            idle_s = max(1, wait - config.idle_warning_s)
        else:
            idle_s = config.idle_timeout_s
        if self.idle.timeouts != (idle_s, config.idle_warning_s):
            self.idle.set_timeouts(idle_s=idle_s, warning_s=config.idle_warning_s)

    def lock(self) -> None:
        """Leave facilitator mode at once (the band's Lock): the visit ends as on idle, every
        screen forgets what it loaded, the attract screen."""
        self.idle_overlay.hide()
        self.shell.end_facilitator(reason="locked")
        self.shell.end_visit()
        self.idle.restart()

    def _idle_warning(self, seconds: int) -> None:
        if self.navigator.current().name == "attract" and self.shell.facilitator is None:
            # Nothing to warn about on the attract screen: just go back to the defaults.
            self.idle.stop()
            self._idle_expired()
            return
        self.idle_overlay.show_countdown(seconds)

    def _idle_expired(self) -> None:
        self.idle_overlay.hide()
        if self.shell.facilitator is not None:
            self.shell.end_facilitator(reason="idle")
        self.shell.end_visit()
        self.idle.restart()

    # -- Qt overrides ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Resize
            and isinstance(watched, QWidget)
            and self.services_started
        ):
            self.idle_overlay.setGeometry(watched.rect())
        return False

    @property
    def services_started(self) -> bool:
        return hasattr(self, "sync")

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.services_started:
            super().closeEvent(event)
            return
        self.idle.stop()
        self.housekeeping.stop()
        self.sync.stop()
        self.scanner.uninstall()
        if self.camera is not None:
            self.camera.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        self.shell.tasks.wait_for_done()
        super().closeEvent(event)


def show_kiosk(window: QMainWindow, *, windowed: bool) -> None:
    """Full screen, with no frame or title bar while it stays so. Under cage (packaging/) there is
    never one. A desktop's window manager draws one again if it takes full screen away; the
    frameless flag that would prevent it is a `Qt` enum, 14 ms of the start (ui/first_frame.py)."""
    if windowed:
        window.show()
    else:
        window.showFullScreen()
