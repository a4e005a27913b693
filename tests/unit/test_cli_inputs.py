"""Every `antenne` command, given bad input, fails with one line and changes nothing.

The commands are found by walking the parser (`app.cli.build_parser`), so a new command is
covered the day it is added. Each gets, one at a time, bad values for the options it has: a
`--db` that is a text file, a Pabulib file, a folder, another program's SQLite file or a path in
a missing folder; a `--config` or an input file that is not UTF-8, a folder or missing; an
output in a missing folder or that is a folder; ids that are not ids or name nobody; absurd
numbers; a host or a hub address no one can reach. The other required options get values that
would work. A command passes when it exits non-zero without a traceback, with one line on
standard error, and leaves the database's dump and the folder's files as they were
(docs/architecture.md, "Errors").

Commands run in this process (`app.cli.main`); only the broken pipe needs a real pipe.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.cli import build_parser, main
from app.config import load_config
from app.context import AppContext
from app.voting import service
from db.engine import Database
from hub.db import HubDatabase
from hub.migrate import upgrade_hub
from tests.helpers.people import add_person, in_rennes

VOTE = {
    "title": "Adopter le règlement",
    "method": "motion",
    "level": "codecision",
    "channels": ["kiosk", "phone"],
    "secret": True,
    "language": "fr",
}
# Bytes no UTF-8 decoder takes (Latin-1 "é" and a lone continuation byte).
NOT_UTF8 = b"caf\xe9 \x80\n"


def _leaves(
    parser: argparse.ArgumentParser, words: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """Every runnable command: the words that name it and its parser."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _leaves(sub, (*words, name))
            return
    yield words, parser


COMMANDS = dict(_leaves(build_parser()))

# What is wrong with a value, by the option it goes to. Plain words (a name, a query, a
# reason) have no wrong value; `choices` and flags are argparse's.
DB_CASES = ("text-file", "pabulib-file", "folder", "other-sqlite", "missing-folder", "empty-name")
INPUT_CASES = ("not-utf8", "folder", "missing")
OUTPUT_CASES = ("missing-folder", "folder")
ID_CASES = ("not-an-id", "nobody")
NUMBER_CASES = ("-5", "0", "99999", "1000000000000")
BAD_VALUES: dict[str, tuple[str, ...]] = {
    "config": INPUT_CASES,
    "source": INPUT_CASES,
    "file": INPUT_CASES,
    "people": INPUT_CASES,
    "out": OUTPUT_CASES,
    "all": ("missing-folder",),
    "person": ID_CASES,
    "session": ID_CASES,
    "series": ID_CASES,
    "vote_id": ID_CASES,
    "device": ID_CASES,
    "host": ("a b/<x>", "-"),
    "hub": ("notaurl", "ftp://hub.example"),
    # Sessions: days and local starts that are none, a start in the past, a price that is not.
    "day": ("yesterday", "2026-02-30"),
    "until": ("2026-13-01",),
    "start": ("tomorrow", "2026-12-07T25:00", "2001-01-01T10:00", "2030-01-08T14:00+01:00"),
    "price": ("cheap", "-5", "1e400", "12.345"),
}
# The commands that create a database.
CREATORS = frozenset({("demo",), ("db", "upgrade")})
# Numbers a command may take as they are: a seed is any integer.
ANY_NUMBER = frozenset({"seed"})


def _option(action: argparse.Action) -> str | None:
    return action.option_strings[-1] if action.option_strings else None


def _scenarios() -> Iterator[tuple[tuple[str, ...], str, str]]:
    for words, parser in COMMANDS.items():
        for action in parser._actions:
            if action.dest == "db" and words in CREATORS:
                # They may make a database of an empty file: that is what they are for.
                cases: tuple[str, ...] = tuple(c for c in DB_CASES if c != "empty-name")
            elif action.dest == "db" and words[0] != "hub":
                cases = DB_CASES
            elif action.dest == "db":
                cases = ("text-file", "folder", "missing-folder")
            elif action.type is int and action.dest not in ANY_NUMBER:
                cases = NUMBER_CASES
            else:
                cases = BAD_VALUES.get(action.dest, ())
            for case in cases:
                yield words, action.dest, case


