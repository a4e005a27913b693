"""A member puts an item on a body's agenda: after a badge scan, which body, a title, a few
lines, perhaps a photo of a document; sent, it opens on its own screen (`agenda-item`).

The texts are typed with the on-screen keyboard, in the member's language (the kiosk speaks
it once their badge is read). Nothing is kept before "Send": a refusal (a title too short, a
text too long) says why beside the button and keeps what was typed.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from ui import theme
from ui.camera import StillCamera, camera_present
from ui.demo import demo_person
from ui.navigation import Screen, register_screen
from ui.screen_args import AgendaItemArgs, BodyArgs, ScreenArgs
from ui.screens.agenda import ops
from ui.shell import Shell
from ui.widgets.buttons import TouchButton
from ui.widgets.choices import ChoiceButtons
from ui.widgets.empty_state import EmptyState
from ui.widgets.page import failure_text, label, set_page_margins

if TYPE_CHECKING:
    from app.agenda.types import AgendaItemView, MemberAgenda
    from app.badges.types import BadgeHolder

# Longer than the service accepts: a text one letter too long is refused with the reason,
# not silently cut (app.agenda.service.TITLE_MAX).
TITLE_FIELD_MAX = 300
PHOTO_PREVIEW = QSize(240, 180)


@register_screen
class ProposeScreen(Screen):
    name = "agenda-propose"
    args_type = BodyArgs

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.person_id: uuid.UUID | None = None
        self.member: MemberAgenda | None = None
        self.body_id: uuid.UUID | None = None
        """The body chosen (or the one the body's screen came from)."""
        self.photo: bytes | None = None
        self.busy = False
        self.heading = label("title")
        self.intro = label("lead")
        self.empty = EmptyState("id-card")
        self.body_label = label("heading")
        self.bodies_slot = QVBoxLayout()
        self.bodies: ChoiceButtons | None = None
        self.title_label = label("heading")
        self.title_field = QLineEdit()
        self.title_field.setMaxLength(TITLE_FIELD_MAX)
        self.title_label.setBuddy(self.title_field)
        self.description_label = label("heading")
        self.description = QPlainTextEdit()
        self.description.setMinimumHeight(140)
        self.description.setMaximumHeight(220)
        self.description.setTabChangesFocus(True)
        self.photo_label = label("heading")
        self.preview = QLabel()
        self.preview.setFixedSize(PHOTO_PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.hide()
        self.camera = StillCamera(self)
        self.camera.sig_taken.connect(self._photo_taken)
        self.camera.sig_unavailable.connect(self._no_camera)
        self.take_photo = TouchButton(icon_name="image")
        self.take_photo.clicked.connect(self._take_photo)
        self.remove_photo = TouchButton(kind="destructive", icon_name="trash-2")
        self.remove_photo.clicked.connect(self._remove_photo)
        self.photo_note = label("muted")
        photo_buttons = QVBoxLayout()
        photo_buttons.setSpacing(12)
        photo_buttons.addWidget(self.take_photo, 0, Qt.AlignmentFlag.AlignLeft)
        photo_buttons.addWidget(self.remove_photo, 0, Qt.AlignmentFlag.AlignLeft)
        photo_buttons.addWidget(self.photo_note)
        photo_buttons.addStretch(1)
        photo_row = QHBoxLayout()
        photo_row.setSpacing(24)
        photo_row.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignTop)
        photo_row.addLayout(photo_buttons, 1)
        # The member's own items: a tap opens one (its status, its names, the answer).
        self.mine_title = label("heading")
        self.mine_box = QVBoxLayout()
        self.mine_box.setSpacing(8)
        self.mine: dict[uuid.UUID, TouchButton] = {}
        self.form = QWidget()
        form = QVBoxLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.setSpacing(12)
        form.addWidget(self.body_label)
        form.addLayout(self.bodies_slot)
        form.addSpacing(8)
        form.addWidget(self.title_label)
        form.addWidget(self.title_field)
        form.addSpacing(8)
        form.addWidget(self.description_label)
        form.addWidget(self.description)
        form.addSpacing(8)
        form.addWidget(self.photo_label)
        form.addLayout(photo_row)
        form.addSpacing(8)
        form.addWidget(self.mine_title)
        form.addLayout(self.mine_box)
        self.error = label("error")
        self.error.hide()
        self.send = TouchButton(kind="primary", big=True, icon_name="check")
        self.send.clicked.connect(self.submit)
        bottom = QHBoxLayout()
        bottom.setSpacing(24)
        bottom.addWidget(self.error, 1)
        bottom.addStretch(0)
        bottom.addWidget(self.send, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        set_page_margins(layout)
        layout.setSpacing(16)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.form)
        layout.addStretch(1)
        self.action_bar = self.pin_actions(bottom)
        shell.sig_badge_scanned.connect(self._badge_scanned)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Propose an item")

    def retranslate(self) -> None:
        member = self.member
        if member is None:
            self.heading.setText(self.tr("Propose an item to a body"))
        else:
            self.heading.setText(
                self.tr("{name}, what should the body talk about?").format(name=member.first_name)
            )
        self.intro.setText(
            self.tr(
                "Any member can ask a body of the cooperative to discuss a question. Once "
                "enough members have signed it too, it goes to the body's secretary."
            )
        )
        self.empty.set_texts(
            self.tr("Scan your badge to propose an item."),
            self.tr("Members of the cooperative can do this."),
        )
        self.body_label.setText(self.tr("Which body?"))
        self.title_label.setText(self.tr("Title: your question in one sentence"))
        self.title_field.setPlaceholderText(self.tr("For example: a meeting room open evenings"))
        self.description_label.setText(self.tr("A few lines to explain (optional)"))
        self.photo_label.setText(self.tr("A photo of a document (optional)"))
        self._show_photo()
        self.send.setText(self.tr("Send my proposal"))
        self.mine_title.setText(self.tr("Your items already proposed"))
        self._show_mine()
        self._set_body_texts()

    def reset(self) -> None:
        self.camera.stop()
        self.person_id = None
        self.member = None
        self.body_id = None
        self.photo = None
        self.take_photo.setEnabled(True)  # a camera plugged in since is found at the next tap
        self._show_photo()
        self.busy = False
        self.title_field.clear()
        self.description.clear()
        self.error.clear()
        self.error.hide()
        self._set_bodies()
        self._show()

    def on_enter(self, args: ScreenArgs | None) -> None:
        if isinstance(args, BodyArgs):
            self.body_id = args.body_id
            if self.bodies is not None:
                self.bodies.set_selected([str(args.body_id)])
        if self.person_id is None and self.shell.visitor_id is not None:
            self._load(self.shell.visitor_id)
        self._show()

    def on_leave(self) -> None:
        self.camera.stop()

    def prepare_screenshot(self) -> None:
        self.title_field.setText("Un local ouvert le soir pour les réunions")
        self.description.setPlainText(
            "Beaucoup de sociétaires travaillent la journée. Ouvrir la salle du premier étage "
            "deux soirs par semaine leur permettrait de venir aux réunions."
        )

        def loaded(member: MemberAgenda) -> None:
            self._loaded(member)
            if self.bodies is not None and member.bodies:
                self.bodies.set_selected([str(member.bodies[0].id)])

        def picked(person_id: uuid.UUID | None) -> None:
            if person_id is not None:
                self.person_id = person_id
                ops.member(self, person_id, success=loaded, failure=self._refused)

        demo_person(self, "evangeline", success=picked)

    def arrange(self, space: QSize) -> None:
        if self.bodies is not None:
            # Nine bodies in the demo, named in up to forty letters: three a row on a wide
            # screen, one in portrait with large text (room in unscaled pixels).
            room = space.width() / theme.current().metrics.scale
            self.bodies.set_columns(3 if room >= 1700 else 2 if room >= 1000 else 1)

    # -- The member -----------------------------------------------------------------------------

    def _badge_scanned(self, holder: BadgeHolder) -> None:
        if self.isVisible() and not self.busy:
            self._load(holder.person_id)

    def _load(self, person_id: uuid.UUID) -> None:
        self.person_id = person_id
        ops.member(self, person_id, success=self._loaded, failure=self._refused)

    def _loaded(self, member: MemberAgenda) -> None:
        if member.person_id != self.person_id:
            return
        self.member = member
        self.error.hide()
        self._set_bodies()
        self.retranslate()
        self._show()
        self.title_field.setFocus()

    def _refused(self, error: Exception) -> None:
        # A visitor's badge: not a member (yet). Nothing of theirs stays on screen.
        self.person_id = None
        self.member = None
        self._show()
        self.shell.toast(failure_text(error))

    def _set_bodies(self) -> None:
        if self.bodies is not None:
            self.bodies_slot.removeWidget(self.bodies)
            self.bodies.hide()
            self.bodies.deleteLater()
            self.bodies = None
        member = self.member
        if member is None:
            return
        keys = [str(body.id) for body in member.bodies]
        self.bodies = ChoiceButtons(keys, exclusive=True, columns=2)
        self.bodies_slot.addWidget(self.bodies)
        chosen = str(self.body_id) if self.body_id is not None else ""
        if chosen in keys:
            self.bodies.set_selected([chosen])
        self._set_body_texts()
        self.arrange(self.space())

    def _set_body_texts(self) -> None:
        member = self.member
        if self.bodies is not None and member is not None:
            language = self.shell.language
            self.bodies.set_texts({str(b.id): b.name_in(language) for b in member.bodies})

    def _show_mine(self) -> None:
        for button in self.mine.values():
            self.mine_box.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.mine = {}
        member = self.member
        items = () if member is None else member.items
        self.mine_title.setVisible(bool(items))
        language = self.shell.language
        for item in items:
            button = TouchButton(icon_name="chevron-right")
            button.setText(
                self.tr("{title} ({body})").format(
                    title=item.title, body=item.body_name_in(language)
                )
            )
            button.clicked.connect(
                lambda _c=False, item_id=item.id: self.shell.go(
                    "agenda-item", AgendaItemArgs(item_id)
                )
            )
            self.mine_box.addWidget(button)
            self.mine[item.id] = button

    def _show(self) -> None:
        known = self.member is not None
        self.empty.setVisible(not known)
        self.form.setVisible(known)
        self.action_bar.setVisible(known)

    # -- The photo ------------------------------------------------------------------------------

    def _take_photo(self) -> None:
        # Asked when tapped, not on entering: QtMultimedia is slow to load.
        if not camera_present():
            self._no_camera()
            return
        self.photo_note.setText(self.tr("Hold the document in front of the camera…"))
        self.camera.take()

    def _photo_taken(self, data: bytes) -> None:
        self.photo = data
        self._show_photo()

    def _no_camera(self) -> None:
        self.take_photo.setEnabled(False)
        self._show_photo()

    def _remove_photo(self) -> None:
        self.photo = None
        self._show_photo()

    def _show_photo(self) -> None:
        has_camera = self.take_photo.isEnabled()
        if self.photo is None:
            self.preview.hide()
            self.preview.clear()
        else:
            image = QImage.fromData(self.photo)
            self.preview.setPixmap(
                QPixmap.fromImage(image).scaled(
                    PHOTO_PREVIEW,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            self.preview.show()
        self.remove_photo.setVisible(self.photo is not None)
        self.remove_photo.setText(self.tr("Remove the photo"))
        if not has_camera:
            self.take_photo.setText(self.tr("No camera on this kiosk"))
            self.photo_note.setText(self.tr("Your proposal goes without a photo."))
        elif self.photo is None:
            self.take_photo.setText(self.tr("Take a photo"))
            self.photo_note.setText(self.tr("A letter, a poster, a page of minutes."))
        else:
            self.take_photo.setText(self.tr("Take it again"))
            self.photo_note.setText(self.tr("The photo goes with your proposal."))

    # -- Sending --------------------------------------------------------------------------------

    def submit(self) -> None:
        member = self.member
        if member is None or self.busy:
            return
        chosen = self.bodies.choice() if self.bodies is not None else ""
        if not chosen:
            self._invalid_text(self.tr("Choose the body your item is for."))
            return
        self.busy = True
        ops.propose(
            self,
            member.person_id,
            uuid.UUID(chosen),
            title=self.title_field.text(),
            description=self.description.toPlainText(),
            language=self.shell.language,
            photo=self.photo,
            success=self._sent,
            failure=self._invalid,
        )

    def _sent(self, item: AgendaItemView) -> None:
        self.busy = False
        self.shell.go("agenda-item", AgendaItemArgs(item.id))
        self.reset()

    def _invalid(self, error: Exception) -> None:
        self.busy = False
        self._invalid_text(failure_text(error))

    def _invalid_text(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
