"""The attract screen: stories of the cooperative, touch to start."""

from ui.catalogue import ScreenEntry

SCREENS = (ScreenEntry("attract"),)
