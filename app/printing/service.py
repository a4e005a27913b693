"""Print PDFs on a CUPS queue through the CUPS command-line clients (`lp`, `lpstat`, `cancel`).

Everything here blocks (a job is followed until CUPS says it is done), so the UI calls it
through its task runner, off the GUI thread:

    shell.tasks.run(
        lambda ctx: print_badge_pdf(ctx, pdf, layout=layout, title="badge"),
        on_success=self._printed,
    )

The clients find the server as usual: `CUPS_SERVER` in the environment, else the system's.
They run with `LC_ALL=C` so that their answers can be read. Job titles are visible to anyone
who lists the queue: pass a title without personal data ("badge", not a name). Logs carry job
ids, printer names and reasons only.

Printer trouble is a `PrinterError` (a `KnownError` with a plain-words message). Trouble that
may pass (queue paused, server not reachable, job aborted) is retried a few times first; a
missing printer is not. `print_badge_pdf` never raises for printer trouble: it keeps the PDF
under `<database folder>/unprinted/` and says so, and the screen shows the QR code instead.
"""

from __future__ import annotations

import enum
import os
import re
import secrets
import shutil
import subprocess
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app import log
from app.clock import utcnow
from app.errors import QT_TRANSLATE_NOOP, BugError, KnownError, Message
from app.printing.types import PrintOutcome
from app.private_files import private_folder

if TYPE_CHECKING:
    from app.context import AppContext

CONTEXT = "Printing"

# The paper each badge layout needs, as a CUPS `media` option (PWG/PPD names; the cups-pdf
# and most label drivers accept `Custom.WxHmm`, width first, as the PDF page is drawn).
MEDIA: Mapping[str, str] = {
    "62x100": "Custom.62x100mm",  # Brother DK-11202
    "54x101": "Custom.54x101mm",  # Dymo 99014
    "cr80": "Custom.85.6x54mm",  # ID-1 card, landscape
    "a4-8": "A4",
}

UNPRINTED_FOLDER = "unprinted"

# How long one `lp`/`lpstat` call may take before the server counts as not answering.
COMMAND_TIMEOUT_S = 10.0
# How long a job may stay in the queue before the printer counts as not answering. A label
# printer takes a second or two; someone is waiting at the kiosk.
JOB_TIMEOUT_S = 10.0
POLL_S = 0.1

_REQUEST_ID = re.compile(r"request id is (\S+)")
# `Alerts:` (job-state-reasons) of a job that ended badly.
_FAILED_JOB_REASONS = ("abort", "cancel", "error", "stopped", "unsupported", "insufficient")


class PrintProblem(enum.Enum):
    """Why a PDF did not print. `transient` problems are worth another try."""

    NO_PRINTER = "no-printer"
    UNKNOWN_PRINTER = "unknown-printer"
    PAUSED = "paused"
    UNREACHABLE = "unreachable"
    FAILED = "failed"

    @property
    def transient(self) -> bool:
        return self not in (PrintProblem.NO_PRINTER, PrintProblem.UNKNOWN_PRINTER)


_PRINTER_TEXTS: Mapping[PrintProblem, str] = {
    PrintProblem.NO_PRINTER: QT_TRANSLATE_NOOP("Printing", "No printer is set up on this kiosk."),
    PrintProblem.UNKNOWN_PRINTER: QT_TRANSLATE_NOOP(
        "Printing", "The printer {name} does not exist."
    ),
    PrintProblem.PAUSED: QT_TRANSLATE_NOOP(
        "Printing", "The printer {name} is paused. It may be out of labels or paper."
    ),
    PrintProblem.UNREACHABLE: QT_TRANSLATE_NOOP("Printing", "The printer is not answering."),
    PrintProblem.FAILED: QT_TRANSLATE_NOOP("Printing", "The printer could not print this."),
}

# What a visitor reads when their paper did not print: never the queue's name nor the fault,
# which are for staff (`PrintOutcome.staff_message`, the log).
_BADGE_AT_DESK = QT_TRANSLATE_NOOP(
    "Printing",
    "Your badge will be ready at the desk. Until then, the code on screen works like your badge.",
)
_DOCUMENT_AT_DESK = QT_TRANSLATE_NOOP(
    "Printing", "This could not be printed here. Please ask at the desk: they can print it for you."
)


def printer_message(problem: PrintProblem, *, printer: str) -> Message:
    """What went wrong with the printer, in plain words (translated by the UI)."""
    return Message(CONTEXT, _PRINTER_TEXTS[problem], {"name": printer})


def badge_message() -> Message:
    """For a visitor waiting for their badge: it will be ready at the desk, the code on screen
    works meanwhile. What went wrong is for staff (`printer_message`)."""
    return Message(CONTEXT, _BADGE_AT_DESK)


