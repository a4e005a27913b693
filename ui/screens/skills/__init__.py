"""The skills board (docs/architecture.md, "The skills board"; issue #18).

After a badge scan: a person's matches both ways, the introductions waiting for their answer,
and a skill-share session proposed from a match; at check-in, their posts to keep fresh. For
the facilitators: the reports and hidden posts, the "other" texts to turn into skills, and the
needs nobody offers (the trainings to organise).
"""

from app.errors import QT_TRANSLATE_NOOP
from ui.catalogue import HomeTile, ScreenEntry

SCREENS = (
    ScreenEntry("skill-matches", module="matches"),
    ScreenEntry("skill-fresh", module="fresh"),
    ScreenEntry(
        "skills-moderation",
        facilitator_tile=HomeTile(
            title=QT_TRANSLATE_NOOP("HomeTile", "Skills board"),
            description=QT_TRANSLATE_NOOP(
                "HomeTile", "Reports, hidden posts, new skills, the needs nobody offers"
            ),
            icon="shield-check",
            colour="consultation",
            order=35,
        ),
        module="moderation",
    ),
    ScreenEntry("skills-needs", module="moderation"),
)
