"""The ledger seals everything the minutes, the projector and `vote results` print: a vote is
run and closed through the services, then one fact is edited in the SQLite file behind the
kiosk's back, and `verify` (and `antenne vote verify`) must fail naming that fact."""

from __future__ import annotations

import io
import sqlite3
import uuid

import pytest
from PIL import Image

from app.cli import main
from app.context import AppContext
from app.voting import ledger, service
from app.voting.queries import vote_state
from db.models import LedgerEntry
from tests.unit.voting.conftest import Room

MOTION = {
    "title": "Modifier l'article 12 des statuts",
    "question": "Adoptez-vous la nouvelle rédaction de l'article 12 ?",
    "method": "motion",
    "level": "codecision",
    "channels": ["kiosk", "phone", "analog"],
    "secret": True,
    "body": "general-assembly",
    "rules": {"threshold": "two_thirds"},
}
BUDGET = {
    "title": "Budget participatif",
    "question": "Quels projets financer cette année ?",
    "method": "pb",
    "level": "codecision",
    "channels": ["kiosk", "phone"],
    "budget": 5000,
    "options": [
        {"label": "Fresque", "cost": 3000, "description": "Une fresque sur le mur du local."},
        {"label": "Cantine", "cost": 2500},
        {"label": "Jardin", "cost": 1000, "description": "Des bacs au fond de la cour."},
    ],
}


def jpeg(colour: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), colour).save(out, "JPEG")
    return out.getvalue()


def closed_motion(ctx: AppContext, room: Room) -> uuid.UUID:
    """Five present and one proxy, two booth ballots and a proxy's, two of three slip codes
    used, a show of hands; opened with a countdown, closed, revealed."""
    vote_id = service.create_vote(ctx, MOTION)
    service.open_vote(ctx, vote_id, minutes=10)
    here, giver = room.shareholders[:5], room.shareholders[5]
    for person in here:
        service.mark_present(ctx, vote_id, person)
    service.record_proxy(ctx, vote_id, giver_id=giver, holder_id=here[0])
    service.cast_ballot(ctx, vote_id, voter_id=here[0], content={"choice": "yes"})
    service.cast_ballot(ctx, vote_id, voter_id=here[0], content={"choice": "yes"}, proxy_for=giver)
    service.cast_ballot(ctx, vote_id, voter_id=here[1], content={"choice": "no"})
    codes = service.issue_codes(ctx, vote_id, 3)
    for code, choice in zip(codes[:2], ["yes", "abstain"], strict=True):
        service.cast_with_code(ctx, code, {"choice": choice})
    service.record_analog_count(ctx, vote_id, cast=1, valid=1, counts={"yes": 1, "no": 0})
    service.close_vote(ctx, vote_id)
    service.reveal_results(ctx, vote_id)
    return vote_id


def closed_budget(ctx: AppContext, room: Room) -> uuid.UUID:
    """Three projects, two with a picture, three voters."""
    vote_id = service.create_vote(ctx, BUDGET)
    service.set_option_details(ctx, vote_id, 1, picture=jpeg((200, 120, 40)))
    service.set_option_details(ctx, vote_id, 2, picture=jpeg((40, 160, 90)))
    service.open_vote(ctx, vote_id)
    for person, projects in zip(
        room.shareholders[:3],
        [["Fresque"], ["Cantine", "Jardin"], ["Jardin"]],
        strict=True,
    ):
        service.mark_present(ctx, vote_id, person)
        service.cast_ballot(ctx, vote_id, voter_id=person, content={"approve": projects})
    service.close_vote(ctx, vote_id)
    return vote_id


def tamper(ctx: AppContext, *statements: str) -> None:
    """Edit the kiosk's file with sqlite3, as someone holding a copy would (one vote in it)."""
    ctx.db.dispose()
    connection = sqlite3.connect(ctx.config.db_path)
    with connection:
        for statement in statements:
            assert connection.execute(statement).rowcount > 0, statement
    connection.close()


