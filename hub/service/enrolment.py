"""Antennes and the devices that sync for them: enrolment codes, device tokens, and the checks
each request's token goes through.

An administrator creates an antenne (`add_antenna`) and a one-time enrolment code for it; a
kiosk trades the code for a device token (`enroll`). Every later request is `authenticate`d:
its token, its machine id (a second machine presenting the token while the first is active is
refused) and its nonce, which each push moves on: a stale nonce, or none once the device has
a chain, means two machines hold the token (a copy of the whole kiosk), and the device is
flagged (`flag_clone`) until an administrator resets it (`reset_device`). A push runs the
checks that need no body first (`check_token`), before the hub reads what it sends.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app import log
from app.clock import HybridClock, utcnow
from app.sync.protocol import ErrorCode
from hub.models import Device, EnrolmentCode, HubAntenna
from hub.service import CloneDetectedError, HubError
from hub.service.meta import current_epoch
from hub.service.publish import publish_rows

# Crockford base32 without look-alikes: codes are read aloud and typed on a touchscreen.
_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
# The device's last-seen time is written at most this often: a poll with nothing new writes
# nothing (it is only read by the clone window, counted in minutes).
LAST_SEEN_EVERY = timedelta(seconds=60)


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def add_antenna(session: Session, *, slug: str, name: str, clock: HybridClock) -> HubAntenna:
    if session.scalar(select(HubAntenna).where(HubAntenna.slug == slug)) is not None:
        raise HubError(409, ErrorCode.bad_request, f"the antenne {slug} already exists")
    antenna = HubAntenna(slug=slug, name=name)
    session.add(antenna)
    session.flush()
    now = utcnow().isoformat()
    publish_rows(
        session,
        "antenna",
        [{"id": str(antenna.id), "slug": slug, "name": name, "created_at": now}],
        clock=clock,
    )
    return antenna


def new_enrolment_code(
    session: Session, *, antenna_slug: str, ttl: timedelta = timedelta(hours=24)
) -> str:
    antenna = session.scalar(select(HubAntenna).where(HubAntenna.slug == antenna_slug))
    if antenna is None:
        raise HubError(404, ErrorCode.bad_request, f"no antenne {antenna_slug}")
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(12))
    code = f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"
    session.add(
        EnrolmentCode(
            antenna_id=antenna.id,
            code_hash=sha256_hex(_normalize_code(code)),
            expires_at=utcnow() + ttl,
        )
    )
    session.flush()
    return code


def _normalize_code(code: str) -> str:
    text = code.strip().upper().replace("-", "").replace(" ", "")
    return text.replace("O", "0").replace("I", "1").replace("L", "1")


@dataclass(frozen=True)
class Enrolment:
    device: Device
    token: str
    antenna: HubAntenna
    epoch: str


def enroll(session: Session, *, code: str, machine_id: str, node_id: str) -> Enrolment:
    """Trade a one-time code for a device token (the code is spent, even by a failed race)."""
    refused = HubError(
        403, ErrorCode.enrolment_code_refused, "enrolment code unknown, used or expired"
    )
    now = utcnow()
    entry = session.scalar(
        select(EnrolmentCode)
        .where(EnrolmentCode.code_hash == sha256_hex(_normalize_code(code)))
        .with_for_update()
    )
    if entry is None or entry.used_at is not None:
        raise refused
    if entry.expires_at <= now:
        raise HubError(403, ErrorCode.enrolment_code_refused, "enrolment code expired")
    token = secrets.token_urlsafe(32)
    device = Device(
        antenna_id=entry.antenna_id,
        node_id=node_id[:64],
        token_hash=sha256_hex(token),
        machine_id=machine_id[:128],
        last_seen_at=now,
        nonce=new_nonce(),
    )
    session.add(device)
    session.flush()
    # Spent atomically: of two kiosks racing with one code, one update finds it unused.
    spent = session.execute(
        update(EnrolmentCode)
        .where(EnrolmentCode.id == entry.id, EnrolmentCode.used_at.is_(None))
        .values(used_at=now, device_id=device.id)
    )
    if spent.rowcount != 1:  # type: ignore[attr-defined]  # an UPDATE's CursorResult has it
        raise refused
    antenna = session.get_one(HubAntenna, entry.antenna_id)
    log.sync.info("device %s enrolled for antenne %s", device.id, antenna.slug)
    return Enrolment(device=device, token=token, antenna=antenna, epoch=current_epoch(session))


def new_nonce() -> str:
    return secrets.token_urlsafe(24)


def check_token(
    session: Session, *, token: str, machine_id: str, clone_window: timedelta, nonce: str
) -> None:
    """The checks of `authenticate` that need no request body, read only: a push runs them
    before it reads its body, so that a request without a valid token, from a second machine
    or with a stale nonce never makes the hub read (and inflate) what it sends. A stale nonce
    raises `CloneDetectedError` as in `authenticate`; the nonce before the last one passes
    here, and `authenticate` decides once the push's operations are known."""
    device = _device(session, token, lock=False)
    _check_machine(device, machine_id, clone_window, utcnow())
    if device.nonce and (not nonce or nonce not in (device.nonce, device.nonce_before)):
        raise _stale(device)


