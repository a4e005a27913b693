"""Printing a badge at the kiosk: issue, render and print in one call, audited with the issue."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from app.audit import recent_audit
from app.badges import service
from app.changes import Entity
from app.context import AppContext
from app.errors import NotFoundError
from db.models import AuditEntry, FacilitatorAccount
from tests.unit.badges.conftest import People


def facilitator(ctx: AppContext) -> uuid.UUID:
    with ctx.db.transaction() as session:
        return session.scalars(select(FacilitatorAccount.id)).one()


def audit_actions(ctx: AppContext) -> list[str]:
    with ctx.db.session() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.created_at)))


def test_a_badge_that_does_not_print_comes_back_as_a_working_token(
    ctx: AppContext, people: People
) -> None:
    printed = service.print_badge(ctx, people.member, layout="62x100")
    assert not printed.outcome.printed  # no printer configured: the PDF is kept
    assert service.verify_badge(ctx, printed.token).person_id == people.member
    assert (printed.first_name, printed.count) == ("Camille", 1)
    assert printed.token not in repr(printed)


def test_a_facilitators_print_is_audited_as_a_first_print_then_a_reprint(
    ctx: AppContext, people: People
) -> None:
    actor = facilitator(ctx)
    first = service.print_badge(ctx, people.member, actor=actor)
    second = service.print_badge(ctx, people.member, actor=actor)
    lines = recent_audit(ctx)
    assert [line.action for line in lines] == ["badge_reprint", "badge_print"]
    assert lines[0].details["printed"] is False
    assert lines[0].actor == "Inès"
    assert first.changes.concerns(Entity.AUDIT_ENTRY) and second.changes.concerns(Entity.BADGE)


def test_a_visitors_own_print_writes_no_audit(ctx: AppContext, people: People) -> None:
    printed = service.print_badge(ctx, people.visitor)
    assert audit_actions(ctx) == []
    assert not printed.changes.concerns(Entity.AUDIT_ENTRY)


def test_a_refused_print_issues_nothing_and_writes_no_audit(
    ctx: AppContext, people: People
) -> None:
    with pytest.raises(NotFoundError):
        service.print_badge(ctx, uuid.uuid4(), actor=facilitator(ctx))
    assert audit_actions(ctx) == []
    assert service.active_badge(ctx, people.member) is None


def test_a_batch_prints_on_one_sheet_audited_once(ctx: AppContext, people: People) -> None:
    printed = service.print_badges(
        ctx, [people.member, people.visitor], layout="a4-8", actor=facilitator(ctx)
    )
    assert (printed.count, printed.token, printed.outcome.printed) == (2, "", False)
    (line,) = recent_audit(ctx)
    assert (line.action, line.details["count"], line.details["printed"]) == (
        "badge_batch",
        2,
        False,
    )
    assert service.active_badge(ctx, people.visitor) is not None


def test_revoking_by_a_facilitator_is_audited_with_the_revocation(
    ctx: AppContext, people: People
) -> None:
    service.issue_badge(ctx, people.member)
    changes = service.revoke_badges(ctx, people.member, actor=facilitator(ctx))
    assert changes.concerns(Entity.BADGE) and changes.concerns(Entity.AUDIT_ENTRY)
    assert audit_actions(ctx) == ["badge_revoke"]
    with pytest.raises(NotFoundError):
        service.revoke_badges(ctx, uuid.uuid4(), actor=facilitator(ctx))
    assert audit_actions(ctx) == ["badge_revoke"]


def test_the_command_lines_pdf_holds_the_issued_badges(ctx: AppContext, people: People) -> None:
    issued, data = service.issue_badge_pdf(ctx, [people.member, people.dutch], layout="a4-8")
    assert [badge.holder.person_id for badge in issued] == [people.member, people.dutch]
    assert data.startswith(b"%PDF")
    assert audit_actions(ctx) == []
