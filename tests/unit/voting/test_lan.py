"""The phone ballot page over real HTTP (uvicorn in a thread, httpx as the phone)."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po

from app.context import AppContext
from app.voting import lan, phrases, service
from tests.unit.voting.conftest import Room

PB = {
    "title": "Budget participatif",
    "method": "pb",
    "level": "codecision",
    "channels": ["kiosk", "phone"],
    "budget": 1000,
    "rule": "greedy",
    "options": [
        {"label": "Atelier vélo", "cost": 600},
        {"label": "Fête de quartier", "cost": 500},
        {"label": "Bibliothèque", "cost": 300},
    ],
}
MOTION = {
    "title": "Motion",
    "method": "motion",
    "level": "codecision",
    "channels": ["kiosk", "phone"],
    "body": "general-assembly",
}


@pytest.fixture
def server(ctx: AppContext) -> Iterator[lan.BallotServer]:
    running = lan.BallotServer(ctx, host="127.0.0.1", port=0, failures_per_minute=5)
    running.start()
    yield running
    running.stop()


@pytest.fixture
def phone(server: lan.BallotServer) -> Iterator[httpx.Client]:
    with httpx.Client(
        base_url=f"http://127.0.0.1:{server.port}", headers={"Accept-Language": "fr-BE,fr;q=0.9"}
    ) as client:
        yield client


def open_vote(
    ctx: AppContext, spec: dict[str, object], codes: int = 3
) -> tuple[uuid.UUID, list[str]]:
    vote_id = service.create_vote(ctx, spec)
    service.open_vote(ctx, vote_id)
    return vote_id, service.issue_codes(ctx, vote_id, codes)


def test_a_phone_votes_once(ctx: AppContext, room: Room, phone: httpx.Client) -> None:
    vote_id, [code, *_] = open_vote(ctx, MOTION)
    page = phone.get(f"/v/{code}")
    assert page.status_code == 200
    assert len(page.content) < 50_000
    assert "<script" not in page.text
    assert 'name="choice" value="yes"' in page.text and "Oui" in page.text
    assert page.headers["x-frame-options"] == "DENY"
    assert page.headers["referrer-policy"] == "no-referrer"
    assert page.headers["cache-control"] == "no-store"
    assert "default-src 'none'" in page.headers["content-security-policy"]
    cast = phone.post(f"/v/{code}", data={"choice": "yes"})
    assert cast.status_code == 200 and "A voté\u202f!" in cast.text
    again = phone.post(f"/v/{code}", data={"choice": "no"})
    assert again.status_code == 409 and "déjà servi" in again.text
    assert phone.get(f"/v/{code}").status_code == 409
    assert service.turnout(ctx, vote_id).ballots == 1


def test_languages_follow_the_phone(ctx: AppContext, room: Room, phone: httpx.Client) -> None:
    _vote_id, [code, *_] = open_vote(ctx, MOTION)
    dutch = phone.get(f"/v/{code}", headers={"Accept-Language": "nl-BE,nl;q=0.9,en;q=0.5"})
    assert "Ja" in dutch.text and 'lang="nl"' in dutch.text
    english = phone.get(f"/v/{code}", headers={"Accept-Language": "de-DE,en;q=0.8"})
    assert "Cast my vote" in english.text
    assert lan.pick_language("es, nl;q=0.2, fr;q=0.7") == "fr"
    assert lan.pick_language(None) == "fr"


def test_forged_codes_are_refused_then_rate_limited(
    ctx: AppContext, room: Room, phone: httpx.Client
) -> None:
    open_vote(ctx, MOTION)
    forged = [phone.get(f"/v/{'A' * 25}{c}") for c in "BCDEF"]
    assert all(r.status_code == 404 and "pas valable" in r.text for r in forged)
    assert phone.get(f"/v/{'A' * 26}").status_code == 429
    assert phone.get("/v/<script>").status_code == 429


def test_no_other_endpoint(ctx: AppContext, room: Room, phone: httpx.Client) -> None:
    for path in ("/", "/docs", "/openapi.json", "/redoc", "/v", "/static/x"):
        response = phone.get(path)
        assert response.status_code == 404, path
        assert response.headers["x-frame-options"] == "DENY"
    assert phone.put(f"/v/{'A' * 26}").status_code == 405


def test_oversized_posts_are_refused(ctx: AppContext, room: Room, phone: httpx.Client) -> None:
    vote_id, [code, *_] = open_vote(ctx, MOTION)
    big = phone.post(
        f"/v/{code}",
        content=b"choice=yes&" + b"x" * 20_000,
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert big.status_code == 413

    def chunks() -> Iterator[bytes]:
        for _ in range(20):
            yield b"x" * 1000

    streamed = phone.post(f"/v/{code}", content=chunks())
    assert streamed.status_code == 413
    # The code still works after the refusals.
    assert phone.post(f"/v/{code}", data={"choice": "no"}).status_code == 200
    assert service.turnout(ctx, vote_id).ballots == 1


def test_an_unreadable_form_is_refused_and_the_code_kept(
    ctx: AppContext, room: Room, phone: httpx.Client
) -> None:
    vote_id, [code, *_] = open_vote(ctx, MOTION)
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    not_utf8 = phone.post(f"/v/{code}", content=b"choice=\xe9\xff", headers=form)
    too_many = phone.post(f"/v/{code}", content=b"&".join([b"x=1"] * 300), headers=form)
    for refused in (not_utf8, too_many):
        assert refused.status_code == 400
        assert "A voté" not in refused.text
        assert refused.headers["x-frame-options"] == "DENY"
    assert service.turnout(ctx, vote_id).ballots == 0
    assert phone.post(f"/v/{code}", data={"choice": "yes"}).status_code == 200


def test_a_picture_index_that_is_not_a_number(
    ctx: AppContext, room: Room, phone: httpx.Client
) -> None:
    _vote_id, [code, *_] = open_vote(ctx, MOTION)
    for index in ("²", "٣", "-1", "1" * 40):
        response = phone.get(f"/v/{code}/p/{index}")
        assert response.status_code == 404, index
        assert "default-src 'none'" in response.headers["content-security-policy"]


def test_a_forwarded_for_header_is_not_believed(ctx: AppContext, room: Room) -> None:
    """One phone cannot pass for many by writing X-Forwarded-For: the limit is per address."""
    server = lan.BallotServer(ctx, host="127.0.0.1", port=0, requests_per_minute=3)
    server.start()
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{server.port}") as phone:
            answers = [
                phone.get("/", headers={"X-Forwarded-For": f"10.0.0.{n}"}).status_code
                for n in range(4)
            ]
    finally:
        server.stop()
    assert answers == [404, 404, 404, 429]


def test_pb_over_budget_is_refused_server_side(
    ctx: AppContext, room: Room, phone: httpx.Client
) -> None:
    vote_id, [code, *_] = open_vote(ctx, PB)
    page = phone.get(f"/v/{code}")
    assert "1\u202f000\xa0€" in page.text and "600\xa0€" in page.text
    over = phone.post(f"/v/{code}", data={"o": ["0", "1"]})
    assert over.status_code == 400
    assert "plus que le budget" in over.text and 'role="alert"' in over.text
    # 1 100 € chosen of 1 000 €: say how much must come out, not "remove one".
    assert "pour au moins 100\xa0€" in over.text
    ok = phone.post(f"/v/{code}", data={"o": ["0", "2"]})
    assert ok.status_code == 200
    service.close_vote(ctx, vote_id)
    assert service.results(ctx, vote_id)["details"]


def test_the_phone_page_in_english_reads_the_votes_english_texts(
    ctx: AppContext, room: Room, phone: httpx.Client
) -> None:
    spec = {
        **PB,
        "translations": {"en": {"title": "Participatory budget", "question": "Which ones?"}},
        "options": [
            {
                "label": "Atelier vélo",
                "cost": 600,
                "description": "Des outils.",
                "translations": {"en": {"label": "Bike workshop", "description": "Tools."}},
            },
            {"label": "Fête de quartier", "cost": 500},
            {"label": "Bibliothèque", "cost": 300, "translations": {"nl": {"label": "Boeken"}}},
        ],
    }
    vote_id, [code, *_] = open_vote(ctx, spec)
    english = {"Accept-Language": "en-GB,en;q=0.9"}
    page = phone.get(f"/v/{code}", headers=english).text
    assert "<h1>Participatory budget</h1>" in page and "Which ones?" in page
    assert "Bike workshop" in page and "Tools." in page
    assert "Atelier vélo" not in page and "Des outils." not in page
    # No English name: the vote's own; the Dutch one is for Dutch phones only.
    assert "Fête de quartier" in page and "Bibliothèque" in page and "Boeken" not in page
    over = phone.post(f"/v/{code}", data={"o": ["0", "1"]}, headers=english)
    assert "Take out projects worth at least €100" in over.text
    done = phone.post(f"/v/{code}", data={"o": ["0"]}, headers=english)
    assert done.status_code == 200
    assert "Voted!" in done.text and "A voté" not in done.text
    service.close_vote(ctx, vote_id)
    # The box names the project by its own label.
    assert service.results(ctx, vote_id)["details"]["votes"]["Atelier vélo"] == 1


def test_a_closed_vote_refuses(ctx: AppContext, room: Room, phone: httpx.Client) -> None:
    vote_id, [code, *_] = open_vote(ctx, MOTION)
    service.close_vote(ctx, vote_id)
    response = phone.post(f"/v/{code}", data={"choice": "yes"})
    assert response.status_code == 409 and "clos" in response.text


@pytest.mark.parametrize(
    ("spec", "form", "expected"),
    [
        (
            {"method": "irv", "options": ["A", "B", "C"]},
            {"r1": "2", "r2": "0"},
            {"ranking": ["C", "A"]},
        ),
        ({"method": "schulze", "options": ["A", "B"]}, {"r1": "1", "r2": "1"}, None),
        (
            {"method": "mj", "options": ["A", "B"], "grades": ["bad", "good"]},
            {"g0": "1", "g1": "0"},
            {"grades": {"A": 1, "B": 0}},
        ),
        ({"method": "approval", "options": ["A", "B"]}, {"o": ["1"]}, {"approve": ["B"]}),
        ({"method": "score", "options": ["A", "B"], "max_score": 3}, {"s0": "3", "s1": "9"}, None),
        ({"method": "plurality", "options": ["A", "B"]}, {"choice": "1"}, {"ranking": ["B"]}),
        (
            {"method": "consent"},
            {"consent": "no", "why": "  trop   cher "},
            {"objection": "trop cher"},
        ),
        ({"method": "consent"}, {"consent": "no"}, None),
        # The slots of the box are sized for 500 characters (app/voting/slots.py).
        ({"method": "consent"}, {"consent": "no", "why": "x" * 500}, {"objection": "x" * 500}),
        ({"method": "consent"}, {"consent": "no", "why": "x" * 501}, None),
    ],
)
def test_every_form_reads_into_the_engine_ballot(
    ctx: AppContext, spec: dict[str, object], form: dict[str, object], expected: object
) -> None:
    vote_id = service.create_vote(ctx, {"title": "T", "level": "consultation", **spec})
    info = service.get_vote(ctx, vote_id)
    fields = {k: v if isinstance(v, list) else [v] for k, v in form.items()}
    if expected is None:
        with pytest.raises(lan.FormError):
            lan.ballot_from_form(info, fields, "en")  # type: ignore[arg-type]
    else:
        assert lan.ballot_from_form(info, fields, "en") == expected  # type: ignore[arg-type]
        service.validate_ballot(info, expected)  # type: ignore[arg-type]
    # Every method's page renders, small.
    assert len(lan.ballot_page(info, "X" * 26, "nl")) < 50_000


SOURCES = [
    Path(lan.__file__),
    *(Path(lan.__file__).with_name(n) for n in ("pdf.py", "phrases.py", "labelled.py")),
]


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_every_ballot_message_is_translated(language: str) -> None:
    wanted = {
        message
        for source in SOURCES
        for _line, message, _comments, _context in extract_from_file(
            "python", str(source), keywords={"N_": None}
        )
    }
    folder = phrases.LOCALE_DIR / language / "LC_MESSAGES"
    with (folder / "ballot.po").open("rb") as handle:
        catalog = read_po(handle)
    translated = {m.id for m in catalog if m.id and m.string and not m.fuzzy}
    assert not wanted - translated, sorted(wanted - translated)
    placeholder = re.compile(r"\{(\w+)\}")
    for message in catalog:
        if message.id:
            assert set(placeholder.findall(message.string)) == set(placeholder.findall(message.id))
    # The compiled catalogue is up to date.
    mo = folder / "ballot.mo"
    assert mo.stat().st_mtime >= (folder / "ballot.po").stat().st_mtime - 1
    import gettext

    with mo.open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    for message in catalog:
        if message.id:
            assert compiled.gettext(message.id) == message.string
