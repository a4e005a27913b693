"""Asking to meet a post's author (`skill-intro`): a badge scan, a few words (optional, up to
500 characters), send; then what happens next, in plain words, and a QR code to follow it on
the phone (the post's public page on the hub, no contact details).

Nobody's address is shown or given here: the hub relays the request by e-mail to an author who
chose e-mail — without the requester's address until they accept — and otherwise the request
waits for the author's next badge scan at any antenne (docs/architecture.md, "The skills
board"). The service refuses asking on one's own post, or twice: its words are shown, and the
message typed stays.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QPlainTextEdit, QVBoxLayout, QWidget

from app.skills.types import MESSAGE_CHARS, IntroForm
from ui.navigation import Screen, register_screen
from ui.screen_args import ScreenArgs, SkillPostArgs
from ui.screens.skills import ops
from ui.shell import Shell
from ui.widgets.buttons import TouchButton
from ui.widgets.empty_state import EmptyState
from ui.widgets.page import failure_text, label, set_page_margins
from ui.widgets.qr_view import QrView

if TYPE_CHECKING:
    from app.badges.types import BadgeHolder
    from app.skills.types import Introduced, PostDetail

QR_SIDE = 220


@register_screen
class SkillIntroScreen(Screen):
    name = "skill-intro"
    args_type = SkillPostArgs

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.post_id: uuid.UUID | None = None
        self.person_id: uuid.UUID | None = None
        self.first_name = ""
        self.detail: PostDetail | None = None
        self.sent: Introduced | None = None
        self.busy = False
        self.heading = label("title")
        self.post_title = label("heading")
        self.scan = EmptyState("id-card")
        self.message_label = label("heading")
        self.message = QPlainTextEdit()
        self.message.setMinimumHeight(140)
        self.message.setMaximumHeight(220)
        self.message.setTabChangesFocus(True)
        self.message.textChanged.connect(self._count)
        self.message_label.setBuddy(self.message)
        self.count = label("muted")
        self.privacy = label("lead")
        self.form = QWidget()
        form = QVBoxLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.setSpacing(12)
        for widget in (self.message_label, self.message, self.count, self.privacy):
            form.addWidget(widget)
        # After "send": what happens next, and the phone.
        self.done_title = label("heading")
        self.next = label("lead")
        self.after = label("lead")
        self.qr_title = label("muted")
        self.qr = QrView()
        self.qr.setFixedSize(QR_SIDE, QR_SIDE)
        self.qr.hide()
        self.qr_title.hide()
        self.board = TouchButton(kind="secondary", big=True, icon_name="arrow-left")
        self.board.clicked.connect(lambda: self.shell.go("skills-board"))
        words = QVBoxLayout()
        words.setSpacing(12)
        for widget in (self.done_title, self.next, self.after):
            words.addWidget(widget)
        words.addWidget(self.board, 0, Qt.AlignmentFlag.AlignLeft)
        words.addStretch(1)
        phone = QVBoxLayout()
        phone.setSpacing(8)
        phone.addWidget(self.qr_title)
        phone.addWidget(self.qr)
        phone.addStretch(1)
        self._done_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._done_row.setSpacing(32)
        self._done_row.addLayout(words, 1)
        self._done_row.addLayout(phone)
        self.done = QWidget()
        self.done.setLayout(self._done_row)
        self.done.hide()
        self.error = label("error")
        self.error.hide()
        self.send = TouchButton(kind="primary", big=True, icon_name="check")
        self.send.clicked.connect(self.submit)
        self.back = TouchButton(big=True, icon_name="arrow-left")
        self.back.clicked.connect(self._back)
        actions = QHBoxLayout()
        actions.setSpacing(16)
        actions.addWidget(self.back)
        actions.addWidget(self.error, 1)
        # The buttons keep their size while there is no refusal to show.
        actions.addStretch(1)
        actions.addWidget(self.send)
        layout = QVBoxLayout(self)
        set_page_margins(layout)
        layout.setSpacing(20)
        for part in (self.heading, self.post_title, self.scan, self.form, self.done):
            layout.addWidget(part)
        layout.addStretch(1)
        self.action_bar = self.pin_actions(actions)
        shell.sig_badge_scanned.connect(self._badge_scanned)
        self.retranslate()
        self._show()

    def title(self) -> str:
        return self.tr("Meet a member")

    def retranslate(self) -> None:
        author = self.detail.card.author if self.detail is not None else ""
        if self.first_name:
            self.heading.setText(
                self.tr("{name}, you would like to meet {author}").format(
                    name=self.first_name, author=author
                )
            )
        else:
            self.heading.setText(self.tr("Ask to meet {author}").format(author=author))
        self.post_title.setText(self.detail.card.title if self.detail is not None else "")
        self.scan.set_texts(
            self.tr("Scan your badge to ask for an introduction."),
            self.tr("The kiosk passes your request on: nobody sees your contact details here."),
        )
        self.message_label.setText(
            self.tr("A few words for {author} (optional)").format(author=author)
        )
        self.message.setPlaceholderText(
            self.tr("For example: I am starting out and would love an hour of your advice.")
        )
        self.privacy.setText(
            self.tr(
                "{author} sees your first name and your message, never your e-mail address or "
                "your phone number, until they accept."
            ).format(author=author)
        )
        self.done_title.setText(self.tr("Your request is on its way."))
        self.next.setText(
            self.tr(
                "If {author} chose to receive e-mails, they get your request by e-mail, without "
                "your address. Otherwise they see it at their next badge scan, at any antenne."
            ).format(author=author)
        )
        self.after.setText(
            self.tr(
                "If they accept, you each receive the other's contact details, by e-mail or at "
                "your next badge scan. If they decline, you are told too."
            )
        )
        self.qr_title.setText(self.tr("Follow it on your phone"))
        self.board.setText(self.tr("Back to the board"))
        self.send.setText(self.tr("Send my request"))
        self.back.setText(self.tr("Back to the post"))
        self._count()

    def reset(self) -> None:
        self.post_id = self.person_id = None
        self.first_name = ""
        self.detail = None
        self.sent = None
        self.busy = False
        self.message.clear()
        self.error.hide()
        self.send.setEnabled(True)
        self.qr.set_data("")
        self.qr.hide()
        self.qr_title.hide()
        self.retranslate()
        self._show()

    def on_enter(self, args: ScreenArgs | None) -> None:
        if isinstance(args, SkillPostArgs):
            self.reset()
            self.post_id, self.person_id = args.post_id, args.person_id
        self._show()
        self.load()

    def prepare_screenshot(self) -> None:
        from ui.demo import demo_person

        def person(person_id: uuid.UUID | None) -> None:
            if person_id is None or self.post_id is None:
                return
            self.person_id, self.first_name = person_id, "Évangéline"
            self.retranslate()
            self._show()
            self.message.setPlainText(
                "Bonjour ! Je débute et j'aimerais une heure de vos conseils, un mardi ?"
            )

        def picked(post_id: uuid.UUID | None) -> None:
            if post_id is not None:
                self.post_id = post_id
                self.load()
                demo_person(self, "evangeline", success=person)

        ops.demo_post(self, success=picked)

    def load(self) -> None:
        if self.post_id is None:
            return
        post_id = self.post_id
        ops.post_detail(self, post_id, self.person_id, success=self._loaded, failure=self._refused)
        ops.post_page(
            self, post_id, self.shell.language, success=lambda url: self._page(post_id, url)
        )

    def _loaded(self, detail: PostDetail | None) -> None:
        if detail is None:
            self.error.setText(self.tr("This post is no longer on the board."))
            self.error.show()
            self.send.setEnabled(False)
            return
        if detail.card.id == self.post_id:
            self.detail = detail
            self.retranslate()

    def _page(self, post_id: uuid.UUID, url: str) -> None:
        if post_id == self.post_id:
            self.qr.set_data(url)
            self.qr.setVisible(bool(url))
            self.qr_title.setVisible(bool(url))

    def arrange(self, space: QSize) -> None:
        self.side_by_side_if_room(self._done_row, self.room(space))

    def _show(self) -> None:
        known = self.person_id is not None
        sent = self.sent is not None
        self.scan.setVisible(not known and not sent)
        self.form.setVisible(known and not sent)
        self.done.setVisible(sent)
        self.send.setVisible(known and not sent)
        self.back.setVisible(not sent)

    def _count(self) -> None:
        typed = len(self.message.toPlainText())
        self.count.setText(
            self.tr("{typed} of {most} characters").format(typed=typed, most=MESSAGE_CHARS)
        )
        self.count.setProperty("role", "error" if typed > MESSAGE_CHARS else "muted")
        self.count.style().unpolish(self.count)
        self.count.style().polish(self.count)

    def _badge_scanned(self, holder: BadgeHolder) -> None:
        if not self.isVisible() or self.busy or self.sent is not None or self.post_id is None:
            return
        self.person_id = holder.person_id
        self.first_name = holder.first_name
        self.error.hide()
        self.retranslate()
        self._show()
        self.message.setFocus()

    def _back(self) -> None:
        if self.post_id is not None:
            self.shell.go("skill-post", SkillPostArgs(self.post_id, self.person_id))

    def submit(self) -> None:
        if self.post_id is None or self.person_id is None or self.busy:
            return
        form = IntroForm(
            post_id=self.post_id, requester_id=self.person_id, message=self.message.toPlainText()
        )
        self.busy = True
        self.error.hide()
        ops.ask_intro(self, form, success=self._sent, failure=self._refused)

    def _sent(self, done: Introduced) -> None:
        self.busy = False
        self.sent = done
        self.message.clear()
        self._show()

    def _refused(self, error: Exception) -> None:
        self.busy = False
        self.error.setText(failure_text(error))
        self.error.show()
