"""A governance body (`governance-body`) and its photo board (`governance-people`).

The body's page says what it does and how it works (its rules in words), who sits on it (photo
only with consent, initials otherwise; roles and when each mandate ends), its next meeting with
the published agenda, the minutes of past ones, the items members brought to its agenda with
their status, and the meet-the-board moments. "Propose an item" leads to the agenda's own
screen (`agenda-propose`) when this kiosk has it.
"""

from __future__ import annotations

import html
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.changes import Changes, Entity
from app.governance.types import pick
from ui.navigation import Screen, register_screen
from ui.screen_args import BodyArgs, ScreenArgs
from ui.screens.governance import ops
from ui.screens.governance.words import (
    body_purpose,
    body_title,
    day_text,
    moment_text,
    role_text,
    say,
    status_text,
)
from ui.shell import Shell
from ui.widgets.avatar import Avatar
from ui.widgets.buttons import TouchButton
from ui.widgets.page import PAGE_MARGINS, label, set_page_margins

if TYPE_CHECKING:
    from app.governance.types import BodyDetail, Face, MeetingInfo

BODY_ENTITIES = (
    Entity.BODY,
    Entity.MANDATE,
    Entity.MEETING,
    Entity.AGENDA_ITEM,
    Entity.PERSON,
    Entity.SESSION,
)
PROPOSE_SCREEN = "agenda-propose"


