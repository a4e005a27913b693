"""The governance map as a touch surface: body cards joined by labelled links in a
`QGraphicsScene`, shown by a view a finger pans (kinetic, through `QScroller`), two fingers pinch
and a double tap zooms (docs/architecture.md, "Governance").

The scene mirrors the read model (orange-canvas's pattern): one item per body, kept by id, and
one per link. Positions come from `app.governance.layout` and are kept from one load to the
next, so a body added by a sync does not move the others.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Callable, Mapping
from functools import cache

from PySide6.QtCore import (
    QElapsedTimer,
    QEvent,
    QLineF,
    QPointF,
    QRect,
    QRectF,
    QSizeF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QEventPoint,
    QFont,
    QGuiApplication,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QScrollEvent,
    QScrollPrepareEvent,
    QTouchEvent,
    QTransform,
)
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QScroller,
    QStyleOptionGraphicsItem,
    QWidget,
)

from app.governance.layout import CARD_HEIGHT, CARD_WIDTH, Point, lay_out
from app.governance.types import GovernanceMap
from ui import theme
from ui.widgets.icons import paint_icon

# The colour of each kind of body: the band at the top of its card (white text on it, every
# one ≥ 4.5:1 on white).
KIND_COLOURS: Mapping[str, str] = {
    "general_assembly": "#0B5C6B",
    "board": "#B7410E",
    "management_committee": "#5C5866",
    "ethics_committee": "#2F6B4F",
    "council_of_antennas": "#7A4E8C",
    "local_council": "#8A4F00",
    "pb_committee": "#A3245B",
    "working_group": "#3F5FA0",
    "other": "#5C5866",
}
# Below this scale a card is too small to read: it is drawn as its shape and colours only, so
# a frame of the whole map stays cheap (docs/architecture.md, "Performance targets").
READABLE = 0.3
MIN_SCALE = 0.05
MAX_SCALE = 2.0
DOUBLE_TAP_ZOOM = 2.0
# A finger that moved less than this is a tap, not a drag (in pixels).
TAP_SLOP = 12
RADIUS = 18.0
BAND = 14.0
# A chip (members' items, meet the board) straddles a card's edge: this far outside it.
CHIP_HEIGHT = 40.0
CHIP_OUT = 26.0


@cache
def _band() -> QPainterPath:
    """The coloured band along a card's top edge, its upper corners rounded like the card's
    (the same shape for every card: built once)."""
    top = QRectF(-CARD_WIDTH / 2, -CARD_HEIGHT / 2, CARD_WIDTH, BAND * 2)
    band = QPainterPath()
    band.addRoundedRect(top, RADIUS, RADIUS)
    clip = QPainterPath()
    clip.addRect(QRectF(top.left(), top.top(), top.width(), BAND))
    return band.intersected(clip)


class BodyItem(QGraphicsItem):
    """One body's card: a band of its kind's colour, its name, one line of purpose, how many
    people. Lit in a participation level's colour (where do I fit) or in the selected colour (a
    person found). Chips on its edges: members' items on its agenda (below; filled when they are
    the badge holder's own) and the next meet-the-board moment (above)."""

    def __init__(self, body_id: uuid.UUID, kind: str) -> None:
        super().__init__()
        self.body_id = body_id
        self.kind = kind
        self.title = ""
        self.purpose = ""
        self.people = ""
        self.level: str | None = None
        self.level_label = ""
        self.lit = False
        self.items = ""
        self.own = False
        self.meet = ""

    def boundingRect(self) -> QRectF:
        return QRectF(
            -CARD_WIDTH / 2 - 8,
            -CARD_HEIGHT / 2 - CHIP_OUT - 2,
            CARD_WIDTH + 16,
            CARD_HEIGHT + 2 * CHIP_OUT + 4,
        )

    def set_agenda(self, items: str, meet: str, *, own: bool = False) -> None:
        """The chips' words: members' items ("" for none; `own`: the badge holder's) and the
        next meet-the-board moment ("" for none)."""
        if (items, meet, own) != (self.items, self.meet, self.own):
            self.items, self.meet, self.own = items, meet, own
            self.update()

    def set_texts(self, title: str, purpose: str, people: str) -> None:
        self.title, self.purpose, self.people = title, purpose, people
        self.update()

    def set_highlight(self, level: str | None, label: str = "", *, lit: bool = False) -> None:
        self.level, self.level_label, self.lit = level, label, lit
        self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        current = theme.current()
        palette = current.palette
        rect = QRectF(-CARD_WIDTH / 2, -CARD_HEIGHT / 2, CARD_WIDTH, CARD_HEIGHT)
        # From afar, smoothing edges a few pixels wide costs more than it shows.
        readable = option.levelOfDetailFromTransform(painter.worldTransform()) >= READABLE
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, readable)
        dimmed = False
        if self.level is not None or self.lit:
            ring = (
                QColor(palette.selected_border)
                if current.high_contrast or self.lit or self.level is None
                else QColor(palette.levels[self.level])
            )
            painter.setPen(QPen(ring, 10))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), RADIUS + 3, RADIUS + 3)
        elif self.scene() is not None and getattr(self.scene(), "highlighting", False):
            dimmed = True
        painter.setPen(QPen(QColor(palette.border), current.metrics.border))
        painter.setBrush(QColor(palette.surface))
        painter.drawRoundedRect(rect, RADIUS, RADIUS)
        painter.fillPath(
            _band(),
            QColor(
                palette.ink if current.high_contrast else KIND_COLOURS.get(self.kind, "#5C5866")
            ),
        )
        if not readable:
            if dimmed:
                self._veil(painter, rect)
            return
        inner = rect.adjusted(24, BAND + 14, -24, -16)
        font = QFont(theme.FONT_FAMILY)
        font.setPixelSize(30)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(palette.ink))
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        title_rect = painter.boundingRect(inner, int(flags), self.title)
        title_rect.setHeight(min(title_rect.height(), 76))
        painter.drawText(title_rect, int(flags), self.title)
        font.setBold(False)
        font.setPixelSize(22)
        painter.setFont(font)
        painter.setPen(QColor(palette.muted))
        # Whole lines only: a cut line would read as a smudge.
        line = painter.fontMetrics().lineSpacing()
        room = inner.bottom() - 40 - title_rect.bottom() - 6
        purpose_rect = QRectF(
            inner.left(), title_rect.bottom() + 6, inner.width(), max(0, room // line) * line
        )
        painter.drawText(purpose_rect, int(flags), self.purpose)
        footer = QRectF(inner.left(), inner.bottom() - 30, inner.width(), 30)
        paint_icon(painter, QRectF(footer.left(), footer.top() + 1, 28, 28), "users", palette.ink)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(palette.ink))
        painter.drawText(
            footer.adjusted(36, 0, 0, 0),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self.people,
        )
        if self.level is not None and self.level_label:
            chip_font = QFont(font)
            painter.setFont(chip_font)
            width = painter.fontMetrics().horizontalAdvance(self.level_label) + 28
            chip = QRectF(rect.right() - width - 16, footer.top() - 4, width, 38)
            colour = palette.primary if current.high_contrast else palette.levels[self.level]
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawRoundedRect(chip, 19, 19)
            text_colour = palette.on_primary if current.high_contrast else palette.on_level
            painter.setPen(QColor(text_colour))
            painter.drawText(chip, int(Qt.AlignmentFlag.AlignCenter), self.level_label)
        if self.items:
            self._chip(painter, rect, self.items, top=False, filled=self.own)
        if self.meet:
            self._chip(painter, rect, self.meet, top=True, filled=False)
        if dimmed:
            self._veil(painter, rect)

    def _chip(self, painter: QPainter, rect: QRectF, text: str, *, top: bool, filled: bool) -> None:
        """A pill across the card's top edge (right) or bottom edge (left), clear of the arrows
        that meet the card's middle and of the labels halfway along them."""
        current = theme.current()
        palette = current.palette
        room = CARD_WIDTH - 32
        font = QFont(theme.FONT_FAMILY)
        font.setBold(True)
        # A long status in a long language gets a smaller type before it is shortened.
        for size in (22, 19):
            font.setPixelSize(size)
            painter.setFont(font)
            metrics = painter.fontMetrics()
            if metrics.horizontalAdvance(text) + 28 <= room:
                break
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(room - 28))
        width = min(room, metrics.horizontalAdvance(shown) + 28)
        y = rect.top() - CHIP_OUT if top else rect.bottom() - CHIP_HEIGHT + CHIP_OUT
        x = rect.right() - 16 - width if top else rect.left() + 16
        chip = QRectF(x, y, width, CHIP_HEIGHT)
        painter.setPen(QPen(QColor(palette.ink if filled else palette.border), 2))
        painter.setBrush(QColor(palette.primary if filled else palette.paper))
        painter.drawRoundedRect(chip, CHIP_HEIGHT / 2, CHIP_HEIGHT / 2)
        painter.setPen(QColor(palette.on_primary if filled else palette.ink))
        painter.drawText(chip, int(Qt.AlignmentFlag.AlignCenter), shown)

    def _veil(self, painter: QPainter, rect: QRectF) -> None:
        """Bodies not highlighted step back, so the lit ones read at a glance."""
        veil = QColor(theme.current().palette.paper)
        veil.setAlpha(150)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(veil)
        painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), RADIUS, RADIUS)


