"""The home screen."""

from ui.navigation import ScreenEntry

SCREENS = (ScreenEntry("home"),)
