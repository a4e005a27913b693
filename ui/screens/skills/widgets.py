"""What the skills screens share: the words for kinds, levels, modalities and report reasons;
a post as a card (its kind in words and colour, the title, the skills, the level and the
modality, the author's first name and initial — their photo only with consent —, the antenne
when it is another one; never a way to reach them); the board's filter chips. The
facilitators' skills screens reuse the card."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.errors import QT_TRANSLATE_NOOP
from app.skills.types import Level, Modality, PostKind, ReportReason
from ui import theme
from ui.widgets.buttons import TouchButton
from ui.widgets.choices import ChoiceButtons
from ui.widgets.page import label

if TYPE_CHECKING:
    from app.skills.types import PostCard, Taxonomy

PHOTO_SIDE = 72
CARD_MIN_WIDTH = 440
# A grid builds this many rows of cards at once (at least this many cards: a narrow window
# shows more rows of one card), the rest on the event loop's next turn (`CardGrid`).
FIRST_ROWS = 2
FIRST_CARDS = 6
# The search field beside the sector's and the room's buttons, at its narrowest.
SEARCH_MIN_WIDTH = 400
# A tap moves a few pixels; a finger that moved more was scrolling the board.
TAP_SLOP_PX = 24
ALL = "all"

KIND_WORDS = {
    PostKind.offer: QT_TRANSLATE_NOOP("SkillWords", "Offer"),
    PostKind.need: QT_TRANSLATE_NOOP("SkillWords", "Need"),
}
KIND_PLURALS = {
    PostKind.offer: QT_TRANSLATE_NOOP("SkillWords", "Offers"),
    PostKind.need: QT_TRANSLATE_NOOP("SkillWords", "Needs"),
}
LEVEL_WORDS = {
    Level.first_steps: QT_TRANSLATE_NOOP("SkillWords", "First steps"),
    Level.confirmed: QT_TRANSLATE_NOOP("SkillWords", "Confirmed"),
    Level.expert: QT_TRANSLATE_NOOP("SkillWords", "Expert"),
}
MODALITY_WORDS = {
    Modality.in_person: QT_TRANSLATE_NOOP("SkillWords", "In person"),
    Modality.online: QT_TRANSLATE_NOOP("SkillWords", "Online"),
    Modality.either: QT_TRANSLATE_NOOP("SkillWords", "In person or online"),
}
REASON_WORDS = {
    ReportReason.contact_details: QT_TRANSLATE_NOOP("SkillWords", "It shows contact details"),
    ReportReason.offensive: QT_TRANSLATE_NOOP("SkillWords", "It is offensive"),
    ReportReason.commercial: QT_TRANSLATE_NOOP("SkillWords", "It is advertising"),
    ReportReason.out_of_date: QT_TRANSLATE_NOOP("SkillWords", "It is out of date"),
    ReportReason.other: QT_TRANSLATE_NOOP("SkillWords", "Something else"),
}
# An offer and a need are told apart before they are read (the words say it too).
KIND_COLOURS = {PostKind.offer: "consultation", PostKind.need: "accent"}


class SkillPlurals(QObject):
    """The skills screens' sentences with a number, marked with `tr()` and their number so that
    each language says it its way (the words' context holds no plural forms)."""

    def posts(self, n: int) -> str:
        return self.tr("%n post(s)", "", n)


def _tr(text: str) -> str:
    return QCoreApplication.translate("SkillWords", text)


def kind_text(kind: PostKind) -> str:
    return _tr(KIND_WORDS[kind])


def kinds_text(kind: PostKind) -> str:
    return _tr(KIND_PLURALS[kind])


def level_text(level: Level) -> str:
    return _tr(LEVEL_WORDS[level])


def modality_text(modality: Modality) -> str:
    return _tr(MODALITY_WORDS[modality])


def reason_text(reason: ReportReason) -> str:
    return _tr(REASON_WORDS[reason])


def kind_colour(kind: PostKind) -> str:
    """The `#RRGGBB` colour of a kind in the current theme; the ink in high contrast."""
    current = theme.current()
    if current.high_contrast:
        return current.palette.ink
    name = KIND_COLOURS[kind]
    if name == "accent":
        return current.palette.accent
    return current.palette.levels.get(name, current.palette.primary)


def date_text(day: date) -> str:
    """ "8 décembre 2026" in the kiosk's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def tags_text(card: PostCard, language: str) -> str:
    """The post's skills in the reader's language, then its "other" words."""
    words = [tag.label(language) for tag in card.tags]
    if card.other_tag:
        words.append(card.other_tag)
    return " · ".join(words)


def author_text(card: PostCard) -> str:
    """ "Camille D." and, for a post of another antenne, where."""
    if card.same_antenna or not card.antenna_name:
        return card.author
    return _tr(QT_TRANSLATE_NOOP("SkillWords", "{author}, antenne of {antenna}")).format(
        author=card.author, antenna=card.antenna_name
    )


def pixmap_of(photo: bytes) -> QPixmap:
    return QPixmap.fromImage(QImage.fromData(photo)).scaled(
        PHOTO_SIDE,
        PHOTO_SIDE,
        Qt.AspectRatioMode.KeepAspectRatioByExpanding,
        Qt.TransformationMode.SmoothTransformation,
    )


class KindStrip(QWidget):
    """The kind's colour down a card's side, painted (a style sheet per card would cost each
    card a style sheet of its own to parse and polish)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colour = QColor("#000000")

    def set_colour(self, colour: str) -> None:
        self.colour = QColor(colour)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.colour)
        radius = min(self.width(), self.height()) / 2
        painter.drawRoundedRect(QRectF(self.rect()), radius, radius)
        painter.end()


