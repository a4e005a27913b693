"""The phone ballot page in a real browser: Debian's Chromium, driven headless by Playwright.

A slip is printed by `antenne vote slips`, its QR is decoded from the PDF as a phone's camera
would, and the address it holds is opened in Chromium against the kiosk's real ballot server
(uvicorn in a thread on the loopback). TESTING.md: never `playwright install`; the browser is
the executable of Debian's `chromium` package, installed by `.ci/run`.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pypdfium2
import pytest
import zxingcpp

from app.cli import main
from app.context import AppContext
from app.voting import lan, service
from tests.unit.voting.conftest import build_room

if TYPE_CHECKING:
    from playwright.sync_api import Browser

CHROMIUM = Path("/usr/lib/chromium/chromium")
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="Debian's chromium package is not installed (/usr/lib/chromium/chromium); "
    ".ci/run installs it",
)

VOTE = {
    "title": "Budget participatif du quartier",
    "method": "pb",
    "level": "codecision",
    "channels": ["kiosk", "phone"],
    "budget": 1000,
    "rule": "greedy",
    "currency": "EUR",
    "options": [
        {"label": "Atelier vélo", "cost": 600},
        {"label": "Fête de quartier", "cost": 500},
        {"label": "Bibliothèque de rue", "cost": 300},
    ],
}


def decode_pdf(path: Path) -> list[str]:
    """Every QR code on the PDF's pages, rendered at 200 dpi as a phone camera sees paper."""
    document = pypdfium2.PdfDocument(str(path))
    try:
        texts: list[str] = []
        for page in document:
            image = page.render(scale=200 / 72).to_pil()
            texts += [result.text for result in zxingcpp.read_barcodes(image)]
            page.close()
        return texts
    finally:
        document.close()


@pytest.fixture
def server(ctx: AppContext) -> Iterator[lan.BallotServer]:
    running = lan.BallotServer(ctx, host="127.0.0.1", port=0)
    running.start()
    yield running
    running.stop()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=["--disable-gpu", "--disable-quic"]
        )
        yield chromium
        chromium.close()


def slip_urls(
    ctx: AppContext,
    server: lan.BallotServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    count: int,
) -> tuple[uuid.UUID, list[str]]:
    """A vote created, opened and its slips printed with the CLI; the slips' decoded QRs."""
    build_room(ctx, shareholders=3, members=0, visitors=0)
    spec = tmp_path / "vote.json"
    spec.write_text(json.dumps(VOTE), encoding="utf-8")
    db = str(ctx.config.db_path)
    assert main(["vote", "create", "--from", str(spec), "--db", db]) == 0
    vote_id = uuid.UUID(capsys.readouterr().out.strip())
    assert main(["vote", "open", str(vote_id), "--db", db]) == 0
    pdf = tmp_path / "slips.pdf"
    argv = ["vote", "slips", str(vote_id), "--count", str(count), "--out", str(pdf)]
    argv += ["--host", "127.0.0.1", "--port", str(server.port), "--db", db]
    assert main(argv) == 0
    capsys.readouterr()
    urls = decode_pdf(pdf)
    assert len(urls) == count
    return vote_id, urls


