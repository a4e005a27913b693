"""One post of the skills board (`skill-post`): everything its card says, its description,
its author's availability and until when it stays on the board; "I'd like to meet them"
(`skill-intro`) and "Report" (a reason and an optional note, with or without a badge).

Its author scans their badge here to change it (`skill-new` in edit mode), keep it six more
months, or remove it (after a question). A QR code leads to the post's public page on the hub
(no contact details) when the kiosk knows a hub. Never a way to reach the author on screen.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.changes import Changes, Entity
from app.skills.types import ReportForm, ReportReason
from ui.navigation import Screen, register_screen
from ui.screen_args import ScreenArgs, SkillFormArgs, SkillPostArgs
from ui.screens.skills import ops
from ui.screens.skills.widgets import (
    PHOTO_SIDE,
    KindStrip,
    author_text,
    date_text,
    kind_colour,
    kind_text,
    level_text,
    modality_text,
    pixmap_of,
    reason_text,
    tags_text,
)
from ui.shell import Shell
from ui.widgets.buttons import TouchButton
from ui.widgets.choices import ChoiceButtons
from ui.widgets.confirm import ConfirmOverlay
from ui.widgets.empty_state import EmptyState
from ui.widgets.page import failure_text, label, set_page_margins
from ui.widgets.qr_view import QrView

if TYPE_CHECKING:
    from app.badges.types import BadgeHolder
    from app.skills.types import PostDetail, Posted

QR_SIDE = 220
# Longer than the service accepts: a note one letter too long is refused with the reason.
NOTE_FIELD_MAX = 2000


@register_screen
class SkillPostScreen(Screen):
    name = "skill-post"
    args_type = SkillPostArgs

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.post_id: uuid.UUID | None = None
        self.person_id: uuid.UUID | None = None
        self.detail: PostDetail | None = None
        self.busy = False
        self.strip = KindStrip()
        self.strip.setFixedHeight(10)
        self.kind = label("muted")
        self.heading = label("title")
        self.tags = label("lead")
        self.details = label("lead")
        self.author = label("heading")
        self.photo = QLabel()
        self.photo.setFixedSize(PHOTO_SIDE, PHOTO_SIDE)
        self.photo.hide()
        self.description = label("lead")
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        self.availability = label("lead")
        self.until = label("muted")
        self.state = label("heading")
        self.state.hide()
        self.missing = EmptyState("inbox")
        self.missing.hide()
        # The way to the phone, beside the texts (under them in portrait).
        self.qr_title = label("muted")
        self.qr = QrView()
        self.qr.setFixedSize(QR_SIDE, QR_SIDE)
        qr_box = QVBoxLayout()
        qr_box.setSpacing(8)
        qr_box.addWidget(self.qr_title)
        qr_box.addWidget(self.qr)
        qr_box.addStretch(1)
        self.qr_box = QWidget()
        self.qr_box.setLayout(qr_box)
        self.qr_box.setMaximumWidth(360)
        self.qr_box.hide()
        texts = QVBoxLayout()
        texts.setSpacing(12)
        author = QHBoxLayout()
        author.setSpacing(16)
        author.addWidget(self.photo)
        author.addWidget(self.author, 1)
        for widget in (self.kind, self.heading, self.tags, self.details):
            texts.addWidget(widget)
        texts.addLayout(author)
        for widget in (self.description, self.availability, self.until, self.state):
            texts.addWidget(widget)
        self._columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._columns.setSpacing(32)
        self._columns.addLayout(texts, 1)
        self._columns.addWidget(self.qr_box, 0, Qt.AlignmentFlag.AlignTop)
        # The post; the report form takes its place while someone reports it.
        self.post_box = QWidget()
        self.post_box.setLayout(self._columns)
        # The author's part, after their badge scan.
        self.author_hint = label("muted")
        self.yours = label("heading")
        self.edit = TouchButton(kind="secondary", big=True, icon_name="pointer")
        self.edit.clicked.connect(self._edit)
        self.renew = TouchButton(kind="secondary", big=True, icon_name="refresh-cw")
        self.renew.clicked.connect(self._renew)
        self.remove = TouchButton(kind="danger", big=True, icon_name="ban")
        self.remove.clicked.connect(self._ask_remove)
        self._author_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._author_row.setSpacing(16)
        for button in (self.edit, self.renew, self.remove):
            self._author_row.addWidget(button)
        self._author_row.addStretch(1)
        self.author_box = QWidget()
        author_layout = QVBoxLayout(self.author_box)
        author_layout.setContentsMargins(0, 0, 0, 0)
        author_layout.setSpacing(12)
        author_layout.addWidget(self.yours)
        author_layout.addLayout(self._author_row)
        self.author_box.hide()
        # Reporting: a reason, a note, send.
        self.report_title = label("heading")
        self.reasons = ChoiceButtons(tuple(ReportReason), exclusive=True, columns=2)
        self.note_label = label("lead")
        self.note = QLineEdit()
        self.note.setMaxLength(NOTE_FIELD_MAX)
        self.note_label.setBuddy(self.note)
        self.send_report = TouchButton(kind="primary", big=True, icon_name="check")
        self.send_report.clicked.connect(self._send_report)
        self.cancel_report = TouchButton(big=True, icon_name="x")
        self.cancel_report.clicked.connect(self._close_report)
        report_buttons = QHBoxLayout()
        report_buttons.setSpacing(16)
        report_buttons.addWidget(self.send_report)
        report_buttons.addWidget(self.cancel_report)
        report_buttons.addStretch(1)
        self.report_box = QWidget()
        self.report_box.setProperty("role", "card")
        report_layout = QVBoxLayout(self.report_box)
        report_layout.setContentsMargins(32, 24, 32, 24)
        report_layout.setSpacing(16)
        for part in (self.report_title, self.reasons, self.note_label, self.note):
            report_layout.addWidget(part)
        report_layout.addLayout(report_buttons)
        self.report_box.hide()
        self.outcome = label("heading")
        self.outcome.hide()
        self.error = label("error")
        self.error.hide()
        layout = QVBoxLayout(self)
        set_page_margins(layout)
        layout.setSpacing(20)
        layout.addWidget(self.strip)
        layout.addWidget(self.missing)
        layout.addWidget(self.post_box)
        layout.addWidget(self.author_hint)
        layout.addWidget(self.author_box)
        layout.addWidget(self.report_box)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        # The main buttons stay in view, whatever the length of the description.
        self.meet = TouchButton(kind="primary", big=True, icon_name="handshake")
        self.meet.clicked.connect(self._meet)
        self.report = TouchButton(kind="quiet", big=True, icon_name="circle-alert")
        self.report.clicked.connect(self._open_report)
        actions = QHBoxLayout()
        actions.setSpacing(16)
        actions.addWidget(self.error, 1)
        # The buttons keep their size while there is no refusal to show.
        actions.addStretch(1)
        actions.addWidget(self.report)
        actions.addWidget(self.meet)
        self.action_bar = self.pin_actions(actions)
        self.confirm = ConfirmOverlay(self)
        shell.sig_badge_scanned.connect(self._badge_scanned)
        self.retranslate()

    def title(self) -> str:
        return self.tr("A post")

    # -- What is read ---------------------------------------------------------------------------

    def on_enter(self, args: ScreenArgs | None) -> None:
        if isinstance(args, SkillPostArgs):
            if args.post_id != self.post_id or args.person_id != self.person_id:
                self.reset()
            self.post_id, self.person_id = args.post_id, args.person_id
        self.outcome.hide()
        self.load()

    def prepare_screenshot(self) -> None:
        def picked(post_id: uuid.UUID | None) -> None:
            if post_id is not None:
                self.post_id = post_id
                self.load()

        ops.demo_post(self, success=picked)

    def load(self) -> None:
        if self.post_id is None:
            return
        post_id = self.post_id
        ops.post_detail(self, post_id, self.person_id, success=self.loaded, failure=self.failed)
        ops.post_page(
            self, post_id, self.shell.language, success=lambda url: self._page(post_id, url)
        )

    def loaded(self, detail: PostDetail | None) -> None:
        if detail is None:
            self.detail = None
            self.show_post()
            self.missing.set_texts(
                self.tr("This post is no longer on the board."),
                self.tr("Its author removed it, or its time is over."),
            )
            self.missing.show()
            return
        if detail.card.id != self.post_id:
            return
        self.detail = detail
        self.missing.hide()
        self.error.hide()
        self.show_post()
        card = detail.card
        if card.author_photo_id is not None:
            ops.photos(self, frozenset({card.person_id}), success=self._photo)
        else:
            self.photo.hide()

    def _photo(self, photos: dict[uuid.UUID, bytes]) -> None:
        detail = self.detail
        if detail is None or detail.card.author_photo_id is None:
            return
        photo = photos.get(detail.card.person_id)
        if photo is not None:
            self.photo.setPixmap(pixmap_of(photo))
            self.photo.show()

    def _page(self, post_id: uuid.UUID, url: str) -> None:
        if post_id == self.post_id:
            self.qr.set_data(url)
            self.qr_box.setVisible(bool(url))

    def failed(self, error: Exception) -> None:
        self.busy = False
        self.detail = None
        self.show_post()
        self.missing.set_texts(failure_text(error))
        self.missing.show()

    def on_changes(self, changes: Changes, initiator: object) -> None:
        if changes.concerns(Entity.SKILL_POST) and initiator is not self and self.isVisible():
            self.load()

    def reset(self) -> None:
        self.post_id = self.person_id = None
        self.detail = None
        self.busy = False
        self.confirm.cancel()
        self._close_report()
        self.outcome.hide()
        self.error.hide()
        self.missing.hide()
        self.photo.clear()
        self.photo.hide()
        self.qr.set_data("")
        self.qr_box.hide()
        self.show_post()

    # -- What is shown --------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.qr_title.setText(self.tr("Read it on your phone"))
        self.author_hint.setText(
            self.tr("You wrote it? Scan your badge to change it, renew it or remove it.")
        )
        self.edit.setText(self.tr("Change it"))
        self.renew.setText(self.tr("Keep it six more months"))
        self.remove.setText(self.tr("Remove it"))
        self.meet.setText(self.tr("I'd like to meet them"))
        self.report.setText(self.tr("Report"))
        self.report_title.setText(self.tr("What is wrong with this post?"))
        self.reasons.set_texts({reason: reason_text(reason) for reason in ReportReason})
        self.note_label.setText(self.tr("A few words for the facilitators (optional)"))
        self.send_report.setText(self.tr("Send the report"))
        self.cancel_report.setText(self.tr("Cancel"))
        self.show_post()
        # The public page in the new language too.
        if self.post_id is not None and self.qr.data:
            post_id = self.post_id
            ops.post_page(
                self, post_id, self.shell.language, success=lambda url: self._page(post_id, url)
            )

    def show_post(self) -> None:
        detail = self.detail
        shown = detail is not None
        for widget in (
            self.strip,
            self.kind,
            self.heading,
            self.tags,
            self.details,
            self.author,
            self.description,
            self.availability,
            self.until,
            self.author_hint,
        ):
            widget.setVisible(shown)
        self.action_bar.setVisible(shown)
        if detail is None:
            self.author_box.hide()
            self.state.hide()
            return
        card = detail.card
        language = self.shell.language
        self.strip.set_colour(kind_colour(card.kind))
        kind = kind_text(card.kind)
        if card.in_room:
            kind = self.tr("{kind} · here today").format(kind=kind)
        self.kind.setText(kind)
        self.heading.setText(card.title)
        tags = tags_text(card, language)
        self.tags.setText(tags)
        self.tags.setVisible(bool(tags))
        self.details.setText(
            self.tr("Level: {level} · {modality}").format(
                level=level_text(card.level), modality=modality_text(card.modality)
            )
        )
        self.author.setText(author_text(card))
        self.description.setText(detail.description)
        self.description.setVisible(bool(detail.description))
        self.availability.setText(
            self.tr("Available: {when}").format(when=card.availability) if card.availability else ""
        )
        self.availability.setVisible(bool(card.availability))
        self.until.setText(
            self.tr("On the board until {day}").format(day=date_text(card.expires_on))
            if card.expires_on is not None
            else ""
        )
        self.until.setVisible(card.expires_on is not None and not detail.expired)
        if detail.hidden:
            self.state.setText(self.tr("A facilitator took this post off the board."))
        elif detail.expired:
            self.state.setText(
                self.tr("This post is out of date: it is off the board until its author renews it.")
            )
        self.state.setVisible(detail.hidden or detail.expired)
        reporting = self.report_box.isVisibleTo(self)
        self.post_box.setVisible(not reporting)
        self.author_hint.setVisible(not detail.yours and not reporting)
        self.author_box.setVisible(detail.yours and not reporting)
        self.yours.setText(self.tr("This is your post."))
        # Nobody asks to meet themselves, nor twice (the service says so too).
        self.meet.setVisible(
            not detail.yours and not detail.hidden and not detail.expired and not reporting
        )
        self.meet.setEnabled(not detail.asked)
        if detail.asked:
            self.meet.setText(self.tr("You asked to meet them"))
        else:
            self.meet.setText(self.tr("I'd like to meet them"))
        self.edit.setEnabled(not detail.hidden)

    def arrange(self, space: QSize) -> None:
        self.side_by_side_if_room(self._columns, self.room(space))
        self.side_by_side_if_room(self._author_row, self.room(space))
        self.reasons.set_columns(2 if self.room(space) >= 1200 else 1)

    # -- The author -----------------------------------------------------------------------------

    def _badge_scanned(self, holder: BadgeHolder) -> None:
        if not self.isVisible() or self.busy or self.post_id is None:
            return
        self.person_id = holder.person_id
        self.outcome.hide()
        self.load()

    def _edit(self) -> None:
        if self.post_id is not None and self.person_id is not None:
            self.shell.go(
                "skill-new", SkillFormArgs(post_id=self.post_id, person_id=self.person_id)
            )

    def _renew(self) -> None:
        if self.post_id is None or self.person_id is None or self.busy:
            return
        self.busy = True
        self.error.hide()
        ops.renew(self, self.post_id, self.person_id, success=self._renewed, failure=self._refused)

    def _renewed(self, posted: Posted) -> None:
        self.busy = False
        if posted.expires_on is not None:
            self.outcome.setText(
                self.tr("Done: your post stays on the board until {day}.").format(
                    day=date_text(posted.expires_on)
                )
            )
            self.outcome.show()
        self.load()

    def _ask_remove(self) -> None:
        if self.detail is None or self.busy:
            return
        self.confirm.ask(
            self.tr("Remove “{title}” from the board?").format(title=self.detail.card.title),
            detail=self.tr("Nobody will see it any more. This cannot be undone."),
            yes=self.tr("Yes, remove it"),
            no=self.tr("No, keep it"),
            then=self._remove,
            danger=True,
        )

    def _remove(self) -> None:
        if self.post_id is None or self.person_id is None:
            return
        self.busy = True
        self.error.hide()
        ops.remove(self, self.post_id, self.person_id, success=self._removed, failure=self._refused)

    def _removed(self, _done: object) -> None:
        self.busy = False
        self.shell.toast(self.tr("Your post is removed from the board."))
        self.reset()
        self.shell.go("skills-board")

    def _refused(self, error: Exception) -> None:
        self.busy = False
        self.error.setText(failure_text(error))
        self.error.show()

    # -- Everyone -------------------------------------------------------------------------------

    def _meet(self) -> None:
        if self.post_id is not None:
            self.shell.go("skill-intro", SkillPostArgs(self.post_id, self.person_id))

    def _open_report(self) -> None:
        self.outcome.hide()
        self.error.hide()
        self.reasons.clear()
        self.note.clear()
        self.report_box.show()
        self.report.hide()
        self.meet.hide()
        self.show_post()
        if self.host is not None:
            self.host.scroll_to_top()

    def _close_report(self) -> None:
        self.report_box.hide()
        self.reasons.clear()
        self.note.clear()
        self.report.show()
        self.show_post()

    def _send_report(self) -> None:
        if self.post_id is None or self.busy:
            return
        chosen = self.reasons.choice()
        if not chosen:
            self.error.setText(self.tr("Choose what is wrong with it first."))
            self.error.show()
            return
        form = ReportForm(
            post_id=self.post_id,
            reason=ReportReason(chosen),
            note=self.note.text(),
            reporter_id=self.person_id,
        )
        self.busy = True
        self.error.hide()
        ops.report(self, form, success=self._reported, failure=self._refused)

    def _reported(self, _done: object) -> None:
        self.busy = False
        self._close_report()
        self.outcome.setText(self.tr("Thank you. A facilitator will look at this post soon."))
        self.outcome.show()
