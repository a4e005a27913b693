"""The cooperative's member register at the hub (`antenne hub import members FILE.csv`).

The register is a CSV file, UTF-8 with or without a byte-order mark, its separator `;` or `,`
(read from the header line), one member a line under a header naming the columns (`COLUMNS`,
in any order, case and spaces ignored; the first three are required): member number, first
and last name, e-mail, phone, language (fr, nl or en), antenne (its slug), member since and
shareholder since (ISO dates, YYYY-MM-DD). An empty optional cell leaves what the hub knows.

Each member is a `person` row written like any hub-authoritative change (merged field by field
with the hub's stamp, logged in the change log, `hub.service.changelog`), so it reaches every
kiosk through the ordinary pull, e-mail and phone only the kiosks of the member's own antenne
(`app.sync.policies.PRIVATE_FIELDS`, applied by `hub.service.pull`). The member number stays at
the hub (`HubMember`): a row is upserted by it, and a member whose e-mail a kiosk already
registered is merged into that person rather than registered twice. Importing the same file
again changes nothing and logs nothing. Bulk statements throughout (one read of the hub's
people, executemany writes): 100 000 members in seconds (benchmarks/hub_import_members.py).
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from app.clock import HybridClock, utcnow
from app.contacts import (
    NAME_MAX,
    is_email,
    is_name,
    is_phone,
    normal_name,
    normal_phone,
)
from app.sync.policies import HUB_ORIGIN, merge_fields
from db.models.people import person_search_columns
from hub.models import HubAntenna, HubMember, HubRecord
from hub.service.changelog import change_row, log_rows

COLUMNS: tuple[str, ...] = (
    "member_number",
    "first_name",
    "last_name",
    "email",
    "phone",
    "language",
    "antenne",
    "member_since",
    "shareholder_since",
)
REQUIRED_COLUMNS: tuple[str, ...] = COLUMNS[:3]
_COLUMN_KEYS = {column.replace("_", ""): column for column in COLUMNS}
LANGUAGES: tuple[str, ...] = ("fr", "nl", "en")
MEMBER_NUMBER_MAX = 32
_MEMBER_NUMBER = re.compile(r"^[0-9A-Za-z][0-9A-Za-z./-]*$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Ids of imported people: stable from the member number, so that a register imported into a
# fresh hub gives every member the same id again.
_MEMBER_NAMESPACE = uuid.UUID("0b6f7d2e-5c1a-4f0e-9f43-2d8f0c1e7a55")
# Columns the register writes; the person's other columns (levels, consent, photo, ...) are
# the kiosks' and keep their values.
_DEFAULTS: dict[str, Any] = {
    "kind": "member",
    "email": None,
    "phone": None,
    "language": "fr",
    "antenna_id": None,
    "member_since": None,
    "shareholder_since": None,
    "levels": [],
    "topics": [],
    "channels": [],
    "involvement_updated_at": None,
    "photo": None,
    "photo_consent": False,
    "consent_at": None,
    "retain_until": None,
    "deleted_at": None,
}


class RegisterError(Exception):
    """A file that cannot be read as a register at all (not UTF-8, no header, unknown
    column): one line, nothing read."""


@dataclass(frozen=True)
class Problem:
    """What is wrong with one field of one line of the file."""

    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


def by_line(problems: list[Problem]) -> list[str]:
    """One line of text per bad line of the file, every bad field of it named."""
    lines: dict[int, list[str]] = {}
    for problem in sorted(
        problems, key=lambda p: (p.line, COLUMNS.index(p.field) if p.field in COLUMNS else -1)
    ):
        lines.setdefault(problem.line, []).append(str(problem))
    return [f"line {line}: {'; '.join(found)}" for line, found in lines.items()]


@dataclass(frozen=True)
class MemberRow:
    """One valid line of the register, its cells cleaned (None: empty)."""

    line: int
    number: str
    first_name: str
    last_name: str
    email: str | None
    phone: str | None
    language: str | None
    antenne: str | None
    member_since: str | None
    shareholder_since: str | None


@dataclass
class ImportPlan:
    """What importing the rows would change, computed before anything is written."""

    # `HubRecord` rows to insert and to update.
    inserts: list[dict[str, Any]] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)
    # New people, people updated, people merged (a member number given to a person a kiosk
    # registered with the same e-mail) and people left as they were.
    new: int = 0
    updated: int = 0
    merged: list[tuple[str, str]] = field(default_factory=list)
    unchanged: int = 0
    # Member numbers whose person was erased at their request (not brought back).
    erased: list[str] = field(default_factory=list)
    numbers: list[dict[str, str]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.new} new, {self.updated} updated, {len(self.merged)} merged, "
            f"{self.unchanged} unchanged"
        )


def shown(value: str, limit: int = 40) -> str:
    """A cell as a message quotes it: cut to `limit` characters, in quotes, anything a
    terminal would act on (control characters, direction marks) escaped."""
    text = json.dumps(value if len(value) <= limit else value[:limit] + "…", ensure_ascii=False)
    return "".join(char if char.isprintable() else f"\\u{ord(char):04x}" for char in text)


def read_register(data: bytes) -> tuple[list[MemberRow], list[Problem]]:
    """The valid rows of a register file and one `Problem` per bad field; raises
    `RegisterError` for a file that is no register."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise RegisterError(
            f"line {line}: the file is not UTF-8 text (save it as CSV UTF-8)"
        ) from error
    first_line = text.split("\n", 1)[0]
    if not first_line.strip():
        raise RegisterError(
            f"the file has no header line: its first line names the columns ({', '.join(COLUMNS)})"
        )
    separator = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator, strict=True)
    try:
        header = [_column_name(name) for name in next(reader)]
    except csv.Error as error:
        raise RegisterError(f"line 1: the header cannot be read ({error})") from error
    unknown = [name for name in header if name not in COLUMNS]
    if unknown:
        raise RegisterError(
            f"line 1: unknown column {shown(unknown[0])} "
            f"(the columns are {', '.join(COLUMNS)}; separator {shown(separator)})"
        )
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    if missing:
        raise RegisterError(f"line 1: the header has no column {', '.join(missing)}")
    twice = sorted({name for name in header if header.count(name) > 1})
    if twice:
        raise RegisterError(f"line 1: the column {twice[0]} is named twice")
    rows: list[MemberRow] = []
    problems: list[Problem] = []
    numbers: dict[str, int] = {}
    emails: dict[str, int] = {}
    line = reader.line_num + 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            problems.append(Problem(line, "row", f"cannot be read as CSV ({error})"))
            break
        start, line = line, reader.line_num + 1
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) != len(header):
            problems.append(
                Problem(
                    start,
                    "row",
                    f"{len(cells)} cell(s) where the header has {len(header)} "
                    f"(separator {shown(separator)})",
                )
            )
            continue
        row, found = _clean_row(start, dict(zip(header, cells, strict=True)))
        if row is not None:
            if row.number in numbers:
                found.append(
                    Problem(
                        start,
                        "member_number",
                        f"{shown(row.number)} is already on line {numbers[row.number]}",
                    )
                )
            elif row.email and row.email.lower() in emails:
                found.append(
                    Problem(
                        start,
                        "email",
                        f"{shown(row.email)} is already on line {emails[row.email.lower()]}",
                    )
                )
        if found:
            problems.extend(found)
            continue
        assert row is not None  # a row without problems was read
        numbers[row.number] = start
        if row.email:
            emails[row.email.lower()] = start
        rows.append(row)
    return rows, problems


