"""Live votes: console, roll call, booth, show of hands, projector."""

from app.errors import QT_TRANSLATE_NOOP
from ui.catalogue import HomeTile, ScreenEntry

SCREENS = (
    ScreenEntry(
        "vote-console",
        module="console",
        facilitator_tile=HomeTile(
            title=QT_TRANSLATE_NOOP("HomeTile", "Live vote"),
            description=QT_TRANSLATE_NOOP(
                "HomeTile", "Create, open and close a vote; roll call, booth, hands, projector"
            ),
            icon="users",
            colour="codecision",
            order=20,
        ),
    ),
    ScreenEntry("vote-rollcall", module="roll_call"),
    ScreenEntry("vote-booth-motion", module="booth"),
    ScreenEntry("vote-booth-ranking", module="booth"),
    ScreenEntry("vote-booth-mj", module="booth"),
    ScreenEntry("vote-booth-pb", module="booth"),
    ScreenEntry("vote-confirmed", module="booth"),
    ScreenEntry("vote-analog", module="hands"),
    ScreenEntry("vote-named-hands", module="hands"),
    ScreenEntry("vote-projector", module="projector"),
    ScreenEntry("vote-projector-results", module="projector"),
)