def verify_fails(
    ctx: AppContext, capsys: pytest.CaptureFixture[str], vote_id: uuid.UUID, text: str
) -> None:
    """Both verify and `antenne vote verify` name the fact; the CLI exits 1."""
    problems = [p.untranslated() for p in service.verify(ctx, vote_id)]
    assert any(text in problem for problem in problems), problems
    ctx.db.dispose()
    capsys.readouterr()
    assert main(["vote", "verify", str(vote_id), "--db", str(ctx.config.db_path)]) == 1
    assert text in capsys.readouterr().out


MOTION_EDITS: list[tuple[str, tuple[str, ...], str]] = [
    ("question", ("UPDATE vote SET question = 'Supprimez-vous l''article 12 ?'",), "question"),
    ("title", ("UPDATE vote SET title = 'Autre chose'",), "vote's title"),
    ("language", ("UPDATE vote SET language = 'nl'",), "vote's language"),
    ("level", ("UPDATE vote SET level = 'consultation'",), "participation level"),
    ("method", ("UPDATE vote SET method = 'consent'",), "voting method"),
    ("channels", ("UPDATE vote SET channels = '[\"kiosk\"]'",), "channels"),
    ("secret", ("UPDATE vote SET secret = 0",), "secret"),
    ("status", ("UPDATE vote SET status = 'open'",), "marked open; its ledger says closed"),
    ("published", ("UPDATE vote SET status = 'published'",), "its ledger says closed"),
    (
        "revealed",
        ("UPDATE vote SET rules = json_set(rules, '$.revealed', json('false'))",),
        "results were revealed",
    ),
    (
        "threshold",
        ("UPDATE vote SET rules = json_set(rules, '$.rules.threshold', 'simple')",),
        "majority required",
    ),
    (
        "base",
        ("UPDATE vote SET rules = json_set(rules, '$.rules.base', 'yes_no')",),
        "base of the majority",
    ),
    (
        "quorum",
        ("UPDATE vote SET rules = json_set(rules, '$.rules.quorum.ratio', 0.05)",),
        "quorum",
    ),
    (
        "proxy cap",
        ("UPDATE vote SET rules = json_set(rules, '$.proxy_cap', 3)",),
        "rule “proxy_cap”",
    ),
    ("body", ("UPDATE vote SET body_id = (SELECT id FROM body WHERE slug = 'board')",), "body"),
    (
        "body name",
        (
            'UPDATE body SET name = \'{"fr": "Assemblée fantôme"}\' '
            "WHERE slug = 'general-assembly'",
        ),
        "body",
    ),
    ("opened at", ("UPDATE vote SET opened_at = '2020-01-01 10:00:00.000000'",), "opening time"),
    ("closes at", ("UPDATE vote SET closes_at = NULL",), "deadline"),
    ("closed at", ("UPDATE vote SET closed_at = '2020-01-01 11:00:00.000000'",), "closing time"),
    (
        "present",
        ("UPDATE attendance SET present = 0 WHERE rowid = (SELECT min(rowid) FROM attendance)",),
        "Present: 4; 5 were sealed",
    ),
    ("proxy", ("UPDATE proxy SET revoked_at = '2020-01-01 10:30:00.000000'",), "Proxies: 0; 1"),
    (
        "roll voted",
        (
            "UPDATE voter_roll SET has_voted = 0 WHERE person_id = "
            "(SELECT person_id FROM voter_roll WHERE has_voted = 1 LIMIT 1)",
        ),
        "voter roll says 2 people voted; 3 were sealed",
    ),
    (
        "roll people",
        ("DELETE FROM voter_roll WHERE has_voted = 0",),
        "voter roll holds 3 people; 6 were sealed",
    ),
    (
        "code used",
        (
            "UPDATE ballot_token SET used = 0 WHERE hash = "
            "(SELECT hash FROM ballot_token WHERE used = 1 LIMIT 1)",
        ),
        "Phone codes used: 1; 2 were sealed",
    ),
    (
        "code issued",
        ("DELETE FROM ballot_token WHERE used = 0",),
        "Phone codes issued: 2; 3 were sealed",
    ),
    (
        "analog",
        ('UPDATE analog_count SET counts = \'{"yes": 0, "no": 1}\'',),
        "hands or paper",
    ),
]


