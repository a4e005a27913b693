"""What the skills board's screens and commands hand to the service and get back from it.

Forms are what a member or a facilitator typed or chose; views and results are frozen, and
results carry their `changes`. No SQLAlchemy here: screens import this module at module top
(docs/architecture.md, "The feature slice" and "The skills board").

Nothing here ever carries an e-mail address or a phone number: a post shows its author's first
name and initial, and their photo only when they consented to show it.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from app.changes import Changes, Entity


class PostKind(enum.StrEnum):
    offer = "offer"
    need = "need"


class Modality(enum.StrEnum):
    in_person = "in_person"
    online = "online"
    either = "either"


class Level(enum.StrEnum):
    first_steps = "first_steps"
    confirmed = "confirmed"
    expert = "expert"


class ReportReason(enum.StrEnum):
    contact_details = "contact_details"
    offensive = "offensive"
    commercial = "commercial"
    out_of_date = "out_of_date"
    other = "other"


class IntroState(enum.StrEnum):
    pending = "pending"
    accepted = "accepted"
    declined = "declined"


class Freshness(enum.StrEnum):
    """Why a post's author is asked "still offering …?" at check-in."""

    # Expires within `EXPIRY_WARNING_DAYS`.
    expiring = "expiring"
    # Last confirmed more than `STALE_AFTER_DAYS` ago.
    old = "old"
    # Expired: off the board, kept for its author to renew.
    expired = "expired"


# A post lasts six months unless its author chooses otherwise when posting.
DEFAULT_MONTHS = 6
MONTH_CHOICES = (1, 3, 6, 12)
EXPIRY_WARNING_DAYS = 14
STALE_AFTER_DAYS = 91
# Bounds of what a person types (each refusal is one translated line, and nothing is kept).
TITLE_CHARS = 120
DESCRIPTION_CHARS = 1000
AVAILABILITY_CHARS = 200
OTHER_TAG_CHARS = 80
MESSAGE_CHARS = 500
REASON_CHARS = 500
MAX_TAGS = 5


@dataclass(frozen=True)
class Tag:
    """A skill (or a sector, `sector` empty) of the taxonomy, with its labels in fr/nl/en."""

    id: uuid.UUID
    slug: str
    sector: str
    labels: dict[str, str]

    def label(self, language: str) -> str:
        return self.labels.get(language) or self.labels.get("fr") or self.slug


@dataclass(frozen=True)
class Sector:
    tag: Tag
    skills: tuple[Tag, ...]


@dataclass(frozen=True)
class Taxonomy:
    sectors: tuple[Sector, ...]

    def tag(self, slug: str) -> Tag | None:
        for sector in self.sectors:
            if sector.tag.slug == slug:
                return sector.tag
            for skill in sector.skills:
                if skill.slug == slug:
                    return skill
        return None


@dataclass(frozen=True)
class PostCard:
    """A post as a card on the board (never a way to reach its author)."""

    id: uuid.UUID
    kind: PostKind
    title: str
    # The first lines of the description.
    summary: str
    language: str
    modality: Modality
    level: Level
    availability: str
    tags: tuple[Tag, ...]
    other_tag: str
    person_id: uuid.UUID
    # "Camille D."
    author: str
    # Only when the author agreed to show their photo.
    author_photo_id: uuid.UUID | None
    antenna_name: str
    same_antenna: bool
    expires_on: date | None
    confirmed_on: date | None
    # The author is checked in at this antenne now.
    in_room: bool


@dataclass(frozen=True)
class PostDetail:
    card: PostCard
    description: str
    hidden: bool
    hidden_reason: str
    expired: bool
    # The person looking wrote it (they may edit, renew or remove it).
    yours: bool
    # The person looking already asked for an introduction on it.
    asked: bool
    # Reports waiting for a facilitator.
    open_reports: int


@dataclass(frozen=True)
class BoardFilter:
    """What the board shows: every filter empty shows every live post, newest first; a query
    ranks by relevance (FTS5 bm25)."""

    query: str = ""
    kind: PostKind | None = None
    sector: str | None = None
    modality: Modality | None = None
    # Only the posts of people checked in here now ("skills in the room today").
    in_room: bool = False
    limit: int = 60


@dataclass(frozen=True)
class Board:
    cards: tuple[PostCard, ...]
    # Every live post matching the filter (the cards are its first `limit`).
    total: int


@dataclass(frozen=True)
class PostForm:
    """A post its author writes (or rewrites): tags by slug, `months` until it expires."""

    kind: PostKind
    title: str
    description: str = ""
    tag_slugs: tuple[str, ...] = ()
    other_tag: str = ""
    modality: Modality = Modality.either
    level: Level = Level.confirmed
    availability: str = ""
    months: int = DEFAULT_MONTHS
    language: str = "fr"


@dataclass(frozen=True)
class Posted:
    post_id: uuid.UUID
    expires_on: date | None
    changes: Changes = field(
        default_factory=lambda: Changes.of(Entity.SKILL_POST, Entity.SKILL_POST_TAG)
    )


@dataclass(frozen=True)
class Match:
    """An offer that fits a need (or the other way round), best first."""

    post: PostCard
    score: float
    shared_tags: tuple[Tag, ...]


