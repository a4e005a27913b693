"""Badges: find a person, preview, print, reprint, stop a lost badge, batch print."""

from app.errors import QT_TRANSLATE_NOOP
from ui.catalogue import HomeTile, ScreenEntry

SCREENS = (
    ScreenEntry(
        "badges",
        facilitator_tile=HomeTile(
            title=QT_TRANSLATE_NOOP("HomeTile", "Badges"),
            description=QT_TRANSLATE_NOOP(
                "HomeTile", "Print, reprint, stop a lost badge, print a batch on A4"
            ),
            icon="id-card",
            colour="primary",
            order=10,
        ),
        module="badges",
    ),
    ScreenEntry("badge-preview", module="preview"),
)
