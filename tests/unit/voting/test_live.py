"""Live votes without a display: lifecycle, eligibility, proxies, one member one vote across
channels, analog reconciliation, the ledger and the secrecy of the ballot box."""

from __future__ import annotations

import itertools
import json
import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select, update

from app.context import AppContext
from app.errors import KnownError
from app.voting import service
from app.voting.tally import tally_data
from db.models import Ballot, Vote, VoteStatus
from tests.unit.voting.conftest import Room

MOTION = {
    "title": "Modifier l'article 12 des statuts",
    "method": "motion",
    "level": "codecision",
    "channels": ["kiosk", "phone", "analog"],
    "secret": True,
    "body": "general-assembly",
    "rules": {"threshold": "two_thirds"},
}


def open_motion(ctx: AppContext, **changes: object) -> uuid.UUID:
    vote_id = service.create_vote(ctx, {**MOTION, **changes})
    service.open_vote(ctx, vote_id)
    return vote_id


def refused(call: Callable[[], object], text: str) -> None:
    with pytest.raises(KnownError) as caught:
        call()
    assert text in caught.value.message.untranslated()


def test_lifecycle_survives_a_restart(ctx: AppContext, room: Room) -> None:
    vote_id = service.create_vote(ctx, MOTION)
    info = service.get_vote(ctx, vote_id)
    assert info.status == "draft"
    # The body's rules apply, the file's threshold wins; a GA co-decision is for shareholders.
    assert info.rules["rules"] == {
        "base": "cast",
        "threshold": "two_thirds",
        "quorum": {"count": "present", "of": "entitled", "ratio": 0.1},
    }
    assert info.rules["eligibility"] == "shareholders"
    assert info.rules["proxy_cap"] == 1
    service.open_vote(ctx, vote_id, minutes=10)
    for person in room.shareholders[:4]:
        service.mark_present(ctx, vote_id, person)
    for person, choice in zip(room.shareholders[:4], ["yes", "yes", "yes", "no"], strict=True):
        service.cast_ballot(ctx, vote_id, voter_id=person, content={"choice": choice})
    # A restart: a new database object on the same file sees everything.
    from db.engine import Database

    ctx.db.dispose()
    again = AppContext(config=ctx.config, db=Database(ctx.db.url, clock=ctx.db.clock))
    assert service.turnout(again, vote_id).voted == 4
    result = service.close_vote(again, vote_id)
    assert result["details"]["yes"] == 3
    assert result["turnout"]["present"] == 4
    assert result["turnout"]["entitled"] == 30
    assert not service.get_vote(again, vote_id).revealed
    service.reveal_results(again, vote_id)
    service.publish_results(again, vote_id)
    info = service.get_vote(again, vote_id)
    assert (info.status, info.revealed) == ("published", True)
    assert service.verify(again, vote_id) == []
    refused(lambda: service.open_vote(again, vote_id), "published")
    again.db.dispose()


def test_eligibility_per_vote(ctx: AppContext, room: Room) -> None:
    codecision = open_motion(ctx)
    member, visitor = room.members[0], room.visitors[0]
    service.mark_present(ctx, codecision, member)  # present, but not on the roll
    refused(lambda: service.voices_for(ctx, codecision, member), "only shareholders")
    refused(
        lambda: service.cast_ballot(ctx, codecision, voter_id=member, content={"choice": "yes"}),
        "not on the voter roll",
    )
    consultation = service.create_vote(
        ctx,
        {"title": "Avis", "method": "plurality", "level": "consultation", "options": ["A", "B"]},
    )
    service.open_vote(ctx, consultation)
    refused(lambda: service.voices_for(ctx, consultation, visitor), "sign in at the door")
    service.mark_present(ctx, consultation, visitor)
    assert [v.person_id for v in service.voices_for(ctx, consultation, visitor)] == [visitor]


def test_proxies_are_capped_and_checked(ctx: AppContext, room: Room) -> None:
    vote_id = open_motion(ctx)
    holder, other, *givers = room.shareholders[:6]
    service.mark_present(ctx, vote_id, holder)
    service.mark_present(ctx, vote_id, other)
    service.record_proxy(ctx, vote_id, giver_id=givers[0], holder_id=holder)
    refused(
        lambda: service.record_proxy(ctx, vote_id, giver_id=givers[1], holder_id=holder),
        "the rules allow 1",
    )
    refused(
        lambda: service.record_proxy(ctx, vote_id, giver_id=givers[0], holder_id=other),
        "already given a proxy",
    )
    refused(
        lambda: service.record_proxy(ctx, vote_id, giver_id=room.members[0], holder_id=other),
        "only shareholders",
    )
    refused(
        lambda: service.record_proxy(ctx, vote_id, giver_id=other, holder_id=holder),
        "present and votes in person",
    )
    refused(
        lambda: service.record_proxy(ctx, vote_id, giver_id=givers[2], holder_id=givers[3]),
        "must be present",
    )
    voices = service.voices_for(ctx, vote_id, holder)
    assert [(v.person_id, v.proxy) for v in voices] == [(holder, False), (givers[0], True)]
    service.cast_ballot(ctx, vote_id, voter_id=holder, content={"choice": "yes"})
    service.cast_ballot(
        ctx, vote_id, voter_id=holder, content={"choice": "no"}, proxy_for=givers[0]
    )
    refused(
        lambda: service.cast_ballot(
            ctx, vote_id, voter_id=holder, content={"choice": "no"}, proxy_for=givers[0]
        ),
        "already been cast",
    )
    refused(lambda: service.voices_for(ctx, vote_id, holder), "already voted")
    figures = service.turnout(ctx, vote_id)
    assert (figures.present, figures.represented, figures.voted, figures.ballots) == (2, 1, 2, 2)