def document_message() -> Message:
    """For a visitor whose page did not print: the desk will print it."""
    return Message(CONTEXT, _DOCUMENT_AT_DESK)


class PrinterError(KnownError):
    """A PDF did not print: no printer, printer missing, paused, unreachable or failing."""

    def __init__(self, problem: PrintProblem, *, printer: str) -> None:
        super().__init__(printer_message(problem, printer=printer))
        self.problem = problem
        self.printer = printer


class JobState(enum.Enum):
    PENDING = "pending"  # waiting or printing
    COMPLETED = "completed"
    FAILED = "failed"  # aborted, cancelled, or stuck on an error
    GONE = "gone"  # not in the queue's history anymore


@dataclass(frozen=True)
class PrintJob:
    """A job CUPS accepted: its request id (`QUEUE-N`) and the queue it went to."""

    job_id: str
    printer: str


# -- Command line ---------------------------------------------------------------------------------


def _environment() -> dict[str, str]:
    # Read at each call: `CUPS_SERVER` may be set after import (tests, a kiosk's session).
    env = {key: value for key, value in os.environ.items() if key != "LANGUAGE"}
    env.update(LC_ALL="C", LANG="C")
    return env


def _run(
    args: Sequence[str], *, data: bytes | None = None, timeout_s: float = COMMAND_TIMEOUT_S
) -> subprocess.CompletedProcess[bytes]:
    """Run a CUPS client; `FileNotFoundError` if it is not installed, `TimeoutExpired` if slow."""
    return subprocess.run(
        list(args),
        input=data,
        stdin=None if data is not None else subprocess.DEVNULL,
        capture_output=True,
        env=_environment(),
        timeout=timeout_s,
        check=False,
    )


def _text(output: bytes) -> str:
    return output.decode("utf-8", errors="replace").strip()


def lp_arguments(
    *, printer: str, title: str, copies: int = 1, media: str | None = None
) -> list[str]:
    """The `lp` command that prints a PDF read from standard input."""
    if copies < 1:
        raise BugError(f"cannot print {copies} copies")
    args = ["lp"]
    if printer:
        args += ["-d", printer]
    args += ["-t", title or "antenne", "-n", str(copies)]
    if media:
        args += ["-o", f"media={media}"]
    args += ["-o", "document-format=application/pdf", "-"]
    return args


def scheduler_running() -> bool:
    """Whether the CUPS server answers (`lpstat -r`)."""
    try:
        result = _run(["lpstat", "-r"])
    except (OSError, subprocess.TimeoutExpired):
        return False
    return result.returncode == 0 and "not running" not in _text(result.stdout)


def available_printers() -> list[str]:
    """The queues the CUPS server offers (`lpstat -e`); empty if there is no server."""
    try:
        result = _run(["lpstat", "-e"])
    except (OSError, subprocess.TimeoutExpired):
        return []
    if result.returncode != 0:
        return []
    return [line.strip() for line in _text(result.stdout).splitlines() if line.strip()]


def default_printer() -> str | None:
    """The server's default queue (`lpstat -d`), if it has one."""
    try:
        result = _run(["lpstat", "-d"])
    except (OSError, subprocess.TimeoutExpired):
        return None
    prefix = "system default destination:"
    for line in _text(result.stdout).splitlines():
        if line.startswith(prefix):
            return line.removeprefix(prefix).strip() or None
    return None


def printer_paused(printer: str) -> bool:
    """Whether the queue is stopped (`cupsdisable`, or stopped by CUPS after an error)."""
    try:
        result = _run(["lpstat", "-p", printer])
    except (OSError, subprocess.TimeoutExpired):
        return False
    first_line = _text(result.stdout).partition("\n")[0]
    return result.returncode == 0 and " disabled" in first_line


def _classify_lp_failure(stderr: str, *, printer: str) -> PrintProblem:
    if "not accepting jobs" in stderr:
        return PrintProblem.PAUSED
    # Without a server, `lp` says the printer does not exist: ask the server first.
    if not scheduler_running():
        return PrintProblem.UNREACHABLE
    if "no default destination" in stderr.lower():
        return PrintProblem.NO_PRINTER
    if "does not exist" in stderr or "not found" in stderr or "Invalid destination" in stderr:
        return PrintProblem.NO_PRINTER if not printer else PrintProblem.UNKNOWN_PRINTER
    return PrintProblem.FAILED


