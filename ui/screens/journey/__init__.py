"""The member journey and the new shareholder's celebration."""

from ui.catalogue import ScreenEntry

SCREENS = (
    ScreenEntry("journey"),
    ScreenEntry("celebration"),
)
