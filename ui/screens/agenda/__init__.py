"""Members' items on a body's agenda (propose, co-sign by badge, follow) and travel aid.

No home tile: a member comes here from a body's screen (`agenda-propose` with a `BodyArgs`),
from their journey, or after a badge scan (`NextStep`)."""

from ui.catalogue import ScreenEntry

SCREENS = (
    ScreenEntry("agenda-propose", module="propose"),
    ScreenEntry("agenda-item", module="item"),
    ScreenEntry("travel-aid", module="travel"),
)