def _column_name(name: str) -> str:
    """The column a header cell names: "Member number", "member-number" and "MemberNumber"
    name `member_number`, "E-mail" names `email`; other cells stay as written."""
    key = "".join(char for char in name.lower() if char.isalnum())
    return _COLUMN_KEYS.get(key, name.strip())


def _clean_row(line: int, cells: dict[str, str]) -> tuple[MemberRow | None, list[Problem]]:
    problems: list[Problem] = []

    def bad(column: str, message: str) -> None:
        problems.append(Problem(line, column, message))

    def cell(column: str) -> str:
        return cells.get(column, "").strip()

    number = cell("member_number")
    if not number:
        bad("member_number", "missing")
    elif len(number) > MEMBER_NUMBER_MAX or not _MEMBER_NUMBER.match(number):
        bad(
            "member_number",
            f"{shown(number)} is not a member number (letters, digits, . / -, "
            f"at most {MEMBER_NUMBER_MAX})",
        )
    names = {}
    for column in ("first_name", "last_name"):
        name = normal_name(cells[column])
        names[column] = name
        if not name:
            bad(column, "missing")
        elif len(name) > NAME_MAX:
            bad(column, f"longer than {NAME_MAX} characters")
        elif not is_name(name):
            bad(column, f"{shown(name)} is not a name (letters, spaces, - ' . only)")
    email = cell("email")
    if email and not is_email(email):
        bad("email", f"{shown(email)} is not an e-mail address")
    phone = normal_phone(cells.get("phone", ""))
    if phone and not is_phone(phone):
        bad("phone", f"{shown(phone)} is not a phone number (digits, spaces, + ( ) . - /)")
    language = cell("language").lower()
    if language and language not in LANGUAGES:
        bad("language", f"{shown(language)} is not one of {', '.join(LANGUAGES)}")
    dates = {}
    for column in ("member_since", "shareholder_since"):
        text = cell(column)
        dates[column] = text or None
        if text and not _is_iso_date(text):
            bad(column, f"{shown(text)} is not a date (YYYY-MM-DD)")
    if problems:
        return None, problems
    return (
        MemberRow(
            line=line,
            number=number,
            first_name=names["first_name"],
            last_name=names["last_name"],
            email=email or None,
            phone=phone or None,
            language=language or None,
            antenne=cell("antenne") or None,
            member_since=dates["member_since"],
            shareholder_since=dates["shareholder_since"],
        ),
        [],
    )


