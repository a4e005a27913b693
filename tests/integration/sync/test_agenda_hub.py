"""Members' agenda items and travel aid between a kiosk and the hub on real PostgreSQL: the
threshold reached by co-signatures, the secretary's answers pulled back, the journey ticked,
and a tampered kiosk that tries to answer itself."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.agenda import service as agenda
from app.clock import HybridClock
from app.config import load_config
from app.context import AppContext
from app.errors import InvalidInputError
from app.journey import service as journey
from app.sync.policies import HUB_ORIGIN
from db.journey_steps import FIRST_AGENDA_ITEM_TREATED, step_id
from db.models import (
    AgendaItem,
    AgendaStatus,
    JourneyProgress,
    Person,
    PersonKind,
    TravelAidRequest,
    TravelAidStatus,
)
from hub.models import HubRecord
from hub.service import HubError
from hub.service.agenda import Answer, answer_item, answer_travel, list_items, list_travel
from tests.helpers.sync import Hub, Kiosk, KioskFactory


def _ctx(kiosk: Kiosk, tmp_path: Path) -> AppContext:
    config = load_config(environ={}, db_path=tmp_path / f"{kiosk.name}.sqlite3", seed_demo=False)
    return AppContext(config=config, db=kiosk.database)


def _member(kiosk: Kiosk, first: str) -> uuid.UUID:
    with kiosk.database.transaction() as session:
        person = Person(
            first_name=first,
            last_name="Martin",
            kind=PersonKind.member,
            antenna_id=kiosk.antenna_id,
        )
        session.add(person)
        session.flush()
        return person.id


def _hub_row(hub: Hub, entity: str, entity_id: object) -> dict[str, Any]:
    with hub.database.transaction() as session:
        record = session.get(HubRecord, (entity, str(entity_id)))
        assert record is not None
        return dict(record.data)


def _board(hub: Hub) -> tuple[str, str]:
    board, meeting = str(uuid.uuid4()), str(uuid.uuid4())
    hub.publish(
        "body",
        [
            {
                "id": board,
                "slug": "board",
                "kind": "board",
                "name": {"fr": "CA"},
                "rules": {"support_threshold": 3},
            }
        ],
    )
    hub.publish(
        "meeting", [{"id": meeting, "body_id": board, "starts_at": "2030-12-01T18:00:00+00:00"}]
    )
    return board, meeting


def _answer(hub: Hub, item: object, answer: Answer, **kwargs: Any) -> str:
    with hub.database.transaction() as session:
        return answer_item(
            session, str(item), answer, clock=HybridClock(HUB_ORIGIN), **kwargs
        ).status


def test_co_signed_item_answered_at_the_hub_comes_back_with_the_journey(
    pg_hub: Hub, make_kiosk: KioskFactory, tmp_path: Path
) -> None:
    pg_hub.add_antenna("rennes")
    kiosk = make_kiosk(pg_hub, "kiosk-a")
    board, meeting = _board(pg_hub)
    ctx = _ctx(kiosk, tmp_path)
    # The kiosk's journey steps, seeded the first time anyone checks in.
    journey.ensure_steps(ctx)
    zoe = _member(kiosk, "Zoé")
    kiosk.sync()
    item = agenda.propose_item(ctx, zoe, uuid.UUID(board), title="Un local plus grand")
    agenda.cosign_item(ctx, item.id, _member(kiosk, "Ahmed"))
    kiosk.sync()
    with pg_hub.database.transaction() as session:
        (line,) = list_items(session, body_slug="board")
        assert (line.status, line.supports, line.needed) == ("submitted", 1, 3)
        with pytest.raises(HubError, match="1 of 3"):
            answer_item(session, str(item.id), Answer.accept, clock=HybridClock(HUB_ORIGIN))
    for name in ("Lotte", "Jan"):
        agenda.cosign_item(ctx, item.id, _member(kiosk, name))
    assert agenda.item_of(ctx, item.id).status == "supported"
    kiosk.sync()
    with pg_hub.database.transaction() as session:
        assert [line.id for line in list_items(session, status="supported")] == [str(item.id)]
    assert _answer(pg_hub, item.id, Answer.accept) == "accepted"
    with pytest.raises(HubError, match="no meeting"):
        _answer(pg_hub, item.id, Answer.schedule, meeting_id=str(uuid.uuid4()))
    assert _answer(pg_hub, item.id, Answer.schedule, meeting_id=meeting) == "scheduled"
    assert _answer(pg_hub, item.id, Answer.treated, text="Voté : on cherche.") == "treated"
    with pytest.raises(HubError, match="cannot be declined"):
        _answer(pg_hub, item.id, Answer.decline, text="Non.")
    kiosk.sync()
    shown = agenda.item_of(ctx, item.id)
    assert (shown.status, shown.answer, shown.reached()[-1]) == (
        "treated",
        "Voté : on cherche.",
        "treated",
    )
    with pytest.raises(InvalidInputError, match="already answered"):
        agenda.cosign_item(ctx, item.id, _member(kiosk, "Pieter"))
    with kiosk.database.transaction() as session:
        steps = session.scalars(
            select(JourneyProgress.step_id).where(JourneyProgress.person_id == zoe)
        ).all()
    assert steps == [step_id(FIRST_AGENDA_ITEM_TREATED.slug)]


def test_the_secretary_is_told_no_and_nothing_changes(
    pg_hub: Hub, make_kiosk: KioskFactory, tmp_path: Path
) -> None:
    pg_hub.add_antenna("rennes")
    kiosk = make_kiosk(pg_hub, "kiosk-a")
    board, _meeting = _board(pg_hub)
    kiosk.sync()
    ctx = _ctx(kiosk, tmp_path)
    item = agenda.propose_item(ctx, _member(kiosk, "Zoé"), uuid.UUID(board), title="Des ateliers")
    kiosk.sync()
    before = pg_hub.change_count()
    for bad in (
        lambda: _answer(pg_hub, uuid.uuid4(), Answer.accept),
        lambda: _answer(pg_hub, "not-an-id", Answer.accept),
        lambda: _answer(pg_hub, item.id, Answer.decline, text="   "),
        lambda: _answer(pg_hub, item.id, Answer.treated),
        lambda: _answer(pg_hub, item.id, Answer.accept),
    ):
        with pytest.raises(HubError):
            bad()
    with pg_hub.database.transaction() as session, pytest.raises(HubError):
        list_items(session, body_slug="no-such-body")
    assert pg_hub.change_count() == before
    assert _answer(pg_hub, item.id, Answer.decline, text="Déjà au programme.") == "declined"


def test_a_tampered_kiosk_cannot_answer_its_own_requests(
    pg_hub: Hub, make_kiosk: KioskFactory, tmp_path: Path
) -> None:
    pg_hub.add_antenna("rennes")
    pg_hub.add_antenna("liege")
    kiosk = make_kiosk(pg_hub, "kiosk-a")
    other = make_kiosk(pg_hub, "kiosk-b", slug="liege")
    board, meeting = _board(pg_hub)
    zoe = _member(kiosk, "Zoé")
    kiosk.sync()
    item_id, aid_id = uuid.uuid4(), uuid.uuid4()
    # Written straight into the kiosk's database, past the services.
    with kiosk.database.transaction() as session:
        session.add(
            AgendaItem(
                id=item_id,
                body_id=uuid.UUID(board),
                meeting_id=uuid.UUID(meeting),
                proposer_id=zoe,
                title="Accepté d'office",
                status=AgendaStatus.accepted,
                answer="Oui, bien sûr.",
                position=-1,
            )
        )
        session.add(
            TravelAidRequest(
                id=aid_id,
                person_id=zoe,
                departure="Rennes",
                estimated_cost=900,
                event="Congrès",
                status=TravelAidStatus.granted,
                answer="Accordé",
            )
        )
    kiosk.sync()
    item = _hub_row(pg_hub, "agenda_item", item_id)
    assert (item["status"], item["answer"], item["meeting_id"], item["position"]) == (
        "submitted",
        "",
        None,
        0,
    )
    aid = _hub_row(pg_hub, "travel_aid_request", aid_id)
    assert (aid["status"], aid["answer"]) == ("submitted", "")
    # A later change by the kiosk is the hub's to make: refused, the hub's row taken back.
    with kiosk.database.transaction() as session:
        tampered = session.get(TravelAidRequest, aid_id)
        assert tampered is not None
        tampered.status = TravelAidStatus.granted
    summary = kiosk.sync()
    assert summary.refused >= 1
    with kiosk.database.transaction() as session:
        kept = session.get(TravelAidRequest, aid_id)
        assert kept is not None and kept.status is TravelAidStatus.submitted
    # The request is Rennes's: Liège's kiosk never receives it.
    other.sync()
    with other.database.transaction() as session:
        assert session.get(TravelAidRequest, aid_id) is None
    # The hub's answer reaches the kiosk.
    with pg_hub.database.transaction() as session:
        assert [row["id"] for row in list_travel(session, status="submitted")] == [str(aid_id)]
        with pytest.raises(HubError, match="needs words"):
            answer_travel(session, str(aid_id), "granted", text="", clock=HybridClock(HUB_ORIGIN))
        answer_travel(
            session, str(aid_id), "granted", text="150 € en train", clock=HybridClock(HUB_ORIGIN)
        )
    kiosk.sync()
    (request,) = agenda.travel_aid_of(_ctx(kiosk, tmp_path), zoe).requests
    assert (request.status, request.answer) == ("granted", "150 € en train")
