"""The roll call: who is present, proxies given and revoked."""

from __future__ import annotations

import uuid
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
    QLocale,
    QObject,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.voting.queries import VoteState
from app.voting.types import (
    RollLine,
)
from ui import theme
from ui.demo import demo_facilitator
from ui.navigation import register_screen
from ui.screens.voting import ops
from ui.screens.voting.base import VoteScreen
from ui.screens.voting.widgets import (
    DEMO_TURNOUT,
    demo_vote,
)
from ui.shell import Shell
from ui.theme import restyle
from ui.widgets.buttons import TouchButton
from ui.widgets.confirm import ConfirmOverlay
from ui.widgets.figures import FigureTable
from ui.widgets.page import label
from ui.widgets.person_search import PersonSearch

if TYPE_CHECKING:
    from app.badges.types import BadgeHolder


# -- Roll call -----------------------------------------------------------------------------------


@register_screen
class RollcallScreen(VoteScreen):
    name = "vote-rollcall"
    shows_personal_data = True
    facilitator_only = True
    wants_roll = True

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.quorum = label("heading")
        # Who is here, as a table: the numbers right-aligned one under the other.
        self.figures = FigureTable("lead")
        self.hint = label("muted")
        self.search = PersonSearch(shell.tasks, public=False)
        self.search.sig_person_chosen.connect(self._chosen)
        self.proxy_button = TouchButton(icon_name="users", checkable=True)
        self.proxy_button.clicked.connect(self._proxy_mode)
        self.proxy_step = label("lead")
        self.people = QListWidget()
        self.people.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.people.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.people.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Rows with a button are fitted to the list's width whenever it changes.
        self.people.viewport().installEventFilter(self)
        self.back_button = TouchButton(icon_name="arrow-left")
        self.back_button.clicked.connect(self.shell.back)
        self.giver: tuple[uuid.UUID, str] | None = None
        self.revoke_buttons: dict[uuid.UUID, TouchButton] = {}
        left = QVBoxLayout()
        left.setSpacing(12)
        left.addWidget(self.hint)
        left.addWidget(self.search, 1)
        left.addWidget(self.proxy_button)
        left.addWidget(self.proxy_step)
        right = QVBoxLayout()
        right.setSpacing(12)
        right.addWidget(self.header)
        right.addWidget(self.quorum)
        right.addWidget(self.figures)
        right.addWidget(self.notice)
        right.addWidget(self.people, 1)
        right.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._body = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._body.setContentsMargins(48, 24, 48, 32)
        self._body.setSpacing(40)
        self._body.addLayout(left, 2)
        self._body.addLayout(right, 3)
        shell.sig_badge_scanned.connect(self._badge_scanned)
        self.confirm = ConfirmOverlay(self)
        self.retranslate()

    def keyboard_result(self) -> QRect | None:
        return self.search.first_result(self)

    def title(self) -> str:
        return self.tr("Roll call")

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "Scan badges at the door, or find a person and tap their name to tick them present."
            )
        )
        self.proxy_button.setText(self.tr("Record a proxy"))
        self.back_button.setText(self.tr("Back"))
        self._show_proxy_step()
        super().retranslate()

    def reset(self) -> None:
        super().reset()
        self.confirm.cancel()
        self.search.clear()
        self.giver = None
        self.proxy_button.setChecked(False)

    def arrange(self, space: QSize) -> None:
        portrait = space.height() > space.width()
        self._body.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )

    def prepare_screenshot(self) -> None:
        demo_facilitator(self.shell)
        names = [
            "Amina B.",
            "Bastien C.",
            "Chloé D.",
            "Dries V.",
            "Élodie F.",
            "Fatou G.",
            "Gaspard H.",
            "Hanne J.",
        ]
        lines = [
            RollLine(
                uuid.UUID(int=i + 1),
                name,
                present=True,
                eligible=i != 5,
                has_voted=i % 3 == 0,
                weight=1,
                proxies_held=1 if i == 1 else 0,
                represented_by="",
            )
            for i, name in enumerate(names)
        ]
        # Shown near the top: a proxy not used yet, with its "revoke" button.
        lines.insert(
            2, RollLine(uuid.UUID(int=99), "Inès M.", False, True, False, 1, 0, "Bastien C.")
        )
        self.show_fixed(VoteState(demo_vote("motion"), DEMO_TURNOUT, True, tuple(lines)))

    def show_state(self) -> None:
        super().show_state()
        state = self.state
        self.people.clear()
        if state is None:
            self.quorum.setText(self.tr("No vote to call the roll for."))
            self.figures.set_rows([])
            return
        figures = state.turnout
        if state.quorum is None:
            self.quorum.setText(self.tr("No quorum for this vote."))
        else:
            text = self.tr("Quorum met") if state.quorum else self.tr("Quorum not met yet")
            self.quorum.setText(text)
        restyle(self.quorum, "role", "heading" if state.quorum is not False else "error")
        number = QLocale().toString
        self.figures.set_rows(
            [
                (self.tr("Present"), number(figures.present)),
                (self.tr("Represented by a proxy"), number(figures.represented)),
                (self.tr("Entitled to vote"), number(figures.entitled)),
            ]
        )
        self.revoke_buttons = {}
        for line in state.roll:
            parts = [line.name]
            if not line.present and line.represented_by:
                parts.append(self.tr("represented by {name}").format(name=line.represented_by))
            elif not line.eligible:
                parts.append(self.tr("present, does not vote"))
            if line.proxies_held:
                parts.append(self.tr("holds %n proxy(ies)", "", line.proxies_held))
            if line.has_voted:
                parts.append(self.tr("has voted"))
            text = " · ".join(parts)
            if not (line.represented_by and not line.has_voted and state.vote.status != "closed"):
                self.people.addItem(text)
                continue
            # A proxy not used yet can be revoked (the giver arrived, or changed their mind).
            item = QListWidgetItem()
            row = QWidget()
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(8, 4, 8, 4)
            label = QLabel(text)
            label.setWordWrap(True)
            revoke = TouchButton(kind="destructive", icon_name="x")
            revoke.setText(self.tr("Revoke the proxy"))
            revoke.clicked.connect(lambda _c=False, line=line: self._confirm_revoke(line))
            self.revoke_buttons[line.person_id] = revoke
            row_layout.addWidget(label, 1)
            row_layout.addWidget(revoke)
            self.people.addItem(item)
            self.people.setItemWidget(item, row)
        self._fit_rows()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.people.viewport():
            self._fit_rows()
        return super().eventFilter(watched, event)

    def _fit_rows(self) -> None:
        """A row with a revoke button as tall as its wrapped text needs at the list's width."""
        # The style sheet pads every item (`QListWidget::item`) around its widget, inside room
        # for the selected outline.
        current = theme.current()
        padding = 2 * (current.metrics.space(2) + current.state("selected").edge_px)
        width = self.people.viewport().width() - padding
        changed = False
        for index in range(self.people.count()):
            item = self.people.item(index)
            row = self.people.itemWidget(item)
            if row is not None:
                height = row.heightForWidth(width) if row.hasHeightForWidth() else -1
                needed = max(height, row.minimumSizeHint().height()) + padding
                hint = QSize(0, max(72, needed))
                if hint != item.sizeHint():
                    item.setSizeHint(hint)
                    changed = True
        if changed:
            self.people.doItemsLayout()  # the rows take their new heights now

    def _confirm_revoke(self, line: RollLine) -> None:
        self.confirm.ask(
            self.tr("Revoke the proxy of {name}?").format(name=line.name),
            detail=self.tr("{holder} will no longer vote for {name}.").format(
                holder=line.represented_by, name=line.name
            ),
            yes=self.tr("Revoke the proxy"),
            no=self.tr("Cancel"),
            then=lambda: self._revoke(line),
            danger=True,
        )

    def _revoke(self, line: RollLine) -> None:
        state = self.state
        if state is None:
            return
        self.act(
            partial(ops.revoke_proxy, self, state.vote.id, giver_id=line.person_id),
            then=lambda _r: self.shell.toast(
                self.tr("The proxy of {name} is revoked.").format(name=line.name)
            ),
        )

    def _badge_scanned(self, holder: BadgeHolder) -> None:
        if self.isVisible():
            self._chosen_id(holder.person_id, holder.first_name)

    def _chosen(self, person: Any) -> None:
        self._chosen_id(person.id, person.first_name)

    def _chosen_id(self, person_id: uuid.UUID, first_name: str) -> None:
        state = self.state
        if state is None:
            return
        vote_id = state.vote.id
        if self.proxy_button.isChecked():
            if self.giver is None:
                self.giver = (person_id, first_name)
                self._show_proxy_step()
                return
            giver = self.giver[0]
            self.giver = None
            self.proxy_button.setChecked(False)
            self._show_proxy_step()
            self.act(
                partial(ops.record_proxy, self, vote_id, giver_id=giver, holder_id=person_id),
                then=lambda _r: self.shell.toast(self.tr("Proxy recorded.")),
            )
            return
        self.act(
            partial(ops.mark_present, self, vote_id, person_id),
            then=lambda _r: self.shell.toast(self.tr("{name} is present.").format(name=first_name)),
        )

    def _proxy_mode(self) -> None:
        self.giver = None
        self._show_proxy_step()

    def _show_proxy_step(self) -> None:
        if not self.proxy_button.isChecked():
            self.proxy_step.hide()
            return
        self.proxy_step.show()
        if self.giver is None:
            self.proxy_step.setText(self.tr("1. Who gives the proxy? (absent)"))
        else:
            self.proxy_step.setText(
                self.tr("2. Who holds the proxy of {name}? (present)").format(name=self.giver[1])
            )
