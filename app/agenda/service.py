"""Members put items on a body's agenda, co-sign them by badge, and ask for travel aid.

One function per action, each one transaction with its audit entry (docs/architecture.md,
"Members' agenda items and travel aid"). An item is proposed by a member after a badge scan
and co-signed by others, once each (`AgendaSupport`, append-only and shared by every kiosk).
Its status as the kiosk shows it is the hub's once the body's secretary acted (`accepted`,
`scheduled`, `treated`, `declined`); before that, `supported` as soon as the co-signatures
reach the body's threshold (`support_needed`), counted from the synced supports, the same way
at the hub (`hub.service.agenda`): `app.agenda.rules`.

A travel-aid request is recorded at the kiosk and answered at the hub; the member sees its
status after a badge scan.
"""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.agenda.rules import shown_status, support_needed
from app.agenda.types import (
    AgendaItemView,
    BodyChoice,
    Cosigned,
    MeetingChoice,
    MemberAgenda,
    TravelAid,
    TravelAidView,
)
from app.antennas import antenna_of
from app.audit import record_audit_in
from app.changes import NOTHING, Changes, Entity
from app.clock import utcnow
from app.context import AppContext
from app.errors import QT_TRANSLATE_NOOP, InvalidInputError, Message, NotFoundError
from app.voting.pictures import normalise
from db.models import (
    AgendaItem,
    AgendaStatus,
    AgendaSupport,
    Body,
    Meeting,
    MeetingStatus,
    Person,
    PersonKind,
    TravelAidRequest,
)

CONTEXT = "Agenda"
TITLE_MIN, TITLE_MAX = 3, 200
DESCRIPTION_MAX = 2000
PLACE_MAX = 200
NOTE_MAX = 1000
# Whole euros: a trip across Europe and back, not a typing slip.
COST_MAX = 5000
_AGENDA_CHANGES = Changes.of(Entity.AGENDA_ITEM, Entity.AUDIT_ENTRY)


def _refuse(source: str, **params: object) -> InvalidInputError:
    return InvalidInputError(Message(CONTEXT, source, dict(params)))


def _member(session: Session, person_id: uuid.UUID) -> Person:
    person = session.get(Person, person_id)
    if person is None or person.deleted_at is not None:
        raise NotFoundError(
            Message(CONTEXT, QT_TRANSLATE_NOOP("Agenda", "This person is no longer known."))
        )
    if person.kind is PersonKind.visitor:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Agenda",
                "Only members of the cooperative can do this. A facilitator can tell you how "
                "to become one.",
            )
        )
    return person


def _body(session: Session, body_id: uuid.UUID) -> Body:
    body = session.get(Body, body_id)
    if body is None or body.deleted_at is not None:
        raise NotFoundError(
            Message(CONTEXT, QT_TRANSLATE_NOOP("Agenda", "This body is no longer known."))
        )
    return body


def _item(session: Session, item_id: uuid.UUID) -> AgendaItem:
    item = session.get(AgendaItem, item_id)
    if item is None or item.deleted_at is not None:
        raise NotFoundError(
            Message(CONTEXT, QT_TRANSLATE_NOOP("Agenda", "This agenda item is no longer known."))
        )
    return item


def _text(
    value: str, *, longest: int, too_long: str, shortest: int = 0, too_short: str = ""
) -> str:
    """`value` trimmed (a required one with its runs of spaces made single), refused with the
    field's own message when it is shorter than `shortest` or longer than `longest`: one whole
    sentence per field, so each language words it its own way (no English field name inside)."""
    text = " ".join(value.split()) if shortest else value.strip()
    if len(text) < shortest:
        raise _refuse(too_short, count=shortest)
    if len(text) > longest:
        raise _refuse(too_long, count=longest)
    return text


def _members_of(session: Session, antenna_id: uuid.UUID | None) -> int:
    if antenna_id is None:
        return 0
    return (
        session.scalar(
            select(func.count())
            .select_from(Person)
            .where(
                Person.antenna_id == antenna_id,
                Person.kind == PersonKind.member,
                Person.deleted_at.is_(None),
            )
        )
        or 0
    )


