"""What the welcome desk's services take and hand back: what a visitor typed, a check-in, a
check-out, who is here. Frozen values with no SQLAlchemy: the kiosk's screens import them at
module top.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime

from app.changes import Changes, Entity

PURPOSES = ("info_session", "coworking", "drop_in", "meeting", "appointment", "other")
"""Why a person came today (the welcome desk asks; the visit keeps it)."""


@dataclass(frozen=True)
class VisitorForm:
    """What a visitor typed at the kiosk (cleaned by `clean_visitor`)."""

    first_name: str
    last_name: str
    email: str = ""
    phone: str = ""
    language: str = "fr"
    purpose: str = "other"
    # False: "find me by my badge only", never listed by a public name search.
    name_search: bool = True


@dataclass(frozen=True)
class CheckIn:
    """A person is in: who (first name only on screen), why, and what the kiosk asks next."""

    person_id: uuid.UUID
    visit_id: uuid.UUID
    first_name: str
    last_name: str
    language: str
    purpose: str
    is_visitor: bool
    returning: bool
    """A visitor who had registered before (recognised by e-mail): not registered twice."""
    already_here: bool
    """The person had already checked in today and not left: the same visit goes on."""
    involvement_due: bool
    """Never asked how involved they want to be, or asked more than a year ago."""
    changes: Changes = field(default_factory=lambda: Changes.of(Entity.VISIT, Entity.PERSON))


@dataclass(frozen=True)
class CheckOut:
    person_id: uuid.UUID
    first_name: str
    closed: int
    """How many open visits were closed (0: the person had not checked in)."""
    changes: Changes = field(default_factory=lambda: Changes.of(Entity.VISIT))


@dataclass(frozen=True)
class Present:
    """A person in the antenne today, as the facilitator's list shows them."""

    person_id: uuid.UUID
    first_name: str
    initial: str
    purpose: str
    since: datetime
    is_visitor: bool
