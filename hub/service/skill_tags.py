"""The skills taxonomy as the hub publishes it (`antenne hub tags publish FILE.json`): the
sectors of Smart's members and the skills within them, labelled in French, Dutch and English
(docs/architecture.md, "The hub's registers: members and governance").

The file is one JSON object (docs/examples/skill_tags.json holds the demo's taxonomy):

    {"sectors": [{"slug": "audiovisual",
                  "label": {"fr": "Audiovisuel", "nl": "Audiovisueel", "en": "Audiovisual"},
                  "skills": [{"slug": "photography", "label": {"fr": …, "nl": …, "en": …}}]}]}

It is checked whole before anything is written: slugs of `a-z`, `0-9` and `-` (at most 64),
each once in the file (sectors and skills alike: a tag's slug is unique), every label in the
three languages, not empty, at most `LABEL_CHARS`, no control character, at most
`MAX_SECTORS` sectors of at most `MAX_SKILLS` skills, and nothing else in the file. Each
problem is one line naming its place (`sectors[2].skills[0].label.nl`), never more than
`MAX_PROBLEMS` of them.

Publishing writes `skill_tag` rows as hub content: each id derived from its slug
(`db.skill_tags.tag_id`, so every kiosk and the demo agree), its position in the file, its
sector's slug (empty for a sector); the hub alone changes them afterwards (no owning antenne).
A tag the hub published that left the file is tombstoned (`deleted_at`); posts keep their
links to it. Publishing the same file again changes nothing.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.clock import HybridClock, utcnow
from db.skill_tags import tag_id
from hub.models import HubRecord
from hub.service.publish import publish_rows

ENTITY = "skill_tag"
LANGUAGES = ("fr", "nl", "en")
SLUG = re.compile(r"[a-z0-9-]{1,64}")
LABEL_CHARS = 80
MAX_SECTORS = 100
MAX_SKILLS = 200
# A taxonomy of the largest size allowed is about 2 MB of JSON with its indentation.
MAX_FILE_BYTES = 4 * 1024 * 1024
MAX_PROBLEMS = 20


class TaxonomyFileError(Exception):
    """The file cannot be published: `problems` says where and why, one line each."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class TagRow:
    slug: str
    label: dict[str, str]
    # The sector's slug; empty for a sector.
    sector: str
    position: int

    def as_row(self) -> dict[str, Any]:
        return {
            "id": str(tag_id(self.slug)),
            "slug": self.slug,
            "label": dict(self.label),
            "sector": self.sector,
            "position": self.position,
            "deleted_at": None,
        }


@dataclass(frozen=True)
class TagsPublished:
    sectors: int
    skills: int
    # Rows written (new or changed) and tags tombstoned because they left the file.
    changed: int
    retired: int

    def summary(self) -> str:
        return (
            f"{self.sectors} sector(s), {self.skills} skill(s): {self.changed} tag(s) changed, "
            f"{self.retired} retired"
        )


def read_taxonomy(raw: bytes) -> list[TagRow]:
    """The file's tags, sectors first in each sector's place; raises `TaxonomyFileError`."""
    if len(raw) > MAX_FILE_BYTES:
        raise TaxonomyFileError([f"larger than {MAX_FILE_BYTES // (1024 * 1024)} MB"])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise TaxonomyFileError(["not UTF-8 text"]) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise TaxonomyFileError(
            [f"line {error.lineno}, column {error.colno}: not JSON ({error.msg})"]
        ) from None
    except RecursionError:
        raise TaxonomyFileError(["nested too deeply to be a taxonomy"]) from None
    checker = _Checker()
    rows = checker.taxonomy(data)
    if checker.problems:
        raise TaxonomyFileError(checker.problems[:MAX_PROBLEMS])
    return rows


