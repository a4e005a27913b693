"""Live votes: console, roll call, booth, show of hands, projector."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.catalogue import HomeTile, ScreenEntry

SCREENS = (
    ScreenEntry(
        "vote-console",
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
    ScreenEntry("vote-rollcall"),
    ScreenEntry("vote-booth-motion"),
    ScreenEntry("vote-booth-ranking"),
    ScreenEntry("vote-booth-mj"),
    ScreenEntry("vote-booth-pb"),
    ScreenEntry("vote-confirmed"),
    ScreenEntry("vote-analog"),
    ScreenEntry("vote-named-hands"),
    ScreenEntry("vote-projector"),
    ScreenEntry("vote-projector-results"),
)
