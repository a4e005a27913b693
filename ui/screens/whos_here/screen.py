"""Facilitators: who is in the antenne today (first name, initial, why, since when)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, QLocale, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from app.changes import Changes
from app.context import AppContext
from ui.navigation import HomeTile, Screen, register_screen
from ui.screens.facilitator.screen import demo_facilitator
from ui.screens.welcome.screen import purpose_name
from ui.shell import Shell
from ui.widgets.empty_state import EmptyState

if TYPE_CHECKING:
    from app.onboarding.service import Present


@register_screen
class WhosHereScreen(Screen):
    name = "whos-here"
    facilitator_only = True
    scrolls = False
    facilitator_tile = HomeTile(
        title=QT_TRANSLATE_NOOP("HomeTile", "Who is here today"),
        description=QT_TRANSLATE_NOOP("HomeTile", "Everyone checked in and not yet gone"),
        icon="clock",
        colour="primary",
        order=20,
    )

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.present: list[Present] = []
        self.heading = QLabel()
        self.heading.setProperty("role", "title")
        self.heading.setWordWrap(True)
        self.people = QListWidget()
        self.people.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.people.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.people.setWordWrap(True)
        self.empty = EmptyState("clock")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 32)
        layout.setSpacing(24)
        layout.addWidget(self.heading)
        layout.addWidget(self.people, 1)
        layout.addWidget(self.empty, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Who is here today")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("%n person(s) here today", "", len(self.present)))
        self.empty.set_texts(
            self.tr("Nobody has checked in yet today."),
            self.tr("People appear here when they check in at the welcome kiosk."),
        )
        self.people.clear()
        locale = QLocale()
        for person in self.present:
            since = QDateTime.fromSecsSinceEpoch(int(person.since.timestamp()))
            text = self.tr("{name} {initial}. · {purpose} · since {time}").format(
                name=person.first_name,
                initial=person.initial,
                purpose=purpose_name(person.purpose),
                time=locale.toString(since.time(), QLocale.FormatType.ShortFormat),
            )
            self.people.addItem(QListWidgetItem(text))
        self.people.setVisible(bool(self.present))
        self.empty.setVisible(not self.present)

    def reset(self) -> None:
        self.present = []
        self.retranslate()

    def on_enter(self, **params: object) -> None:
        self._load()

    def on_changes(self, changes: Changes) -> None:
        if changes.concerns("visit") and self.isVisible():
            self._load()

    def prepare_screenshot(self) -> None:
        demo_facilitator(self.shell)

    def _load(self) -> None:
        def run(ctx: AppContext) -> list[Present]:
            from app.onboarding.service import whos_here

            return whos_here(ctx)

        self.shell.tasks.run(run, on_success=self._loaded, parent=self)

    def _loaded(self, present: list[Present]) -> None:
        self.present = present
        self.retranslate()
