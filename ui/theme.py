"""Look and feel, defined once: colour and size tokens, the QSS made from them, the typeface.

Every colour and size the kiosk paints comes from the tokens below. The style sheet is
`ui/resources/styles/kiosk.qss`, a template whose `$names` are filled from a `Theme`, so normal,
large-text and high-contrast modes are the same rules with other values.
"""

from __future__ import annotations

import string
from functools import cache
from pathlib import Path
from typing import NamedTuple

from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from ui import resources

STYLE_TEMPLATE = resources.FOLDER / "styles" / "kiosk.qss"

LEVELS = ("information", "consultation", "concertation", "codecision")
TILE_COLOURS = ("primary", "accent", "danger", *LEVELS)
"""The colours a `Tile` comes in; the style sheet has a text colour for each."""

# The theme's records are named tuples, not dataclasses: they are made before the kiosk's first
# frame, where each frozen dataclass costs half a millisecond of generated code.


class Palette(NamedTuple):
    """The colours of one mode. `on_*` is the text colour to use on a `*` background."""

    name: str
    paper: str
    ink: str
    muted: str
    surface: str
    border: str
    primary: str
    on_primary: str
    accent: str
    on_accent: str
    danger: str
    on_danger: str
    focus: str
    on_focus: str
    primary_text: str
    danger_text: str
    levels: dict[str, str]
    on_level: str = "#FFFFFF"
    # The "selected" state (a chosen language, chip, row, toggle): a tinted surface, an outline
    # and a check mark, never the focus ring's colour nor the primary fill.
    selected_bg: str = "#E2F0F2"
    selected_border: str = "#0B5C6B"
    on_selected: str = "#1D1B26"
    disabled_text: str = "#5C5866"
    # A control's edge (a secondary button, a field): 3:1 against the page (WCAG 1.4.11);
    # `border` is the lighter rule between cards and rows.
    control_border: str = "#857F73"
    # The "staff" state: the band across the top while facilitator mode is on. A colour no
    # other state wears (caution amber, ink text) over an ink rule, so nobody mistakes a
    # facilitator's screen for a visitor's.
    staff_bg: str = "#F5B800"
    on_staff: str = "#1D1B26"
    staff_edge: str = "#1D1B26"

    def text_pairs(self) -> list[tuple[str, str, str]]:
        """Every (what, text colour, background colour) pair the style sheet paints."""
        pairs = [
            ("ink on paper", self.ink, self.paper),
            ("ink on surface", self.ink, self.surface),
            ("muted on paper", self.muted, self.paper),
            ("muted on surface", self.muted, self.surface),
            ("primary text on paper", self.primary_text, self.paper),
            ("primary text on surface", self.primary_text, self.surface),
            ("danger text on paper", self.danger_text, self.paper),
            ("danger text on surface", self.danger_text, self.surface),
            ("on_primary on primary", self.on_primary, self.primary),
            ("on_accent on accent", self.on_accent, self.accent),
            ("on_danger on danger", self.on_danger, self.danger),
            ("on_focus on focus", self.on_focus, self.focus),
            ("paper on ink (toast)", self.paper, self.ink),
            ("on_selected on selected", self.on_selected, self.selected_bg),
            ("selected mark on selected", self.selected_border, self.selected_bg),
            ("disabled text on surface", self.disabled_text, self.surface),
            ("on_staff on staff", self.on_staff, self.staff_bg),
        ]
        pairs += [
            (f"text on {name}", self.on_level, colour) for name, colour in self.levels.items()
        ]
        return pairs


NORMAL = Palette(
    name="normal",
    paper="#FBF7F0",
    ink="#1D1B26",
    muted="#5C5866",
    surface="#FFFFFF",
    border="#D9D2C5",
    primary="#0B5C6B",
    on_primary="#FFFFFF",
    accent="#B7410E",
    on_accent="#FFFFFF",
    danger="#B42318",
    on_danger="#FFFFFF",
    # Focus ring and selection: a dark ink ring stays visible on every light background.
    focus="#1D1B26",
    on_focus="#FFFFFF",
    primary_text="#0B5C6B",
    danger_text="#B42318",
    levels={
        "information": "#1F5FAD",
        "consultation": "#1E7A3C",
        "concertation": "#9A5B00",
        "codecision": "#6B3FC9",
    },
)

