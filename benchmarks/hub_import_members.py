"""`antenne hub import members` of a 100 000-member register on PostgreSQL
(docs/architecture.md, "Performance targets": ≤ 60 s, re-import ≤ 20 s).

A register of BENCH_MEMBERS members (`;`-separated, with a byte-order mark, e-mail and phone
for most, spread over three antennes) is written to a file, then imported by the command
itself (reading, checking, planning, writing the people, their change log and the member
numbers, one transaction) into a fresh hub, then imported again (nothing changes). Baseline,
same run: one plain executemany of the same 100 000 person records into an empty hub's
`hub_record`, the floor of writing them at all; the import's `ratio` to it is printed.
"""

from __future__ import annotations

import contextlib
import io
import shutil
import time

from _common import BENCH_MEMBERS, emit
from _sync import new_hub, postgres_or_skip, scratch
from sqlalchemy import func, insert, select

from app.cli import main
from app.clock import HybridClock
from hub.models import HubChange, HubRecord
from hub.service.enrolment import add_antenna
from tests.helpers.sync import FIRST_NAMES, LAST_NAMES

NAMES = ["hub_import_members_100k", "hub_reimport_members_100k"]
ANTENNES = ("rennes", "bruxelles", "gent")
HEADER = (
    "member_number;first_name;last_name;email;phone;language;antenne;member_since;shareholder_since"
)


def register_text(count: int) -> str:
    lines = ["\ufeff" + HEADER]
    for index in range(count):
        first = FIRST_NAMES[index % len(FIRST_NAMES)]
        last = f"{LAST_NAMES[index % len(LAST_NAMES)]}-{LAST_NAMES[(index // 8) % len(LAST_NAMES)]}"
        email = f"member{index}@example.org" if index % 10 else ""
        phone = f"+32 470 {index // 10000:02d} {index % 10000:04d}" if index % 3 else ""
        language = ("fr", "nl", "en")[index % 3]
        since = f"20{10 + index % 15:02d}-{1 + index % 12:02d}-{1 + index % 28:02d}"
        shares = since if index % 4 == 0 else ""
        lines.append(
            f"{100000 + index};{first};{last};{email};{phone};{language};"
            f"{ANTENNES[index % len(ANTENNES)]};{since};{shares}"
        )
    return "\n".join(lines) + "\n"


def timed_import(path: str, url: str) -> tuple[float, str]:
    out = io.StringIO()
    started = time.perf_counter()
    with contextlib.redirect_stdout(out):
        code = main(["hub", "import", "members", path, "--db", url])
    elapsed = time.perf_counter() - started
    if code != 0:
        raise SystemExit(f"the import failed: {out.getvalue()}")
    return elapsed, out.getvalue().strip().splitlines()[-1]


def run() -> None:
    with postgres_or_skip(NAMES) as server:
        if server is None:
            return
        folder = scratch()
        try:
            path = folder / "members.csv"
            path.write_text(register_text(BENCH_MEMBERS), encoding="utf-8")
            hub = new_hub(server, "bench_import_members")
            with hub.transaction() as session:
                for slug in ANTENNES[1:]:
                    add_antenna(session, slug=slug, name=slug.title(), clock=HybridClock("hub"))
            url = hub.url
            first, summary = timed_import(str(path), url)
            again, summary_again = timed_import(str(path), url)
            with hub.transaction() as session:
                records = [
                    {
                        "entity": "person",
                        "entity_id": entity_id,
                        "scope_antenna_id": None,
                        "data": data,
                        "field_hlc": stamps,
                        "hlc": hlc,
                        "origin": "hub",
                    }
                    for entity_id, data, stamps, hlc in session.execute(
                        select(
                            HubRecord.entity_id, HubRecord.data, HubRecord.field_hlc, HubRecord.hlc
                        ).where(HubRecord.entity == "person")
                    )
                ]
                logged = session.scalar(select(func.count()).select_from(HubChange))
            hub.dispose()
            baseline_hub = new_hub(server, "bench_import_members_baseline")
            started = time.perf_counter()
            with baseline_hub.transaction() as session:
                session.execute(insert(HubRecord), records)
            baseline = time.perf_counter() - started
            baseline_hub.dispose()
            emit(
                "hub_import_members_100k",
                first,
                "s",
                members=BENCH_MEMBERS,
                summary=summary,
                logged=logged,
                baseline_executemany_s=round(baseline, 3),
                ratio=round(first / baseline, 2),
            )
            emit(
                "hub_reimport_members_100k",
                again,
                "s",
                members=BENCH_MEMBERS,
                summary=summary_again,
                ratio=round(again / baseline, 2),
            )
        finally:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    run()
