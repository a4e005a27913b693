"""Touch buttons: at least 56 px high (the style sheet), an optional recoloured icon."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from ui import theme
from ui.first_frame import set_focus_policy
from ui.widgets.icons import icon


def current_state_icon(state: str) -> str:
    """The icon state `state` adds by itself ("" for none)."""
    return theme.current().state(state).icon


class TouchButton(QPushButton):
    """A button for a finger.

    `kind` picks the state it is drawn in (`theme.STATES`): "" (secondary), "primary",
    "quiet", "destructive" (or its older name "danger": closing a vote, removing, cancelling
    a session), "key" (PIN pad digit); `big` makes it taller with larger text, for the one
    main action of a screen. A checked button is "selected": outline and a check mark, never
    colour alone. A destructive button without an icon of its own gets a warning icon.
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
        self._own_icon = icon_name
        self._icon_name = icon_name
        self._icon_key: tuple[object, ...] = ()
        self._polished = False
        self._one_line_height: int | None = None
        """The style sheet's least height, while a text of several lines raises it."""
        self.setProperty("kind", kind)
        self.setProperty("size", "big" if big else "")
        self.setCheckable(checkable)
        # A tap does not take the focus (no ring left behind); Tab still reaches the button.
        set_focus_policy(self, "TabFocus")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.toggled.connect(self._state_changed)
        self._refresh_icon()

    def setText(self, text: str) -> None:
        had_text = bool(self.text())
        super().setText(text)
        if had_text != bool(text):
            self._refresh_icon()
        self._keep_text_whole()

    def set_icon_name(self, name: str) -> None:
        self._own_icon = name
        self._refresh_icon()
        self._keep_text_whole()

    def _keep_text_whole(self) -> None:
        # The style sheet's `min-width` becomes the button's explicit minimum width, which
        # layouts obey instead of the size hint: squeezed, a button would cut its label.
        # Never narrower than icon and text: a layout that lacks room must wrap or scroll.
        # Before the button is polished its size hint knows nothing of the style sheet (and
        # costs as much): the Polish event comes back here.
        if self._polished:
            hint = self.sizeHint()
            self.setMinimumWidth(hint.width())
            # The style sheet's `min-height` is one line's: a text of two lines (a meeting's
            # title and its day) would be cut where a screen is laid out at its least height.
            if "\n" in self.text():
                if self._one_line_height is None:
                    self._one_line_height = self.minimumHeight()
                self.setMinimumHeight(hint.height())
            elif self._one_line_height is not None:
                self.setMinimumHeight(self._one_line_height)
                self._one_line_height = None

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.Polish:
            self._polished = True
            self._refresh_icon()  # `theme.restyle` may have changed the kind
            self._keep_text_whole()
        return handled

    def state(self) -> str:
        """The state this button is drawn in (one of `theme.STATES`, focus aside)."""
        kind = self.property("kind")
        if not self.isEnabled():
            return "disabled"
        if self.isChecked():
            return "selected"
        if kind == "primary":
            return "primary"
        if kind in ("danger", "destructive"):
            return "destructive"
        return "secondary"

    @property
    def shown_icon(self) -> str:
        """The icon drawn now: its own, or the one its state adds ("check" when selected)."""
        return self._icon_name

    def _icon_colour(self) -> str:
        current = theme.current()
        state = self.state()
        if state == "selected":
            return current.state("selected").edge
        if state == "secondary" and self.property("kind") == "quiet":
            return current.palette.muted
        return current.state(state).text

    def _wanted_icon(self) -> str:
        state = self.state()
        if state == "selected":
            return "check"
        if state == "destructive" and not self._own_icon:
            return str(current_state_icon("destructive"))
        return self._own_icon

    def _state_changed(self) -> None:
        # Selected adds a check mark (or a destructive button a warning): room for it.
        self._refresh_icon()
        self._keep_text_whole()

    def _refresh_icon(self) -> None:
        wanted = self._wanted_icon()
        if wanted != self._icon_name:
            self._icon_name = wanted
            if not wanted:
                self._icon_key = ()
                self.setIcon(QIcon())
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
        if event.type() in (
            QEvent.Type.StyleChange,
            QEvent.Type.FontChange,
            QEvent.Type.EnabledChange,
        ):
            self._refresh_icon()
            self._keep_text_whole()
        super().changeEvent(event)
