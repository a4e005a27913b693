"""How each synced entity is merged, at the hub (pushed operations) and at a kiosk (pulled rows).

Pure Python, shared by the hub and the kiosk (docs/architecture.md, "Sync"):

- `append_only` (check-ins, journey progress, agenda supports, ledger and audit entries,
  attendance): the union of every kiosk's rows. A row is never lost; its later updates (a
  check-out) and tombstones merge like `lww`.
- `lww`: last writer wins *per field* by HLC. The hub keeps, for each row, the stamp of the
  last write of every column (`field_hlc`); an operation wins a column when it changed that
  column and its stamp is newer than the column's. Two kiosks that change different columns of
  one profile both keep their change; on the same column the later stamp wins.
  Which columns an update changed: the kiosk diffs the operation's row with its previous
  operation on the same row; with no previous operation (the row came from the hub), every
  column whose value differs from the hub's counts as changed.
- `hub`: hub-authoritative (governance bodies, meetings, content pages, journey steps,
  antennes). Kiosks cannot write them; the hub answers with its own row, which the kiosk puts
  back. `hub_requests` (agenda items): a kiosk may *propose* a new row (a request, forced to
  status `submitted`); every later change is the hub's. A travel-aid request is a request too,
  but its antenne's own (`lww`, created by the antenne, changed by the hub): what the hub
  decides in a request a kiosk creates is `HUB_DECIDES`, forced whatever the kiosk says.
- `seats` (sign-ups): the hub grants seats up to the session's capacity in the order the
  requests reach it; a refusal becomes a place on the waiting list. The kiosk shows a sign-up
  as provisional until the hub's answer comes back.

Scope: `shared` entities (people, skill posts and their tags, badges, introductions) and the
hub's content go to every kiosk; the other rows belong to the antenne of the kiosk that wrote
them, only that antenne's kiosks may change them, and only they receive them.

Ownership (`OWNERSHIP`, checked by the hub on every push, docs/architecture.md, "Sync"): for
every synced entity, who may create a row, change it and delete or purge it — `Party.antenne`
(the kiosks of the row's own antenne), `Party.hub` (the hub only) or `Party.anyone` (any kiosk
of the cooperative) — and the columns another antenne's kiosk may change too. The row's antenne
is read from the hub's copy, never from the pushed payload:

- antenne-scoped entities (visits, sessions, votes, facilitator accounts, ...): the antenne of
  the kiosk that created the row (the hub's `scope_antenna_id`); only its kiosks receive it.
  A sign-up is made on a session of the kiosk's own antenne, a vote's options, roll, proxies,
  counts and ledger on a vote of its own antenne (of another antenne's person, if need be);
- hub content: nobody but the hub; an agenda item may be proposed by anyone;
- `agenda_support`: shared, so that every kiosk counts every co-signature towards an item's
  threshold; anyone co-signs, the antenne whose kiosk took a co-signature may change or
  delete it (a person's data erased), like a skill tag;
- `travel_aid_request`: the antenne's own; its kiosks create it, the hub answers it;
- `person`: its `antenna_id`. Anyone registers a person (of their own antenne or of none);
  the person's row — `antenna_id`, e-mail and phone included — and its deletion and purge are
  the person's antenne's alone. Another antenne's kiosk records their visits and sign-ups (its
  own rows) and nothing more: any change of theirs to the person is refused;
- `skill_post`: its `antenna_id` (the author's antenne), like a person; `hidden`, with its
  `hidden_reason` and `hidden_at`, may be set by any antenne's kiosk (a facilitator moderates
  what their kiosk shows, for everyone);
- `skill_post_tag` and `intro_request`: the antenne of their post (the author tags the post and
  answers the request); anyone asks for an introduction, and the author answers it at any
  kiosk (`status`, `answered_at`: they badge in wherever they are); when the hub relayed it by
  e-mail (`relayed_at`) is the hub's alone to say;
- `skill_report`: the antenne of the reported post; anyone reports a post, and any antenne's
  facilitator resolves the report (`resolved_at`, `resolution`, `resolved_by`), as they hide a
  post;
- `badge`: the antenne of its person; a badge is printed wherever the person is, and revoked
  wherever it turns up (`revoked_at`, `revoked_reason`: a lost badge must stop working);
- `skill_tag`: the antenne whose kiosk created it; anyone creates one.

A shared row whose owning column is empty (a person of no antenne) belongs to the antenne whose
kiosk created it at the hub (`HubRecord.owner_antenna_id`); a row published by the hub, or
pushed before the hub remembered creators, has no owning antenne: only the hub changes it.

Private fields: a person's e-mail and phone go only to the kiosks of the person's own antenne
(`antenna_id`); every other kiosk receives them empty (`private_view`). Such a kiosk never had
them, so what it sends for them is not a change: the hub ignores these columns in its writes
(`without_private`), and an empty value there can never wipe the real one.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any


class Policy(enum.StrEnum):
    append_only = "append_only"
    lww = "lww"
    hub = "hub"
    hub_requests = "hub_requests"
    seats = "seats"


POLICIES: dict[str, Policy] = {
    # Hub-authoritative content.
    "antenna": Policy.hub,
    "body": Policy.hub,
    "body_link": Policy.hub,
    "mandate": Policy.hub,
    "meeting": Policy.hub,
    "content_page": Policy.hub,
    "journey_step": Policy.hub,
    "agenda_item": Policy.hub_requests,
    # Append-only facts.
    "visit": Policy.append_only,
    "journey_progress": Policy.append_only,
    "agenda_support": Policy.append_only,
    "attendance": Policy.append_only,
    "ledger_entry": Policy.append_only,
    "audit_entry": Policy.append_only,
    # Seats granted by the hub.
    "signup": Policy.seats,
}
# Everything else (people, skill posts, sessions, votes, ...) is last-writer-wins per field.
DEFAULT_POLICY = Policy.lww

# Written by any kiosk, received by every kiosk.
SHARED_ENTITIES = frozenset(
    {
        "person",
        "skill_post",
        "skill_post_tag",
        "skill_tag",
        "intro_request",
        "skill_report",
        "badge",
        "agenda_support",
    }
)
HUB_POLICIES = frozenset({Policy.hub, Policy.hub_requests})

# Columns of a shared row that only the kiosks of the row's own antenne receive, and the
# column naming that antenne.
PRIVATE_FIELDS: dict[str, tuple[str, ...]] = {"person": ("email", "phone")}
OWNER_COLUMN = "antenna_id"

# What the hub alone decides in a request a kiosk creates: the values a new row pushed by a
# kiosk gets whatever it says (a kiosk cannot propose an item already accepted, scheduled on a
# meeting or answered, nor a travel aid already granted).
HUB_DECIDES: dict[str, dict[str, Any]] = {
    "agenda_item": {"status": "submitted", "answer": "", "meeting_id": None, "position": 0},
    "travel_aid_request": {"status": "submitted", "answer": ""},
    "intro_request": {"relayed_at": None},
}

# Columns that describe a row's version rather than its content.
META_COLUMNS = frozenset({"id", "hlc", "origin", "updated_at"})
HUB_ORIGIN = "hub"


class Party(enum.StrEnum):
    """Who may do something to a row."""

    # The kiosks of the row's own antenne (and the hub).
    antenne = "antenne"
    # The hub only.
    hub = "hub"
    # Any kiosk of the cooperative.
    anyone = "anyone"


@dataclass(frozen=True)
class OwnerOf:
    """Where a shared row's antenne is read: its `column` names the antenne, or (with `via`)
    names a row of entity `via`, whose antenne it is."""

    column: str
    via: str | None = None


@dataclass(frozen=True)
class Ownership:
    """Who may create, change and delete (or purge) an entity's rows."""

    create: Party
    change: Party
    delete: Party
    # How a shared row's antenne is found (None: the antenne whose kiosk created the row).
    owner: OwnerOf | None = None
    # Columns any kiosk of the cooperative may change, besides the row's antenne.
    open_fields: frozenset[str] = frozenset()


