"""The large preview of a person's badge (a specimen: no badge is issued to show it)."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from app.changes import Changes, Entity
from ui.demo import demo_facilitator, demo_person
from ui.navigation import Screen, register_screen
from ui.screen_args import PersonArgs, ScreenArgs
from ui.screens.badges import ops
from ui.screens.badges.widgets import DEMO_QUERY, LARGE_PREVIEW_DPI, BadgeState, layout_name
from ui.shell import Shell
from ui.widgets.buttons import TouchButton
from ui.widgets.empty_state import EmptyState
from ui.widgets.page import label, set_page_margins
from ui.widgets.page_view import PageView


@register_screen
class BadgePreviewScreen(Screen):
    name = "badge-preview"
    shows_personal_data = True
    facilitator_only = True
    args_type = PersonArgs

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.person_id: uuid.UUID | None = None
        self.state: BadgeState | None = None
        self.loading = False
        self.caption = label("lead")
        self.specimen = label("muted")
        self.back = TouchButton(big=True, icon_name="arrow-left")
        self.back.clicked.connect(self.shell.back)
        self.page = PageView()
        self.empty = EmptyState("id-card")
        self.empty.hide()
        top = QHBoxLayout()
        top.setSpacing(24)
        top.addWidget(self.back)
        texts = QVBoxLayout()
        texts.addWidget(self.caption)
        texts.addWidget(self.specimen)
        top.addLayout(texts, 1)
        layout = QVBoxLayout(self)
        set_page_margins(layout)
        layout.setSpacing(24)
        layout.addLayout(top)
        layout.addWidget(self.page, 1)
        layout.addWidget(self.empty, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Badge preview")

    def retranslate(self) -> None:
        self.back.setText(self.tr("Back"))
        self.specimen.setText(
            self.tr("A specimen: the QR code of a real badge is made when it is printed.")
        )
        self.empty.set_texts(self.tr("No badge to show."), self.tr("Choose a person first."))
        state = self.state
        if state is None:
            self.caption.clear()
        else:
            layout = state.badge.layout if state.badge else self.shell.config.badge_layout
            self.caption.setText(
                self.tr("The badge of {name}, {layout}.").format(
                    name=state.holder.first_name, layout=layout_name(layout)
                )
            )

    def reset(self) -> None:
        self.person_id = None
        self.state = None
        self.page.clear()
        self.retranslate()

    def on_enter(self, args: ScreenArgs | None) -> None:
        if isinstance(args, PersonArgs):
            self.person_id = args.person_id
        self.page.setVisible(self.person_id is not None)
        self.empty.setVisible(self.person_id is None)
        if self.person_id is not None:
            self._load(self.person_id)

    def on_changes(self, changes: Changes, initiator: object) -> None:
        if changes.concerns(Entity.BADGE, Entity.PERSON) and self.person_id and self.isVisible():
            self._load(self.person_id)

    def prepare_screenshot(self) -> None:
        demo_facilitator(self.shell)
        self.loading = True
        demo_person(self, DEMO_QUERY, success=self._picked)

    def _picked(self, person_id: uuid.UUID | None) -> None:
        self.loading = False
        self.person_id = person_id
        self.on_enter(None)

    def _load(self, person_id: uuid.UUID) -> None:
        self.loading = True
        ops.load_state(self, person_id, dpi=LARGE_PREVIEW_DPI, success=self._loaded)

    def _loaded(self, state: BadgeState) -> None:
        self.loading = False
        if state.holder.person_id != self.person_id:
            return
        self.state = state
        self.page.set_image(state.preview)
        self.retranslate()
