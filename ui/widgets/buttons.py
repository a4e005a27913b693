"""Touch buttons: at least 56 px high (the style sheet), an optional recoloured icon."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from ui import theme
from ui.first_frame import set_focus_policy
from ui.widgets.icons import icon


class TouchButton(QPushButton):
    """A button for a finger.

    `kind` picks the colours: "" (plain), "primary", "quiet", "danger", "key" (PIN pad digit);
    `big` makes it taller with larger text, for the one main action of a screen.
    """

    def __init__(
        self,
        text: str = "",
        *,
        kind: str = "",
        big: bool = False,
        icon_name: str = "",
        checkable: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(text, parent)
        self._icon_name = icon_name
        self._icon_key: tuple[object, ...] = ()
        self._polished = False
        self.setProperty("kind", kind)
        self.setProperty("size", "big" if big else "")
        self.setCheckable(checkable)
        # A tap does not take the focus (no ring left behind); Tab still reaches the button.
        set_focus_policy(self, "TabFocus")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.toggled.connect(self._refresh_icon)
        self._refresh_icon()

    def setText(self, text: str) -> None:
        had_text = bool(self.text())
        super().setText(text)
        if had_text != bool(text):
            self._refresh_icon()
        self._keep_text_whole()

    def set_icon_name(self, name: str) -> None:
        self._icon_name = name
        self._refresh_icon()
        self._keep_text_whole()

    def _keep_text_whole(self) -> None:
        # The style sheet's `min-width` becomes the button's explicit minimum width, which
        # layouts obey instead of the size hint: squeezed, a button would cut its label.
        # Never narrower than icon and text: a layout that lacks room must wrap or scroll.
        # Before the button is polished its size hint knows nothing of the style sheet (and
        # costs as much): the Polish event comes back here.
        if self._polished:
            self.setMinimumWidth(self.sizeHint().width())

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.Polish:
            self._polished = True
            self._keep_text_whole()
        return handled

    def _icon_colour(self) -> str:
        palette = theme.current().palette
        high_contrast = theme.current().high_contrast
        kind = self.property("kind")
        if self.isChecked():
            return palette.on_focus if high_contrast else palette.on_primary
        if kind == "primary":
            return palette.on_primary
        if kind == "danger":
            return palette.on_danger
        if kind == "quiet":
            return palette.muted
        return palette.ink

    def _refresh_icon(self) -> None:
        if not self._icon_name:
            return
        metrics = theme.current().metrics
        size = metrics.text(1.4)
        # Room between the icon and the text (Qt's own gap is a few pixels).
        gap = metrics.space(1) if self.text() else 0
        ratio = self.devicePixelRatioF()
        colour = self._icon_colour()
        key = (self._icon_name, colour, size, ratio, gap)
        if key == self._icon_key:
            return  # style and font events come by the dozen while a window is built
        self._icon_key = key
        self.setIcon(icon(self._icon_name, colour, size, ratio, gap=gap))
        self.setIconSize(QSize(size + gap, size))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._refresh_icon()
            self._keep_text_whole()
        super().changeEvent(event)
