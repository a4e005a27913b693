"""Participatory-budget projects with a description and a picture; named (non-secret) votes;
revoking a proxy. Without a display."""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
import uuid
from pathlib import Path

import httpx
import pypdfium2
import pytest
from PIL import Image
from sqlalchemy import select

from app.cli import main
from app.config import load_config
from app.context import AppContext
from app.voting import service
from app.voting.lan import BallotServer
from app.voting.pdf import render_minutes
from app.voting.pictures import LONG_SIDE, MAX_FILE_BYTES, MAX_STORED_BYTES, normalise
from db.engine import Database
from db.models import LedgerEntry
from tests.unit.voting.conftest import Room
from tests.unit.voting.test_live import MOTION, refused


def photo(width: int = 3000, height: int = 2000, *, fmt: str = "JPEG") -> bytes:
    """A photo as a phone takes it: large, with EXIF (a rotation, a GPS position)."""
    image = Image.new("RGB", (width, height), (200, 120, 40))
    for x in range(0, width, 50):  # some detail, so the JPEG is not trivially small
        image.paste((x % 255, 40, 200 - x % 200), (x, 0, x + 25, height))
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: turned a quarter
    exif[0x8825] = {1: "N", 2: (48.0, 6.0, 0.0)}  # GPS
    out = io.BytesIO()
    image.save(out, fmt, exif=exif) if fmt == "JPEG" else image.save(out, fmt)
    return out.getvalue()


def test_a_picture_is_made_small_plain_and_upright() -> None:
    small = normalise(photo())
    assert len(small) <= MAX_STORED_BYTES
    with Image.open(io.BytesIO(small)) as image:
        assert image.format == "JPEG"
        # Upright: the EXIF quarter turn is applied, the long side is now the height.
        assert image.size == (round(LONG_SIDE * 2000 / 3000), LONG_SIDE)
        assert not image.getexif()  # no position, no camera, no orientation left
    with Image.open(io.BytesIO(normalise(photo(200, 100, fmt="PNG")))) as image:
        assert image.size == (200, 100)  # a small picture is not enlarged


def test_a_bad_or_oversized_picture_is_refused_with_a_clear_message() -> None:
    refused(lambda: normalise(b"%PDF-1.4 not a picture"), "not a picture the kiosk can show")
    refused(lambda: normalise(b""), "not a picture")
    refused(lambda: normalise(b"\xff" * (MAX_FILE_BYTES + 1)), "too large")
    # A small file that would decode to a huge image (a "decompression bomb").
    out = io.BytesIO()
    Image.new("1", (12_000, 6_000)).save(out, "PNG")
    assert len(out.getvalue()) < 100_000
    refused(lambda: normalise(out.getvalue()), "12000 × 6000 pixels")


PB = {
    "title": "Budget participatif",
    "method": "pb",
    "level": "codecision",
    "channels": ["kiosk", "phone"],
    "budget": 5000,
    "options": [
        {"label": "Fresque", "cost": 3000, "description": "Une fresque sur le mur du local."},
        {"label": "Cantine", "cost": 2500, "picture": "cantine.jpg"},
        {"label": "Jardin", "cost": 1000},
    ],
}