@pytest.mark.parametrize(
    ("edit", "text"),
    [(statements, text) for _name, statements, text in MOTION_EDITS],
    ids=[name for name, _statements, _text in MOTION_EDITS],
)
def test_an_edited_motion_fact_is_named(
    ctx: AppContext,
    room: Room,
    capsys: pytest.CaptureFixture[str],
    edit: tuple[str, ...],
    text: str,
) -> None:
    vote_id = closed_motion(ctx, room)
    assert service.verify(ctx, vote_id) == []
    tamper(ctx, *edit)
    verify_fails(ctx, capsys, vote_id, text)


BUDGET_EDITS: list[tuple[str, tuple[str, ...], str]] = [
    (
        "description",
        ("UPDATE vote_option SET description = 'Une fresque et un bar.' WHERE position = 0",),
        "description of option 1 (Fresque)",
    ),
    (
        "description added",
        ("UPDATE vote_option SET description = 'Tout compris.' WHERE position = 1",),
        "description of option 2 (Cantine)",
    ),
    (
        "picture",
        (
            "UPDATE vote_option SET picture = (SELECT picture FROM vote_option WHERE position = 2) "
            "WHERE position = 1",
        ),
        "picture of option 2 (Cantine)",
    ),
    (
        "picture removed",
        ("UPDATE vote_option SET picture = NULL WHERE position = 2",),
        "picture of option 3 (Jardin)",
    ),
    ("cost", ("UPDATE vote_option SET cost = 900 WHERE position = 0",), "cost of option 1"),
    ("label", ("UPDATE vote_option SET label = 'Piscine' WHERE position = 2",), "name of option 3"),
    ("order", ("UPDATE vote_option SET position = 7 WHERE position = 2",), "Option 3 (Jardin)"),
    (
        "option removed",
        ("UPDATE vote_option SET deleted_at = '2020-01-01 10:00:00.000000' WHERE position = 1",),
        "has 2 options; 3 were sealed",
    ),
    ("budget", ("UPDATE vote SET rules = json_set(rules, '$.budget', 9000)",), "The budget"),
    ("rule", ("UPDATE vote SET rules = json_set(rules, '$.rule', 'mes')",), "counting rule"),
]


@pytest.mark.parametrize(
    ("edit", "text"),
    [(statements, text) for _name, statements, text in BUDGET_EDITS],
    ids=[name for name, _statements, _text in BUDGET_EDITS],
)
def test_an_edited_project_is_named(
    ctx: AppContext,
    room: Room,
    capsys: pytest.CaptureFixture[str],
    edit: tuple[str, ...],
    text: str,
) -> None:
    vote_id = closed_budget(ctx, room)
    assert service.verify(ctx, vote_id) == []
    tamper(ctx, *edit)
    verify_fails(ctx, capsys, vote_id, text)


def test_an_open_vote_is_checked_against_its_opening(ctx: AppContext, room: Room) -> None:
    vote_id = service.create_vote(ctx, MOTION)
    service.open_vote(ctx, vote_id)
    assert service.verify(ctx, vote_id) == []
    tamper(ctx, "UPDATE vote SET question = 'Autre question ?'")
    problems = [p.untranslated() for p in service.verify(ctx, vote_id)]
    assert problems == ["The vote's question differs from the one sealed when it opened."]