def test_one_member_one_vote_across_channels(ctx: AppContext, room: Room) -> None:
    vote_id = open_motion(ctx)
    first, second = room.shareholders[:2]
    for person in (first, second):
        service.mark_present(ctx, vote_id, person)
    # Badge then phone: the booth vote closes every other channel.
    service.cast_ballot(ctx, vote_id, voter_id=first, content={"choice": "yes"})
    refused(lambda: service.issue_phone_codes(ctx, vote_id, first), "already voted")
    # Phone code then booth: the code flipped the roll.
    [code] = service.issue_phone_codes(ctx, vote_id, second)
    refused(
        lambda: service.cast_ballot(ctx, vote_id, voter_id=second, content={"choice": "no"}),
        "already been cast",
    )
    service.cast_with_code(ctx, code, {"choice": "no"})
    # The code is spent: a replay is refused, and so is a forged one.
    refused(lambda: service.cast_with_code(ctx, code, {"choice": "no"}), "already been used")
    refused(lambda: service.cast_with_code(ctx, "A" * 26, {"choice": "no"}), "not valid")
    assert service.turnout(ctx, vote_id).ballots == 2


def test_ballots_are_validated_by_the_engine(ctx: AppContext, room: Room) -> None:
    vote_id = open_motion(ctx)
    person = room.shareholders[0]
    service.mark_present(ctx, vote_id, person)
    refused(
        lambda: service.cast_ballot(ctx, vote_id, voter_id=person, content={"choice": "maybe"}),
        '"choice" must be yes, no, abstain or invalid',
    )
    refused(
        lambda: service.cast_ballot(
            ctx, vote_id, voter_id=person, content={"choice": "yes", "who": "me"}
        ),
        "who",
    )
    # Nothing was spent: the person can still vote.
    service.cast_ballot(ctx, vote_id, voter_id=person, content={"choice": "yes"})


def test_pb_over_budget_is_refused(ctx: AppContext, room: Room) -> None:
    vote_id = service.create_vote(
        ctx,
        {
            "title": "Budget",
            "method": "pb",
            "level": "codecision",
            "budget": 1000,
            "rule": "greedy",
            "options": [
                {"label": "Atelier", "cost": 600},
                {"label": "Fête", "cost": 500},
                {"label": "Livres", "cost": 300},
            ],
        },
    )
    service.open_vote(ctx, vote_id)
    person = room.members[0]
    service.mark_present(ctx, vote_id, person)
    refused(
        lambda: service.cast_ballot(
            ctx, vote_id, voter_id=person, content={"approve": ["Atelier", "Fête"]}
        ),
        "costing 1100 in total",
    )
    service.cast_ballot(ctx, vote_id, voter_id=person, content={"approve": ["Atelier", "Livres"]})


def test_analog_counts_reconcile(ctx: AppContext, room: Room) -> None:
    vote_id = open_motion(ctx)
    for person in room.shareholders[:10]:
        service.mark_present(ctx, vote_id, person)
    service.cast_ballot(ctx, vote_id, voter_id=room.shareholders[0], content={"choice": "yes"})

    def count(**figures: object) -> Callable[[], object]:
        values: dict[str, object] = {
            "cast": 9,
            "valid": 8,
            "invalid": 0,
            "blank": 1,
            "counts": {"yes": 5, "no": 3},
        }
        values.update(figures)
        return lambda: service.record_analog_count(ctx, vote_id, **values)  # type: ignore[arg-type]

    refused(count(cast=10), "10 votes cast, but 8 valid + 0 invalid + 1 blank make 9")
    refused(count(counts={"yes": 9, "no": 0}), "yes has 9 votes, more than the 8 valid")
    refused(count(counts={"yes": 4, "no": 3}), "add up to 7, but 8 votes are valid")
    refused(
        count(cast=10, valid=9, counts={"yes": 6, "no": 3}),
        "more than the 10 votes present",
    )
    count_id = count()()
    assert isinstance(count_id, uuid.UUID)
    refused(
        lambda: service.correct_analog_count(
            ctx, count_id, cast=9, valid=9, counts={"yes": 6, "no": 3}, reason=" "
        ),
        "Say why",
    )
    corrected = service.correct_analog_count(
        ctx,
        count_id,
        cast=9,
        valid=9,
        counts={"yes": 6, "no": 3},
        reason="une main oubliée",
        actor=None,
    )
    [active] = service.analog_counts(ctx, vote_id)
    assert active.id == corrected
    refused(
        lambda: service.correct_analog_count(
            ctx, count_id, cast=9, valid=9, counts={"yes": 6, "no": 3}, reason="encore"
        ),
        "already replaced",
    )
    result = service.close_vote(ctx, vote_id)
    assert (result["details"]["yes"], result["details"]["no"]) == (7, 3)
    assert result["turnout"]["voted"] == 10
    assert service.verify(ctx, vote_id) == []


