"""Members' items on a body's agenda (propose, co-sign by badge, follow) and travel aid.

No home tile nor next step on home (its row of next steps is for the few first things a
person does): a member comes here from a body's screen (`agenda-propose` with a `BodyArgs`)
and from their journey."""

from ui.catalogue import ScreenEntry

SCREENS = (
    ScreenEntry("agenda-propose", module="propose"),
    ScreenEntry("agenda-item", module="item"),
    ScreenEntry("travel-aid", module="travel"),
)