_LOCAL = Ownership(create=Party.antenne, change=Party.antenne, delete=Party.antenne)
_HUB = Ownership(create=Party.hub, change=Party.hub, delete=Party.hub)
_ROW_ANTENNE = OwnerOf(OWNER_COLUMN)
_OF_VOTE = OwnerOf("vote_id", via="vote")

OWNERSHIP: dict[str, Ownership] = {
    # Hub content.
    "antenna": _HUB,
    "body": _HUB,
    "body_link": _HUB,
    "mandate": _HUB,
    "meeting": _HUB,
    "content_page": _HUB,
    "journey_step": _HUB,
    "agenda_item": Ownership(create=Party.anyone, change=Party.hub, delete=Party.hub),
    # Co-signatures: anyone co-signs (the item is the cooperative's); the antenne whose kiosk
    # took one may withdraw it (a person's data erased).
    "agenda_support": Ownership(create=Party.anyone, change=Party.antenne, delete=Party.antenne),
    # The antenne's kiosks ask, the hub answers (`HUB_DECIDES`).
    "travel_aid_request": Ownership(create=Party.antenne, change=Party.hub, delete=Party.antenne),
    # Shared rows: every kiosk receives them, their antenne changes them.
    "person": Ownership(
        create=Party.anyone, change=Party.antenne, delete=Party.antenne, owner=_ROW_ANTENNE
    ),
    "skill_post": Ownership(
        create=Party.anyone,
        change=Party.antenne,
        delete=Party.antenne,
        owner=_ROW_ANTENNE,
        open_fields=frozenset({"hidden", "hidden_reason", "hidden_at"}),
    ),
    "skill_post_tag": Ownership(
        create=Party.antenne,
        change=Party.antenne,
        delete=Party.antenne,
        owner=OwnerOf("post_id", via="skill_post"),
    ),
    "intro_request": Ownership(
        create=Party.anyone,
        change=Party.antenne,
        delete=Party.antenne,
        owner=OwnerOf("post_id", via="skill_post"),
        open_fields=frozenset({"status", "answered_at"}),
    ),
    "skill_report": Ownership(
        create=Party.anyone,
        change=Party.antenne,
        delete=Party.antenne,
        owner=OwnerOf("post_id", via="skill_post"),
        open_fields=frozenset({"resolved_at", "resolution", "resolved_by"}),
    ),
    "badge": Ownership(
        create=Party.anyone,
        change=Party.antenne,
        delete=Party.antenne,
        owner=OwnerOf("person_id", via="person"),
        open_fields=frozenset({"revoked_at", "revoked_reason"}),
    ),
    "skill_tag": Ownership(create=Party.anyone, change=Party.antenne, delete=Party.antenne),
    # Antenne-scoped rows: only the antenne's kiosks write and receive them. A row that hangs
    # on another antenne-scoped row (a sign-up on its session, a vote's options, roll and
    # ledger) is only written where that row is: `owner.via` names it.
    "visit": _LOCAL,
    "journey_progress": _LOCAL,
    "audit_entry": _LOCAL,
    "session": _LOCAL,
    "vote": _LOCAL,
    "facilitator_account": _LOCAL,
    "signup": replace(_LOCAL, owner=OwnerOf("session_id", via="session")),
    "vote_option": replace(_LOCAL, owner=_OF_VOTE),
    "attendance": replace(_LOCAL, owner=_OF_VOTE),
    "proxy": replace(_LOCAL, owner=_OF_VOTE),
    "analog_count": replace(_LOCAL, owner=_OF_VOTE),
    "ledger_entry": replace(_LOCAL, owner=_OF_VOTE),
}


