"""What a screen is told when the kiosk goes to it: one small record per kind of arguments.

`shell.go("journey", PersonArgs(person_id))` hands the record to the journey screen's
`on_enter(args)`; a screen names the kind it takes in `args_type`, and the navigator refuses
another kind (a programming error). The kinds are named for what they mean to the person at
the kiosk, not for the screen that reads them: several screens take a `PersonArgs`.

A leaf: no Qt, no service. The attract and home screens use it before the first frame.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    # Annotations only (postponed): the first frame imports neither `uuid` nor `datetime`.
    import uuid
    from datetime import date

    from app.badges.types import BadgeHolder
    from app.onboarding.types import VisitorForm
    from app.voting.types import VoteInfo


class _Args:
    """What every kind of arguments is: a small record whose fields are its `__slots__`.

    Plain slotted classes, not named tuples: this module is imported before the kiosk's first
    frame, where each named tuple costs a tenth of a millisecond of generated code (and a
    dataclass half of one). Compared and printed by their fields, like a tuple."""

    __slots__ = ()

    def _fields(self) -> dict[str, object]:
        return {
            name: getattr(self, name)
            for cls in reversed(type(self).__mro__)
            for name in getattr(cls, "__slots__", ())
        }

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, _Args)
            and type(other) is type(self)
            and other._fields() == self._fields()
        )

    def __hash__(self) -> int:
        return hash((type(self), tuple(self._fields().values())))

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={value!r}" for name, value in self._fields().items())
        return f"{type(self).__name__}({fields})"


class PersonArgs(_Args):
    """About this person: their journey, their badge, their celebration, their welcome."""

    __slots__ = ("person_id",)

    def __init__(self, person_id: uuid.UUID) -> None:
        self.person_id = person_id


class GreetArgs(_Args):
    """Home greets whoever just scanned their badge (on the attract screen) by name."""

    __slots__ = ("holder",)

    def __init__(self, holder: BadgeHolder) -> None:
        self.holder = holder


class AfterLogin(_Args):
    """The facilitator PIN pad, then screen `then` once the PIN is right."""

    __slots__ = ("then",)

    def __init__(self, then: str) -> None:
        self.then = then


class ReadArgs(_Args):
    """The booklet, open at page `slug`."""

    __slots__ = ("slug",)

    def __init__(self, slug: str) -> None:
        self.slug = slug


class CheckinArgs(_Args):
    """Checking in a member the kiosk recognised (a badge) or who found their name."""

    __slots__ = ("confirm", "first_name", "initial", "person_id")

    def __init__(
        self, person_id: uuid.UUID, first_name: str, initial: str = "", confirm: bool = False
    ) -> None:
        self.person_id = person_id
        self.first_name = first_name
        # The name shown to confirm it is them ("Noor H."); empty: their first name.
        self.initial = initial
        # Found by name: they confirm it is them, and have no badge with them (one is printed).
        self.confirm = confirm


class ConsentArgs(_Args):
    """A new visitor's registration, checked and waiting for their consent."""

    __slots__ = ("form", "kept_until")

    def __init__(self, form: VisitorForm, kept_until: date) -> None:
        self.form = form
        # Until when what they typed is kept.
        self.kept_until = kept_until


class WelcomedArgs(_Args):
    """A visitor was just checked in or registered: their badge, their code."""

    __slots__ = ("person_id", "print_badge")

    def __init__(self, person_id: uuid.UUID, print_badge: bool) -> None:
        self.person_id = person_id
        self.print_badge = print_badge


class InvolvementArgs(_Args):
    """A person says how involved they want to be, then goes on to `then` with `then_args` (nowhere:
    they are thanked and sent home)."""

    __slots__ = ("person_id", "then", "then_args")

    def __init__(
        self, person_id: uuid.UUID, then: str = "", then_args: ScreenArgs | None = None
    ) -> None:
        self.person_id = person_id
        self.then = then
        self.then_args = then_args


class BodyArgs(_Args):
    """A governance body: its page, its photo board, an item to propose to it."""

    __slots__ = ("body_id",)

    def __init__(self, body_id: uuid.UUID) -> None:
        self.body_id = body_id


class BadgeArgs(_Args):
    """Badges to print: one person's, or everyone signed up for a session."""

    __slots__ = ("person_id", "session_id")

    def __init__(
        self, person_id: uuid.UUID | None = None, session_id: uuid.UUID | None = None
    ) -> None:
        self.person_id = person_id
        self.session_id = session_id


