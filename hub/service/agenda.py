"""The body's secretary answers members' agenda items, and the hub answers travel-aid requests.

The engine of `antenne hub agenda list|answer` and `antenne hub travel list|answer` (and of
the staff's back-office to come). An answer is a hub write like a publication: merged into
the hub's row (`publish.publish_rows`) and logged, so the kiosks pull it (docs/architecture.md,
"Members' agenda items and travel aid"). Refusals (an unknown item, a step the item cannot
take, a decline without words) raise `HubError` and change nothing.

The status a kiosk shows before the secretary acts is computed from the co-signatures, the
same way here (`app.agenda.rules`): the hub holds every
antenne's co-signatures.
"""

from __future__ import annotations

import enum
import uuid
from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.agenda.rules import shown_status, support_needed
from app.clock import HybridClock, utcnow
from app.sync.policies import HUB_ORIGIN, merge_fields
from app.sync.protocol import ErrorCode
from db.journey_steps import FIRST_AGENDA_ITEM_TREATED, step_id
from hub.models import HubRecord
from hub.service import HubError
from hub.service.changelog import log_changes
from hub.service.publish import publish_rows

# A journey step ticked by the hub: the same id for a person and step wherever it is written.
_PROGRESS_NAMESPACE = uuid.UUID("0b6f2f38-3c2e-4f0e-8d5e-2a7f8a9d4c11")
ANSWER_MAX = 4000


class Answer(enum.StrEnum):
    """What the secretary does with an item."""

    accept = "accept"
    schedule = "schedule"
    treated = "treated"
    decline = "decline"


# From which status (as shown) each answer may be given, and the status it leads to.
_FROM: dict[Answer, frozenset[str]] = {
    Answer.accept: frozenset({"supported"}),
    Answer.schedule: frozenset({"supported", "accepted", "scheduled"}),
    Answer.treated: frozenset({"accepted", "scheduled"}),
    Answer.decline: frozenset({"submitted", "supported", "accepted", "scheduled"}),
}
_TO: dict[Answer, str] = {
    Answer.accept: "accepted",
    Answer.schedule: "scheduled",
    Answer.treated: "treated",
    Answer.decline: "declined",
}
TRAVEL_ANSWERS = ("granted", "declined")


@dataclass(frozen=True)
class ItemLine:
    """An item as `hub agenda list` prints it."""

    id: str
    body: str
    title: str
    status: str
    supports: int
    needed: int
    proposer_id: str | None
    meeting_id: str | None
    answer: str

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _bad(message: str) -> HubError:
    return HubError(400, ErrorCode.bad_request, message)


def _live(session: Session, entity: str) -> list[HubRecord]:
    return list(
        session.scalars(
            select(HubRecord).where(HubRecord.entity == entity, HubRecord.purged.is_(False))
        )
    )


def _record(session: Session, entity: str, entity_id: str, *, lock: bool) -> HubRecord | None:
    try:
        key = str(uuid.UUID(entity_id))
    except ValueError:
        return None
    record = session.get(HubRecord, (entity, key), with_for_update=lock)
    if record is None or record.purged or record.data.get("deleted_at") is not None:
        return None
    return record


