"""Version 1 of the kiosk ↔ hub API (see `app.sync.protocol`)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Query, Request, Response
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from app.clock import HybridClock, utcnow
from app.sync.protocol import (
    HEADER_EPOCH,
    HEADER_MACHINE,
    HEADER_NONCE,
    HEADER_SCHEMA,
    MAX_PULL_PAGE,
    PULL_PAGE,
    Cursor,
    ErrorCode,
    PushOp,
)
from hub.db import HubDatabase
from hub.models import Device
from hub.service import CloneDetectedError, HubError, enrolment
from hub.service.meta import current_epoch
from hub.service.pull import read_changes
from hub.service.push import apply_ops
from hub.settings import HubSettings

router = APIRouter(prefix="/v1", tags=["sync"])


class ErrorDetail(BaseModel):
    code: str
    message: str


class ErrorBody(BaseModel):
    detail: ErrorDetail


class AntennaOut(BaseModel):
    id: str
    slug: str
    name: str


class EnrollRequest(BaseModel):
    code: str = Field(min_length=4, max_length=64)
    machine_id: str = Field(min_length=1, max_length=128)
    node_id: str = Field(min_length=1, max_length=64)


class EnrollResponse(BaseModel):
    device_id: str
    token: str
    antenna: AntennaOut
    epoch: str
    # The first nonce: the kiosk presents it with its next requests (`X-Antenne-Nonce`).
    nonce: str


class PushOpIn(BaseModel):
    op_id: str = Field(min_length=1, max_length=64)
    entity: str = Field(min_length=1, max_length=64)
    entity_id: str = Field(min_length=1, max_length=64)
    operation: str = Field(pattern="^(insert|update|delete)$")
    payload: dict[str, Any]
    hlc: str = Field(max_length=64)
    schema_version: int
    changed: list[str] | None = None


class PushRequest(BaseModel):
    ops: list[PushOpIn] = Field(max_length=5000)


class OpResultOut(BaseModel):
    op_id: str
    status: str
    reason: str = ""
    row: dict[str, Any] | None = None
    clamped: bool = False
    detail: str = ""


class PushResponse(BaseModel):
    results: list[OpResultOut]
    epoch: str
    hub_time_ms: int
    # Some stamps were too far ahead of the hub's clock: the kiosk's clock is wrong.
    clock_warning: bool
    clock_ahead_ms: int
    # The kiosk's next nonce, stored with these results.
    nonce: str


class ChangeOut(BaseModel):
    cursor: str
    entity: str
    entity_id: str
    op: str
    row: dict[str, Any]
    hlc: str
    origin: str


class PullResponse(BaseModel):
    epoch: str
    # The kiosk's epoch is not this hub's: forget the cursor, re-send what was kept, pull again.
    reset: bool
    changes: list[ChangeOut]
    next: str
    more: bool
    hub_time_ms: int


class StatusResponse(BaseModel):
    epoch: str
    hub_time_ms: int
    min_schema_version: int
    max_schema_version: int


ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorBody, "description": "missing, unknown or revoked device token"},
    409: {"model": ErrorBody, "description": "token used by another machine; hub too old"},
    426: {"model": ErrorBody, "description": "kiosk too old: update it, keep the outbox"},
}


def settings_of(request: Request) -> HubSettings:
    settings: HubSettings = request.app.state.settings
    return settings


def database_of(request: Request) -> HubDatabase:
    database: HubDatabase = request.app.state.database
    return database


def clock_of(request: Request) -> HybridClock:
    clock: HybridClock = request.app.state.clock
    return clock


class Kiosk:
    """What every authenticated request carries."""

    def __init__(
        self, token: str, machine_id: str, schema_version: int, epoch: str, nonce: str = ""
    ) -> None:
        self.token = token
        self.machine_id = machine_id
        self.schema_version = schema_version
        self.epoch = epoch
        self.nonce = nonce


def kiosk_headers(
    *,
    settings: Annotated[HubSettings, Depends(settings_of)],
    authorization: Annotated[str, Header()] = "",
    x_antenne_machine: Annotated[str, Header(alias=HEADER_MACHINE, max_length=128)] = "",
    x_antenne_schema: Annotated[int, Header(alias=HEADER_SCHEMA)] = 0,
    x_antenne_epoch: Annotated[str, Header(alias=HEADER_EPOCH, max_length=64)] = "",
    x_antenne_nonce: Annotated[str, Header(alias=HEADER_NONCE, max_length=64)] = "",
) -> Kiosk:
    if x_antenne_schema < settings.min_schema_version:
        raise HubError(
            426,
            ErrorCode.schema_too_old,
            f"kiosk schema {x_antenne_schema} is older than the hub accepts "
            f"({settings.min_schema_version}): update the kiosk; its changes are kept",
        )
    if x_antenne_schema > settings.max_schema_version:
        raise HubError(
            409,
            ErrorCode.schema_too_new,
            f"kiosk schema {x_antenne_schema} is newer than the hub knows "
            f"({settings.max_schema_version}): update the hub; the kiosk keeps its changes",
        )
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer":
        token = ""
    return Kiosk(
        token.strip(), x_antenne_machine, x_antenne_schema, x_antenne_epoch, x_antenne_nonce
    )


KioskDep = Annotated[Kiosk, Depends(kiosk_headers)]
SettingsDep = Annotated[HubSettings, Depends(settings_of)]
DatabaseDep = Annotated[HubDatabase, Depends(database_of)]
ClockDep = Annotated[HybridClock, Depends(clock_of)]


@router.post("/enroll", response_model=EnrollResponse, responses={403: {"model": ErrorBody}})
def enroll(body: EnrollRequest, database: DatabaseDep) -> EnrollResponse:
    """Trade a one-time enrolment code for this kiosk's device token (shown once)."""
    with database.transaction() as session:
        done = enrolment.enroll(
            session, code=body.code, machine_id=body.machine_id, node_id=body.node_id
        )
        return EnrollResponse(
            device_id=str(done.device.id),
            token=done.token,
            antenna=AntennaOut(
                id=str(done.antenna.id), slug=done.antenna.slug, name=done.antenna.name
            ),
            epoch=done.epoch,
            nonce=done.device.nonce,
        )


