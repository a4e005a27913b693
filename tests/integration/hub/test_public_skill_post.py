"""`GET /public/skills/{post_id}`: a skill post's public page on the hub, where the QR code of the
kiosk's post screen leads. It shows what the post offers or needs in the reader's language and
how to ask for an introduction, never a way to reach anyone; the board's hidden, removed and
expired posts, and ids that name nothing, are 404s; every text is escaped (hub on a real
PostgreSQL, the post pushed by a kiosk through the real sync)."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.cli import main
from app.clock import utcnow
from app.sync.public_pages import skill_post_url
from db.models import Person, SkillPost, SkillPostTag, SkillTag
from db.models.skills import SkillLevel, SkillModality, SkillPostKind
from tests.helpers.sync import Hub, Kiosk, KioskFactory

EXAMPLE = Path(__file__).resolve().parents[3] / "docs" / "examples" / "skill_tags.json"
HOSTILE = "<script>alert('x')</script> & \"Excel\" <img src=x onerror=alert(1)>"


def _kiosk(hub: Hub, make_kiosk: KioskFactory, capsys: pytest.CaptureFixture[str]) -> Kiosk:
    hub.add_antenna("rennes")
    assert main(["hub", "tags", "publish", str(EXAMPLE), "--db", hub.settings.db_url]) == 0
    capsys.readouterr()
    return make_kiosk(hub, "kiosk-rennes")


def _post(
    kiosk: Kiosk,
    *,
    title: str = "J'explique Excel",
    availability: str = "Le mardi soir",
    other_tag: str = "",
) -> uuid.UUID:
    with kiosk.database.transaction() as session:
        author = Person(
            first_name="Camille",
            last_name="Dubois",
            email="camille@example.fr",
            phone="+33 6 12 34 56 78",
            antenna_id=kiosk.antenna_id,
            channels=["email"],
        )
        session.add(author)
        session.flush()
        post = SkillPost(
            person_id=author.id,
            antenna_id=kiosk.antenna_id,
            kind=SkillPostKind.offer,
            title=title,
            description="Écrivez-moi à camille@example.fr",
            level=SkillLevel.expert,
            modality=SkillModality.online,
            availability=availability,
            other_tag=other_tag,
            expires_on=date.today() + timedelta(days=60),
        )
        session.add(post)
        session.flush()
        for slug in ("spreadsheets", "accounting"):
            tag = session.scalars(select(SkillTag).where(SkillTag.slug == slug)).one()
            session.add(SkillPostTag(post_id=post.id, tag_id=tag.id))
        post_id = post.id
    kiosk.sync()
    return post_id


def test_a_post_in_the_readers_language_with_no_way_to_reach_its_author(
    pg_hub: Hub, make_kiosk: KioskFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    kiosk = _kiosk(pg_hub, make_kiosk, capsys)
    post = _post(kiosk)
    url = skill_post_url(kiosk.hub_url, post, "nl")
    page = pg_hub.client.get(url.removeprefix(pg_hub.url))
    assert page.status_code == 200
    assert page.headers["Content-Language"] == "nl"
    text = page.text
    assert "Biedt aan: J&#x27;explique Excel" in text
    assert "Boekhouding, Rekenblad (Excel)" in text
    assert "Expert" in text and "Online" in text and "Le mardi soir" in text
    assert "Camille D." in text
    assert "scan je badge" in text
    for secret in ("camille@example.fr", "+33", "Dubois", "Écrivez-moi"):
        assert secret not in text
    headers = page.headers
    assert "default-src 'none'" in headers["Content-Security-Policy"]
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "no-referrer"
    english = pg_hub.client.get(f"/public/skills/{post}", headers={"Accept-Language": "en-GB"})
    assert "Offers: J&#x27;explique Excel" in english.text
    assert "Accounting, Spreadsheets (Excel)" in english.text
    french = pg_hub.client.get(f"/public/skills/{post}?lang=xx")
    assert "Propose\u202f: J&#x27;explique Excel" in french.text
    assert "Comptabilité, Tableur (Excel)" in french.text


def test_every_text_is_escaped(
    pg_hub: Hub, make_kiosk: KioskFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    kiosk = _kiosk(pg_hub, make_kiosk, capsys)
    post = _post(kiosk, title=HOSTILE, availability=HOSTILE, other_tag="<b>x</b>")
    with kiosk.database.transaction() as session:
        author = session.scalars(select(Person)).one()
        author.first_name = "<i>Zoé</i>"
    kiosk.sync()
    text = pg_hub.client.get(f"/public/skills/{post}?lang=en").text
    assert "<script" not in text and "<img" not in text and "<b>" not in text
    assert "<i>" not in text
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;Excel&quot;" in text
    assert "&lt;b&gt;x&lt;/b&gt;" in text


@pytest.mark.parametrize("change", ["hidden", "deleted", "expired", "author erased"])
def test_a_post_the_board_does_not_show_is_a_404(
    pg_hub: Hub, make_kiosk: KioskFactory, capsys: pytest.CaptureFixture[str], change: str
) -> None:
    kiosk = _kiosk(pg_hub, make_kiosk, capsys)
    post = _post(kiosk)
    assert pg_hub.client.get(f"/public/skills/{post}").status_code == 200
    with kiosk.database.transaction() as session:
        row = session.get(SkillPost, post)
        assert row is not None
        if change == "hidden":
            row.hidden = True
        elif change == "deleted":
            row.deleted_at = utcnow()
        elif change == "expired":
            row.expires_on = date.today() - timedelta(days=2)
        else:
            row.person.deleted_at = utcnow()
    kiosk.sync()
    page = pg_hub.client.get(f"/public/skills/{post}?lang=en")
    assert page.status_code == 404
    assert "This post is not (or no longer) on the skills board." in page.text
    assert "J&#x27;explique" not in page.text


@pytest.mark.parametrize(
    "post_id",
    [
        "3f2b8c1e-7d4a-4e6b-9a0c-5d1e2f3a4b5c",  # well formed, names no post
        "not-a-post",
        "0190f1c2-0000-7000-8000-00000000000",
        "0190f1c200007000800000000000000001",
        "{0190f1c2-0000-7000-8000-000000000001}",
        "x" * 5000,
        "%00",
        "..%2F..%2Fetc%2Fpasswd",
        "<script>",
    ],
)
def test_an_id_that_names_no_post_is_a_404(pg_hub: Hub, post_id: str) -> None:
    page = pg_hub.client.get(f"/public/skills/{post_id}")
    assert page.status_code == 404
    assert "<script>" not in page.text
    assert page.headers["X-Frame-Options"] == "DENY"


def test_a_tag_is_not_a_post(
    pg_hub: Hub, make_kiosk: KioskFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    kiosk = _kiosk(pg_hub, make_kiosk, capsys)
    with kiosk.database.transaction() as session:
        tag_id = session.scalars(select(SkillTag.id)).first()
    assert pg_hub.client.get(f"/public/skills/{tag_id}").status_code == 404
