"""Co-working and drop-in sessions: a member's offer to host, and the facilitators' attendance
list and editor (docs/architecture.md, "Sessions"). The member screens (the week, a session,
signing up) are listed here too."""

from app.errors import QT_TRANSLATE_NOOP
from ui.catalogue import HomeTile, ScreenEntry

SCREENS = (
    ScreenEntry("session-host-propose", module="host"),
    ScreenEntry(
        "session-attendance",
        facilitator_tile=HomeTile(
            title=QT_TRANSLATE_NOOP("HomeTile", "Session lists"),
            description=QT_TRANSLATE_NOOP(
                "HomeTile", "Check in, give a seat, paid at the desk, attendance sheet"
            ),
            icon="users",
            colour="primary",
            order=30,
        ),
        module="attendance",
    ),
    ScreenEntry(
        "session-edit",
        facilitator_tile=HomeTile(
            title=QT_TRANSLATE_NOOP("HomeTile", "Sessions and series"),
            description=QT_TRANSLATE_NOOP(
                "HomeTile", "Create, change or cancel; accept a member's offer to host"
            ),
            icon="clock",
            colour="primary",
            order=31,
        ),
        module="editor",
    ),
)