class _Checker:
    def __init__(self) -> None:
        self.problems: list[str] = []
        self.seen: dict[str, str] = {}

    def bad(self, where: str, message: str) -> None:
        self.problems.append(f"{where}: {message}")

    def keys(self, where: str, value: dict[str, Any], allowed: tuple[str, ...]) -> None:
        for key in value:
            if key not in allowed:
                self.bad(where, f"unknown field {_shown(key)} (fields: {', '.join(allowed)})")
        for key in allowed:
            if key not in value:
                self.bad(where, f"{key} is missing")

    def taxonomy(self, data: Any) -> list[TagRow]:
        if not isinstance(data, dict):
            self.bad("the file", f'must be an object {{"sectors": [...]}}, not {_kind(data)}')
            return []
        self.keys("the file", data, ("sectors",))
        sectors = data.get("sectors")
        if "sectors" in data and not isinstance(sectors, list):
            self.bad("sectors", f"must be a list, not {_kind(sectors)}")
            return []
        if not isinstance(sectors, list):
            return []
        if not sectors:
            self.bad("sectors", "is empty: a taxonomy needs one sector at least")
        if len(sectors) > MAX_SECTORS:
            self.bad("sectors", f"more than {MAX_SECTORS} sectors")
            return []
        rows: list[TagRow] = []
        for position, sector in enumerate(sectors):
            where = f"sectors[{position}]"
            if not isinstance(sector, dict):
                self.bad(where, f"must be an object, not {_kind(sector)}")
                continue
            self.keys(where, sector, ("slug", "label", "skills"))
            slug = self.slug(f"{where}.slug", sector.get("slug"))
            label = self.label(f"{where}.label", sector.get("label"))
            if slug is not None and label is not None:
                rows.append(TagRow(slug, label, "", position))
            skills = sector.get("skills")
            if not isinstance(skills, list):
                if "skills" in sector:
                    self.bad(f"{where}.skills", f"must be a list, not {_kind(skills)}")
                continue
            if len(skills) > MAX_SKILLS:
                self.bad(f"{where}.skills", f"more than {MAX_SKILLS} skills")
                continue
            for place, skill in enumerate(skills):
                there = f"{where}.skills[{place}]"
                if not isinstance(skill, dict):
                    self.bad(there, f"must be an object, not {_kind(skill)}")
                    continue
                self.keys(there, skill, ("slug", "label"))
                skill_slug = self.slug(f"{there}.slug", skill.get("slug"))
                skill_label = self.label(f"{there}.label", skill.get("label"))
                if skill_slug is not None and skill_label is not None and slug is not None:
                    rows.append(TagRow(skill_slug, skill_label, slug, place))
        return rows

    def slug(self, where: str, value: Any) -> str | None:
        if not isinstance(value, str) or not SLUG.fullmatch(value):
            self.bad(where, f"{_shown(value)} is not a slug (1 to 64 of a-z, 0-9 and -)")
            return None
        if value in self.seen:
            self.bad(where, f"{_shown(value)} is already {self.seen[value]}")
            return None
        self.seen[value] = where
        return value

    def label(self, where: str, value: Any) -> dict[str, str] | None:
        if not isinstance(value, dict):
            self.bad(where, f'must be an object {{"fr": …, "nl": …, "en": …}}, not {_kind(value)}')
            return None
        problems = len(self.problems)
        for key in value:
            if key not in LANGUAGES:
                self.bad(where, f"{_shown(key)} is not a language (fr, nl, en)")
        labels = {}
        for language in LANGUAGES:
            text = value.get(language)
            there = f"{where}.{language}"
            if not isinstance(text, str):
                wrong = "is missing" if text is None else f"must be text, not {_kind(text)}"
                self.bad(there, wrong)
                continue
            text = text.strip()
            if not text:
                self.bad(there, "is empty")
            elif len(text) > LABEL_CHARS:
                self.bad(there, f"longer than {LABEL_CHARS} characters")
            elif not all(char.isprintable() for char in text):
                self.bad(there, "holds a control character or a line break")
            else:
                labels[language] = text
        return labels if len(self.problems) == problems else None


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    return {bool: "true or false", int: "a number", float: "a number", str: "text"}.get(
        type(value), "a list" if isinstance(value, list) else "an object"
    )


def _shown(value: Any) -> str:
    """A value in a message: short, on one line, never the whole of what was given."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=True)[:40]
    text = text.encode("unicode_escape").decode("ascii")
    return repr(text[:40] + ("…" if len(text) > 40 else ""))


def publish_taxonomy(session: Session, tags: list[TagRow], *, clock: HybridClock) -> TagsPublished:
    """Write the taxonomy as hub content and log it for every kiosk; retire (tombstone) the
    tags the hub published before that are no longer in it."""
    rows = [tag.as_row() for tag in tags]
    changed = publish_rows(session, ENTITY, rows, clock=clock)
    ids = {row["id"] for row in rows}
    # Hub content: a tag a kiosk happened to create under the same id is the hub's now.
    for start in range(0, len(rows), 500):
        session.execute(
            update(HubRecord)
            .where(
                HubRecord.entity == ENTITY,
                HubRecord.entity_id.in_([row["id"] for row in rows[start : start + 500]]),
                HubRecord.owner_antenna_id.is_not(None),
            )
            .values(owner_antenna_id=None)
        )
    gone = [
        {"id": record.entity_id, "deleted_at": utcnow().isoformat()}
        for record in session.scalars(
            select(HubRecord).where(
                HubRecord.entity == ENTITY,
                HubRecord.purged.is_(False),
                HubRecord.owner_antenna_id.is_(None),
            )
        )
        if record.entity_id not in ids and not record.data.get("deleted_at")
    ]
    retired = publish_rows(session, ENTITY, gone, clock=clock) if gone else 0
    sectors = sum(1 for tag in tags if not tag.sector)
    return TagsPublished(
        sectors=sectors, skills=len(tags) - sectors, changed=changed, retired=retired
    )
