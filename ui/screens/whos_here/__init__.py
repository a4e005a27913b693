"""Who is here today, for the facilitator."""

from app.errors import QT_TRANSLATE_NOOP
from ui.catalogue import HomeTile, ScreenEntry

SCREENS = (
    ScreenEntry(
        "whos-here",
        facilitator_tile=HomeTile(
            title=QT_TRANSLATE_NOOP("HomeTile", "Who is here today"),
            description=QT_TRANSLATE_NOOP("HomeTile", "Everyone checked in and not yet gone"),
            icon="clock",
            colour="primary",
            order=20,
        ),
    ),
)
