"""Checking a vote again: the ledger's chain; the vote as it stands against the facts sealed
when it opened and closed (each difference names the fact); its status and reveal against the
entries that exist; the box against the digest sealed at close; the tally recomputed; the named
ballots against the box. Pure reads.

What the minutes, the projector and `antenne vote results` print comes from the vote's rows;
verify is what ties those rows to the ledger, whose final hash the minutes carry
(docs/architecture.md, "Secrecy and integrity").
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.context import AppContext
from app.digests import canonical
from app.errors import QT_TRANSLATE_NOOP, Message
from app.voting import ledger
from app.voting.service._common import _message, _vote
from app.voting.service._figures import _result_digest, _results
from app.voting.service._sealed import closing_facts, opening_facts
from db.models import Ballot, LedgerEntry, NamedBallot, Vote, VoteStatus

# One sentence per fact sealed when the vote opened, naming it.
OPENING = {
    "title": QT_TRANSLATE_NOOP(
        "Voting", "The vote's title differs from the one sealed when it opened."
    ),
    "question": QT_TRANSLATE_NOOP(
        "Voting", "The vote's question differs from the one sealed when it opened."
    ),
    "language": QT_TRANSLATE_NOOP(
        "Voting", "The vote's language differs from the one sealed when it opened."
    ),
    "translations": QT_TRANSLATE_NOOP(
        "Voting",
        "The vote's title or question in another language differs from the one sealed when it "
        "opened.",
    ),
    "method": QT_TRANSLATE_NOOP(
        "Voting", "The voting method differs from the one sealed when the vote opened."
    ),
    "level": QT_TRANSLATE_NOOP(
        "Voting", "The participation level differs from the one sealed when the vote opened."
    ),
    "channels": QT_TRANSLATE_NOOP(
        "Voting", "The ways to vote (channels) differ from those sealed when the vote opened."
    ),
    "secret": QT_TRANSLATE_NOOP(
        "Voting", "Whether the vote is secret differs from what was sealed when it opened."
    ),
    "body": QT_TRANSLATE_NOOP(
        "Voting", "The body that votes, or its name, differs from the one sealed when it opened."
    ),
    "opened_at": QT_TRANSLATE_NOOP(
        "Voting", "The vote's opening time differs from the one sealed when it opened."
    ),
    "closes_at": QT_TRANSLATE_NOOP(
        "Voting", "The vote's deadline differs from the one sealed when it opened."
    ),
}
OPTIONS = QT_TRANSLATE_NOOP(
    "Voting", "The vote has {count} options; {sealed} were sealed when it opened."
)
# Per option ({number} counts from 1; {sealed} is the name sealed).
OPTION = {
    "position": QT_TRANSLATE_NOOP(
        "Voting", "Option {number} ({sealed}) was moved since the vote opened."
    ),
    "label": QT_TRANSLATE_NOOP(
        "Voting", "The name of option {number} differs from the one sealed ({sealed})."
    ),
    "description": QT_TRANSLATE_NOOP(
        "Voting", "The description of option {number} ({sealed}) differs from the one sealed."
    ),
    "translations": QT_TRANSLATE_NOOP(
        "Voting",
        "The name or description of option {number} ({sealed}) in another language differs "
        "from the one sealed.",
    ),
    "cost": QT_TRANSLATE_NOOP(
        "Voting", "The cost of option {number} ({sealed}) differs from the one sealed."
    ),
    "picture": QT_TRANSLATE_NOOP(
        "Voting", "The picture of option {number} ({sealed}) differs from the one sealed."
    ),
}
# Per rule, the rules a person reads on the minutes by their name; any other by its key.
RULES = {
    "rules.threshold": QT_TRANSLATE_NOOP(
        "Voting", "The majority required differs from the one sealed when the vote opened."
    ),
    "rules.base": QT_TRANSLATE_NOOP(
        "Voting", "The base of the majority differs from the one sealed when the vote opened."
    ),
    "rules.quorum": QT_TRANSLATE_NOOP(
        "Voting", "The quorum differs from the one sealed when the vote opened."
    ),
    "budget": QT_TRANSLATE_NOOP(
        "Voting", "The budget differs from the one sealed when the vote opened."
    ),
    "rule": QT_TRANSLATE_NOOP(
        "Voting", "The budget's counting rule differs from the one sealed when the vote opened."
    ),
}
OTHER_RULE = QT_TRANSLATE_NOOP(
    "Voting", "The rule “{rule}” differs from the one sealed when the vote opened."
)
# One sentence per fact sealed at close, naming it ({now} as it stands, {sealed} as sealed).
CLOSING = {
    "closed_at": QT_TRANSLATE_NOOP(
        "Voting", "The vote's closing time differs from the one sealed at close."
    ),
    "turnout.entitled": QT_TRANSLATE_NOOP(
        "Voting", "Entitled to vote: {now}; {sealed} were sealed at close."
    ),
    "turnout.present": QT_TRANSLATE_NOOP(
        "Voting", "Present: {now}; {sealed} were sealed at close."
    ),
    "turnout.represented": QT_TRANSLATE_NOOP(
        "Voting", "Represented by proxy: {now}; {sealed} were sealed at close."
    ),
    "turnout.voted": QT_TRANSLATE_NOOP("Voting", "Voted: {now}; {sealed} were sealed at close."),
    "turnout.by_channel": QT_TRANSLATE_NOOP(
        "Voting", "Votes by channel: {now}; {sealed} were sealed at close."
    ),
    "roll.people": QT_TRANSLATE_NOOP(
        "Voting", "The voter roll holds {now} people; {sealed} were sealed at close."
    ),
    "roll.voted": QT_TRANSLATE_NOOP(
        "Voting", "The voter roll says {now} people voted; {sealed} were sealed at close."
    ),
    "proxies": QT_TRANSLATE_NOOP("Voting", "Proxies: {now}; {sealed} were sealed at close."),
    "codes.issued": QT_TRANSLATE_NOOP(
        "Voting", "Phone codes issued: {now}; {sealed} were sealed at close."
    ),
    "codes.used": QT_TRANSLATE_NOOP(
        "Voting", "Phone codes used: {now}; {sealed} were sealed at close."
    ),
    "analog": QT_TRANSLATE_NOOP(
        "Voting", "The counts of hands or paper differ from those sealed at close."
    ),
}


def verify(ctx: AppContext, vote_id: uuid.UUID) -> list[Message]:
    """Recompute the chain, compare the vote with the facts its ledger sealed, recompute the
    ballot box digest and the tally; what differs (empty: intact)."""
    with ctx.db.transaction() as session:
        vote = _vote(session, vote_id)
        entries = ledger.entries_of(session, vote.id)
        problems = ledger.check_chain(entries)
        problems += _status_problems(vote, entries)
        opened = _last(entries, "opened")
        if opened is not None:
            problems += _opening_problems(opening_facts(session, vote), opened.payload)
        closed = _last(entries, "closed")
        if closed is None:
            if vote.status in (VoteStatus.closed, VoteStatus.published):
                problems.append(
                    _message(QT_TRANSLATE_NOOP("Voting", "The ledger does not record the close."))
                )
            return problems
        sealed = closed.payload
        entitled = _sealed_entitled(vote, sealed)
        problems += _closing_problems(closing_facts(session, vote, entitled=entitled), sealed)
        problems += _box_problems(session, vote, entries, sealed, entitled=entitled)
        return problems


def _last(entries: Sequence[LedgerEntry], kind: str) -> LedgerEntry | None:
    return next((entry for entry in reversed(entries) if entry.kind == kind), None)


def _status_problems(vote: Vote, entries: Sequence[LedgerEntry]) -> list[Message]:
    """The status and the reveal follow from the entries: opened, closed, published, revealed."""
    kinds = {entry.kind for entry in entries}
    status = VoteStatus.draft
    for kind, after in (
        ("opened", VoteStatus.open),
        ("closed", VoteStatus.closed),
        ("published", VoteStatus.published),
    ):
        if kind in kinds:
            status = after
    problems = []
    if vote.status is not status:
        problems.append(
            _message(
                QT_TRANSLATE_NOOP(
                    "Voting", "The vote is marked {status}; its ledger says {sealed}."
                ),
                status=vote.status.value,
                sealed=status.value,
            )
        )
    if bool(vote.rules.get("revealed")) != ("revealed" in kinds):
        problems.append(
            _message(
                QT_TRANSLATE_NOOP(
                    "Voting", "Whether the results were revealed differs from what the ledger says."
                )
            )
        )
    return problems


def _opening_problems(now: Mapping[str, Any], sealed: Mapping[str, Any]) -> list[Message]:
    """Each fact the `opened` entry carries against the vote as it stands (an older kiosk's
    entry carries fewer: only those are compared)."""
    problems = [
        _message(source)
        for key, source in OPENING.items()
        if key in sealed and canonical(now[key]) != canonical(sealed[key])
    ]
    if "rules" in sealed:
        problems += _rule_problems(now["rules"], sealed["rules"])
    if "options" in sealed:
        problems += _option_problems(now["options"], sealed["options"])
    return problems


def _flat(facts: Mapping[str, Any], nested: tuple[str, ...]) -> dict[str, Any]:
    """`facts` one key each, those under `nested` as dotted keys (`rules.threshold`,
    `turnout.present`…)."""
    flat: dict[str, Any] = {}
    for key, value in facts.items():
        if key in nested and isinstance(value, Mapping):
            flat.update({f"{key}.{inner}": figure for inner, figure in value.items()})
        else:
            flat[key] = value
    return flat


def _rule_problems(now: Mapping[str, Any], sealed: Any) -> list[Message]:
    kept = _flat(sealed if isinstance(sealed, Mapping) else {}, ("rules",))
    current = _flat(now, ("rules",))
    problems = []
    for key in sorted(set(current) | set(kept)):
        if canonical(current.get(key)) != canonical(kept.get(key)):
            source = RULES.get(key)
            problems.append(_message(source) if source else _message(OTHER_RULE, rule=key))
    return problems


def _option_problems(now: Sequence[Mapping[str, Any]], sealed: Any) -> list[Message]:
    kept: list[Mapping[str, Any]] = [o for o in sealed if isinstance(o, Mapping)]
    if len(now) != len(kept):
        return [_message(OPTIONS, count=len(now), sealed=len(kept))]
    problems = []
    for number, (current, option) in enumerate(zip(now, kept, strict=True), start=1):
        for key, source in OPTION.items():
            if key in option and canonical(current[key]) != canonical(option[key]):
                problems.append(_message(source, number=number, sealed=option.get("label", "")))
    return problems


def _sealed_entitled(vote: Vote, sealed: Mapping[str, Any]) -> int | None:
    """Who was entitled to vote, as sealed at close, when it cannot be counted again: members
    and shareholders are counted among the people known at close, and people come and go."""
    figure = (sealed.get("turnout") or {}).get("entitled")
    counted = vote.rules.get("eligibility") in ("members", "shareholders")
    if isinstance(figure, int) and counted and not isinstance(vote.rules.get("entitled"), int):
        return figure
    return None


def _closing_problems(now: Mapping[str, Any], sealed: Mapping[str, Any]) -> list[Message]:
    """Each fact the `closed` entry carries against the vote as it stands."""
    # Only the facts named in `CLOSING`: the box's own checks cover the ballots, the digest
    # and the weight.
    nested = ("turnout", "roll", "codes")
    current, kept = _flat(now, nested), _flat(sealed, nested)
    return [
        _message(source, now=_shown(current[key]), sealed=_shown(kept[key]))
        for key, source in CLOSING.items()
        if key in kept and canonical(current.get(key)) != canonical(kept[key])
    ]


def _shown(value: Any) -> str:
    if isinstance(value, Mapping):
        return ", ".join(f"{key} {figure}" for key, figure in sorted(value.items())) or "0"
    return str(value)


def _box_problems(
    session: Session,
    vote: Vote,
    entries: Sequence[LedgerEntry],
    sealed: Mapping[str, Any],
    *,
    entitled: int | None,
) -> list[Message]:
    """The box against its sealed digest and the ledger's cast events; the tally again."""
    problems = []
    count, digest = ledger.box_digest(session, vote.id)
    if count != sealed.get("ballots"):
        problems.append(
            _message(
                QT_TRANSLATE_NOOP(
                    "Voting", "The box holds {count} ballots; {sealed} were sealed at close."
                ),
                count=count,
                sealed=sealed.get("ballots"),
            )
        )
    if digest != sealed.get("digest"):
        problems.append(
            _message(
                QT_TRANSLATE_NOOP(
                    "Voting",
                    "The ballot box differs from the one sealed at close: a "
                    "ballot was added, removed or altered.",
                )
            )
        )
    cast_events = sum(1 for e in entries if e.kind == "ballot_cast")
    if cast_events != count:
        problems.append(
            _message(
                QT_TRANSLATE_NOOP(
                    "Voting", "The ledger records {events} ballots cast; the box holds {count}."
                ),
                events=cast_events,
                count=count,
            )
        )
    recomputed = _results(session, vote, entitled=entitled)
    if vote.result is None or canonical(recomputed) != canonical(dict(vote.result)):
        problems.append(
            _message(QT_TRANSLATE_NOOP("Voting", "Counting the box again gives other results."))
        )
    if not vote.secret and not _named_match_box(session, vote):
        problems.append(
            _message(
                QT_TRANSLATE_NOOP(
                    "Voting",
                    "The named ballots differ from the ballot box: a choice was "
                    "added, removed or altered.",
                )
            )
        )
    tallied = _last(entries, "tallied")
    if vote.result is not None and (
        tallied is None or tallied.payload.get("digest") != _result_digest(vote.result)
    ):
        problems.append(
            _message(
                QT_TRANSLATE_NOOP("Voting", "The kept results differ from those in the ledger.")
            )
        )
    return problems


def _named_match_box(session: Session, vote: Vote) -> bool:
    """In a named vote, the names and the box hold the same ballots (content and weight)."""
    box = sorted(
        canonical([row.content, row.weight])
        for row in session.execute(
            select(Ballot.content, Ballot.weight).where(Ballot.vote_id == vote.id)
        )
    )
    named = sorted(
        canonical([row.content, row.weight])
        for row in session.execute(
            select(NamedBallot.content, NamedBallot.weight).where(
                NamedBallot.vote_id == vote.id, NamedBallot.content.is_not(None)
            )
        )
    )
    return box == named


def final_hash(ctx: AppContext, vote_id: uuid.UUID) -> str:
    with ctx.db.transaction() as session:
        return ledger.last_hash(session, vote_id)