HIGH_CONTRAST = Palette(
    name="high-contrast",
    paper="#000000",
    ink="#FFFFFF",
    muted="#FFFFFF",
    surface="#000000",
    border="#FFFFFF",
    # Primary keeps a fill (yellow, black text): it must not look like a secondary action.
    primary="#FFE14D",
    on_primary="#000000",
    accent="#000000",
    on_accent="#FFE14D",
    # Destructive: its own light red fill with black text (and a warning icon), never yellow.
    danger="#FF9E80",
    on_danger="#000000",
    # Focus: a thick cyan ring, a colour no other state uses.
    focus="#40E0FF",
    on_focus="#000000",
    primary_text="#FFFFFF",
    danger_text="#FF9E80",
    levels=dict.fromkeys(LEVELS, "#000000"),
    on_level="#FFFFFF",
    selected_bg="#17324A",
    selected_border="#FFFFFF",
    on_selected="#FFFFFF",
    disabled_text="#B8B8B8",
    control_border="#FFFFFF",
    # Staff: a white band, black text; the only white fill of the mode (primary is yellow,
    # destructive light red, focus cyan).
    staff_bg="#FFFFFF",
    on_staff="#000000",
    staff_edge="#FFFFFF",
)

STATES = ("primary", "secondary", "selected", "focus", "destructive", "disabled", "staff")
"""The one state system every widget is drawn in, in every mode (docs/architecture.md); "staff"
is the band across the top while facilitator mode is on (`ui.main_window.StaffBand`)."""


class StateLook(NamedTuple):
    """How one state is painted: text on `background`, edged by `edge` `edge_px` wide."""

    text: str
    background: str
    edge: str
    edge_px: int
    filled: bool
    icon: str = ""
    """An icon the state adds by itself ("check" when selected, a warning when destructive)."""


class Metrics(NamedTuple):
    """Sizes in pixels on the 1920×1080 reference screen; spacing in multiples of 8."""

    base_px: int = 22
    scale: float = 1.0
    unit: int = 8
    touch_min: int = 56
    big_button: int = 88
    radius: int = 16
    border: int = 2

    def text(self, factor: float = 1.0) -> int:
        return round(self.base_px * self.scale * factor)

    def space(self, units: int) -> int:
        return self.unit * units


LARGE_TEXT_SCALE = 1.35


class Theme(NamedTuple):
    palette: Palette = NORMAL
    metrics: Metrics = Metrics()

    @classmethod
    def make(cls, *, large_text: bool = False, high_contrast: bool = False) -> Theme:
        return cls(
            palette=HIGH_CONTRAST if high_contrast else NORMAL,
            metrics=Metrics(scale=LARGE_TEXT_SCALE if large_text else 1.0),
        )

    @property
    def large_text(self) -> bool:
        return self.metrics.scale != 1.0

    @property
    def high_contrast(self) -> bool:
        return self.palette is HIGH_CONTRAST

    def with_modes(
        self, *, large_text: bool | None = None, high_contrast: bool | None = None
    ) -> Theme:
        return Theme.make(
            large_text=self.large_text if large_text is None else large_text,
            high_contrast=self.high_contrast if high_contrast is None else high_contrast,
        )

    def colour(self, token: str) -> QColor:
        """A palette colour by token name (`"primary"`, `"ink"`, a level name…)."""
        if token in self.palette.levels:
            return QColor(self.palette.levels[token])
        return QColor(getattr(self.palette, token.replace("-", "_")))

    def tile_text(self, colour: str) -> str:
        """The text colour on a tile (`Tile`) of `colour`, one of `TILE_COLOURS`."""
        p = self.palette
        if self.high_contrast or colour in p.levels:
            return p.on_level
        return str(getattr(p, f"on_{colour}"))

    def stylesheet(self) -> str:
        return build_stylesheet(self)

    def state(self, name: str) -> StateLook:
        """The look of state `name` (one of `STATES`) in this mode; the style sheet's rules
        for buttons, chips, rows and toggles are filled from these."""
        p, m = self.palette, self.metrics
        hc = self.high_contrast
        border = m.border + (1 if hc else 0)
        looks = {
            "primary": StateLook(p.on_primary, p.primary, p.primary, border, filled=True),
            "secondary": StateLook(p.ink, p.surface, p.control_border, border, filled=False),
            "selected": StateLook(
                p.on_selected,
                p.selected_bg,
                p.selected_border,
                border + 1,
                filled=False,
                icon="check",
            ),
            "focus": StateLook(p.ink, p.surface, p.focus, 5 if hc else 4, filled=False),
            "destructive": StateLook(
                p.on_danger, p.danger, p.danger, border, filled=True, icon="triangle-alert"
            ),
            "disabled": StateLook(
                p.disabled_text, p.surface, p.disabled_text, border, filled=False
            ),
            "staff": StateLook(
                p.on_staff, p.staff_bg, p.staff_edge, border + 1, filled=True, icon="user-round-cog"
            ),
        }
        return looks[name]