class LinkItem(QGraphicsItem):
    """A link between two cards: an arrow from source to target, its kind written midway."""

    def __init__(self, start: QPointF, end: QPointF, label: str = "") -> None:
        super().__init__()
        self.line = QLineF(start, end)
        self.label = label
        self.setZValue(-1)

    def set_label(self, label: str) -> None:
        self.label = label
        self.update()

    def _ends(self) -> QLineF:
        # From card edge to card edge, not centre to centre.
        line = QLineF(self.line)
        length = line.length()
        if length < 1:
            return line
        dx, dy = line.dx() / length, line.dy() / length
        # Above and below a card, clear of the chips on its edges: an arrow's head stays seen.
        half_w, half_h = CARD_WIDTH / 2 + 8, CARD_HEIGHT / 2 + CHIP_OUT + 6
        cut = min(
            half_w / abs(dx) if dx else math.inf,
            half_h / abs(dy) if dy else math.inf,
        )
        cut = min(cut, length / 2 - 1)
        return QLineF(
            line.p1() + QPointF(dx * cut, dy * cut), line.p2() - QPointF(dx * cut, dy * cut)
        )

    def boundingRect(self) -> QRectF:
        return QRectF(self.line.p1(), self.line.p2()).normalized().adjusted(-160, -40, 160, 40)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        palette = theme.current().palette
        readable = option.levelOfDetailFromTransform(painter.worldTransform()) >= READABLE
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, readable)
        line = self._ends()
        colour = QColor(palette.muted)
        painter.setPen(QPen(colour, 4))
        painter.drawLine(line)
        angle = math.atan2(line.dy(), line.dx())
        tip = line.p2()
        arrow = QPolygonF(
            [
                tip,
                tip - QPointF(math.cos(angle - 0.45) * 22, math.sin(angle - 0.45) * 22),
                tip - QPointF(math.cos(angle + 0.45) * 22, math.sin(angle + 0.45) * 22),
            ]
        )
        painter.setBrush(QBrush(colour))
        painter.drawPolygon(arrow)
        if self.label and readable:
            font = QFont(theme.FONT_FAMILY)
            font.setPixelSize(22)
            font.setBold(True)
            painter.setFont(font)
            width = painter.fontMetrics().horizontalAdvance(self.label) + 20
            middle = line.center()
            box = QRectF(middle.x() - width / 2, middle.y() - 18, width, 36)
            painter.setPen(QPen(colour, 2))
            painter.setBrush(QColor(palette.paper))
            painter.drawRoundedRect(box, 18, 18)
            painter.setPen(QColor(palette.ink))
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), self.label)


