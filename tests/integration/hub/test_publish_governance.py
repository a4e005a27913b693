"""`antenne hub publish governance`: the example file (docs/examples/governance.json, the
demo's nine bodies) reaches every kiosk with its mandates held by the register's members;
publishing it again changes nothing; a bad file is refused whole, every problem placed
(hub on a real PostgreSQL)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.cli import main
from db.models import AgendaItem, Body, BodyLink, Mandate, Meeting, Person
from hub.db import HubDatabase
from hub.models import HubChange
from tests.helpers.sync import Hub, Kiosk, KioskFactory

EXAMPLES = Path(__file__).resolve().parents[3] / "docs" / "examples"
GOVERNANCE = EXAMPLES / "governance.json"
MEMBERS = EXAMPLES / "members.csv"
ANTENNES = ("rennes", "bruxelles", "gent")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["hub", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def changes(database: HubDatabase) -> int:
    with database.transaction() as session:
        return int(session.scalar(select(func.count()).select_from(HubChange)) or 0)


def published_hub(hub: Hub, capsys: pytest.CaptureFixture[str]) -> str:
    url = hub.settings.db_url
    for slug in ANTENNES:
        hub.add_antenna(slug)
    assert run(capsys, "import", "members", str(MEMBERS), "--db", url)[0] == 0
    code, out, err = run(capsys, "publish", "governance", str(GOVERNANCE), "--db", url)
    assert (code, err) == (0, ""), err
    assert out.strip() == (
        "published 9 body, 13 body_link, 8 mandate, 4 meeting, 23 agenda_item: 57 row(s) changed"
    )
    return url


def test_the_example_governance_reaches_every_kiosk_with_its_members(
    pg_hub: Hub, make_kiosk: KioskFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    published_hub(pg_hub, capsys)
    rennes = make_kiosk(pg_hub, "kiosk-rennes")
    gent = make_kiosk(pg_hub, "kiosk-gent", slug="gent")
    for kiosk in (rennes, gent):
        with kiosk.database.transaction() as session:
            bodies = {body.slug: body for body in session.scalars(select(Body))}
            assert len(bodies) == 9
            board = bodies["board"]
            assert board.name == {
                "fr": "Conseil d'administration",
                "nl": "Raad van bestuur",
                "en": "Board of directors",
            }
            assert board.rules["support_threshold"] == 10
            assert board.parent_id == bodies["general-assembly"].id
            assert bodies["rennes-local-council"].antenna_id is not None
            assert bodies["board"].antenna_id is None
            links = session.scalars(select(BodyLink)).all()
            assert len(links) == 13
            assert (bodies["general-assembly"].id, bodies["board"].id, "elects") in {
                (link.source_id, link.target_id, link.kind.value) for link in links
            }
            holders = {
                (mandate.body.slug, mandate.role): mandate.person
                for mandate in session.scalars(select(Mandate))
            }
            assert len(holders) == 8
            chair = holders[("board", "chair")]
            assert (chair.first_name, chair.last_name) == ("Zoé", "Martin")
            meetings = {
                meeting.starts_at.date().isoformat(): meeting
                for meeting in session.scalars(select(Meeting))
            }
            held = meetings["2026-11-17"]
            assert (held.status.value, held.location) == ("held", "Paris + visio")
            assert held.minutes.startswith("Présent·es")
            assert held.starts_at.hour == 17  # 18:00 in Paris, stored in UTC
            points = session.scalars(
                select(AgendaItem)
                .where(AgendaItem.meeting_id == meetings["2026-12-16"].id)
                .order_by(AgendaItem.position, AgendaItem.language)
            ).all()
            assert [(p.position, p.language) for p in points[:3]] == [
                (0, "en"),
                (0, "fr"),
                (0, "nl"),
            ]
            assert {p.status.value for p in points} == {"scheduled"}
            assert {p.title for p in points if p.language == "nl"} >= {"Begroting 2027"}
            treated = session.scalars(
                select(AgendaItem.status).where(AgendaItem.meeting_id == held.id)
            ).all()
            assert set(treated) == {"treated"}
    # The board's people are everyone's to see; how to reach them, their antenne's only.
    assert _email(rennes, "Dubois") == "camille.dubois@example.org"
    assert _email(gent, "Dubois") is None
    assert _email(gent, "Peeters") == "lotte.peeters@example.org"
    assert _email(rennes, "Peeters") is None


def _email(kiosk: Kiosk, last_name: str) -> str | None:
    with kiosk.database.transaction() as session:
        return session.scalars(select(Person.email).where(Person.last_name == last_name)).one()


def test_publishing_again_changes_nothing_and_a_change_reaches_the_kiosks(
    pg_hub: Hub,
    make_kiosk: KioskFactory,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = published_hub(pg_hub, capsys)
    kiosk = make_kiosk(pg_hub, "kiosk-rennes")
    before = changes(pg_hub.database)
    code, out, _ = run(capsys, "publish", "governance", str(GOVERNANCE), "--db", url)
    assert code == 0
    assert out.strip().endswith(": 0 row(s) changed")
    assert changes(pg_hub.database) == before
    data = json.loads(GOVERNANCE.read_text(encoding="utf-8"))
    data["bodies"][1]["purpose"]["en"] = "Elected by the general assembly; sets the direction."
    data["meetings"][1]["status"] = "cancelled"
    edited = tmp_path / "governance.json"
    edited.write_text(json.dumps(data), encoding="utf-8")
    code, out, _ = run(capsys, "publish", "governance", str(edited), "--db", url)
    assert out.strip().endswith(": 2 row(s) changed")
    kiosk.sync()
    with kiosk.database.transaction() as session:
        board = session.scalars(select(Body).where(Body.slug == "board")).one()
        assert board.purpose["en"] == "Elected by the general assembly; sets the direction."
        assert board.purpose["fr"].startswith("Élu par l'assemblée générale")
        statuses = session.scalars(select(Meeting.status).order_by(Meeting.starts_at)).all()
        assert [status.value for status in statuses] == [
            "held",
            "planned",
            "cancelled",
            "planned",
        ]


def _example() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(GOVERNANCE.read_text(encoding="utf-8"))
    return data


def _broken(change: Any) -> bytes:
    data = _example()
    change(data)
    return json.dumps(data, ensure_ascii=False).encode()


HOSTILE: dict[str, tuple[bytes, list[str]]] = {
    "an empty file": (b"", ["line 1, column 1: not JSON"]),
    "a syntax error": (b'{"bodies": [\n  {"slug": "x",\n}', ["line 3, column 1: not JSON"]),
    "a list at the top": (b"[]", ["the file must hold an object"]),
    "Latin-1": ('{"bodies": [{"name": "Conseil d\'é"}]}'.encode("latin-1"), ["UTF-8"]),
    "nested without end": (b"[" * 100_000 + b"]" * 100_000, ["nested too deeply"]),
    "a file too large": (b" " * (16 * 1024 * 1024 + 1), ["is larger than 16 MB"]),
    "an unknown section": (b'{"people": []}', ['"people": unknown section']),
    "a section that is no list": (b'{"bodies": {"slug": "x"}}', ["bodies: must be a list"]),
    "wrong types": (
        _broken(lambda d: d["bodies"][0].update(kind=3, name="AG", position="1")),
        [
            "bodies[0].kind: 3 is not one of general_assembly",
            'bodies[0].name: must be an object {"fr": …, "nl": …, "en": …}, not text',
            'bodies[0].position: "1" is not a whole number from 0 to 10000',
        ],
    ),
    "a misspelt field": (
        _broken(lambda d: d["mandates"][0].update(rôle="chair")),
        ['mandates[0]: unknown field "rôle"'],
    ),
    "injection-like slug": (
        _broken(lambda d: d["bodies"][0].update(slug="x'; DROP TABLE hub_record; --")),
        ['bodies[0].slug: "x\'; DROP TABLE hub_record; --" is not a slug'],
    ),
    "a huge purpose": (
        _broken(lambda d: d["bodies"][0]["purpose"].update(fr="A" * 1_000_000)),
        ["bodies[0].purpose.fr: longer than 2000 characters"],
    ),
    "bad rules": (
        _broken(
            lambda d: d["bodies"][1]["rules"].update(
                proxy_cap=True, majority="most", quorum={"count": "present"}, colour="red"
            )
        ),
        [
            'bodies[1].rules.quorum: must be null or {"count": "present", "of": "entitled", '
            '"ratio": 0.5}',
            'bodies[1].rules.majority: "most" is not one of simple',
            "bodies[1].rules.proxy_cap: true is not a whole number from 0 to 20",
            "bodies[1].rules.colour: unknown rule",
        ],
    ),
    "an unknown member and a date backwards": (
        _broken(lambda d: d["mandates"][0].update(member="9999", end="2020-01-01")),
        [
            'mandates[0].member: no member "9999" in the register',
            "mandates[0].end: 2020-01-01 is before the start, 2024-06-15",
        ],
    ),
    "a link to nowhere": (
        _broken(lambda d: d["links"].append({"from": "board", "to": "senate", "kind": "elects"})),
        ['links[13].to: no body "senate" in the file or at the hub'],
    ),
    "a meeting time without its offset": (
        _broken(lambda d: d["meetings"][0].update(starts_at="2027-01-14 18:00")),
        ['meetings[0].starts_at: "2027-01-14 18:00" is not a date and time with its offset'],
    ),
    "an agenda point in Klingon and a javascript: address": (
        _broken(
            lambda d: d["meetings"][1].update(
                agenda=[{"tlh": "Qapla'"}], online_url="javascript:alert(1)"
            )
        ),
        [
            'meetings[1].online_url: "javascript:alert(1)" is not a web address',
            'meetings[1].agenda[0]: "tlh" is not a language (fr, nl, en)',
            "meetings[1].agenda[0]: needs the text in one language at least",
        ],
    ),
}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_a_bad_governance_file_is_refused_whole_every_problem_placed(
    case: str, pg_hub: Hub, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = published_hub(pg_hub, capsys)
    before = changes(pg_hub.database)
    data, expected = HOSTILE[case]
    path = tmp_path / "bad.json"
    path.write_bytes(data)
    code, out, err = run(capsys, "publish", "governance", str(path), "--db", url)
    assert (code, out) == (1, "")
    assert "Traceback" not in err
    lines = err.splitlines()
    for wanted in expected:
        assert any(wanted in line for line in lines), (case, err)
    assert len(lines) <= len(expected) + 1, err
    assert changes(pg_hub.database) == before


def test_a_folder_as_the_file_is_one_line(
    pg_hub: Hub, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys, "publish", "governance", str(tmp_path), "--db", pg_hub.settings.db_url
    )
    assert (code, out, len(err.splitlines())) == (1, "", 1)
    assert "Is a directory" in err


def test_the_basic_trainings_catalogue_is_content_the_hub_publishes(
    pg_hub: Hub, make_kiosk: KioskFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    """docs/examples/content.json (issue #17: "the catalogue of basic trainings is content the
    hub publishes"), the same page the kiosk ships, reaches a kiosk in its three languages."""
    from db.content_files import read_content_dir
    from db.models import ContentPage

    url = pg_hub.settings.db_url
    pg_hub.add_antenna("rennes")
    code, _out, err = run(capsys, "publish", "content", str(EXAMPLES / "content.json"), "--db", url)
    assert (code, err) == (0, ""), err
    kiosk = make_kiosk(pg_hub, "kiosk-rennes")
    shipped = {
        (page.language, page.title, page.markdown)
        for page in read_content_dir()
        if page.slug == "formations-de-base"
    }
    with kiosk.database.session() as session:
        received = {
            (page.language, page.title, page.markdown)
            for page in session.scalars(
                select(ContentPage).where(ContentPage.slug == "formations-de-base")
            )
        }
    assert received == shipped and len(received) == 3