@dataclass(frozen=True)
class PostMatches:
    """One of the person's posts and the posts that fit it."""

    post: PostCard
    matches: tuple[Match, ...]


@dataclass(frozen=True)
class PersonMatches:
    person_id: uuid.UUID
    first_name: str
    # For each of their needs, the offers that fit; for each of their offers, the needs.
    needs: tuple[PostMatches, ...]
    offers: tuple[PostMatches, ...]


@dataclass(frozen=True)
class NewMatch:
    """A need and an offer that fit, one of them posted this week (the facilitator's view)."""

    need: PostCard
    offer: PostCard
    score: float


@dataclass(frozen=True)
class UnmetNeeds:
    """Live needs no live offer fits, counted by sector: the trainings to organise."""

    sector: Tag | None
    count: int
    titles: tuple[str, ...]


@dataclass(frozen=True)
class FreshnessDue:
    """A post its author is asked about at check-in."""

    post_id: uuid.UUID
    kind: PostKind
    title: str
    reason: Freshness
    expires_on: date | None


@dataclass(frozen=True)
class IntroForm:
    post_id: uuid.UUID
    requester_id: uuid.UUID
    message: str = ""


@dataclass(frozen=True)
class IntroView:
    """An introduction request as its author or its requester sees it."""

    id: uuid.UUID
    post_id: uuid.UUID
    post_title: str
    # The other person, first name and initial.
    requester: str
    author: str
    message: str
    state: IntroState
    asked_at: datetime
    answered_at: datetime | None
    # The hub sent it to the author by e-mail (else it waits for their next badge scan).
    relayed: bool


@dataclass(frozen=True)
class Introduced:
    intro_id: uuid.UUID
    state: IntroState
    changes: Changes = field(default_factory=lambda: Changes.of(Entity.INTRO_REQUEST))


@dataclass(frozen=True)
class ReportForm:
    post_id: uuid.UUID
    reason: ReportReason
    note: str = ""
    # None: a visitor without a badge.
    reporter_id: uuid.UUID | None = None


@dataclass(frozen=True)
class ReportView:
    id: uuid.UUID
    post: PostCard
    reason: ReportReason
    note: str
    reported_at: datetime


@dataclass(frozen=True)
class Moderation:
    """The facilitators' queue: open reports, oldest first, and the posts hidden so far."""

    reports: tuple[ReportView, ...]
    hidden: tuple[PostDetail, ...]


@dataclass(frozen=True)
class Moderated:
    post_id: uuid.UUID
    changes: Changes = field(
        default_factory=lambda: Changes.of(
            Entity.SKILL_POST, Entity.SKILL_REPORT, Entity.AUDIT_ENTRY
        )
    )


@dataclass(frozen=True)
class Reported:
    """A report waiting for a facilitator."""

    report_id: uuid.UUID
    post_id: uuid.UUID
    changes: Changes = field(default_factory=lambda: Changes.of(Entity.SKILL_REPORT))


@dataclass(frozen=True)
class TagMade:
    """A facilitator turned an "other" free text into a tag: the tag, and how many of this
    antenne's posts it now tags."""

    tag: Tag
    tagged: int
    changes: Changes = field(
        default_factory=lambda: Changes.of(
            Entity.SKILL_TAG, Entity.SKILL_POST, Entity.SKILL_POST_TAG, Entity.AUDIT_ENTRY
        )
    )


# -- What the matching, freshness and facilitators' screens read at once --------------------------


@dataclass(frozen=True)
class MatchesView:
    """A person's matches after a badge scan, with the introductions waiting for their answer."""

    matches: PersonMatches
    # Introductions others asked for on the person's posts, waiting for their answer.
    intros: tuple[IntroView, ...]
    # The person gave an e-mail address: once they accept, the hub sends each of the two the
    # other's contact details (else the desk puts them in touch).
    by_email: bool


@dataclass(frozen=True)
class OtherText:
    """A free "other" text posts carry instead of a skill of the taxonomy, and how many live
    posts carry it (spelt alike, whatever the case and accents): a skill the taxonomy lacks."""

    text: str
    count: int
    # The sector most of those posts' other skills belong to ("" when none): a first guess.
    sector: str


@dataclass(frozen=True)
class ModerationView:
    """The facilitators' skills board: the reports and hidden posts, and the "other" texts."""

    moderation: Moderation
    others: tuple[OtherText, ...]
    # The taxonomy's sectors, in order: where a new skill goes.
    sectors: tuple[Tag, ...]


@dataclass(frozen=True)
class NeedsView:
    """The needs nobody offers, by sector (the trainings to organise), and the week's matches."""

    unmet: tuple[UnmetNeeds, ...]
    new_matches: tuple[NewMatch, ...]
    # The needs no offer fits, all sectors together.
    unmet_total: int


@dataclass(frozen=True)
class TagForm:
    """A facilitator turns an "other" text into a skill of `sector`, with its labels in
    fr/nl/en: the posts that carried the text now carry the skill."""

    other_text: str
    sector: str
    labels: dict[str, str]
