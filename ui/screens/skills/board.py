"""The skills board and its search, for a finger.

`skills-board`: the live posts as cards in a grid, newest first, that a finger drags (the
navigator's kinetic scrolling); chips filter by kind, sector (folded behind one button) and
modality, and "skills in the room today" keeps the posts of people checked in here now. The
big search field leads to `skills-search`; "Post an offer or a need" to `skill-new`, "My
matches" to `skill-matches`. `skills-search`: the same filters under a field the on-screen
keyboard types into, the results read again a moment after each keystroke (accents and case do
not matter: the query layer's FTS5 index), and when nothing is found, "post a need?" with what
was typed.

Cards come a page at a time (`CARDS_AT_ONCE`, then "Show more"): a board of 20 000 posts draws
as fast as one of 20 (`benchmarks/skills_board.py`).
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QBoxLayout, QLineEdit, QVBoxLayout

from app.changes import Changes, Entity
from app.skills.types import BoardFilter, PostKind
from ui import theme
from ui.first_frame import set_focus_policy
from ui.navigation import Screen, register_screen
from ui.screen_args import ScreenArgs, SkillFormArgs, SkillPostArgs, SkillSearchArgs
from ui.screens.skills import ops
from ui.screens.skills.widgets import CARD_MIN_WIDTH, BoardFilters, CardGrid, SkillPlurals
from ui.shell import Shell
from ui.widgets.buttons import TouchButton
from ui.widgets.empty_state import EmptyState
from ui.widgets.page import PAGE_MARGINS, failure_text, label, set_page_margins

if TYPE_CHECKING:
    from app.skills.types import Board, PostCard, Taxonomy

# Two rows of a wide screen and more: the first page draws at once, "Show more" adds to it.
CARDS_AT_ONCE = 12
# The search waits this long after a keystroke before reading (a word typed at speed is read
# once, at its end).
DEBOUNCE_MS = 150
FILTER_SPACING = 16
MATCHES_SCREEN = "skill-matches"


class SearchLead(QLineEdit):
    """The board's search field: it looks like the search's, and a tap takes the person to
    the search screen, where the on-screen keyboard types (it takes no keys itself: a field
    with the focus here would open the keyboard over the board)."""

    sig_tapped = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setReadOnly(True)
        set_focus_policy(self, "NoFocus")
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()
        if self.rect().contains(event.position().toPoint()):
            self.sig_tapped.emit()


class BoardScreen(Screen):
    """What the board and its search share: the filters, the grid of cards, the count, the
    empty state and "Show more"."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.taxonomy: Taxonomy | None = None
        self.board: Board | None = None
        self.limit = CARDS_AT_ONCE
        self.photos: dict[uuid.UUID, bytes] = {}
        self._asked: set[uuid.UUID] = set()
        self._taxonomy_asked = False
        # Answers to an older read (a keystroke since) are dropped.
        self._reading = 0
        self.heading = label("title")
        self.filters = BoardFilters()
        self.filters.sig_changed.connect(self.filters_changed)
        self.count = label("muted")
        self.grid = CardGrid()
        self.grid.sig_chosen.connect(self.choose)
        self.empty = EmptyState("inbox")
        self.empty.hide()
        self.more = TouchButton(kind="secondary", big=True, icon_name="plus")
        self.more.clicked.connect(self._more)
        self.more.hide()
        self.error = label("error")
        self.error.hide()
        self.body = QVBoxLayout(self)
        set_page_margins(self.body)
        self.body.setSpacing(20)

    def finish_layout(self) -> None:
        for widget in (self.filters, self.error, self.count, self.empty, self.grid, self.more):
            self.body.addWidget(widget)
        self.body.addStretch(1)

    # -- What is read ---------------------------------------------------------------------------

    def wanted(self) -> BoardFilter:
        return BoardFilter(
            query=self.query(),
            kind=self.filters.kind(),
            sector=self.filters.sector(),
            modality=self.filters.modality(),
            in_room=self.filters.in_room.isChecked(),
            limit=self.limit,
        )

    def query(self) -> str:
        return ""

    def load(self) -> None:
        self._reading += 1
        reading = self._reading

        def read(board: Board) -> None:
            self.loaded(board, reading)
            self._sectors()

        def refused(error: Exception) -> None:
            self.failed(error)
            self._sectors()

        ops.board(self, self.wanted(), success=read, failure=refused)

    def _sectors(self) -> None:
        """The sectors' chips, read once the cards are shown: the first page does not wait
        for them (nor share the interpreter with their read)."""
        if self.taxonomy is None and not self._taxonomy_asked:
            self._taxonomy_asked = True
            ops.taxonomy(self, success=self._taxonomy)

    def _taxonomy(self, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy
        self.filters.set_taxonomy(taxonomy, self.shell.language)
        self.rearrange()

    def loaded(self, board: Board, reading: int) -> None:
        if reading != self._reading:
            return
        self.error.hide()
        shown = [card.id for card in self.grid.posts()]
        if shown != [card.id for card in board.cards[: len(shown)]]:
            self.grid.clear()
        self.board = board
        added = board.cards[len(self.grid.posts()) :]
        self.grid.add(added, self.shell.language)
        wanted = frozenset(
            card.person_id
            for card in added
            if card.author_photo_id is not None and card.person_id not in self._asked
        )
        if wanted:
            self._asked |= wanted
            ops.photos(self, wanted, success=self._photos)
        self.show_count()

    def _photos(self, photos: dict[uuid.UUID, bytes]) -> None:
        self.photos.update(photos)
        self.grid.set_photos(self.photos)

    def failed(self, error: Exception) -> None:
        self.error.setText(failure_text(error))
        self.error.show()

    def filters_changed(self) -> None:
        self.limit = CARDS_AT_ONCE
        self.load()

    def _more(self) -> None:
        self.limit += CARDS_AT_ONCE
        self.load()

    def on_changes(self, changes: Changes, initiator: object) -> None:
        if changes.concerns(Entity.SKILL_POST, Entity.VISIT) and self.isVisible():
            self.load()

    def reset(self) -> None:
        self.filters.reset()
        self.limit = CARDS_AT_ONCE
        self.board = None
        self.grid.clear()
        self.empty.hide()
        self.more.hide()
        self.error.hide()
        self.count.clear()

    # -- What is shown --------------------------------------------------------------------------

    def retranslate(self) -> None:
        if self.taxonomy is not None:
            self.filters.set_taxonomy(self.taxonomy, self.shell.language)
        else:
            self.filters.show_texts()
        self.grid.show_texts(self.shell.language)
        self.more.setText(QCoreApplication.translate("BoardScreen", "Show more"))
        self.show_count()

    def show_count(self) -> None:
        board = self.board
        if board is None:
            self.count.clear()
            self.empty.hide()
            self.more.hide()
            return
        self.count.setText(SkillPlurals().posts(board.total))
        self.count.setVisible(board.total > 0)
        self.more.setVisible(len(self.grid.posts()) < board.total)
        self.show_empty(board.total == 0)

    def show_empty(self, empty: bool) -> None:
        if self.filters.in_room.isChecked():
            self.empty.set_texts(
                QCoreApplication.translate(
                    "BoardScreen", "Nobody checked in today has posted a skill yet."
                ),
                QCoreApplication.translate(
                    "BoardScreen", "Tap “Skills in the room today” again to see every post."
                ),
            )
        else:
            self.empty.set_texts(
                QCoreApplication.translate("BoardScreen", "No post matches these choices."),
                QCoreApplication.translate(
                    "BoardScreen", "Choose “Offers and needs” and “Every sector” to see every post."
                ),
            )
        self.empty.setVisible(empty)

    def arrange(self, space: QSize) -> None:
        room = self.room(space) - PAGE_MARGINS[0] - PAGE_MARGINS[2]
        scale = theme.current().metrics.scale
        card = int(CARD_MIN_WIDTH * scale)
        self.grid.set_columns(max(1, min(3, (room + 16) // (card + 16))))
        widest = self.filters.widest()
        columns = next((c for c in (4, 3, 2) if c * widest + (c - 1) * FILTER_SPACING <= room), 1)
        self.filters.set_columns(columns)
        # Kinds and ways side by side when six chips fit a row, else one set a row.
        six = self.filters.chips_width() <= room
        self.filters.chips.setDirection(
            QBoxLayout.Direction.LeftToRight if six else QBoxLayout.Direction.TopToBottom
        )
        chip = max(
            button.sizeHint().width()
            for chips in (self.filters.kinds, self.filters.modalities)
            for button in chips.buttons.values()
        )
        three = 3 if 3 * chip + 2 * FILTER_SPACING <= room else 1
        self.filters.kinds.set_columns(three)
        self.filters.modalities.set_columns(three)
        self.filters.row.setDirection(
            QBoxLayout.Direction.LeftToRight
            if self.filters.row_width() <= room
            else QBoxLayout.Direction.TopToBottom
        )

    def choose(self, card: PostCard) -> None:
        self.shell.go("skill-post", SkillPostArgs(card.id))

    def still_drawing(self) -> bool:
        return self.grid.building()


@register_screen
class SkillsBoardScreen(BoardScreen):
    name = "skills-board"

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.post = TouchButton(kind="primary", big=True, icon_name="plus")
        self.post.clicked.connect(lambda: self.shell.go("skill-new"))
        self.matches = TouchButton(kind="secondary", big=True, icon_name="users")
        self.matches.clicked.connect(lambda: self.shell.go(MATCHES_SCREEN))
        self.lead = label("lead")
        self.search = SearchLead()
        self.search.sig_tapped.connect(lambda: self.shell.go("skills-search", SkillSearchArgs()))
        actions = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        actions.setSpacing(16)
        actions.addWidget(self.post)
        actions.addWidget(self.matches)
        actions.addStretch(1)
        self._actions = actions
        top = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        top.setSpacing(16)
        top.addWidget(self.heading, 1)
        top.addLayout(actions)
        self._top = top
        self.body.addLayout(top)
        self.body.addWidget(self.lead)
        self.filters.lead_with(self.search)
        self.finish_layout()
        self.retranslate()

    def title(self) -> str:
        return self.tr("Skills")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Skills to share"))
        self.lead.setText(
            self.tr("Tap a card to read it and meet its author: the kiosk makes the introduction.")
        )
        self.post.setText(self.tr("Post an offer or a need"))
        self.matches.setText(self.tr("My matches"))
        self.search.setPlaceholderText(self.tr("Search: a skill, a word, a sector…"))
        super().retranslate()

    def on_enter(self, args: ScreenArgs | None) -> None:
        self.matches.setVisible(MATCHES_SCREEN in self.shell.router.catalogue())
        self.load()

    def prepare_screenshot(self) -> None:
        self.load()

    def arrange(self, space: QSize) -> None:
        super().arrange(space)
        room = self.room(space) - PAGE_MARGINS[0] - PAGE_MARGINS[2]
        self.side_by_side_if_room(self._actions, self.room(space))
        # The heading keeps to one line beside the buttons, or the buttons go under it.
        one_line = self.heading.fontMetrics().horizontalAdvance(self.heading.text())
        buttons = self.post.sizeHint().width() + 16
        if self.matches.isVisibleTo(self):
            buttons += self.matches.sizeHint().width() + 16
        beside = one_line + buttons <= room
        self._top.setDirection(
            QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        )


@register_screen
class SkillsSearchScreen(BoardScreen):
    name = "skills-search"
    args_type = SkillSearchArgs

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.field = QLineEdit()
        self.field.setMaxLength(200)
        self.field.textEdited.connect(self._typed)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.filters_changed)
        self.post_need = TouchButton(kind="primary", big=True, icon_name="plus")
        self.post_need.clicked.connect(self._post_need)
        self.post_need.hide()
        self.body.addWidget(self.heading)
        self.filters.lead_with(self.field)
        self.finish_layout()
        self.body.insertWidget(self.body.indexOf(self.empty) + 1, self.post_need, 0)
        self.body.setAlignment(self.post_need, Qt.AlignmentFlag.AlignHCenter)
        self.retranslate()

    def keyboard_result(self) -> QRect | None:
        cards = [card for card in self.grid.cards if card.isVisibleTo(self)]
        if not cards:
            return None
        return QRect(cards[0].mapTo(self, QPoint(0, 0)), cards[0].size())

    def title(self) -> str:
        return self.tr("Search the skills")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("What are you looking for?"))
        self.field.setPlaceholderText(self.tr("A skill, a word, a sector…"))
        self.post_need.setText(self.tr("Post it as a need"))
        super().retranslate()

    def query(self) -> str:
        return self.field.text().strip()

    def on_enter(self, args: ScreenArgs | None) -> None:
        if isinstance(args, SkillSearchArgs):
            self.field.setText(args.query)
        self.field.setFocus()
        self.field.end(False)
        self.filters_changed()

    def prepare_screenshot(self) -> None:
        self.field.setText("mont")

    def reset(self) -> None:
        super().reset()
        self._debounce.stop()
        self.field.clear()
        self.post_need.hide()

    def _typed(self, _text: str) -> None:
        self._debounce.start()

    def show_empty(self, empty: bool) -> None:
        if not self.query():
            super().show_empty(empty)
            self.post_need.hide()
            return
        self.empty.set_texts(
            self.tr("Nothing found for “{query}”.").format(query=self.query()),
            self.tr("Nobody offers it yet? Post it as a need: the kiosk tells you who can help."),
        )
        self.empty.setVisible(empty)
        self.post_need.setVisible(empty)

    def _post_need(self) -> None:
        self.shell.go("skill-new", SkillFormArgs(kind=PostKind.need.value, title=self.query()))
