"""Version 1 of the kiosk ↔ hub API (see `app.sync.protocol`).

Requests with a body are read by their endpoint, not by FastAPI, which would read and parse a
declared body before anything else: a push checks the device token, machine and nonce first
(`enrolment.check_token`), then reads its body within the limits (`hub.api.body`); enrolment,
which has no token, reads at most a few kilobytes. Every input is refused with a 4xx that names
the field (`ErrorCode.bad_request`), never with a server error (docs/architecture.md, "Sync").
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Depends, Header, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

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
from app.sync.schema import UUID_PATTERN
from hub.api.body import describe_errors, parse_json, read_body
from hub.db import HubDatabase
from hub.models import Device
from hub.service import CloneDetectedError, HubError, enrolment
from hub.service.meta import current_epoch
from hub.service.pull import read_changes
from hub.service.push import apply_ops
from hub.settings import HubSettings

router = APIRouter(prefix="/v1", tags=["sync"])

# Text a kiosk sends that the hub stores or compares: no control characters (a NUL cannot be
# stored by PostgreSQL), within the columns' lengths.
PRINTABLE = r"^[^\x00-\x1f\x7f]*$"
# Nonces and epochs are the hub's own (`secrets.token_urlsafe`, `uuid4().hex`).
TOKEN_TEXT = r"^[A-Za-z0-9_-]*$"
UUID_TEXT = f"^{UUID_PATTERN}$"
# An enrolment request is three short strings.
ENROL_MAX_BYTES = 4096


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
    model_config = ConfigDict(extra="forbid", strict=True)

    code: str = Field(min_length=4, max_length=64, pattern=PRINTABLE)
    machine_id: str = Field(min_length=1, max_length=128, pattern=PRINTABLE)
    node_id: str = Field(min_length=1, max_length=64, pattern=PRINTABLE)


class EnrollResponse(BaseModel):
    device_id: str
    token: str
    antenna: AntennaOut
    epoch: str
    # The first nonce: the kiosk presents it with its next requests (`X-Antenne-Nonce`).
    nonce: str


class PushOpIn(BaseModel):
    """One operation's envelope; its payload is checked against the entity's schema by
    `hub.service.push`, which refuses an invalid one for that operation alone."""

    model_config = ConfigDict(extra="forbid", strict=True)

    # A UUID as the kiosk writes it (`str(uuid)`): the text is the key the answer comes back by.
    op_id: str = Field(pattern=UUID_TEXT)
    entity: str = Field(pattern=r"^[a-z_]{1,64}$")
    entity_id: str = Field(min_length=1, max_length=64, pattern=PRINTABLE)
    operation: str = Field(pattern="^(insert|update|delete)$")
    payload: dict[str, Any]
    hlc: str = Field(max_length=64, pattern=PRINTABLE)
    schema_version: int = Field(ge=0, le=2**31 - 1)
    changed: list[Annotated[str, Field(pattern=r"^[a-z_][a-z0-9_]{0,63}$")]] | None = Field(
        default=None, max_length=500
    )


class PushRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

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
    400: {"model": ErrorBody, "description": "a request the hub cannot read; unknown cursor"},
    401: {"model": ErrorBody, "description": "missing, unknown or revoked device token"},
    409: {"model": ErrorBody, "description": "token used by another machine; hub too old"},
    422: {"model": ErrorBody, "description": "a field is invalid (named in the message)"},
    426: {"model": ErrorBody, "description": "kiosk too old: update it, keep the outbox"},
}
BODY_ERRORS: dict[int | str, dict[str, Any]] = {
    413: {"model": ErrorBody, "description": "body beyond the hub's limits (sent or inflated)"},
    415: {"model": ErrorBody, "description": "not JSON, or an encoding other than gzip"},
}

Model = TypeVar("Model", bound=BaseModel)


def _body_of(model: type[BaseModel]) -> dict[str, Any]:
    """The OpenAPI request body of an endpoint that reads its body itself (its model's schema
    is added to the components by `document_bodies`)."""
    return {
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": {"$ref": f"#/components/schemas/{model.__name__}"}}
            },
        }
    }


def document_bodies(openapi: dict[str, Any]) -> dict[str, Any]:
    """Add the models of the bodies endpoints read themselves to an OpenAPI document."""
    schemas = openapi.setdefault("components", {}).setdefault("schemas", {})
    for model in (EnrollRequest, PushRequest):
        schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
        schemas.update(schema.pop("$defs", {}))
        schemas[model.__name__] = schema
    return openapi


def _validated(model: type[Model], data: Any) -> Model:
    try:
        return model.model_validate(data)
    except ValidationError as error:
        raise HubError(
            422, ErrorCode.bad_request, describe_errors(error.errors(include_input=False))
        ) from None


async def settings_of(request: Request) -> HubSettings:
    settings: HubSettings = request.app.state.settings
    return settings


async def database_of(request: Request) -> HubDatabase:
    database: HubDatabase = request.app.state.database
    return database


async def clock_of(request: Request) -> HybridClock:
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


async def kiosk_headers(
    *,
    settings: Annotated[HubSettings, Depends(settings_of)],
    authorization: Annotated[str, Header(max_length=512)] = "",
    x_antenne_machine: Annotated[
        str, Header(alias=HEADER_MACHINE, max_length=128, pattern=PRINTABLE)
    ] = "",
    x_antenne_schema: Annotated[int, Header(alias=HEADER_SCHEMA, ge=0, le=2**31 - 1)] = 0,
    x_antenne_epoch: Annotated[
        str, Header(alias=HEADER_EPOCH, max_length=64, pattern=TOKEN_TEXT)
    ] = "",
    x_antenne_nonce: Annotated[
        str, Header(alias=HEADER_NONCE, max_length=64, pattern=TOKEN_TEXT)
    ] = "",
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


@router.post(
    "/enroll",
    response_model=EnrollResponse,
    responses={403: {"model": ErrorBody}, **BODY_ERRORS},
    openapi_extra=_body_of(EnrollRequest),
)
async def enroll(request: Request, database: DatabaseDep) -> Response:
    """Trade a one-time enrolment code for this kiosk's device token (shown once)."""
    raw = await read_body(request, max_bytes=ENROL_MAX_BYTES, max_inflated=ENROL_MAX_BYTES)
    return await run_in_threadpool(_enroll, raw, database)


