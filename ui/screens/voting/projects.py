"""In the console, for a draft: each project's description and picture."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon, QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.voting.types import (
    OptionInfo,
    VoteInfo,
)
from ui.i18n import translate_message
from ui.screens.voting import ops
from ui.screens.voting.widgets import (
    PICTURE_SIZE,
    centre_crop,
    picture_pixmap,
)
from ui.widgets.buttons import TouchButton
from ui.widgets.choices import ChoiceButtons
from ui.widgets.page import label
from ui.widgets.page_stack import PageStack
from ui.widgets.scrolling import VerticalScrollArea, kinetic

if TYPE_CHECKING:
    from ui.screens.voting.base import VoteScreen


class ProjectsEditor(QWidget):
    """In the console, for a draft: each project's description and picture. Pictures come from
    a USB stick or the kiosk's Pictures folder, shown as a grid of thumbnails to tap (a file
    dialog is no place for a finger); the service makes the chosen one small."""

    def __init__(self, console: VoteScreen, *, close: Callable[[], None]) -> None:
        super().__init__()
        self.console = console
        self.vote: VoteInfo | None = None
        self.pictures: Mapping[str, bytes] = {}
        self.chosen_file: Path | None = None
        self.remove = False
        self.heading = label("title")
        self.project_slot = QVBoxLayout()
        self.project_buttons: ChoiceButtons | None = None
        self.preview = QLabel()
        self.preview.setFixedSize(PICTURE_SIZE)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setProperty("role", "muted")
        self.preview.setFrameShape(QFrame.Shape.Box)
        self.description = QPlainTextEdit()
        self.description.setMaximumHeight(160)
        self.choose_button = TouchButton(icon_name="image")
        self.choose_button.clicked.connect(self.browse)
        self.remove_button = TouchButton(kind="destructive", icon_name="trash-2")
        self.remove_button.clicked.connect(self._remove_picture)
        self.save_button = TouchButton(kind="primary", icon_name="check")
        self.save_button.clicked.connect(self.save)
        self.back_button = TouchButton(icon_name="arrow-left")
        self.back_button.clicked.connect(close)
        picture_buttons = QVBoxLayout()
        picture_buttons.addWidget(self.choose_button)
        picture_buttons.addWidget(self.remove_button)
        picture_buttons.addStretch(1)
        picture_row = QHBoxLayout()
        picture_row.setSpacing(16)
        picture_row.addWidget(self.preview)
        picture_row.addLayout(picture_buttons, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        self.editor = QWidget()
        editor = QVBoxLayout(self.editor)
        editor.setContentsMargins(0, 0, 0, 0)
        editor.setSpacing(16)
        editor.addLayout(self.project_slot)
        editor.addWidget(self.description)
        editor.addLayout(picture_row)
        editor.addStretch(1)
        editor.addLayout(buttons)
        # The picker: thumbnails of the pictures found.
        self.picker = PicturePicker(console)
        self.picker.sig_picked.connect(self._picked)
        self.picker.sig_back.connect(self._show_editor)
        self.pages = PageStack()
        self.pages.setProperty("role", "plain")  # on the card's white
        self.pages.addWidget(self.editor)
        self.pages.addWidget(self.picker)
        card = QFrame()
        card.setProperty("role", "card")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(40, 32, 40, 32)
        layout.setSpacing(16)
        layout.addWidget(self.heading)
        self.notice = label("error")
        self.notice.hide()
        layout.addWidget(self.notice)
        layout.addWidget(self.pages, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(card)

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate("ProjectsEditor", source, disambiguation, n)

    def retranslate(self) -> None:
        self.description.setPlaceholderText(
            self.tr("What is this project? A few sentences (at most 600 characters).")
        )
        self.choose_button.setText(self.tr("Choose a picture"))
        self.remove_button.setText(self.tr("Remove the picture"))
        self.save_button.setText(self.tr("Save the project"))
        self.back_button.setText(self.tr("Back to the vote"))
        self._show_heading()
        self._show_preview()

    def reset(self) -> None:
        self.vote = None
        self.chosen_file = None
        self.picker.reset()
        self.remove = False
        self.notice.hide()
        self.pages.setCurrentWidget(self.editor)

    def _show_editor(self) -> None:
        self.pages.setCurrentWidget(self.editor)

    def _show_heading(self) -> None:
        title = self.vote.title if self.vote is not None else ""
        self.heading.setText(self.tr("Projects of “{title}”").format(title=title))

    def show_vote(
        self, vote: VoteInfo, pictures: Mapping[str, bytes], *, reloaded: bool = False
    ) -> None:
        """Edit `vote`'s projects; `reloaded`: the vote being edited, read again."""
        same = self.vote is not None and self.vote.id == vote.id
        labels = [o.label for o in vote.options]
        keep = self.current() if same else ""
        self.vote, self.pictures = vote, pictures
        if self.project_buttons is None or list(self.project_buttons.keys) != labels:
            if self.project_buttons is not None:
                self.project_slot.removeWidget(self.project_buttons)
                self.project_buttons.deleteLater()
            self.project_buttons = ChoiceButtons(labels, exclusive=True, columns=2)
            self.project_buttons.set_texts({label: label for label in labels})
            self.project_buttons.sig_changed.connect(self._project_changed)
            self.project_slot.addWidget(self.project_buttons)
        self.project_buttons.set_selected([keep or (labels[0] if labels else "")])
        self._show_heading()
        if reloaded and keep in labels:
            # The same project reloaded (saved, refused, changed elsewhere): what is typed and
            # chosen, and a refusal said about it, stay.
            self._show_preview()
        else:
            self._project_changed()

    def current(self) -> str:
        return self.project_buttons.choice() if self.project_buttons is not None else ""

    def _option(self) -> tuple[int, OptionInfo] | None:
        if self.vote is None:
            return None
        for index, option in enumerate(self.vote.options):
            if option.label == self.current():
                return index, option
        return None

    def _project_changed(self) -> None:
        found = self._option()
        self.chosen_file = None
        self.remove = False
        self.notice.hide()
        self.description.setPlainText(found[1].description if found else "")
        self._show_preview()

    def _show_preview(self) -> None:
        found = self._option()
        if self.chosen_file is not None:
            # Decoded with its thumbnail, off the GUI thread (`browse`).
            preview = self.picker.previews.get(self.chosen_file, QImage())
            pixmap = QPixmap.fromImage(preview) if not preview.isNull() else QPixmap()
        elif found is not None and not self.remove:
            pixmap = picture_pixmap(self.pictures.get(found[1].label, b""), PICTURE_SIZE)
        else:
            pixmap = QPixmap()
        self.preview.setPixmap(pixmap)
        if pixmap.isNull():
            self.preview.setText(self.tr("No picture"))
        self.remove_button.setVisible(not pixmap.isNull())

    def _remove_picture(self) -> None:
        self.chosen_file = None
        self.remove = True
        self._show_preview()

    def browse(self) -> None:
        """The pictures on USB sticks and in the Pictures folder, as thumbnails to tap."""
        self.pages.setCurrentWidget(self.picker)
        self.picker.browse(self.tr("Tap a picture for this project."))

    def _picked(self, path: Path) -> None:
        self.chosen_file = path
        self.remove = False
        self.pages.setCurrentWidget(self.editor)
        self._show_preview()

    def save(self) -> None:
        found, vote = self._option(), self.vote
        if found is None or vote is None:
            return
        save = partial(
            ops.save_project,
            self.console,
            vote.id,
            found[0],
            description=self.description.toPlainText(),
            picture=self.chosen_file,
            remove_picture=self.remove,
        )

        def saved(_changes: object) -> None:
            self.chosen_file = None
            self.remove = False
            self.console.shell.toast(self.tr("The project is saved."))

        def refused(error: Exception) -> None:
            if isinstance(error, KnownError):
                self.notice.setText(translate_message(error.message))
                self.notice.show()

        self.notice.hide()
        self.console.act(save, then=saved, otherwise=refused)


