"""Sessions for members: the week and the day of co-working, drop-ins, workshops and
trainings; a session, signing up (by badge, or by name for a visitor), the waiting list, and
checking in by badge. Home's tile leads to the week; home itself tells a person who scanned
their badge about their session of the day and what changed since they last looked
(`SessionsWeekScreen.home_news_for`)."""

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
)
