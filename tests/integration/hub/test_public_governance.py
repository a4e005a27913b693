"""`GET /public/governance`: the page the printed boards' QR code leads to. What the cooperative
published, read by anyone in their language, and nothing personal beyond a first name and an
initial (hub on a real PostgreSQL, served by uvicorn, read with httpx)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.cli import main
from tests.helpers.sync import Hub

EXAMPLES = Path(__file__).resolve().parents[3] / "docs" / "examples"
ANTENNES = ("rennes", "bruxelles", "gent")


def _example(today: date, now: datetime) -> dict[str, Any]:
    """The example file with its dates moved around today: the test reads the same page
    whatever day it runs."""
    data: dict[str, Any] = json.loads((EXAMPLES / "governance.json").read_text(encoding="utf-8"))
    for mandate in data["mandates"]:
        mandate["start"] = (today - timedelta(days=100)).isoformat()
        mandate["end"] = (today + timedelta(days=300)).isoformat()
    # The Rennes council's chair (member 1005) has ended her mandate: she is no longer shown.
    ended = next(m for m in data["mandates"] if m["body"] == "rennes-local-council")
    ended["end"] = (today - timedelta(days=1)).isoformat()
    for index, meeting in enumerate(data["meetings"]):
        days = -20 if meeting["status"] == "held" else 10 + index
        meeting["starts_at"] = (now + timedelta(days=days)).isoformat()
        meeting.pop("ends_at", None)
    return data


@pytest.fixture
def published(
    pg_hub: Hub, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> tuple[Hub, dict[str, Any]]:
    url = pg_hub.settings.db_url
    for slug in ANTENNES:
        pg_hub.add_antenna(slug)
    assert main(["hub", "import", "members", str(EXAMPLES / "members.csv"), "--db", url]) == 0
    data = _example(date.today(), datetime.now(UTC))
    path = tmp_path / "governance.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["hub", "publish", "governance", str(path), "--db", url]) == 0
    capsys.readouterr()
    return pg_hub, data


def get(hub: Hub, query: str = "", **headers: str) -> httpx.Response:
    # The page is for anyone: no device token, no kiosk header.
    return httpx.get(f"{hub.url}/public/governance{query}", headers=headers, timeout=10)


def test_the_page_shows_the_bodies_people_meetings_and_links_in_plain_words(
    published: tuple[Hub, dict[str, Any]],
) -> None:
    hub, _data = published
    response = get(hub, "?lang=fr")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert response.headers["content-language"] == "fr"
    page = response.text
    assert '<html lang="fr">' in page
    assert "Conseil d&#x27;administration" in page
    assert "Le conseil élu" in page  # the kind in plain words beside the statutory name
    # First name and initial, with the role in words.
    assert "Zoé M. — présidence" in page
    assert "Martin" not in page
    # The board's next meeting and its published agenda, each point once, in French.
    assert "Budget 2027" in page and "Begroting 2027" not in page
    assert page.count("Aide aux déplacements pour l&#x27;assemblée générale") == 1
    # Links between bodies lead to the other body's section.
    assert 'élit <a href="#body-board">Conseil d&#x27;administration</a>' in page
    assert 'id="body-board"' in page


def test_the_page_reads_in_dutch_and_english(published: tuple[Hub, dict[str, Any]]) -> None:
    hub, _data = published
    dutch = get(hub, "?lang=nl").text
    assert '<html lang="nl">' in dutch and "Raad van bestuur" in dutch
    assert "Begroting 2027" in dutch and "Budget 2027" not in dutch
    assert "kiest" in dutch and "Volgende vergadering" in dutch
    # Without ?lang=, the browser's languages choose; the first one we speak wins.
    english = get(hub, **{"Accept-Language": "de-DE,en-GB;q=0.8,fr;q=0.5"})
    assert english.headers["content-language"] == "en"
    assert "Board of directors" in english.text and "Next meeting" in english.text


def test_nothing_personal_beyond_a_first_name_and_an_initial(
    published: tuple[Hub, dict[str, Any]],
) -> None:
    hub, _data = published
    members = (EXAMPLES / "members.csv").read_text(encoding="utf-8").splitlines()[1:]
    page = get(hub, "?lang=en").text
    for line in members:
        number, _first, last, email, phone, *_rest = line.split(";")
        assert last not in page
        assert all(secret not in page for secret in (email, phone, number) if secret)
    # The council's chair whose mandate ended is gone; its secretary is still there.
    assert "Fatou D." not in page
    assert "Jan J. — secretary" in page
    # A body without anyone holding a mandate says so.
    assert "Nobody holds a mandate here yet." in page


@pytest.mark.parametrize(
    "query",
    [
        "?lang=de",
        "?lang=",
        "?lang=" + "x" * 5000,
        "?lang=%3Cscript%3Ealert(1)%3C/script%3E",
        "?lang=fr%00",
        "?lang=../../etc/passwd",
        "?lang=nl&lang=en",
        "?lang[]=nl",
        "?%ZZ=%ZZ",
    ],
)
def test_a_hostile_query_string_gets_the_default_page_and_is_never_echoed(
    published: tuple[Hub, dict[str, Any]], query: str
) -> None:
    hub, _data = published
    response = get(hub, query)
    assert response.status_code == 200
    page = response.text
    assert "<script" not in page and "alert(" not in page and "passwd" not in page
    assert "x" * 100 not in page
    # A repeated `lang` keeps the last one given, if it is ours.
    expected = "en" if query == "?lang=nl&lang=en" else "fr"
    assert response.headers["content-language"] == expected


def test_hostile_headers_and_methods(published: tuple[Hub, dict[str, Any]]) -> None:
    hub, _data = published
    response = get(hub, **{"Accept-Language": "<b>" + ",zz" * 3000})
    assert response.status_code == 200 and response.headers["content-language"] == "fr"
    assert "<b>" not in response.text.split("<body>", 1)[1][:200]
    # Read-only: nothing else is allowed.
    for method in ("POST", "PUT", "DELETE", "PATCH"):
        assert httpx.request(method, f"{hub.url}/public/governance", timeout=10).status_code == 405


def test_the_page_carries_the_security_headers(published: tuple[Hub, dict[str, Any]]) -> None:
    hub, _data = published
    headers = get(hub).headers
    policy = headers["content-security-policy"]
    assert "default-src 'none'" in policy and "frame-ancestors 'none'" in policy
    assert "script-src" not in policy
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    assert headers["referrer-policy"] == "no-referrer"
    assert "<script" not in get(hub).text


def test_a_hub_with_nothing_published_says_so(pg_hub: Hub) -> None:
    page = get(pg_hub, "?lang=nl").text
    assert "De coöperatie heeft hier nog niets gepubliceerd." in page


def test_a_published_text_is_escaped(
    pg_hub: Hub, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = _example(date.today(), datetime.now(UTC))
    data["bodies"][0]["name"]["fr"] = "<script>alert('x')</script> AG"
    data["meetings"][-1]["agenda"][0]["fr"] = "<img src=x onerror=alert(1)>"
    for slug in ANTENNES:
        pg_hub.add_antenna(slug)
    url = pg_hub.settings.db_url
    assert main(["hub", "import", "members", str(EXAMPLES / "members.csv"), "--db", url]) == 0
    path = tmp_path / "governance.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["hub", "publish", "governance", str(path), "--db", url]) == 0, capsys.readouterr()
    page = get(pg_hub, "?lang=fr").text
    assert "<script>" not in page and "<img" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; AG" in page
