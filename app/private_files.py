"""The kiosk's files that hold personal data or secrets are for the kiosk's user only.

The database holds people's contact details, facilitators' PIN hashes and the device token
that lets the kiosk sync (`sync_state`); the exports and the badges kept when the printer
failed sit in its folder. So the folder is created 0700 and the database 0600 before SQLite
opens it: SQLite gives its `-wal` and `-shm` files the database file's own mode, so they are
private too. What was created before this rule (or copied in by hand) is not changed behind
anyone's back: `antenne run` checks and says which `chmod` to run (docs/architecture.md,
"Secrets at rest").

A leaf helper: `db.engine` creates the files with it, and `antenne run` checks them before Qt
starts, so it imports nothing but the standard library and `app.errors`/`app.log`.
"""

from __future__ import annotations

import os
import shlex
import stat
from dataclasses import dataclass
from pathlib import Path

from app import log
from app.errors import QT_TRANSLATE_NOOP, Message

FILE_MODE = 0o600
FOLDER_MODE = 0o700
# SQLite's companions of a database file: they hold pages of it.
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
# Permission bits that let anyone but the owner read, change or enter.
_OTHERS = stat.S_IRWXG | stat.S_IRWXO


def private_folder(folder: Path) -> Path:
    """Create `folder` and any missing parent for the owner only (0700); a folder that
    already exists is left as it is (it may be shared on purpose: `/tmp`, a checkout)."""
    missing: list[Path] = []
    current = folder
    while not current.exists():
        missing.append(current)
        current = current.parent
    for path in reversed(missing):
        # mkdir's mode passes through the umask, which can only take bits away from 0700.
        path.mkdir(mode=FOLDER_MODE, exist_ok=True)
    return folder


def create_private_file(path: Path) -> None:
    """Create `path` empty and 0600 unless it exists (SQLite takes an empty file as a new
    database). An existing file keeps its mode: `exposed` reports it."""
    private_folder(path.parent)
    descriptor = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_CLOEXEC, FILE_MODE)
    os.close(descriptor)


@dataclass(frozen=True)
class Exposed:
    """A file or folder of the kiosk that other users of the machine can reach."""

    path: Path
    mode: int
    folder: bool


def exposed(database: Path) -> list[Exposed]:
    """The database, its SQLite side files and its folder, where others than the owner have
    any permission. A folder anyone may write to but only owners may delete from (the sticky
    bit, as `/tmp`) is shared by design and not reported: the files in it are."""
    found: list[Exposed] = []
    folder = database.parent
    try:
        folder_mode = folder.stat().st_mode
    except FileNotFoundError:
        return found
    if folder_mode & _OTHERS and not folder_mode & stat.S_ISVTX:
        found.append(Exposed(folder, stat.S_IMODE(folder_mode), folder=True))
    for path in (database, *(Path(f"{database}{suffix}") for suffix in SIDE_SUFFIXES)):
        try:
            mode = path.stat().st_mode
        except FileNotFoundError:
            continue
        if mode & _OTHERS:
            found.append(Exposed(path, stat.S_IMODE(mode), folder=False))
    return found


def fix_command(found: list[Exposed]) -> str:
    """The shell command that makes `found` private again."""
    commands = []
    folders = [shlex.quote(str(item.path)) for item in found if item.folder]
    files = [shlex.quote(str(item.path)) for item in found if not item.folder]
    if folders:
        commands.append(f"chmod {FOLDER_MODE:o} {' '.join(folders)}")
    if files:
        commands.append(f"chmod {FILE_MODE:o} {' '.join(files)}")
    return " && ".join(commands)


def warn_if_exposed(database: Path) -> Message | None:
    """Log a warning for each exposed file of `database` and return what a facilitator reads
    (None: all private)."""
    found = exposed(database)
    if not found:
        return None
    for item in found:
        log.db.warning(
            "%s can be read by other users of this computer (mode %04o, should be %04o)",
            item.path,
            item.mode,
            FOLDER_MODE if item.folder else FILE_MODE,
        )
    command = fix_command(found)
    log.db.warning("To keep the kiosk's data private, run: %s", command)
    return Message(
        "PrivateFiles",
        QT_TRANSLATE_NOOP(
            "PrivateFiles",
            "Other users of this computer can read the kiosk's database (contact details, "
            "the sync token). Ask whoever looks after the kiosk to run: {command}",
        ),
        {"command": command},
    )
