"""The welcome desk: check in by badge or name, register, consent."""

from app.errors import QT_TRANSLATE_NOOP
from ui.catalogue import HomeTile, ScreenEntry

SCREENS = (
    ScreenEntry(
        "welcome",
        home_tile=HomeTile(
            title=QT_TRANSLATE_NOOP("HomeTile", "Welcome / Check in"),
            description=QT_TRANSLATE_NOOP(
                "HomeTile", "Scan your badge, find your name, or register for your first visit"
            ),
            icon="id-card",
            colour="accent",
            order=5,
        ),
        module="welcome",
    ),
    ScreenEntry("checkin-search", module="checkin"),
    ScreenEntry("checkin", module="checkin"),
    ScreenEntry("register", module="register"),
    ScreenEntry("consent", module="register"),
    ScreenEntry("welcome-done", module="done"),
)
