"""The attract screen: stories of the cooperative, touch to start."""

from ui.navigation import ScreenEntry

SCREENS = (ScreenEntry("attract"),)
