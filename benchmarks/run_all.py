"""`make bench`: run every benchmark script and keep their JSON lines in out/results.jsonl."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    out = HERE / "out"
    out.mkdir(exist_ok=True)
    scripts = sorted(p for p in HERE.glob("*.py") if not p.name.startswith(("_", "run_all")))
    if len(sys.argv) > 1:
        scripts = [s for s in scripts if s.stem in sys.argv[1:]]
    failed = 0
    with (out / "results.jsonl").open("w", encoding="utf-8") as results:
        for script in scripts:
            print(f"# {script.name}", file=sys.stderr, flush=True)
            proc = subprocess.run(
                [sys.executable, str(script)],
                cwd=HERE.parent,
                capture_output=True,
                text=True,
                check=False,
            )
            sys.stdout.write(proc.stdout)
            results.write(proc.stdout)
            if proc.returncode != 0:
                failed += 1
                print(proc.stderr, file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
