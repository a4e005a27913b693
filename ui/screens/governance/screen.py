"""The governance map (`governance-map`) and, after a badge scan, where that person fits on it
(`governance-map-fit`): who governs the cooperative, in plain words, for a finger.

The map opens on this antenne's own bodies, the cooperative-wide ones around them; "Show
everything" fits the whole map. Plain words are on by default; a toggle shows the official
terms. Typing a name lights the bodies of the person found (docs/architecture.md,
"Governance").
"""

from __future__ import annotations

import html
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
)

from app.changes import Changes, Entity
from app.errors import QT_TRANSLATE_NOOP
from ui.catalogue import NextStep
from ui.navigation import Screen, register_screen
from ui.screen_args import BodyArgs, PersonArgs, ScreenArgs
from ui.screens.governance import ops
from ui.screens.governance.map_view import MapScene, MapView
from ui.screens.governance.words import (
    GovernancePlurals,
    body_purpose,
    body_title,
    level_text,
    link_text,
    say,
    short_moment_text,
    status_text,
)
from ui.shell import Shell
from ui.widgets.buttons import TouchButton
from ui.widgets.page import PAGE_MARGINS
from ui.widgets.scrolling import kinetic

if TYPE_CHECKING:
    from app.badges.types import BadgeHolder
    from app.governance.types import Fit, GovernanceMap, OwnItem, PersonHit

# The farthest the map opens at, or looks at a person's bodies from: its cards still read.
LEGIBLE = 0.5
GOVERNANCE = (
    Entity.BODY,
    Entity.BODY_LINK,
    Entity.MANDATE,
    Entity.PERSON,
    Entity.AGENDA_ITEM,
    Entity.AGENDA_SUPPORT,
    Entity.SESSION,
)