class MapScene(QGraphicsScene):
    """The cards and links of a `GovernanceMap`, each body's card kept by id."""

    def __init__(self) -> None:
        super().__init__()
        self.cards: dict[uuid.UUID, BodyItem] = {}
        self.links: list[tuple[str, LinkItem]] = []
        self.positions: dict[uuid.UUID, Point] = {}
        self.highlighting = False

    def show_map(self, governance: GovernanceMap) -> None:
        """Lay out `governance`, keeping every card already placed where it was."""
        order = [card.id for card in governance.bodies]
        edges = [(link.source_id, link.target_id) for link in governance.links]
        self.positions = lay_out(order, edges, self.positions)
        for body_id in set(self.cards) - set(order):
            self.removeItem(self.cards.pop(body_id))
        for card in governance.bodies:
            item = self.cards.get(card.id)
            if item is None:
                item = BodyItem(card.id, card.kind)
                self.cards[card.id] = item
                self.addItem(item)
            item.kind = card.kind
            item.setPos(*self.positions[card.id])
        for _kind, link in self.links:
            self.removeItem(link)
        self.links = []
        for line in governance.links:
            link = LinkItem(
                QPointF(*self.positions[line.source_id]), QPointF(*self.positions[line.target_id])
            )
            self.addItem(link)
            self.links.append((line.kind, link))
        # Room around the cards: a zoom keeps the spot under the fingers still even at the map's
        # edge (the view cannot scroll past its scene).
        margin = max(CARD_WIDTH, CARD_HEIGHT) * 3
        self.setSceneRect(self.itemsBoundingRect().adjusted(-margin, -margin, margin, margin))

    def set_link_labels(self, label: Callable[[str], str]) -> None:
        for kind, link in self.links:
            link.set_label(label(kind))

    def highlight(self, levels: Mapping[uuid.UUID, tuple[str, str]], lit: set[uuid.UUID]) -> None:
        """Light the bodies in `levels` (body → level and its label) and those in `lit`; the
        others step back while anything is lit."""
        self.highlighting = bool(levels or lit)
        for body_id, item in self.cards.items():
            level, label = levels.get(body_id, (None, ""))
            item.set_highlight(level, label, lit=body_id in lit)

    def bounds_of(self, body_ids: set[uuid.UUID]) -> QRectF:
        rect = QRectF()
        for body_id in body_ids:
            item = self.cards.get(body_id)
            if item is not None:
                rect = rect.united(item.sceneBoundingRect())
        return rect


