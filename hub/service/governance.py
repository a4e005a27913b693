"""The governance file a board secretary's staff writes (`antenne hub publish governance
FILE.json`), checked whole, then published as hub-authoritative rows (`hub.service.publish`).

The file is one JSON object with four lists, each optional (docs/examples/governance.json is
a complete one, the demo's nine bodies):

- `bodies`: `slug`, `kind` (`BodyKind`: general_assembly, board, ...), `name` and `purpose`
  in fr/nl/en, `rules` (`RULES`: quorum, majority, proxy_cap, support_threshold, ...),
  optionally `parent` (a body's slug), `antenne` (the slug of a local body's antenne) and
  `position` (order on the map);
- `links`: `from`, `to` (body slugs) and `kind` (elects, reports to, appoints, advises);
- `mandates`: `member` (a member number of the register, `antenne hub import members`),
  `body`, `role`, `start` and optionally `end` (ISO dates);
- `meetings`: `body`, `starts_at` (ISO date and time with its offset, 2027-01-14T18:00+01:00),
  optionally `key` (names the meeting when its time moves), `ends_at`, `place`, `online_url`,
  `status` (planned, held, cancelled), `title` in fr/nl/en, `agenda` (a list of points, each
  in fr/nl/en) and `minutes` (text) or `minutes_url`.

Every row gets a stable id from its natural key (a body's slug; a link's ends and kind; a
mandate's body, member, role and start; a meeting's body and key, or its start; an agenda
point's meeting, place and language), so publishing the same file again changes nothing.
A point of the agenda is one `agenda_item` per language it is written in (the model holds
one language per item), scheduled on its meeting (treated once the meeting is held), with no
proposer. Every problem is reported with its place in the file (`meetings[2].agenda[0].nl`)
and nothing is written while there is one.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import HybridClock
from db.models.governance import AgendaStatus, BodyKind, BodyLinkKind, MeetingStatus
from hub.models import HubAntenna, HubRecord
from hub.service.members import person_of_member
from hub.service.publish import natural_id, publish_rows

LANGUAGES = ("fr", "nl", "en")
SECTIONS = ("bodies", "links", "mandates", "meetings")
# What a value must look like, and how a message says so.
_SLUG = (re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$"), "a slug (a-z, 0-9 and -)")
_ROLE = (re.compile(r"^[a-z][a-z_]{0,63}$"), "a role (a-z and _, like chair or vice_chair)")
_MEMBER_NUMBER = (
    re.compile(r"^[0-9A-Za-z][0-9A-Za-z./-]{0,31}$"),
    "a member number (letters, digits, . / -)",
)
_URL = (re.compile(r"^https?://[^\s]+$"), "a web address (https://…)")
NAME_MAX = 200
PURPOSE_MAX = 2000
TITLE_MAX = 200
PLACE_MAX = 200
URL_MAX = 400
MINUTES_MAX = 100_000
# How a vote is counted in the body (the tally engine's words, app/voting/tally).
MAJORITIES = ("simple", "absolute", "two_thirds", "three_quarters", "unanimity", "consent")
BASES = ("yes_no", "yes_no_abstain", "valid", "cast", "present", "entitled")
TIE_RULES = ("not_adopted", "chair", "lots")
PROXY_CAP_MAX = 20
RULES = (
    "quorum",
    "base",
    "majority",
    "statutes_majority",
    "proxy_cap",
    "tie_rule",
    "support_threshold",
    "meets",
)
_FIELDS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    # section: (required keys, optional keys)
    "bodies": (
        frozenset({"slug", "kind", "name"}),
        frozenset({"purpose", "rules", "parent", "antenne", "position"}),
    ),
    "links": (frozenset({"from", "to", "kind"}), frozenset()),
    "mandates": (frozenset({"member", "body", "role", "start"}), frozenset({"end"})),
    "meetings": (
        frozenset({"body", "starts_at"}),
        frozenset(
            {"key", "ends_at", "place", "online_url", "status", "title", "agenda", "minutes"}
            | {"minutes_url"}
        ),
    ),
}


class GovernanceFileError(Exception):
    """The file cannot be published: `problems` says where and why, one line each."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass
