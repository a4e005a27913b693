"""A fake CUPS command line (`lp`, `lpstat`, `cancel`) on the PATH, driven by a JSON file, and
a context that prints badges on its `label` queue.

Each test says what the commands answer; the fake records every call (arguments and the
bytes `lp` read) so tests can check what was asked of CUPS, without any CUPS installed.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest

from app.context import AppContext

FAKE = r"""
import json, os, sys
state_path = os.environ["FAKE_CUPS_STATE"]
with open(state_path, encoding="utf-8") as f:
    state = json.load(f)
name = os.path.basename(sys.argv[0])
args = sys.argv[1:]
data = sys.stdin.buffer.read() if name == "lp" else b""
with open(state["calls"], "a", encoding="utf-8") as f:
    f.write(json.dumps({"cmd": name, "args": args, "size": len(data),
                        "cups_server": os.environ.get("CUPS_SERVER"),
                        "lc_all": os.environ.get("LC_ALL")}) + "\n")
if name == "lp":
    answers = state["lp"]
    answer = answers.pop(0) if len(answers) > 1 else answers[0]
    with open(state_path, "w", encoding="utf-8") as f:
        json.dump(state, f)
    if data:
        with open(state["last_pdf"], "wb") as f:
            f.write(data)
    sys.stdout.write(answer.get("stdout", ""))
    sys.stderr.write(answer.get("stderr", ""))
    sys.exit(answer.get("rc", 0))
if name == "lpstat":
    if args == ["-r"]:
        print("scheduler is running" if state["scheduler"] else "scheduler is not running")
    elif args[:1] == ["-p"]:
        if state["paused"]:
            print(f"printer {args[1]} disabled since Thu Jan  1 00:00:00 2026 -")
            print("\tPaused")
        else:
            print(f"printer {args[1]} is idle.  enabled since Thu Jan  1 00:00:00 2026")
    elif args == ["-e"]:
        print("\n".join(state["printers"]))
    elif args == ["-d"]:
        print("no system default destination")
    elif "-W" in args:
        which = args[args.index("-W") + 1]
        sys.stdout.write(state["jobs"].get(which, ""))
    sys.exit(0)
sys.exit(0)  # cancel
"""


def listing(job_id: str, alerts: str = "none") -> str:
    """One job as `lpstat -l -o` shows it."""
    return (
        f"{job_id}          root              2048   Thu Jan  1 00:00:00 2026\n"
        f"\tStatus: \n\tAlerts: {alerts}\n\tqueued for {job_id.rpartition('-')[0]}\n"
    )


@dataclass
class FakeCups:
    folder: Path
    state: dict[str, Any]

    def set(self, **changes: Any) -> None:
        self.state.update(changes)
        (self.folder / "state.json").write_text(json.dumps(self.state), encoding="utf-8")

    def calls(self, cmd: str | None = None) -> list[dict[str, Any]]:
        path = Path(self.state["calls"])
        if not path.exists():
            return []
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        return [row for row in rows if cmd is None or row["cmd"] == cmd]

    def last_pdf(self) -> bytes:
        return Path(self.state["last_pdf"]).read_bytes()


def accepted(job_id: str = "label-7") -> dict[str, Any]:
    return {"rc": 0, "stdout": f"request id is {job_id} (0 file(s))\n"}


def refused(stderr: str) -> dict[str, Any]:
    return {"rc": 1, "stderr": stderr}


@pytest.fixture
def fake_cups(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeCups]:
    """CUPS commands that answer as a test says; by default every job prints at once."""
    bin_dir = tmp_path / "fake-cups-bin"
    bin_dir.mkdir()
    script = bin_dir / "fake_cups.py"
    script.write_text(f"#!{sys.executable}\n{FAKE}", encoding="utf-8")
    script.chmod(0o755)
    for name in ("lp", "lpstat", "cancel"):
        (bin_dir / name).symlink_to(script)
    fake = FakeCups(folder=tmp_path, state={})
    fake.set(
        calls=str(tmp_path / "calls.jsonl"),
        last_pdf=str(tmp_path / "last.pdf"),
        lp=[accepted()],
        scheduler=True,
        paused=False,
        printers=["label", "office"],
        jobs={"completed": listing("label-7", "processing-to-stop-point")},
    )
    monkeypatch.setenv("FAKE_CUPS_STATE", str(tmp_path / "state.json"))
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    monkeypatch.setenv("CUPS_SERVER", "/run/fake/cups.sock")
    monkeypatch.setattr("app.printing.service.POLL_S", 0.01)
    yield fake


@pytest.fixture
def ctx(ctx: AppContext) -> AppContext:
    """Badges print on the fake's `label` queue (unprinted ones are kept by the database)."""
    return replace(ctx, config=ctx.config.with_changes(printer="label"))