@contextmanager
def _authenticated(
    database: HubDatabase,
    kiosk: Kiosk,
    settings: HubSettings,
    *,
    pushing: Sequence[str] | None = None,
) -> Iterator[tuple[Session, Device]]:
    """One transaction for an authenticated request. A copy of the kiosk (a stale nonce) is
    flagged in a transaction of its own, which the request's failure does not roll back."""
    try:
        with database.transaction() as session:
            device = enrolment.authenticate(
                session,
                token=kiosk.token,
                machine_id=kiosk.machine_id,
                clone_window=timedelta(seconds=settings.clone_window_s),
                nonce=kiosk.nonce,
                epoch=kiosk.epoch,
                pushing=pushing,
            )
            yield session, device
    except CloneDetectedError as clone:
        with database.transaction() as session:
            enrolment.flag_clone(session, clone.device_id)
        raise


@router.post("/push", response_model=PushResponse, responses=ERRORS)
def push(
    body: PushRequest,
    kiosk: KioskDep,
    settings: SettingsDep,
    database: DatabaseDep,
    clock: ClockDep,
) -> PushResponse:
    """Apply a batch of outbox operations, each exactly once, and answer for each."""
    ops = [PushOp(**op.model_dump()) for op in body.ops]
    with _authenticated(database, kiosk, settings, pushing=[op.op_id for op in ops]) as (
        session,
        device,
    ):
        if device.schema_version != kiosk.schema_version:
            device.schema_version = kiosk.schema_version
        outcome = apply_ops(
            session,
            device,
            ops,
            clock=clock,
            min_schema=settings.min_schema_version,
            max_schema=settings.max_schema_version,
        )
        epoch = current_epoch(session)
        nonce = device.nonce
    return PushResponse(
        results=[OpResultOut(**result.to_json()) for result in outcome.results],
        epoch=epoch,
        hub_time_ms=_utc_ms(utcnow()),
        clock_warning=outcome.clock_warning,
        clock_ahead_ms=outcome.clock_ahead_ms,
        nonce=nonce,
    )


@router.get("/changes", response_model=PullResponse, responses=ERRORS)
def changes(
    kiosk: KioskDep,
    settings: SettingsDep,
    database: DatabaseDep,
    after: Annotated[str, Query(max_length=64, pattern=r"^(\d{1,19}\.\d{1,19})?$")] = "",
    limit: Annotated[int, Query(ge=1, le=MAX_PULL_PAGE)] = PULL_PAGE,
) -> Response:
    """The next page of the change log after the cursor `after` (empty: from the start)."""
    cursor = Cursor.parse(after)
    with _authenticated(database, kiosk, settings) as (session, device):
        page = read_changes(session, device, after=cursor, epoch=kiosk.epoch, limit=limit)
    # Pages are large (thousands of rows) and their rows come from the log as JSON text: they
    # are served as they are, not parsed, validated and serialized again (`PullResponse`
    # stays the documented shape).
    text = _dumps
    changes = ",".join(
        f'{{"cursor":"{change.cursor}","entity":{text(change.entity)},'
        f'"entity_id":{text(change.entity_id)},"op":{text(change.op)},'
        f'"row":{change.row_json},"hlc":{text(change.hlc)},"origin":{text(change.origin)}}}'
        for change in page.changes
    )
    body = (
        f'{{"epoch":{text(page.epoch)},"reset":{text(page.reset)},"changes":[{changes}],'
        f'"next":"{page.next}","more":{text(page.more)},"hub_time_ms":{_utc_ms(utcnow())}}}'
    )
    return Response(body.encode("utf-8"), media_type="application/json")


_dumps: Callable[[Any], str] = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _utc_ms(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


@router.get("/status", response_model=StatusResponse)
def status(settings: SettingsDep, database: DatabaseDep) -> StatusResponse:
    """The hub's epoch, clock and accepted kiosk schema versions (no authentication)."""
    with database.transaction() as session:
        epoch = current_epoch(session)
    return StatusResponse(
        epoch=epoch,
        hub_time_ms=_utc_ms(utcnow()),
        min_schema_version=settings.min_schema_version,
        max_schema_version=settings.max_schema_version,
    )
