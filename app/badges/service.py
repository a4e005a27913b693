"""Issue, verify and revoke QR badges (docs/architecture.md, "Badges").

A badge is a random token printed as a QR code; the database keeps only its SHA-256. Issuing a
badge revokes the person's previous ones in the same transaction, so a person has at most one
badge that works. A visitor badge works on the local day it was printed for (in the antenne's
`config.timezone`); other badges work until revoked.

`verify_badge` runs on every scan: one statement, an indexed lookup of the token's hash joined
to the person's row by primary key.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import Select, bindparam, exists, select
from sqlalchemy.orm import Session

from app import log
from app.badges.errors import (
    ExpiredBadgeError,
    RevokedBadgeError,
    UnknownBadgeError,
)
from app.badges.tokens import new_token, normalise_token, token_hash
from app.badges.types import BadgeHolder, BadgeInfo, IssuedBadge, Printed, Role
from app.changes import NOTHING, Changes, Entity
from app.clock import utcnow, uuid7
from app.context import AppContext
from app.errors import QT_TRANSLATE_NOOP, InvalidInputError, Message, NotFoundError
from app.events import BadgeIssued
from app.localtime import local_day, zone
from db.models import (
    Antenna,
    Badge,
    BadgeLayout,
    FacilitatorAccount,
    Person,
    PersonKind,
    Signup,
    SignupStatus,
)
from db.models import Session as SessionModel

__all__ = [
    "active_badge",
    "badge_holder",
    "badge_photo",
    "issue_badge",
    "issue_badge_pdf",
    "issue_badges",
    "people_of_session",
    "print_badge",
    "print_badges",
    "revoke_badges",
    "verify_badge",
]

CONTEXT = "Badges"
LAYOUTS = tuple(layout.value for layout in BadgeLayout)
# Sign-ups whose people get a badge in a session's batch.
_BATCH_STATUSES = (SignupStatus.confirmed, SignupStatus.attended)
# Stay well below SQLite's limit on bound parameters in one `IN (...)`.
_CHUNK = 500


# -- Scanning ---------------------------------------------------------------------------------


def verify_badge(ctx: AppContext, raw: str, *, now: datetime | None = None) -> BadgeHolder:
    """The person whose badge was scanned (or typed) as `raw`.

    Raises `MalformedBadgeError` (not a token, even after repairing keyboard-layout damage),
    `UnknownBadgeError` (no badge of this kiosk, or its person was erased), `RevokedBadgeError`
    (replaced, lost or withdrawn: says when) or `ExpiredBadgeError` (a visitor badge of another
    day). `now` is for tests; the day is taken in the antenne's timezone.
    """
    digest = token_hash(normalise_token(raw))
    with ctx.db.session() as session:
        row = session.execute(_verify_statement(), {"token_hash": digest}).first()
    if row is None or row.badge_deleted_at is not None or row.person_deleted_at is not None:
        raise UnknownBadgeError()
    antenne = zone(ctx)
    if row.revoked_at is not None:
        raise RevokedBadgeError(
            revoked_at=row.revoked_at,
            revoked_on=row.revoked_at.astimezone(antenne).date(),
            reason=row.revoked_reason,
        )
    if row.valid_on is not None and row.valid_on != (now or utcnow()).astimezone(antenne).date():
        raise ExpiredBadgeError(valid_on=row.valid_on)
    return _holder(row)


@cache
def _verify_statement() -> Select[Any]:
    # Built once: constructing and compiling the statement costs more than running it.
    return (
        select(
            Badge.revoked_at,
            Badge.revoked_reason,
            Badge.valid_on,
            Badge.deleted_at.label("badge_deleted_at"),
            Person.deleted_at.label("person_deleted_at"),
            *_holder_columns(),
        )
        .join(Person, Person.id == Badge.person_id)
        .outerjoin(Antenna, Antenna.id == Person.antenna_id)
        .where(Badge.token_hash == bindparam("token_hash"))
    )


# -- Issuing and revoking ---------------------------------------------------------------------


def issue_badge(
    ctx: AppContext,
    person_id: uuid.UUID,
    *,
    layout: str | None = None,
    reason: str = "reprint",
    now: datetime | None = None,
) -> IssuedBadge:
    """A new badge for the person, revoking their previous ones (for `reason`).

    `layout` defaults to the configured one. The returned token is the only copy there is:
    print it, never store it.
    """
    return issue_badges(ctx, [person_id], layout=layout, reason=reason, now=now)[0]


def issue_badges(
    ctx: AppContext,
    person_ids: Iterable[uuid.UUID],
    *,
    layout: str | None = None,
    reason: str = "reprint",
    now: datetime | None = None,
) -> list[IssuedBadge]:
    """New badges for several people (a batch to print), in one transaction, in the order
    given (each person once). Fails as a whole if one person is unknown."""
    return _issue(ctx, person_ids, layout=layout, reason=reason, now=now)[0]


def issue_badge_pdf(
    ctx: AppContext,
    person_ids: Iterable[uuid.UUID],
    *,
    layout: str | None = None,
    reason: str = "reprint",
) -> tuple[list[IssuedBadge], bytes]:
    """New badges for the people and the PDF that prints them (`antenne badge issue|batch`
    write it to a file). Nothing is issued for nobody: the list is then empty."""
    issued = issue_badges(ctx, person_ids, layout=layout, reason=reason)
    return issued, badges_pdf(ctx, issued) if issued else b""


def print_badge(
    ctx: AppContext,
    person_id: uuid.UUID,
    *,
    layout: str | None = None,
    reason: str = "reprint",
    actor: uuid.UUID | None = None,
) -> Printed:
    """Issue the person a new badge and print it (revoking their previous one).

    A facilitator's print (`actor`) is audited in the issue's transaction ("badge_print", or
    "badge_reprint" when a badge stopped working). When the printer fails, the result carries
    the new token, for the kiosk to show as a QR code that works like the badge.
    """

    def audit(session: Session, _issued: list[IssuedBadge], revoked: int) -> uuid.UUID:
        from app.audit import record_audit_in

        return record_audit_in(
            session,
            actor=actor,
            action="badge_reprint" if revoked else "badge_print",
            target=f"person:{person_id}",
            details={
                "layout": check_layout(layout or ctx.config.badge_layout).value,
                "printed": False,
            },
        )

    issued, audit_id = _issue(
        ctx, [person_id], layout=layout, reason=reason, audit=audit if actor else None
    )
    return _print(ctx, issued, title="badge", audit_id=audit_id)


def print_badges(
    ctx: AppContext,
    person_ids: Iterable[uuid.UUID],
    *,
    layout: str,
    actor: uuid.UUID | None = None,
) -> Printed:
    """Issue new badges to several people and print them on one sheet (a batch), audited
    ("badge_batch") in the issue's transaction when a facilitator prints them."""

    def audit(session: Session, issued: list[IssuedBadge], _revoked: int) -> uuid.UUID:
        from app.audit import record_audit_in

        return record_audit_in(
            session,
            actor=actor,
            action="badge_batch",
            details={"count": len(issued), "layout": layout, "printed": False},
        )

    issued, audit_id = _issue(ctx, person_ids, layout=layout, audit=audit if actor else None)
    if not issued:
        raise InvalidInputError(
            Message(CONTEXT, QT_TRANSLATE_NOOP("Badges", "There is no badge to print."))
        )
    return _print(ctx, issued, title="badges", audit_id=audit_id)


