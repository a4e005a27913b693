"""A person's matches, after a badge scan: for each of their needs the offers that fit, for each
of their offers the needs that fit, best first, with the skills they share named; "I'd like
to meet them" leads to the introduction (`skill-intro`). Above them, the introductions others
asked for on their posts, waiting for their answer (accept, or not now). And on an offer others
need, "Propose a skill-share session": the sessions' hosting flow, prefilled (two taps).

Never a way to reach anyone: cards show first names and initials; once an introduction is
accepted the hub sends each the other's contact by e-mail, or the desk puts them in touch.
"""

from __future__ import annotations

import uuid
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QVBoxLayout, QWidget

from app.skills.types import IntroState, PostKind
from ui import theme
from ui.navigation import Screen, register_screen
from ui.screen_args import HostArgs, PersonArgs, SkillFormArgs, SkillPostArgs
from ui.screens.skills import facilitation_ops as ops
from ui.screens.skills.widgets import PostCardWidget
from ui.shell import Shell
from ui.widgets.buttons import TouchButton
from ui.widgets.empty_state import EmptyState
from ui.widgets.page import failure_text, label, set_page_margins

if TYPE_CHECKING:
    from app.badges.types import BadgeHolder
    from app.skills.types import Introduced, IntroView, Match, MatchesView, PostMatches
    from ui.screen_args import ScreenArgs

# The hosting flow's kind for a skill-share proposed from a match.
SKILL_SHARE = "workshop"


