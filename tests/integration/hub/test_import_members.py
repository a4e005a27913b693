"""`antenne hub import members`: the member register reaches the kiosks through the ordinary
sync (e-mail and phone only at the member's own antenne), merges into a person a kiosk
registered, and refuses bad files whole (hub on a real PostgreSQL)."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli import main
from db.models import Person, PersonKind
from hub.db import HubDatabase
from hub.models import HubChange, HubMember, HubRecord
from tests.helpers.sync import Hub, Kiosk, KioskFactory

HEADER = (
    "member_number;first_name;last_name;email;phone;language;antenne;member_since;shareholder_since"
)
REGISTER = (
    "\ufeff"  # saved by a spreadsheet: UTF-8 with a byte-order mark
    "Member number;First name;Last name;E-mail;Phone;Language;Antenne;Member since;"
    "Shareholder since\n"
    "1001;Zoé;Martin;zoe.martin@example.org;+32 470 12 34 56;fr;rennes;2021-03-04;2022-01-10\n"
    "1002;Lotte;Peeters;lotte@example.org;+32 9 123 45 67;nl;liege;2023-05-02;\n"
    "1003;Ahmed;Benali;;;en;;2024-09-30;\n"
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["hub", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def write(tmp_path: Path, text: str | bytes, name: str = "members.csv") -> Path:
    path = tmp_path / name
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(text)
    return path


def hub_state(database: HubDatabase) -> tuple[int, int, int]:
    """(people, logged changes, member numbers) at the hub."""
    with database.transaction() as session:
        people = session.scalar(
            select(func.count()).select_from(HubRecord).where(HubRecord.entity == "person")
        )
        changes = session.scalar(select(func.count()).select_from(HubChange))
        numbers = session.scalar(select(func.count()).select_from(HubMember))
    return int(people or 0), int(changes or 0), int(numbers or 0)


def kiosk_people(kiosk: Kiosk) -> dict[str, Person]:
    with kiosk.database.transaction() as session:
        return {p.last_name: p for p in session.scalars(select(Person))}


def two_antennes(hub: Hub, make_kiosk: KioskFactory) -> tuple[Kiosk, Kiosk]:
    hub.add_antenna("rennes")
    hub.add_antenna("liege", "Liège")
    return make_kiosk(hub, "kiosk-rennes"), make_kiosk(hub, "kiosk-liege", slug="liege")


def test_imported_members_reach_every_kiosk_their_contact_details_only_their_own(
    pg_hub: Hub, make_kiosk: KioskFactory, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rennes, liege = two_antennes(pg_hub, make_kiosk)
    code, out, err = run(
        capsys, "import", "members", str(write(tmp_path, REGISTER)), "--db", pg_hub.settings.db_url
    )
    assert (code, err) == (0, "")
    assert out.strip() == "3 new, 0 updated, 0 merged, 0 unchanged"
    rennes.sync()
    liege.sync()
    at_rennes, at_liege = kiosk_people(rennes), kiosk_people(liege)
    assert set(at_rennes) == set(at_liege) == {"Martin", "Peeters", "Benali"}
    zoe = at_rennes["Martin"]
    assert (zoe.first_name, zoe.email, zoe.phone) == (
        "Zoé",
        "zoe.martin@example.org",
        "+32 470 12 34 56",
    )
    assert (zoe.kind, str(zoe.member_since), str(zoe.shareholder_since)) == (
        PersonKind.member,
        "2021-03-04",
        "2022-01-10",
    )
    assert zoe.antenna_id == rennes.antenna_id
    # Another antenne's kiosk knows the member, not how to reach them.
    assert (at_liege["Martin"].email, at_liege["Martin"].phone) == (None, None)
    assert at_liege["Peeters"].email == "lotte@example.org"
    assert (at_rennes["Peeters"].email, at_rennes["Peeters"].phone) == (None, None)
    # A member of no antenne: no kiosk holds their contact details; the kiosk finds them.
    assert (at_rennes["Benali"].antenna_id, at_rennes["Benali"].language) == (None, "en")
    assert at_rennes["Benali"].search_last == "benali"
    # The imported member is their antenne's to edit, like a person its kiosk registered.
    with rennes.database.transaction() as session:
        session.get_one(Person, zoe.id).phone = "+32 470 99 99 99"
    assert rennes.sync().refused == 0


def test_the_same_file_again_changes_nothing_and_logs_nothing(
    pg_hub: Hub, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pg_hub.add_antenna("rennes")
    pg_hub.add_antenna("liege")
    path = write(tmp_path, REGISTER)
    assert run(capsys, "import", "members", str(path), "--db", pg_hub.settings.db_url)[0] == 0
    before = hub_state(pg_hub.database)
    assert before == (3, before[1], 3)
    code, out, _ = run(capsys, "import", "members", str(path), "--db", pg_hub.settings.db_url)
    assert (code, out.strip()) == (0, "0 new, 0 updated, 0 merged, 3 unchanged")
    assert hub_state(pg_hub.database) == before


def test_a_changed_row_updates_its_member_by_number_and_empty_cells_keep_what_the_hub_knows(
    pg_hub: Hub, make_kiosk: KioskFactory, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rennes, _liege = two_antennes(pg_hub, make_kiosk)
    run(capsys, "import", "members", str(write(tmp_path, REGISTER)), "--db", pg_hub.settings.db_url)
    changed = f"{HEADER}\n1001;Zoé;Martin-Dubois;;;;rennes;;2022-01-10\n"
    code, out, _ = run(
        capsys,
        "import",
        "members",
        str(write(tmp_path, changed, "b.csv")),
        "--db",
        pg_hub.settings.db_url,
    )
    assert (code, out.strip()) == (0, "0 new, 1 updated, 0 merged, 0 unchanged")
    rennes.sync()
    zoe = kiosk_people(rennes)["Martin-Dubois"]
    assert (zoe.email, zoe.phone, str(zoe.member_since)) == (
        "zoe.martin@example.org",
        "+32 470 12 34 56",
        "2021-03-04",
    )
    assert _people_count(rennes) == 3


def _people_count(kiosk: Kiosk) -> int:
    with kiosk.database.transaction() as session:
        return int(session.scalar(select(func.count()).select_from(Person)) or 0)


def test_a_member_a_kiosk_registered_is_merged_into_that_person_and_said_so(
    pg_hub: Hub, make_kiosk: KioskFactory, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rennes, liege = two_antennes(pg_hub, make_kiosk)
    with rennes.database.transaction() as session:
        visitor = Person(
            first_name="Zoe",
            last_name="Martin",
            email="Zoe.Martin@example.org",
            antenna_id=rennes.antenna_id,
        )
        session.add(visitor)
        session.flush()
        visitor_id = visitor.id
    rennes.sync()
    code, out, _ = run(
        capsys, "import", "members", str(write(tmp_path, REGISTER)), "--db", pg_hub.settings.db_url
    )
    assert code == 0
    assert f"merged member 1001 into person {visitor_id}" in out
    assert out.strip().endswith("2 new, 0 updated, 1 merged, 0 unchanged")
    assert hub_state(pg_hub.database)[0] == 3  # not four: Zoé is one person
    rennes.sync()
    liege.sync()
    zoe = kiosk_people(rennes)["Martin"]
    assert (zoe.id, zoe.first_name, zoe.kind, str(zoe.member_since)) == (
        visitor_id,
        "Zoé",
        PersonKind.member,
        "2021-03-04",
    )
    assert _people_count(rennes) == _people_count(liege) == 3
    # Merged once: the number now names that person, and the file again changes nothing.
    code, out, _ = run(
        capsys, "import", "members", str(write(tmp_path, REGISTER)), "--db", pg_hub.settings.db_url
    )
    assert out.strip() == "0 new, 0 updated, 0 merged, 3 unchanged"


def test_a_dry_run_says_what_would_change_and_writes_nothing(
    pg_hub: Hub, make_kiosk: KioskFactory, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rennes, _liege = two_antennes(pg_hub, make_kiosk)
    with rennes.database.transaction() as session:
        session.add(Person(first_name="Lotte", last_name="Peeters", email="LOTTE@example.org"))
    rennes.sync()
    before = hub_state(pg_hub.database)
    code, out, _ = run(
        capsys,
        "import",
        "members",
        str(write(tmp_path, REGISTER)),
        "--db",
        pg_hub.settings.db_url,
        "--dry-run",
    )
    assert code == 0
    assert "would merge member 1002 into person" in out
    assert out.strip().endswith("dry run, nothing written: 2 new, 0 updated, 1 merged, 0 unchanged")
    assert hub_state(pg_hub.database) == before


def test_skip_invalid_imports_the_good_rows_and_names_the_bad_ones(
    pg_hub: Hub, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pg_hub.add_antenna("rennes")
    text = f"{HEADER}\n1;Zoé;Martin;;;;rennes;;\n2;Jan;;;;;;;\n3;Ann;Maes;;;;gent;;\n"
    path = write(tmp_path, text)
    code, _, err = run(capsys, "import", "members", str(path), "--db", pg_hub.settings.db_url)
    assert code == 1
    assert hub_state(pg_hub.database)[0] == 0
    code, out, err = run(
        capsys, "import", "members", str(path), "--db", pg_hub.settings.db_url, "--skip-invalid"
    )
    assert code == 0
    assert err.splitlines() == [
        f"{path}, line 3: last_name: missing",
        f'{path}, line 4: antenne: no antenne "gent" at the hub',
    ]
    assert out.strip() == "1 new, 0 updated, 0 merged, 0 unchanged, 2 invalid row(s) skipped"


HOSTILE: dict[str, tuple[bytes, list[str]]] = {
    "an empty file": (b"", ["the file has no header line"]),
    "a byte-order mark alone": (b"\xef\xbb\xbf", ["the file has no header line"]),
    "Latin-1, not UTF-8": (
        f"{HEADER}\n1;Zoé;Martin;;;;;;\n".encode("latin-1"),
        ["line 2: the file is not UTF-8 text"],
    ),
    "a spreadsheet saved as UTF-16": (
        f"{HEADER}\n".encode("utf-16"),
        ["line 1: the file is not UTF-8 text"],
    ),
    "an unknown column": (
        b"member_number;first_name;last_name;password\n1;A;B;x\n",
        ['line 1: unknown column "password"'],
    ),
    "no member number column": (b"first_name,last_name\nZoe,Martin\n", ["no column member_number"]),
    "a column named twice": (
        b"member_number;first_name;last_name;email;E-mail\n",
        ["the column email is named twice"],
    ),
    "mixed separators": (
        f"{HEADER}\n1,Zoé,Martin,,,,,,\n2;Jan;Maes;;;;;;\n".encode(),
        ['line 2: row: 1 cell(s) where the header has 9 (separator ";")'],
    ),
    "a huge field": (
        f"{HEADER}\n1;{'A' * 200_000};Martin;;;;;;\n".encode(),
        ["line 2: row: cannot be read as CSV (field larger than field limit"],
    ),
    "a long name": (
        f"{HEADER}\n1;{'A' * 121};Martin;;;;;;\n".encode(),
        ["line 2: first_name: longer than 120 characters"],
    ),
    "an unterminated quote": (
        f'{HEADER}\n1;"Zoé;Martin;;;;;;\n'.encode(),
        ["line 2: row: cannot be read as CSV"],
    ),
    "wrong types": (
        f"{HEADER}\n1;Zoé;Martin;42;hello;klingon;;yesterday;2024-02-30\n".encode(),
        [
            'line 2: email: "42" is not an e-mail address; phone: "hello" is not a phone number'
            ' (digits, spaces, + ( ) . - /); language: "klingon" is not one of fr, nl, en; '
            'member_since: "yesterday" is not a date (YYYY-MM-DD); shareholder_since: '
            '"2024-02-30" is not a date (YYYY-MM-DD)'
        ],
    ),
    "a date that is not ISO": (
        f"{HEADER}\n1;Zoé;Martin;;;;;04/03/2021;\n".encode(),
        ['line 2: member_since: "04/03/2021" is not a date (YYYY-MM-DD)'],
    ),
    "injection-like strings": (
        f'{HEADER}\n"1\'; DROP TABLE hub_record; --";"Robert\'); DROP TABLE person;--";'
        "Tables;;;;;;\n"
        f"2;=cmd|'/c calc'!A1;Martin;;;;;;\n".encode(),
        [
            'line 2: member_number: "1\'; DROP TABLE hub_record; --" is not a member number'
            ' (letters, digits, . / -, at most 32); first_name: "Robert\'); DROP TABLE person;--"'
            " is not a name",
            "line 3: first_name: \"=cmd|'/c calc'!A1\" is not a name",
        ],
    ),
    "a control character": (
        f"{HEADER}\n1;Zo\x00é;Martin;;;;;;\n2;Jan;Maes;jan@exa\x1bmple.org;;;;;\n".encode(),
        ['line 2: first_name: "Zo\\u0000é" is not a name', "line 3: email"],
    ),
    "a missing name": (f"{HEADER}\n1; ;Martin;;;;;;\n".encode(), ["line 2: first_name: missing"]),
    "a member number twice": (
        f"{HEADER}\n7;Zoé;Martin;;;;;;\n7;Jan;Maes;;;;;;\n".encode(),
        ['line 3: member_number: "7" is already on line 2'],
    ),
    "an e-mail twice": (
        f"{HEADER}\n7;Zoé;Martin;a@b.org;;;;;\n8;Jan;Maes;A@B.org;;;;;\n".encode(),
        ['line 3: email: "A@B.org" is already on line 2'],
    ),
    "an unknown antenne": (
        f"{HEADER}\n7;Zoé;Martin;;;;atlantis;;\n".encode(),
        ['line 2: antenne: no antenne "atlantis" at the hub'],
    ),
}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_a_bad_file_is_refused_in_plain_lines_and_changes_nothing(
    case: str, hub_pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, expected = HOSTILE[case]
    for slug in ("rennes", "liege"):
        assert (
            main(["hub", "antenna", "add", "--db", hub_pg_url, "--slug", slug, "--name", slug]) == 0
        )
    assert (
        main(["hub", "import", "members", str(write(tmp_path, REGISTER)), "--db", hub_pg_url]) == 0
    )
    capsys.readouterr()
    before = _state(hub_pg_url)
    path = write(tmp_path, data, "bad.csv")
    code, out, err = run(capsys, "import", "members", str(path), "--db", hub_pg_url)
    assert code == 1
    assert out == ""
    assert "Traceback" not in err
    lines = err.splitlines()
    for line, wanted in zip(lines, expected, strict=False):
        assert wanted in line, (case, err)
    # One line per bad row, then what happened; a file that is no register is one line.
    assert len(lines) in (1, len(expected) + 1), err
    assert _state(hub_pg_url) == before


def test_a_folder_or_a_missing_file_is_one_line(
    hub_pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for path in (tmp_path, tmp_path / "missing.csv"):
        code, out, err = run(capsys, "import", "members", str(path), "--db", hub_pg_url)
        assert (code, out, len(err.splitlines())) == (1, "", 1), err
        assert str(path) in err


def _state(url: str) -> tuple[int, int, int]:
    database = HubDatabase(url)
    try:
        return hub_state(database)
    finally:
        database.dispose()


def test_member_ids_are_stable_from_their_number(
    hub_pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A register imported into a fresh hub gives each member the id it had."""
    from hub.service.members import member_person_id

    main(["hub", "antenna", "add", "--db", hub_pg_url, "--slug", "rennes", "--name", "R"])
    main(["hub", "antenna", "add", "--db", hub_pg_url, "--slug", "liege", "--name", "L"])
    assert (
        main(["hub", "import", "members", str(write(tmp_path, REGISTER)), "--db", hub_pg_url]) == 0
    )
    database = HubDatabase(hub_pg_url)
    try:
        with database.transaction() as session:
            numbers = dict(
                session.execute(select(HubMember.member_number, HubMember.person_id)).all()
            )
    finally:
        database.dispose()
    assert numbers == {number: member_person_id(number) for number in ("1001", "1002", "1003")}
    assert all(uuid.UUID(value).version == 5 for value in numbers.values())