@register_screen
class GovernanceMapScreen(Screen):
    name = "governance-map"
    # The map fills the window and moves under the finger: no scroll area around it.
    scrolls = False

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.governance: GovernanceMap | None = None
        self.fit: Fit | None = None
        self.hits: tuple[PersonHit, ...] = ()
        self.plain = True
        self.focused = False
        self.scene = MapScene()
        self.view = MapView(self.scene)
        self.view.sig_body_tapped.connect(self.open_body)
        self.everything = TouchButton(icon_name="eye")
        self.everything.clicked.connect(self.view.show_everything)
        self.terms = TouchButton(kind="secondary", icon_name="book-open", checkable=True)
        self.terms.toggled.connect(self.set_official)
        self.search = QLineEdit()
        self.search.setObjectName("SearchField")
        self.search.setClearButtonEnabled(False)
        self.search.textChanged.connect(self._search)
        self.found = QLabel()
        self.found.setProperty("role", "muted")
        self.found.setWordWrap(True)
        self.heading = QLabel()
        self.heading.setProperty("role", "lead")
        self.heading.setWordWrap(True)
        self.heading.hide()
        self.fit_text = QLabel()
        self.fit_text.setWordWrap(True)
        self.fit_text.setTextFormat(Qt.TextFormat.RichText)
        self.fit_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.fit_panel = QScrollArea()
        self.fit_panel.setObjectName("VerticalScrollArea")
        self.fit_panel.setWidgetResizable(True)
        self.fit_panel.setWidget(self.fit_text)
        self.fit_panel.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        kinetic(self.fit_panel)
        self.fit_panel.hide()
        tools = QHBoxLayout()
        tools.setSpacing(16)
        tools.addWidget(self.everything)
        tools.addWidget(self.terms)
        tools.addWidget(self.search, 1)
        self._tools = tools
        self._body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._body.setSpacing(24)
        self._body.addWidget(self.view, 3)
        self._body.addWidget(self.fit_panel, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*PAGE_MARGINS)
        layout.setSpacing(16)
        layout.addLayout(tools)
        layout.addWidget(self.found)
        layout.addWidget(self.heading)
        layout.addLayout(self._body, 1)
        shell.sig_badge_scanned.connect(self._badge_scanned)
        shell.sig_language_changed.connect(lambda _language: self._show_texts())
        self.retranslate()

    @classmethod
    def next_step_for(cls, holder: BadgeHolder) -> NextStep | None:
        return NextStep(
            title=QT_TRANSLATE_NOOP("NextStep", "Where do I fit in the governance?"),
            icon="users",
            screen="governance-map-fit",
            order=40,
            args=PersonArgs(holder.person_id),
        )

    def title(self) -> str:
        return self.tr("Who decides what")

    def retranslate(self) -> None:
        self.everything.setText(self.tr("Show everything"))
        self.terms.setText(self.tr("Official terms"))
        self.search.setPlaceholderText(self.tr("Find a person: type a name"))
        self._show_found()
        self._show_texts()

    # -- Loading -------------------------------------------------------------------------------

    def on_enter(self, args: ScreenArgs | None) -> None:
        if args is None and self.governance is not None:
            # Back from a body: the map stays as the person left it; a new visitor (after
            # `reset`) starts on this antenne's bodies again.
            if not self.focused:
                self.focus_local()
            return
        self.load()

    def on_changes(self, changes: Changes, initiator: object) -> None:
        if changes.concerns(*GOVERNANCE) and self.governance is not None:
            self.reload()

    def reload(self) -> None:
        """Read the map again after a sync or a local change (an item co-signed, the hub's
        answer pulled)."""
        self.load()

    def load(self) -> None:
        ops.load_map(self, success=self.show_map)

    def show_map(self, governance: GovernanceMap) -> None:
        self.governance = governance
        self.scene.show_map(governance)
        self._show_texts()
        self._highlight()
        if not self.focused:
            self.focus_local()

    def focus_local(self) -> None:
        """Look first at this antenne's bodies, close enough to read them; the
        cooperative-wide ones are around them, a finger (or "Show everything") away."""
        self.focused = True
        governance = self.governance
        if governance is None:
            return
        rect = self.scene.bounds_of({card.id for card in governance.bodies if card.local})
        if rect.isEmpty():
            self.view.show_everything()
        else:
            self.view.show_rect(rect, least=LEGIBLE)

    def reset(self) -> None:
        self.fit = None
        self.hits = ()
        self.focused = False
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.terms.setChecked(False)
        self._show_found()
        self._show_fit()
        self._highlight()

    # -- Words ---------------------------------------------------------------------------------

    def set_official(self, official: bool) -> None:
        self.plain = not official
        self._show_texts()

    def _show_texts(self) -> None:
        governance = self.governance
        if governance is None:
            return
        language = self.shell.language or "fr"
        for card in governance.bodies:
            item = self.scene.cards.get(card.id)
            if item is not None:
                item.set_texts(
                    body_title(card, language, plain=self.plain),
                    body_purpose(card, language, plain=self.plain),
                    self.tr("Every member")
                    if card.kind == "general_assembly" and not card.people
                    else GovernancePlurals().sentences(card.people)["%n person(s)"],
                )
        self.scene.set_link_labels(link_text)
        self._show_agenda()
        self._highlight()
        self._show_fit()

    def _show_agenda(self) -> None:
        """Each card's chips: the members' items in progress (how many, the furthest status)
        or, after a badge scan, the person's own latest item there; the board's next
        meet-the-board moment."""
        governance = self.governance
        if governance is None:
            return
        own: dict[uuid.UUID, OwnItem] = {}
        for item in self.fit.own_items if self.fit is not None else ():
            own.setdefault(item.body_id, item)
        zone = self.shell.config.timezone
        for card in governance.bodies:
            chip = self.scene.cards.get(card.id)
            if chip is None:
                continue
            mine = own.get(card.id)
            if mine is not None:
                items = self.tr("Your item: {status}").format(status=status_text(mine.status))
            elif card.items_in_progress and card.furthest_status is not None:
                # A plural: `tr()` on this class would miss it from the fit screen (PySide
                # looks a subclass's plurals up under the subclass's own context).
                items = GovernancePlurals().member_items(card.items_in_progress)
                items = items.format(status=status_text(card.furthest_status))
            else:
                items = ""
            meet = (
                self.tr("Meet the board: {when}").format(
                    when=short_moment_text(card.meet_the_board, zone)
                )
                if card.meet_the_board is not None
                else ""
            )
            chip.set_agenda(items, meet, own=mine is not None)

    def open_body(self, body_id: uuid.UUID) -> None:
        self.shell.go("governance-body", BodyArgs(body_id))

    # -- Find a person -------------------------------------------------------------------------

    def _search(self, text: str) -> None:
        if len(text.strip()) < 2:
            self.hits = ()
            self._show_found()
            self._highlight()
            return
        ops.find_people(self, text, success=self._found)

    def _found(self, hits: tuple[PersonHit, ...]) -> None:
        self.hits = hits
        self._show_found()
        self._highlight()
        lit = {body_id for hit in hits for body_id in hit.body_ids}
        if lit:
            self.view.show_rect(self.scene.bounds_of(lit), least=LEGIBLE)

    def _show_found(self) -> None:
        text = self.search.text().strip()
        if len(text) < 2:
            self.found.setText(
                self.tr("Type at least two letters of a name: their bodies light up.")
            )
        elif not self.hits:
            self.found.setText(self.tr("Nobody with a mandate has that name."))
        else:
            names = ", ".join(hit.name for hit in self.hits)
            self.found.setText(self.tr("Lit up: the bodies of {names}.").format(names=names))

    # -- Where do I fit ------------------------------------------------------------------------

    def _badge_scanned(self, holder: BadgeHolder) -> None:
        if self.isVisible():
            self.shell.go("governance-map-fit", PersonArgs(holder.person_id))

    def _highlight(self) -> None:
        levels = {}
        if self.fit is not None:
            levels = {line.body_id: (line.level, level_text(line.level)) for line in self.fit.lines}
        lit = {body_id for hit in self.hits for body_id in hit.body_ids}
        # A body where the badge holder has an item lights up even if it is not open to them.
        if self.fit is not None:
            lit |= {item.body_id for item in self.fit.own_items if item.body_id not in levels}
        self.scene.highlight(levels, lit)

    def _show_fit(self) -> None:
        fit, governance = self.fit, self.governance
        self.heading.setVisible(fit is not None)
        self.fit_panel.setVisible(fit is not None)
        if fit is None or governance is None:
            return
        if fit.chose_levels:
            chosen = ", ".join(level_text(level) for level in fit.levels)
            self.heading.setText(
                self.tr("{name}, here is where you can take part ({levels}).").format(
                    name=fit.first_name, levels=chosen
                )
            )
        else:
            self.heading.setText(
                self.tr(
                    "{name}, you have not said how involved you want to be: here is everything."
                ).format(name=fit.first_name)
            )
        language = self.shell.language or "fr"
        palette = self.shell.theme.palette
        parts = []
        for line in fit.lines:
            card = governance.body(line.body_id)
            if card is None:
                continue
            colour = palette.ink if self.shell.theme.high_contrast else palette.levels[line.level]
            actions = "".join(f"<li>{html.escape(say(action))}</li>" for action in line.actions)
            parts.append(
                f"<p><b>{html.escape(body_title(card, language, plain=self.plain))}</b> "
                f"<span style='color:{colour}'>● {html.escape(level_text(line.level))}</span></p>"
                f"<ul>{actions}</ul>"
            )
        if fit.own_items:
            mine = "".join(
                f"<li>{html.escape(item.title)} — {html.escape(status_text(item.status))}</li>"
                for item in fit.own_items
            )
            heading = html.escape(self.tr("Your items on the agendas"))
            parts.insert(0, f"<p><b>{heading}</b></p><ul>{mine}</ul>")
        self.fit_text.setText("".join(parts) or html.escape(self.tr("No body to show yet.")))

    def arrange(self, space: QSize) -> None:
        portrait = space.height() > space.width()
        self._body.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )
        self._tools.setDirection(
            QBoxLayout.Direction.TopToBottom
            if space.width() < 1100
            else QBoxLayout.Direction.LeftToRight
        )


