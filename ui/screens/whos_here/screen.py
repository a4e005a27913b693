"""Facilitators: who is in the antenne today (first name, initial, why, since when); check a
person out by hand, or open their journey (where their data can be exported or erased)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, QTimer
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from app.changes import Changes, Entity
from app.onboarding.types import Present
from ui.demo import demo_facilitator
from ui.navigation import Screen, register_screen
from ui.purposes import purpose_name
from ui.screen_args import PersonArgs, ScreenArgs
from ui.screens.whos_here import ops
from ui.shell import Shell
from ui.widgets.buttons import TouchButton
from ui.widgets.empty_state import EmptyState
from ui.widgets.page import failure_text, label, set_page_margins

if TYPE_CHECKING:
    import uuid

    from app.onboarding.types import CheckOut


class PresentRow(QFrame):
    """One person in the list: who, why, since when, and what a facilitator can do."""

    def __init__(self, person: Present, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person = person
        self.setProperty("role", "card")
        self.text = QLabel()
        self.text.setProperty("role", "lead")
        self.text.setWordWrap(True)
        self.journey = TouchButton(icon_name="history")
        self.check_out = TouchButton(icon_name="log-out")
        layout = QGridLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.setHorizontalSpacing(16)
        layout.addWidget(self.text, 0, 0)
        layout.addWidget(self.journey, 0, 1)
        layout.addWidget(self.check_out, 0, 2)
        layout.setColumnStretch(0, 1)


@register_screen
class WhosHereScreen(Screen):
    name = "whos-here"
    shows_personal_data = True
    facilitator_only = True

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.present: list[Present] = []
        self.rows: list[PresentRow] = []
        self.heading = label("title")
        self._list = QVBoxLayout()
        self._list.setSpacing(12)
        self.empty = EmptyState("clock")
        layout = QVBoxLayout(self)
        set_page_margins(layout)
        layout.setSpacing(24)
        layout.addWidget(self.heading)
        layout.addLayout(self._list)
        layout.addWidget(self.empty, 1)
        layout.addStretch(0)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Who is here today")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("%n person(s) here today", "", len(self.present)))
        self.empty.set_texts(
            self.tr("Nobody has checked in yet today."),
            self.tr("People appear here when they check in at the welcome kiosk."),
        )
        for row in self.rows:
            self._list.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = []
        locale = QLocale()
        for person in self.present:
            row = PresentRow(person)
            since = QDateTime.fromSecsSinceEpoch(int(person.since.timestamp()))
            row.text.setText(
                self.tr("{name} {initial}. · {purpose} · since {time}").format(
                    name=person.first_name,
                    initial=person.initial,
                    purpose=purpose_name(person.purpose),
                    time=locale.toString(since.time(), QLocale.FormatType.ShortFormat),
                )
            )
            row.journey.setText(self.tr("Journey"))
            row.check_out.setText(self.tr("Check out"))
            row.journey.clicked.connect(
                lambda _c=False, pid=person.person_id: self.shell.go("journey", PersonArgs(pid))
            )
            row.check_out.clicked.connect(
                lambda _c=False, pid=person.person_id: self.check_out(pid)
            )
            self._list.addWidget(row)
            self.rows.append(row)
        self.empty.setVisible(not self.present)

    def reset(self) -> None:
        self.present = []
        self.retranslate()

    def on_enter(self, args: ScreenArgs | None) -> None:
        self._load()

    def on_changes(self, changes: Changes, initiator: object) -> None:
        if changes.concerns(Entity.VISIT, Entity.PERSON) and self.isVisible():
            self._load()

    def prepare_screenshot(self) -> None:
        """A morning at the antenne, whatever day the demo database was built, shown the way
        a loaded list is: after the load that entering the screen (next) asks for."""
        demo_facilitator(self.shell)
        QTimer.singleShot(
            0, lambda: ops.whos_here(self, success=lambda _present: self.show_present(morning()))
        )

    def _load(self) -> None:
        ops.whos_here(self, success=self.show_present)

    def show_present(self, present: list[Present]) -> None:
        self.present = present
        self.retranslate()

    def check_out(self, person_id: uuid.UUID) -> None:
        """A facilitator checks the person out (they left without scanning): audited."""
        for row in self.rows:
            if row.person.person_id == person_id:
                row.check_out.setEnabled(False)

        def done(result: CheckOut) -> None:
            self.shell.toast(self.tr("{name} is checked out.").format(name=result.first_name))

        def failed(error: Exception) -> None:
            self.shell.toast(failure_text(error))
            self._load()

        ops.check_out(self, person_id, success=done, failure=failed)


def morning() -> list[Present]:
    """People who came this morning (the screenshot's state)."""
    import uuid
    from datetime import datetime, timedelta

    opening = datetime.now().astimezone().replace(hour=9, minute=12, second=0, microsecond=0)
    people = (
        ("Amina", "B", "coworking", False),
        ("Lucas", "D", "info_session", True),
        ("Élodie", "V", "drop_in", False),
        ("Mehdi", "K", "appointment", True),
    )
    return [
        Present(
            person_id=uuid.UUID(int=index + 1),
            first_name=first_name,
            initial=initial,
            purpose=purpose,
            since=opening + timedelta(minutes=37 * index),
            is_visitor=visitor,
        )
        for index, (first_name, initial, purpose, visitor) in enumerate(people)
    ]