def test_the_vote_file_gives_descriptions_and_pictures(
    migrated_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "vote.sqlite3"
    shutil.copyfile(migrated_template, path)
    folder = tmp_path / "vote"
    folder.mkdir()
    (folder / "cantine.jpg").write_bytes(photo())
    (folder / "pb.json").write_text(json.dumps(PB), encoding="utf-8")
    assert main(["vote", "create", "--from", str(folder / "pb.json"), "--db", str(path)]) == 0
    vote_id = uuid.UUID(capsys.readouterr().out.strip())
    database = Database.at(path, node_id="kiosk-test")
    ctx = AppContext(config=load_config(environ={}, db_path=path, seed_demo=False), db=database)
    vote = service.get_vote(ctx, vote_id)
    assert [(o.label, o.description, o.has_picture) for o in vote.options] == [
        ("Fresque", "Une fresque sur le mur du local.", False),
        ("Cantine", "", True),
        ("Jardin", "", False),
    ]
    pictures = service.option_pictures(ctx, vote_id)
    assert set(pictures) == {"Cantine"}
    assert pictures["Cantine"][:3] == b"\xff\xd8\xff"  # the stored JPEG, not the file
    database.dispose()

    # A picture that is missing, or not a picture: refused, and no vote is created.
    (folder / "pb.json").write_text(
        json.dumps({**PB, "options": [{"label": "A", "cost": 1, "picture": "absent.png"}]}),
        encoding="utf-8",
    )
    assert main(["vote", "create", "--from", str(folder / "pb.json"), "--db", str(path)]) == 1
    assert "Cannot read the picture" in capsys.readouterr().err
    (folder / "notes.jpg").write_text("pas une image", encoding="utf-8")
    (folder / "pb.json").write_text(
        json.dumps({**PB, "options": [{"label": "A", "cost": 1, "picture": "notes.jpg"}]}),
        encoding="utf-8",
    )
    assert main(["vote", "create", "--from", str(folder / "pb.json"), "--db", str(path)]) == 1
    assert "not a picture" in capsys.readouterr().err


def test_a_draft_project_gets_a_description_and_a_picture(ctx: AppContext, room: Room) -> None:
    spec = {
        **PB,
        "options": [{k: v for k, v in o.items() if k != "picture"} for o in PB["options"]],
    }
    vote_id = service.create_vote(ctx, spec)
    service.set_option_details(ctx, vote_id, 2, description="Des bacs au fond de la cour.")
    service.set_option_details(ctx, vote_id, 2, picture=photo(800, 600))
    jardin = service.get_vote(ctx, vote_id).options[2]
    assert (jardin.description, jardin.has_picture) == ("Des bacs au fond de la cour.", True)
    refused(
        lambda: service.set_option_details(ctx, vote_id, 0, description="x" * 601),
        "at most 600 characters",
    )
    refused(lambda: service.set_option_details(ctx, vote_id, 0, picture=b"GIF89"), "not a picture")
    service.set_option_details(ctx, vote_id, 2, remove_picture=True)
    assert not service.get_vote(ctx, vote_id).options[2].has_picture
    service.open_vote(ctx, vote_id)
    refused(lambda: service.set_option_details(ctx, vote_id, 0, description="Trop tard"), "is open")


def test_the_phone_page_shows_descriptions_and_small_pictures(ctx: AppContext, room: Room) -> None:
    vote_id = service.create_vote(
        ctx, {**PB, "options": [{**PB["options"][0]}, {"label": "Cantine", "cost": 2500}]}
    )
    service.set_option_details(ctx, vote_id, 1, picture=photo(), description="Le midi.")
    service.open_vote(ctx, vote_id)
    code, other = service.issue_codes(ctx, vote_id, 2)
    server = BallotServer(ctx, host="127.0.0.1", port=0)
    server.start()
    client = httpx.Client(
        base_url=f"http://127.0.0.1:{server.port}", headers={"Accept-Language": "fr"}
    )
    page = client.get(f"/v/{code}")
    assert page.status_code == 200
    assert len(page.content) < 50_000
    assert "Une fresque sur le mur du local." in page.text and "Le midi." in page.text
    assert f'<img src="/v/{code}/p/1" alt=""' in page.text
    assert "/p/0" not in page.text  # no picture, no image
    picture = client.get(f"/v/{code}/p/1")
    assert picture.status_code == 200 and picture.headers["content-type"] == "image/jpeg"
    assert len(picture.content) < 30_000
    assert "img-src 'self'" in picture.headers["content-security-policy"]
    assert picture.headers["x-content-type-options"] == "nosniff"
    with Image.open(io.BytesIO(picture.content)) as image:
        assert max(image.size) <= 320
    assert client.get(f"/v/{code}/p/0").status_code == 404
    assert client.get(f"/v/{code}/p/9").status_code == 404
    assert client.get(f"/v/{code}/p/x").status_code == 404
    assert client.get(f"/v/{'0' * 26}/p/1").status_code == 404  # a forged code sees nothing
    client.post(f"/v/{code}", data={"o": "1"})
    assert client.get(f"/v/{code}/p/1").status_code == 409  # a used code neither
    assert client.get(f"/v/{other}/p/1").status_code == 200
    service.close_vote(ctx, vote_id)
    assert client.get(f"/v/{other}/p/1").status_code == 409  # nor once the vote is closed
    client.close()
    server.stop()


BOARD = {
    "title": "Engager une coordinatrice",
    "method": "motion",
    "level": "codecision",
    "channels": ["kiosk", "phone"],
    "secret": False,
    "body": "board",
}


def test_a_named_vote_records_who_voted_what(ctx: AppContext, room: Room) -> None:
    alice, bob, chloe, absent = room.members[:4]
    vote_id = service.create_vote(ctx, BOARD)
    assert not service.get_vote(ctx, vote_id).secret
    service.open_vote(ctx, vote_id)
    for person in (alice, bob, chloe):
        service.mark_present(ctx, vote_id, person)
    service.record_proxy(ctx, vote_id, giver_id=absent, holder_id=alice)
    service.cast_ballot(ctx, vote_id, voter_id=alice, content={"choice": "yes"})
    service.cast_ballot(ctx, vote_id, voter_id=alice, content={"choice": "no"}, proxy_for=absent)
    # By phone: the code shown after Bob's badge scan is Bob's.
    (code,) = service.issue_phone_codes(ctx, vote_id, bob)
    service.cast_with_code(ctx, code, {"choice": "yes"})
    # Slips would be linked to nobody: a named vote does not print them.
    refused(lambda: service.issue_codes(ctx, vote_id, 3), "not secret")
    (_unused,) = service.issue_phone_codes(ctx, vote_id, chloe)  # Chloé never uses hers
    service.close_vote(ctx, vote_id)
    results = service.results(ctx, vote_id)
    assert results["details"]["yes"] == 2 and results["details"]["no"] == 1
    named = results["named"]
    assert named["by_choice"] == {"yes": ["Member0 Nom0", "Member1 Nom1"], "no": ["Member3 Nom3"]}
    by_name = {ballot["name"]: ballot for ballot in named["ballots"]}
    assert by_name["Member3 Nom3"]["proxy_holder"] == "Member0 Nom0"
    assert by_name["Member1 Nom1"]["proxy_holder"] is None
    assert "Member2 Nom2" not in by_name
    assert service.verify(ctx, vote_id) == []
    # The minutes name who voted what, in the vote's language.
    info = service.get_vote(ctx, vote_id)
    pdf = render_minutes(
        info,
        results,
        service.turnout(ctx, vote_id),
        final_hash=service.final_hash(ctx, vote_id),
        quorum=None,
        when=info.opened_at,
        named=service.named_lines(ctx, vote_id),
    )
    document = pypdfium2.PdfDocument(pdf)
    text = " ".join(page.get_textpage().get_text_range() for page in document)
    document.close()
    text = " ".join(text.split())
    assert "Vote nominatif : qui a voté quoi" in text
    assert "Oui (2) : Member0 Nom0, Member1 Nom1" in text
    assert "Non (1) : Member3 Nom3 (par procuration, exprimé par Member0 Nom0)" in text
    # A secret vote says nothing of the kind.
    secret = service.create_vote(ctx, {**BOARD, "secret": True})
    service.open_vote(ctx, secret)
    service.close_vote(ctx, secret)
    assert "named" not in service.results(ctx, secret)
    assert service.named_lines(ctx, secret) == []


def test_a_named_vote_refuses_hands_and_altered_names(ctx: AppContext, room: Room) -> None:
    refused(
        lambda: service.create_vote(
            ctx,
            {
                **BOARD,
                "method": "mj",
                "options": ["A", "B"],
                "channels": ["kiosk", "analog"],
            },
        ),
        "for a motion only",
    )
    refused(lambda: service.create_vote(ctx, {**BOARD, "secret": "non"}), "true or false")
    vote_id = service.create_vote(ctx, BOARD)
    service.open_vote(ctx, vote_id)
    alice, bob = room.members[:2]
    for person in (alice, bob):
        service.mark_present(ctx, vote_id, person)
    service.cast_ballot(ctx, vote_id, voter_id=alice, content={"choice": "yes"})
    service.cast_ballot(ctx, vote_id, voter_id=bob, content={"choice": "no"})
    service.close_vote(ctx, vote_id)
    assert service.verify(ctx, vote_id) == []
    # Someone changes Bob's recorded choice in the file: verify says so.
    path = Path(ctx.db.url.removeprefix("sqlite:///"))
    ctx.db.dispose()
    connection = sqlite3.connect(path)
    with connection:
        changed = connection.execute(
            "UPDATE named_ballot SET content = '{\"choice\": \"yes\"}' WHERE content LIKE '%no%'"
        ).rowcount
    connection.close()
    assert changed == 1
    problems = [p.untranslated() for p in service.verify(ctx, vote_id)]
    assert problems == [
        "The named ballots differ from the ballot box: a choice was added, removed or altered."
    ]


def test_a_proxy_is_revoked_until_it_is_used(ctx: AppContext, room: Room) -> None:
    vote_id = service.create_vote(ctx, MOTION)
    service.open_vote(ctx, vote_id)
    holder, other, giver, second = room.shareholders[:4]
    service.mark_present(ctx, vote_id, holder)
    service.mark_present(ctx, vote_id, other)
    service.record_proxy(ctx, vote_id, giver_id=giver, holder_id=holder)
    assert service.turnout(ctx, vote_id).represented == 1
    service.revoke_proxy(ctx, vote_id, giver_id=giver)
    assert service.turnout(ctx, vote_id).represented == 0
    assert [v.proxy for v in service.voices_for(ctx, vote_id, holder)] == [False]
    refused(
        lambda: service.cast_ballot(
            ctx, vote_id, voter_id=holder, content={"choice": "yes"}, proxy_for=giver
        ),
        "no such proxy",
    )
    refused(lambda: service.revoke_proxy(ctx, vote_id, giver_id=giver), "has given no proxy")
    # Given again, to someone else; the holder's cap is free again too.
    service.record_proxy(ctx, vote_id, giver_id=giver, holder_id=other)
    service.record_proxy(ctx, vote_id, giver_id=second, holder_id=holder)
    line = next(r for r in service.roll_call(ctx, vote_id) if r.person_id == giver)
    assert line.represented_by == "Member1 N."
    # Used at the booth: no more revoking.
    service.cast_ballot(ctx, vote_id, voter_id=other, content={"choice": "no"}, proxy_for=giver)
    refused(
        lambda: service.revoke_proxy(ctx, vote_id, giver_id=giver),
        "Member1 has already voted with the proxy of Member2: it can no longer be revoked.",
    )
    # Used by phone (the code was issued for it): no more revoking either.
    service.issue_phone_codes(ctx, vote_id, holder)
    refused(lambda: service.revoke_proxy(ctx, vote_id, giver_id=second), "no longer be revoked")
    with ctx.db.transaction() as session:
        kinds = [e.kind for e in session.scalars(select(LedgerEntry).order_by(LedgerEntry.seq))]
    assert kinds.count("proxy_revoked") == 1 and kinds.count("proxy") == 3
    service.close_vote(ctx, vote_id)
    assert service.verify(ctx, vote_id) == []


def test_a_named_motion_by_show_of_hands_records_each_answer_by_name(
    ctx: AppContext, room: Room
) -> None:
    from app.facilitators.service import add_facilitator
    from app.voting.types import HandAnswer
    from db.models import AuditEntry

    secretary = add_facilitator(ctx, "Dominique", "246813").account_id
    alice, bob, chloe, absent = room.members[:4]
    vote_id = service.create_vote(ctx, {**BOARD, "channels": ["kiosk", "analog"]})
    service.open_vote(ctx, vote_id)
    for person in (alice, bob, chloe):
        service.mark_present(ctx, vote_id, person)
    service.record_proxy(ctx, vote_id, giver_id=absent, holder_id=bob)
    roll = {line.person_id: line for line in service.roll_call(ctx, vote_id)}
    assert roll[absent].represented_by_id == bob
    # Chloé votes at the booth; the others answer as their names are called.
    service.cast_ballot(ctx, vote_id, voter_id=chloe, content={"choice": "no"})
    service.record_named_answers(
        ctx,
        vote_id,
        [
            HandAnswer(alice, {"choice": "yes"}),
            HandAnswer(bob, {"choice": "abstain"}),
            HandAnswer(bob, {"choice": "yes"}, proxy_for=absent),
        ],
        actor=secretary,
    )
    # One voice, one answer: Chloé has voted, and a batch with a bad answer changes nothing.
    refused(
        lambda: service.record_named_answers(ctx, vote_id, [HandAnswer(chloe, {"choice": "yes"})]),
        "already been cast",
    )
    refused(
        lambda: service.record_named_answers(
            ctx, vote_id, [HandAnswer(alice, {"choice": "peut-être"})]
        ),
        "peut-être",
    )
    # Counting hands is for secret votes; naming answers is for named ones.
    refused(
        lambda: service.record_analog_count(
            ctx, vote_id, cast=1, valid=1, counts={"yes": 1, "no": 0, "abstain": 0}
        ),
        "not counted",
    )
    secret = service.create_vote(ctx, {**BOARD, "secret": True, "channels": ["analog"]})
    service.open_vote(ctx, secret)
    service.mark_present(ctx, secret, alice)
    refused(
        lambda: service.record_named_answers(ctx, secret, [HandAnswer(alice, {"choice": "yes"})]),
        "never recorded by name",
    )
    service.close_vote(ctx, vote_id)
    results = service.results(ctx, vote_id)
    assert results["named"]["by_choice"] == {
        "yes": ["Member0 Nom0", "Member3 Nom3"],
        "no": ["Member2 Nom2"],
        "abstain": ["Member1 Nom1"],
    }
    assert service.verify(ctx, vote_id) == []
    with ctx.db.session() as session:
        recorded = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "vote_named_hands")
        ).all()
    assert [(entry.facilitator_id, entry.details) for entry in recorded] == [
        (secretary, {"answers": 3})
    ]


