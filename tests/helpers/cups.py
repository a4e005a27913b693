"""A private CUPS server with a cups-pdf virtual printer, for printing tests (TESTING.md).

`cupsd` runs in the foreground on a Unix socket inside a fresh folder under the system temp
folder (filters run as user `lp`, so the folder is 0755, not pytest's 0700 `tmp_path`); every
server, spool, cache, state, log and output path lives there. `CUPS_SERVER` points the CUPS
clients (`lp`, `lpstat`, Qt) at it for the whole session and is restored afterwards.
"""

from __future__ import annotations

import grp
import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

# cups-pdf's per-queue file is shared by the machine (below): one queue name per xdist worker.
QUEUE = "antenne-test" + (f"-{worker}" if (worker := os.environ.get("PYTEST_XDIST_WORKER")) else "")
CUPS_PDF_BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
CUPS_PDF_PPD_DIR = Path("/usr/share/ppd/cups-pdf")
CUPS_PDF_CONFIG_DIR = Path("/etc/cups")
_TOOLS = ("cupsd", "lp", "lpstat", "lpadmin", "cupsenable", "cupsdisable", "cancel")


def _missing() -> str | None:
    """Why a private CUPS server cannot run here, or None."""
    missing = [tool for tool in _TOOLS if shutil.which(tool) is None]
    if missing:
        return (
            f"CUPS is not installed ({', '.join(missing)} missing): "
            "apt-get install cups cups-client cups-bsd printer-driver-cups-pdf (.ci/run does)"
        )
    if (
        not CUPS_PDF_BACKEND.exists()
        or not any(CUPS_PDF_PPD_DIR.glob("*.ppd"))
        or not CUPS_PDF_CONFIG_DIR.is_dir()
    ):
        return (
            "the cups-pdf virtual printer is not installed: apt-get install printer-driver-cups-pdf"
        )
    if os.geteuid() != 0:
        return "a private cupsd with the cups-pdf backend needs root (filters run as user lp)"
    return None


def _cups_pdf_ppd() -> Path:
    # Debian's package ships `CUPS-PDF_opt.ppd` (with custom page sizes) and `_noopt`.
    ppds = sorted(CUPS_PDF_PPD_DIR.glob("*.ppd"))
    return next((ppd for ppd in ppds if "_opt" in ppd.name), ppds[0])


@dataclass
class CupsServer:
    """A running private `cupsd` and its cups-pdf queue `queue`, writing PDFs to `out_dir`."""

    root: Path
    socket: Path
    out_dir: Path
    queue: str

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        """Run a CUPS client command against this server (English messages)."""
        env = {**os.environ, "CUPS_SERVER": str(self.socket), "LC_ALL": "C", "LANG": "C"}
        return subprocess.run(
            list(args), env=env, capture_output=True, text=True, timeout=10, check=True
        )

    def pause(self) -> None:
        """Stop the queue as a printer out of labels would (jobs are accepted and wait)."""
        self.run("cupsdisable", self.queue)

    def resume(self) -> None:
        self.run("cancel", "-a", self.queue)
        self.run("cupsenable", self.queue)

    def completed_job_ids(self) -> set[str]:
        listing = self.run("lpstat", "-W", "completed", "-o", self.queue).stdout
        return {line.split()[0] for line in listing.splitlines() if line.strip()}

    def wait_for_output(self, title: str, *, timeout_s: float = 10.0) -> Path:
        """The PDF cups-pdf wrote for the job titled `title`, once it is complete."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            # It first appears empty, then grows: wait until it has content and stops growing.
            candidates = [p for p in self.out_dir.glob("*.pdf") if title in p.name]
            for path in candidates:
                size = path.stat().st_size
                if size > 0:
                    time.sleep(0.05)
                    if path.stat().st_size == size and path.read_bytes().rstrip().endswith(
                        b"%%EOF"
                    ):
                        return path
            time.sleep(0.05)
        found = sorted(p.name for p in self.out_dir.glob("*"))
        raise AssertionError(f"cups-pdf wrote no PDF titled {title!r} in {timeout_s} s: {found}")


def _write_config(root: Path) -> None:
    lp_group = "lp"
    (root / "cupsd.conf").write_text(
        f"""\