def _view(session: Session, item: AgendaItem, changes: Changes = NOTHING) -> AgendaItemView:
    body = _body(session, item.body_id)
    proposer = None if item.proposer_id is None else session.get(Person, item.proposer_id)
    # A local body counts its antenne's members; a cooperative-wide one the proposer's.
    antenna_id = body.antenna_id or (proposer.antenna_id if proposer is not None else None)
    needed = support_needed(body.rules, _members_of(session, antenna_id))
    supports = (
        session.scalar(
            select(func.count())
            .select_from(AgendaSupport)
            .where(AgendaSupport.item_id == item.id, AgendaSupport.deleted_at.is_(None))
        )
        or 0
    )
    meeting = None if item.meeting_id is None else session.get(Meeting, item.meeting_id)
    has_photo = session.scalar(
        select(AgendaItem.photo.is_not(None)).where(AgendaItem.id == item.id)
    )
    return AgendaItemView(
        id=item.id,
        body_id=body.id,
        body_name=dict(body.name),
        title=item.title,
        description=item.description,
        proposer_id=item.proposer_id,
        proposer_name="" if proposer is None else proposer.first_name,
        status=shown_status(item.status.value, supports, needed),
        supports=supports,
        needed=needed,
        answer=item.answer,
        meeting_title={} if meeting is None else dict(meeting.title),
        meeting_starts_at=None if meeting is None else meeting.starts_at,
        has_photo=bool(has_photo),
        created_at=item.created_at,
        changes=changes,
    )


def propose_item(
    ctx: AppContext,
    person_id: uuid.UUID,
    body_id: uuid.UUID,
    *,
    title: str,
    description: str = "",
    language: str = "fr",
    photo: bytes | None = None,
) -> AgendaItemView:
    """A member (who scanned their badge) puts an item on a body's agenda: `submitted`, until
    enough members co-sign it. `photo`, a picture of a document, is kept as a small JPEG."""
    title = _text(
        title,
        longest=TITLE_MAX,
        too_long=QT_TRANSLATE_NOOP("Agenda", "The title is too long: at most {count} letters."),
        shortest=TITLE_MIN,
        too_short=QT_TRANSLATE_NOOP("Agenda", "The title needs at least {count} letters."),
    )
    description = _text(
        description,
        longest=DESCRIPTION_MAX,
        too_long=QT_TRANSLATE_NOOP(
            "Agenda", "The explanation is too long: at most {count} letters."
        ),
    )
    picture = None if photo is None else normalise(photo)
    with ctx.db.transaction() as session:
        person = _member(session, person_id)
        _body(session, body_id)
        item = AgendaItem(
            body_id=body_id,
            proposer_id=person.id,
            title=title,
            description=description,
            language=language if language in ("fr", "nl", "en") else person.language,
            status=AgendaStatus.submitted,
            photo=picture,
        )
        session.add(item)
        session.flush()
        record_audit_in(
            session,
            actor=None,
            action="agenda_item_proposed",
            target=f"agenda_item:{item.id}",
            details={"body": str(body_id), "person": str(person_id), "photo": picture is not None},
        )
        return _view(session, item, _AGENDA_CHANGES)


def cosign_item(ctx: AppContext, item_id: uuid.UUID, person_id: uuid.UUID) -> Cosigned:
    """A member co-signs an item by scanning their badge: once per person, never the proposer,
    and only while the secretary has not answered it."""
    with ctx.db.transaction() as session:
        item = _item(session, item_id)
        person = _member(session, person_id)
        if item.proposer_id == person.id:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Agenda", "{name}, you proposed this item: your name is already on it."
                ),
                name=person.first_name,
            )
        if item.status not in (AgendaStatus.submitted, AgendaStatus.supported):
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Agenda", "The body has already answered this item: it needs no more names."
                )
            )
        signed = session.scalar(
            select(AgendaSupport.id).where(
                AgendaSupport.item_id == item.id, AgendaSupport.person_id == person.id
            )
        )
        if signed is not None:
            raise _refuse(
                QT_TRANSLATE_NOOP("Agenda", "{name}, you have already co-signed this item."),
                name=person.first_name,
            )
        session.add(AgendaSupport(item_id=item.id, person_id=person.id))
        session.flush()
        record_audit_in(
            session,
            actor=None,
            action="agenda_item_cosigned",
            target=f"agenda_item:{item.id}",
            details={"person": str(person.id)},
        )
        view = _view(session, item, Changes.of(Entity.AGENDA_SUPPORT, Entity.AUDIT_ENTRY))
        return Cosigned(item=view, first_name=person.first_name, changes=view.changes)