def test_membership_after_close_changes_nothing(ctx: AppContext, room: Room) -> None:
    """Who was entitled is counted among the people known at close: shareholders who join
    later do not make a closed vote look tampered with."""
    from db.models import PersonKind
    from tests.unit.voting.conftest import add_people

    vote_id = closed_motion(ctx, room)
    at_close = service.turnout(ctx, vote_id)
    add_people(ctx, 5, PersonKind.member, shareholder=True)
    assert service.verify(ctx, vote_id) == []
    # Counted again, 35 shareholders; the minutes and the projector show the 30 of the day.
    assert service.turnout(ctx, vote_id).entitled == at_close.entitled + 5 == 35
    assert service.sealed_turnout(ctx, vote_id) == at_close
    state = vote_state(ctx, vote_id)
    assert state is not None and state.turnout == at_close


def test_no_sealed_turnout_before_the_close(ctx: AppContext, room: Room) -> None:
    vote_id = service.create_vote(ctx, MOTION)
    service.open_vote(ctx, vote_id)
    assert service.sealed_turnout(ctx, vote_id) is None


def _as_older_kiosk(ctx: AppContext, vote_id: uuid.UUID) -> None:
    """Rewrite the vote's ledger as a kiosk before format 2 wrote it (and rechain it)."""
    from sqlalchemy import select

    older_opening = ("title", "method", "level", "channels", "rules", "secret")
    with ctx.db.transaction() as session:
        entries = list(
            session.scalars(
                select(LedgerEntry).where(LedgerEntry.vote_id == vote_id).order_by(LedgerEntry.seq)
            )
        )
        prev = ledger.GENESIS
        for entry in entries:
            payload = dict(entry.payload)
            if entry.kind == "opened":
                payload = {key: payload[key] for key in older_opening}
                payload["options"] = [
                    {"label": o["label"], "cost": o["cost"]} for o in entry.payload["options"]
                ]
            elif entry.kind == "closed":
                payload = {key: payload[key] for key in ("ballots", "weight", "digest", "analog")}
            entry.payload = payload
            entry.prev_hash = prev
            entry.hash = prev = ledger.entry_hash(prev, entry.kind, payload)


def test_a_vote_closed_by_an_older_kiosk_still_verifies(
    ctx: AppContext, room: Room, capsys: pytest.CaptureFixture[str]
) -> None:
    vote_id = closed_budget(ctx, room)
    _as_older_kiosk(ctx, vote_id)
    assert service.verify(ctx, vote_id) == []
    # What it sealed is still checked, and named; the status follows from its entries.
    tamper(
        ctx,
        "UPDATE vote_option SET cost = 900 WHERE position = 0",
        "UPDATE vote SET status = 'open'",
    )
    verify_fails(ctx, capsys, vote_id, "cost of option 1 (Fresque)")
    verify_fails(ctx, capsys, vote_id, "marked open; its ledger says closed")


def test_removing_the_format_breaks_the_chain(ctx: AppContext, room: Room) -> None:
    """Passing a vote off as an older kiosk's, to escape the newer checks, is seen."""
    vote_id = closed_budget(ctx, room)
    tamper(
        ctx,
        "UPDATE ledger_entry SET payload = json_remove(payload, '$.format') WHERE kind = 'opened'",
    )
    problems = [p.untranslated() for p in service.verify(ctx, vote_id)]
    assert any("(opened) was altered" in problem for problem in problems), problems


def test_sealed_facts_are_what_the_minutes_print(ctx: AppContext, room: Room) -> None:
    vote_id = closed_motion(ctx, room)
    info = service.get_vote(ctx, vote_id)
    with ctx.db.transaction() as session:
        entries = ledger.entries_of(session, vote_id)
        opened = next(e.payload for e in entries if e.kind == "opened")
        closed = next(e.payload for e in entries if e.kind == "closed")
    assert opened["format"] == 2
    assert (opened["title"], opened["question"]) == (info.title, info.question)
    assert opened["closes_at"] == info.closes_at.isoformat() if info.closes_at else False
    figures = service.turnout(ctx, vote_id)
    assert closed["turnout"] == figures.to_json()
    assert closed["proxies"] == 1 and figures.represented == 1
    assert closed["codes"] == {"issued": 3, "used": 2}
    assert closed["roll"] == {"people": 6, "voted": 3}
