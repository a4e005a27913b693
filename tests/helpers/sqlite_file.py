"""An SQLite database file and its WAL read byte by byte, as someone holding a copy would read
them (https://sqlite.org/fileformat2.html): every b-tree cell of every page with its offset,
decoded as a record, and the WAL's frames grouped by the commit that wrote them.

For the attacker of tests/unit/voting/test_secrecy_on_disk.py: nothing here asks SQLite.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

LEAF_TABLE, LEAF_INDEX, INTERIOR_TABLE, INTERIOR_INDEX = 13, 10, 5, 2
WAL_HEADER, FRAME_HEADER = 32, 24

Value = int | float | str | bytes | None


@dataclass(frozen=True)
class Cell:
    """One b-tree cell: where it sits and the record it holds (None: not all on this page)."""

    page: int
    offset: int
    values: tuple[Value, ...] | None
    # The values on this page when the record runs on into overflow pages (the last one cut).
    prefix: tuple[Value, ...] = ()


@dataclass(frozen=True)
class Commit:
    """The pages one WAL transaction wrote, in frame order (`number`: its place in the WAL)."""

    number: int
    pages: dict[int, bytes]


def _varint(data: bytes, at: int) -> tuple[int, int]:
    value = 0
    for i in range(8):
        byte = data[at + i]
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, at + i + 1
    return (value << 8) | data[at + 8], at + 9


def _record(payload: bytes) -> tuple[Value, ...]:
    header_size, at = _varint(payload, 0)
    types = []
    while at < header_size:
        kind, at = _varint(payload, at)
        types.append(kind)
    body = header_size
    values: list[Value] = []
    widths = {1: 1, 2: 2, 3: 3, 4: 4, 5: 6, 6: 8}
    for kind in types:
        if kind == 0:
            values.append(None)
        elif kind in widths:
            width = widths[kind]
            values.append(int.from_bytes(payload[body : body + width], "big", signed=True))
            body += width
        elif kind == 7:
            values.append(struct.unpack(">d", payload[body : body + 8])[0])
            body += 8
        elif kind in (8, 9):
            values.append(kind - 8)
        else:
            size = (kind - 12) // 2 if kind % 2 == 0 else (kind - 13) // 2
            raw = payload[body : body + size]
            values.append(raw if kind % 2 == 0 else raw.decode("utf-8", "replace"))
            body += size
    return tuple(values)


def _local_size(size: int, local_max: int, usable: int) -> int:
    """How much of a record too big for its page stays on it (the file format's formula)."""
    local_min = (usable - 12) * 32 // 255 - 23
    local = local_min + (size - local_min) % (usable - 4)
    return local if local <= local_max else local_min


def page_cells(number: int, page: bytes, usable: int) -> list[Cell]:
    """Every cell of a b-tree page (empty for any other page)."""
    start = 100 if number == 1 else 0
    if len(page) <= start:
        return []
    kind = page[start]
    if kind not in (LEAF_TABLE, LEAF_INDEX, INTERIOR_TABLE, INTERIOR_INDEX):
        return []
    count = int.from_bytes(page[start + 3 : start + 5], "big")
    header = start + (8 if kind in (LEAF_TABLE, LEAF_INDEX) else 12)
    cells = []
    for i in range(count):
        offset = int.from_bytes(page[header + 2 * i : header + 2 * i + 2], "big")
        if not 0 < offset < len(page):
            continue
        at = offset + (4 if kind in (INTERIOR_TABLE, INTERIOR_INDEX) else 0)
        if kind == INTERIOR_TABLE:
            cells.append(Cell(number, offset, None))
            continue
        size, at = _varint(page, at)
        if kind == LEAF_TABLE:
            _rowid, at = _varint(page, at)
            local_max = usable - 35
        else:
            local_max = (usable - 12) * 64 // 255 - 23
        values = None
        prefix: tuple[Value, ...] = ()
        try:
            if size <= local_max:
                values = _record(page[at : at + size])
            else:
                prefix = _record(page[at : at + _local_size(size, local_max, usable)])
        except (IndexError, ValueError):
            values = None
        cells.append(Cell(number, offset, values, prefix))
    return cells


@dataclass
class DatabaseImage:
    """A database file's pages, and its WAL's commits (oldest first, stale ones included)."""

    page_size: int
    usable: int
    pages: dict[int, bytes]
    commits: list[Commit]

    @classmethod
    def read(cls, path: Path) -> DatabaseImage:
        data = path.read_bytes()
        size = int.from_bytes(data[16:18], "big")
        page_size = 65536 if size == 1 else size
        usable = page_size - data[20]
        pages = {
            i // page_size + 1: data[i : i + page_size] for i in range(0, len(data), page_size)
        }
        wal = Path(f"{path}-wal")
        commits = _wal_commits(wal.read_bytes(), page_size) if wal.exists() else []
        return cls(page_size, usable, pages, commits)

    def current(self) -> dict[int, bytes]:
        """The pages as a reader of the database would see them: the WAL's last versions win."""
        pages = dict(self.pages)
        for commit in self.commits:
            pages.update(commit.pages)
        return pages

    def cells(self) -> Iterator[Cell]:
        for number, page in sorted(self.current().items()):
            yield from page_cells(number, page, self.usable)


def _wal_commits(wal: bytes, page_size: int) -> list[Commit]:
    """Every whole transaction in the WAL, the current generation's and older ones still in the
    file (a checkpoint restarts the WAL from its start with the first salt plus one)."""
    frames: list[tuple[int, int, int, bytes, bool]] = []
    at = WAL_HEADER
    index = 0
    while at + FRAME_HEADER + page_size <= len(wal):
        number, after, salt1 = struct.unpack(">IIi", wal[at : at + 12])
        page = wal[at + FRAME_HEADER : at + FRAME_HEADER + page_size]
        if number:
            frames.append((salt1, index, number, page, after != 0))
        at += FRAME_HEADER + page_size
        index += 1
    frames.sort(key=lambda frame: (frame[0], frame[1]))
    commits: list[Commit] = []
    pending: dict[int, bytes] = {}
    for _salt, _index, number, page, ends in frames:
        pending[number] = page
        if ends:
            commits.append(Commit(len(commits), pending))
            pending = {}
    return commits


def records(page: bytes, number: int, usable: int) -> list[tuple[Any, ...]]:
    return [cell.values for cell in page_cells(number, page, usable) if cell.values is not None]