class MapView(QGraphicsView):
    """A view of the map a finger moves: one finger pans (and flicks on, `QScroller`), two
    fingers pinch, a double tap zooms in, a tap on a card opens it."""

    sig_body_tapped = Signal(uuid.UUID)
    """A card was tapped (once: a double tap zooms instead)."""

    def __init__(self, scene: MapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.map_scene = scene
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.BoundingRectViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.scroller = QScroller.scroller(self.viewport())
        self._press: QPointF | None = None
        self._moved = False
        self._pinch: tuple[float, float] | None = None  # (distance at start, scale at start)
        self._last_tap: tuple[QPointF, int] | None = None
        self._clock = QElapsedTimer()
        self._clock.start()
        self._pending: uuid.UUID | None = None
        self._tap_timer = QTimer(self)
        self._tap_timer.setSingleShot(True)
        self._tap_timer.setInterval(QGuiApplication.styleHints().mouseDoubleClickInterval())
        self._tap_timer.timeout.connect(self._tap_confirmed)

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        # The page's paper, in whichever mode the kiosk is (high contrast: black).
        painter.fillRect(rect, QColor(theme.current().palette.paper))

    # -- Zoom ----------------------------------------------------------------------------------

    def scale_now(self) -> float:
        return self.transform().m11()

    def zoom_to(self, scale: float, anchor: QPointF | None = None) -> None:
        """Zoom to `scale` keeping the scene point under `anchor` (view coordinates) still."""
        scale = max(MIN_SCALE, min(MAX_SCALE, scale))
        anchor = anchor if anchor is not None else QPointF(self.viewport().rect().center())
        before = self.mapToScene(anchor.toPoint())
        self.setTransform(QTransform.fromScale(scale, scale))
        # The spot under the fingers stays there: centre the view that far from it.
        offset = QPointF(self.viewport().rect().center()) - anchor
        self.centerOn(before + offset / scale)

    def show_rect(self, rect: QRectF, *, least: float = MIN_SCALE) -> None:
        """Fit `rect` in the view, never closer than life size nor farther than `least` (a
        part of the map to read: centred on it, whatever does not fit is a finger away)."""
        if rect.isEmpty():
            return
        self.fitInView(rect.adjusted(-60, -60, 60, 60), Qt.AspectRatioMode.KeepAspectRatio)
        scale = min(1.0, max(least, self.scale_now()))
        if scale != self.scale_now():
            self.zoom_to(scale)
            self.centerOn(rect.center())

    def show_everything(self) -> None:
        self.show_rect(self.map_scene.itemsBoundingRect())

    # -- Fingers and mouse ---------------------------------------------------------------------

    def viewportEvent(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd):
            assert isinstance(event, QTouchEvent)
            self._touch(event)
            event.accept()
            return True
        if kind == QEvent.Type.TouchCancel:
            self._pinch = None
            self._press = None
            return True
        if kind == QEvent.Type.ScrollPrepare:
            assert isinstance(event, QScrollPrepareEvent)
            # Qt's scroll area tells the scroller its range starts at 0; a scene's scroll bars
            # start wherever the scene does (often below 0).
            horizontal, vertical = self.horizontalScrollBar(), self.verticalScrollBar()
            event.setViewportSize(QSizeF(self.viewport().size()))
            event.setContentPosRange(
                QRectF(
                    horizontal.minimum(),
                    vertical.minimum(),
                    horizontal.maximum() - horizontal.minimum(),
                    vertical.maximum() - vertical.minimum(),
                )
            )
            event.setContentPos(QPointF(horizontal.value(), vertical.value()))
            event.accept()
            return True
        if kind == QEvent.Type.Scroll:
            assert isinstance(event, QScrollEvent)
            self.horizontalScrollBar().setValue(round(event.contentPos().x()))
            self.verticalScrollBar().setValue(round(event.contentPos().y()))
            return True
        return super().viewportEvent(event)

    def _at(self, point: QEventPoint) -> QPointF:
        # Where the finger is on the viewport: touch points reach it through the view's event
        # filter, positioned for another widget.
        return QPointF(self.viewport().mapFromGlobal(point.globalPosition()))

    def _touch(self, event: QTouchEvent) -> None:
        points = [p for p in event.points() if p.state() != p.State.Released]
        if len(points) >= 2:
            a, b = self._at(points[0]), self._at(points[1])
            distance = max(1.0, QLineF(a, b).length())
            if self._pinch is None:
                self.scroller.stop()
                self._press = None
                self._pinch = (distance, self.scale_now())
            else:
                start, scale = self._pinch
                self.zoom_to(scale * distance / start, (a + b) / 2)
            return
        point = event.points()[0]
        if event.type() == QEvent.Type.TouchEnd or point.state() == point.State.Released:
            if self._pinch is None:
                self._release(self._at(point))
            self._pinch = None
        elif event.type() == QEvent.Type.TouchBegin:
            self._begin(self._at(point))
        elif self._pinch is None and self._press is not None:
            self._drag(self._at(point))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None:
            self._drag(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._press is not None:
            self._release(event.position())

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        # The second press of a double click: handled as a tap like the first.
        self.mousePressEvent(event)

    # The scroller is fed our own clock: synthesised and some touch drivers' events carry no
    # usable timestamp, and a flick's speed is distance over time.

    def _begin(self, position: QPointF) -> None:
        self._press = position
        self._moved = False
        self.scroller.handleInput(QScroller.Input.InputPress, position, self._clock.elapsed())

    def _drag(self, position: QPointF) -> None:
        assert self._press is not None
        if QLineF(self._press, position).length() > TAP_SLOP:
            self._moved = True
        self.scroller.handleInput(QScroller.Input.InputMove, position, self._clock.elapsed())

    def _release(self, position: QPointF) -> None:
        self.scroller.handleInput(QScroller.Input.InputRelease, position, self._clock.elapsed())
        moved, self._press = self._moved, None
        if moved:
            self._last_tap = None
            return
        self._tapped(position)

    def _tapped(self, position: QPointF) -> None:
        now = self._clock.elapsed()
        last = self._last_tap
        interval = QGuiApplication.styleHints().mouseDoubleClickInterval()
        if (
            last is not None
            and now - last[1] <= interval
            and QLineF(last[0], position).length() < 48
        ):
            self._last_tap = None
            self._tap_timer.stop()
            self._pending = None
            self._double_tap(position)
            return
        self._last_tap = (position, now)
        item = self.itemAt(position.toPoint())
        while item is not None and not isinstance(item, BodyItem):
            item = item.parentItem()
        if isinstance(item, BodyItem):
            # Wait to know it is not the first of a double tap.
            self._pending = item.body_id
            self._tap_timer.start()

    def _tap_confirmed(self) -> None:
        body_id, self._pending = self._pending, None
        if body_id is not None:
            self.sig_body_tapped.emit(body_id)

    def _double_tap(self, position: QPointF) -> None:
        if self.scale_now() >= MAX_SCALE * 0.99:
            self.show_everything()
        else:
            self.zoom_to(self.scale_now() * DOUBLE_TAP_ZOOM, position)
