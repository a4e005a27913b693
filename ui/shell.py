"""What every screen shares: configuration, the task runner, language, theme, facilitator mode,
and the way to another screen. Screens receive it as `self.shell`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QApplication

from app import log
from app.changes import Changes
from app.config import LANGUAGES, Config
from app.errors import Message
from ui import theme as theme_module
from ui.i18n import Translations
from ui.screen_args import AfterLogin
from ui.tasks import TaskRunner
from ui.theme import Theme

if TYPE_CHECKING:
    import uuid

    from app.context import AppContext
    from app.facilitators.types import FacilitatorSession
    from ui.catalogue import ScreenEntry
    from ui.screen_args import ScreenArgs
    from ui.sync_runner import SyncRunner


class Router(Protocol):
    """What the shell asks of the navigator (`ui.navigation.Navigator`, which the main window
    attaches once built): the shell never imports the screens it leads to."""

    def go(self, name: str, args: ScreenArgs | None = None) -> None: ...

    def back(self) -> None: ...

    def facilitator_only(self, name: str, args: ScreenArgs | None = None) -> bool: ...

    def current_name(self) -> str: ...

    def reset_all(self) -> None: ...

    def catalogue(self) -> dict[str, ScreenEntry]: ...


class Shell(QObject):
    sig_language_changed = Signal(str)
    """The visitor chose another language (`fr`, `nl`, `en`); translators are already swapped."""

    sig_theme_changed = Signal()
    """Large text or high contrast was switched; the style sheet is already applied."""

    sig_facilitator_changed = Signal()
    """Facilitator mode started or ended (`shell.facilitator`)."""

    sig_toast = Signal(str)
    """A short message for the visitor (already translated)."""

    sig_visit_ended = Signal()
    """The visitor left (idle): every screen was reset, the attract screen is back."""

    sig_badge_scanned = Signal(object)
    """A valid badge was scanned on a screen that accepts badges: its `BadgeHolder`."""

    sig_raw_scanned = Signal(str)
    """A scanner read this text (before verification), whatever the screen: screens that
    opted out of badges (`accepts_badges = False`) may use it."""

    sig_screens_loaded = Signal()
    """Every screen's module is imported (`Navigator.preload`, after the first frame): the
    screens' class hooks may be asked without importing anything."""

    def __init__(self, config: Config, *, tasks: TaskRunner | None = None) -> None:
        super().__init__()
        self.config = config
        self.tasks = tasks or TaskRunner(self)
        self.translations = Translations()
        self.theme = Theme.make(large_text=config.large_text, high_contrast=config.high_contrast)
        self.facilitator: FacilitatorSession | None = None
        self._router: Router | None = None
        self.sync: SyncRunner | None = None
        """Sync with the hub (the main window sets it): status, "sync now"."""
        self.notices: list[Message] = []
        self.visitor_id: uuid.UUID | None = None
        """The person at the kiosk, once known (a badge scanned, checked in): the member
        journey hears what they do. Forgotten when the visit ends."""
        """Problems a facilitator should know about (e.g. the camera does not work)."""
        self._settings = QSettings(
            str(config.db_path.parent / "antenne-kiosk.ini"), QSettings.Format.IniFormat
        )
        self.tasks.sig_error.connect(self.sig_toast)
        self._first_frame_drawn = False
        self._after_first_frame: list[Callable[[], None]] = []
        self.all_screens_loaded = False

    # -- Start-up -------------------------------------------------------------------------------

    def after_first_frame(self, setup: Callable[[], None]) -> None:
        """Run `setup` once the kiosk's first frame is on screen (at once if it already is).

        For what the first frame does not need and that costs time to set up (touch
        scrolling, the camera): the kiosk's cold start is measured to its first frame.
        """
        if self._first_frame_drawn:
            setup()
        else:
            self._after_first_frame.append(setup)

    def first_frame_drawn(self) -> None:
        self._first_frame_drawn = True
        pending, self._after_first_frame = self._after_first_frame, []
        for setup in pending:
            setup()

    def screens_loaded(self) -> None:
        """The navigator imported the last screen module."""
        self.all_screens_loaded = True
        self.sig_screens_loaded.emit()

    # -- Language and theme ---------------------------------------------------------------------

    @property
    def language(self) -> str:
        return self.translations.language

    @property
    def default_language(self) -> str:
        """The language the kiosk greets a new visitor in (a facilitator may change it)."""
        value = self._settings.value("default_language", self.config.language)
        return value if isinstance(value, str) and value in LANGUAGES else self.config.language

    def set_default_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(language)
        self._settings.setValue("default_language", language)
        self._settings.sync()

    def set_language(self, language: str) -> None:
        if language == self.language:
            return
        self.translations.install(language)
        self.sig_language_changed.emit(language)

    def set_modes(
        self, *, large_text: bool | None = None, high_contrast: bool | None = None
    ) -> None:
        theme = self.theme.with_modes(large_text=large_text, high_contrast=high_contrast)
        if theme == self.theme:
            return
        self.apply_theme(theme)

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme_module.apply(app, theme)
        self.sig_theme_changed.emit()

    # -- Navigation -----------------------------------------------------------------------------

    def attach(self, router: Router) -> None:
        """The navigator, once the main window has built it (before any screen is built)."""
        self._router = router

    @property
    def router(self) -> Router:
        """The way to other screens, and the catalogue of them (home draws its tiles from it)."""
        if self._router is None:
            raise RuntimeError("no navigator attached: the main window attaches it")
        return self._router

    def go(self, name: str, args: ScreenArgs | None = None) -> None:
        """Show screen `name`, telling it `args` (of the kind it takes: `Screen.args_type`)."""
        if self.router.facilitator_only(name, args) and self.facilitator is None:
            name, args = "facilitator-login", AfterLogin(then=name)
        self.router.go(name, args)

    def back(self) -> None:
        self.router.back()

    def go_home(self) -> None:
        self.go("home")

    def current_screen(self) -> str:
        return self.router.current_name()

    def toast(self, text: str) -> None:
        self.sig_toast.emit(text)

    def end_visit(self) -> None:
        """The next visitor sees nothing of this one: reset every screen, default language and
        modes, attract screen."""
        log.ui.info("visit ended")
        nav = self.router
        self.visitor_id = None
        # Language first: the screens reset their texts in the next visitor's language at once,
        # not in the last visitor's until the (posted) language change arrives.
        self.set_modes(large_text=self.config.large_text, high_contrast=self.config.high_contrast)
        self.set_language(self.default_language)
        nav.reset_all()
        nav.go("attract")
        self.sig_visit_ended.emit()

    # -- Facilitator mode -----------------------------------------------------------------------

    def start_facilitator(self, session: FacilitatorSession) -> None:
        self.facilitator = session
        self.sig_facilitator_changed.emit()

    def end_facilitator(self, *, reason: str) -> None:
        """Leave facilitator mode (`reason`: "left" or "idle"), written to the audit log."""
        session = self.facilitator
        if session is None:
            return
        self.facilitator = None
        self.sig_facilitator_changed.emit()

        def record(ctx: AppContext) -> Changes:
            from app import audit

            return audit.record_audit(
                ctx, actor=session.account_id, action="logout", details={"reason": reason}
            )

        self.tasks.run(record)