@dataclass
class World:
    """A database with someone and a draft vote in it, and files good and bad."""

    folder: Path
    db: Path
    hub_db: Path
    person: uuid.UUID
    vote: uuid.UUID

    def snapshot(self) -> tuple[list[str], list[str]]:
        """The databases' content and the folder's files (a mistyped path creates none)."""
        dump = []
        for path in (self.db, self.hub_db):
            connection = sqlite3.connect(path)
            try:
                dump += connection.iterdump()
            finally:
                connection.close()
        files = sorted(
            str(path.relative_to(self.folder))
            for path in self.folder.rglob("*")
            if not path.name.endswith(("-wal", "-shm"))
        )
        return dump, files

    def good(self, words: tuple[str, ...], dest: str) -> str | None:
        """A value that works, for the options a command needs."""
        good_files = self.folder / "good"
        if words[0] == "hub" and dest == "db":
            return f"sqlite:///{self.hub_db}"
        return {
            "db": str(self.db),
            "person": str(self.person),
            "vote_id": str(self.vote),
            "session": str(uuid.uuid4()),
            "out": str(good_files / "out.pdf"),
            "count": "3",
            "source": str(good_files / "vote.json"),
            "file": str(good_files / "vote.json"),
            "people": str(good_files / "people.txt"),
            "token": "ANT1-" + "0" * 26,
            "name": "Noor",
            "hub": "http://127.0.0.1:9",
            "code": "ABCD-EFGH",
            "slug": "liege",
            "antenna": "liege",
            "kind": "content",
            "device": str(uuid.uuid4()),
            "title": "Co-working",
            "session_kind": "drop_in",
            "start": "2030-01-08T14:00",
            "reason": "La salle est prise",
        }.get(dest)

    def bad(self, dest: str, case: str) -> str:
        bad_files = self.folder / "bad"
        if dest == "db":
            return {
                "text-file": str(bad_files / "notes.txt"),
                "pabulib-file": str(bad_files / "budget.pb"),
                "folder": str(bad_files),
                "other-sqlite": str(bad_files / "other.sqlite3"),
                "missing-folder": str(self.folder / "typo" / "antenne.sqlite3"),
                "empty-name": str(bad_files / "new.sqlite3"),
            }[case]
        if case == "not-utf8":
            return str(bad_files / "latin1.txt")
        if case == "folder":
            return str(bad_files)
        if case == "missing":
            return str(bad_files / "absent.txt")
        if case == "missing-folder":
            return str(self.folder / "typo" / "out.pdf")
        if case == "not-an-id":
            return "not-an-id"
        if case == "nobody":
            return str(uuid.uuid4())
        return case


@pytest.fixture(scope="module")
def world(migrated_template: Path, tmp_path_factory: pytest.TempPathFactory) -> World:
    folder = tmp_path_factory.mktemp("inputs")
    path = folder / "antenne.sqlite3"
    shutil.copyfile(migrated_template, path)
    database = Database.at(path, node_id="kiosk-test")
    ctx = AppContext(config=load_config(environ={}, db_path=path, seed_demo=False), db=database)
    in_rennes(ctx)
    person = add_person(ctx, "Camille", "Dupont")
    vote = service.create_vote(ctx, VOTE)
    database.dispose()

    good = folder / "good"
    good.mkdir()
    (good / "vote.json").write_text(json.dumps(VOTE), encoding="utf-8")
    (good / "people.txt").write_text(f"{person}\n", encoding="utf-8")
    bad = folder / "bad"
    bad.mkdir()
    (bad / "notes.txt").write_text("shopping list\n", encoding="utf-8")
    (bad / "budget.pb").write_text("META\nkey;value\n", encoding="utf-8")
    (bad / "latin1.txt").write_bytes(NOT_UTF8)
    (bad / "new.sqlite3").write_bytes(b"")
    other = sqlite3.connect(bad / "other.sqlite3")
    other.execute("CREATE TABLE recipes (name TEXT)")
    other.commit()
    other.close()
    hub_db = good / "hub.sqlite3"
    hub = HubDatabase(f"sqlite:///{hub_db}")
    upgrade_hub(hub)
    hub.dispose()
    return World(folder=folder, db=path, hub_db=hub_db, person=person, vote=vote)


@pytest.fixture(autouse=True)
def no_embedded_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A command that forgot `--db` must not reach this machine's own kiosk database."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    for name in list(os.environ):
        if name.startswith("ANTENNE_"):
            monkeypatch.delenv(name)
    # A PIN that would do, for `facilitator add`: the bad input is the only one.
    monkeypatch.setattr(sys, "stdin", io.StringIO("2468\n"))


