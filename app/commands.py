"""What every `antenne` command shares: the `--db`/`--config` options, the context they open,
and the checks a command makes on its inputs before it changes anything.

The feature CLIs (`app/*/cli.py`, `ui/cli.py`) import these helpers from here, and `app.cli`
imports the feature CLIs to assemble the parser: keeping the helpers apart keeps that one-way.
Each check raises `InvalidInputError` with one translatable line, which `app.cli.main` prints
(docs/architecture.md, "Errors").
"""

from __future__ import annotations

import argparse
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from app.errors import QT_TRANSLATE_NOOP, InvalidInputError, Message

if TYPE_CHECKING:
    from app.config import Config
    from app.context import AppContext

CONTEXT = "Commands"
# The first 16 bytes of every SQLite database file.
SQLITE_HEADER = b"SQLite format 3\x00"


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=Path, help="SQLite database file (default: the embedded one)")
    parser.add_argument("--config", type=Path, help="TOML configuration file")


def _refuse(source: str, **params: object) -> InvalidInputError:
    return InvalidInputError(Message(CONTEXT, source, params))


def check_database(path: Path, *, create: bool = False) -> None:
    """`path` is an Antenne database, or (with `create`, for `demo` and `db upgrade`) a file
    that may become one: a new file in an existing folder, or an empty one.

    A mistyped `--db` must not leave a new database (and its folders) behind and let the
    command succeed on it; a text file, a Pabulib file or another program's database must not
    be turned into one. Read before SQLite opens it: SQLAlchemy would switch it to WAL."""
    if path.is_dir():
        raise _refuse(
            QT_TRANSLATE_NOOP("Commands", "{path} is a folder, not a database file."),
            path=str(path),
        )
    if not path.exists():
        if create and path.parent.is_dir():
            return
        if create:
            raise _refuse(
                QT_TRANSLATE_NOOP("Commands", "The folder of {path} does not exist."),
                path=str(path),
            )
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Commands",
                "There is no database at {path}: check the path, or create one with "
                "`antenne db upgrade` or `antenne demo`.",
            ),
            path=str(path),
        )
    try:
        with path.open("rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except OSError as error:
        raise cannot_use(path, error) from error
    if header == b"" and create:
        return
    if header != SQLITE_HEADER or not _holds_antenne_schema(path, create=create):
        raise _refuse(
            QT_TRANSLATE_NOOP("Commands", "{path} is not an Antenne database."), path=str(path)
        )


def _holds_antenne_schema(path: Path, *, create: bool) -> bool:
    """Whether the SQLite file at `path` is one of ours (its migrations table), read-only;
    with `create`, an SQLite file with no table at all may become one too."""
    # With no write-ahead log beside it the file is complete: read it as immutable, which
    # creates no side file (a read-only connection would leave a `-shm` others can read).
    # With one, a kiosk may be running on it: its side files already exist.
    mode = "mode=ro" if Path(f"{path}-wal").exists() else "immutable=1"
    try:
        connection = sqlite3.connect(f"file:{quote(str(path))}?{mode}", uri=True)
    except sqlite3.Error:
        return False
    try:
        names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    except sqlite3.Error:
        return False
    finally:
        connection.close()
    return "alembic_version" in names or (create and not names)


def cannot_use(path: Path, error: OSError) -> InvalidInputError:
    """An environment error on a file a person named, as one line."""
    return _refuse(
        QT_TRANSLATE_NOOP("Commands", "Cannot use {path}: {error}."),
        path=str(path),
        error=error.strerror or str(error),
    )


def check_output(path: Path) -> None:
    """`path` can be written: its folder exists and it is not a folder (checked before the
    command changes anything, so a typo in `--out` costs nothing)."""
    if path.is_dir():
        raise _refuse(
            QT_TRANSLATE_NOOP("Commands", "{path} is a folder: name the file to write."),
            path=str(path),
        )
    if not path.parent.is_dir():
        raise _refuse(
            QT_TRANSLATE_NOOP("Commands", "The folder of {path} does not exist."),
            path=str(path),
        )


def opened_context(config: Config) -> AppContext:
    """The context on the existing database `config` names; never seeds the demo (only
    `antenne demo` does)."""
    from app.application import open_context

    check_database(config.db_path)
    return open_context(config.with_changes(seed_demo=False))


@contextmanager
def command_context(args: argparse.Namespace) -> Iterator[AppContext]:
    """The database a command works on (`--db`, `--config`, or the embedded one), closed when
    the command is done."""
    from app.config import load_config

    context = opened_context(load_config(args.config, db_path=args.db))
    try:
        yield context
    finally:
        context.db.dispose()