def face_picture(face: Face, size: int) -> QWidget:
    """The person's photo in a circle when they consented to it, their initials otherwise."""
    if face.photo:
        pixmap = QPixmap()
        if pixmap.loadFromData(face.photo):
            round_pixmap = QPixmap(size, size)
            round_pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(round_pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            path = QPainterPath()
            path.addEllipse(0, 0, size, size)
            painter.setClipPath(path)
            painter.drawPixmap(
                0,
                0,
                pixmap.scaled(
                    size,
                    size,
                    Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                    Qt.TransformationMode.SmoothTransformation,
                ),
            )
            painter.end()
            picture = QLabel()
            picture.setPixmap(round_pixmap)
            picture.setFixedSize(size, size)
            picture.setAccessibleName(face.name)
            return picture
    avatar = Avatar(size)
    first, _, rest = face.name.partition(" ")
    avatar.set_person(first, rest)
    return avatar


class FaceCard(QFrame):
    """One person of a body: picture, name, role, until when."""

    def __init__(self, face: Face, size: int) -> None:
        super().__init__()
        self.face = face
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(8)
        layout.addWidget(face_picture(face, size), 0, Qt.AlignmentFlag.AlignHCenter)
        self.name = label("heading")
        self.name.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.role = label("lead")
        self.role.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.until = label("muted")
        self.until.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        for widget in (self.name, self.role, self.until):
            layout.addWidget(widget)
        self.retranslate()

    def retranslate(self) -> None:
        self.name.setText(self.face.name)
        self.role.setText(role_text(self.face.role))
        until = self.face.until
        self.until.setText(
            self.tr("until {day}").format(day=day_text(until))
            if until is not None
            else self.tr("no end date")
        )


class _BodyBase(Screen):
    """What the body's page and its photo board share: loading a body, its faces' grid."""

    args_type = BodyArgs
    face_size = 96

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.detail: BodyDetail | None = None
        self.body_id: uuid.UUID | None = None
        self.faces: list[FaceCard] = []
        self.grid = QGridLayout()
        self.grid.setSpacing(16)
        self._columns = 0
        self.heading = label("title")
        self.subheading = label("muted")
        shell.sig_language_changed.connect(lambda _language: self.show_detail())

    def on_enter(self, args: ScreenArgs | None) -> None:
        if isinstance(args, BodyArgs):
            self.body_id = args.body_id
            ops.load_body(self, args.body_id, success=self._loaded)

    def on_changes(self, changes: Changes, initiator: object) -> None:
        if changes.concerns(*BODY_ENTITIES) and self.body_id is not None:
            ops.load_body(self, self.body_id, success=self._loaded)

    def reset(self) -> None:
        self.detail = None
        self.body_id = None

    def prepare_screenshot(self) -> None:
        ops.load_body(self, None, slug="board", success=self._loaded)

    def _loaded(self, detail: BodyDetail) -> None:
        self.detail = detail
        self.body_id = detail.card.id
        self.show_detail()

    def show_detail(self) -> None:
        detail = self.detail
        if detail is None:
            return
        language = self.shell.language or "fr"
        self.heading.setText(body_title(detail.card, language, plain=True))
        self.subheading.setText(pick(detail.card.name, language))
        self._show_faces(detail)
        self.sig_title_changed.emit()

    def _show_faces(self, detail: BodyDetail) -> None:
        for card in self.faces:
            self.grid.removeWidget(card)
            card.deleteLater()
        self.faces = [FaceCard(face, self.face_size) for face in detail.faces]
        self._columns = 0
        self.arrange(self.space())

    def arrange(self, space: QSize) -> None:
        # As many faces a row as their widest card allows (large text and long Dutch roles make
        # cards wider), within the page's margins.
        room = self.room(space) - PAGE_MARGINS[0] - PAGE_MARGINS[2]
        spacing = self.grid.horizontalSpacing()
        widest = max(
            (card.minimumSizeHint().width() for card in self.faces), default=self.face_size + 200
        )
        columns = max(1, min(6, (room + spacing) // (widest + spacing)))
        if columns == self._columns:
            return
        self._columns = columns
        for card in self.faces:
            self.grid.removeWidget(card)
        for index, card in enumerate(self.faces):
            self.grid.addWidget(card, index // columns, index % columns)

    def title(self) -> str:
        if self.detail is None:
            return self.tr("A body of the cooperative")
        return body_title(self.detail.card, self.shell.language or "fr", plain=True)


@register_screen
class GovernanceBodyScreen(_BodyBase):
    name = "governance-body"

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.purpose = label("lead")
        self.official = label("")
        self.rules_heading = label("heading")
        self.rules = label("")
        self.rules.setTextFormat(Qt.TextFormat.RichText)
        self.people_heading = label("heading")
        self.see_faces = TouchButton(icon_name="users")
        self.see_faces.clicked.connect(self._see_faces)
        self.meeting_heading = label("heading")
        self.meeting = label("")
        self.meeting.setTextFormat(Qt.TextFormat.RichText)
        self.items_heading = label("heading")
        self.items = label("")
        self.items.setTextFormat(Qt.TextFormat.RichText)
        self.minutes_heading = label("heading")
        self.minutes = label("")
        self.minutes.setTextFormat(Qt.TextFormat.MarkdownText)
        self.board_heading = label("heading")
        self.board = label("")
        self.board.setTextFormat(Qt.TextFormat.RichText)
        self.propose = TouchButton(kind="primary", big=True, icon_name="plus")
        self.propose.clicked.connect(self._propose)
        self.back = TouchButton(icon_name="arrow-left")
        self.back.clicked.connect(lambda: self.shell.go("governance-map"))
        layout = QVBoxLayout(self)
        set_page_margins(layout)
        layout.setSpacing(16)
        for widget in (self.heading, self.subheading, self.purpose, self.official):
            layout.addWidget(widget)
        layout.addWidget(self.rules_heading)
        layout.addWidget(self.rules)
        people_row = QHBoxLayout()
        people_row.addWidget(self.people_heading, 1)
        people_row.addWidget(self.see_faces)
        layout.addLayout(people_row)
        layout.addLayout(self.grid)
        for widget in (
            self.meeting_heading,
            self.meeting,
            self.items_heading,
            self.items,
            self.board_heading,
            self.board,
            self.minutes_heading,
            self.minutes,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        actions = QHBoxLayout()
        actions.setSpacing(24)
        actions.addWidget(self.back)
        actions.addStretch(1)
        actions.addWidget(self.propose)
        self.pin_actions(actions)
        self.retranslate()

    def retranslate(self) -> None:
        self.rules_heading.setText(self.tr("How it works"))
        self.people_heading.setText(self.tr("Who sits on it"))
        self.see_faces.setText(self.tr("Photo board"))
        self.meeting_heading.setText(self.tr("Next meeting"))
        self.items_heading.setText(self.tr("Items members brought"))
        self.minutes_heading.setText(self.tr("Minutes of past meetings"))
        self.board_heading.setText(self.tr("Meet the board"))
        self.propose.setText(self.tr("Propose an item"))
        self.back.setText(self.tr("Back to the map"))
        for card in self.faces:
            card.retranslate()
        self.show_detail()

    def show_detail(self) -> None:
        super().show_detail()
        detail = self.detail
        if detail is None:
            return
        language = self.shell.language or "fr"
        self.purpose.setText(body_purpose(detail.card, language, plain=True))
        self.official.setText(pick(detail.card.purpose, language))
        self.rules.setText(
            "<br>".join(html.escape(say(rule)) for rule in detail.rules)
            or html.escape(self.tr("Its rules have not been published yet."))
        )
        self.meeting.setText(self._meeting_text(detail.next_meeting, language))
        self.items.setText(
            "<br>".join(
                f"<b>{html.escape(item.title)}</b> — {html.escape(status_text(item.status))}"
                + (f"<br><i>{html.escape(item.answer)}</i>" if item.answer else "")
                for item in detail.member_items
            )
            or html.escape(self.tr("No member has proposed an item yet."))
        )
        self.minutes.setText(
            "\n\n".join(
                f"**{pick(meeting.title, language)} — {day_text(meeting.starts_at.date())}**\n\n"
                + (meeting.minutes or self.tr("The minutes are not published yet."))
                for meeting in detail.past_meetings
            )
            or self.tr("No minutes published yet.")
        )
        board = detail.card.kind == "board"
        self.board_heading.setVisible(board)
        self.board.setVisible(board)
        if board:
            zone = self.shell.config.timezone
            sessions = "<br>".join(
                f"<b>{html.escape(moment_text(s.starts_at, zone))}</b> — {html.escape(s.title)}"
                + (f", {html.escape(s.location)}" if s.location else "")
                for s in detail.meet_the_board
            )
            note = self.tr(
                "Sign-up comes with the sessions: until then, just come along at the time shown."
            )
            self.board.setText(
                (
                    sessions + "<br>"
                    if sessions
                    else html.escape(self.tr("No meeting planned yet.")) + "<br>"
                )
                + f"<i>{html.escape(note)}</i>"
            )
        self.propose.setVisible(PROPOSE_SCREEN in self.shell.router.catalogue())

    def _meeting_text(self, meeting: MeetingInfo | None, language: str) -> str:
        if meeting is None:
            return html.escape(self.tr("No meeting planned yet."))
        where = meeting.location
        if meeting.online:
            where = (
                self.tr("{place}, also online").format(place=where) if where else self.tr("Online")
            )
        lines = [
            f"<b>{html.escape(pick(meeting.title, language))}</b>",
            html.escape(
                moment_text(meeting.starts_at, self.shell.config.timezone)
                + (f" — {where}" if where else "")
            ),
        ]
        agenda = meeting.agenda_in(language)
        if agenda:
            lines.append(html.escape(self.tr("On the agenda:")))
            lines.append(
                "<ol>"
                + "".join(
                    f"<li>{html.escape(item.title)}"
                    + (
                        f" <i>({html.escape(self.tr('brought by a member'))})</i>"
                        if item.by_member
                        else ""
                    )
                    + "</li>"
                    for item in agenda
                )
                + "</ol>"
            )
        else:
            lines.append(html.escape(self.tr("The agenda is not published yet.")))
        return "<br>".join(lines)

    def _see_faces(self) -> None:
        if self.body_id is not None:
            self.shell.go("governance-people", BodyArgs(self.body_id))

    def _propose(self) -> None:
        if self.body_id is not None:
            self.shell.go(PROPOSE_SCREEN, BodyArgs(self.body_id))


@register_screen
class GovernancePeopleScreen(_BodyBase):
    """The body's faces, large: the trombinoscope on screen."""

    name = "governance-people"
    face_size = 160

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.empty = label("lead")
        self.back = TouchButton(icon_name="arrow-left")
        self.back.clicked.connect(self._back)
        layout = QVBoxLayout(self)
        set_page_margins(layout)
        layout.setSpacing(16)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addWidget(self.empty)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.back)
        actions.addStretch(1)
        self.pin_actions(actions)
        self.retranslate()

    def retranslate(self) -> None:
        self.back.setText(self.tr("Back to the body"))
        self.empty.setText(self.tr("Nobody holds a mandate in this body at the moment."))
        for card in self.faces:
            card.retranslate()

    def show_detail(self) -> None:
        super().show_detail()
        self.empty.setVisible(self.detail is not None and not self.detail.faces)

    def title(self) -> str:
        return self.tr("Photo board")

    def _back(self) -> None:
        if self.body_id is not None:
            self.shell.go("governance-body", BodyArgs(self.body_id))