def print_pdf(
    pdf: bytes, *, printer: str, title: str, copies: int = 1, media: str | None = None
) -> PrintJob:
    """Hand a PDF to CUPS (`lp`); `printer` "" is the default queue. Does not wait for it."""
    args = lp_arguments(printer=printer, title=title, copies=copies, media=media)
    try:
        result = _run(args, data=pdf)
    except FileNotFoundError:
        log.printing.warning("The CUPS client (lp) is not installed")
        raise PrinterError(PrintProblem.NO_PRINTER, printer=printer) from None
    except subprocess.TimeoutExpired:
        log.printing.warning("lp did not answer for printer %r", printer)
        raise PrinterError(PrintProblem.UNREACHABLE, printer=printer) from None
    stderr = _text(result.stderr)
    match = _REQUEST_ID.search(_text(result.stdout))
    if result.returncode != 0 or match is None:
        problem = _classify_lp_failure(stderr, printer=printer)
        log.printing.warning("lp refused a job for printer %r: %s", printer, problem.value)
        log.printing.debug("lp said: %s", stderr)
        raise PrinterError(problem, printer=printer)
    job_id = match.group(1)
    # The request id is `QUEUE-N`: the queue the job really went to, also for the default.
    job = PrintJob(job_id=job_id, printer=job_id.rpartition("-")[0] or printer)
    log.printing.info("Job %s queued on %s", job.job_id, job.printer)
    return job


def _listed_jobs(printer: str, which: str) -> dict[str, str]:
    """Job id → its `Alerts:` (job-state-reasons), from `lpstat -l -W WHICH -o QUEUE`."""
    result = _run(["lpstat", "-l", "-W", which, "-o", printer])
    jobs: dict[str, str] = {}
    current: str | None = None
    for line in _text(result.stdout).splitlines():
        if line and not line[0].isspace():
            current = line.split()[0]
            jobs[current] = ""
        elif current is not None and line.strip().startswith("Alerts:"):
            jobs[current] = line.strip().removeprefix("Alerts:").strip()
    return jobs


def _failed(reasons: str) -> bool:
    return any(word in reasons for word in _FAILED_JOB_REASONS)


def job_state(job: PrintJob) -> JobState:
    """Where a job is: waiting or printing, completed, failed, or no longer known."""
    pending = _listed_jobs(job.printer, "not-completed")
    if job.job_id in pending:
        return JobState.FAILED if _failed(pending[job.job_id]) else JobState.PENDING
    done = _listed_jobs(job.printer, "completed")
    if job.job_id in done:
        # A job cancelled by a person is "completed" too: its reasons tell.
        return JobState.FAILED if _failed(done[job.job_id]) else JobState.COMPLETED
    return JobState.GONE


def cancel_job(job: PrintJob) -> None:
    """Withdraw a job that will not print now (it must not come out later, unexpected)."""
    try:
        _run(["cancel", job.job_id])
    except (OSError, subprocess.TimeoutExpired):
        log.printing.warning("Job %s could not be cancelled", job.job_id)


def wait_for_job(job: PrintJob, *, timeout_s: float = JOB_TIMEOUT_S) -> None:
    """Block until CUPS has printed the job; `PrinterError` (and the job withdrawn) if not."""
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            state = job_state(job)
        except (OSError, subprocess.TimeoutExpired):
            cancel_job(job)
            raise PrinterError(PrintProblem.UNREACHABLE, printer=job.printer) from None
        if state in (JobState.COMPLETED, JobState.GONE):
            log.printing.info("Job %s printed on %s", job.job_id, job.printer)
            return
        if state is JobState.FAILED:
            log.printing.warning("Job %s failed on %s", job.job_id, job.printer)
            cancel_job(job)
            raise PrinterError(PrintProblem.FAILED, printer=job.printer)
        if printer_paused(job.printer):
            log.printing.warning("Job %s waits on paused printer %s", job.job_id, job.printer)
            cancel_job(job)
            raise PrinterError(PrintProblem.PAUSED, printer=job.printer)
        if time.monotonic() >= deadline:
            log.printing.warning("Job %s timed out on %s", job.job_id, job.printer)
            cancel_job(job)
            raise PrinterError(PrintProblem.UNREACHABLE, printer=job.printer)
        time.sleep(POLL_S)


def print_with_retries(
    pdf: bytes,
    *,
    printer: str,
    title: str,
    copies: int = 1,
    media: str | None = None,
    attempts: int = 3,
    wait_s: float = 0.5,
    job_timeout_s: float = JOB_TIMEOUT_S,
) -> PrintJob:
    """Print and wait for the job; retry trouble that may pass, waiting `wait_s`, then twice
    as long, and so on. A job that times out is not retried: nobody should wait that long
    twice. Raises `PrinterError` with the last problem."""
    if attempts < 1:
        raise BugError(f"cannot print in {attempts} attempts")
    for attempt in range(1, attempts + 1):
        job: PrintJob | None = None
        try:
            job = print_pdf(pdf, printer=printer, title=title, copies=copies, media=media)
            wait_for_job(job, timeout_s=job_timeout_s)
        except PrinterError as error:
            timed_out = job is not None and error.problem is PrintProblem.UNREACHABLE
            if not error.problem.transient or timed_out or attempt == attempts:
                raise
            log.printing.info(
                "Printing on %r failed (%s), attempt %d of %d",
                printer,
                error.problem.value,
                attempt,
                attempts,
            )
            time.sleep(wait_s * 2 ** (attempt - 1))
        else:
            return job
    raise BugError("unreachable: the last attempt returns or raises")


