"""A member's agenda items, co-signatures and travel-aid requests: in their export, gone with
their erasure (with the co-signatures others put on their items), nobody else's touched."""

from __future__ import annotations

import json
import uuid

from sqlalchemy import select

from app.agenda import service as agenda
from app.changes import Entity
from app.context import AppContext
from app.privacy.service import erase_person, export_person
from app.privacy.types import ERASED
from db.models import AgendaItem, AgendaSupport, Body, BodyKind, OutboxEntry, TravelAidRequest
from tests.helpers.people import add_person


def _board(ctx: AppContext) -> uuid.UUID:
    with ctx.db.transaction() as session:
        body = Body(
            slug="board", kind=BodyKind.board, name={"fr": "CA"}, rules={"support_threshold": 2}
        )
        session.add(body)
        session.flush()
        return body.id


def _agenda(ctx: AppContext) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID, uuid.UUID]:
    """Camille proposes an item Jef co-signs; Camille co-signs Jef's; both ask for travel aid."""
    board = _board(ctx)
    camille = add_person(ctx, "Camille", "Dupont")
    jef = add_person(ctx, "Jef", "Peeters")
    hers = agenda.propose_item(ctx, camille, board, title="Un local pour les sérigraphes").id
    his = agenda.propose_item(ctx, jef, board, title="Des réunions en soirée").id
    agenda.cosign_item(ctx, hers, jef)
    agenda.cosign_item(ctx, his, camille)
    for person, place in ((camille, "Rennes, gare"), (jef, "Gent-Sint-Pieters")):
        agenda.request_travel_aid(
            ctx,
            person,
            meeting_id=None,
            event="Assemblée européenne, Lisbonne",
            departure=place,
            estimated_cost=320,
        )
    return camille, jef, hers, his


def test_the_export_holds_her_items_co_signatures_and_travel_aid_and_nobody_elses(
    ctx: AppContext,
) -> None:
    camille, _jef, _hers, his = _agenda(ctx)

    data = export_person(ctx, camille)

    assert [i["title"] for i in data["agenda_items_proposed"]] == ["Un local pour les sérigraphes"]
    assert [s["item_id"] for s in data["agenda_supports"]] == [str(his)]
    assert [(t["departure"], t["estimated_cost"]) for t in data["travel_aid_requests"]] == [
        ("Rennes, gare", 320)
    ]
    text = json.dumps(data)
    assert "Gent-Sint-Pieters" not in text and "Des réunions en soirée" not in text


def test_erasing_her_removes_her_items_with_their_co_signatures_her_own_and_her_travel_aid(
    ctx: AppContext,
) -> None:
    camille, jef, _hers, his = _agenda(ctx)

    erased = erase_person(ctx, camille)

    assert erased.changes.concerns(Entity.AGENDA_ITEM, Entity.TRAVEL_AID_REQUEST)
    assert ERASED.concerns(Entity.AGENDA_SUPPORT)
    with ctx.db.session() as session:
        items = session.scalars(select(AgendaItem)).all()
        supports = session.scalars(select(AgendaSupport)).all()
        travel = session.scalars(select(TravelAidRequest)).all()
        outbox = session.scalars(select(OutboxEntry)).all()
    # Jef's item stays, without her name on it; Jef's co-signature went with her item.
    assert [item.id for item in items] == [his]
    assert supports == []
    assert [request.person_id for request in travel] == [jef]
    assert agenda.item_of(ctx, his).supports == 0
    dump = json.dumps([entry.payload for entry in outbox])
    assert "sérigraphes" not in dump and "Rennes, gare" not in dump