def _argv(world: World, words: tuple[str, ...], dest: str, value: str) -> list[str]:
    """The command with `value` for `dest` and working values for what else it needs."""
    parser = COMMANDS[words]
    argv = list(words)
    chosen = {
        id(action)
        for group in parser._mutually_exclusive_groups
        for action in group._group_actions
        if action.dest == dest
    }
    for group in parser._mutually_exclusive_groups:
        members = group._group_actions
        if group.required and not any(id(action) in chosen for action in members):
            chosen.add(id(members[0]))
    for action in parser._actions:
        # What the command needs: its required options and positionals, one option of a
        # required group, and always the test's database.
        needed = (
            action.required
            or id(action) in chosen
            or action.dest == "db"
            or (not action.option_strings and action.nargs is None)
        )
        if action.dest == dest:
            given: str | None = value
        elif needed:
            given = world.good(words, action.dest)
        else:
            continue
        if given is None:
            continue
        option = _option(action)
        argv += [option, given] if option else [given]
    return argv


@pytest.mark.parametrize(
    ("words", "dest", "case"),
    list(_scenarios()),
    ids=[f"{' '.join(words)} {dest}={case}" for words, dest, case in _scenarios()],
)
def test_a_bad_input_fails_in_one_line_and_changes_nothing(
    world: World,
    words: tuple[str, ...],
    dest: str,
    case: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = _argv(world, words, dest, world.bad(dest, case))
    before = world.snapshot()
    try:
        status = main(argv)
    except SystemExit as exit_:  # argparse refuses the value itself
        status = exit_.code if isinstance(exit_.code, int) else 1
    captured = capsys.readouterr()
    assert status != 0, f"{argv} succeeded: {captured.out}"
    assert "Traceback" not in captured.err
    if status == 2 and captured.err.startswith("usage:"):
        # argparse refused the value: its usage, then one line saying why.
        problem = [line for line in captured.err.splitlines() if line.startswith("antenne")]
        assert len(problem) == 1, f"{argv}: {captured.err!r}"
    else:
        # One line and no log lines (they need `-v`).
        assert captured.err.startswith("antenne"), f"{argv}: {captured.err!r}"
        assert captured.err.count("\n") == 1, f"{argv}: {captured.err!r}"
    assert world.snapshot() == before, f"{argv} changed something"


def test_every_command_is_tried(world: World) -> None:
    """A command with options but no scenario would be a command nobody checks."""
    tried = {words for words, _dest, _case in _scenarios()}
    assert set(COMMANDS) - tried == set()


# -- What the walk cannot reach: a vote that is open, a real pipe, a second run --------------


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_vote_serve_says_why_it_cannot_serve(
    ctx: AppContext, capsys: pytest.CaptureFixture[str]
) -> None:
    in_rennes(ctx)
    vote = service.create_vote(ctx, VOTE)
    db = ["--db", str(ctx.config.db_path), "--host", "127.0.0.1"]
    status, out, err = _run(["vote", "serve", str(vote), *db, "--port", "8765"], capsys)
    assert (status, out) == (1, "")
    assert err == "antenne: The vote is not open yet: open it first (antenne vote open).\n"

    service.open_vote(ctx, vote)
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = str(busy.getsockname()[1])
        status, out, err = _run(["vote", "serve", str(vote), *db, "--port", port], capsys)
    assert (status, out) == (1, "")
    assert err.startswith(f"antenne: The phone ballot page cannot be served on 127.0.0.1:{port}")
    assert err.count("\n") == 1
    unknown = ["vote", "serve", str(vote), "--db", str(ctx.config.db_path), "--port", port]
    status, _out, err = _run([*unknown, "--host", "no-such-host.invalid"], capsys)
    assert status == 1 and "cannot be served on no-such-host.invalid" in err


def test_slips_refused_leave_the_file_that_was_there(
    ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    in_rennes(ctx)
    kiosk_only = service.create_vote(ctx, {**VOTE, "channels": ["kiosk"]})
    out = tmp_path / "slips.pdf"
    out.write_bytes(b"last week's slips")
    argv = ["vote", "slips", str(kiosk_only), "--count", "3", "--out", str(out)]
    status, _out, err = _run([*argv, "--db", str(ctx.config.db_path)], capsys)
    assert status == 1 and err.count("\n") == 1
    assert out.read_bytes() == b"last week's slips"
    left = {path.name for path in tmp_path.iterdir() if not path.name.endswith(("-wal", "-shm"))}
    assert left == {"antenne.sqlite3", "slips.pdf"}


def test_a_second_erasure_says_the_person_was_erased(
    ctx: AppContext, capsys: pytest.CaptureFixture[str]
) -> None:
    in_rennes(ctx)
    person = add_person(ctx, "Camille", "Dupont", consent_at=datetime(2026, 1, 5, tzinfo=UTC))
    badge = ["badge", "issue", "--person", str(person), "--out", str(ctx.config.db_path.parent)]
    db = ["--db", str(ctx.config.db_path)]
    assert _run([*badge[:-1], str(ctx.config.db_path.parent / "b.pdf"), *db], capsys)[0] == 0
    status, out, _err = _run(["privacy", "erase", "--person", str(person), *db], capsys)
    assert status == 0 and "1 badge(s) deleted" in out
    status, _out, err = _run(["privacy", "erase", "--person", str(person), *db], capsys)
    exported = _run(["privacy", "export", "--person", str(person), *db], capsys)[0] == 0
    assert status == 1
    if exported:  # a tombstone: what a second erasure says
        assert (
            err == f"antenne: {person} was already erased: only an anonymous tombstone "
            "is left, nothing personal.\n"
        )
    else:
        assert "Nobody is known" in err


def test_badges_issued_and_revoked_on_the_command_line_are_audited(
    ctx: AppContext, capsys: pytest.CaptureFixture[str]
) -> None:
    from sqlalchemy import select

    from db.models import AuditEntry

    in_rennes(ctx)
    person = add_person(ctx, "Noor", "El Amrani")
    db = ["--db", str(ctx.config.db_path)]
    out = str(ctx.config.db_path.parent / "badge.pdf")
    assert _run(["badge", "issue", "--person", str(person), "--out", out, *db], capsys)[0] == 0
    assert _run(["badge", "revoke", "--person", str(person), *db], capsys)[0] == 0
    assert _run(["badge", "revoke", "--person", str(person), *db], capsys)[0] == 0
    with ctx.db.session() as session:
        entries = session.execute(
            select(AuditEntry.action, AuditEntry.target, AuditEntry.details).order_by(AuditEntry.id)
        ).all()
    target = f"person:{person}"
    assert [(action, where, details["via"]) for action, where, details in entries] == [
        ("badge_print", target, "cli"),
        ("badge_revoke", target, "cli"),  # once: the second revoke changed nothing
    ]


def test_the_demo_never_moves_in_beside_real_people(
    ctx: AppContext, capsys: pytest.CaptureFixture[str]
) -> None:
    from db.demo import seed_if_empty
    from db.models import Person

    with ctx.db.transaction() as session:
        session.add(Person(first_name="Camille", last_name="Dupont"))
    assert seed_if_empty(ctx.db) is False
    status, out, err = _run(["demo", "--db", str(ctx.config.db_path)], capsys)
    assert (status, out) == (1, "")
    assert "already holds an antenne or people" in err
    with ctx.db.session() as session:
        assert session.query(Person).count() == 1


def _antenne(*argv: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *argv],
        capture_output=True,
        text=True,
        check=False,
        **kwargs,  # type: ignore[call-overload]
    )


def test_log_lines_only_with_v(tmp_path: Path) -> None:
    quiet = _antenne("db", "upgrade", "--db", str(tmp_path / "quiet.sqlite3"))
    assert quiet.returncode == 0 and quiet.stderr == ""
    verbose = _antenne("-v", "db", "upgrade", "--db", str(tmp_path / "verbose.sqlite3"))
    assert verbose.returncode == 0 and "upgrading database" in verbose.stderr


def test_a_reader_that_stops_early_gets_no_traceback(ctx: AppContext) -> None:
    in_rennes(ctx)
    with ctx.db.transaction() as session:
        from db.models import Antenna, Person

        antenna = session.query(Antenna).one()
        # More than a pipe holds, so the command is still writing when the reader leaves.
        session.add_all(
            Person(first_name=f"Prénom{n}", last_name=f"Nom{n}", antenna_id=antenna.id)
            for n in range(1500)
        )
    with subprocess.Popen(
        [sys.executable, "-m", "app.cli", "people", "find", "", "--db", str(ctx.config.db_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        assert process.stdout.readline()
        process.stdout.close()  # `| head -1`
        errors = process.stderr.read().decode()
        assert process.wait() != 0
    assert errors == ""