class PostCardWidget(QFrame):
    """A post as a card a finger taps (`sig_chosen` with the `PostCard`)."""

    sig_chosen = Signal(object)

    def __init__(self, card: PostCard, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = card
        self.setProperty("role", "card")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumHeight(120)
        self.strip = KindStrip()
        self.strip.setFixedWidth(14)
        self.kind = label("muted")
        self.heading = label("heading")
        self.tags = label("lead")
        self.details = label("muted")
        self.author = label("lead")
        self.photo = QLabel()
        self.photo.setFixedSize(PHOTO_SIDE, PHOTO_SIDE)
        self.photo.hide()
        texts = QVBoxLayout()
        texts.setSpacing(6)
        texts.setContentsMargins(0, 16, 0, 16)
        for widget in (self.kind, self.heading, self.tags, self.details, self.author):
            texts.addWidget(widget)
        texts.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 24, 0)
        row.setSpacing(20)
        row.addWidget(self.strip)
        row.addLayout(texts, 1)
        row.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        self._pressed_at: tuple[float, float] | None = None
        self.show_texts(language)

    def show_texts(self, language: str) -> None:
        card = self.card
        self.strip.set_colour(kind_colour(card.kind))
        kind = kind_text(card.kind)
        if card.in_room:
            kind = _tr(QT_TRANSLATE_NOOP("SkillWords", "{kind} · here today")).format(kind=kind)
        self.kind.setText(kind)
        self.heading.setText(card.title)
        tags = tags_text(card, language)
        self.tags.setText(tags)
        self.tags.setVisible(bool(tags))
        self.details.setText(f"{level_text(card.level)} · {modality_text(card.modality)}")
        self.author.setText(author_text(card))
        self.setAccessibleName(f"{kind_text(card.kind)}: {card.title}, {card.author}")

    def set_photo(self, photo: bytes | None) -> None:
        """The author's photo: shown only when they agreed to show it."""
        if photo is None or self.card.author_photo_id is None:
            self.photo.clear()
            self.photo.hide()
            return
        self.photo.setPixmap(pixmap_of(photo))
        self.photo.show()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed_at = (event.position().x(), event.position().y())
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        # A finger that slid was scrolling the board (kinetic): only a tap opens the post.
        start = self._pressed_at
        self._pressed_at = None
        point = event.position()
        moved = abs(point.x() - start[0]) + abs(point.y() - start[1]) if start else 0.0
        if moved <= TAP_SLOP_PX and self.rect().contains(point.toPoint()):
            self.sig_chosen.emit(self.card)
        super().mouseReleaseEvent(event)