def _enroll(raw: bytes, database: HubDatabase) -> Response:
    body = _validated(EnrollRequest, parse_json(raw))
    with database.transaction() as session:
        done = enrolment.enroll(
            session, code=body.code, machine_id=body.machine_id, node_id=body.node_id
        )
        answer = EnrollResponse(
            device_id=str(done.device.id),
            token=done.token,
            antenna=AntennaOut(
                id=str(done.antenna.id), slug=done.antenna.slug, name=done.antenna.name
            ),
            epoch=done.epoch,
            nonce=done.device.nonce,
        )
    return _json(answer)


def _json(answer: BaseModel) -> Response:
    return Response(answer.model_dump_json().encode("utf-8"), media_type="application/json")


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
                pushing=pushing,
            )
            yield session, device
    except CloneDetectedError as clone:
        _flag(database, clone)
        raise


def _flag(database: HubDatabase, clone: CloneDetectedError) -> None:
    with database.transaction() as session:
        enrolment.flag_clone(session, clone.device_id)


def _check_before_reading(database: HubDatabase, kiosk: Kiosk, settings: HubSettings) -> None:
    """`enrolment.check_token`, in one round trip (no transaction: it only reads)."""
    try:
        with (
            database.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as bind,
            Session(bind) as session,
        ):
            enrolment.check_token(
                session,
                token=kiosk.token,
                machine_id=kiosk.machine_id,
                clone_window=timedelta(seconds=settings.clone_window_s),
                nonce=kiosk.nonce,
            )
    except CloneDetectedError as clone:
        _flag(database, clone)
        raise


@router.post(
    "/push",
    response_model=PushResponse,
    responses={**ERRORS, **BODY_ERRORS},
    openapi_extra=_body_of(PushRequest),
)
async def push(
    request: Request,
    kiosk: KioskDep,
    settings: SettingsDep,
    database: DatabaseDep,
    clock: ClockDep,
) -> Response:
    """Apply a batch of outbox operations, each exactly once, and answer for each."""
    # Authenticate, then read: a request that may not push never gets its body read.
    await run_in_threadpool(_check_before_reading, database, kiosk, settings)
    raw = await read_body(
        request, max_bytes=settings.max_body_bytes, max_inflated=settings.max_inflated_bytes
    )
    # Parsing, validating and applying a batch take a while: off the event loop.
    return await run_in_threadpool(_push, raw, kiosk, settings, database, clock)


def _push(
    raw: bytes, kiosk: Kiosk, settings: HubSettings, database: HubDatabase, clock: HybridClock
) -> Response:
    body = _validated(PushRequest, parse_json(raw))
    ops = [PushOp(**dict(op)) for op in body.ops]
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
            hold_hours=settings.session_hold_hours,
            public_url=settings.public_url,
        )
        epoch = current_epoch(session)
        nonce = device.nonce
    return _json(
        PushResponse(
            results=[OpResultOut(**result.to_json()) for result in outcome.results],
            epoch=epoch,
            hub_time_ms=_utc_ms(utcnow()),
            clock_warning=outcome.clock_warning,
            clock_ahead_ms=outcome.clock_ahead_ms,
            nonce=nonce,
        )
    )


@router.get("/changes", response_model=PullResponse, responses=ERRORS)
def changes(
    kiosk: KioskDep,
    settings: SettingsDep,
    database: DatabaseDep,
    after: Annotated[str, Query(max_length=64, pattern=r"^([0-9]{1,19}\.[0-9]{1,19})?$")] = "",
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