class VoteArgs(_Args):
    """A vote: its console, a booth, the roll call, the projector, the hands counted."""

    __slots__ = ("vote_id",)

    def __init__(self, vote_id: uuid.UUID) -> None:
        self.vote_id = vote_id


class NextVoice(VoteArgs):
    """The booth again after a ballot, for the next voice of the same voter (a proxy's)."""

    __slots__ = ()


class BallotCast(_Args):
    """A ballot went into the box in `booth`: its confirmation, then back to the booth."""

    __slots__ = ("booth", "more", "vote")

    def __init__(self, booth: str, vote: VoteInfo, more: bool) -> None:
        self.booth = booth
        self.vote = vote
        # The voter has another voice to cast (a proxy's).
        self.more = more


class AgendaItemArgs(_Args):
    """A member's item on a body's agenda: its status, its co-signatures."""

    __slots__ = ("item_id",)

    def __init__(self, item_id: uuid.UUID) -> None:
        self.item_id = item_id


class SessionArgs(_Args):
    """A session of the programme, and who is looking at it (after a badge scan, else None)."""

    __slots__ = ("person_id", "session_id")

    def __init__(self, session_id: uuid.UUID, person_id: uuid.UUID | None = None) -> None:
        self.session_id = session_id
        self.person_id = person_id


class HostListArgs(_Args):
    """A session's list for its host, who scanned their own badge: only checking people in
    (docs/architecture.md, "Sessions")."""

    __slots__ = ("host_id", "session_id")

    def __init__(self, session_id: uuid.UUID, host_id: uuid.UUID) -> None:
        self.session_id = session_id
        self.host_id = host_id


class SkillPostArgs(_Args):
    """A post of the skills board, and who is looking at it (after a badge scan, else None)."""

    __slots__ = ("person_id", "post_id")

    def __init__(self, post_id: uuid.UUID, person_id: uuid.UUID | None = None) -> None:
        self.post_id = post_id
        self.person_id = person_id


class SkillSearchArgs(_Args):
    """The skills board's search, with what is typed so far."""

    __slots__ = ("query",)

    def __init__(self, query: str = "") -> None:
        self.query = query


class SkillFormArgs(_Args):
    """Writing a post: a new one (`kind` and `title` prefilled, from a search that found
    nothing), or (`post_id`, `person_id`: its author scanned their badge) rewriting one."""

    __slots__ = ("kind", "person_id", "post_id", "title")

    def __init__(
        self,
        kind: str = "",
        title: str = "",
        post_id: uuid.UUID | None = None,
        person_id: uuid.UUID | None = None,
    ) -> None:
        # "offer" or "need" (`app.skills.types.PostKind`), "" to be chosen.
        self.kind = kind
        self.title = title
        self.post_id = post_id
        self.person_id = person_id


class FreshArgs(_Args):
    """A person just checked in and has posts to keep fresh ("still offering …?"), then goes on
    to `then` with `then_args` (nowhere: home)."""

    __slots__ = ("person_id", "then", "then_args")

    def __init__(
        self, person_id: uuid.UUID, then: str = "", then_args: ScreenArgs | None = None
    ) -> None:
        self.person_id = person_id
        self.then = then
        self.then_args = then_args


class HostArgs(_Args):
    """A member offers to host a session, their badge already read and the form prefilled (a
    skill-share proposed from one of their matches): `kind` is a session kind's word."""

    __slots__ = ("description", "holder", "kind", "topic")

    def __init__(
        self, holder: BadgeHolder, *, topic: str = "", description: str = "", kind: str = ""
    ) -> None:
        self.holder = holder
        self.topic = topic
        self.description = description
        self.kind = kind


class NewSessionArgs(_Args):
    """The facilitators' editor with a new session prefilled: a training the skills board's
    needs nobody offers call for. `kind` is a session kind's word."""

    __slots__ = ("description", "kind", "title", "topic")

    def __init__(self, kind: str, title: str, *, topic: str = "", description: str = "") -> None:
        self.kind = kind
        self.title = title
        self.topic = topic
        self.description = description


ScreenArgs: TypeAlias = (
    PersonArgs
    | GreetArgs
    | AfterLogin
    | ReadArgs
    | CheckinArgs
    | ConsentArgs
    | WelcomedArgs
    | InvolvementArgs
    | BodyArgs
    | BadgeArgs
    | VoteArgs
    | BallotCast
    | BodyArgs
    | AgendaItemArgs
    | SessionArgs
    | HostListArgs
    | SkillPostArgs
    | SkillSearchArgs
    | SkillFormArgs
    | FreshArgs
    | HostArgs
    | NewSessionArgs
)
"""Any screen's arguments (`NextVoice` is a `VoteArgs`)."""