def test_an_empty_roll_call_batch_is_refused(ctx: AppContext, room: Room) -> None:
    vote_id = service.create_vote(ctx, {**BOARD, "channels": ["analog"]})
    service.open_vote(ctx, vote_id)
    refused(lambda: service.record_named_answers(ctx, vote_id, []), "No answer to record")


def test_a_giver_who_comes_after_all_votes_in_person_and_counts_once(
    ctx: AppContext, room: Room
) -> None:
    vote_id = service.create_vote(ctx, MOTION)
    service.open_vote(ctx, vote_id)
    holder, giver = room.shareholders[:2]
    service.mark_present(ctx, vote_id, holder)
    service.record_proxy(ctx, vote_id, giver_id=giver, holder_id=holder)
    before = service.turnout(ctx, vote_id)
    assert (before.present, before.represented) == (1, 1)
    service.mark_present(ctx, vote_id, giver)
    after = service.turnout(ctx, vote_id)
    # Here in person: present, no longer represented as well (quorum counts them once).
    assert (after.present, after.represented) == (2, 0)
    assert after.present + after.represented == before.present + before.represented
    assert [voice.proxy for voice in service.voices_for(ctx, vote_id, holder)] == [False]
    refused(
        lambda: service.cast_ballot(
            ctx, vote_id, voter_id=holder, content={"choice": "yes"}, proxy_for=giver
        ),
        "votes in person",
    )
    service.cast_ballot(ctx, vote_id, voter_id=giver, content={"choice": "no"})
    assert service.turnout(ctx, vote_id).voted == 1
