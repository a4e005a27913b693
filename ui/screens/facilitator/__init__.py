"""Facilitator mode: the PIN pad and the facilitator's panel."""

from app.errors import QT_TRANSLATE_NOOP
from ui.catalogue import HomeTile, ScreenEntry

SCREENS = (
    ScreenEntry(
        "facilitator-login",
        home_tile=HomeTile(
            title=QT_TRANSLATE_NOOP("HomeTile", "Facilitators"),
            description=QT_TRANSLATE_NOOP("HomeTile", "Facilitator mode, behind a PIN"),
            icon="lock-keyhole",
            order=1000,
            discreet=True,
        ),
    ),
    ScreenEntry("facilitator"),
)