def policy_of(entity: str) -> Policy:
    return POLICIES.get(entity, DEFAULT_POLICY)


def is_shared(entity: str) -> bool:
    """Whether every kiosk receives this entity's rows (not only its antenne's kiosks)."""
    return entity in SHARED_ENTITIES or policy_of(entity) in HUB_POLICIES


@dataclass
class Merge:
    """The outcome of merging one write into a row."""

    row: dict[str, Any]
    field_hlc: dict[str, str]
    # Columns the write won (empty: the row did not change).
    won: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.won)


def merge_fields(
    current: Mapping[str, Any] | None,
    field_hlc: Mapping[str, str],
    payload: Mapping[str, Any],
    *,
    stamp: str,
    origin: str,
    changed: Iterable[str] | None = None,
) -> Merge:
    """Merge `payload` (a whole row written at `stamp` by `origin`) into `current`.

    A column is taken when the write changed it (`changed`, or a differing value when `changed`
    is None) and `stamp` is newer than the column's last write. A new row takes every column.
    """
    row = dict(current or {})
    stamps = dict(field_hlc)
    claimed = None if changed is None else set(changed)
    won: list[str] = []
    for column, value in payload.items():
        if column in META_COLUMNS or column.startswith("_"):
            continue
        is_new_column = current is None or column not in current
        if claimed is not None and column not in claimed and not is_new_column:
            continue
        if not is_new_column and current is not None and current[column] == value:
            # Same value: keep the older stamp, nothing to win.
            continue
        if stamps.get(column, "") < stamp:
            row[column] = value
            stamps[column] = stamp
            won.append(column)
    row["id"] = payload.get("id", row.get("id"))
    if won or current is None:
        row["origin"] = origin
        if "updated_at" in payload:
            row["updated_at"] = payload["updated_at"]
    row["hlc"] = max(stamps.values(), default=stamp)
    return Merge(row=row, field_hlc=stamps, won=won)


def sees_private(entity: str, row: Mapping[str, Any], antenna_id: str) -> bool:
    """Whether a kiosk of `antenna_id` may hold this row's private fields (its own antenne's
    person; a person of no antenne has no kiosk that may)."""
    if entity not in PRIVATE_FIELDS:
        return True
    owner = row.get(OWNER_COLUMN)
    return owner is not None and str(owner) == antenna_id


def private_view(entity: str, row: dict[str, Any], antenna_id: str) -> dict[str, Any]:
    """The row as a kiosk of `antenna_id` may receive it: private fields emptied if not its own."""
    if sees_private(entity, row, antenna_id):
        return row
    return {**row, **dict.fromkeys(PRIVATE_FIELDS[entity])}


def without_private(entity: str, payload: Mapping[str, Any]) -> dict[str, Any]:
    """A kiosk's write without the private fields it never received (not its to change)."""
    return {k: v for k, v in payload.items() if k not in PRIVATE_FIELDS.get(entity, ())}


def changed_columns(previous: Mapping[str, Any], current: Mapping[str, Any]) -> list[str]:
    """The content columns whose value differs between two versions of a row."""
    return sorted(
        column
        for column, value in current.items()
        if column not in META_COLUMNS and previous.get(column, object()) != value
    )


# The sign-up statuses that hold one of a session's seats: confirmed, and checked in.
SEAT_HOLDERS = ("confirmed", "attended")


def seat_status(capacity: int | None, confirmed: int) -> str:
    """`confirmed` while the session has room, `waitlisted` once it is full."""
    if capacity is None or confirmed < capacity:
        return "confirmed"
    return "waitlisted"