def test_closed_vote_takes_no_more_ballots(ctx: AppContext, room: Room) -> None:
    vote_id = open_motion(ctx)
    person = room.shareholders[0]
    service.mark_present(ctx, vote_id, person)
    [code] = service.issue_codes(ctx, vote_id, 1)
    service.close_vote(ctx, vote_id)
    refused(
        lambda: service.cast_ballot(ctx, vote_id, voter_id=person, content={"choice": "yes"}),
        "closed",
    )
    refused(lambda: service.cast_with_code(ctx, code, {"choice": "yes"}), "closed")


def _closed_vote(ctx: AppContext, room: Room, ballots: int = 6) -> uuid.UUID:
    vote_id = open_motion(ctx)
    for i, person in enumerate(room.shareholders[:ballots]):
        service.mark_present(ctx, vote_id, person)
        choice = "yes" if i % 3 else "no"
        service.cast_ballot(ctx, vote_id, voter_id=person, content={"choice": choice})
    service.close_vote(ctx, vote_id)
    return vote_id


def test_verify_detects_an_altered_ballot(ctx: AppContext, room: Room) -> None:
    vote_id = _closed_vote(ctx, room)
    with ctx.db.transaction() as session:
        ballot = session.scalars(
            select(Ballot).where(Ballot.content["choice"].as_string() == "no")
        ).first()
        assert ballot is not None
        ballot.content = {"choice": "yes"}
    problems = [p.untranslated() for p in service.verify(ctx, vote_id)]
    assert any("added, removed or altered" in p for p in problems)
    assert any("other results" in p for p in problems)


def test_verify_detects_an_added_or_removed_ballot(ctx: AppContext, room: Room) -> None:
    vote_id = _closed_vote(ctx, room)
    with ctx.db.transaction() as session:
        session.add(Ballot(vote_id=vote_id, content={"choice": "yes"}, weight=1, channel="booth"))
    problems = [p.untranslated() for p in service.verify(ctx, vote_id)]
    assert any("holds 7 ballots; 6 were sealed" in p for p in problems)
    with ctx.db.transaction() as session:
        for ballot in session.scalars(select(Ballot).where(Ballot.vote_id == vote_id)).all()[:2]:
            session.delete(ballot)
    problems = [p.untranslated() for p in service.verify(ctx, vote_id)]
    assert any("holds 5 ballots; 6 were sealed" in p for p in problems)


def test_verify_detects_an_altered_ledger(ctx: AppContext, room: Room) -> None:
    from db.models import LedgerEntry

    vote_id = _closed_vote(ctx, room)
    with ctx.db.transaction() as session:
        session.execute(
            update(LedgerEntry)
            .where(LedgerEntry.vote_id == vote_id, LedgerEntry.seq == 3)
            .values(payload={"person": "someone else"})
        )
    problems = [p.untranslated() for p in service.verify(ctx, vote_id)]
    assert any("Ledger entry 3" in p and "altered" in p for p in problems)


def test_ledger_says_a_ballot_was_cast_and_nothing_more(ctx: AppContext, room: Room) -> None:
    from db.models import LedgerEntry, OutboxEntry

    vote_id = _closed_vote(ctx, room, ballots=3)
    with ctx.db.transaction() as session:
        vote = session.get(Vote, vote_id)
        assert vote is not None and vote.status is VoteStatus.closed
        casts = session.scalars(
            select(LedgerEntry).where(LedgerEntry.kind == "ballot_cast").order_by(LedgerEntry.seq)
        ).all()
        assert [entry.payload for entry in casts] == [{"count": 1}, {"count": 2}, {"count": 3}]
        # No time finer than the vote's own, no HLC, no outbox row per ballot.
        assert {entry.created_at for entry in casts} == {vote.opened_at}
        assert {entry.hlc for entry in casts} == {""}
        queued = session.scalars(select(OutboxEntry.entity)).all()
        assert "ballot" not in queued and "voter_roll" not in queued
        entity_ids = set(session.scalars(select(OutboxEntry.entity_id)).all())
        assert not entity_ids & {str(entry.id) for entry in casts}


