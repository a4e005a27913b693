"""Writing a post (`skill-new`), in big steps a finger goes through: the badge scan first, then
offer or need; a title and a few lines; a sector and up to five of its skills (and "other" in
words); in person or online, and the level; the availability in words and how long the post
stays; a last look at it all; "posted".

Texts are typed with the on-screen keyboard, in the member's language. Its author comes back
to change a post (`SkillFormArgs` with `post_id`: the post screen sends them after their badge
scan): the same steps, filled in. Nothing is kept before "Post it": the service checks
everything, and a refusal says why in one line, beside the button, with every step as it was.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from app.skills.types import (
    DEFAULT_MONTHS,
    MAX_TAGS,
    MONTH_CHOICES,
    Level,
    Modality,
    PostForm,
    PostKind,
    Sector,
)
from ui import theme
from ui.navigation import Screen, register_screen
from ui.screen_args import ScreenArgs, SkillFormArgs, SkillPostArgs
from ui.screens.skills import ops
from ui.screens.skills.widgets import (
    date_text,
    kind_text,
    level_text,
    modality_text,
)
from ui.shell import Shell
from ui.widgets.buttons import TouchButton
from ui.widgets.choices import ChoiceButtons
from ui.widgets.empty_state import EmptyState
from ui.widgets.page import failure_text, label, set_page_margins

if TYPE_CHECKING:
    from app.badges.types import BadgeHolder
    from app.skills.types import PostDetail, Posted, Taxonomy

STEPS = ("badge", "kind", "words", "skills", "how", "when", "review", "posted")
# Longer than the service accepts: a text one letter too long is refused with the reason, and
# what was typed stays (a field that cut it would lose words silently).
FIELD_MAX = 2000
OTHER = "other"


@register_screen
class SkillEditorScreen(Screen):
    name = "skill-new"
    args_type = SkillFormArgs

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.person_id: uuid.UUID | None = None
        self.first_name = ""
        self.post_id: uuid.UUID | None = None
        self.taxonomy: Taxonomy | None = None
        self.tags: list[str] = []
        self.posted: Posted | None = None
        self.busy = False
        self.step = "badge"
        self._chip_columns = 3
        self.heading = label("title")
        self.progress = label("muted")
        self.pages: dict[str, QWidget] = {}
        # The badge.
        self.scan = EmptyState("id-card")
        # Offer or need.
        self.kind_label = label("heading")
        self.kinds = ChoiceButtons(tuple(PostKind), exclusive=True, columns=2)
        self.kinds.sig_changed.connect(self._kind_chosen)
        # The words.
        self.title_label = label("heading")
        self.title_field = QLineEdit()
        self.title_field.setMaxLength(FIELD_MAX)
        self.title_label.setBuddy(self.title_field)
        self.description_label = label("heading")
        self.description = QPlainTextEdit()
        self.description.setMinimumHeight(140)
        self.description.setMaximumHeight(220)
        self.description.setTabChangesFocus(True)
        # The skills.
        self.sector_label = label("heading")
        self.sectors = ChoiceButtons((), exclusive=True, columns=3)
        self.skills_label = label("heading")
        self.skills = ChoiceButtons((), exclusive=False, columns=3)
        self.chosen = label("muted")
        self.other_label = label("lead")
        self.other = QLineEdit()
        self.other.setMaxLength(FIELD_MAX)
        self.other_label.setBuddy(self.other)
        self._skills_box = QVBoxLayout()
        self._skills_box.setContentsMargins(0, 0, 0, 0)
        self._skills_box.setSpacing(12)
        # How.
        self.modality_label = label("heading")
        self.modalities = ChoiceButtons(tuple(Modality), exclusive=True, columns=3)
        self.level_label = label("heading")
        self.levels = ChoiceButtons(tuple(Level), exclusive=True, columns=3)
        # When.
        self.availability_label = label("heading")
        self.availability = QLineEdit()
        self.availability.setMaxLength(FIELD_MAX)
        self.availability_label.setBuddy(self.availability)
        self.months_label = label("heading")
        self.months = ChoiceButtons(tuple(str(m) for m in MONTH_CHOICES), exclusive=True, columns=4)
        # The last look.
        self.review_lines = [label("lead") for _ in range(7)]
        self.review_lines[1].setProperty("role", "heading")
        # Posted.
        self.done = label("heading")
        self.see = TouchButton(kind="primary", big=True, icon_name="eye")
        self.see.clicked.connect(self._see)
        self.to_board = TouchButton(big=True, icon_name="arrow-left")
        self.to_board.clicked.connect(lambda: self.shell.go("skills-board"))
        done_row = QHBoxLayout()
        done_row.setSpacing(16)
        done_row.addWidget(self.see)
        done_row.addWidget(self.to_board)
        done_row.addStretch(1)
        self._page("badge", self.scan)
        self._page("kind", self.kind_label, self.kinds)
        self._page(
            "words", self.title_label, self.title_field, self.description_label, self.description
        )
        skills = self._page("skills", self.sector_label, self.sectors, self.skills_label)
        layout = skills.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addLayout(self._skills_box)
        self._skills_box.addWidget(self.skills)
        for widget in (self.chosen, self.other_label, self.other):
            layout.addWidget(widget)
        self._page("how", self.modality_label, self.modalities, self.level_label, self.levels)
        self._page(
            "when", self.availability_label, self.availability, self.months_label, self.months
        )
        self._page("review", *self.review_lines)
        posted = self._page("posted", self.done)
        posted_layout = posted.layout()
        assert isinstance(posted_layout, QVBoxLayout)
        posted_layout.addLayout(done_row)
        self.error = label("error")
        self.error.hide()
        self.back = TouchButton(big=True, icon_name="chevron-left")
        self.back.clicked.connect(self.previous)
        self.next = TouchButton(kind="primary", big=True, icon_name="chevron-right")
        self.next.clicked.connect(self.forward)
        actions = QHBoxLayout()
        actions.setSpacing(16)
        actions.addWidget(self.back)
        actions.addWidget(self.error, 1)
        # The buttons keep their size while there is no refusal to show.
        actions.addStretch(1)
        actions.addWidget(self.next)
        outer = QVBoxLayout(self)
        set_page_margins(outer)
        outer.setSpacing(20)
        outer.addWidget(self.heading)
        outer.addWidget(self.progress)
        for page in self.pages.values():
            outer.addWidget(page)
        outer.addStretch(1)
        self.action_bar = self.pin_actions(actions)
        shell.sig_badge_scanned.connect(self._badge_scanned)
        self._defaults()
        self.retranslate()
        self.go_step("badge")

    def _page(self, step: str, *widgets: QWidget) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        for widget in widgets:
            layout.addWidget(widget)
        self.pages[step] = page
        return page

    def title(self) -> str:
        return self.tr("Change my post") if self.post_id is not None else self.tr("Post a skill")

    # -- Texts ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        if self.step == "badge":
            self.heading.setText(self.tr("Post an offer or a need"))
        elif self.post_id is not None:
            self.heading.setText(self.tr("{name}, change your post").format(name=self.first_name))
        else:
            self.heading.setText(
                self.tr("{name}, what would you like to share?").format(name=self.first_name)
            )
        self.scan.set_texts(
            self.tr("Scan your badge to post an offer or a need."),
            self.tr("Your post shows your first name and initial, never your contact details."),
        )
        self.kind_label.setText(self.tr("Do you offer a skill, or do you need one?"))
        self.kinds.set_texts(
            {
                PostKind.offer: self.tr("I offer a skill"),
                PostKind.need: self.tr("I need a skill"),
            }
        )
        self.title_label.setText(self.tr("A title, in a few words"))
        self.title_field.setPlaceholderText(self.tr("For example: help with spreadsheets"))
        self.description_label.setText(self.tr("A few lines to say more (optional)"))
        self.sector_label.setText(self.tr("In which sector?"))
        self.skills_label.setText(self.tr("Which skills? Up to five"))
        self.other_label.setText(self.tr("Not in the list? Say it in a few words (optional)"))
        self.modality_label.setText(self.tr("How?"))
        self.modalities.set_texts({m: modality_text(m) for m in Modality})
        self.level_label.setText(self.tr("What level?"))
        self.levels.set_texts(
            {
                Level.first_steps: self.tr("First steps: I am starting out"),
                Level.confirmed: self.tr("Confirmed: I practise it"),
                Level.expert: self.tr("Expert: I could teach it"),
            }
        )
        self.availability_label.setText(self.tr("When are you available? (optional)"))
        self.availability.setPlaceholderText(self.tr("For example: Tuesday afternoons"))
        self.months_label.setText(self.tr("How long should it stay on the board?"))
        self.months.set_texts({str(m): self.tr("%n month(s)", "", m) for m in MONTH_CHOICES})
        self.see.setText(self.tr("See my post"))
        self.to_board.setText(self.tr("Back to the board"))
        self.back.setText(self.tr("Back"))
        self._sector_texts()
        self._chosen_text()
        self._step_texts()

    def _sector_texts(self) -> None:
        taxonomy = self.taxonomy
        if taxonomy is None:
            return
        language = self.shell.language
        self.sectors.set_texts({s.tag.slug: s.tag.label(language) for s in taxonomy.sectors})
        sector = self._sector(self.sectors.choice())
        if sector is not None:
            self.skills.set_texts({t.slug: t.label(language) for t in sector.skills})

    def _step_texts(self) -> None:
        index = STEPS.index(self.step)
        if 1 <= index <= 6:
            self.progress.setText(self.tr("Step {step} of {steps}").format(step=index, steps=6))
        self.progress.setVisible(1 <= index <= 6)
        if self.step == "review":
            self.next.setText(self.tr("Save my changes") if self.post_id else self.tr("Post it"))
            self.next.set_icon_name("check")
        else:
            self.next.setText(self.tr("Next"))
            self.next.set_icon_name("chevron-right")
        if self.step == "review":
            self._review()
        if self.step == "posted" and self.posted is not None:
            expires = self.posted.expires_on
            self.done.setText(
                self.tr("Posted! It is on the board until {day}.").format(day=date_text(expires))
                if expires is not None
                else self.tr("Posted! It is on the board.")
            )

    def _review(self) -> None:
        form = self.form()
        language = self.shell.language
        labels = []
        if self.taxonomy is not None:
            for slug in form.tag_slugs:
                tag = self.taxonomy.tag(slug)
                labels.append(tag.label(language) if tag is not None else slug)
        if form.other_tag.strip():
            labels.append(form.other_tag.strip())
        lines = [
            kind_text(form.kind),
            form.title,
            form.description,
            " · ".join(labels),
            f"{modality_text(form.modality)} · {level_text(form.level)}",
            self.tr("Available: {when}").format(when=form.availability)
            if form.availability.strip()
            else "",
            self.tr("On the board for %n month(s)", "", form.months),
        ]
        for widget, text in zip(self.review_lines, lines, strict=True):
            widget.setText(text)
            widget.setVisible(bool(text.strip()))

    # -- Steps ----------------------------------------------------------------------------------

    def go_step(self, step: str) -> None:
        self.step = step
        for name, page in self.pages.items():
            page.setVisible(name == step)
        self.error.hide()
        self.action_bar.setVisible(step not in ("badge", "posted"))
        self.back.setEnabled(step != "kind")
        self.retranslate()
        self.sig_title_changed.emit()
        focus = {"words": self.title_field, "when": self.availability}.get(step)
        if focus is not None:
            focus.setFocus()
        host = self.host
        if host is not None:
            host.scroll_to_top()

    def forward(self) -> None:
        if self.busy:
            return
        step = self.step
        if step == "kind" and not self.kinds.choice():
            self.refuse(self.tr("Choose offer or need first."))
            return
        if step == "words" and not self.title_field.text().strip():
            self.refuse(self.tr("Give your post a title."))
            return
        if step == "review":
            self.submit()
            return
        self.go_step(STEPS[STEPS.index(step) + 1])

    def previous(self) -> None:
        index = STEPS.index(self.step)
        if index > 1 and not self.busy:
            self.go_step(STEPS[index - 1])

    def refuse(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _kind_chosen(self) -> None:
        if self.step == "kind":
            self.go_step("words")

    # -- The skills -----------------------------------------------------------------------------

    def _sector(self, slug: str) -> Sector | None:
        taxonomy = self.taxonomy
        if taxonomy is None:
            return None
        return next((s for s in taxonomy.sectors if s.tag.slug == slug), None)

    def _taxonomy(self, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy
        chosen = self.sectors.choice()
        parent = self.pages["skills"].layout()
        assert isinstance(parent, QVBoxLayout)
        index = parent.indexOf(self.sectors)
        parent.removeWidget(self.sectors)
        self.sectors.hide()
        self.sectors.deleteLater()
        slugs = tuple(s.tag.slug for s in taxonomy.sectors)
        self.sectors = ChoiceButtons(slugs, exclusive=True, columns=self._columns())
        self.sectors.sig_changed.connect(self._sector_chosen)
        parent.insertWidget(index, self.sectors)
        first = self._first_sector() or (slugs[0] if slugs else "")
        self.sectors.set_selected([chosen if chosen in slugs else first])
        self._sector_chosen()

    def _first_sector(self) -> str:
        """The sector of the post's first skill (a post being changed opens there)."""
        taxonomy = self.taxonomy
        if taxonomy is None or not self.tags:
            return ""
        tag = taxonomy.tag(self.tags[0])
        return tag.sector if tag is not None else ""

    def _sector_chosen(self) -> None:
        sector = self._sector(self.sectors.choice())
        skills = tuple(t.slug for t in sector.skills) if sector is not None else ()
        self._skills_box.removeWidget(self.skills)
        self.skills.hide()
        self.skills.deleteLater()
        self.skills = ChoiceButtons(skills, exclusive=False, columns=self._columns())
        self.skills.set_selected([slug for slug in self.tags if slug in skills])
        self.skills.sig_changed.connect(self._skills_chosen)
        self._skills_box.addWidget(self.skills)
        self._sector_texts()
        self._chosen_text()
        self.rearrange()

    def _skills_chosen(self) -> None:
        shown = set(self.skills.keys)
        picked = self.skills.selected()
        tags = [slug for slug in self.tags if slug not in shown or slug in picked]
        tags += [slug for slug in picked if slug not in tags]
        if len(tags) > MAX_TAGS:
            # The one just tapped goes back: five skills at most, the others stay.
            self.skills.set_selected([slug for slug in self.tags if slug in shown])
            self.refuse(self.tr("Five skills at most: tap one to let it go first."))
            return
        self.error.hide()
        self.tags = tags
        self._chosen_text()

    def _chosen_text(self) -> None:
        taxonomy = self.taxonomy
        language = self.shell.language
        names = []
        for slug in self.tags:
            tag = taxonomy.tag(slug) if taxonomy is not None else None
            names.append(tag.label(language) if tag is not None else slug)
        self.chosen.setText(
            self.tr("Chosen: {skills}").format(skills=", ".join(names)) if names else ""
        )
        self.chosen.setVisible(bool(names))

    def _columns(self) -> int:
        return self._chip_columns

    def arrange(self, space: QSize) -> None:
        room = self.room(space) / theme.current().metrics.scale
        columns = 3 if room >= 1500 else 2 if room >= 900 else 1
        self._chip_columns = columns
        self.sectors.set_columns(columns)
        self.skills.set_columns(columns)
        self.levels.set_columns(3 if room >= 1700 else 1)
        self.modalities.set_columns(3 if room >= 1200 else 1)
        self.months.set_columns(4 if room >= 900 else 2)
        self.kinds.set_columns(2 if room >= 900 else 1)

    # -- The member -----------------------------------------------------------------------------

    def on_enter(self, args: ScreenArgs | None) -> None:
        if self.taxonomy is None:
            ops.taxonomy(self, success=self._taxonomy)
        if not isinstance(args, SkillFormArgs):
            # Back from elsewhere: what was being written waits; a post done, a new one starts.
            if self.step == "posted":
                self.reset()
            return
        self.reset()
        if args.kind in tuple(PostKind):
            self.kinds.set_selected([args.kind])
        self.title_field.setText(args.title)
        if args.post_id is not None and args.person_id is not None:
            self.post_id, self.person_id = args.post_id, args.person_id
            ops.post_detail(
                self, args.post_id, args.person_id, success=self._editing, failure=self._refused
            )

    def _editing(self, detail: PostDetail | None) -> None:
        if detail is not None and detail.card.id != self.post_id:
            return
        if detail is None or not detail.yours:
            self.post_id = self.person_id = None
            self.go_step("badge")
            self.shell.toast(self.tr("Only its author can change a post."))
            return
        card = detail.card
        self.first_name = card.author.split(" ")[0]
        self.kinds.set_selected([card.kind])
        self.title_field.setText(card.title)
        self.description.setPlainText(detail.description)
        self.tags = [tag.slug for tag in card.tags]
        self.other.setText(card.other_tag)
        self.modalities.set_selected([card.modality])
        self.levels.set_selected([card.level])
        self.availability.setText(card.availability)
        if self.taxonomy is not None:
            first = self._first_sector()
            if first:
                self.sectors.set_selected([first])
            self._sector_chosen()
        self.go_step("words")

    def prepare_screenshot(self) -> None:
        from app.badges.types import BadgeHolder
        from ui.demo import demo_person

        def picked(person_id: uuid.UUID | None) -> None:
            if person_id is None:
                return
            self._member(
                BadgeHolder(
                    person_id=person_id,
                    first_name="Évangéline",
                    last_name="",
                    kind="member",
                    language="fr",
                    antenna="",
                    is_member=True,
                    is_shareholder=False,
                    role="member",
                )
            )
            self.kinds.set_selected([PostKind.offer])
            self.go_step("skills")

        demo_person(self, "evangeline", success=picked)

    def _badge_scanned(self, holder: BadgeHolder) -> None:
        if not self.isVisible() or self.busy or self.step != "badge":
            return
        self._member(holder)

    def _member(self, holder: BadgeHolder) -> None:
        self.person_id = holder.person_id
        self.first_name = holder.first_name
        self.go_step("kind" if not self.kinds.choice() else "words")

    def reset(self) -> None:
        self.person_id = self.post_id = None
        self.first_name = ""
        self.posted = None
        self.busy = False
        self.title_field.clear()
        self.description.clear()
        self.other.clear()
        self.availability.clear()
        self.tags = []
        self._defaults()
        self.skills.clear()
        self._chosen_text()
        self.go_step("badge")

    def _defaults(self) -> None:
        self.kinds.clear()
        self.modalities.set_selected([Modality.either])
        self.levels.set_selected([Level.confirmed])
        self.months.set_selected([str(DEFAULT_MONTHS)])

    # -- Posting --------------------------------------------------------------------------------

    def form(self) -> PostForm:
        kind = self.kinds.choice()
        months = self.months.choice()
        return PostForm(
            kind=PostKind(kind) if kind else PostKind.offer,
            title=self.title_field.text(),
            description=self.description.toPlainText(),
            tag_slugs=tuple(self.tags),
            other_tag=self.other.text(),
            modality=Modality(self.modalities.choice() or Modality.either),
            level=Level(self.levels.choice() or Level.confirmed),
            availability=self.availability.text(),
            months=int(months) if months else DEFAULT_MONTHS,
            language=self.shell.language,
        )

    def submit(self) -> None:
        person = self.person_id
        if person is None or self.busy:
            return
        self.busy = True
        self.error.hide()
        if self.post_id is not None:
            ops.edit(
                self, self.post_id, person, self.form(), success=self._posted, failure=self._refused
            )
        else:
            ops.post(self, person, self.form(), success=self._posted, failure=self._refused)

    def _posted(self, posted: Posted) -> None:
        self.busy = False
        self.posted = posted
        self.post_id = posted.post_id
        self.go_step("posted")

    def _refused(self, error: Exception) -> None:
        # Everything typed and chosen stays: the person corrects it and tries again.
        self.busy = False
        self.refuse(failure_text(error))

    def _see(self) -> None:
        posted = self.posted
        if posted is not None:
            person = self.person_id
            self.reset()
            self.shell.go("skill-post", SkillPostArgs(posted.post_id, person))
