"""The attract screen: stories of the cooperative, one after another, and "Touch to start".

Under the stories, what the features have for a passer-by (the sessions' "Now" and "Next
today": `Screen.attract_news_for`), asked once every screen's module is loaded — never for the
first frame, which imports no feature."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.changes import Changes, Entity
from ui.navigation import Screen, register_screen, screen_classes
from ui.screen_args import GreetArgs, ScreenArgs
from ui.screens.attract import ops
from ui.shell import Shell
from ui.widgets.buttons import TouchButton
from ui.widgets.language_switch import AccessibilityToggles, LanguageSwitch

STORY_MS = 9000
# "Now" and "Next today" move with the clock: asked again every minute the screen is shown.
NEWS_MS = 60_000

if TYPE_CHECKING:
    from app.badges.types import BadgeHolder

    # Services import SQLAlchemy: screens import them inside the task, after the first frame.
    from app.content.types import PageSummary


@register_screen
class AttractScreen(Screen):
    name = "attract"
    full_bleed = True

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.stories: list[PageSummary] = []
        self._index = 0
        self._loaded_language = ""
        self._pending_language = ""
        self.loading = False
        # What each feature has for a passer-by, by the name of the screen that told it.
        self.news: dict[str, QWidget] = {}
        self._news_box = QVBoxLayout()
        self._news_box.setSpacing(16)

        self.brand = QLabel()
        self.brand.setProperty("role", "heading")
        self.kicker = QLabel()
        self.kicker.setProperty("role", "muted")
        self.story_title = QLabel()
        self.story_title.setProperty("role", "title")
        self.story_title.setWordWrap(True)
        self.story_summary = QLabel()
        self.story_summary.setProperty("role", "lead")
        self.story_summary.setWordWrap(True)
        self.dots = QLabel()
        self.dots.setProperty("role", "muted")
        card = QFrame()
        card.setProperty("role", "card")
        card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(48, 40, 48, 40)
        card_layout.setSpacing(16)
        card_layout.addWidget(self.kicker)
        card_layout.addWidget(self.story_title)
        card_layout.addWidget(self.story_summary)
        card_layout.addWidget(self.dots)

        self.start = TouchButton(kind="primary", big=True, icon_name="pointer")
        self.start.clicked.connect(self._start)

        self.languages = LanguageSwitch()
        self.languages.sig_language_chosen.connect(shell.set_language)
        self.toggles = AccessibilityToggles()
        self.toggles.sig_large_text.connect(lambda on: shell.set_modes(large_text=on))
        self.toggles.sig_high_contrast.connect(lambda on: shell.set_modes(high_contrast=on))

        bottom = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        bottom.setSpacing(24)
        self._bottom = bottom
        bottom.addWidget(self.languages)
        bottom.addStretch(1)
        bottom.addWidget(self.toggles)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 40, 64, 32)
        layout.setSpacing(24)
        layout.addWidget(self.brand)
        layout.addStretch(1)
        layout.addWidget(card)
        layout.addLayout(self._news_box)
        layout.addStretch(1)
        layout.addWidget(self.start)
        layout.addLayout(bottom)

        self._timer = QTimer(self, interval=STORY_MS)
        self._timer.timeout.connect(self.next_story)
        shell.sig_language_changed.connect(self._language_changed)
        shell.sig_theme_changed.connect(self._show_state)
        shell.tasks.sig_context_ready.connect(self._load)
        shell.sig_badge_scanned.connect(self._badge_scanned)
        self._news_timer = QTimer(self, interval=NEWS_MS)
        self._news_timer.timeout.connect(self._ask_news)
        shell.sig_screens_loaded.connect(self._ask_news)
        self.retranslate()

    # -- Screen hooks --------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Welcome")

    def retranslate(self) -> None:
        antenna = self.shell.config.antenna_slug.replace("-", " ").title()
        self.brand.setText(self.tr("Smart · antenna of {antenna}").format(antenna=antenna))
        self.start.setText(self.tr("Touch the screen to start"))
        self._show_story()

    def reset(self) -> None:
        self._index = 0
        self._show_story()

    def on_enter(self, args: ScreenArgs | None) -> None:
        self._show_state()
        self._load()
        self._timer.start()
        self._ask_news()
        self._news_timer.start()

    def on_leave(self) -> None:
        self._timer.stop()
        self._news_timer.stop()

    def on_changes(self, changes: Changes, initiator: object) -> None:
        if changes.concerns(Entity.CONTENT_PAGE):
            self._loaded_language = ""
            self._load()

    # -- Stories -------------------------------------------------------------------------------

    def _language_changed(self, _language: str) -> None:
        self._show_state()
        if self.isVisible():
            self._load()

    def _show_state(self) -> None:
        self.languages.show_language(self.shell.language)
        self.toggles.show_modes(
            large_text=self.shell.theme.large_text, high_contrast=self.shell.theme.high_contrast
        )
        self._fit_bottom(self.room(self.space()))

    def _load(self) -> None:
        language = self.shell.language
        if self.loading or language == self._loaded_language or self.shell.tasks.context is None:
            return
        self.loading = True
        ops.stories(self, language, success=self._loaded)
        self._pending_language = language

    def _loaded(self, stories: list[PageSummary]) -> None:
        self.loading = False
        self._loaded_language = self._pending_language
        self.stories = stories
        self._index = 0
        self._show_story()
        if self._loaded_language != self.shell.language:
            self._load()

    def next_story(self) -> None:
        if self.stories:
            self._index = (self._index + 1) % len(self.stories)
            self._show_story()

    def _show_story(self) -> None:
        if not self.stories:
            self.kicker.setText(self.tr("A cooperative shared by its members"))
            self.story_title.setText(self.tr("Welcome to Smart"))
            self.story_summary.setText(
                self.tr(
                    "Artists, technicians, trainers, craftspeople: here we work on our own, "
                    "and decide together."
                )
            )
            self.dots.clear()
            return
        story = self.stories[self._index % len(self.stories)]
        self.kicker.setText(self.tr("A story of the cooperative"))
        self.story_title.setText(story.title)
        self.story_summary.setText(story.summary)
        self.dots.setText(
            "  ".join("●" if i == self._index else "○" for i in range(len(self.stories)))
        )

    # -- What the features have for a passer-by -----------------------------------------------

    def _ask_news(self) -> None:
        # Before every module is loaded, asking would import the features here.
        if not self.shell.all_screens_loaded or self.shell.tasks.context is None:
            return
        if not self.isVisible():
            return
        for name, cls in screen_classes(self.shell.router.catalogue()).items():
            cls.attract_news_for(self, partial(self._tell, name))

    def _tell(self, name: str, widget: QWidget | None) -> None:
        old = self.news.pop(name, None)
        if old is not None:
            self._news_box.removeWidget(old)
            old.deleteLater()
        if widget is not None:
            self._news_box.addWidget(widget)
            self.news[name] = widget

    def arrange(self, space: QSize) -> None:
        self._fit_bottom(self.room(space))

    def _fit_bottom(self, width: int) -> None:
        # Languages and switches side by side when they fit, stacked otherwise (portrait),
        # measured: a guess at the margins was 8 px short in Dutch with large text and high
        # contrast's thicker borders at 1366.
        self.side_by_side_if_room(self._bottom, width)

    def _start(self) -> None:
        self.shell.go("home")

    def _badge_scanned(self, holder: BadgeHolder) -> None:
        # A badge is a way to start: home greets its holder.
        if self.isVisible():
            self.shell.go("home", GreetArgs(holder))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # A touch anywhere on the screen starts (the buttons handle their own presses). `Qt`
        # is imported here, after the first frame, not with the module (ui/first_frame.py).
        from PySide6.QtCore import Qt

        if event.button() == Qt.MouseButton.LeftButton:
            self._start()
        super().mousePressEvent(event)