class _Counts:
    """What an item's status depends on: bodies, co-signatures, members per antenne (read
    once for a whole listing)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.bodies = {record.entity_id: record.data for record in _live(session, "body")}
        self.supports = Counter(
            str(record.data.get("item_id"))
            for record in _live(session, "agenda_support")
            if record.data.get("deleted_at") is None
        )
        self._people: dict[str, dict[str, Any]] | None = None

    def person(self, person_id: object) -> dict[str, Any]:
        if person_id is None:
            return {}
        record = self.session.get(HubRecord, ("person", str(person_id)))
        return {} if record is None or record.purged else record.data

    def members(self, antenna_id: object) -> int:
        if antenna_id is None:
            return 0
        if self._people is None:
            self._people = {r.entity_id: r.data for r in _live(self.session, "person")}
        return sum(
            1
            for person in self._people.values()
            if person.get("antenna_id") == str(antenna_id)
            and person.get("kind") == "member"
            and person.get("deleted_at") is None
        )

    def line(self, item: dict[str, Any]) -> ItemLine:
        body = self.bodies.get(str(item.get("body_id")), {})
        raw = body.get("rules")
        rules: dict[str, Any] = raw if isinstance(raw, dict) else {}
        threshold = rules.get("support_threshold")
        members = 0
        if isinstance(threshold, dict):
            # A share of the antenne's members: the local body's, else the proposer's.
            antenna = body.get("antenna_id") or self.person(item.get("proposer_id")).get(
                "antenna_id"
            )
            members = self.members(antenna)
        needed = support_needed(rules, members)
        supports = self.supports.get(str(item["id"]), 0)
        return ItemLine(
            id=str(item["id"]),
            body=str(body.get("slug", "")),
            title=str(item.get("title", "")),
            status=shown_status(str(item.get("status", "submitted")), supports, needed),
            supports=supports,
            needed=needed,
            proposer_id=item.get("proposer_id"),
            meeting_id=item.get("meeting_id"),
            answer=str(item.get("answer", "")),
        )


def list_items(
    session: Session, *, body_slug: str | None = None, status: str | None = None
) -> list[ItemLine]:
    """Members' items (those with a proposer), oldest first, with their status as shown."""
    counts = _Counts(session)
    if body_slug is not None and body_slug not in {b.get("slug") for b in counts.bodies.values()}:
        raise _bad(f"no body {body_slug!r}")
    if status is not None and status not in {*_TO.values(), "submitted", "supported"}:
        raise _bad(f"no status {status!r}")
    items = sorted(
        (
            record.data
            for record in _live(session, "agenda_item")
            if record.data.get("proposer_id") and record.data.get("deleted_at") is None
        ),
        key=lambda data: (str(data.get("created_at", "")), str(data["id"])),
    )
    lines = [counts.line(item) for item in items]
    return [
        line
        for line in lines
        if (body_slug is None or line.body == body_slug)
        and (status is None or line.status == status)
    ]


def answer_item(
    session: Session,
    item_id: str,
    answer: Answer,
    *,
    text: str = "",
    meeting_id: str | None = None,
    clock: HybridClock,
) -> ItemLine:
    """The secretary's answer to an item: accepted (once supported), scheduled on a meeting of
    its body, treated, or declined (with words). When a member's first item is treated, their
    journey step is ticked. Refused, nothing changes."""
    record = _record(session, "agenda_item", item_id, lock=True)
    if record is None or not record.data.get("proposer_id"):
        raise _bad(f"no member's agenda item {item_id!r}")
    text = text.strip()
    if len(text) > ANSWER_MAX:
        raise _bad(f"the answer is too long (at most {ANSWER_MAX} characters)")
    if answer is Answer.decline and not text:
        raise _bad("a declined item needs an answer in words (--answer TEXT)")
    counts = _Counts(session)
    line = counts.line(record.data)
    if line.status not in _FROM[answer]:
        raise _bad(
            f"an item {line.status} cannot be {_TO[answer]}"
            + (
                f" ({line.supports} of {line.needed} co-signatures)"
                if line.status == "submitted"
                else ""
            )
        )
    row: dict[str, Any] = {"id": record.entity_id, "status": _TO[answer]}
    if answer is Answer.schedule:
        meeting = _record(session, "meeting", meeting_id or "", lock=False)
        if meeting is None or meeting.data.get("body_id") != record.data.get("body_id"):
            raise _bad(f"no meeting {meeting_id!r} of this item's body")
        if meeting.data.get("status") == "cancelled":
            raise _bad(f"meeting {meeting_id!r} is cancelled")
        row["meeting_id"] = meeting.entity_id
    if text:
        row["answer"] = text
    publish_rows(session, "agenda_item", [row], clock=clock)
    if answer is Answer.treated:
        _tick_first_treated(session, record.data, clock=clock)
    return counts.line(record.data)


