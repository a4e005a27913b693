"""How well a post fits another: pure scoring, no database (docs/architecture.md, "The skills
board").

An offer fits a need (and the other way round) when they share a tag or words. The score adds,
strongest first: the skills they share (a shared sector alone counts a little), how close their
words are (FTS5's bm25 of one post's words against the other, relative to the best candidate of
the same search), whether their modalities agree (an in-person offer never fits an online-only
need), whether the other post is of this antenne, and how recently its author confirmed it.
Ties break on the freshest confirmation, then on the post's id: the same data always gives the
same order.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

# The weights, strongest first.
SKILL_WEIGHT = 10.0
SECTOR_WEIGHT = 2.0
TEXT_WEIGHT = 4.0
MODALITY_WEIGHT = 1.0
SAME_ANTENNA_WEIGHT = 1.5
FRESHNESS_WEIGHT = 1.0
# A confirmation this old no longer adds freshness.
FRESHNESS_DAYS = 182
# A post's words in a similarity query: the longest ones, at most this many.
SIGNIFICANT_WORDS = 8
# A long word is searched by its first letters ("comptabilité" finds "comptable").
STEM_LETTERS = 6

# Words that say nothing of a skill, in fr/nl/en (accents removed, lower case).
_STOP_WORDS = (
    "avec pour dans sont mais plus tres bien faire cherche propose aide besoin quelqu "
    "quelque votre notre leur leurs cette celui celle entre aussi comme tout tous toute "
    "toutes sans sous chez depuis pendant avoir etre peux veux voudrais souhaite merci "
    "bonjour voor zijn maar niet meer heel goed hulp zoek zoeken bied bieden iemand met naar "
    "door over onder tussen ook alle deze mijn jouw onze graag bedankt hallo with from that "
    "this have want need help offer looking someone some your their about into also just "
    "like would could very more than them they what when where which while hello thanks "
)
STOP_WORDS = frozenset(_STOP_WORDS.split())

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Candidate:
    """What scoring reads of a post."""

    id: uuid.UUID
    # The ids of its skill tags, and of their sectors (a sector tag itself counts as a sector).
    skills: frozenset[uuid.UUID]
    sectors: frozenset[uuid.UUID]
    modality: str
    antenna_id: uuid.UUID | None
    confirmed_on: date | None


@dataclass(frozen=True)
class Scored:
    id: uuid.UUID
    score: float
    shared_skills: frozenset[uuid.UUID]
    confirmed_on: date | None


def modalities_agree(one: str, other: str) -> bool:
    """`either` fits both; otherwise they must be the same."""
    return "either" in (one, other) or one == other


def freshness(confirmed_on: date | None, today: date) -> float:
    """1 for a post confirmed today, falling to 0 after `FRESHNESS_DAYS`."""
    if confirmed_on is None:
        return 0.0
    age = max((today - confirmed_on).days, 0)
    return max(0.0, 1.0 - age / FRESHNESS_DAYS)


def score(
    own: Candidate,
    other: Candidate,
    *,
    text: float,
    today: date,
    antenna_id: uuid.UUID | None,
) -> Scored | None:
    """How well `other` fits `own` (None: it does not). `text` is the relative similarity of
    their words, from 0 (none) to 1 (the best of its search)."""
    if own.id == other.id or not modalities_agree(own.modality, other.modality):
        return None
    shared_skills = own.skills & other.skills
    shared_sectors = own.sectors & other.sectors
    text = min(max(text, 0.0), 1.0)
    if not shared_skills and not shared_sectors and text <= 0.0:
        return None
    value = (
        SKILL_WEIGHT * len(shared_skills)
        + SECTOR_WEIGHT * min(len(shared_sectors), 1)
        + TEXT_WEIGHT * text
        + MODALITY_WEIGHT
        + (SAME_ANTENNA_WEIGHT if antenna_id is not None and other.antenna_id == antenna_id else 0)
        + FRESHNESS_WEIGHT * freshness(other.confirmed_on, today)
    )
    return Scored(
        id=other.id,
        score=round(value, 6),
        shared_skills=frozenset(shared_skills),
        confirmed_on=other.confirmed_on,
    )


def ranked(scored: Iterable[Scored | None], limit: int | None = None) -> list[Scored]:
    """Best first; ties on the freshest confirmation, then on the id (deterministic)."""
    kept = [s for s in scored if s is not None]
    kept.sort(key=lambda s: (-s.score, -(s.confirmed_on or date.min).toordinal(), s.id))
    return kept[:limit]


def worth_words(base: Iterable[Scored | None], limit: int, cap: int) -> list[Scored]:
    """The candidates whose words may still change the order of the best `limit`: scored
    without words (`text=0`), those within `TEXT_WEIGHT` of the `limit`-th best (words add at
    most that much), best first, at most `cap` of them. Whatever is left out can never climb
    into the first `limit`, or only by its words against at least `cap` others as close."""
    order = ranked(base)
    if len(order) <= limit:
        return order[:cap]
    floor = order[limit - 1].score - TEXT_WEIGHT
    return [s for s in order if s.score >= floor][:cap]


def relative_ranks(ranks: dict[uuid.UUID, float]) -> dict[uuid.UUID, float]:
    """bm25 ranks (negative, the lower the better) as similarities from 0 to 1, the best 1."""
    best = min(ranks.values(), default=0.0)
    if best >= 0:
        return dict.fromkeys(ranks, 0.0)
    return {post_id: max(rank / best, 0.0) for post_id, rank in ranks.items()}


def plain(text: str) -> str:
    """Lower case without accents (what the index's tokenizer does to words)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def significant_words(text: str, limit: int = SIGNIFICANT_WORDS) -> tuple[str, ...]:
    """A post's words that say something of its skill: not stop words, at least four letters,
    no digits only; the longest first (then in order of appearance), long ones cut to their
    first `STEM_LETTERS` letters, at most `limit`."""
    seen: dict[str, int] = {}
    for position, found in enumerate(_WORD.findall(plain(text))):
        word = found.replace("_", "")
        if len(word) < 4 or word.isdigit() or word in STOP_WORDS:
            continue
        seen.setdefault(word, position)
    ordered = sorted(seen, key=lambda w: (-len(w), seen[w]))
    stems: list[str] = []
    for word in ordered:
        stem = word[:STEM_LETTERS]
        if stem not in stems:
            stems.append(stem)
        if len(stems) == limit:
            break
    return tuple(stems)


def similarity_query(text: str) -> str:
    """An FTS5 query that finds posts sharing any of `text`'s significant words (quoted
    prefixes joined by OR; "" when there are none)."""
    return " OR ".join(f'"{stem}"*' for stem in significant_words(text))
