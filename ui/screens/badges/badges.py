"""Badges (facilitator mode): find a person, preview, print, reprint, report lost, batch print.

Each action is one service call (`ops.py`): issue → render → print, audited with the issue,
runs off the GUI thread in one go, and the screen shows what came of it. When the printer
fails, the new badge's QR code is shown large on screen, for the person to photograph, with
the reason in plain words (the PDF is kept). A badge scanned here selects its holder.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes, Entity
from app.errors import Message
from ui.demo import demo_facilitator
from ui.i18n import translate_message
from ui.navigation import Screen, register_screen
from ui.screen_args import BadgeArgs, PersonArgs, ScreenArgs
from ui.screens.badges import ops
from ui.screens.badges.widgets import (
    DEMO_QUERY,
    BadgeState,
    BatchPerson,
    layout_name,
    long_date,
    role_name,
)
from ui.shell import Shell
from ui.widgets.buttons import TouchButton
from ui.widgets.confirm import ConfirmOverlay
from ui.widgets.empty_state import EmptyState
from ui.widgets.page import PAGE_MARGINS, failure_text, label
from ui.widgets.page_stack import PageStack
from ui.widgets.page_view import PageView
from ui.widgets.person_search import PersonSearch, short_name
from ui.widgets.qr_view import QrView

if TYPE_CHECKING:
    from app.badges.types import BadgeHolder, Printed
    from app.people.service import PersonSummary


@register_screen
class BadgesScreen(Screen):
    name = "badges"
    shows_personal_data = True
    facilitator_only = True
    args_type = BadgeArgs

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.person: PersonSummary | BatchPerson | None = None
        self.state: BadgeState | None = None
        self.batch: list[BatchPerson] = []
        self.busy = False
        self.failed_token = ""
        self._failure: Message | None = None
        self._kept = False
        self._select_after_search = False

        # Left: find a person, the batch.
        self.find_heading = label("heading")
        self.search = PersonSearch(shell.tasks, public=False)
        self.search.sig_person_chosen.connect(self.choose)
        self.batch_heading = label("heading")
        self.batch_list = QListWidget()
        self.batch_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.batch_list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.batch_list.setMaximumHeight(220)
        self.batch_hint = label("muted")
        self.batch_print = TouchButton(kind="primary", icon_name="printer")
        self.batch_print.clicked.connect(self._confirm_batch)
        self.batch_clear = TouchButton(kind="quiet", icon_name="x")
        self.batch_clear.clicked.connect(self.clear_batch)
        batch_buttons = QHBoxLayout()
        batch_buttons.setSpacing(16)
        batch_buttons.addWidget(self.batch_print, 1)
        batch_buttons.addWidget(self.batch_clear)
        left = QVBoxLayout()
        left.setSpacing(16)
        left.addWidget(self.find_heading)
        left.addWidget(self.search, 3)
        left.addSpacing(8)
        left.addWidget(self.batch_heading)
        left.addWidget(self.batch_hint)
        left.addWidget(self.batch_list, 1)
        left.addLayout(batch_buttons)

        # Right: the person, their badge, the actions, the preview (or the QR after a failure).
        self.notice = label("error")
        self.notice.hide()
        self.empty = EmptyState("id-card")
        self.name_label = label("heading")
        self.details = label("muted")
        self.status = label("lead")
        self.print_button = TouchButton(kind="primary", big=True, icon_name="printer")
        self.print_button.clicked.connect(self._confirm_print)
        self.revoke_button = TouchButton(kind="danger", icon_name="ban")
        self.revoke_button.clicked.connect(self._confirm_revoke)
        self.preview_button = TouchButton(icon_name="eye")
        self.preview_button.clicked.connect(self._open_preview)
        self.add_button = TouchButton(icon_name="users")
        self.add_button.clicked.connect(self._add_to_batch)
        # One action a row, as wide as the column: long Dutch labels never get cut.
        actions = QVBoxLayout()
        actions.setSpacing(16)
        for button in (
            self.print_button,
            self.revoke_button,
            self.preview_button,
            self.add_button,
        ):
            actions.addWidget(button)
        info = QVBoxLayout()
        info.setSpacing(12)
        info.addWidget(self.name_label)
        info.addWidget(self.details)
        info.addWidget(self.status)
        info.addSpacing(16)
        info.addLayout(actions)
        info.addStretch(1)

        self.preview = PageView()
        self.preview.setMinimumWidth(200)
        # Its share of the card, no more: the actions' labels come first.
        self.preview.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.failure_title = label("heading")
        self.failure_message = label("lead")
        self.failure_hint = label("muted")
        self.qr = QrView()
        # Large enough to photograph from arm's length (about 9 cm on the reference screen).
        self.qr.setMinimumSize(360, 360)
        failure = QWidget()
        failure_layout = QVBoxLayout(failure)
        failure_layout.setContentsMargins(0, 0, 0, 0)
        failure_layout.setSpacing(12)
        failure_layout.addWidget(self.failure_title)
        failure_layout.addWidget(self.failure_message)
        failure_layout.addWidget(self.qr, 1)
        failure_layout.addWidget(self.failure_hint)
        self.pictures = PageStack()
        self.pictures.setProperty("role", "plain")
        self.pictures.addWidget(self.preview)
        self.pictures.addWidget(failure)
        self._failure_page = failure

        person_card = QFrame()
        person_card.setProperty("role", "card")
        self._person_body = QBoxLayout(QBoxLayout.Direction.LeftToRight, person_card)
        self._person_body.setContentsMargins(40, 32, 40, 32)
        self._person_body.setSpacing(40)
        self._person_body.addLayout(info, 3)
        self._person_body.addWidget(self.pictures, 2)
        self.person_card = person_card

        self.right = PageStack()
        self.right.addWidget(self.empty)
        self.right.addWidget(person_card)
        right = QVBoxLayout()
        right.setSpacing(16)
        right.addWidget(self.notice)
        right.addWidget(self.right, 1)

        self._body = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._body.setContentsMargins(*PAGE_MARGINS)
        self._body.setSpacing(40)
        self._body.addLayout(left, 2)
        self._body.addLayout(right, 3)

        self.confirm = ConfirmOverlay(self)
        shell.sig_badge_scanned.connect(self._badge_scanned)
        self.retranslate()

    # -- Screen hooks --------------------------------------------------------------------------

    def keyboard_result(self) -> QRect | None:
        return self.search.first_result(self)

    def title(self) -> str:
        return self.tr("Badges")

    def retranslate(self) -> None:
        self.find_heading.setText(self.tr("Find a person"))
        self.empty.set_texts(
            self.tr("Choose a person to see their badge."),
            self.tr("Type a name on the left, or scan their badge."),
        )
        self.revoke_button.setText(self.tr("Badge lost"))
        self.preview_button.setText(self.tr("Larger preview"))
        self.add_button.setText(self.tr("Add to the batch"))
        self.batch_clear.setText(self.tr("Empty"))
        self.failure_title.setText(self.tr("The badge could not be printed"))
        self.notice.setText(" ".join(translate_message(m) for m in self.shell.notices))
        self.notice.setVisible(bool(self.shell.notices))
        self._show_batch()
        self._show_state()

    def reset(self) -> None:
        self.confirm.cancel()
        self.search.clear()
        self.person = None
        self.state = None
        self.batch = []
        self._select_after_search = False
        self._forget_failure()
        self.preview.clear()
        self._show_batch()
        self._show_state()

    def on_enter(self, args: ScreenArgs | None) -> None:
        self.retranslate()
        if isinstance(args, BadgeArgs):
            if args.session_id is not None:
                self.load_session(args.session_id)
            person_id = args.person_id
            if person_id is not None and (self.person is None or self.person.id != person_id):
                self.choose(BatchPerson(person_id, "", ""))
        if self.person is None:
            self.search.field.setFocus()

    def on_changes(self, changes: Changes, initiator: object) -> None:
        # Its own prints and revocations reload the person when they are done.
        if (
            initiator is not self
            and changes.concerns(Entity.BADGE, Entity.PERSON)
            and self.person is not None
            and not self.busy
        ):
            self._load(self.person.id)

    def prepare_screenshot(self) -> None:
        demo_facilitator(self.shell)
        self._select_after_search = True
        self.search.field.setText(DEMO_QUERY)
        self.search.results.model().rowsInserted.connect(self._screenshot_pick)

    def _screenshot_pick(self) -> None:
        self.search.results.model().rowsInserted.disconnect(self._screenshot_pick)
        if self._select_after_search and self.search.people:
            self._select_after_search = False
            self.search.results.setCurrentRow(0)
            self.choose(self.search.people[0])

    def arrange(self, space: QSize) -> None:
        width = space.width()
        portrait = space.height() > width
        vertical, horizontal = QBoxLayout.Direction.TopToBottom, QBoxLayout.Direction.LeftToRight
        self._body.setDirection(vertical if portrait else horizontal)
        # A narrow landscape screen (1366 wide) gives the person's card more of the width.
        self._body.setStretch(0, 1 if width < 1500 and not portrait else 2)
        self._body.setStretch(1, 2 if width < 1500 and not portrait else 3)
        # The preview goes under the actions in portrait, and wherever the actions' labels
        # (large text, long Dutch words) would not fit beside it.
        self._person_body.setDirection(horizontal)
        room = width - (self.host.verticalScrollBar().sizeHint().width() if self.host else 0)
        if portrait or self._body.minimumSize().width() > room:
            self._person_body.setDirection(vertical)

    # -- Choosing a person ---------------------------------------------------------------------

    def _badge_scanned(self, holder: BadgeHolder) -> None:
        if self.isVisible() and not self.confirm.asking:
            self.choose(BatchPerson(holder.person_id, holder.first_name, holder.last_name))

    def choose(self, person: PersonSummary | BatchPerson) -> None:
        self.person = person
        self.state = None
        self._forget_failure()
        self.preview.clear()
        self._show_state()
        self._load(person.id)

    def _load(self, person_id: uuid.UUID) -> None:
        self.busy = True
        ops.load_state(self, person_id, success=self._loaded, failure=self._failed)

    def _loaded(self, state: BadgeState) -> None:
        self.busy = False
        if self.person is None or self.person.id != state.holder.person_id:
            return
        self.state = state
        if not self._failure:
            self.preview.set_image(state.preview)
        self._show_state()

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self.shell.toast(failure_text(error))

    # -- What the screen shows -----------------------------------------------------------------

    def _show_state(self) -> None:
        self.right.setCurrentWidget(self.person_card if self.person else self.empty)
        state = self.state
        if self.person is None:
            return
        if state is None:
            first, last = self.person.first_name, self.person.last_name
            self.name_label.setText(f"{first} {last}".strip() or self.tr("Loading…"))
            self.details.clear()
            self.status.setText(self.tr("Loading…"))
            self._enable(False)
            return
        holder = state.holder
        self.name_label.setText(f"{holder.first_name} {holder.last_name}")
        self.details.setText(
            " · ".join(part for part in (role_name(holder.role), holder.antenna) if part)
        )
        badge = state.badge
        if badge is None:
            self.status.setText(self.tr("No badge yet."))
            self.print_button.setText(self.tr("Print a badge"))
        else:
            layout = layout_name(badge.layout)
            if badge.valid_on is not None and badge.valid_on != state.today:
                text = self.tr("Visitor badge of {date} ({layout}): no longer valid.")
                day = badge.valid_on
            elif badge.valid_on is not None:
                text = self.tr("Visitor badge for today, {date} ({layout}).")
                day = badge.valid_on
            else:
                text = self.tr("Badge in use since {date} ({layout}).")
                day = state.issued_on or state.today
            self.status.setText(text.format(date=long_date(day), layout=layout))
            self.print_button.setText(self.tr("Print a new badge"))
        self._enable(True)
        self.revoke_button.setVisible(badge is not None)
        self.pictures.setCurrentWidget(self._failure_page if self._failure else self.preview)
        if self._failure is not None:
            self.failure_message.setText(translate_message(self._failure))
            self.failure_hint.setText(
                self.tr(
                    "Photograph this code: it works like the badge. "
                    "The badge itself can be printed later."
                )
                if self.failed_token
                else self.tr("The sheet is kept and can be printed later.")
            )
            self.qr.setVisible(bool(self.failed_token))
        # The print button's label changed ("Print a new badge"): does the card still fit?
        self.rearrange()

    def _enable(self, enabled: bool) -> None:
        for button in (
            self.print_button,
            self.revoke_button,
            self.preview_button,
            self.add_button,
        ):
            button.setEnabled(enabled and not self.busy)

    def _show_batch(self) -> None:
        self.batch_heading.setText(self.tr("Batch to print: %n person(s)", "", len(self.batch)))
        self.batch_list.clear()
        for person in self.batch:
            self.batch_list.addItem(
                QListWidgetItem(short_name(person.first_name, person.last_name))
            )
        self.batch_print.setText(self.tr("Print on A4 sheets"))
        self.batch_print.setEnabled(not self.busy)
        self.batch_hint.setText(
            self.tr("Choose a person, then “Add to the batch”: their badges print together.")
        )
        for widget in (self.batch_list, self.batch_print, self.batch_clear):
            widget.setVisible(bool(self.batch))
        self.batch_hint.setVisible(not self.batch)

    def _forget_failure(self) -> None:
        self.failed_token = ""
        self._failure = None
        self.qr.set_data("")
        self.pictures.setCurrentWidget(self.preview)

    # -- Print, reprint, lost -----------------------------------------------------------------

    def _confirm_print(self) -> None:
        state = self.state
        if state is None or self.busy:
            return
        if state.badge is None:
            self.print_badge()
            return
        self.confirm.ask(
            self.tr("Print a new badge for {name}?").format(name=state.holder.first_name),
            detail=self.tr("{name}'s current badge will stop working.").format(
                name=state.holder.first_name
            ),
            yes=self.tr("Print the new badge"),
            no=self.tr("Cancel"),
            then=self.print_badge,
        )

    def print_badge(self) -> None:
        state = self.state
        if state is None or self.busy:
            return
        self._started()
        ops.print_badge(
            self,
            state.holder.person_id,
            success=lambda printed: self._printed(printed, batch=False),
            failure=self._print_failed,
        )

    def _confirm_revoke(self) -> None:
        state = self.state
        if state is None or state.badge is None or self.busy:
            return
        self.confirm.ask(
            self.tr("Is the badge of {name} lost?").format(name=state.holder.first_name),
            detail=self.tr(
                "It stops working at once, for whoever finds it. You can print a new one after."
            ),
            yes=self.tr("Yes, it no longer works"),
            no=self.tr("Cancel"),
            then=self.revoke,
            danger=True,
        )

    def revoke(self) -> None:
        state = self.state
        if state is None or self.busy:
            return
        self.busy = True
        self._forget_failure()
        self._show_state()
        ops.revoke(self, state.holder.person_id, success=self._revoked, failure=self._failed)

    def _revoked(self, _changes: Changes) -> None:
        self.busy = False
        self.shell.toast(self.tr("The lost badge no longer works."))
        self._reload()

    # -- Batch ---------------------------------------------------------------------------------

    def _add_to_batch(self) -> None:
        state = self.state
        if state is None:
            return
        holder = state.holder
        if all(person.id != holder.person_id for person in self.batch):
            self.batch.append(BatchPerson(holder.person_id, holder.first_name, holder.last_name))
        self._show_batch()

    def clear_batch(self) -> None:
        self.batch = []
        self._show_batch()

    def load_session(self, session_id: uuid.UUID) -> None:
        """Put everyone signed up for a session in the batch."""
        ops.people_of_session(self, session_id, success=self._session_loaded)

    def _session_loaded(self, people: list[BatchPerson]) -> None:
        known = {person.id for person in self.batch}
        self.batch += [person for person in people if person.id not in known]
        self._show_batch()

    def _confirm_batch(self) -> None:
        if not self.batch or self.busy:
            return
        count = len(self.batch)
        self.confirm.ask(
            self.tr("Print %n badge(s) on A4 sheets?", "", count),
            detail=self.tr("Everyone's previous badge stops working."),
            yes=self.tr("Print"),
            no=self.tr("Cancel"),
            then=self.print_batch,
        )

    def print_batch(self) -> None:
        if not self.batch or self.busy:
            return
        self._started()
        ops.print_batch(
            self,
            [person.id for person in self.batch],
            success=lambda printed: self._printed(printed, batch=True),
            failure=self._print_failed,
        )

    # -- After printing ------------------------------------------------------------------------

    def _started(self) -> None:
        self.busy = True
        self._forget_failure()
        self._show_state()
        self._show_batch()

    def _print_failed(self, error: Exception) -> None:
        self._failed(error)
        self._show_state()
        self._show_batch()

    def _printed(self, printed: Printed, *, batch: bool) -> None:
        self.busy = False
        outcome = printed.outcome
        if outcome.printed:
            self.shell.toast(self.tr("%n badge(s) sent to the printer.", "", printed.count))
            if batch:
                self.clear_batch()
        elif batch:
            # No QR codes for a whole sheet: the sheet is kept, the batch stays to try again.
            # Facilitator mode: staff read what went wrong, the queue's name included.
            fault = outcome.staff_message or outcome.message
            reason = translate_message(fault) if fault else ""
            self.shell.toast(f"{reason} {self.tr('The sheet is kept and can be printed later.')}")
        else:
            self.failed_token = printed.token
            self._failure = outcome.staff_message or outcome.message
            self.qr.set_data(printed.token)
        self._show_state()
        self._show_batch()
        self._reload()

    def _reload(self) -> None:
        """The chosen person's badge after this screen changed it (a new one, or none)."""
        if self.person is not None:
            self._load(self.person.id)

    def _open_preview(self) -> None:
        if self.state is not None:
            self.shell.go("badge-preview", PersonArgs(self.state.holder.person_id))
