"""What a voting action says it changed: the vote, and the audit log whenever it writes to it
(the facilitator panel's audit list refreshes on that, like the projector on the vote)."""

from __future__ import annotations

from sqlalchemy import func, select

from app.changes import Changes, Entity
from app.context import AppContext
from app.facilitators.service import add_facilitator
from app.voting import service
from app.voting.types import HandAnswer
from db.models import AuditEntry
from tests.unit.voting.conftest import Room

MOTION = {
    "title": "Modifier l'article 12 des statuts",
    "method": "motion",
    "channels": ["kiosk", "analog"],
    "secret": False,
    "body": "general-assembly",
    "level": "codecision",
}
PB = {
    "title": "Budget du quartier",
    "method": "pb",
    "level": "consultation",
    "budget": 5000,
    "options": [{"label": "Fresque", "cost": 3000}, {"label": "Jardin", "cost": 1000}],
}


def audited(ctx: AppContext, changes: Changes, before: int) -> int:
    """The entries written since `before`; `changes` names the audit log if and only if some
    were."""
    with ctx.db.session() as session:
        now = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
    assert changes.concerns(Entity.AUDIT_ENTRY) == (now > before), changes
    return now


def test_each_audited_action_names_the_audit_log(ctx: AppContext, room: Room) -> None:
    actor = add_facilitator(ctx, "Dominique", "246813").account_id
    count = audited(ctx, Changes.of(Entity.AUDIT_ENTRY), 0)  # the facilitator's addition
    pb = service.create_vote(ctx, PB, actor=actor)
    changes = service.set_option_details(ctx, pb, 0, description="Un mur.", actor=actor)
    count = audited(ctx, changes, count)

    vote_id = service.create_vote(ctx, MOTION, actor=actor)
    count += 1
    changes = service.open_vote(ctx, vote_id, actor=actor)
    assert changes.concerns(Entity.VOTE)
    count = audited(ctx, changes, count)
    holder, giver, voter = room.shareholders[:3]
    for person in (holder, voter):
        service.mark_present(ctx, vote_id, person, actor=actor)
    count += 2
    count = audited(
        ctx,
        service.record_proxy(ctx, vote_id, giver_id=giver, holder_id=holder, actor=actor),
        count,
    )
    count = audited(ctx, service.revoke_proxy(ctx, vote_id, giver_id=giver, actor=actor), count)
    answer = HandAnswer(voter_id=voter, content={"choice": "yes"})
    count = audited(ctx, service.record_named_answers(ctx, vote_id, [answer], actor=actor), count)
    service.close_vote(ctx, vote_id, actor=actor)
    count += 1
    count = audited(ctx, service.reveal_results(ctx, vote_id, actor=actor), count)
    # Revealed already: the publication writes its own entry only, and says so.
    count = audited(ctx, service.publish_results(ctx, vote_id, actor=actor), count)
    assert not service.reveal_results(ctx, vote_id, actor=actor)