def authenticate(
    session: Session,
    *,
    token: str,
    machine_id: str,
    clone_window: timedelta,
    nonce: str = "",
    pushing: Sequence[str] | None = None,
) -> Device:
    """The device holding `token`, refusing a second machine while the first is active and a
    stale or missing nonce (a copy of the whole machine, see `Device`).

    `pushing` (the op ids of a push) makes this an exchange that moves the nonce on: the device
    gets a new `nonce`, which the answer carries. A push presenting the nonce before the last
    one is the retry of a push whose answer was lost (or of a kiosk killed before it stored the
    answer) when it carries that push's first operation again: it is answered with the same
    last nonce. A pull may present either of the two.

    The kiosk's epoch plays no part here: a chain is restarted only by an administrator
    (`reset_device`) or with every device's when the hub's epoch is renewed after a restore
    (`meta.rotate_epoch`), never by what a request says."""
    device = _device(session, token, lock=pushing is not None)
    now = utcnow()
    _check_machine(device, machine_id, clone_window, now)
    _check_nonce(device, nonce, pushing)
    if device.machine_id != machine_id[:128]:
        device.machine_id = machine_id[:128]
    if device.last_seen_at is None or now - device.last_seen_at >= LAST_SEEN_EVERY:
        device.last_seen_at = now
    return device


def _device(session: Session, token: str, *, lock: bool) -> Device:
    if not token:
        raise HubError(401, ErrorCode.unauthenticated, "missing device token")
    query = select(Device).where(Device.token_hash == sha256_hex(token))
    if lock:
        query = query.with_for_update()
    device = session.scalar(query)
    if device is None or device.revoked_at is not None:
        raise HubError(401, ErrorCode.unauthenticated, "unknown or revoked device token")
    if device.clone_detected_at is not None:
        raise CloneDetectedError(device.id)
    return device


def _check_machine(device: Device, machine_id: str, clone_window: timedelta, now: datetime) -> None:
    if (
        machine_id != device.machine_id
        and device.machine_id
        and device.last_seen_at is not None
        and now - device.last_seen_at < clone_window
    ):
        log.sync.warning("device %s presented by a second machine: refused", device.id)
        raise HubError(
            409,
            ErrorCode.device_in_use_elsewhere,
            "this device token is in use on another machine (a cloned kiosk?)",
        )


def _check_nonce(device: Device, presented: str, pushing: Sequence[str] | None) -> None:
    if not device.nonce:
        # No chain yet (reset by an administrator, or every device's after a restore): a push
        # presenting the kiosk's nonce starts one. A kiosk older than nonces presents none; it
        # is checked by its machine id only (its copies on other hardware are still refused).
        if pushing and presented:
            device.nonce_before, device.nonce = presented, new_nonce()
            device.nonce_op_id = min(pushing)
        return
    # Once there is a chain, a request without a nonce is a copy like one with a stale nonce:
    # a kiosk stores and presents the last one it received.
    if presented and presented == device.nonce:
        if pushing:
            device.nonce_before, device.nonce = presented, new_nonce()
            device.nonce_op_id = min(pushing)
        return
    if (
        presented
        and presented == device.nonce_before
        and (pushing is None or device.nonce_op_id in pushing)
    ):
        return  # not stored yet by the kiosk: answered with the same last nonce
    raise _stale(device)


def _stale(device: Device) -> CloneDetectedError:
    log.sync.warning("device %s presented a stale or no nonce: a copy of the kiosk", device.id)
    return CloneDetectedError(device.id)


def flag_clone(session: Session, device_id: uuid.UUID) -> None:
    """Stop syncing with a device whose token two machines hold (until `reset_device`)."""
    device = session.get(Device, device_id, with_for_update=True)
    if device is not None and device.clone_detected_at is None:
        device.clone_detected_at = utcnow()
        log.sync.warning("device %s flagged as cloned", device_id)


def reset_device(session: Session, device_id: str) -> Device:
    """An administrator's answer to a flagged device: clear the flag and the nonce chain; the
    next kiosk that pushes with the token starts a new chain (switch the copy off first)."""
    try:
        key = uuid.UUID(device_id)
    except ValueError:
        raise HubError(404, ErrorCode.bad_request, f"no device {device_id}") from None
    device = session.get(Device, key, with_for_update=True)
    if device is None:
        raise HubError(404, ErrorCode.bad_request, f"no device {device_id}")
    device.clone_detected_at = None
    device.nonce = device.nonce_before = device.nonce_op_id = ""
    log.sync.warning("device %s reset by an administrator", device.id)
    return device


def list_devices(session: Session) -> list[tuple[Device, str]]:
    """Every device with its antenne's slug, oldest first."""
    rows = session.execute(
        select(Device, HubAntenna.slug)
        .join(HubAntenna, HubAntenna.id == Device.antenna_id)
        .order_by(Device.enrolled_at)
    )
    return [(device, slug) for device, slug in rows]