def item_of(ctx: AppContext, item_id: uuid.UUID) -> AgendaItemView:
    """One item, its status as the kiosk can tell it, its co-signatures and answer."""
    with ctx.db.session() as session:
        return _view(session, _item(session, item_id))


def items_of_body(ctx: AppContext, body_id: uuid.UUID) -> tuple[AgendaItemView, ...]:
    """The members' items on a body's agenda, newest first (the body's own have no proposer)."""
    with ctx.db.session() as session:
        _body(session, body_id)
        items = session.scalars(
            select(AgendaItem)
            .where(
                AgendaItem.body_id == body_id,
                AgendaItem.proposer_id.is_not(None),
                AgendaItem.deleted_at.is_(None),
            )
            .order_by(AgendaItem.created_at.desc(), AgendaItem.id)
        ).all()
        return tuple(_view(session, item) for item in items)


def agenda_of_member(ctx: AppContext, person_id: uuid.UUID) -> MemberAgenda:
    """A member who scanned their badge: the bodies they may put an item on (this antenne's
    own and the cooperative-wide ones) and the items they proposed, newest first."""
    with ctx.db.session() as session:
        person = _member(session, person_id)
        bodies = session.scalars(
            select(Body)
            .where(
                Body.deleted_at.is_(None),
                Body.antenna_id.is_(None) | (Body.antenna_id == person.antenna_id),
            )
            .order_by(Body.antenna_id.is_(None), Body.slug)
        ).all()
        items = session.scalars(
            select(AgendaItem)
            .where(AgendaItem.proposer_id == person.id, AgendaItem.deleted_at.is_(None))
            .order_by(AgendaItem.created_at.desc(), AgendaItem.id)
        ).all()
        return MemberAgenda(
            person_id=person.id,
            first_name=person.first_name,
            bodies=tuple(BodyChoice(body.id, dict(body.name)) for body in bodies),
            items=tuple(_view(session, item) for item in items),
        )


def members_items(
    ctx: AppContext, *, status: str | None = None, limit: int = 20
) -> tuple[AgendaItemView, ...]:
    """Members' items of every body, newest first; only those at `status` (as stored) if told."""
    with ctx.db.session() as session:
        query = select(AgendaItem).where(
            AgendaItem.proposer_id.is_not(None), AgendaItem.deleted_at.is_(None)
        )
        if status is not None:
            query = query.where(AgendaItem.status == AgendaStatus(status))
        items = session.scalars(
            query.order_by(AgendaItem.created_at.desc(), AgendaItem.id).limit(limit)
        ).all()
        return tuple(_view(session, item) for item in items)


def photo_of(ctx: AppContext, item_id: uuid.UUID) -> bytes | None:
    """The item's photo (a small JPEG), if it has one."""
    with ctx.db.session() as session:
        return _item(session, item_id).photo


# -- Travel aid ----------------------------------------------------------------------------------


def _travel_view(session: Session, request: TravelAidRequest) -> TravelAidView:
    meeting = None if request.meeting_id is None else session.get(Meeting, request.meeting_id)
    return TravelAidView(
        id=request.id,
        person_id=request.person_id,
        meeting_id=request.meeting_id,
        meeting_title={} if meeting is None else dict(meeting.title),
        event=request.event,
        departure=request.departure,
        estimated_cost=request.estimated_cost,
        note=request.note,
        status=request.status.value,
        answer=request.answer,
        created_at=request.created_at,
    )