@register_screen
class GovernanceFitScreen(GovernanceMapScreen):
    """The map after a badge scan: the bodies open to this person at the levels they asked for,
    in the levels' colours, with what they can do next."""

    name = "governance-map-fit"
    args_type = PersonArgs

    @classmethod
    def next_step_for(cls, holder: BadgeHolder) -> NextStep | None:
        return None

    def on_enter(self, args: ScreenArgs | None) -> None:
        if isinstance(args, PersonArgs):
            self.focused = False
            ops.load_fit(self, args.person_id, success=self._fit_loaded)
        elif self.governance is None:
            self.load()

    def _badge_scanned(self, holder: BadgeHolder) -> None:
        if self.isVisible():
            self.on_enter(PersonArgs(holder.person_id))

    def reload(self) -> None:
        if self.fit is not None:
            ops.load_fit(self, self.fit.person_id, success=self._fit_loaded)
        else:
            self.load()

    def _fit_loaded(self, result: tuple[GovernanceMap, Fit]) -> None:
        governance, fit = result
        self.fit = fit
        self.show_map(governance)
        self._show_fit()

    def prepare_screenshot(self) -> None:
        from ui.demo import demo_person

        def picked(person_id: uuid.UUID | None) -> None:
            if person_id is not None:
                self.on_enter(PersonArgs(person_id))

        demo_person(self, "a", success=picked)
