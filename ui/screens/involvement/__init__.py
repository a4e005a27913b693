"""How involved do you want to be? The questionnaire and its counts."""

from app.errors import QT_TRANSLATE_NOOP
from ui.catalogue import HomeTile, ScreenEntry

SCREENS = (
    ScreenEntry("involvement"),
    ScreenEntry(
        "involvement-stats",
        facilitator_tile=HomeTile(
            title=QT_TRANSLATE_NOOP("HomeTile", "Who wants which news"),
            description=QT_TRANSLATE_NOOP(
                "HomeTile", "Counts per participation level and topic; export a list"
            ),
            icon="users",
            colour="primary",
            order=30,
        ),
    ),
)
