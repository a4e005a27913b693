"""What the voting screens share: `VoteScreen` (the vote shown, loaded off the GUI thread) and
the small helpers several screens use.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from PySide6.QtCore import (
    Signal,
)
from PySide6.QtWidgets import (
    QLabel,
)

from app.changes import Changes, Entity
from app.context import AppContext
from app.errors import KnownError
from app.voting.types import (
    RollLine,
    Turnout,
    VoteInfo,
)
from ui.ballot_server import BallotServerHolder
from ui.i18n import translate_message
from ui.navigation import Screen
from ui.screens.voting.widgets import (
    VoteHeader,
)
from ui.shell import Shell


def heading(role: str = "heading") -> QLabel:
    """A word-wrapped label in a style role (the voting screens' texts are mostly these)."""
    label = QLabel()
    label.setProperty("role", role)
    label.setWordWrap(True)
    return label


@dataclass(frozen=True)
class VoteState:
    """A vote and its turnout, as the facilitator's screens show them."""

    vote: VoteInfo
    turnout: Turnout
    quorum: bool | None
    roll: tuple[RollLine, ...] = ()
    votes: tuple[VoteInfo, ...] = ()
    # Option label → picture (JPEG), for the screens that show projects.
    pictures: Mapping[str, bytes] = field(default_factory=dict)


def load_state(
    ctx: AppContext,
    vote_id: uuid.UUID | None,
    *,
    roll: bool = False,
    pictures: Collection[str] = (),
) -> VoteState | None:
    """The vote (the current one when `vote_id` is None), with the roll call if `roll`, and the
    projects' pictures if the vote's status is in `pictures`."""
    from app.voting import service

    votes = tuple(service.list_votes(ctx))
    if vote_id is None:
        current = service.current_vote(ctx) or (votes[0] if votes else None)
        if current is None:
            return None
        vote_id = current.id
    vote = service.get_vote(ctx, vote_id)
    figures = service.turnout(ctx, vote_id)
    lines = tuple(service.roll_call(ctx, vote_id)) if roll else ()
    shown = (
        service.option_pictures(ctx, vote_id)
        if vote.status in pictures and any(o.has_picture for o in vote.options)
        else {}
    )
    return VoteState(vote, figures, service.quorum_met(vote, figures), lines, votes, shown)


class VoteScreen(Screen):
    """What the voting screens share: the vote shown, loaded off the GUI thread."""

    sig_loaded = Signal(object)
    """The vote was loaded (its `VoteState`, or None) and shown."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.state: VoteState | None = None
        self.vote_id: uuid.UUID | None = None
        self.demo = False
        self.busy = False
        self.header = VoteHeader()
        self.notice = heading("error")
        self.notice.hide()
        self.ballot_server = BallotServerHolder.of(shell)

    def on_enter(self, **params: object) -> None:
        vote_id = params.get("vote_id")
        if isinstance(vote_id, uuid.UUID):
            self.vote_id = vote_id
        from ui.screens.voting.projector import ProjectorWindow  # it shows VoteScreens itself

        window = self.window()
        if not isinstance(window, ProjectorWindow):  # the kiosk's own window
            self.ballot_server.watch(window)
        self.notice.hide()
        self.retranslate()
        if not self.demo:
            self.load()

    def on_changes(self, changes: Changes, initiator: object) -> None:
        # What this screen did itself, `act` reloads once it is done.
        if (
            initiator is not self
            and changes.concerns(Entity.VOTE, Entity.BALLOT)
            and self.isVisible()
            and not self.demo
        ):
            self.load()

    def reset(self) -> None:
        self.demo = False
        self.notice.hide()

    def load(self) -> None:
        vote_id = self.vote_id
        roll, pictures = self.wants_roll, self.wants_pictures
        self.shell.tasks.run(
            lambda ctx: load_state(ctx, vote_id, roll=roll, pictures=pictures),
            on_success=self._loaded,
            parent=self,
        )

    wants_roll: ClassVar[bool] = False
    wants_pictures: ClassVar[Collection[str]] = ()
    """The statuses of the votes whose projects' pictures the screen shows."""

    def _loaded(self, state: VoteState | None) -> None:
        if self.demo:
            return
        self.state = state
        if state is not None:
            self.vote_id = state.vote.id
        self.show_state()
        self.sig_loaded.emit(state)
        vote = state.vote if state is not None else None
        if (
            vote is not None
            and vote.status == "open"
            and "phone" in vote.channels
            and not self.ballot_server.running
        ):
            # An open phone vote (also after a restart of the kiosk): phones can vote.
            holder, vote_id = self.ballot_server, vote.id

            def serve(ctx: AppContext) -> None:
                from app.voting import service

                # Tasks run one after another: a close queued since this load came first.
                if service.get_vote(ctx, vote_id).status == "open":
                    holder.ensure(ctx)

            self.shell.tasks.run(
                serve, on_success=lambda _r: self.show_state(), on_failure=self.refused, parent=self
            )

    def show_state(self) -> None:
        state = self.state
        self.header.show_vote(
            state.vote if state else None, high_contrast=self.shell.theme.high_contrast
        )

    def act(self, work: Any, *, then: Any = None, otherwise: Any = None) -> None:
        """Run a service for the shown vote; its refusal is shown on the screen (and handed
        to `otherwise`, when given, instead)."""
        self.busy = True
        self.notice.hide()

        def done(result: object) -> None:
            self.busy = False
            if then is not None:
                then(result)
            self.load()

        def failed(error: Exception) -> None:
            self.busy = False
            (otherwise if otherwise is not None else self.refused)(error)

        self.shell.tasks.run(work, on_success=done, on_failure=failed, parent=self, initiator=self)

    def refused(self, error: Exception) -> None:
        self.busy = False
        if isinstance(error, KnownError):
            self.notice.setText(translate_message(error.message))
            self.notice.show()

    def retranslate(self) -> None:
        self.show_state()