def badges_pdf(ctx: AppContext, issued: Sequence[IssuedBadge]) -> bytes:
    """The PDF of badges just issued, in their layout, with the photos their holders agreed to."""
    from app.badges.pdf import card_for, render_badges

    today = local_day(ctx)
    cards = [
        card_for(badge, photo=badge_photo(ctx, badge.holder.person_id), today=today)
        for badge in issued
    ]
    return render_badges(cards, issued[0].layout)


# What a print writes to the audit log, in the issue's transaction: (session, the badges
# issued, how many badges stopped working) → the entry's id.
_Audit = Callable[[Session, list[IssuedBadge], int], uuid.UUID]


def _issue(
    ctx: AppContext,
    person_ids: Iterable[uuid.UUID],
    *,
    layout: str | None = None,
    reason: str = "reprint",
    now: datetime | None = None,
    audit: _Audit | None = None,
) -> tuple[list[IssuedBadge], uuid.UUID | None]:
    """Issue in one transaction, with the audit entry if any; returns the entry's id."""
    chosen = check_layout(layout or ctx.config.badge_layout)
    ids = list(dict.fromkeys(person_ids))
    if not ids:
        return [], None
    now = now or utcnow()
    today = local_day(ctx, now)
    issued: list[IssuedBadge] = []
    changes = Changes.of(Entity.BADGE, Entity.AUDIT_ENTRY) if audit else Changes.of(Entity.BADGE)
    with ctx.db.transaction() as session:
        holders = _holders(session, ids)
        for person_id in ids:
            if person_id not in holders:
                raise _no_such_person(person_id)
        revoked = _revoke_active(session, ids, now=now, reason=reason)
        for person_id in ids:
            holder = holders[person_id]
            token = new_token()
            valid_on = today if holder.role == "visitor" else None
            badge = Badge(
                id=uuid7(),
                person_id=person_id,
                token_hash=token_hash(token),
                layout=chosen,
                issued_at=now,
                valid_on=valid_on,
            )
            session.add(badge)
            issued.append(
                IssuedBadge(
                    holder=holder,
                    token=token,
                    layout=chosen.value,
                    badge_id=badge.id,
                    valid_on=valid_on,
                    changes=changes,
                )
            )
        audit_id = audit(session, issued, revoked) if audit else None
    for badge_info in issued:
        log.misc.info(
            "badge %s issued to person %s (%s)",
            badge_info.badge_id,
            badge_info.holder.person_id,
            chosen.value,
        )
    for badge_info in issued:
        ctx.events.publish(
            ctx, BadgeIssued(person_id=badge_info.holder.person_id, role=badge_info.holder.role)
        )
    return issued, audit_id