def _is_iso_date(text: str) -> bool:
    if not _ISO_DATE.match(text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def member_person_id(number: str) -> str:
    """The id of the person a member number brings to the hub (not one merged into)."""
    return str(uuid.uuid5(_MEMBER_NAMESPACE, f"person|member|{number}"))


def plan_import(session: Session, rows: list[MemberRow], *, clock: HybridClock) -> ImportPlan:
    """What importing `rows` changes: one read of the antennes, the register and the hub's
    people, then every row merged in memory. Rows the hub cannot take (an unknown antenne,
    an e-mail that is another member's) become problems."""
    plan = ImportPlan()
    antennes = {
        slug: str(id_) for slug, id_ in session.execute(select(HubAntenna.slug, HubAntenna.id))
    }
    register: dict[str, str] = dict(
        session.execute(select(HubMember.member_number, HubMember.person_id)).all()
    )
    number_of = {person: number for number, person in register.items()}
    people: dict[str, tuple[dict[str, Any], dict[str, str], bool]] = {}
    by_email: dict[str, str] = {}
    for entity_id, data, stamps, purged in session.execute(
        select(HubRecord.entity_id, HubRecord.data, HubRecord.field_hlc, HubRecord.purged).where(
            HubRecord.entity == "person"
        )
    ):
        people[entity_id] = (data, stamps, purged)
        email = data.get("email")
        if email and not purged and data.get("deleted_at") is None:
            by_email.setdefault(str(email).lower(), entity_id)
    now = utcnow().isoformat()
    for row in rows:
        antenna_id = None
        if row.antenne is not None:
            antenna_id = antennes.get(row.antenne)
            if antenna_id is None:
                plan.problems.append(
                    Problem(row.line, "antenne", f"no antenne {shown(row.antenne)} at the hub")
                )
                continue
        person_id = register.get(row.number)
        new_number = person_id is None
        owner = by_email.get(row.email.lower()) if row.email else None
        merged = False
        if person_id is None and owner is not None:
            if owner in number_of:
                plan.problems.append(
                    Problem(
                        row.line,
                        "email",
                        f"{shown(row.email or '')} is the e-mail of member "
                        f"{shown(number_of[owner])}",
                    )
                )
                continue
            person_id, merged = owner, True
        elif owner is not None and owner != person_id:
            plan.problems.append(
                Problem(
                    row.line,
                    "email",
                    f"{shown(row.email or '')} is the e-mail of another person at the hub "
                    f"({owner})",
                )
            )
            continue
        person_id = person_id or member_person_id(row.number)
        current = people.get(person_id)
        if current is not None and current[2]:
            plan.erased.append(row.number)
            continue
        payload = _payload(person_id, row, antenna_id, None if current is None else current[0], now)
        merge = merge_fields(
            None if current is None else current[0],
            {} if current is None else current[1],
            payload,
            stamp=str(clock.now()),
            origin=HUB_ORIGIN,
        )
        if new_number:
            plan.numbers.append({"member_number": row.number, "person_id": person_id})
            register[row.number] = person_id
            number_of[person_id] = row.number
        if row.email:
            by_email.setdefault(row.email.lower(), person_id)
        record = {
            "entity": "person",
            "entity_id": person_id,
            "data": merge.row,
            "field_hlc": merge.field_hlc,
            "hlc": merge.row["hlc"],
            "origin": HUB_ORIGIN,
        }
        if current is None:
            merge.row.setdefault("created_at", now)
            plan.inserts.append(record)
        elif merge.changed:
            plan.updates.append(record)
        if current is None or merge.changed:
            people[person_id] = (merge.row, merge.field_hlc, False)
        if merged:
            plan.merged.append((row.number, person_id))
        elif current is None:
            plan.new += 1
        elif merge.changed:
            plan.updated += 1
        else:
            plan.unchanged += 1
    return plan


def _payload(
    person_id: str,
    row: MemberRow,
    antenna_id: str | None,
    current: dict[str, Any] | None,
    now: str,
) -> dict[str, Any]:
    """The columns the register sets on a person (every column for a new one)."""
    payload: dict[str, Any] = {"id": person_id}
    if current is None:
        payload.update(_DEFAULTS)
    elif current.get("kind") == "visitor":
        # A visitor a kiosk registered who is a member: the register says so.
        payload["kind"] = "member"
    payload.update(
        first_name=row.first_name,
        last_name=row.last_name,
        updated_at=now,
        **person_search_columns(row.first_name, row.last_name),
    )
    given = {
        "email": row.email,
        "phone": row.phone,
        "language": row.language,
        "antenna_id": antenna_id,
        "member_since": row.member_since,
        "shareholder_since": row.shareholder_since,
    }
    payload.update({column: value for column, value in given.items() if value is not None})
    return payload


def write_import(session: Session, plan: ImportPlan) -> None:
    """Write a plan: new and changed people, their change-log rows and the new member
    numbers, each in one executemany."""
    if plan.inserts:
        session.execute(
            insert(HubRecord),
            [
                {**record, "scope_antenna_id": None, "owner_antenna_id": None}
                for record in plan.inserts
            ],
        )
    if plan.updates:
        now = utcnow()
        session.execute(
            update(HubRecord),
            [{**record, "purged": False, "updated_at": now} for record in plan.updates],
        )
    if plan.numbers:
        session.execute(insert(HubMember), plan.numbers)
    log_rows(
        session,
        [
            change_row(
                "person",
                record["entity_id"],
                "upsert",
                record["data"],
                hlc=record["hlc"],
                origin=HUB_ORIGIN,
                scope_antenna_id=None,
            )
            for record in (*plan.inserts, *plan.updates)
        ],
    )


def person_of_member(session: Session, numbers: list[str]) -> dict[str, str]:
    """The person id of each of these member numbers the register knows."""
    if not numbers:
        return {}
    query = select(HubMember.member_number, HubMember.person_id).where(
        HubMember.member_number.in_(sorted(set(numbers)))
    )
    return dict(session.execute(query).all())
