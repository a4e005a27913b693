"""Co-working and drop-in sessions (docs/architecture.md, "Sessions").

For members: the week and the day of co-working, drop-ins, workshops and trainings; a session,
signing up (by badge, or by name for a visitor), the waiting list, and checking in by badge.
Home's tile leads to the week; home itself tells a person who scanned their badge about their
session of the day and what changed since they last looked
(`SessionsWeekScreen.home_news_for`). For hosts and facilitators: a member's offer to host, and
the facilitators' attendance lists and session editor.
"""

from app.errors import QT_TRANSLATE_NOOP
from ui.catalogue import HomeTile, ScreenEntry

SCREENS = (
    ScreenEntry(
        "sessions-week",
        home_tile=HomeTile(
            title=QT_TRANSLATE_NOOP("HomeTile", "Sessions"),
            description=QT_TRANSLATE_NOOP(
                "HomeTile", "Co-working, drop-ins and workshops: sign up, check in"
            ),
            icon="clock",
            colour="accent",
            order=12,
        ),
        module="programme",
    ),
    ScreenEntry("sessions-day", module="programme"),
    ScreenEntry("session-detail", module="detail"),
    ScreenEntry("session-signup", module="signup"),
    ScreenEntry("session-waitlisted", module="signup"),
    ScreenEntry("session-checkin", module="signup"),
    ScreenEntry("session-host-propose", module="host"),
    # One facilitator tile for both (the panel keeps to a row): the lists lead to the editor.
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
