"""The home screen."""

from ui.catalogue import ScreenEntry

SCREENS = (ScreenEntry("home"),)