class Published:
    """How many rows of each entity the file holds, and how many changed."""

    held: dict[str, int] = field(default_factory=dict)
    changed: int = 0

    def summary(self) -> str:
        held = ", ".join(f"{count} {entity}" for entity, count in self.held.items())
        return f"{held}: {self.changed} row(s) changed"


def load(text: str) -> dict[str, Any]:
    """The file's object; raises `GovernanceFileError` for text that is no JSON object."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise GovernanceFileError(
            [f"line {error.lineno}, column {error.colno}: not JSON ({error.msg})"]
        ) from error
    except RecursionError as error:
        raise GovernanceFileError(["nested too deeply to be a governance file"]) from error
    if not isinstance(data, dict):
        raise GovernanceFileError([f"the file must hold an object with {', '.join(SECTIONS)}"])
    return data


class _Checker:
    """Walks the file, gathering problems and the rows to publish."""

    def __init__(self, session: Session, data: dict[str, Any]) -> None:
        self.session = session
        self.data = data
        self.problems: list[str] = []
        self.rows: dict[str, list[dict[str, Any]]] = {
            "body": [],
            "body_link": [],
            "mandate": [],
            "meeting": [],
            "agenda_item": [],
        }
        self.antennes = {
            slug: str(id_) for slug, id_ in session.execute(select(HubAntenna.slug, HubAntenna.id))
        }
        # Bodies published before, then those of the file: slug → (id, antenne id).
        self.bodies: dict[str, tuple[str, str | None]] = {}
        for data_row in session.scalars(
            select(HubRecord.data).where(HubRecord.entity == "body", HubRecord.purged.is_(False))
        ):
            if isinstance(data_row.get("slug"), str):
                self.bodies[data_row["slug"]] = (data_row["id"], data_row.get("antenna_id"))

    def bad(self, where: str, message: str) -> None:
        self.problems.append(f"{where}: {message}")

    def items(self, section: str) -> list[tuple[str, dict[str, Any]]]:
        """The objects of a section with their place, their keys checked."""
        value = self.data.get(section, [])
        if not isinstance(value, list):
            self.bad(section, "must be a list")
            return []
        found = []
        required, optional = _FIELDS[section]
        for index, item in enumerate(value):
            where = f"{section}[{index}]"
            if not isinstance(item, dict):
                self.bad(where, "must be an object")
                continue
            known = ", ".join(sorted(required | optional))
            for key in sorted(set(item) - required - optional):
                self.bad(where, f"unknown field {_shown(key)} (fields: {known})")
            for key in sorted(required - set(item)):
                self.bad(where, f"{key} is missing")
            found.append((where, item))
        return found

    def check(self) -> None:
        unknown = sorted(set(self.data) - set(SECTIONS))
        for key in unknown:
            self.bad(_shown(key), f"unknown section (sections: {', '.join(SECTIONS)})")
        self._bodies()
        self._links()
        self._mandates()
        self._meetings()

    # -- values -------------------------------------------------------------------------------

    def text(
        self,
        where: str,
        value: Any,
        *,
        limit: int,
        required: bool = True,
        pattern: tuple[re.Pattern[str], str] | None = None,
    ) -> str | None:
        if value is None or value == "":
            if required:
                self.bad(where, "is missing")
            return None if required else ""
        if not isinstance(value, str):
            self.bad(where, f"must be text, not {_kind(value)}")
            return None
        text = value.strip()
        if len(text) > limit:
            self.bad(where, f"longer than {limit} characters")
            return None
        if not all(char.isprintable() or char in "\n\t" for char in text):
            self.bad(where, "holds a control character")
            return None
        if pattern is not None and not pattern[0].match(text):
            self.bad(where, f"{_shown(text)} is not {pattern[1]}")
            return None
        return text

    def l10n(self, where: str, value: Any, *, limit: int, required: bool) -> dict[str, str]:
        """Text in fr/nl/en: {"fr": ..., "nl": ..., "en": ...}, one language at least."""
        if value is None and not required:
            return {}
        if not isinstance(value, dict):
            self.bad(where, f'must be an object {{"fr": …, "nl": …, "en": …}}, not {_kind(value)}')
            return {}
        texts = {}
        for language, text in value.items():
            if language not in LANGUAGES:
                self.bad(where, f"{_shown(language)} is not a language (fr, nl, en)")
                continue
            cleaned = self.text(f"{where}.{language}", text, limit=limit, required=False)
            if cleaned:
                texts[language] = cleaned
        if required and not texts:
            self.bad(where, "needs the text in one language at least (fr, nl, en)")
        return texts

    def choice(self, where: str, value: Any, choices: tuple[str, ...]) -> str | None:
        if not isinstance(value, str) or _identifier(value) not in choices:
            self.bad(where, f"{_shown(value)} is not one of {', '.join(choices)}")
            return None
        return _identifier(value)

    def whole(self, where: str, value: Any, low: int, high: int) -> int | None:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.bad(where, f"{_shown(value)} is not a whole number from {low} to {high}")
            return None
        return value

    def day(self, where: str, value: Any) -> date | None:
        if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            self.bad(where, f"{_shown(value)} is not a date (YYYY-MM-DD)")
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            self.bad(where, f"{_shown(value)} is not a date (YYYY-MM-DD)")
            return None

    def moment(self, where: str, value: Any) -> datetime | None:
        try:
            moment = datetime.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            moment = None
        if moment is None or moment.tzinfo is None or len(value) > 40:
            self.bad(
                where,
                f"{_shown(value)} is not a date and time with its offset (2027-01-14T18:00+01:00)",
            )
            return None
        return moment.astimezone(UTC)

    def body(self, where: str, value: Any) -> tuple[str, str | None] | None:
        if not isinstance(value, str) or value not in self.bodies:
            self.bad(where, f"no body {_shown(value)} in the file or at the hub")
            return None
        return self.bodies[value]

    # -- sections -----------------------------------------------------------------------------

    def _bodies(self) -> None:
        items = self.items("bodies")
        seen: dict[str, str] = {}
        # Slugs first: a parent may come after its child in the file.
        for where, item in items:
            slug = self.text(f"{where}.slug", item.get("slug"), limit=64, pattern=_SLUG)
            if slug is None:
                continue
            if slug in seen:
                self.bad(f"{where}.slug", f"{_shown(slug)} is already {seen[slug]}")
                continue
            seen[slug] = where
            antenna_id = None
            antenne = item.get("antenne")
            if antenne is not None:
                antenna_id = self.antennes.get(antenne) if isinstance(antenne, str) else None
                if antenna_id is None:
                    self.bad(f"{where}.antenne", f"no antenne {_shown(antenne)} at the hub")
            self.bodies[slug] = (natural_id("body", slug), antenna_id)
        for index, (where, item) in enumerate(items):
            slug = item.get("slug")
            kind = self.choice(f"{where}.kind", item.get("kind"), tuple(BodyKind))
            name = self.l10n(f"{where}.name", item.get("name"), limit=NAME_MAX, required=True)
            purpose = self.l10n(
                f"{where}.purpose", item.get("purpose"), limit=PURPOSE_MAX, required=False
            )
            rules = self.rules(f"{where}.rules", item.get("rules", {}))
            parent_id = None
            if item.get("parent") is not None:
                parent = self.body(f"{where}.parent", item["parent"])
                if parent is not None and item["parent"] == slug:
                    self.bad(f"{where}.parent", "a body cannot be its own parent")
                parent_id = None if parent is None else parent[0]
            position = self.whole(f"{where}.position", item.get("position", index), 0, 10_000)
            if not isinstance(slug, str) or seen.get(slug) != where:
                continue  # its slug was reported
            body_id, antenna_id = self.bodies[slug]
            self.rows["body"].append(
                {
                    "id": body_id,
                    "slug": slug,
                    "kind": kind,
                    "name": name,
                    "purpose": purpose,
                    "parent_id": parent_id,
                    "antenna_id": antenna_id,
                    "rules": rules,
                    "position": position,
                }
            )

    def rules(self, where: str, value: Any) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.bad(where, f"must be an object, not {_kind(value)}")
            return {}
        rules: dict[str, Any] = {}
        for key, rule in value.items():
            at = f"{where}.{key}"
            if key == "quorum":
                rules[key] = self.quorum(at, rule)
            elif key == "base":
                rules[key] = self.choice(at, rule, BASES)
            elif key in ("majority", "statutes_majority"):
                rules[key] = self.choice(at, rule, MAJORITIES)
            elif key == "tie_rule":
                rules[key] = self.choice(at, rule, TIE_RULES)
            elif key == "proxy_cap":
                rules[key] = self.whole(at, rule, 0, PROXY_CAP_MAX)
            elif key == "support_threshold":
                rules[key] = self.whole(at, rule, 1, 1_000_000)
            elif key == "meets":
                rules[key] = self.text(at, rule, limit=40)
            else:
                self.bad(at, f"unknown rule (rules: {', '.join(RULES)})")
        return rules

    def quorum(self, where: str, value: Any) -> dict[str, Any] | None:
        """None (no quorum) or {"count": "present"|"cast", "of": "entitled", "ratio": 0.5}."""
        if value is None:
            return None
        if not isinstance(value, dict) or set(value) != {"count", "of", "ratio"}:
            self.bad(
                where,
                'must be null or {"count": "present", "of": "entitled", "ratio": 0.5}',
            )
            return None
        count = self.choice(f"{where}.count", value["count"], ("present", "cast"))
        of = self.choice(f"{where}.of", value["of"], ("entitled",))
        ratio = value["ratio"]
        if isinstance(ratio, bool) or not isinstance(ratio, int | float) or not 0 < ratio <= 1:
            self.bad(f"{where}.ratio", f"{_shown(ratio)} is not a share above 0, at most 1")
            return None
        return {"count": count, "of": of, "ratio": ratio}

    def _links(self) -> None:
        seen: dict[str, str] = {}
        for where, item in self.items("links"):
            source = self.body(f"{where}.from", item.get("from"))
            target = self.body(f"{where}.to", item.get("to"))
            kind = self.choice(f"{where}.kind", item.get("kind"), tuple(BodyLinkKind))
            if source is None or target is None or kind is None:
                continue
            if source == target:
                self.bad(where, "a body cannot be linked to itself")
                continue
            key = f"{item['from']}|{kind}|{item['to']}"
            if key in seen:
                self.bad(where, f"the same link is already {seen[key]}")
                continue
            seen[key] = where
            self.rows["body_link"].append(
                {
                    "id": natural_id("body_link", item["from"], kind, item["to"]),
                    "source_id": source[0],
                    "target_id": target[0],
                    "kind": kind,
                }
            )

    def _mandates(self) -> None:
        items = self.items("mandates")
        numbers = [item["member"] for _where, item in items if isinstance(item.get("member"), str)]
        people = person_of_member(self.session, numbers)
        seen: dict[str, str] = {}
        for where, item in items:
            number = self.text(
                f"{where}.member", item.get("member"), limit=32, pattern=_MEMBER_NUMBER
            )
            body = self.body(f"{where}.body", item.get("body"))
            role = self.text(f"{where}.role", item.get("role"), limit=64, pattern=_ROLE)
            start = self.day(f"{where}.start", item.get("start"))
            end = None if item.get("end") is None else self.day(f"{where}.end", item["end"])
            person = None if number is None else people.get(number)
            if number is not None and person is None:
                self.bad(
                    f"{where}.member",
                    f"no member {_shown(number)} in the register (antenne hub import members)",
                )
            if start is not None and end is not None and end < start:
                self.bad(f"{where}.end", f"{end} is before the start, {start}")
                continue
            if person is None or body is None or role is None or start is None:
                continue
            key = f"{item['body']}|{number}|{role}|{start}"
            if key in seen:
                self.bad(where, f"the same mandate is already {seen[key]}")
                continue
            seen[key] = where
            self.rows["mandate"].append(
                {
                    "id": natural_id("mandate", item["body"], number or "", role, str(start)),
                    "person_id": person,
                    "body_id": body[0],
                    "role": role,
                    "start": start.isoformat(),
                    "end": None if end is None else end.isoformat(),
                }
            )

    def _meetings(self) -> None:
        seen: dict[str, str] = {}
        for where, item in self.items("meetings"):
            body = self.body(f"{where}.body", item.get("body"))
            starts = self.moment(f"{where}.starts_at", item.get("starts_at"))
            ends = (
                None
                if item.get("ends_at") is None
                else self.moment(f"{where}.ends_at", item["ends_at"])
            )
            if starts is not None and ends is not None and ends <= starts:
                self.bad(f"{where}.ends_at", "is not after starts_at")
            key = (
                self.text(f"{where}.key", item["key"], limit=64, pattern=_SLUG)
                if "key" in item
                else None
            )
            place = self.text(f"{where}.place", item.get("place"), limit=PLACE_MAX, required=False)
            online = self.url(f"{where}.online_url", item.get("online_url"))
            status = self.choice(
                f"{where}.status", item.get("status", "planned"), tuple(MeetingStatus)
            )
            title = self.l10n(f"{where}.title", item.get("title"), limit=TITLE_MAX, required=False)
            minutes = self.text(
                f"{where}.minutes", item.get("minutes"), limit=MINUTES_MAX, required=False
            )
            minutes_url = self.url(f"{where}.minutes_url", item.get("minutes_url"))
            if minutes and minutes_url:
                self.bad(where, "give minutes or minutes_url, not both")
            agenda = self.agenda(f"{where}.agenda", item.get("agenda", []))
            if body is None or starts is None or status is None:
                continue
            natural = key or starts.isoformat()
            if f"{item['body']}|{natural}" in seen:
                self.bad(where, f"the same meeting is already {seen[item['body'] + '|' + natural]}")
                continue
            seen[f"{item['body']}|{natural}"] = where
            meeting_id = natural_id("meeting", item["body"], natural)
            self.rows["meeting"].append(
                {
                    "id": meeting_id,
                    "body_id": body[0],
                    "antenna_id": body[1],
                    "title": title,
                    "starts_at": starts.isoformat(),
                    "ends_at": None if ends is None else ends.isoformat(),
                    "location": place or "",
                    "online_url": online or "",
                    "status": status,
                    "minutes": minutes or minutes_url or "",
                }
            )
            point_status = (
                AgendaStatus.treated if status == MeetingStatus.held else AgendaStatus.scheduled
            )
            for position, point in enumerate(agenda):
                for language, text in point.items():
                    self.rows["agenda_item"].append(
                        {
                            "id": natural_id("agenda_item", meeting_id, str(position), language),
                            "body_id": body[0],
                            "meeting_id": meeting_id,
                            "proposer_id": None,
                            "title": text,
                            "description": "",
                            "language": language,
                            "status": point_status.value,
                            "answer": "",
                            "position": position,
                        }
                    )

    def url(self, where: str, value: Any) -> str | None:
        return self.text(where, value, limit=URL_MAX, required=False, pattern=_URL)

    def agenda(self, where: str, value: Any) -> list[dict[str, str]]:
        if not isinstance(value, list):
            self.bad(where, f"must be a list of points, not {_kind(value)}")
            return []
        return [
            self.l10n(f"{where}[{index}]", point, limit=TITLE_MAX, required=True)
            for index, point in enumerate(value)
        ]


def _identifier(value: str) -> str:
    """ "reports to", "Reports-To" and "reports_to" are one kind."""
    return "_".join(value.strip().lower().replace("-", " ").split())


def _kind(value: Any) -> str:
    return {
        dict: "an object",
        list: "a list",
        str: "text",
        bool: "true/false",
        int: "a number",
        float: "a number",
        type(None): "null",
    }.get(type(value), type(value).__name__)


def _shown(value: Any, limit: int = 40) -> str:
    """A value as a message quotes it: JSON, cut, nothing a terminal would act on."""
    text = json.dumps(value, ensure_ascii=False)
    text = text if len(text) <= limit else text[:limit] + "…"
    return "".join(char if char.isprintable() else f"\\u{ord(char):04x}" for char in text)


def publish_governance(session: Session, data: dict[str, Any], *, clock: HybridClock) -> Published:
    """Check the whole file, then publish its rows (bodies, links, mandates, meetings, agenda
    points) in one go; raises `GovernanceFileError` with every problem, writing nothing."""
    checker = _Checker(session, data)
    checker.check()
    if checker.problems:
        raise GovernanceFileError(checker.problems)
    published = Published()
    for entity, rows in checker.rows.items():
        published.held[entity] = len(rows)
        published.changed += publish_rows(session, entity, rows, clock=clock)
    return published