# -- What could not be printed --------------------------------------------------------------------


def unprinted_folder(data_dir: Path) -> Path:
    return data_dir / UNPRINTED_FOLDER


def keep_unprinted(pdf: bytes, *, data_dir: Path, stem: str = "badge") -> Path:
    """Keep a PDF that did not print in `data_dir/unprinted/`, named by the time (UTC), so a
    facilitator can print it later. The name carries no personal data."""
    folder = unprinted_folder(data_dir)
    private_folder(folder)  # badges carry names: for the kiosk's user only
    stamp = utcnow().strftime("%Y%m%dT%H%M%S.%fZ")
    while True:
        path = folder / f"{stem}-{stamp}-{secrets.token_hex(2)}.pdf"
        try:
            with path.open("xb") as file:
                file.write(pdf)
        except FileExistsError:
            continue
        return path


def unprinted_pdfs(data_dir: Path) -> list[Path]:
    """The kept PDFs, oldest first."""
    folder = unprinted_folder(data_dir)
    return sorted(folder.glob("*.pdf")) if folder.is_dir() else []


def printing_available() -> bool:
    """Whether the CUPS client is installed at all."""
    return shutil.which("lp") is not None


# -- Badges ---------------------------------------------------------------------------------------


def print_badge_pdf(
    ctx: AppContext,
    pdf: bytes,
    *,
    layout: str,
    title: str = "badge",
    attempts: int = 3,
    wait_s: float = 0.5,
    job_timeout_s: float = JOB_TIMEOUT_S,
) -> PrintOutcome:
    """Print a badge on the configured printer, on the paper its layout needs.

    Never raises for printer trouble: the PDF is then kept (`kept_pdf`) and `message` says in
    plain words what happened; the screen shows the QR code instead. Raises for bugs (an
    unknown layout).
    """
    media = MEDIA.get(layout)
    if media is None:
        raise BugError(f"unknown badge layout {layout!r}")
    return _print_or_keep(
        ctx,
        pdf,
        title=title,
        media=media,
        stem="badge",
        message=badge_message(),
        attempts=attempts,
        wait_s=wait_s,
        job_timeout_s=job_timeout_s,
    )


def _print_or_keep(
    ctx: AppContext,
    pdf: bytes,
    *,
    title: str,
    media: str,
    stem: str,
    message: Message,
    attempts: int,
    wait_s: float,
    job_timeout_s: float,
) -> PrintOutcome:
    """Print on the configured printer; on printer trouble keep the PDF under the data folder,
    log the fault, and hand back `message` for the visitor and the fault for staff."""
    try:
        job = print_with_retries(
            pdf,
            printer=ctx.config.printer,
            title=title,
            media=media,
            attempts=attempts,
            wait_s=wait_s,
            job_timeout_s=job_timeout_s,
        )
    except PrinterError as error:
        kept: Path | None
        try:
            kept = keep_unprinted(pdf, data_dir=ctx.config.db_path.parent, stem=stem)
        except OSError:
            log.printing.exception("An unprinted %s could not be kept", stem)
            kept = None
        else:
            log.printing.info("Unprinted %s kept as %s", stem, kept.name)
        log.printing.warning("%s not printed on %s: %s", stem, error.printer, error.problem.value)
        return PrintOutcome(
            printed=False, kept_pdf=kept, message=message, staff_message=error.message
        )
    return PrintOutcome(printed=True, job_id=job.job_id)


# -- Documents (A4 pages: a content page, a certificate) -----------------------------------------


def print_pdf_document(
    ctx: AppContext,
    pdf: bytes,
    *,
    title: str = "document",
    media: str = "A4",
    attempts: int = 3,
    wait_s: float = 0.5,
    job_timeout_s: float = JOB_TIMEOUT_S,
) -> PrintOutcome:
    """Print an A4 document on the configured printer; like `print_badge_pdf`, never raises
    for printer trouble: the PDF is kept and `message` says what happened in plain words."""
    return _print_or_keep(
        ctx,
        pdf,
        title=title,
        media=media,
        stem=title,
        message=document_message(),
        attempts=attempts,
        wait_s=wait_s,
        job_timeout_s=job_timeout_s,
    )
