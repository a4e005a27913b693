"""Members' agenda items and travel aid at the kiosk: propose, co-sign by badge, the threshold,
and everything a person (or someone trying their luck) can get wrong."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from app.agenda import service as agenda
from app.agenda.rules import DEFAULT_SUPPORT, shown_status, support_needed
from app.clock import utcnow
from app.context import AppContext
from app.errors import InvalidInputError, NotFoundError
from db.models import (
    AgendaItem,
    AgendaStatus,
    AgendaSupport,
    AuditEntry,
    Body,
    BodyKind,
    Meeting,
    PersonKind,
)
from tests.helpers.people import add_person, in_rennes


@pytest.fixture
def ctx(ctx: AppContext) -> AppContext:
    return in_rennes(ctx)


def _body(ctx: AppContext, threshold: object = 3) -> uuid.UUID:
    with ctx.db.transaction() as session:
        body = Body(slug="board", kind=BodyKind.board, name={"fr": "CA"}, rules={})
        if threshold is not None:
            body.rules = {"support_threshold": threshold}
        session.add(body)
        session.flush()
        return body.id


def _member(ctx: AppContext, first: str) -> uuid.UUID:
    return add_person(ctx, first, "Martin", kind=PersonKind.member)


def test_the_threshold_is_a_number_or_a_share_of_the_antenne() -> None:
    assert support_needed({"support_threshold": 10}, 500) == 10
    assert support_needed({"support_threshold": {"share": 0.02}}, 501) == 11
    assert support_needed({"support_threshold": {"share": 0.02}}, 3) == 1
    for odd in (0, -4, True, "10", {"share": 2}, {"share": 0}, {"count": 3}, [5]):
        assert support_needed({"support_threshold": odd}, 100) == DEFAULT_SUPPORT
    assert support_needed({}, 100) == DEFAULT_SUPPORT
    assert shown_status("submitted", 3, 3) == "supported"
    assert shown_status("submitted", 2, 3) == "submitted"
    assert shown_status("declined", 9, 3) == "declined"


def test_three_co_signatures_make_an_item_supported(ctx: AppContext) -> None:
    body = _body(ctx)
    proposer = _member(ctx, "Zoé")
    item = agenda.propose_item(ctx, proposer, body, title="  Un local   plus grand ")
    assert (item.title, item.status, item.supports, item.needed) == (
        "Un local plus grand",
        "submitted",
        0,
        3,
    )
    statuses = [
        agenda.cosign_item(ctx, item.id, _member(ctx, name)).item.status
        for name in ("Ahmed", "Lotte", "Jan")
    ]
    assert statuses == ["submitted", "submitted", "supported"]
    shown = agenda.item_of(ctx, item.id)
    assert shown.reached() == ("submitted", "supported") and shown.open_for_support
    with ctx.db.session() as session:
        actions = session.scalars(select(AuditEntry.action)).all()
    assert actions.count("agenda_item_cosigned") == 3 and "agenda_item_proposed" in actions


def test_nobody_co_signs_twice_and_the_proposer_not_at_all(ctx: AppContext) -> None:
    item = agenda.propose_item(ctx, _member(ctx, "Zoé"), _body(ctx), title="Des ateliers")
    ahmed = _member(ctx, "Ahmed")
    agenda.cosign_item(ctx, item.id, ahmed)
    with pytest.raises(InvalidInputError, match="already co-signed"):
        agenda.cosign_item(ctx, item.id, ahmed)
    assert item.proposer_id is not None
    with pytest.raises(InvalidInputError, match="you proposed this item"):
        agenda.cosign_item(ctx, item.id, item.proposer_id)
    visitor = add_person(ctx, "Visiteur", "Martin", kind=PersonKind.visitor)
    with pytest.raises(InvalidInputError, match="Only members"):
        agenda.cosign_item(ctx, item.id, visitor)
    with pytest.raises(NotFoundError):
        agenda.cosign_item(ctx, uuid.uuid4(), ahmed)
    with ctx.db.session() as session:
        assert session.scalar(select(func.count()).select_from(AgendaSupport)) == 1


def test_a_bad_proposal_is_refused_and_nothing_is_written(ctx: AppContext) -> None:
    body = _body(ctx)
    zoe = _member(ctx, "Zoé")
    with pytest.raises(InvalidInputError, match="at least 3"):
        agenda.propose_item(ctx, zoe, body, title=" a ")
    with pytest.raises(InvalidInputError, match="too long"):
        agenda.propose_item(ctx, zoe, body, title="x" * 201)
    with pytest.raises(InvalidInputError):
        agenda.propose_item(ctx, zoe, body, title="Un vrai titre", photo=b"not a picture")
    with pytest.raises(NotFoundError):
        agenda.propose_item(ctx, zoe, uuid.uuid4(), title="Un vrai titre")
    assert agenda.items_of_body(ctx, body) == ()


def test_a_photo_of_a_document_is_kept_as_a_small_jpeg(ctx: AppContext) -> None:
    from io import BytesIO

    from PIL import Image

    png = BytesIO()
    Image.new("RGB", (3000, 2000), (200, 10, 10)).save(png, format="PNG")
    item = agenda.propose_item(
        ctx, _member(ctx, "Zoé"), _body(ctx), title="Le devis", photo=png.getvalue()
    )
    photo = agenda.photo_of(ctx, item.id)
    assert item.has_photo and photo is not None and photo.startswith(b"\xff\xd8")


def test_an_answered_item_takes_no_more_names(ctx: AppContext) -> None:
    item = agenda.propose_item(ctx, _member(ctx, "Zoé"), _body(ctx), title="Des ateliers")
    with ctx.db.transaction() as session:
        row = session.get(AgendaItem, item.id)
        assert row is not None
        row.status = AgendaStatus.declined
        row.answer = "Déjà traité en mars."
    with pytest.raises(InvalidInputError, match="already answered"):
        agenda.cosign_item(ctx, item.id, _member(ctx, "Ahmed"))
    shown = agenda.item_of(ctx, item.id)
    assert (shown.status, shown.answer, shown.reached()) == (
        "declined",
        "Déjà traité en mars.",
        ("submitted",),
    )


def test_a_travel_aid_request_is_recorded_and_checked(ctx: AppContext) -> None:
    zoe = _member(ctx, "Zoé")
    with ctx.db.transaction() as session:
        body = Body(slug="ag", kind=BodyKind.general_assembly, name={"fr": "AG"})
        session.add(body)
        session.flush()
        meeting = Meeting(
            body_id=body.id, title={"fr": "AG à Bruxelles"}, starts_at=utcnow() + timedelta(days=9)
        )
        session.add(meeting)
        session.flush()
        meeting_id = meeting.id
    aid = agenda.travel_aid_of(ctx, zoe)
    assert [m.id for m in aid.meetings] == [meeting_id] and aid.requests == ()
    for bad in (
        {"meeting_id": None, "event": "", "departure": "Rennes", "estimated_cost": 80},
        {"meeting_id": meeting_id, "departure": "", "estimated_cost": 80},
        {"meeting_id": meeting_id, "departure": "Rennes", "estimated_cost": 0},
        {"meeting_id": meeting_id, "departure": "Rennes", "estimated_cost": 50_000},
        {"meeting_id": uuid.uuid4(), "departure": "Rennes", "estimated_cost": 80},
    ):
        with pytest.raises((InvalidInputError, NotFoundError)):
            agenda.request_travel_aid(ctx, zoe, **bad)  # type: ignore[arg-type]
    aid = agenda.request_travel_aid(
        ctx, zoe, meeting_id=meeting_id, departure="Rennes", estimated_cost=120, note="train"
    )
    (request,) = aid.requests
    assert (request.status, request.what_in("fr"), request.estimated_cost) == (
        "submitted",
        "AG à Bruxelles",
        120,
    )
    other = agenda.request_travel_aid(
        ctx,
        zoe,
        meeting_id=None,
        event="Congrès européen, Lisbonne",
        departure="Rennes",
        estimated_cost=400,
    )
    assert other.requests[0].what_in("fr") == "Congrès européen, Lisbonne"
