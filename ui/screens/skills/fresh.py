"""The freshness prompt at check-in: a person whose post expires within two weeks, was last
confirmed more than three months ago, or has expired, is asked in one tap "Still offering
this?" (or "Still looking for this?"): keep it six more months, change it, or remove it.

Asked once a visit, after the welcome desk's check-in (`check_in_question_for`, asked by
`ui.navigation.ask_after_check_in`), never in its way: one screen lists all their posts to ask
about, then "Done" (or "Later") goes on where the check-in was going.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QVBoxLayout, QWidget

from app.skills.types import Freshness, FreshnessDue, PostKind
from ui import theme
from ui.navigation import Screen, register_screen
from ui.screen_args import FreshArgs, SkillFormArgs
from ui.screens.skills import facilitation_ops as ops
from ui.screens.skills.widgets import date_text
from ui.shell import Shell
from ui.widgets.buttons import TouchButton
from ui.widgets.confirm import ConfirmOverlay
from ui.widgets.empty_state import EmptyState
from ui.widgets.page import failure_text, label, set_page_margins

if TYPE_CHECKING:
    from app.skills.types import Posted
    from ui.navigation import Hop
    from ui.screen_args import ScreenArgs


class FreshRow(QFrame):
    """One post to ask about: the question, the post's title, why it is asked, three buttons;
    then what was done."""

    def __init__(self, due: FreshnessDue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.due = due
        self.answered = False
        self.setProperty("role", "card")
        self.question = label("lead")
        self.heading = label("heading", plain=True)
        self.why = label("muted")
        self.outcome = label("lead", plain=True)
        self.outcome.hide()
        self.error = label("error")
        self.error.hide()
        self.keep = TouchButton(kind="primary", icon_name="check")
        self.change = TouchButton(icon_name="pointer")
        self.remove = TouchButton(kind="quiet", icon_name="delete")
        self.buttons = QWidget()
        self._row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.buttons)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(16)
        self._row.addWidget(self.keep)
        self._row.addWidget(self.change)
        self._row.addWidget(self.remove)
        self._row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        for widget in (self.question, self.heading, self.why, self.buttons, self.outcome):
            layout.addWidget(widget)
        layout.addWidget(self.error)

    def set_vertical(self, vertical: bool) -> None:
        self._row.setDirection(
            QBoxLayout.Direction.TopToBottom if vertical else QBoxLayout.Direction.LeftToRight
        )

    def done(self, text: str) -> None:
        self.answered = True
        self.buttons.hide()
        self.error.hide()
        self.outcome.setText(text)
        self.outcome.show()

    def refused(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.buttons.setEnabled(True)


@register_screen
class SkillFreshScreen(Screen):
    """The person's posts to keep fresh, asked right after they checked in."""

    name = "skill-fresh"
    args_type = FreshArgs

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.person_id: uuid.UUID | None = None
        self.then = ""
        self.then_args: ScreenArgs | None = None
        self.due: tuple[FreshnessDue, ...] = ()
        self.rows: list[FreshRow] = []
        self.vertical = False
        self.heading = label("title")
        self.intro = label("lead")
        self.empty = EmptyState("check")
        self.empty.hide()
        self.list = QVBoxLayout()
        self.list.setSpacing(16)
        self.later = TouchButton(big=True, icon_name="clock")
        self.later.clicked.connect(self.go_on)
        self.finish = TouchButton(kind="primary", big=True, icon_name="check")
        self.finish.clicked.connect(self.go_on)
        self.finish.hide()
        bottom = QHBoxLayout()
        bottom.setSpacing(24)
        bottom.addStretch(1)
        bottom.addWidget(self.later)
        bottom.addWidget(self.finish)
        layout = QVBoxLayout(self)
        set_page_margins(layout)
        layout.setSpacing(24)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty)
        layout.addLayout(self.list)
        layout.addStretch(1)
        self.pin_actions(bottom)
        self.confirm = ConfirmOverlay(self)
        self.retranslate()

    @classmethod
    def check_in_question_for(
        cls,
        screen: Screen,
        person_id: uuid.UUID,
        then: Hop,
        answer: Callable[[Hop | None], None],
    ) -> bool:
        def asked(due: bool) -> None:
            answer((cls.name, FreshArgs(person_id, then[0], then[1])) if due else None)

        ops.freshness_question(screen, person_id, answer=asked)
        return True

    def title(self) -> str:
        return self.tr("Your posts")

    def retranslate(self) -> None:
        self.heading.setText(
            self.tr("Is your post on the skills board still up to date?")
            if len(self.due) == 1
            else self.tr("Are your posts on the skills board still up to date?")
        )
        self.intro.setText(
            self.tr(
                "Members read them to find who can help. One tap keeps a post, changes it or "
                "takes it off the board."
            )
        )
        self.empty.set_texts(
            self.tr("Your posts are up to date."), self.tr("Thank you for keeping them fresh.")
        )
        self.later.setText(self.tr("Later"))
        self.finish.setText(self.tr("Done"))
        for row in self.rows:
            self._texts(row)

    def _texts(self, row: FreshRow) -> None:
        due = row.due
        row.question.setText(
            self.tr("Still offering this?")
            if due.kind is PostKind.offer
            else self.tr("Still looking for this?")
        )
        row.heading.setText(due.title)
        ends = date_text(due.expires_on) if due.expires_on is not None else ""
        if due.reason is Freshness.expired:
            why = self.tr("It ended on {day}: it is no longer on the board.").format(day=ends)
        elif due.reason is Freshness.expiring:
            why = self.tr("It leaves the board on {day}.").format(day=ends)
        else:
            why = self.tr("You last confirmed it more than three months ago.")
        row.why.setText(why)
        row.keep.setText(self.tr("Keep six more months"))
        row.change.setText(self.tr("Change"))
        row.remove.setText(self.tr("Remove"))

    def reset(self) -> None:
        self.confirm.cancel()
        self.person_id = None
        self.then, self.then_args = "", None
        self._fill(())

    def on_enter(self, args: ScreenArgs | None) -> None:
        if isinstance(args, FreshArgs):
            self.reset()
            self.person_id = args.person_id
            self.then, self.then_args = args.then, args.then_args
            ops.freshness_due(self, args.person_id, success=self._fill)

    def prepare_screenshot(self) -> None:
        # The demo's author with the most stale posts, as they would be asked at check-in.
        def found(person_id: uuid.UUID | None) -> None:
            if person_id is not None:
                self.on_enter(FreshArgs(person_id, "welcome-done"))

        ops.demo_stale_author(self, success=found)

    def arrange(self, space: QSize) -> None:
        room = space.width() / theme.current().metrics.scale
        self.vertical = room < 1100
        for row in self.rows:
            row.set_vertical(self.vertical)

    # -- The posts --------------------------------------------------------------------------------

    def _fill(self, due: tuple[FreshnessDue, ...]) -> None:
        for row in self.rows:
            self.list.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = []
        self.due = due
        for item in due:
            row = FreshRow(item)
            row.set_vertical(self.vertical)
            row.keep.clicked.connect(lambda _c=False, row=row: self._keep(row))
            row.change.clicked.connect(lambda _c=False, row=row: self._change(row))
            row.remove.clicked.connect(lambda _c=False, row=row: self._ask_remove(row))
            self.list.addWidget(row)
            self.rows.append(row)
        # Nothing to ask (answered elsewhere meanwhile): say so, and go on.
        self.empty.setVisible(self.person_id is not None and not due)
        self.retranslate()
        self._update()

    def _update(self) -> None:
        answered = all(row.answered for row in self.rows)
        self.finish.setVisible(answered)
        self.later.setVisible(not answered)

    def _keep(self, row: FreshRow) -> None:
        if self.person_id is None:
            return
        row.buttons.setEnabled(False)
        ops.renew(
            self,
            row.due.post_id,
            self.person_id,
            success=partial(self._kept, row),
            failure=partial(self._refused, row),
        )

    def _kept(self, row: FreshRow, posted: Posted) -> None:
        if posted.expires_on is not None:
            row.done(self.tr("Kept until {day}.").format(day=date_text(posted.expires_on)))
        else:
            row.done(self.tr("Kept."))
        self._update()

    def _change(self, row: FreshRow) -> None:
        if self.person_id is not None:
            self.shell.go(
                "skill-new", SkillFormArgs(post_id=row.due.post_id, person_id=self.person_id)
            )

    def _ask_remove(self, row: FreshRow) -> None:
        self.confirm.ask(
            self.tr("Remove this post from the skills board?"),
            detail=row.due.title,
            yes=self.tr("Remove it"),
            no=self.tr("Keep it"),
            then=lambda: self._remove(row),
            danger=True,
        )

    def _remove(self, row: FreshRow) -> None:
        if self.person_id is None:
            return
        row.buttons.setEnabled(False)
        ops.remove(
            self,
            row.due.post_id,
            self.person_id,
            success=partial(self._removed, row),
            failure=partial(self._refused, row),
        )

    def _removed(self, row: FreshRow, _done: object) -> None:
        row.done(self.tr("Removed from the board."))
        self._update()

    def _refused(self, row: FreshRow, error: Exception) -> None:
        row.refused(failure_text(error))

    def go_on(self) -> None:
        then, then_args = self.then, self.then_args
        self.reset()
        if then:
            self.shell.go(then, then_args)
        else:
            self.shell.go_home()

    def _today(self) -> date:
        from zoneinfo import ZoneInfo

        from app.clock import utcnow

        return utcnow().astimezone(ZoneInfo(self.shell.config.timezone)).date()