class PicturePicker(QWidget):
    """The pictures on USB sticks and in the kiosk's Pictures folder as thumbnails to tap (a
    file dialog is no place for a finger): for a draft's project (`ProjectsEditor`) and for a
    project row of a new vote (`option_rows.OptionRowEditor`)."""

    sig_picked = Signal(object)
    """A picture was tapped (its `Path`); `previews` holds it as a project card shows it."""
    sig_back = Signal()
    """Back without a picture."""

    def __init__(self, screen: VoteScreen) -> None:
        super().__init__()
        self.vote_screen = screen
        self.previews: dict[Path, QImage] = {}
        """The pictures found, as a project card shows them (`PICTURE_SIZE`, filled)."""
        self.thumbnails: dict[Path, QImage] = {}
        self.hint = label("lead")
        self.thumbs = QWidget()
        self.thumb_grid = QGridLayout(self.thumbs)
        self.thumb_grid.setSpacing(12)
        self.thumb_buttons: list[TouchButton] = []
        thumbs_scroll = VerticalScrollArea(self.thumbs)
        kinetic(thumbs_scroll)
        self.back = TouchButton(icon_name="arrow-left")
        self.back.clicked.connect(self.sig_back)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(self.hint)
        layout.addWidget(thumbs_scroll, 1)
        layout.addWidget(self.back, 0, Qt.AlignmentFlag.AlignLeft)
        self._tap_hint = ""
        self.retranslate()

    def retranslate(self) -> None:
        self.back.setText(QCoreApplication.translate("ProjectsEditor", "Back"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reset(self) -> None:
        self.previews = {}
        self.thumbnails = {}

    def browse(self, tap_hint: str) -> None:
        """Look for the pictures (off the GUI thread) and show them; `tap_hint` says what a
        tap on one does."""
        self._tap_hint = tap_hint
        self.hint.setText(QCoreApplication.translate("ProjectsEditor", "Looking for pictures…"))
        for button in self.thumb_buttons:
            button.deleteLater()
        self.thumb_buttons = []
        ops.find_pictures(
            self.vote_screen,
            decode=lambda path: (
                path,
                _decoded(path, THUMB),
                _decoded(path, PICTURE_SIZE, fill=True),
            ),
            success=self._found,
            failure=self.vote_screen.refused,
        )

    def _found(self, found: list[tuple[Path, QImage, QImage]]) -> None:
        shown = [(path, image) for path, image, _preview in found if not image.isNull()]
        self.previews.update({path: preview for path, _image, preview in found})
        self.thumbnails.update(dict(shown))
        self.hint.setText(
            self._tap_hint
            if shown
            else QCoreApplication.translate(
                "ProjectsEditor",
                "No picture found. Plug in a USB stick with the pictures (JPEG or PNG), "
                "then try again.",
            )
        )
        for index, (path, image) in enumerate(shown):
            button = TouchButton()
            button.setIcon(QIcon(QPixmap.fromImage(image)))
            button.setIconSize(QSize(image.width(), image.height()))
            button.setMinimumSize(THUMB.width() + 24, THUMB.height() + 24)
            button.setToolTip(path.name)
            button.setAccessibleName(path.name)
            button.clicked.connect(lambda _c=False, path=path: self.sig_picked.emit(path))
            self.thumb_grid.addWidget(button, index // 4, index % 4)
            self.thumb_buttons.append(button)


# The picker's thumbnails.
THUMB = QSize(200, 150)


def _decoded(path: Path, box: QSize, *, fill: bool = False) -> QImage:
    """A picture file decoded at a small size (fast for big JPEGs), off the GUI thread (QImage,
    not QPixmap): the whole picture within `box`, or with `fill` its middle filling `box` (the
    editor's preview, as `picture_pixmap` shows stored pictures)."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and size.width() > 0 and size.height() > 0:
        mode = (
            Qt.AspectRatioMode.KeepAspectRatioByExpanding
            if fill
            else Qt.AspectRatioMode.KeepAspectRatio
        )
        reader.setScaledSize(size.scaled(box, mode))
    image = reader.read()
    return centre_crop(image, box) if fill and not image.isNull() else image