class CardGrid(QWidget):
    """Cards in rows of `columns` (the screen picks how many fit); `sig_chosen` with the
    `PostCard` tapped.

    What a window shows at once is built at once: the first `FIRST_ROWS` rows (at least
    `FIRST_CARDS` cards); the rest, below what is in sight, once those are painted (on the
    event loop's next turn after the grid's first paint) — a card is a few widgets to style
    and lay out, and the board's first paint waits for those it shows only. The authors'
    photos (`set_photos`) go to each card as it is built."""

    sig_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(16)
        self.columns = 2
        self.cards: list[PostCardWidget] = []
        self.photos: dict[uuid.UUID, bytes] = {}
        # Cards given but not built yet (built on the next turn), and the language to build
        # them in.
        self.pending: list[PostCard] = []
        self._language = ""
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self._build_pending)

    def building(self) -> bool:
        """Cards given wait to be built after the next paint. Out of sight (below the filters
        on a small screen), they wait for a scroll instead: nothing to wait for."""
        return bool(self.pending) and not self.visibleRegion().isEmpty()

    def posts(self) -> list[PostCard]:
        """Every card given, built or not, in order."""
        return [widget.card for widget in self.cards] + self.pending

    def set_columns(self, columns: int) -> None:
        columns = max(1, columns)
        if columns == self.columns:
            return
        self.columns = columns
        for widget in self.cards:
            self.grid.removeWidget(widget)
        for index, widget in enumerate(self.cards):
            self.grid.addWidget(widget, index // columns, index % columns)
        self._stretch()

    def clear(self) -> None:
        self._later.stop()
        self.pending = []
        for widget in self.cards:
            self.grid.removeWidget(widget)
            # Gone from sight at once: it is deleted when the event loop next turns.
            widget.hide()
            widget.deleteLater()
        self.cards = []

    def add(self, cards: Sequence[PostCard], language: str) -> None:
        """Show `cards` after those there are: what is in sight now, the rest a turn later."""
        self._language = language
        self.pending += cards
        first = max(self.columns * FIRST_ROWS, FIRST_CARDS) - len(self.cards)
        if first > 0:
            self._build(first)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        # What is in sight is painted: the rest may come.
        if self.pending and not self._later.isActive():
            self._later.start()

    def _build_pending(self) -> None:
        self._build(len(self.pending))

    def _build(self, count: int) -> None:
        building, self.pending = self.pending[:count], self.pending[count:]
        for card in building:
            widget = PostCardWidget(card, self._language)
            widget.sig_chosen.connect(self.sig_chosen)
            widget.set_photo(self.photos.get(card.person_id))
            index = len(self.cards)
            self.grid.addWidget(widget, index // self.columns, index % self.columns)
            self.cards.append(widget)
        self._stretch()

    def _stretch(self) -> None:
        for column in range(self.grid.columnCount()):
            self.grid.setColumnStretch(column, 1 if column < self.columns else 0)

    def show_texts(self, language: str) -> None:
        self._language = language
        for widget in self.cards:
            widget.show_texts(language)

    def set_photos(self, photos: dict[uuid.UUID, bytes]) -> None:
        self.photos = dict(photos)
        for widget in self.cards:
            widget.set_photo(photos.get(widget.card.person_id))


class BoardFilters(QWidget):
    """The board's chips: offers or needs, a sector (folded behind one button that says which
    is chosen), in person or online, and "skills in the room today". `sig_changed` when a
    finger changed one."""

    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kinds = ChoiceButtons((ALL, *PostKind), exclusive=True, columns=3)
        self.kinds.set_selected([ALL])
        self.kinds.sig_changed.connect(self.sig_changed)
        self.modalities = ChoiceButtons(
            (ALL, Modality.in_person, Modality.online), exclusive=True, columns=3
        )
        self.modalities.set_selected([ALL])
        self.modalities.sig_changed.connect(self.sig_changed)
        self.in_room = TouchButton(checkable=True, icon_name="users")
        self.in_room.clicked.connect(self.sig_changed)
        self.sectors_toggle = TouchButton(kind="secondary")
        self.sectors_toggle.clicked.connect(self._toggle_sectors)
        self.sectors = ChoiceButtons((ALL,), exclusive=True, columns=3)
        self.sectors.set_selected([ALL])
        self.sectors.hide()
        self._sector_labels: dict[str, str] = {}
        self.columns = 3
        # The screen's search field first (`lead_with`), then the sector and the room.
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.row.setSpacing(16)
        self.row.addWidget(self.sectors_toggle)
        self.row.addWidget(self.in_room)
        self._sectors_box = QVBoxLayout()
        self._sectors_box.setContentsMargins(0, 0, 0, 0)
        self._sectors_box.addWidget(self.sectors)
        # Offers or needs beside the way (one above the other when there is no room).
        self.chips = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.chips.setSpacing(32)
        self.chips.addWidget(self.kinds, 1)
        self.chips.addWidget(self.modalities, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addLayout(self.chips)
        layout.addLayout(self.row)
        layout.addLayout(self._sectors_box)

    def lead_with(self, field: QWidget) -> None:
        """Put the screen's search field at the start of the sector's row."""
        self.row.insertWidget(0, field, 1)

    def chips_width(self) -> int:
        """How wide the kinds and the ways are side by side, each chip whole."""
        buttons = [*self.kinds.buttons.values(), *self.modalities.buttons.values()]
        return sum(button.sizeHint().width() for button in buttons) + 4 * 16 + 32

    def row_width(self) -> int:
        return (
            sum(widget.sizeHint().width() for widget in (self.sectors_toggle, self.in_room)) + 400
        )

    def set_taxonomy(self, taxonomy: Taxonomy, language: str) -> None:
        slugs = tuple(sector.tag.slug for sector in taxonomy.sectors)
        self._sector_labels = {
            sector.tag.slug: sector.tag.label(language) for sector in taxonomy.sectors
        }
        if slugs != self.sectors.keys[1:]:
            chosen = self.sectors.choice()
            self._sectors_box.removeWidget(self.sectors)
            self.sectors.hide()
            self.sectors.deleteLater()
            self.sectors = ChoiceButtons((ALL, *slugs), exclusive=True, columns=self.columns)
            self.sectors.set_selected([chosen if chosen in slugs else ALL])
            self.sectors.sig_changed.connect(self._sector_chosen)
            self.sectors.hide()
            self._sectors_box.addWidget(self.sectors)
        self.show_texts()

    def set_columns(self, columns: int) -> None:
        self.columns = columns
        self.sectors.set_columns(columns)

    def widest(self) -> int:
        buttons = [*self.kinds.buttons.values(), *self.modalities.buttons.values()]
        buttons += list(self.sectors.buttons.values())
        return max(button.sizeHint().width() for button in buttons)

    def _toggle_sectors(self) -> None:
        self.sectors.setVisible(self.sectors.isHidden())
        self._toggle_text()

    def _sector_chosen(self) -> None:
        self.sectors.hide()
        self._toggle_text()
        self.sig_changed.emit()

    def _toggle_text(self) -> None:
        arrow = "▾" if self.sectors.isHidden() else "▴"
        chosen = self.sectors.choice()
        if chosen in (ALL, ""):
            words = _tr(QT_TRANSLATE_NOOP("SkillWords", "Every sector {arrow}")).format(arrow=arrow)
        else:
            words = _tr(QT_TRANSLATE_NOOP("SkillWords", "Sector: {sector} {arrow}")).format(
                sector=self._sector_labels.get(chosen, chosen), arrow=arrow
            )
        self.sectors_toggle.setText(words)

    def show_texts(self) -> None:
        self.kinds.set_texts(
            {
                ALL: _tr(QT_TRANSLATE_NOOP("SkillWords", "Offers and needs")),
                **{kind: kinds_text(kind) for kind in PostKind},
            }
        )
        self.modalities.set_texts(
            {
                ALL: _tr(QT_TRANSLATE_NOOP("SkillWords", "Any way")),
                Modality.in_person: modality_text(Modality.in_person),
                Modality.online: modality_text(Modality.online),
            }
        )
        self.sectors.set_texts(
            {ALL: _tr(QT_TRANSLATE_NOOP("SkillWords", "Every sector")), **self._sector_labels}
        )
        self.in_room.setText(_tr(QT_TRANSLATE_NOOP("SkillWords", "Skills in the room today")))
        self._toggle_text()

    def kind(self) -> PostKind | None:
        chosen = self.kinds.choice()
        return PostKind(chosen) if chosen in tuple(PostKind) else None

    def sector(self) -> str | None:
        chosen = self.sectors.choice()
        return chosen if chosen not in (ALL, "") else None

    def modality(self) -> Modality | None:
        chosen = self.modalities.choice()
        return Modality(chosen) if chosen in tuple(Modality) else None

    def reset(self) -> None:
        self.kinds.set_selected([ALL])
        self.modalities.set_selected([ALL])
        self.sectors.set_selected([ALL])
        self.sectors.hide()
        self.in_room.setChecked(False)
        self._toggle_text()
