"""What a screen is told when the kiosk goes to it: one named tuple per kind of arguments.

`shell.go("journey", PersonArgs(person_id))` hands the tuple to the journey screen's
`on_enter(args)`; a screen names the kind it takes in `args_type`, and the navigator refuses
another kind (a programming error). The kinds are named for what they mean to the person at
the kiosk, not for the screen that reads them: several screens take a `PersonArgs`.

A leaf: no Qt, no service. The attract and home screens use it before the first frame.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple, TypeAlias

if TYPE_CHECKING:
    # Annotations only (postponed): the first frame imports neither `uuid` nor `datetime`.
    import uuid
    from datetime import date

    from app.badges.types import BadgeHolder
    from app.onboarding.types import VisitorForm
    from app.voting.types import VoteInfo

# Named tuples rather than dataclasses, as in `ui/catalogue.py`: this module is imported before
# the kiosk's first frame, where a frozen dataclass costs half a millisecond of generated code.


class PersonArgs(NamedTuple):
    """About this person: their journey, their badge, their celebration, their welcome."""

    person_id: uuid.UUID


class GreetArgs(NamedTuple):
    """Home greets whoever just scanned their badge (on the attract screen) by name."""

    holder: BadgeHolder


class AfterLogin(NamedTuple):
    """The facilitator PIN pad, then screen `then` once the PIN is right."""

    then: str


class ReadArgs(NamedTuple):
    """The booklet, open at page `slug`."""

    slug: str


class CheckinArgs(NamedTuple):
    """Checking in a member the kiosk recognised (a badge) or who found their name."""

    person_id: uuid.UUID
    first_name: str
    initial: str = ""
    """The name shown to confirm it is them ("Noor H."); empty: their first name."""
    confirm: bool = False
    """Found by name: they confirm it is them, and have no badge with them (one is printed)."""


class ConsentArgs(NamedTuple):
    """A new visitor's registration, checked and waiting for their consent."""

    form: VisitorForm
    kept_until: date
    """Until when what they typed is kept."""


class WelcomedArgs(NamedTuple):
    """A visitor was just checked in or registered: their badge, their code."""

    person_id: uuid.UUID
    print_badge: bool


class InvolvementArgs(NamedTuple):
    """A person says how involved they want to be, then goes on to `then` with `then_args`
    (nowhere: they are thanked and sent home)."""

    person_id: uuid.UUID
    then: str = ""
    then_args: ScreenArgs | None = None


class BadgeArgs(NamedTuple):
    """Badges to print: one person's, or everyone signed up for a session."""

    person_id: uuid.UUID | None = None
    session_id: uuid.UUID | None = None


class VoteArgs(NamedTuple):
    """A vote: its console, a booth, the roll call, the projector, the hands counted."""

    vote_id: uuid.UUID


class NextVoice(VoteArgs):
    """The booth again after a ballot, for the next voice of the same voter (a proxy's)."""


class BallotCast(NamedTuple):
    """A ballot went into the box in `booth`: its confirmation, then back to the booth."""

    booth: str
    vote: VoteInfo
    more: bool
    """The voter has another voice to cast (a proxy's)."""


ScreenArgs: TypeAlias = (
    PersonArgs
    | GreetArgs
    | AfterLogin
    | ReadArgs
    | CheckinArgs
    | ConsentArgs
    | WelcomedArgs
    | InvolvementArgs
    | BadgeArgs
    | VoteArgs
    | BallotCast
)
"""Any screen's arguments (`NextVoice` is a `VoteArgs`)."""
