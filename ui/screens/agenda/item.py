"""A member's item on a body's agenda: what it asks, where it stands (its timeline), how many
members signed it and how many it needs, the body's answer and the meeting it is on.

Co-signing is a badge scan on this screen while the body has not answered: once per member,
never the proposer (the service says so, by name). Each name taken is thanked at once and the
count moves; the threshold reached turns the timeline's second step on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from app.changes import Changes, Entity
from ui.navigation import Screen, register_screen
from ui.screen_args import AgendaItemArgs, ScreenArgs
from ui.screens.agenda import ops
from ui.screens.agenda.widgets import Timeline, when_text
from ui.shell import Shell
from ui.widgets.empty_state import EmptyState
from ui.widgets.page import failure_text, label, set_page_margins

if TYPE_CHECKING:
    import uuid

    from app.agenda.types import AgendaItemView, Cosigned
    from app.badges.types import BadgeHolder

PHOTO_SIZE = QSize(480, 360)


def _card() -> tuple[QFrame, QVBoxLayout]:
    card = QFrame()
    card.setProperty("role", "card")
    inner = QVBoxLayout(card)
    inner.setContentsMargins(32, 24, 32, 24)
    inner.setSpacing(12)
    return card, inner


@register_screen
class ItemScreen(Screen):
    name = "agenda-item"
    args_type = AgendaItemArgs

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.item_id: uuid.UUID | None = None
        self.item: AgendaItemView | None = None
        self.busy = False
        self.heading = label("title")
        self.who = label("lead")
        self.description = label("lead")
        self.photo = QLabel()
        self.photo.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.photo.hide()
        self.empty = EmptyState("scroll-text")
        # Where it stands.
        self.stands_card, stands = _card()
        self.stands_title = label("heading")
        self.timeline = Timeline()
        stands.addWidget(self.stands_title)
        stands.addWidget(self.timeline)
        # Co-signatures.
        self.signatures_card, signatures = _card()
        self.signatures = label("heading")
        self.cosign_hint = label("lead")
        self.thanks = label("heading")
        self.thanks.hide()
        self.error = label("error")
        self.error.hide()
        for widget in (self.signatures, self.cosign_hint, self.thanks, self.error):
            signatures.addWidget(widget)
        # The body's answer, the meeting.
        self.answer_card, answer = _card()
        self.answer_title = label("heading")
        self.answer = label("lead")
        self.meeting = label("lead")
        for widget in (self.answer_title, self.answer, self.meeting):
            answer.addWidget(widget)
        layout = QVBoxLayout(self)
        set_page_margins(layout)
        layout.setSpacing(20)
        parts: tuple[QWidget, ...] = (
            self.heading,
            self.who,
            self.description,
            self.photo,
            self.empty,
            self.signatures_card,
            self.stands_card,
            self.answer_card,
        )
        for part in parts:
            layout.addWidget(part)
        layout.addStretch(1)
        shell.sig_badge_scanned.connect(self._badge_scanned)
        self.retranslate()

    def title(self) -> str:
        return self.tr("An item for a body's agenda")

    def retranslate(self) -> None:
        self.empty.set_texts(self.tr("This item is no longer known."))
        self.stands_title.setText(self.tr("Where it stands"))
        self._show()

    def reset(self) -> None:
        self.item_id = None
        self.item = None
        self.busy = False
        self.photo.clear()
        self.photo.hide()
        self.thanks.hide()
        self.error.hide()
        self._show()

    def on_enter(self, args: ScreenArgs | None) -> None:
        if isinstance(args, AgendaItemArgs) and args.item_id != self.item_id:
            self.reset()
            self.item_id = args.item_id
        if self.item_id is not None:
            self._load()

    def on_changes(self, changes: Changes, initiator: object) -> None:
        # The hub's answer pulled by a sync, or a name taken at another screen.
        if (
            initiator is not self
            and changes.concerns(Entity.AGENDA_ITEM, Entity.AGENDA_SUPPORT, Entity.MEETING)
            and self.item_id is not None
            and self.isVisible()
        ):
            self._load()

    def prepare_screenshot(self) -> None:
        def picked(item_id: uuid.UUID | None) -> None:
            if item_id is not None:
                self.item_id = item_id
                self._load()

        ops.demo_item(self, success=picked)

    def arrange(self, space: QSize) -> None:
        width = min(PHOTO_SIZE.width(), max(200, space.width() // 3))
        self.photo.setMaximumWidth(width)

    def _load(self) -> None:
        item_id = self.item_id
        if item_id is not None:
            ops.item(self, item_id, success=self._loaded, failure=self._gone)

    def _loaded(self, loaded: tuple[AgendaItemView, bytes | None]) -> None:
        item, photo = loaded
        if item.id != self.item_id:
            return
        self.item = item
        if photo is None:
            self.photo.clear()
            self.photo.hide()
        else:
            pixmap = QPixmap.fromImage(QImage.fromData(photo))
            self.photo.setPixmap(
                pixmap.scaled(
                    PHOTO_SIZE,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            self.photo.show()
        self._show()

    def _gone(self, error: Exception) -> None:
        self.item = None
        self._show()
        self.shell.toast(failure_text(error))

    def _show(self) -> None:
        item = self.item
        known = item is not None
        self.empty.setVisible(not known and self.item_id is not None)
        for widget in (
            self.who,
            self.description,
            self.signatures_card,
            self.stands_card,
            self.answer_card,
        ):
            widget.setVisible(known)
        self.timeline.show_item(item)
        if item is None:
            self.heading.setText(self.tr("An item for a body's agenda"))
            return
        language = self.shell.language
        self.heading.setText(item.title)
        self.who.setText(
            self.tr("Proposed by {name} to: {body}").format(
                name=item.proposer_name, body=item.body_name_in(language)
            )
        )
        self.description.setText(item.description)
        self.description.setVisible(bool(item.description))
        self.signatures.setText(
            self.tr("{count} of the {needed} signatures needed").format(
                count=item.supports, needed=item.needed
            )
            if item.supports < item.needed
            else self.tr("{count} signatures: enough ({needed} needed)").format(
                count=item.supports, needed=item.needed
            )
        )
        if item.open_for_support:
            self.cosign_hint.setText(
                self.tr("You agree it should be discussed? Scan your badge to add your name.")
            )
        else:
            self.cosign_hint.setText(self.tr("The body has answered: no more names are needed."))
        self.answer_title.setText(
            self.tr("The body's answer") if item.answer else self.tr("When it is discussed")
        )
        self.answer.setText(item.answer)
        self.answer.setVisible(bool(item.answer))
        if item.meeting_starts_at is not None:
            self.meeting.setText(
                self.tr("On the agenda of: {meeting}, {when}").format(
                    meeting=item.meeting_title_in(language), when=when_text(item.meeting_starts_at)
                )
            )
        self.meeting.setVisible(item.meeting_starts_at is not None)
        self.answer_card.setVisible(bool(item.answer) or item.meeting_starts_at is not None)

    # -- Co-signing -----------------------------------------------------------------------------

    def _badge_scanned(self, holder: BadgeHolder) -> None:
        item = self.item
        if not self.isVisible() or item is None or self.busy:
            return
        self.busy = True
        self.thanks.hide()
        self.error.hide()
        ops.cosign(
            self, item.id, holder.person_id, success=self._cosigned, failure=self._not_cosigned
        )

    def _cosigned(self, cosigned: Cosigned) -> None:
        self.busy = False
        if cosigned.item.id != self.item_id:
            return
        self.item = cosigned.item
        self.thanks.setText(
            self.tr("Thank you, {name}: your name is on it.").format(name=cosigned.first_name)
        )
        self.thanks.show()
        self._show()

    def _not_cosigned(self, error: Exception) -> None:
        self.busy = False
        self.error.setText(failure_text(error))
        self.error.show()