def test_a_phone_votes_from_its_slip_in_chromium(
    ctx: AppContext,
    server: lan.BallotServer,
    browser: Browser,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    vote_id, [url, *_] = slip_urls(ctx, server, tmp_path, capsys, count=2)
    assert url.startswith(f"http://127.0.0.1:{server.port}/v/")
    context = browser.new_context(locale="fr-BE", viewport={"width": 390, "height": 844})
    try:
        page = context.new_page()
        response = page.goto(url)
        assert response is not None and response.status == 200
        assert len(response.body()) < 50_000
        assert page.locator("h1").inner_text() == VOTE["title"]
        # Labels hold the inputs: a tap on the project's name ticks it.
        page.get_by_label("Atelier vélo").check()
        page.get_by_label("Bibliothèque de rue").check()
        page.get_by_role("button", name="Voter").click()
        page.wait_for_load_state()
        assert page.locator(".done").inner_text() == "A voté\u202f!"
        assert "urne" in page.get_by_role("status").inner_text()
        # The same slip again: refused, whether reloaded or reopened.
        again = page.goto(url)
        assert again is not None and again.status == 409
        assert "déjà servi" in page.get_by_role("status").inner_text()
        assert page.locator("form").count() == 0
    finally:
        context.close()
    figures = service.turnout(ctx, vote_id)
    assert figures.ballots == 1 and figures.by_channel == {"phone": 1}
    service.close_vote(ctx, vote_id)
    assert service.results(ctx, vote_id)["details"]
    assert service.verify(ctx, vote_id) == []


def test_the_page_works_without_javascript_and_refuses_a_basket_over_budget(
    ctx: AppContext,
    server: lan.BallotServer,
    browser: Browser,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    vote_id, [_first, url] = slip_urls(ctx, server, tmp_path, capsys, count=2)
    context = browser.new_context(java_script_enabled=False, locale="nl-BE")
    try:
        page = context.new_page()
        response = page.goto(url)
        assert response is not None and response.status == 200
        assert len(response.body()) < 50_000
        assert page.locator("html").get_attribute("lang") == "nl"
        assert page.locator("script").count() == 0
        # Over budget: the server says so, on the same page, and keeps the code usable.
        page.get_by_label("Atelier vélo").check()
        page.get_by_label("Fête de quartier").check()
        page.get_by_role("button").click()
        page.wait_for_load_state()
        assert page.get_by_role("alert").is_visible()
        assert service.turnout(ctx, vote_id).ballots == 0
        page.get_by_label("Fête de quartier").check()
        page.get_by_label("Bibliothèque de rue").check()
        page.get_by_role("button").click()
        page.wait_for_load_state()
        assert page.locator(".done").inner_text() == "Gestemd!"
        again = page.goto(url)
        assert again is not None and again.status == 409
    finally:
        context.close()
    assert service.turnout(ctx, vote_id).ballots == 1


def test_projects_show_their_description_and_picture_on_the_phone(
    ctx: AppContext,
    server: lan.BallotServer,
    browser: Browser,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from PIL import Image

    Image.new("RGB", (1600, 1200), (30, 120, 200)).save(tmp_path / "velo.jpg", "JPEG")
    options = [dict(option) for option in VOTE["options"]]  # type: ignore[call-overload]
    options[0].update(description="Des outils et un mécanicien, un samedi par mois.")
    options[0].update(picture="velo.jpg")
    spec = tmp_path / "vote.json"
    spec.write_text(json.dumps({**VOTE, "options": options}), encoding="utf-8")
    db = str(ctx.config.db_path)
    assert main(["vote", "create", "--from", str(spec), "--db", db]) == 0
    vote_id = uuid.UUID(capsys.readouterr().out.strip())
    service.open_vote(ctx, vote_id)
    [code] = service.issue_codes(ctx, vote_id, 1)
    context = browser.new_context(locale="fr-BE", viewport={"width": 390, "height": 844})
    try:
        page = context.new_page()
        response = page.goto(server.url_for(code))
        assert response is not None and response.status == 200
        assert len(response.body()) < 50_000
        label = page.get_by_label("Atelier vélo")
        assert "un samedi par mois" in page.locator("label", has=label).inner_text()
        image = page.locator("img")
        assert image.count() == 1
        # The picture is served (the page's own security policy lets it in) and small.
        image.scroll_into_view_if_needed()
        # Not `wait_for_function`: its polling evaluates a string, which the page's own
        # security policy (no eval) refuses.
        from playwright.sync_api import expect

        expect(image).to_have_js_property("complete", True)
        assert image.evaluate("img => img.naturalWidth") == 320
        assert image.get_attribute("alt") == ""  # the name beside it says what it is
        # A tap on the picture ticks its project: it sits inside the label.
        image.click()
        assert label.is_checked()
        page.get_by_role("button", name="Voter").click()
        page.wait_for_load_state()
        assert page.locator(".done").inner_text() == "A voté\u202f!"
    finally:
        context.close()
    assert service.turnout(ctx, vote_id).ballots == 1