def test_the_database_file_cannot_tie_a_ballot_to_a_person(
    ctx: AppContext, room: Room, tmp_path: Path
) -> None:
    vote_id = service.create_vote(
        ctx,
        {
            "title": "Avis",
            "method": "plurality",
            "level": "consultation",
            "options": [f"option {i}" for i in range(200)],
        },
    )
    service.open_vote(ctx, vote_id)
    from db.models import PersonKind
    from tests.unit.voting.conftest import add_people

    voters = add_people(ctx, 200, PersonKind.member, shareholder=False)
    for person in voters:
        service.mark_present(ctx, vote_id, person)
    # Casting order i votes for option i: the box's order must not give it back.
    for i, person in enumerate(voters):
        service.cast_ballot(ctx, vote_id, voter_id=person, content={"ranking": [f"option {i}"]})
    path = Path(ctx.db.url.removeprefix("sqlite:///"))
    connection = sqlite3.connect(path)
    try:
        columns = {
            table: [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
            for table in ("ballot", "ballot_slot", "voter_roll", "ballot_token")
        }
        assert columns["ballot"] == ["id", "vote_id", "content", "weight", "channel"]
        assert columns["ballot_slot"] == ["vote_id", "number", "id", "sealed"]
        assert columns["voter_roll"] == ["vote_id", "person_id", "weight", "has_voted", "channel"]
        for table in ("ballot", "ballot_slot", "voter_roll", "ballot_token"):
            sql = connection.execute(
                "SELECT sql FROM sqlite_master WHERE name = ?", (table,)
            ).fetchone()[0]
            assert "WITHOUT ROWID" in sql
        # While the vote is open its box is the filled slots, read in the order they are stored.
        stored = [
            int(json.loads(sealed)["content"]["ranking"][0].split()[1])
            for (sealed,) in connection.execute("SELECT sealed FROM ballot_slot")
        ]
    finally:
        connection.close()
    assert sorted(stored) == list(range(200))
    # Storage order vs casting order: Spearman's rank correlation near 0 (|rho| < 0.25 holds
    # with probability > 0.999 for a random order of 200), and no long run in casting order.
    n = len(stored)
    rho = 1 - 6 * sum((i - v) ** 2 for i, v in enumerate(stored)) / (n * (n * n - 1))
    assert abs(rho) < 0.25
    ascending = sum(1 for a, b in itertools.pairwise(stored) if b == a + 1)
    assert ascending < 10


def test_templates_make_working_votes(ctx: AppContext, room: Room) -> None:
    for name in service.TEMPLATES:
        options: list[object] = []
        overrides: dict[str, object] = {}
        if name == "local-pb":
            options = [{"label": "A", "cost": 100}, {"label": "B", "cost": 200}]
            overrides = {"budget": 250, "body": "board"}
        elif name == "consultation-mj":
            options = ["A", "B"]
        vote_id = service.create_from_template(
            ctx,
            name,
            title=name,
            options=options,
            **overrides,  # type: ignore[arg-type]
        )
        assert service.get_vote(ctx, vote_id).status == "draft"


def test_results_equal_the_engine(ctx: AppContext, room: Room) -> None:
    vote_id = service.create_vote(
        ctx,
        {
            "title": "Jugement",
            "method": "mj",
            "level": "consultation",
            "grades": ["bad", "fair", "good"],
            "options": ["A", "B", "C"],
            "channels": ["kiosk", "analog"],
        },
    )
    service.open_vote(ctx, vote_id)
    ballots = [{"grades": {"A": 2, "B": 1, "C": 0}}, {"grades": {"A": 1, "B": 2, "C": 2}}]
    for person, ballot in zip(room.members[:2], ballots, strict=True):
        service.mark_present(ctx, vote_id, person)
        service.cast_ballot(ctx, vote_id, voter_id=person, content=ballot)
    for person in room.members[2:5]:
        service.mark_present(ctx, vote_id, person)
    service.record_analog_count(
        ctx, vote_id, cast=3, valid=3, counts={"A": [0, 1, 2], "B": [1, 1, 1], "C": [3, 0, 0]}
    )
    result = service.close_vote(ctx, vote_id)
    expected = tally_data(
        {
            "method": "mj",
            "grades": ["bad", "fair", "good"],
            "options": ["A", "B", "C"],
            "ballots": ballots,
            "tallies": {"A": [0, 1, 2], "B": [1, 1, 1], "C": [3, 0, 0]},
        }
    ).to_json()
    assert {k: result[k] for k in expected} == expected
