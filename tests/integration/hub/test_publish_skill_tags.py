"""`antenne hub tags publish`: the skills taxonomy as the hub publishes it. The example file is
the demo's taxonomy; it reaches a kiosk with its labels in three languages and the ids the
demo gives the same tags; publishing it again changes nothing; a tag left out is retired and
posts keep it; a bad or hostile file is one line and nothing is published (hub on a real
PostgreSQL)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.cli import main
from db.demo_data.catalogue import SKILL_SECTORS
from db.engine import Database
from db.models import SkillTag
from db.skill_tags import tag_id
from hub.models import HubRecord
from hub.service.publish import natural_id
from tests.helpers.sync import Hub, KioskFactory

EXAMPLE = Path(__file__).resolve().parents[3] / "docs" / "examples" / "skill_tags.json"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["hub", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def example() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    return data


def hub_tags(hub: Hub) -> dict[str, dict[str, Any]]:
    with hub.database.transaction() as session:
        return {
            str(record.data["slug"]): record.data
            for record in session.scalars(select(HubRecord).where(HubRecord.entity == "skill_tag"))
        }


def test_the_example_file_is_the_demos_taxonomy() -> None:
    assert [
        (
            sector["slug"],
            sector["label"],
            [(skill["slug"], skill["label"]) for skill in sector["skills"]],
        )
        for sector in example()["sectors"]
    ] == [
        (slug, dict(label), [(skill, dict(skill_label)) for skill, skill_label in skills])
        for slug, label, skills in SKILL_SECTORS
    ]


def test_a_tags_id_is_the_one_the_hub_gives_its_slug() -> None:
    for slug in ("audiovisual", "photography", "x"):
        assert str(tag_id(slug)) == natural_id("skill_tag", slug)


def test_the_taxonomy_reaches_a_kiosk_in_three_languages_with_the_demos_ids(
    pg_hub: Hub,
    make_kiosk: KioskFactory,
    capsys: pytest.CaptureFixture[str],
    database: Database,
) -> None:
    url = pg_hub.settings.db_url
    pg_hub.add_antenna("rennes")
    code, out, err = run(capsys, "tags", "publish", str(EXAMPLE), "--db", url)
    skills = sum(len(skills) for _slug, _label, skills in SKILL_SECTORS)
    assert (code, err) == (0, ""), err
    assert out.strip() == (
        f"published {len(SKILL_SECTORS)} sector(s), {skills} skill(s): "
        f"{len(SKILL_SECTORS) + skills} tag(s) changed, 0 retired"
    )
    kiosk = make_kiosk(pg_hub, "kiosk-rennes")
    with kiosk.database.transaction() as session:
        pulled = {tag.slug: tag for tag in session.scalars(select(SkillTag))}
    assert len(pulled) == len(SKILL_SECTORS) + skills
    photography = pulled["photography"]
    assert photography.label == {"fr": "Photographie", "nl": "Fotografie", "en": "Photography"}
    assert (photography.sector, photography.position) == ("audiovisual", 0)
    assert (pulled["audiovisual"].sector, pulled["audiovisual"].position) == ("", 1)
    assert pulled["grants"].position == 5
    # The demo names each tag by the same row.
    from db.demo import build_demo

    build_demo(database)
    with database.session() as session:
        demo = {tag.slug: tag.id for tag in session.scalars(select(SkillTag))}
    assert demo == {slug: tag.id for slug, tag in pulled.items()}


def test_publishing_again_changes_nothing_and_a_tag_left_out_is_retired(
    pg_hub: Hub, make_kiosk: KioskFactory, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    url = pg_hub.settings.db_url
    pg_hub.add_antenna("rennes")
    assert run(capsys, "tags", "publish", str(EXAMPLE), "--db", url)[0] == 0
    before = pg_hub.change_count("skill_tag")
    code, out, _err = run(capsys, "tags", "publish", str(EXAMPLE), "--db", url)
    assert code == 0
    assert out.strip().endswith("0 tag(s) changed, 0 retired")
    assert pg_hub.change_count("skill_tag") == before

    kiosk = make_kiosk(pg_hub, "kiosk-rennes")
    data = example()
    audiovisual = next(s for s in data["sectors"] if s["slug"] == "audiovisual")
    audiovisual["skills"] = [s for s in audiovisual["skills"] if s["slug"] != "video"]
    audiovisual["label"]["nl"] = "Audiovisuele kunsten"
    smaller = tmp_path / "tags.json"
    smaller.write_text(json.dumps(data), encoding="utf-8")
    code, out, _err = run(capsys, "tags", "publish", str(smaller), "--db", url)
    assert code == 0
    # The sector's label, and "sound" moved up one place where "video" was.
    assert out.strip().endswith("2 tag(s) changed, 1 retired")
    assert hub_tags(pg_hub)["video"]["deleted_at"] is not None
    kiosk.sync()
    with kiosk.database.transaction() as session:
        tags = {tag.slug: tag for tag in session.scalars(select(SkillTag))}
    assert tags["video"].deleted_at is not None
    assert tags["audiovisual"].label["nl"] == "Audiovisuele kunsten"
    assert tags["sound"].position == 1
    # Back in the file, it is live again.
    assert run(capsys, "tags", "publish", str(EXAMPLE), "--db", url)[0] == 0
    assert hub_tags(pg_hub)["video"]["deleted_at"] is None


def test_a_kiosk_cannot_change_the_hubs_taxonomy(
    pg_hub: Hub, make_kiosk: KioskFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    pg_hub.add_antenna("rennes")
    assert run(capsys, "tags", "publish", str(EXAMPLE), "--db", pg_hub.settings.db_url)[0] == 0
    kiosk = make_kiosk(pg_hub, "kiosk-rennes")
    with kiosk.database.transaction() as session:
        tag = session.scalars(select(SkillTag).where(SkillTag.slug == "sewing")).one()
        tag.label = {"fr": "Piraté", "nl": "Gekaapt", "en": "Hijacked"}
    kiosk.sync()
    assert hub_tags(pg_hub)["sewing"]["label"]["en"] == "Sewing"
    with kiosk.database.transaction() as session:
        tag = session.scalars(select(SkillTag).where(SkillTag.slug == "sewing")).one()
        assert tag.label["en"] == "Sewing"


def _sector(**values: Any) -> dict[str, Any]:
    return {
        "slug": "crafts",
        "label": {"fr": "Artisanat", "nl": "Ambacht", "en": "Crafts"},
        "skills": [{"slug": "sewing", "label": {"fr": "Couture", "nl": "Naaien", "en": "Sewing"}}],
        **values,
    }


HOSTILE: list[tuple[str, bytes, str]] = [
    ("not JSON", b"{sectors:", "line 1, column 2: not JSON"),
    ("binary", bytes(range(256)) * 4, "not UTF-8 text"),
    ("deep", b"[" * 100_000 + b"]" * 100_000, "nested too deeply to be a taxonomy"),
    ("a list", b"[]", "the file: must be an object"),
    ("no sectors", b"{}", "the file: sectors is missing"),
    ("sectors of text", b'{"sectors": "crafts"}', "sectors: must be a list, not text"),
    ("empty", b'{"sectors": []}', "sectors: is empty"),
    (
        "an unknown field",
        json.dumps({"sectors": [_sector(colour="red")]}).encode(),
        "sectors[0]: unknown field 'colour'",
    ),
    (
        "a bad slug",
        json.dumps({"sectors": [_sector(slug="Crafts & Arts")]}).encode(),
        "sectors[0].slug: 'Crafts & Arts' is not a slug",
    ),
    (
        "a slug too long",
        json.dumps({"sectors": [_sector(slug="a" * 65)]}).encode(),
        "is not a slug",
    ),
    (
        "a number for a slug",
        json.dumps({"sectors": [_sector(slug=7)]}).encode(),
        "sectors[0].slug: '7' is not a slug",
    ),
    (
        "a duplicate",
        json.dumps({"sectors": [_sector(), _sector(slug="other")]}).encode(),
        "sectors[1].skills[0].slug: 'sewing' is already sectors[0].skills[0].slug",
    ),
    (
        "a missing language",
        json.dumps({"sectors": [_sector(label={"fr": "Artisanat", "en": "Crafts"})]}).encode(),
        "sectors[0].label.nl: is missing",
    ),
    (
        "an empty label",
        json.dumps({"sectors": [_sector(label={"fr": " ", "nl": "A", "en": "C"})]}).encode(),
        "sectors[0].label.fr: is empty",
    ),
    (
        "a label too long",
        json.dumps({"sectors": [_sector(label={"fr": "x" * 81, "nl": "A", "en": "C"})]}).encode(),
        "sectors[0].label.fr: longer than 80 characters",
    ),
    (
        "a line break in a label",
        json.dumps({"sectors": [_sector(label={"fr": "a\nb", "nl": "A", "en": "C"})]}).encode(),
        "sectors[0].label.fr: holds a control character",
    ),
    (
        "a label of another type",
        json.dumps({"sectors": [_sector(label={"fr": ["x"], "nl": "A", "en": "C"})]}).encode(),
        "sectors[0].label.fr: must be text, not a list",
    ),
    (
        "another language",
        json.dumps(
            {"sectors": [_sector(label={"fr": "A", "nl": "A", "en": "C", "de": "K"})]}
        ).encode(),
        "sectors[0].label: 'de' is not a language",
    ),
    (
        "a skill that is text",
        json.dumps({"sectors": [_sector(skills=["sewing"])]}).encode(),
        "sectors[0].skills[0]: must be an object, not text",
    ),
    (
        "too many sectors",
        json.dumps({"sectors": [_sector(slug=f"s{n}", skills=[]) for n in range(101)]}).encode(),
        "sectors: more than 100 sectors",
    ),
    (
        "too many skills",
        json.dumps(
            {
                "sectors": [
                    _sector(
                        skills=[
                            {"slug": f"k{n}", "label": {"fr": "a", "nl": "b", "en": "c"}}
                            for n in range(201)
                        ]
                    )
                ]
            }
        ).encode(),
        "sectors[0].skills: more than 200 skills",
    ),
    ("huge", b" " * (4 * 1024 * 1024 + 1), "is larger than 4 MB"),
]


@pytest.mark.parametrize(
    ("content", "expected"), [h[1:] for h in HOSTILE], ids=[h[0] for h in HOSTILE]
)
def test_a_bad_file_is_one_line_and_nothing_is_published(
    pg_hub: Hub, capsys: pytest.CaptureFixture[str], tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "tags.json"
    path.write_bytes(content)
    code, out, err = run(capsys, "tags", "publish", str(path), "--db", pg_hub.settings.db_url)
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1, err
    assert err.startswith(f"antenne: {path}")
    assert expected in err
    assert err.rstrip().endswith("nothing published") or "larger than" in err
    assert hub_tags(pg_hub) == {}


def test_several_problems_are_each_placed_and_nothing_is_published(
    pg_hub: Hub, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "tags.json"
    sectors = [_sector(slug="Bad"), _sector(slug="crafts", label={"fr": "", "nl": "", "en": ""})]
    path.write_text(json.dumps({"sectors": sectors}), encoding="utf-8")
    code, _out, err = run(capsys, "tags", "publish", str(path), "--db", pg_hub.settings.db_url)
    assert code == 1
    lines = err.strip().splitlines()
    assert lines[-1] == f"antenne: 5 problem(s) in {path}: nothing published"
    assert f"{path}, sectors[1].label.nl: is empty" in lines
    assert hub_tags(pg_hub) == {}
