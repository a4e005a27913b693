"""The voting booth (motion, ranking, majority judgment, participatory budget) and "A voté !".

The booth never shows one voter's ballot to the next: after each ballot it returns to its
privacy page, and it blanks itself after a short idle.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import (
    QCoreApplication,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.voting.queries import VoteState
from app.voting.types import (
    Done,
    Voice,
    VoteInfo,
)
from ui.navigation import Screen, register_screen
from ui.screen_args import BallotCast, NextVoice, ScreenArgs
from ui.screens.voting import ops
from ui.screens.voting.base import VoteScreen
from ui.screens.voting.widgets import (
    DEMO_TURNOUT,
    Ballot,
    VoteHeader,
    demo_pictures,
    demo_vote,
    make_ballot,
)
from ui.shell import Shell
from ui.theme import restyle
from ui.widgets.buttons import TouchButton
from ui.widgets.page import label, tabular_figures
from ui.widgets.page_stack import PageStack
from ui.widgets.qr_view import QrView
from ui.widgets.scrolling import VerticalScrollArea, kinetic

if TYPE_CHECKING:
    from app.badges.types import BadgeHolder


# Seconds a half-filled ballot waits before the booth blanks itself.
BOOTH_IDLE_S = 45
# Seconds "A voté !" stays before the privacy page (counted down on screen; "I'm done" sooner).
CONFIRMED_S = 8
# Below this height (the window minus the top bar) the booth is "short": smaller header and
# phone code. 1920×1080 leaves about 990 px, 1366×768 about 680 (600 with large text).
BOOTH_SHORT_BELOW = 800
# The least height of the ballot's or the review's scrolling part: two rows of buttons.
BOOTH_SCROLL_MIN = 150
# The phone code's side: still read by a phone's camera from an arm's length.
PHONE_QR_MIN = 440
PHONE_QR_SHORT = 300


# -- The booth -----------------------------------------------------------------------------------


class BoothScreen(VoteScreen):
    """Badge → eligible and not yet voted → ballot → review → confirm → "A voté !".

    The booth never scrolls as a whole: its buttons stay on the screen and the ballot (or the
    review) scrolls between them, so a voter never has to look for "Review my vote" below
    the window's edge (1366×768 with large text). Where the screen is short the header is
    smaller and so is the phone code."""

    method_names: ClassVar[tuple[str, ...]] = ()
    accepts_badges = True
    wants_pictures = ("draft", "open", "closed", "published")
    scrolls = False

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        # One catalogue context for the four booths (PySide's tr() would use each subclass).
        return QCoreApplication.translate("BoothScreen", source, disambiguation, n)

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.voices: list[Voice] = []
        self.voter: uuid.UUID | None = None
        self.ballot: Ballot | None = None
        self.pages = PageStack()
        # The privacy page: nothing of the last voter.
        self.welcome = QWidget()
        self.welcome_title = label("display")
        self.welcome_hint = label("lead")
        welcome = QVBoxLayout(self.welcome)
        welcome.addStretch(1)
        welcome.addWidget(self.welcome_title, 0, Qt.AlignmentFlag.AlignHCenter)
        welcome.addWidget(self.welcome_hint, 0, Qt.AlignmentFlag.AlignHCenter)
        welcome.addStretch(2)
        # The ballot. Everything above its buttons scrolls as one, the vote's header included:
        # with a long title on a short screen (1366×768, large text) the buttons still show
        # whole. A budget's running total stays over the buttons (`Ballot.status`).
        self.ballot_page = QWidget()
        self.ballot_header = VoteHeader()
        self.whose = label("heading")
        # A named vote says so on the ballot and again before confirming.
        self.named_note = label("error")
        self.named_review = label("error")
        self.ballot_slot = QVBoxLayout()
        self.ballot_status = QVBoxLayout()
        self.review_button = TouchButton(kind="primary", big=True, icon_name="chevron-right")
        self.review_button.clicked.connect(self.review)
        self.cancel_button = TouchButton(kind="quiet", icon_name="x")
        self.cancel_button.clicked.connect(self.blank)
        self.phone_button = TouchButton(icon_name="smartphone")
        self.phone_button.clicked.connect(self.by_phone)
        # Side by side, or one under the other where they do not fit (portrait, large text).
        self.ballot_buttons = ballot_buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        ballot_buttons.setSpacing(16)
        ballot_buttons.addWidget(self.cancel_button)
        ballot_buttons.addStretch(1)
        ballot_buttons.addWidget(self.phone_button)
        ballot_buttons.addWidget(self.review_button)
        self.ballot_scroll = _scroll_column(
            self.ballot_header, self.whose, self.named_note, self.ballot_slot, spacing=16
        )
        ballot_layout = QVBoxLayout(self.ballot_page)
        ballot_layout.setContentsMargins(0, 0, 0, 0)
        ballot_layout.setSpacing(16)
        ballot_layout.addWidget(self.ballot_scroll, 1)
        ballot_layout.addLayout(self.ballot_status)
        ballot_layout.addLayout(ballot_buttons)
        # The review: a long basket (eight projects and the total) scrolls over its buttons.
        self.review_page = QWidget()
        self.review_header = VoteHeader()
        self.review_title = label("heading")
        self.review_text = label("title")
        tabular_figures(self.review_text)  # a basket's costs, one under the other
        self.confirm_button = TouchButton(kind="primary", big=True, icon_name="check")
        self.confirm_button.clicked.connect(self.cast)
        self.change_button = TouchButton(icon_name="arrow-left")
        self.change_button.clicked.connect(lambda: self.pages.setCurrentWidget(self.ballot_page))
        self.review_buttons = review_buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        review_buttons.setSpacing(16)
        review_buttons.addWidget(self.change_button)
        review_buttons.addStretch(1)
        review_buttons.addWidget(self.confirm_button)
        self.review_scroll = _scroll_column(
            self.review_header, self.review_title, self.review_text, self.named_review, spacing=24
        )
        review = QVBoxLayout(self.review_page)
        review.setContentsMargins(0, 0, 0, 0)
        review.setSpacing(24)
        review.addWidget(self.review_scroll, 1)
        review.addLayout(review_buttons)
        # Voting by phone: each one-time code as a big QR holding the ballot page's full
        # address, and the address written out (for a phone without a camera).
        self.phone_urls: list[str] = []
        self.phone_index = 0
        self.phone_page = QWidget()
        self.phone_title = label("heading")
        self.phone_step = label("lead")
        self.phone_qr = QrView()
        self.phone_qr.setMinimumSize(PHONE_QR_MIN, PHONE_QR_MIN)
        self.phone_qr.setMaximumSize(560, 560)
        self.phone_url = label("title")
        self.phone_url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.phone_hint = label("muted")
        self.phone_next = TouchButton(kind="primary", big=True, icon_name="chevron-right")
        self.phone_next.clicked.connect(self._next_code)
        self.phone_done = TouchButton(kind="primary", big=True, icon_name="check")
        self.phone_done.clicked.connect(self.blank)
        phone_text = QVBoxLayout()
        phone_text.setSpacing(16)
        phone_text.addWidget(self.phone_title)
        phone_text.addWidget(self.phone_step)
        phone_text.addWidget(self.phone_url)
        phone_text.addWidget(self.phone_hint)
        phone_text.addStretch(1)
        phone_text.addWidget(self.phone_next)
        phone_text.addWidget(self.phone_done)
        phone = QHBoxLayout(self.phone_page)
        phone.setSpacing(48)
        phone.addWidget(self.phone_qr, 0, Qt.AlignmentFlag.AlignTop)
        phone.addLayout(phone_text, 1)
        for page in (self.welcome, self.ballot_page, self.review_page, self.phone_page):
            self.pages.addWidget(page)
        self._short = False
        self._space: QSize | None = None
        self.pages.currentChanged.connect(self._show_header)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 32)
        layout.setSpacing(16)
        layout.addWidget(self.header)
        layout.addWidget(self.notice)
        layout.addWidget(self.pages, 1)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(BOOTH_IDLE_S * 1000)
        self.idle.timeout.connect(self.blank)
        shell.sig_badge_scanned.connect(self._badge_scanned)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Voting booth")

    def retranslate(self) -> None:
        self.welcome_title.setText(self.tr("Scan your badge to vote"))
        self.review_button.setText(self.tr("Review my vote"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.phone_button.setText(self.tr("Vote by phone"))
        self.phone_title.setText(self.tr("Scan this code with your phone's camera"))
        self.phone_next.setText(self.tr("Next code"))
        self.phone_done.setText(self.tr("Done"))
        self._show_code()
        self.review_title.setText(self.tr("Your vote:"))
        self.confirm_button.setText(self.tr("Confirm my vote"))
        self.change_button.setText(self.tr("Change"))
        if self.ballot is not None and self.state is not None:
            # The options in the kiosk's language now (a voter may change it mid-ballot).
            self.ballot.set_language(self.state.vote, self.shell.language)
        elif self.ballot is not None:
            self.ballot.retranslate()
        self._show_whose()
        super().retranslate()

    def reset(self) -> None:
        super().reset()
        self.blank()

    def show_state(self) -> None:
        super().show_state()
        vote = self.state.vote if self.state is not None else None
        for header in (self.ballot_header, self.review_header):
            header.show_vote(
                vote, high_contrast=self.shell.theme.high_contrast, language=self.shell.language
            )
        self._show_header()
        self._show_secrecy()

    def arrange(self, space: QSize) -> None:
        self._space = space
        short = space.height() < BOOTH_SHORT_BELOW
        for header in (self.header, self.ballot_header, self.review_header):
            header.set_compact(short)
        for text in (self.whose, self.review_title):
            restyle(text, "role", "lead" if short else "heading")
        restyle(self.phone_url, "role", "lead" if short else "title")
        self._short = short
        self._show_header()
        qr = PHONE_QR_SHORT if short else PHONE_QR_MIN
        self.phone_qr.setMinimumSize(qr, qr)
        self._fit_ballot()
        for row in (self.ballot_buttons, self.review_buttons):
            self.side_by_side_if_room(row, space.width())

    def _show_header(self) -> None:
        # The ballot and the review scroll their own header with them. On a short screen the
        # phone codes need the whole height: the vote's title is on the ballot just left.
        page = self.pages.currentWidget()
        own = page in (self.ballot_page, self.review_page)
        phone = page is self.phone_page
        self.header.setVisible(self.state is not None and not own and not (self._short and phone))

    def _fit_ballot(self) -> None:
        space = self._space
        if self.ballot is not None and space is not None:
            self.ballot.fit(
                space,
                short=space.height() < BOOTH_SHORT_BELOW,
                large_text=self.shell.theme.large_text,
            )

    def _show_secrecy(self) -> None:
        """A secret ballot says so; a named vote (not secret, by design) says so louder."""
        secret = self.state is None or self.state.vote.secret
        if secret:
            self.welcome_hint.setText(self.tr("Your vote is secret: nobody sees your choice."))
            self.phone_hint.setText(
                self.tr("Your vote stays secret: the code is linked to nobody and works once.")
            )
        else:
            self.welcome_hint.setText(
                self.tr(
                    "This vote is not secret: your name and your choice will be in the minutes."
                )
            )
            self.phone_hint.setText(
                self.tr("This code is yours and works once. This vote is not secret.")
            )
        named = self.tr(
            "This vote is not secret: your name and your choice will be in the minutes."
        )
        self.named_note.setText(named)
        self.named_review.setText(named)
        self.named_note.setVisible(not secret)
        self.named_review.setVisible(not secret)

    def blank(self) -> None:
        """Back to the privacy page: the ballot and the voter are forgotten."""
        self.idle.stop()
        self.voices = []
        self.voter = None
        self.phone_urls = []
        self.phone_index = 0
        self.phone_qr.set_data("")
        self.phone_url.clear()
        self._drop_ballot()
        self.notice.hide()
        self.pages.setCurrentWidget(self.welcome)

    def _drop_ballot(self) -> None:
        ballot, self.ballot = self.ballot, None
        if ballot is None:
            return
        for widget, layout in ((ballot, self.ballot_slot), (ballot.status, self.ballot_status)):
            if widget is not None:
                layout.removeWidget(widget)
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()

    def on_enter(self, args: ScreenArgs | None) -> None:
        if isinstance(args, NextVoice) and self.voices:
            self._next_ballot()
        elif not self.voices:
            self.pages.setCurrentWidget(self.welcome)
        super().on_enter(args)

    def prepare_screenshot(self) -> None:
        vote = demo_vote(self.method_names[0])
        self.show_fixed(VoteState(vote, DEMO_TURNOUT, None, pictures=demo_pictures(vote)))
        self.voices = [Voice(uuid.UUID(int=1), "Camille", proxy=False)]
        self._next_ballot(shuffle=False)
        ballot = self.ballot
        if isinstance(ballot, Ballot):
            _fill_demo(ballot)
        self.idle.stop()  # a screenshot, not a voter: nothing to blank

    def _badge_scanned(self, holder: BadgeHolder) -> None:
        state = self.state
        if not self.isVisible() or state is None or self.pages.currentWidget() is not self.welcome:
            return
        person_id = holder.person_id

        def got(found: list[Voice]) -> None:
            self.voter = person_id
            self.voices = list(found)
            self._next_ballot()

        self.notice.hide()
        ops.voices_for(self, state.vote.id, person_id, success=got, failure=self.refused)

    def _next_ballot(self, *, shuffle: bool = True) -> None:
        state = self.state
        if state is None or not self.voices:
            self.blank()
            return
        self._drop_ballot()
        self.ballot = make_ballot(
            state.vote,
            shuffle=shuffle,
            pictures=state.pictures,
            language=self.shell.language,
            high_contrast=self.shell.theme.high_contrast,
        )
        self._fit_ballot()
        self.ballot.sig_changed.connect(self._touched)
        self.ballot_scroll.scroll_to_top()  # nothing of the last voter's place
        self.ballot_slot.addWidget(self.ballot)
        if self.ballot.status is not None:
            self.ballot_status.addWidget(self.ballot.status)
        self._show_whose()
        self._touched()
        self.phone_button.setVisible(state.vote.status == "open" and "phone" in state.vote.channels)
        self.pages.setCurrentWidget(self.ballot_page)

    def _show_whose(self) -> None:
        if not self.voices:
            self.whose.clear()
            return
        voice = self.voices[0]
        if voice.proxy:
            self.whose.setText(self.tr("Ballot for {name} (proxy)").format(name=voice.first_name))
        else:
            self.whose.setText(self.tr("Your ballot, {name}").format(name=voice.first_name))

    def _touched(self) -> None:
        self.idle.start()
        self.review_button.setEnabled(self.ballot is not None and self.ballot.content() is not None)

    def review(self) -> None:
        if self.ballot is None or self.ballot.content() is None:
            return
        self.review_text.setText(self.ballot.summary())
        self.review_scroll.scroll_to_top()
        self.pages.setCurrentWidget(self.review_page)
        self._touched()

    def cast(self) -> None:
        state, ballot = self.state, self.ballot
        if state is None or ballot is None or not self.voices or self.voter is None or self.busy:
            return
        content = ballot.content()
        if content is None:
            return
        voice = self.voices[0]

        def done(_changes: object) -> None:
            self.busy = False
            self.voices.pop(0)
            self._drop_ballot()
            self.shell.go(
                "vote-confirmed", BallotCast(self.name, state.vote, more=bool(self.voices))
            )

        self.busy = True
        self.idle.stop()
        ops.cast_ballot(
            self,
            state.vote.id,
            voter_id=self.voter,
            content=content,
            proxy_for=voice.person_id if voice.proxy else None,
            success=done,
            failure=self._cast_refused,
        )

    def by_phone(self) -> None:
        """One code per remaining voice (own, proxies), each shown as a QR; the voter's roll
        rows are marked voted now, so they cannot also vote here."""
        state = self.state
        if state is None or not self.voices or self.voter is None or self.busy:
            return

        def got(done: Done) -> None:
            urls: list[str] = done.value
            self.busy = False
            self.voices = []
            self._drop_ballot()
            self.phone_urls = urls
            self.phone_index = 0
            self._show_code()
            self.pages.setCurrentWidget(self.phone_page)
            self.idle.start()  # the codes blank themselves too

        self.busy = True
        self.idle.stop()
        ops.phone_codes(
            self,
            state.vote.id,
            self.voter,
            holder=self.ballot_server,
            success=got,
            failure=self._cast_refused,
        )

    def _next_code(self) -> None:
        if self.phone_index + 1 < len(self.phone_urls):
            self.phone_index += 1
            self._show_code()
            self.idle.start()

    def _show_code(self) -> None:
        urls = self.phone_urls
        if not urls:
            return
        url = urls[self.phone_index]
        self.phone_qr.set_data(url)
        self.phone_url.setText(url.removeprefix("http://"))
        self.phone_step.setText(
            self.tr("Code {number} of {total}").format(number=self.phone_index + 1, total=len(urls))
        )
        self.phone_step.setVisible(len(urls) > 1)
        last = self.phone_index + 1 >= len(urls)
        self.phone_next.setVisible(not last)
        self.phone_done.setVisible(last)

    def _cast_refused(self, error: Exception) -> None:
        self.refused(error)
        self.blank()
        self.notice.show()


def _scroll_column(*parts: QWidget | QLayout, spacing: int) -> VerticalScrollArea:
    """`parts` one under the other at the top of a scroll area that takes the height the
    booth leaves over its buttons."""
    column = QWidget()
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 8, 0)
    layout.setSpacing(spacing)
    for part in parts:
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part)
    layout.addStretch(1)
    area = VerticalScrollArea(column)
    area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
    area.setMinimumHeight(BOOTH_SCROLL_MIN)
    kinetic(area)
    return area


def _fill_demo(ballot: Ballot) -> None:
    from ui.screens.voting.widgets import BasketBallot, GradesBallot, MotionBallot, RankingBallot

    if isinstance(ballot, MotionBallot):
        ballot.choose("yes")
    elif isinstance(ballot, RankingBallot):
        ballot.rank(ballot.labels[2])
        ballot.rank(ballot.labels[0])
    elif isinstance(ballot, GradesBallot):
        for index, label in enumerate(ballot.labels):
            ballot.grade(label, (4 + index) % len(ballot.grades))
    elif isinstance(ballot, BasketBallot):
        ballot.toggle(ballot.options[0].label)
        ballot.toggle(ballot.options[2].label)


@register_screen
class MotionBooth(BoothScreen):
    name = "vote-booth-motion"
    method_names = ("motion",)


@register_screen
class RankingBooth(BoothScreen):
    name = "vote-booth-ranking"
    method_names = ("irv", "schulze", "plurality")


@register_screen
class GradesBooth(BoothScreen):
    name = "vote-booth-mj"
    method_names = ("mj",)


@register_screen
class BasketBooth(BoothScreen):
    name = "vote-booth-pb"
    method_names = ("pb", "approval")


@register_screen
class ConfirmedScreen(Screen):
    """ "A voté !" for a few seconds, then the booth's privacy page (or the next proxy)."""

    name = "vote-confirmed"
    accepts_badges = False
    args_type = BallotCast

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.booth = "vote-booth-motion"
        self.more = False
        # The vote's level stays on screen here too (a consultation advises, a co-decision
        # binds); nothing of the ballot does.
        self.vote: VoteInfo | None = None
        self.header = VoteHeader()
        self.big = label("display")
        self.big.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = label("lead")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The booth goes to the next voter by itself, and says when; "I'm done" goes now.
        self.left = CONFIRMED_S
        self.countdown = label("lead")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_button = TouchButton(kind="primary", big=True, icon_name="check")
        self.done_button.clicked.connect(self._next)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 32)
        layout.setSpacing(24)
        layout.addWidget(self.header)
        layout.addStretch(1)
        layout.addWidget(self.big)
        layout.addWidget(self.hint)
        layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.countdown)
        layout.addStretch(1)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Voting booth")

    def retranslate(self) -> None:
        self.big.setText(self.tr("Voted!"))
        self.hint.setText(
            self.tr("Your ballot is in the box. Next ballot: your proxy.")
            if self.more
            else self.tr("Your ballot is in the box. Thank you!")
        )
        self.header.show_vote(
            self.vote, high_contrast=self.shell.theme.high_contrast, language=self.shell.language
        )
        self._show_left()

    def _show_left(self) -> None:
        self.done_button.setText(self.tr("Next ballot") if self.more else self.tr("I'm done"))
        text = (
            self.tr("Next ballot in %n second(s)", "", self.left)
            if self.more
            else self.tr("Back to the start in %n second(s)", "", self.left)
        )
        self.countdown.setText(text)

    def _tick(self) -> None:
        self.left = max(0, self.left - 1)
        self._show_left()
        if self.left == 0:
            self._next()

    def prepare_screenshot(self) -> None:
        self.vote = demo_vote("motion")
        self.left = CONFIRMED_S
        self._show_left()

    def on_enter(self, args: ScreenArgs | None) -> None:
        if isinstance(args, BallotCast):
            self.booth, self.vote = args.booth, args.vote
        self.more = isinstance(args, BallotCast) and args.more
        self.left = CONFIRMED_S
        self.retranslate()
        self.timer.start()

    def on_leave(self) -> None:
        self.timer.stop()

    def reset(self) -> None:
        self.timer.stop()
        self.more = False
        self.vote = None

    def _next(self) -> None:
        self.timer.stop()
        if self.isVisible():
            vote = self.vote
            self.shell.go(self.booth, NextVoice(vote.id) if self.more and vote else None)