def _tokens(theme: Theme) -> dict[str, str]:
    p, m = theme.palette, theme.metrics
    tokens = {
        key: value
        for key, value in p._asdict().items()
        if isinstance(value, str) and key not in {"name", "border"}
    }
    tokens |= {f"level_{name}": colour for name, colour in p.levels.items()}
    tokens |= {f"tile_text_{colour}": theme.tile_text(colour) for colour in TILE_COLOURS}
    tokens |= {
        "on_level": p.on_level,
        "family": FONT_FAMILY,
        "text_small": f"{m.text(0.85)}px",
        "text_body": f"{m.text()}px",
        "text_button": f"{m.text(1.1)}px",
        "text_lead": f"{m.text(1.3)}px",
        "text_heading": f"{m.text(1.6)}px",
        "text_title": f"{m.text(2.2)}px",
        "text_display": f"{m.text(3.0)}px",
        "touch_min": f"{max(m.touch_min, m.text(2.2))}px",
        "big_button": f"{max(m.big_button, m.text(3.4))}px",
        "radius": f"{m.radius}px",
        "border_w": f"{m.border + (1 if theme.high_contrast else 0)}px",
        "border_colour": p.border,
        "primary_border": theme.state("primary").edge,
        "danger_border": theme.state("destructive").edge,
        "checked_bg": theme.state("selected").background,
        "checked_fg": theme.state("selected").text,
        "checked_border": theme.state("selected").edge,
        "checked_width": f"{theme.state('selected').edge_px}px",
        "outline_room": f"{theme.state('selected').edge_px - theme.state('secondary').edge_px}px",
        "overlay": "rgba(0, 0, 0, 200)" if theme.high_contrast else "rgba(29, 27, 38, 150)",
        "focus_width": f"{theme.state('focus').edge_px}px",
        "staff_edge_w": f"{theme.state('staff').edge_px}px",
        "s1": f"{m.space(1)}px",
        "s2": f"{m.space(2)}px",
        "s3": f"{m.space(3)}px",
        "s4": f"{m.space(4)}px",
        "s6": f"{m.space(6)}px",
    }
    return tokens


@cache
def _template() -> string.Template:
    return string.Template(STYLE_TEMPLATE.read_text(encoding="utf-8"))


def build_stylesheet(theme: Theme) -> str:
    """The application style sheet for `theme` (raises KeyError on an unknown `$token`)."""
    return _template().substitute(_tokens(theme))


# -- Typeface ----------------------------------------------------------------------------------

FONT_FAMILY = "Atkinson Hyperlegible"


@cache
def load_fonts() -> str:
    """Register Atkinson Hyperlegible from its Python package (never a system font).

    Returns the family name Qt knows it by. Needs a QGuiApplication.
    """
    import fontpkg_atkinson_hyperlegible as package

    family = FONT_FAMILY
    for path in sorted((Path(package.ROOT) / "files").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families = QFontDatabase.applicationFontFamilies(font_id)
            if families:
                family = families[0]
    return family


def base_font(theme: Theme) -> QFont:
    font = QFont(load_fonts())
    font.setPixelSize(theme.metrics.text())
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def restyle(widget: QWidget, name: str, value: object) -> None:
    """Set the style sheet's dynamic property `name` (`role`, `kind`…) on `widget` and apply
    its rules again; Qt does not re-read a property it already styled by itself."""
    if widget.property(name) != value:
        widget.setProperty(name, value)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


# -- Contrast ----------------------------------------------------------------------------------


def relative_luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of an `#RRGGBB` colour."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    text = colour.lstrip("#")
    r, g, b = (int(text[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast_ratio(first: str, second: str) -> float:
    high, low = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def level_colour(theme: Theme, level: str) -> QColor:
    return QColor(theme.palette.levels[level])


# -- The theme in use ----------------------------------------------------------------------------

_current = Theme()


def current() -> Theme:
    """The theme the application is painted with (custom-painted widgets read it)."""
    return _current


def apply(app: QGuiApplication, theme: Theme) -> None:
    """Paint the whole application with `theme`: font, then style sheet (widgets repolish)."""
    global _current  # noqa: PLW0603 — one theme per process, like the application style sheet
    _current = theme
    app.setFont(base_font(theme))
    if isinstance(app, QApplication):
        app.setStyleSheet(theme.stylesheet())


__all__ = [
    "HIGH_CONTRAST",
    "LEVELS",
    "NORMAL",
    "STATES",
    "TILE_COLOURS",
    "Metrics",
    "Palette",
    "StateLook",
    "Theme",
    "apply",
    "base_font",
    "build_stylesheet",
    "contrast_ratio",
    "current",
    "load_fonts",
    "restyle",
]
