"""The skills board (docs/architecture.md, "The skills board"; issue #18).

For members: the board of offers and needs as cards, filtered by kind, sector and modality, and
"skills in the room today"; its search, per keystroke; one post, with "I'd like to meet them"
and "Report"; writing a post after a badge scan (and its author's edit, renewal and removal);
asking for an introduction. After a badge scan, a person's matches both ways with the
introductions waiting for their answer, and a skill-share session proposed from a match; at
check-in, their posts to keep fresh. For the facilitators: the reports and hidden posts, the
"other" texts to turn into skills, and the needs nobody offers (the trainings to organise).
Never a way to reach a person on screen: a post shows its author's first name and initial,
their photo only with consent.
"""

from app.errors import QT_TRANSLATE_NOOP
from ui.catalogue import HomeTile, ScreenEntry

SCREENS = (
    ScreenEntry(
        "skills-board",
        home_tile=HomeTile(
            title=QT_TRANSLATE_NOOP("HomeTile", "Skills"),
            description=QT_TRANSLATE_NOOP("HomeTile", "Offer what you know, find who can help you"),
            icon="handshake",
            colour="consultation",
            order=14,
        ),
        module="board",
    ),
    ScreenEntry("skills-search", module="board"),
    ScreenEntry("skill-post", module="post"),
    ScreenEntry("skill-new", module="editor"),
    ScreenEntry("skill-intro", module="intro"),
    ScreenEntry("skill-matches", module="matches"),
    ScreenEntry("skill-fresh", module="fresh"),
    # For facilitators (behind the PIN), a discreet entry at the foot of home rather than a
    # tile on their panel: the panel keeps its five tools to a row (a sixth wraps, and its
    # settings scroll out of view).
    ScreenEntry(
        "skills-moderation",
        home_tile=HomeTile(
            title=QT_TRANSLATE_NOOP("HomeTile", "Moderate skill posts"),
            description=QT_TRANSLATE_NOOP(
                "HomeTile", "Reports, new skills, the needs nobody offers"
            ),
            icon="shield-check",
            order=990,
            discreet=True,
        ),
        module="moderation",
    ),
    ScreenEntry("skills-needs", module="moderation"),
)
