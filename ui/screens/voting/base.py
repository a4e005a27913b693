"""What the voting screens share: `VoteScreen` (the vote shown, loaded off the GUI thread) and
the small helpers several screens use.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection
from typing import Any, ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMainWindow

from app.changes import Changes, Entity
from app.errors import KnownError
from app.voting.queries import VoteState
from ui.ballot_server import BallotServerHolder
from ui.i18n import translate_message
from ui.navigation import Screen
from ui.screen_args import ScreenArgs, VoteArgs
from ui.screens.voting import ops
from ui.screens.voting.widgets import VoteHeader
from ui.shell import Shell
from ui.widgets.page import label


class VoteScreen(Screen):
    """What the voting screens share: the vote shown, loaded off the GUI thread."""

    sig_loaded = Signal(object)
    """The vote was loaded (its `VoteState`, or None) and shown."""

    args_type = VoteArgs

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.state: VoteState | None = None
        self.vote_id: uuid.UUID | None = None
        self.fixed: VoteState | None = None
        """A state shown as it is, never loaded (a screenshot's: `show_fixed`)."""
        self.busy = False
        self.header = VoteHeader()
        self.notice = label("error")
        self.notice.hide()
        self.ballot_server = BallotServerHolder.of(shell)

    def on_enter(self, args: ScreenArgs | None) -> None:
        if isinstance(args, VoteArgs):
            self.vote_id = args.vote_id
        window = self.window()
        # The kiosk's own window, not the projector's (a plain window showing vote screens).
        if isinstance(window, QMainWindow):
            self.ballot_server.watch(window)
        self.notice.hide()
        self.retranslate()
        self.load()

    def on_changes(self, changes: Changes, initiator: object) -> None:
        # What this screen did itself, `act` reloads once it is done.
        if (
            initiator is not self
            and changes.concerns(Entity.VOTE, Entity.BALLOT)
            and self.isVisible()
        ):
            self.load()

    def reset(self) -> None:
        self.fixed = None
        self.notice.hide()

    def load(self) -> None:
        if self.fixed is not None:
            return  # nothing to load: what is shown is all there is
        ops.load_vote(
            self,
            self.vote_id,
            roll=self.wants_roll,
            pictures=self.wants_pictures,
            success=self._loaded,
        )

    wants_roll: ClassVar[bool] = False
    wants_pictures: ClassVar[Collection[str]] = ()
    """The statuses of the votes whose projects' pictures the screen shows."""

    def show_fixed(self, state: VoteState) -> None:
        """Show `state` (built, not loaded: a screenshot's) and keep it on screen."""
        self.fixed = state
        self.display(state)

    def display(self, state: VoteState | None) -> None:
        """Show the vote's state (loaded, or `show_fixed`)."""
        self.state = state
        if state is not None:
            self.vote_id = state.vote.id
        self.show_state()
        self.sig_loaded.emit(state)

    def _loaded(self, state: VoteState | None) -> None:
        if self.fixed is not None:
            return  # a load begun before a screenshot's state was shown: that state stays
        self.display(state)
        vote = state.vote if state is not None else None
        if (
            vote is not None
            and vote.status == "open"
            and "phone" in vote.channels
            and not self.ballot_server.running
        ):
            # An open phone vote (also after a restart of the kiosk): phones can vote.
            ops.serve_phones(
                self,
                self.ballot_server,
                vote.id,
                success=lambda _r: self.show_state(),
                failure=self.refused,
            )

    shows_header: ClassVar[bool] = True
    """Whether the screen lays out `header` (the room display draws its own): one it does not
    is never shown, or it would be a window of its own over the kiosk."""

    def show_state(self) -> None:
        state = self.state
        if not self.shows_header:
            return
        self.header.show_vote(
            state.vote if state else None,
            high_contrast=self.shell.theme.high_contrast,
            language=self.shell.language,
        )

    def act(
        self,
        op: Callable[..., None],
        *,
        then: Callable[[Any], object] | None = None,
        otherwise: Callable[[Exception], None] | None = None,
    ) -> None:
        """Run `op` (an op of `ops` given all but its `success` and `failure`, a
        `functools.partial`) for the shown vote, then reload it; its refusal is shown on the
        screen (and handed to `otherwise`, when given, instead), and the vote reloaded too."""
        if self.fixed is not None:
            return  # a screenshot's state: its ids are nobody's, no op runs on them
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
            # An op may fail after its service committed (a vote opened, then the phone page
            # could not be served): the screen shows what is true now, not what it expected.
            self.load()

        op(success=done, failure=failed)

    def refused(self, error: Exception) -> None:
        self.busy = False
        if isinstance(error, KnownError):
            self.notice.setText(translate_message(error.message))
            self.notice.show()

    def retranslate(self) -> None:
        self.show_state()
