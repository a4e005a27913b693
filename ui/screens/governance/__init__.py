"""Governance: the map of who decides what, a body and its people, where a member fits."""

from app.errors import QT_TRANSLATE_NOOP
from ui.catalogue import HomeTile, ScreenEntry

SCREENS = (
    ScreenEntry(
        "governance-map",
        home_tile=HomeTile(
            title=QT_TRANSLATE_NOOP("HomeTile", "Who decides what"),
            description=QT_TRANSLATE_NOOP(
                "HomeTile", "The cooperative's councils and their people, in plain words"
            ),
            icon="users",
            colour="primary",
            order=15,
        ),
    ),
    ScreenEntry("governance-map-fit"),
    ScreenEntry("governance-body", module="body"),
    ScreenEntry("governance-people", module="body"),
)