def _print(
    ctx: AppContext, issued: list[IssuedBadge], *, title: str, audit_id: uuid.UUID | None
) -> Printed:
    from app.audit import add_audit_details
    from app.printing.service import print_badge_pdf

    outcome = print_badge_pdf(ctx, badges_pdf(ctx, issued), layout=issued[0].layout, title=title)
    if audit_id is not None and outcome.printed:
        # Written as not printed with the badge: corrected once the printer took it.
        add_audit_details(ctx, audit_id, {"printed": True})
    one = issued[0] if len(issued) == 1 and title == "badge" else None
    return Printed(
        outcome=outcome,
        token=one.token if one is not None and not outcome.printed else "",
        first_name=one.holder.first_name if one is not None else "",
        count=len(issued),
        changes=issued[0].changes,
    )


def revoke_badges(
    ctx: AppContext,
    person_id: uuid.UUID,
    *,
    reason: str = "lost",
    actor: uuid.UUID | None = None,
    now: datetime | None = None,
) -> Changes:
    """Make every badge of the person stop working (a lost badge: one tap); a facilitator's
    tap (`actor`) is audited ("badge_revoke") in the same transaction."""
    with ctx.db.transaction() as session:
        if not _holders(session, [person_id]):
            raise _no_such_person(person_id)
        revoked = _revoke_active(session, [person_id], now=now or utcnow(), reason=reason)
        if actor is not None:
            from app.audit import record_audit_in

            record_audit_in(
                session, actor=actor, action="badge_revoke", target=f"person:{person_id}"
            )
    audited = Changes.of(Entity.AUDIT_ENTRY) if actor is not None else NOTHING
    if revoked:
        log.misc.info("%d badge(s) of person %s revoked (%s)", revoked, person_id, reason)
        return Changes.of(Entity.BADGE) | audited
    return audited


def _revoke_active(
    session: Session, person_ids: Sequence[uuid.UUID], *, now: datetime, reason: str
) -> int:
    # Through the ORM, not a Core UPDATE: every revocation must reach the outbox.
    count = 0
    for chunk in _chunks(person_ids):
        badges = session.scalars(
            select(Badge).where(
                Badge.person_id.in_(chunk),
                Badge.revoked_at.is_(None),
                Badge.deleted_at.is_(None),
            )
        )
        for badge in badges:
            badge.revoked_at = now
            badge.revoked_reason = reason
            count += 1
    return count


# -- Reading ----------------------------------------------------------------------------------


def active_badge(ctx: AppContext, person_id: uuid.UUID) -> BadgeInfo | None:
    """The person's working badge, if any (an expired visitor badge still shows, with its day)."""
    with ctx.db.session() as session:
        badge = session.scalars(
            select(Badge)
            .where(
                Badge.person_id == person_id,
                Badge.revoked_at.is_(None),
                Badge.deleted_at.is_(None),
            )
            .order_by(Badge.issued_at.desc(), Badge.id.desc())
            .limit(1)
        ).first()
        if badge is None:
            return None
        return BadgeInfo(
            badge_id=badge.id,
            issued_at=badge.issued_at,
            layout=badge.layout.value,
            valid_on=badge.valid_on,
        )


