"""What every page of the kiosk is built from: its margins, its wrapped labels in a theme role,
and the words for a refusal.

Cheap to import: the home screen (the kiosk's first frame) uses it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLayout, QWidget

PAGE_MARGINS = (48, 24, 48, 32)
"""Left, top, right, bottom: room from the window's edges (the title bar is above the top)."""


def label(role: str = "title", *, plain: bool = False) -> QLabel:
    """An empty label in a theme role ("title", "heading", "lead", "muted", "error"...) that
    wraps its words: translations are longer than the English sources. `plain`: it shows what
    a person typed, never read as markup (a title with `<img>` in it shows those letters)."""
    widget = QLabel()
    widget.setProperty("role", role)
    widget.setWordWrap(True)
    if plain:
        from PySide6.QtCore import Qt

        widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def count_label(role: str = "heading") -> QLabel:
    """An empty label for a number in a table or a list of counts: right-aligned in tabular
    figures, so units sit under units and a column of counts reads at a glance (issue #19)."""
    from PySide6.QtCore import Qt

    widget = QLabel()
    widget.setProperty("role", role)
    widget.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    tabular_figures(widget)
    return widget


TABULAR = "tnum"
"""The OpenType feature of figures all as wide as one another (Atkinson Hyperlegible has it)."""


def tabular_figures(widget: QWidget) -> None:
    """Draw `widget`'s digits in tabular figures: a 1 as wide as a 0, so numbers one above the
    other line up digit under digit. Only the feature is set: the style sheet's size and weight
    (large text, a role) still apply."""
    from PySide6.QtGui import QFont

    font = QFont()
    font.setFeature(QFont.Tag(TABULAR), 1)
    widget.setFont(font)


def has_tabular_figures(widget: QWidget) -> bool:
    from PySide6.QtGui import QFont

    return widget.font().featureValue(QFont.Tag(TABULAR)) == 1


def set_page_margins(layout: QLayout) -> None:
    """Give a screen's outer layout the kiosk's page margins."""
    layout.setContentsMargins(*PAGE_MARGINS)


def failure_text(error: Exception) -> str:
    """What to tell a person when an action failed: the refusal's own words, or a generic
    message for a bug (logged by the task runner)."""
    from app.errors import KnownError
    from ui.i18n import translate_message
    from ui.tasks import generic_error_text

    return (
        translate_message(error.message) if isinstance(error, KnownError) else generic_error_text()
    )