Listen {root}/cups.sock
LogLevel info
ErrorPolicy abort-job
Browsing No
WebInterface No
DefaultShared No
JobRetryLimit 0
PreserveJobHistory Yes
MaxJobs 0
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
""",
        encoding="utf-8",
    )
    (root / "cups-files.conf").write_text(
        f"""\
ServerRoot {root}/etc
CacheDir {root}/cache
StateDir {root}/state
RequestRoot {root}/spool
TempDir {root}/tmp
AccessLog {root}/log/access_log
ErrorLog {root}/log/error_log
PageLog {root}/log/page_log
Printcap {root}/printcap
User lp
Group {lp_group}
SystemGroup root
""",
        encoding="utf-8",
    )


def _prepare(root: Path) -> None:
    lp_gid = grp.getgrnam("lp").gr_gid
    for name in ("etc", "etc/ppd", "cache", "state", "log", "out"):
        (root / name).mkdir(mode=0o755)
    (root / "spool").mkdir()
    os.chown(root / "spool", 0, lp_gid)
    (root / "spool").chmod(0o710)
    (root / "tmp").mkdir()
    os.chown(root / "tmp", 0, lp_gid)
    (root / "tmp").chmod(0o1770)
    _write_config(root)


def _wait_ready(process: subprocess.Popen[bytes], socket: Path, env: dict[str, str]) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"cupsd exited with {process.returncode}")
        if socket.exists():
            probe = subprocess.run(
                ["lpstat", "-r"], env=env, capture_output=True, text=True, timeout=5, check=False
            )
            if "is running" in probe.stdout:
                return
        time.sleep(0.02)
    raise RuntimeError("cupsd did not start within 10 s")


@pytest.fixture(scope="session")
def cups_server() -> Iterator[CupsServer]:
    """A private CUPS server with the cups-pdf queue `antenne-test`; `CUPS_SERVER` points at it."""
    reason = _missing()
    if reason is not None:
        pytest.skip(reason)
    root = Path(tempfile.mkdtemp(prefix="antenne-cups-"))
    root.chmod(0o755)
    process: subprocess.Popen[bytes] | None = None
    # cups-pdf reads `cups-pdf-<queue>.conf` from the folder compiled into it (/etc/cups), not
    # from our ServerRoot: write it there for the session and put back whatever was there.
    queue_conf = CUPS_PDF_CONFIG_DIR / f"cups-pdf-{QUEUE}.conf"
    previous = queue_conf.read_bytes() if queue_conf.exists() else None
    try:
        _prepare(root)
        queue_conf.write_text(
            f"Out {root}/out\nTitlePref 1\nLabel 0\nUserUMask 0022\n", encoding="utf-8"
        )
        socket = root / "cups.sock"
        env = {**os.environ, "CUPS_SERVER": str(socket), "LC_ALL": "C", "LANG": "C"}
        process = subprocess.Popen(
            ["cupsd", "-f", "-c", str(root / "cupsd.conf"), "-s", str(root / "cups-files.conf")],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        _wait_ready(process, socket, env)
        server = CupsServer(root=root, socket=socket, out_dir=root / "out", queue=QUEUE)
        server.run(
            "lpadmin", "-p", QUEUE, "-v", f"cups-pdf:/{QUEUE}", "-E", "-P", str(_cups_pdf_ppd())
        )
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("CUPS_SERVER", str(socket))
            yield server
    finally:
        if process is not None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if previous is None:
            queue_conf.unlink(missing_ok=True)
        else:
            queue_conf.write_bytes(previous)
        shutil.rmtree(root, ignore_errors=True)