def _coming_meetings(ctx: AppContext, session: Session) -> tuple[MeetingChoice, ...]:
    """Meetings a member may travel to: coming, not cancelled, not of this antenne's own."""
    here = antenna_of(session, ctx)
    meetings = session.scalars(
        select(Meeting)
        .where(
            Meeting.deleted_at.is_(None),
            Meeting.status == MeetingStatus.planned,
            Meeting.starts_at >= utcnow(),
            Meeting.antenna_id.is_(None) | (Meeting.antenna_id != here),
        )
        .order_by(Meeting.starts_at)
        .limit(12)
    ).all()
    return tuple(MeetingChoice(m.id, dict(m.title), m.starts_at) for m in meetings)


def travel_aid_of(ctx: AppContext, person_id: uuid.UUID, changes: Changes = NOTHING) -> TravelAid:
    """A member's travel-aid requests (newest first, with the hub's answers) and the meetings
    they may ask for."""
    with ctx.db.session() as session:
        person = _member(session, person_id)
        requests = session.scalars(
            select(TravelAidRequest)
            .where(TravelAidRequest.person_id == person_id, TravelAidRequest.deleted_at.is_(None))
            .order_by(TravelAidRequest.created_at.desc(), TravelAidRequest.id)
        ).all()
        return TravelAid(
            person_id=person.id,
            first_name=person.first_name,
            requests=tuple(_travel_view(session, request) for request in requests),
            meetings=_coming_meetings(ctx, session),
            changes=changes,
        )


def request_travel_aid(
    ctx: AppContext,
    person_id: uuid.UUID,
    *,
    meeting_id: uuid.UUID | None,
    event: str = "",
    departure: str,
    estimated_cost: int,
    note: str = "",
) -> TravelAid:
    """A member asks for help with the travel to a meeting (one the kiosk knows, or one they
    name): from where, the estimated cost in euros, a few words. The hub answers."""
    event = _text(
        event,
        longest=PLACE_MAX,
        too_long=QT_TRANSLATE_NOOP(
            "Agenda", "The meeting's name is too long: at most {count} letters."
        ),
    )
    departure = _text(
        departure,
        longest=PLACE_MAX,
        too_long=QT_TRANSLATE_NOOP(
            "Agenda", "The place you leave from is too long: at most {count} letters."
        ),
        shortest=2,
        too_short=QT_TRANSLATE_NOOP(
            "Agenda", "Write the place you leave from: at least {count} letters."
        ),
    )
    note = _text(
        note,
        longest=NOTE_MAX,
        too_long=QT_TRANSLATE_NOOP(
            "Agenda", "Your few words are too long: at most {count} letters."
        ),
    )
    if meeting_id is None and len(event) < 3:
        raise _refuse(QT_TRANSLATE_NOOP("Agenda", "Choose a meeting or write its name."))
    if not 1 <= estimated_cost <= COST_MAX:
        raise _refuse(
            QT_TRANSLATE_NOOP("Agenda", "The estimated cost must be between 1 and {most} euros."),
            most=COST_MAX,
        )
    with ctx.db.transaction() as session:
        _member(session, person_id)
        if meeting_id is not None:
            meeting = session.get(Meeting, meeting_id)
            if meeting is None or meeting.deleted_at is not None:
                raise NotFoundError(
                    Message(
                        CONTEXT, QT_TRANSLATE_NOOP("Agenda", "This meeting is no longer known.")
                    )
                )
        request = TravelAidRequest(
            person_id=person_id,
            meeting_id=meeting_id,
            event=event if meeting_id is None else "",
            departure=departure,
            estimated_cost=estimated_cost,
            note=note,
        )
        session.add(request)
        session.flush()
        record_audit_in(
            session,
            actor=None,
            action="travel_aid_requested",
            target=f"travel_aid_request:{request.id}",
            details={"person": str(person_id), "estimated_cost": estimated_cost},
        )
    return travel_aid_of(ctx, person_id, Changes.of(Entity.TRAVEL_AID_REQUEST, Entity.AUDIT_ENTRY))
