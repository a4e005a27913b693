"""Printing through CUPS's command line, with a fake `lp`/`lpstat`: what is asked of CUPS,
what is retried, what a person is told, and that an unprinted badge is never lost."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.context import AppContext
from app.errors import BugError, KnownError
from app.printing import service
from app.printing.service import (
    MEDIA,
    JobState,
    PrinterError,
    PrintJob,
    PrintProblem,
    available_printers,
    badge_message,
    document_message,
    job_state,
    keep_unprinted,
    lp_arguments,
    print_badge_pdf,
    print_pdf,
    print_pdf_document,
    print_with_retries,
    printer_message,
    unprinted_pdfs,
)
from tests.helpers.kiosk import kiosk_config
from tests.unit.printing.conftest import FakeCups, accepted, listing, refused

PDF = b"%PDF-1.4\n% a badge\n%%EOF\n"
FAST = {"wait_s": 0.01, "job_timeout_s": 0.5}


# -- Paper and arguments --------------------------------------------------------------------------


def test_every_badge_layout_has_its_paper() -> None:
    assert MEDIA == {
        "62x100": "Custom.62x100mm",
        "54x101": "Custom.54x101mm",
        "cr80": "Custom.85.6x54mm",
        "a4-8": "A4",
    }


def test_the_configured_layout_has_paper() -> None:
    assert kiosk_config(Path("/nowhere")).badge_layout in MEDIA


def test_lp_reads_the_pdf_from_standard_input_on_the_named_queue() -> None:
    assert lp_arguments(printer="label", title="badge", copies=2, media="Custom.62x100mm") == [
        "lp",
        "-d",
        "label",
        "-t",
        "badge",
        "-n",
        "2",
        "-o",
        "media=Custom.62x100mm",
        "-o",
        "document-format=application/pdf",
        "-",
    ]


def test_an_empty_printer_name_means_the_default_queue() -> None:
    args = lp_arguments(printer="", title="badge")
    assert "-d" not in args
    assert not any(arg.startswith("media=") for arg in args)


def test_zero_copies_is_a_bug() -> None:
    with pytest.raises(BugError):
        lp_arguments(printer="label", title="badge", copies=0)


# -- Messages -------------------------------------------------------------------------------------


@pytest.mark.parametrize("problem", list(PrintProblem))
def test_every_problem_is_told_in_plain_words(problem: PrintProblem) -> None:
    for message in (printer_message(problem, printer="label"), badge_message(), document_message()):
        assert message.context == "Printing"
        text = message.untranslated()
        assert text.endswith(".")
        assert not re.search(r"lp|cups|ipp|errno|\{", text, re.IGNORECASE)


def test_a_visitor_is_never_told_the_queue_nor_the_fault() -> None:
    for message in (badge_message(), document_message()):
        text = message.untranslated()
        assert "label" not in text and "paused" not in text and "printer" not in text.lower()
        assert "at the desk" in text
    assert "on screen" in badge_message().untranslated()


def test_messages_name_the_printer_when_it_matters() -> None:
    assert (
        printer_message(PrintProblem.UNKNOWN_PRINTER, printer="label").untranslated()
        == "The printer label does not exist."
    )
    assert (
        printer_message(PrintProblem.NO_PRINTER, printer="").untranslated()
        == "No printer is set up on this kiosk."
    )


def test_a_printer_error_is_a_known_error_with_its_problem() -> None:
    error = PrinterError(PrintProblem.PAUSED, printer="label")
    assert isinstance(error, KnownError)
    assert error.problem is PrintProblem.PAUSED
    assert error.message == printer_message(PrintProblem.PAUSED, printer="label")


def test_only_a_missing_printer_is_not_worth_another_try() -> None:
    assert {p for p in PrintProblem if not p.transient} == {
        PrintProblem.NO_PRINTER,
        PrintProblem.UNKNOWN_PRINTER,
    }


# -- Keeping what did not print -------------------------------------------------------------------


def test_an_unprinted_pdf_is_kept_under_the_database_folder(tmp_path: Path) -> None:
    first = keep_unprinted(PDF, data_dir=tmp_path)
    second = keep_unprinted(PDF + b"2", data_dir=tmp_path)
    assert first.parent == second.parent == tmp_path / "unprinted"
    assert first != second
    assert first.read_bytes() == PDF
    assert re.fullmatch(r"badge-\d{8}T\d{6}\.\d{6}Z-[0-9a-f]{4}\.pdf", first.name)
    assert unprinted_pdfs(tmp_path) == [first, second]


def test_no_kept_pdfs_at_first(tmp_path: Path) -> None:
    assert unprinted_pdfs(tmp_path) == []


# -- Talking to CUPS ------------------------------------------------------------------------------


def test_printing_hands_the_pdf_to_lp_on_the_configured_server(fake_cups: FakeCups) -> None:
    job = print_pdf(PDF, printer="label", title="badge", media="A4")
    assert job == PrintJob(job_id="label-7", printer="label")
    [call] = fake_cups.calls("lp")
    assert call["args"][:2] == ["-d", "label"]
    assert call["cups_server"] == "/run/fake/cups.sock"
    assert call["lc_all"] == "C"
    assert fake_cups.last_pdf() == PDF


def test_the_default_queue_is_the_one_cups_chose(fake_cups: FakeCups) -> None:
    fake_cups.set(lp=[accepted("office-12")])
    assert print_pdf(PDF, printer="", title="badge") == PrintJob("office-12", "office")


def test_the_printers_cups_offers(fake_cups: FakeCups) -> None:
    assert available_printers() == ["label", "office"]


def test_job_states_from_lpstat(fake_cups: FakeCups) -> None:
    job = PrintJob("label-7", "label")
    assert job_state(job) is JobState.COMPLETED
    fake_cups.set(jobs={"not-completed": listing("label-7")})
    assert job_state(job) is JobState.PENDING
    fake_cups.set(jobs={"completed": listing("label-7", "job-aborted-by-system")})
    assert job_state(job) is JobState.FAILED
    fake_cups.set(jobs={"not-completed": listing("label-7", "job-completed-with-errors")})
    assert job_state(job) is JobState.FAILED
    fake_cups.set(jobs={})
    assert job_state(job) is JobState.GONE


def test_a_printed_job_is_waited_for(fake_cups: FakeCups) -> None:
    job = print_with_retries(PDF, printer="label", title="badge", **FAST)
    assert job.job_id == "label-7"
    assert len(fake_cups.calls("lp")) == 1
    assert fake_cups.calls("cancel") == []


def test_a_queue_not_accepting_jobs_is_tried_again(fake_cups: FakeCups) -> None:
    not_accepting = refused('lp: Destination "label" is not accepting jobs.\n')
    fake_cups.set(lp=[not_accepting, not_accepting, accepted()])
    job = print_with_retries(PDF, printer="label", title="badge", attempts=3, **FAST)
    assert job.job_id == "label-7"
    assert len(fake_cups.calls("lp")) == 3


def test_a_printer_that_does_not_exist_is_not_tried_again(fake_cups: FakeCups) -> None:
    fake_cups.set(lp=[refused("lp: Error - The printer or class does not exist.\n")])
    with pytest.raises(PrinterError) as caught:
        print_with_retries(PDF, printer="nope", title="badge", attempts=3, **FAST)
    assert caught.value.problem is PrintProblem.UNKNOWN_PRINTER
    assert caught.value.message.untranslated() == "The printer nope does not exist."
    assert len(fake_cups.calls("lp")) == 1


def test_no_default_printer_means_no_printer_set_up(fake_cups: FakeCups) -> None:
    fake_cups.set(lp=[refused("lp: Error - No default destination.\n")])
    with pytest.raises(PrinterError) as caught:
        print_with_retries(PDF, printer="", title="badge", **FAST)
    assert caught.value.problem is PrintProblem.NO_PRINTER


def test_a_server_that_is_down_is_tried_again_then_reported(fake_cups: FakeCups) -> None:
    # Without a server, lp blames the printer: the server is asked before believing it.
    fake_cups.set(
        lp=[refused("lp: Error - The printer or class does not exist.\n")], scheduler=False
    )
    with pytest.raises(PrinterError) as caught:
        print_with_retries(PDF, printer="label", title="badge", attempts=2, **FAST)
    assert caught.value.problem is PrintProblem.UNREACHABLE
    assert len(fake_cups.calls("lp")) == 2


def test_a_job_waiting_on_a_paused_printer_is_withdrawn(fake_cups: FakeCups) -> None:
    fake_cups.set(jobs={"not-completed": listing("label-7")}, paused=True)
    with pytest.raises(PrinterError) as caught:
        print_with_retries(PDF, printer="label", title="badge", attempts=2, **FAST)
    assert caught.value.problem is PrintProblem.PAUSED
    assert len(fake_cups.calls("lp")) == 2
    assert [call["args"] for call in fake_cups.calls("cancel")] == [["label-7"]] * 2


def test_an_aborted_job_is_tried_again(fake_cups: FakeCups) -> None:
    fake_cups.set(jobs={"completed": listing("label-7", "job-aborted-by-system")})
    with pytest.raises(PrinterError) as caught:
        print_with_retries(PDF, printer="label", title="badge", attempts=3, **FAST)
    assert caught.value.problem is PrintProblem.FAILED
    assert len(fake_cups.calls("lp")) == 3


def test_a_job_that_never_ends_is_withdrawn_and_not_tried_again(fake_cups: FakeCups) -> None:
    fake_cups.set(jobs={"not-completed": listing("label-7")})
    with pytest.raises(PrinterError) as caught:
        print_with_retries(
            PDF, printer="label", title="badge", attempts=3, wait_s=0.01, job_timeout_s=0.2
        )
    assert caught.value.problem is PrintProblem.UNREACHABLE
    assert len(fake_cups.calls("lp")) == 1
    assert len(fake_cups.calls("cancel")) == 1


def test_without_the_cups_client_there_is_no_printer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(PrinterError) as caught:
        print_pdf(PDF, printer="label", title="badge")
    assert caught.value.problem is PrintProblem.NO_PRINTER
    assert available_printers() == []


# -- Badges ---------------------------------------------------------------------------------------


def test_a_badge_prints_on_the_configured_printer_and_paper(
    fake_cups: FakeCups, ctx: AppContext, tmp_path: Path
) -> None:
    outcome = print_badge_pdf(ctx, PDF, layout="54x101", title="badge", **FAST)
    assert outcome == service.PrintOutcome(printed=True, job_id="label-7")
    [call] = fake_cups.calls("lp")
    assert call["args"][:2] == ["-d", "label"]
    assert "media=Custom.54x101mm" in call["args"]
    assert unprinted_pdfs(tmp_path) == []


def test_a_badge_that_does_not_print_is_kept_and_explained(
    fake_cups: FakeCups, ctx: AppContext, tmp_path: Path
) -> None:
    fake_cups.set(lp=[refused('lp: Destination "label" is not accepting jobs.\n')])
    outcome = print_badge_pdf(ctx, PDF, layout="62x100", **FAST)
    assert not outcome.printed
    assert outcome.job_id is None
    assert outcome.kept_pdf is not None
    assert outcome.kept_pdf.parent == tmp_path / "unprinted"
    assert outcome.kept_pdf.read_bytes() == PDF
    assert outcome.message == badge_message()
    # What went wrong, queue included, is for staff only.
    assert outcome.staff_message == printer_message(PrintProblem.PAUSED, printer="label")


def test_a_document_that_does_not_print_sends_the_visitor_to_the_desk(
    fake_cups: FakeCups, ctx: AppContext, tmp_path: Path
) -> None:
    fake_cups.set(lp=[refused('lp: Destination "label" is not accepting jobs.\n')])
    outcome = print_pdf_document(ctx, PDF, title="certificate", **FAST)
    assert not outcome.printed
    assert outcome.message == document_message()
    assert outcome.staff_message == printer_message(PrintProblem.PAUSED, printer="label")


def test_an_unknown_layout_is_a_bug(fake_cups: FakeCups, ctx: AppContext) -> None:
    with pytest.raises(BugError):
        print_badge_pdf(ctx, PDF, layout="a5", **FAST)
    assert fake_cups.calls("lp") == []


def test_the_paper_matches_every_badge_layout_drawn() -> None:
    from app.badges.pdf import LAYOUTS

    assert set(MEDIA) == set(LAYOUTS)
    for name, layout in LAYOUTS.items():
        if MEDIA[name].startswith("Custom."):
            width_mm, height_mm = (
                float(side)
                for side in MEDIA[name].removeprefix("Custom.").removesuffix("mm").split("x")
            )
            assert (round(width_mm * 72 / 25.4), round(height_mm * 72 / 25.4)) == (
                round(layout.page_size[0]),
                round(layout.page_size[1]),
            )
