"""The member journey and the new shareholder's celebration."""

from ui.navigation import ScreenEntry

SCREENS = (
    ScreenEntry("journey"),
    ScreenEntry("celebration"),
)