class IntroRow(QFrame):
    """An introduction waiting for the post's author: who, about what, their message; Accept
    or Not now, then what happens next."""

    def __init__(self, intro: IntroView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = intro
        self.setProperty("role", "card")
        self.who = label("heading", plain=True)
        self.message = label("lead", plain=True)
        self.message.setVisible(bool(intro.message.strip()))
        self.outcome = label("lead", plain=True)
        self.outcome.hide()
        self.error = label("error")
        self.error.hide()
        self.accept = TouchButton(kind="primary", icon_name="check")
        self.not_now = TouchButton(icon_name="x")
        self.buttons = QWidget()
        row = QHBoxLayout(self.buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        row.addWidget(self.accept)
        row.addWidget(self.not_now)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        for widget in (self.who, self.message, self.buttons, self.outcome, self.error):
            layout.addWidget(widget)


class MatchRow(QWidget):
    """A post that fits one of the person's: its card, the skills in common, "I'd like to
    meet them"."""

    def __init__(self, match: Match, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.match = match
        self.card = PostCardWidget(match.post, language)
        self.shared = label("muted", plain=True)
        self.meet = TouchButton(kind="primary", icon_name="users")
        side = QVBoxLayout()
        side.setSpacing(12)
        side.addWidget(self.shared)
        side.addWidget(self.meet)
        side.addStretch(1)
        self._row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(24)
        self._row.addWidget(self.card, 3)
        self._row.addLayout(side, 2)

    def set_vertical(self, vertical: bool) -> None:
        self._row.setDirection(
            QBoxLayout.Direction.TopToBottom if vertical else QBoxLayout.Direction.LeftToRight
        )


class PostGroup(QWidget):
    """One of the person's posts and the posts that fit it."""

    def __init__(self, found: PostMatches, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.found = found
        self.heading = label("heading", plain=True)
        self.none = label("muted")
        self.none.setVisible(not found.matches)
        self.propose = TouchButton(icon_name="clock")
        # A skill-share is proposed for an offer others need.
        self.propose.setVisible(found.post.kind is PostKind.offer and bool(found.matches))
        self.rows = [MatchRow(match, language) for match in found.matches]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 16, 0, 0)
        layout.setSpacing(16)
        top = QHBoxLayout()
        top.setSpacing(24)
        top.addWidget(self.heading, 1)
        layout.addLayout(top)
        propose = QHBoxLayout()
        propose.addWidget(self.propose)
        propose.addStretch(1)
        layout.addLayout(propose)
        layout.addWidget(self.none)
        for row in self.rows:
            layout.addWidget(row)


@register_screen
class SkillMatchesScreen(Screen):
    """After a badge scan: who fits the person's posts, both ways, and who asked to meet them."""

    name = "skill-matches"
    args_type = PersonArgs

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.holder: BadgeHolder | None = None
        self.view: MatchesView | None = None
        self.busy = False
        self.vertical = False
        self.intro_rows: list[IntroRow] = []
        self.groups: list[PostGroup] = []
        self.heading = label("title", plain=True)
        self.lead = label("lead")
        self.empty = EmptyState("id-card")
        self.no_posts = EmptyState("inbox")
        self.no_posts.hide()
        self.write = TouchButton(kind="primary", big=True, icon_name="plus")
        self.write.clicked.connect(self._write)
        self.write.hide()
        self.error = label("error")
        self.error.hide()
        self.intros_heading = label("heading")
        self.intros_box = QVBoxLayout()
        self.intros_box.setSpacing(16)
        self.needs_heading = label("title")
        self.needs_box = QVBoxLayout()
        self.needs_box.setSpacing(24)
        self.offers_heading = label("title")
        self.offers_box = QVBoxLayout()
        self.offers_box.setSpacing(24)
        self.content = QWidget()
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        content.setSpacing(24)
        content.addWidget(self.intros_heading)
        content.addLayout(self.intros_box)
        content.addWidget(self.needs_heading)
        content.addLayout(self.needs_box)
        content.addWidget(self.offers_heading)
        content.addLayout(self.offers_box)
        layout = QVBoxLayout(self)
        set_page_margins(layout)
        layout.setSpacing(24)
        layout.addWidget(self.heading)
        layout.addWidget(self.lead)
        layout.addWidget(self.empty)
        layout.addWidget(self.no_posts)
        layout.addWidget(self.write)
        layout.addWidget(self.error)
        layout.addWidget(self.content)
        layout.addStretch(1)
        shell.sig_badge_scanned.connect(self._badge_scanned)
        self.retranslate()
        self._show()

    def title(self) -> str:
        return self.tr("My matches")

    def retranslate(self) -> None:
        holder = self.holder
        self.heading.setText(
            self.tr("{name}, who fits your posts").format(name=holder.first_name)
            if holder is not None
            else self.tr("Who fits your posts")
        )
        self.lead.setText(
            self.tr(
                "The offers that fit what you need, the needs that fit what you offer: the best "
                "first. Ask to meet someone: their contact details stay private until they accept."
            )
        )
        self.empty.set_texts(
            self.tr("Scan your badge to see who fits your posts."),
            self.tr("Members with a post on the skills board see the offers and needs that fit."),
        )
        self.no_posts.set_texts(
            self.tr("You have no post on the skills board yet."),
            self.tr("Say what you can pass on, or what you are looking for."),
        )
        self.write.setText(self.tr("Write a post"))
        self.intros_heading.setText(self.tr("They would like to meet you"))
        self.needs_heading.setText(self.tr("For what you need"))
        self.offers_heading.setText(self.tr("For what you offer"))
        for row in self.intro_rows:
            self._intro_texts(row)
        for group in self.groups:
            self._group_texts(group)

    def reset(self) -> None:
        self.holder = None
        self.view = None
        self.busy = False
        self.error.hide()
        self._clear()
        self.retranslate()
        self._show()

    def on_enter(self, args: ScreenArgs | None) -> None:
        if isinstance(args, PersonArgs):
            self._load(args.person_id)
        self._show()

    def prepare_screenshot(self) -> None:
        def found(person_id: uuid.UUID | None) -> None:
            if person_id is not None:
                self._load(person_id)

        ops.demo_author(self, success=found)

    def arrange(self, space: QSize) -> None:
        room = space.width() / theme.current().metrics.scale
        self.vertical = room < 1300
        for group in self.groups:
            for row in group.rows:
                row.set_vertical(self.vertical)

    # -- The person -----------------------------------------------------------------------------

    def _badge_scanned(self, holder: BadgeHolder) -> None:
        if self.isVisible() and not self.busy:
            self._load(holder.person_id)

    def _load(self, person_id: uuid.UUID) -> None:
        self.busy = True
        self.error.hide()
        ops.matches(self, person_id, success=self._loaded, failure=self._failed)

    def _loaded(self, loaded: tuple[BadgeHolder, MatchesView]) -> None:
        self.busy = False
        self.holder, self.view = loaded
        self._clear()
        view = self.view
        language = self.shell.language
        for intro in view.intros:
            if intro.state is not IntroState.pending:
                continue
            row = IntroRow(intro)
            row.accept.clicked.connect(lambda _c=False, row=row: self._answer(row, accept=True))
            row.not_now.clicked.connect(lambda _c=False, row=row: self._answer(row, accept=False))
            self.intros_box.addWidget(row)
            self.intro_rows.append(row)
        for found in (*view.matches.needs, *view.matches.offers):
            group = PostGroup(found, language)
            group.propose.clicked.connect(lambda _c=False, g=group: self._propose(g))
            for match_row in group.rows:
                match_row.card.sig_chosen.connect(self._open)
                match_row.meet.clicked.connect(partial(self._meet, match_row))
                match_row.set_vertical(self.vertical)
            box = self.needs_box if found.post.kind is PostKind.need else self.offers_box
            box.addWidget(group)
            self.groups.append(group)
        self.retranslate()
        self._show()

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self.error.setText(failure_text(error))
        self.error.show()

    def _clear(self) -> None:
        for widget in (*self.intro_rows, *self.groups):
            widget.hide()
            widget.deleteLater()
        self.intro_rows, self.groups = [], []

    def _show(self) -> None:
        view = self.view
        known = view is not None
        needs = view.matches.needs if view is not None else ()
        offers = view.matches.offers if view is not None else ()
        has_posts = bool(needs or offers)
        self.empty.setVisible(not known)
        self.lead.setVisible(has_posts)
        self.no_posts.setVisible(known and not has_posts)
        self.write.setVisible(known and not has_posts)
        self.content.setVisible(known)
        self.intros_heading.setVisible(bool(self.intro_rows))
        self.needs_heading.setVisible(bool(needs))
        self.offers_heading.setVisible(bool(offers))

    def _intro_texts(self, row: IntroRow) -> None:
        intro = row.intro
        row.who.setText(
            self.tr("{name} would like to meet you about “{title}”").format(
                name=intro.requester, title=intro.post_title
            )
        )
        message = intro.message.strip()
        row.message.setText(self.tr("“{message}”").format(message=message) if message else "")
        row.accept.setText(self.tr("Accept"))
        row.not_now.setText(self.tr("Not now"))

    def _group_texts(self, group: PostGroup) -> None:
        post = group.found.post
        group.heading.setText(
            self.tr("Your offer: {title}").format(title=post.title)
            if post.kind is PostKind.offer
            else self.tr("Your need: {title}").format(title=post.title)
        )
        group.none.setText(
            self.tr("No need fits it yet: it stays on the board.")
            if post.kind is PostKind.offer
            else self.tr("No offer fits it yet: it stays on the board.")
        )
        group.propose.setText(self.tr("Propose a skill-share session"))
        for row in group.rows:
            shared = [tag.label(self.shell.language) for tag in row.match.shared_tags]
            row.shared.setText(
                self.tr("In common: {skills}").format(skills=" · ".join(shared))
                if shared
                else self.tr("Close in what it says")
            )
            row.meet.setText(self.tr("I'd like to meet them"))

    # -- What the person does -------------------------------------------------------------------

    def _open(self, card: object) -> None:
        holder = self.holder
        post_id = getattr(card, "id", None)
        if isinstance(post_id, uuid.UUID):
            self.shell.go(
                "skill-post", SkillPostArgs(post_id, holder.person_id if holder else None)
            )

    def _meet(self, row: MatchRow, _checked: bool = False) -> None:
        holder = self.holder
        if holder is not None:
            self.shell.go("skill-intro", SkillPostArgs(row.match.post.id, holder.person_id))

    def _write(self) -> None:
        holder = self.holder
        self.shell.go("skill-new", SkillFormArgs(person_id=holder.person_id if holder else None))

    def _propose(self, group: PostGroup) -> None:
        holder = self.holder
        if holder is None:
            return
        post = group.found.post
        self.shell.go(
            "session-host-propose",
            HostArgs(holder, topic=post.title, description=post.summary, kind=SKILL_SHARE),
        )

    def _answer(self, row: IntroRow, *, accept: bool) -> None:
        holder = self.holder
        if holder is None:
            return
        row.buttons.setEnabled(False)
        ops.answer_intro(
            self,
            row.intro.id,
            holder.person_id,
            accept=accept,
            success=partial(self._answered, row),
            failure=partial(self._refused, row),
        )

    def _answered(self, row: IntroRow, answered: Introduced) -> None:
        row.buttons.hide()
        row.error.hide()
        name = row.intro.requester
        if answered.state is IntroState.accepted:
            by_email = self.view is not None and self.view.by_email
            text = (
                self.tr(
                    "Thank you! The hub sends you and {name} each other's contact details by "
                    "e-mail."
                ).format(name=name)
                if by_email
                else self.tr(
                    "Thank you! You gave us no e-mail address: ask at the desk, they will put "
                    "{name} and you in touch."
                ).format(name=name)
            )
        else:
            text = self.tr("Understood: {name} does not receive your contact details.").format(
                name=name
            )
        row.outcome.setText(text)
        row.outcome.show()

    def _refused(self, row: IntroRow, error: Exception) -> None:
        row.buttons.setEnabled(True)
        row.error.setText(failure_text(error))
        row.error.show()