def _tick_first_treated(session: Session, item: dict[str, Any], *, clock: HybridClock) -> None:
    """The proposer's journey step "my first item treated", written once for the person's
    antenne (their kiosks pull it with the answer)."""
    person_id = str(item["proposer_id"])
    person = session.get(HubRecord, ("person", person_id))
    owner = None if person is None else person.data.get("antenna_id")
    antenna = owner or (None if person is None else person.owner_antenna_id)
    if antenna is None:
        # A person no antenne holds has no journey to tick.
        return
    step = str(step_id(FIRST_AGENDA_ITEM_TREATED.slug))
    progress_id = str(uuid.uuid5(_PROGRESS_NAMESPACE, f"{person_id}|{step}"))
    if session.get(HubRecord, ("journey_progress", progress_id)) is not None:
        return
    now = utcnow().isoformat()
    merge = merge_fields(
        None,
        {},
        {
            "id": progress_id,
            "person_id": person_id,
            "step_id": step,
            "completed_at": now,
            "note": "agenda_item_treated",
            "created_at": now,
            "updated_at": now,
            "deleted_at": None,
        },
        stamp=str(clock.now()),
        origin=HUB_ORIGIN,
    )
    record = HubRecord(
        entity="journey_progress",
        entity_id=progress_id,
        scope_antenna_id=uuid.UUID(str(antenna)),
        data=merge.row,
        field_hlc=merge.field_hlc,
        hlc=merge.row["hlc"],
        origin=HUB_ORIGIN,
    )
    session.add(record)
    log_changes(session, [(record, "upsert")])


# -- Travel aid ----------------------------------------------------------------------------------


def list_travel(session: Session, *, status: str | None = None) -> list[dict[str, Any]]:
    """Travel-aid requests, oldest first, with the antenne that sent them."""
    if status is not None and status not in ("submitted", *TRAVEL_ANSWERS):
        raise _bad(f"no status {status!r}")
    rows = [
        {**record.data, "antenna_id": str(record.scope_antenna_id)}
        for record in _live(session, "travel_aid_request")
        if record.data.get("deleted_at") is None
        and (status is None or record.data.get("status") == status)
    ]
    return sorted(rows, key=lambda row: (str(row.get("created_at", "")), str(row["id"])))


def answer_travel(
    session: Session, request_id: str, status: str, *, text: str, clock: HybridClock
) -> dict[str, Any]:
    """Grant or decline a travel-aid request, with words (how much, how it is paid, why not).
    Logged for the request's antenne only (its kiosks pull it)."""
    record = _record(session, "travel_aid_request", request_id, lock=True)
    if record is None:
        raise _bad(f"no travel-aid request {request_id!r}")
    if status not in TRAVEL_ANSWERS:
        raise _bad(f"a travel-aid request is granted or declined, not {status!r}")
    text = text.strip()
    if not text:
        raise _bad("a travel-aid answer needs words (--answer TEXT)")
    if len(text) > ANSWER_MAX:
        raise _bad(f"the answer is too long (at most {ANSWER_MAX} characters)")
    if record.data.get("status") != "submitted":
        raise _bad(f"this request was already {record.data.get('status')}")
    merge = merge_fields(
        record.data,
        record.field_hlc,
        {
            "id": record.entity_id,
            "status": status,
            "answer": text,
            "updated_at": utcnow().isoformat(),
        },
        stamp=str(clock.now()),
        origin=HUB_ORIGIN,
    )
    record.data = merge.row
    record.field_hlc = merge.field_hlc
    record.hlc = merge.row["hlc"]
    record.origin = HUB_ORIGIN
    log_changes(session, [(record, "upsert")])
    return {**record.data, "antenna_id": str(record.scope_antenna_id)}
