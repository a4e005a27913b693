"""Co-working and drop-in sessions: a member's offer to host, and the facilitators' attendance
list and editor (docs/architecture.md, "Sessions"). The member screens (the week, a session,
signing up) are listed here too."""

from app.errors import QT_TRANSLATE_NOOP
from ui.catalogue import HomeTile, ScreenEntry

SCREENS = (
    ScreenEntry("session-host-propose", module="host"),
    # One tile for both (the panel keeps to a row): the lists lead to the editor.
    ScreenEntry(
        "session-attendance",
        facilitator_tile=HomeTile(
            title=QT_TRANSLATE_NOOP("HomeTile", "Sessions"),
            description=QT_TRANSLATE_NOOP("HomeTile", "Lists, attendance sheets, the programme"),
            icon="users",
            colour="primary",
            order=30,
        ),
        module="attendance",
    ),
    ScreenEntry("session-edit", module="editor"),
)