def badge_holder(ctx: AppContext, person_id: uuid.UUID) -> BadgeHolder:
    """The person as a badge would show them (for a preview before printing)."""
    with ctx.db.session() as session:
        holders = _holders(session, [person_id])
    if person_id not in holders:
        raise _no_such_person(person_id)
    return holders[person_id]


def badge_photo(ctx: AppContext, person_id: uuid.UUID) -> bytes | None:
    """The person's photo for their badge: only if they consented to it."""
    with ctx.db.session() as session:
        row = session.execute(
            select(Person.photo, Person.photo_consent).where(Person.id == person_id)
        ).first()
    if row is None or not row.photo_consent or not row.photo:
        return None
    return bytes(row.photo)


def people_of_session(ctx: AppContext, session_id: uuid.UUID) -> list[uuid.UUID]:
    """Everyone confirmed for (or present at) a session, in list order (last, first name)."""
    with ctx.db.session() as session:
        if session.get(SessionModel, session_id) is None:
            raise NotFoundError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP("Badges", "No session with id {id}."),
                    {"id": str(session_id)},
                )
            )
        return list(
            session.scalars(
                select(Signup.person_id)
                .join(Person, Person.id == Signup.person_id)
                .where(
                    Signup.session_id == session_id,
                    Signup.status.in_(_BATCH_STATUSES),
                    Signup.deleted_at.is_(None),
                    Person.deleted_at.is_(None),
                )
                .order_by(Person.search_last, Person.search_first, Person.id)
            )
        )


def check_layout(layout: str) -> BadgeLayout:
    """The layout named `layout`, or `InvalidInputError` listing the known ones."""
    try:
        return BadgeLayout(layout)
    except ValueError:
        raise InvalidInputError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("Badges", "Unknown badge layout {layout}: use one of {known}."),
                {"layout": layout, "known": ", ".join(LAYOUTS)},
            )
        ) from None


# -- Internals --------------------------------------------------------------------------------


def _facilitator_exists() -> Any:
    return (
        exists()
        .where(
            FacilitatorAccount.person_id == Person.id,
            FacilitatorAccount.active.is_(True),
            FacilitatorAccount.deleted_at.is_(None),
        )
        .label("is_facilitator")
    )


def _holder_columns() -> tuple[Any, ...]:
    return (
        Person.id,
        Person.first_name,
        Person.last_name,
        Person.kind,
        Person.language,
        Person.member_since,
        Person.shareholder_since,
        Antenna.name.label("antenna"),
        _facilitator_exists(),
    )


def role_of(
    *, kind: PersonKind, is_member: bool, is_shareholder: bool, is_facilitator: bool
) -> Role:
    """What the badge says the person is (see `BadgeHolder`)."""
    if is_facilitator:
        return "facilitator"
    if is_shareholder:
        return "shareholder"
    if is_member or kind is PersonKind.staff:
        return "member"
    return "visitor"


def _holder(row: Any) -> BadgeHolder:
    kind = PersonKind(row.kind)
    is_member = kind is PersonKind.member or row.member_since is not None
    is_shareholder = row.shareholder_since is not None
    return BadgeHolder(
        person_id=row.id,
        first_name=row.first_name,
        last_name=row.last_name,
        kind=kind.value,
        language=row.language,
        antenna=row.antenna or "",
        is_member=is_member,
        is_shareholder=is_shareholder,
        role=role_of(
            kind=kind,
            is_member=is_member,
            is_shareholder=is_shareholder,
            is_facilitator=bool(row.is_facilitator),
        ),
    )


def _holders(session: Session, person_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, BadgeHolder]:
    """Live people among `person_ids`, as badge holders."""
    found: dict[uuid.UUID, BadgeHolder] = {}
    for chunk in _chunks(person_ids):
        statement = (
            select(*_holder_columns())
            .outerjoin(Antenna, Antenna.id == Person.antenna_id)
            .where(Person.id.in_(chunk), Person.deleted_at.is_(None))
        )
        for row in session.execute(statement):
            found[row.id] = _holder(row)
    return found


def _chunks(items: Sequence[uuid.UUID]) -> Iterable[Sequence[uuid.UUID]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _no_such_person(person_id: uuid.UUID) -> NotFoundError:
    return NotFoundError(
        Message(
            CONTEXT,
            QT_TRANSLATE_NOOP("Badges", "No person with id {id}."),
            {"id": str(person_id)},
        )
    )
