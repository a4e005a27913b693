"""Live votes: create, open, roll call and proxies, ballots on every channel, close, results.

Everything is in the database, so a vote survives a restart at every step (draft → open →
closed → published; results are revealed between closing and publishing).

One member, one vote, across channels: the voter roll (`VoterRoll`) says who may vote and
whether they did. Casting at the booth flips the person's roll row and inserts the ballot in
ONE transaction, the flip first (`UPDATE … WHERE has_voted = 0`, so two channels racing for the
same person cannot both win). A phone code is handed to a person after their badge scan: the
roll row is flipped when the code is issued, and the code itself is linked to nobody. Codes
printed on slips (rooms without badges) are linked to nobody either; the facilitator hands one
to each person present. A proxy holder casts one separate ballot per proxy.

Ballots are checked by the tally engine's own validation before they are stored; the box holds
exactly the engine's ballot form (`{"choice": "yes"}`, `{"ranking": [...]}`, ...).
"""

from __future__ import annotations

import hashlib
import json
import secrets
import uuid
from collections.abc import Collection, Mapping, Sequence
from datetime import timedelta
from typing import Any

from sqlalchemy import exists, func, select, update
from sqlalchemy.orm import Session

from app import log
from app.changes import Changes, Entity
from app.clock import utcnow
from app.context import AppContext
from app.digests import canonical
from app.errors import QT_TRANSLATE_NOOP, InvalidInputError, Message, NotFoundError
from app.events import VoteCast
from app.voting import ledger
from app.voting.types import (
    CLOSED,
    SECRET_BY_NAME,
    AnalogCountInfo,
    HandAnswer,
    NamedLine,
    OptionInfo,
    RollLine,
    Turnout,
    Voice,
    VoteInfo,
    named_choices,
)
from db.models import (
    AnalogCount,
    Attendance,
    Ballot,
    BallotToken,
    Body,
    BodyKind,
    NamedBallot,
    ParticipationLevel,
    Person,
    PersonKind,
    Proxy,
    Vote,
    VoteChannel,
    VoteMethod,
    VoteOption,
    VoterRoll,
    VoteStatus,
)

CONTEXT = "Voting"
# Keys of `Vote.rules` that are the tally engine's (the rest are ours: eligibility, proxies).
TALLY_KEYS = (
    "rules",
    "grades",
    "budget",
    "currency",
    "rule",
    "max_cost",
    "min_projects",
    "max_projects",
    "max_points",
    "max_total_points",
    "max_score",
)
ELIGIBILITY = ("shareholders", "members", "present")
CHANNEL_NAMES = {"kiosk": VoteChannel.booth, "booth": VoteChannel.booth}
CHANNEL_NAMES.update({"phone": VoteChannel.phone, "analog": VoteChannel.analog})
# Phone codes: 26 Crockford base32 characters (130 random bits), upper case.
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 26
MAX_SLIPS = 5000
# A project's description: a few sentences the booth and the phone page show under its name.
MAX_DESCRIPTION = 600
ANALOG_METHODS = ("motion", "plurality", "approval", "mj", "pb")

TEMPLATES: dict[str, dict[str, Any]] = {
    # A change of the statutes: the general assembly, two thirds of the votes cast.
    "statute-change": {
        "method": "motion",
        "level": "codecision",
        "body": "general-assembly",
        "rules": {"threshold": "two_thirds"},
        "channels": ["kiosk", "phone", "analog"],
    },
    # A board decision by simple majority, under the board's quorum.
    "board-decision": {
        "method": "motion",
        "level": "codecision",
        "body": "board",
        "channels": ["kiosk", "phone", "analog"],
    },
    # The antenne's participatory budget: approval baskets, Method of Equal Shares.
    "local-pb": {
        "method": "pb",
        "level": "codecision",
        "body": "rennes-pb-committee",
        "rule": "mes-add1-greedy",
        "currency": "EUR",
        "channels": ["kiosk", "phone"],
        "eligibility": "members",
    },
    # An advisory consultation by majority judgment.
    "consultation-mj": {
        "method": "mj",
        "level": "consultation",
        "grades": ["to_reject", "poor", "fair", "good", "very_good", "excellent"],
        "channels": ["kiosk", "phone", "analog"],
    },
    # A consent round: the proposal passes when nobody objects.
    "consent-round": {
        "method": "consent",
        "level": "concertation",
        "channels": ["kiosk", "phone"],
    },
}


def _message(source: str, **params: Any) -> Message:
    return Message(CONTEXT, source, params)


class VotingError(InvalidInputError):
    """A voting action a person asked for cannot be done; nothing was changed."""


def _refuse(source: str, **params: Any) -> VotingError:
    return VotingError(_message(source, **params))


# -- Creating --------------------------------------------------------------------------------


def create_vote(
    ctx: AppContext, spec: Mapping[str, Any], *, actor: uuid.UUID | None = None
) -> uuid.UUID:
    """A draft vote from its file form (the tally input without ballots, plus `title`,
    `level`, `channels`, `secret`, optional `body` slug whose rules apply, PB `budget`)."""
    from app.voting.tally import parse_election

    if not isinstance(spec, Mapping):
        raise _refuse(QT_TRANSLATE_NOOP("Voting", "A vote must be a JSON object."))
    title = spec.get("title")
    if not isinstance(title, str) or not title.strip():
        raise _refuse(QT_TRANSLATE_NOOP("Voting", "A vote needs a title."))
    method = spec.get("method", "motion")
    if method not in {m.value for m in VoteMethod}:
        raise _refuse(QT_TRANSLATE_NOOP("Voting", "Unknown method {method}."), method=str(method))
    level = spec.get("level", "consultation")
    if level not in {lv.value for lv in ParticipationLevel}:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Voting",
                "Unknown participation level {level}: information, consultation, "
                "concertation or codecision.",
            ),
            level=str(level),
        )
    raw_channels = spec.get("channels", ["kiosk"])
    if not isinstance(raw_channels, list) or not raw_channels:
        raise _refuse(QT_TRANSLATE_NOOP("Voting", "Name the channels: kiosk, phone, analog."))
    channels = []
    for name in raw_channels:
        if name not in CHANNEL_NAMES:
            raise _refuse(
                QT_TRANSLATE_NOOP("Voting", "Unknown channel {channel}: kiosk, phone or analog."),
                channel=str(name),
            )
        if CHANNEL_NAMES[name].value not in channels:
            channels.append(CHANNEL_NAMES[name].value)
    secret = spec.get("secret", True)
    if not isinstance(secret, bool):
        raise _refuse(QT_TRANSLATE_NOOP("Voting", "Say whether the vote is secret: true or false."))
    if not secret and VoteChannel.analog.value in channels and method != "motion":
        raise _refuse(NAMED_BY_HANDS)
    options = _spec_options(spec, method)
    pictures = _spec_pictures(spec, method)
    with ctx.db.transaction() as session:
        body = None
        body_slug = spec.get("body")
        if body_slug is not None:
            body = session.scalar(select(Body).where(Body.slug == body_slug))
            if body is None:
                raise _refuse(
                    QT_TRANSLATE_NOOP("Voting", "No governance body is called {body}."),
                    body=str(body_slug),
                )
        rules = _rules(spec, method, level, body)
        # The engine checks everything but the ballots now, with an empty box.
        parse_election(_tally_data(method, options, rules, ballots=[], present=0, entitled=0))
        vote = Vote(
            title=title.strip(),
            question=str(spec.get("question", "")),
            language=str(spec.get("language", "fr"))[:2],
            method=VoteMethod(method),
            status=VoteStatus.draft,
            level=ParticipationLevel(level),
            channels=channels,
            rules=rules,
            secret=secret,
            body_id=body.id if body is not None else None,
        )
        session.add(vote)
        session.flush()
        for position, option in enumerate(options):
            session.add(
                VoteOption(
                    vote_id=vote.id,
                    label=option.label,
                    description=option.description,
                    cost=option.cost,
                    position=position,
                    picture=pictures.get(position),
                )
            )
        _audit(session, actor, "vote_create", vote.id, {"method": method})
        vote_id = vote.id
    return vote_id


def create_from_template(
    ctx: AppContext,
    template: str,
    *,
    title: str,
    options: Sequence[str | Mapping[str, Any]] = (),
    actor: uuid.UUID | None = None,
    **overrides: Any,
) -> uuid.UUID:
    """A draft vote from one of `TEMPLATES` (statutes as data: the body's rules apply)."""
    if template not in TEMPLATES:
        raise _refuse(QT_TRANSLATE_NOOP("Voting", "Unknown template {name}."), name=template)
    spec: dict[str, Any] = {**TEMPLATES[template], "title": title, **overrides}
    if options:
        spec["options"] = list(options)
    return create_vote(ctx, spec, actor=actor)


def _spec_options(spec: Mapping[str, Any], method: str) -> list[OptionInfo]:
    if method in ("motion", "consent"):
        return []
    raw = spec.get("options")
    if not isinstance(raw, list) or not raw:
        raise _refuse(QT_TRANSLATE_NOOP("Voting", "The vote needs its options."))
    options = []
    for entry in raw:
        if isinstance(entry, str):
            options.append(OptionInfo(label=entry))
        elif isinstance(entry, Mapping):
            label = entry.get("label", entry.get("id"))
            cost = entry.get("cost")
            if not isinstance(label, str | int) or not str(label).strip():
                raise _refuse(QT_TRANSLATE_NOOP("Voting", "Every option needs a label."))
            if cost is not None and type(cost) is not int:
                raise _refuse(
                    QT_TRANSLATE_NOOP("Voting", "The cost of {option} must be a whole number."),
                    option=str(label),
                )
            options.append(
                OptionInfo(
                    label=str(label).strip(),
                    description=_description(entry.get("description", ""), str(label)),
                    cost=cost,
                )
            )
        else:
            raise _refuse(QT_TRANSLATE_NOOP("Voting", "Every option needs a label."))
    if method == "pb" and any(option.cost is None for option in options):
        raise _refuse(QT_TRANSLATE_NOOP("Voting", "Every project needs a cost."))
    return options


def _description(value: object, option: str) -> str:
    if not isinstance(value, str):
        raise _refuse(
            QT_TRANSLATE_NOOP("Voting", "The description of {option} must be text."), option=option
        )
    text = value.strip()
    if len(text) > MAX_DESCRIPTION:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Voting", "The description of {option} is too long: at most {limit} characters."
            ),
            option=option,
            limit=MAX_DESCRIPTION,
        )
    return text


def _spec_pictures(spec: Mapping[str, Any], method: str) -> dict[int, bytes]:
    """Option position → its picture made small. In a spec a picture is the file's bytes (the
    CLI reads the path the vote file names, relative to that file)."""
    from app.voting.pictures import normalise

    if method in ("motion", "consent"):
        return {}
    found: dict[int, bytes] = {}
    for position, entry in enumerate(spec.get("options") or []):
        if not isinstance(entry, Mapping) or entry.get("picture") is None:
            continue
        data = entry["picture"]
        if not isinstance(data, bytes | bytearray):
            raise _refuse(
                QT_TRANSLATE_NOOP("Voting", "The picture of {option} must be a picture file."),
                option=str(entry.get("label", entry.get("id", ""))),
            )
        found[position] = normalise(bytes(data))
    return found


def _rules(spec: Mapping[str, Any], method: str, level: str, body: Body | None) -> dict[str, Any]:
    rules: dict[str, Any] = {key: spec[key] for key in TALLY_KEYS if key in spec}
    body_rules = dict(body.rules) if body is not None else {}
    if method == "motion":
        motion = dict(rules.get("rules") or {})
        if "base" not in motion and body_rules.get("base"):
            motion["base"] = body_rules["base"]
        if "threshold" not in motion and body_rules.get("majority"):
            motion["threshold"] = body_rules["majority"]
        if "quorum" not in motion and body_rules.get("quorum"):
            motion["quorum"] = body_rules["quorum"]
        rules["rules"] = motion
    if method == "pb" and "budget" in rules and "max_cost" not in rules:
        # A basket can never spend more than the whole budget.
        rules["max_cost"] = rules["budget"]
    cap = spec.get("proxy_cap", body_rules.get("proxy_cap", 1))
    rules["proxy_cap"] = int(cap) if isinstance(cap, int) else 1
    if "tie_rule" in body_rules:
        rules["tie_rule"] = body_rules["tie_rule"]
    eligibility = spec.get("eligibility")
    if eligibility is None:
        if level == "codecision" and body is not None and body.kind is BodyKind.general_assembly:
            eligibility = "shareholders"
        elif level == "codecision":
            eligibility = "members"
        else:
            eligibility = "present"
    if eligibility not in ELIGIBILITY:
        raise _refuse(
            QT_TRANSLATE_NOOP("Voting", "Unknown eligibility {value}: {choices}."),
            value=str(eligibility),
            choices=", ".join(ELIGIBILITY),
        )
    rules["eligibility"] = eligibility
    if isinstance(spec.get("entitled"), int):
        rules["entitled"] = spec["entitled"]
    return rules


def _tally_data(
    method: str,
    options: Sequence[OptionInfo],
    rules: Mapping[str, Any],
    *,
    ballots: list[dict[str, Any]],
    present: int | None,
    entitled: int | None,
) -> dict[str, Any]:
    data: dict[str, Any] = {key: rules[key] for key in TALLY_KEYS if key in rules}
    data["method"] = method
    data["ballots"] = ballots
    if method == "pb":
        data["options"] = [{"id": o.label, "label": o.label, "cost": o.cost or 0} for o in options]
    elif method not in ("motion", "consent"):
        data["options"] = [o.label for o in options]
    if method == "motion":
        if present is not None:
            data["present"] = present
        if entitled is not None:
            data["entitled"] = max(entitled, present or 0)
    return data


# -- Reading ---------------------------------------------------------------------------------


def _vote(session: Session, vote_id: uuid.UUID) -> Vote:
    vote = session.get(Vote, vote_id)
    if vote is None or vote.deleted_at is not None:
        raise NotFoundError(_message(QT_TRANSLATE_NOOP("Voting", "This vote does not exist.")))
    return vote


def _options(vote: Vote, pictured: Collection[int] = ()) -> tuple[OptionInfo, ...]:
    return tuple(
        OptionInfo(
            label=o.label,
            description=o.description,
            cost=o.cost,
            has_picture=o.position in pictured,
        )
        for o in vote.options
        if o.deleted_at is None
    )


def _pictured(session: Session, *vote_ids: uuid.UUID) -> dict[uuid.UUID, set[int]]:
    """Vote → positions of its options that have a picture (without loading the pictures)."""
    pictured: dict[uuid.UUID, set[int]] = {vote_id: set() for vote_id in vote_ids}
    rows = session.execute(
        select(VoteOption.vote_id, VoteOption.position).where(
            VoteOption.vote_id.in_(vote_ids),
            VoteOption.deleted_at.is_(None),
            VoteOption.picture.is_not(None),
        )
    )
    for vote_id, position in rows:
        pictured[vote_id].add(position)
    return pictured


def _info(session: Session, vote: Vote, pictured: Collection[int] | None = None) -> VoteInfo:
    """`pictured`: positions of the options with a picture, when the caller has read them."""
    if pictured is None:
        pictured = _pictured(session, vote.id)[vote.id]
    body_name: Mapping[str, str] = {}
    if vote.body_id is not None:
        body = session.get(Body, vote.body_id)
        body_name = dict(body.name) if body is not None else {}
    return VoteInfo(
        id=vote.id,
        title=vote.title,
        question=vote.question,
        language=vote.language,
        method=vote.method.value,
        status=vote.status.value,
        level=vote.level.value,
        channels=tuple(vote.channels),
        secret=vote.secret,
        options=_options(vote, pictured),
        rules=dict(vote.rules),
        body_name=body_name,
        opened_at=vote.opened_at,
        closes_at=vote.closes_at,
        closed_at=vote.closed_at,
        revealed=bool(vote.rules.get("revealed")),
        result=dict(vote.result) if vote.result is not None else None,
    )


def get_vote(ctx: AppContext, vote_id: uuid.UUID) -> VoteInfo:
    with ctx.db.transaction() as session:
        return _info(session, _vote(session, vote_id))


def list_votes(ctx: AppContext) -> list[VoteInfo]:
    """Every vote, open ones first, then drafts, closed and published, newest first."""
    order = {"open": 0, "draft": 1, "closed": 2, "published": 3}
    with ctx.db.transaction() as session:
        votes = session.scalars(
            select(Vote).where(Vote.deleted_at.is_(None)).order_by(Vote.created_at.desc())
        ).all()
        pictured = _pictured(session, *(vote.id for vote in votes))
        infos = [_info(session, vote, pictured[vote.id]) for vote in votes]
    return sorted(infos, key=lambda info: order.get(info.status, 9))


def _option_at(vote: Vote, position: int) -> VoteOption:
    for option in vote.options:
        if option.position == position and option.deleted_at is None:
            return option
    raise NotFoundError(_message(QT_TRANSLATE_NOOP("Voting", "This option does not exist.")))


def set_option_details(
    ctx: AppContext,
    vote_id: uuid.UUID,
    position: int,
    *,
    description: str | None = None,
    picture: bytes | None = None,
    remove_picture: bool = False,
    actor: uuid.UUID | None = None,
) -> Changes:
    """A draft's project gets its description and picture (made small here); `None` leaves
    that part as it is. Once the vote is open its options are what the ledger recorded."""
    from app.voting.pictures import normalise

    small = normalise(picture) if picture is not None else None
    with ctx.db.transaction() as session:
        vote = _vote(session, vote_id)
        _require(vote, VoteStatus.draft)
        option = _option_at(vote, position)
        if description is not None:
            option.description = _description(description, option.label)
        if small is not None:
            option.picture = small
        elif remove_picture:
            option.picture = None
        _audit(
            session,
            actor,
            "vote_option_details",
            vote.id,
            {"option": option.label, "picture": option.picture is not None},
        )
    return Changes.of(Entity.VOTE)


def option_pictures(ctx: AppContext, vote_id: uuid.UUID) -> dict[str, bytes]:
    """Option label → its picture (JPEG), for the options that have one."""
    with ctx.db.transaction() as session:
        rows = session.execute(
            select(VoteOption.label, VoteOption.picture).where(
                VoteOption.vote_id == vote_id,
                VoteOption.deleted_at.is_(None),
                VoteOption.picture.is_not(None),
            )
        )
        return {label: bytes(picture) for label, picture in rows if picture}


def option_picture(ctx: AppContext, vote_id: uuid.UUID, position: int) -> bytes | None:
    with ctx.db.transaction() as session:
        picture = session.scalar(
            select(VoteOption.picture).where(
                VoteOption.vote_id == vote_id,
                VoteOption.position == position,
                VoteOption.deleted_at.is_(None),
            )
        )
        return bytes(picture) if picture else None


def current_vote(ctx: AppContext) -> VoteInfo | None:
    """The vote the room is busy with: the open one, else the last closed or published."""
    for info in list_votes(ctx):
        if info.status in ("open", "closed", "published"):
            return info
    return None


# -- Lifecycle -------------------------------------------------------------------------------


def _require(vote: Vote, *statuses: VoteStatus) -> None:
    if vote.status not in statuses:
        raise _refuse(
            QT_TRANSLATE_NOOP("Voting", "The vote is {status}: this cannot be done now."),
            status=vote.status.value,
        )


def open_vote(
    ctx: AppContext,
    vote_id: uuid.UUID,
    *,
    actor: uuid.UUID | None = None,
    minutes: int | None = None,
) -> Changes:
    """draft → open; `minutes` sets a countdown (the vote still closes by hand)."""
    with ctx.db.transaction() as session:
        vote = _vote(session, vote_id)
        _require(vote, VoteStatus.draft)
        now = utcnow()
        vote.status = VoteStatus.open
        vote.opened_at = now
        vote.closes_at = now + timedelta(minutes=minutes) if minutes else None
        ledger.append(
            session,
            vote,
            "opened",
            {
                "title": vote.title,
                "method": vote.method.value,
                "level": vote.level.value,
                "channels": list(vote.channels),
                "options": [{"label": o.label, "cost": o.cost} for o in _options(vote)],
                "rules": dict(vote.rules),
                "secret": vote.secret,
            },
        )
        _audit(session, actor, "vote_open", vote.id)
    return Changes.of(Entity.VOTE)


def close_vote(
    ctx: AppContext, vote_id: uuid.UUID, *, actor: uuid.UUID | None = None
) -> dict[str, Any]:
    """open → closed: the ballot box digest is chained, the tally is taken and kept (hidden
    until revealed). Returns the results."""
    with ctx.db.transaction() as session:
        vote = _vote(session, vote_id)
        _require(vote, VoteStatus.open)
        vote.status = VoteStatus.closed
        vote.closed_at = utcnow()
        count, digest = ledger.box_digest(session, vote.id)
        weight = session.scalar(
            select(func.coalesce(func.sum(Ballot.weight), 0)).where(Ballot.vote_id == vote.id)
        )
        analog = [_analog_json(c) for c in _active_counts(session, vote.id)]
        ledger.append(
            session,
            vote,
            "closed",
            {"ballots": count, "weight": int(weight or 0), "digest": digest, "analog": analog},
        )
        # The box leaves for the hub now, as one batch (never ballot by ballot).
        from app.sync.ballot_box import record_closed_box

        record_closed_box(session, vote, digest=digest)
        result = _results(session, vote)
        vote.result = result
        ledger.append(session, vote, "tallied", {"digest": _result_digest(result)})
        _audit(session, actor, "vote_close", vote.id, {"ballots": count})
    return result


def reveal_results(
    ctx: AppContext, vote_id: uuid.UUID, *, actor: uuid.UUID | None = None
) -> Changes:
    """The results may now be shown on the projector."""
    with ctx.db.transaction() as session:
        vote = _vote(session, vote_id)
        _require(vote, VoteStatus.closed, VoteStatus.published)
        if not vote.rules.get("revealed"):
            vote.rules = {**vote.rules, "revealed": True}
            ledger.append(session, vote, "revealed", {})
            _audit(session, actor, "vote_reveal", vote.id)
    return Changes.of(Entity.VOTE)


def publish_results(
    ctx: AppContext, vote_id: uuid.UUID, *, actor: uuid.UUID | None = None
) -> Changes:
    """closed → published (revealing them first if they were not)."""
    reveal_results(ctx, vote_id, actor=actor)
    with ctx.db.transaction() as session:
        vote = _vote(session, vote_id)
        _require(vote, VoteStatus.closed)
        vote.status = VoteStatus.published
        vote.published_at = utcnow()
        ledger.append(session, vote, "published", {})
        _audit(session, actor, "vote_publish", vote.id)
    return Changes.of(Entity.VOTE)


def results(ctx: AppContext, vote_id: uuid.UUID) -> dict[str, Any]:
    """The kept results of a closed vote (the engine's output plus turnout)."""
    with ctx.db.transaction() as session:
        vote = _vote(session, vote_id)
        if vote.result is None:
            raise _refuse(QT_TRANSLATE_NOOP("Voting", "The vote is not closed yet: no results."))
        out = dict(vote.result)
        if not vote.secret:
            out["named"] = _named_json(vote, _named_lines(session, vote))
        return out


def named_lines(ctx: AppContext, vote_id: uuid.UUID) -> list[NamedLine]:
    """Who voted what in a named vote (by name); empty for a secret vote."""
    with ctx.db.transaction() as session:
        vote = _vote(session, vote_id)
        return [] if vote.secret else _named_lines(session, vote)


def _full_name(person: Person | None) -> str:
    if person is None:
        return "?"
    return " ".join(part for part in (person.first_name, person.last_name) if part) or "?"


def _named_lines(session: Session, vote: Vote) -> list[NamedLine]:
    rows = session.scalars(
        select(NamedBallot).where(NamedBallot.vote_id == vote.id, NamedBallot.content.is_not(None))
    ).all()
    # Voters and proxy holders in one query (a general assembly's named vote has hundreds).
    ids = {row.person_id for row in rows} | {row.cast_by_id for row in rows if row.cast_by_id}
    people = {
        person.id: person for person in session.scalars(select(Person).where(Person.id.in_(ids)))
    }
    lines = [
        NamedLine(
            person_id=row.person_id,
            name=_full_name(people.get(row.person_id)),
            content=dict(row.content or {}),
            weight=row.weight,
            cast_by=_full_name(people.get(row.cast_by_id)) if row.cast_by_id else "",
        )
        for row in rows
    ]
    lines.sort(key=lambda line: (line.name.casefold(), str(line.person_id)))
    return lines


def _named_json(vote: Vote, lines: Sequence[NamedLine]) -> dict[str, Any]:
    by_choice: dict[str, list[str]] = {}
    for line in lines:
        for choice in named_choices(vote.method.value, line.content):
            by_choice.setdefault(choice, []).append(line.name)
    return {
        "by_choice": by_choice,
        "ballots": [
            {
                "person": str(line.person_id),
                "name": line.name,
                "content": dict(line.content),
                "weight": line.weight,
                "proxy_holder": line.cast_by or None,
            }
            for line in lines
        ],
    }


def _result_digest(result: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical(dict(result))).hexdigest()


def _results(session: Session, vote: Vote) -> dict[str, Any]:
    from app.voting.tally import TallyInputError, tally_data

    turnout = _turnout(session, vote)
    ballots = [
        {**row.content, "count": row.weight}
        for row in session.execute(
            select(Ballot.content, Ballot.weight).where(Ballot.vote_id == vote.id)
        )
    ]
    # Sorted: the tally never depends on the storage order (it does not, but the data must
    # be the same bytes whoever recomputes it).
    ballots.sort(key=canonical)
    data = _tally_data(
        vote.method.value,
        _options(vote),
        vote.rules,
        ballots=ballots,
        present=turnout.present + turnout.represented if _has_roll(session, vote) else None,
        entitled=turnout.entitled if _has_roll(session, vote) else None,
    )
    _add_analog(data, vote, _active_counts(session, vote.id))
    out: dict[str, Any] = {
        "vote": str(vote.id),
        "title": vote.title,
        "level": vote.level.value,
        "language": vote.language,
    }
    try:
        out.update(tally_data(data).to_json())
    except TallyInputError as error:
        out["error"] = error.message.untranslated()
    out["turnout"] = turnout.to_json()
    return out


# -- Eligibility, roll call and proxies -------------------------------------------------------


def _eligible(vote: Vote, person: Person) -> bool:
    if person.deleted_at is not None:
        return False
    kind = vote.rules.get("eligibility", "present")
    if kind == "shareholders":
        return person.shareholder_since is not None
    if kind == "members":
        return person.is_member or person.kind is PersonKind.staff
    return True


def _person(session: Session, person_id: uuid.UUID) -> Person:
    person = session.get(Person, person_id)
    if person is None or person.deleted_at is not None:
        raise NotFoundError(_message(QT_TRANSLATE_NOOP("Voting", "This person is not known here.")))
    return person


def _not_eligible(vote: Vote, person: Person) -> VotingError:
    kind = vote.rules.get("eligibility", "present")
    if kind == "shareholders":
        return _refuse(
            QT_TRANSLATE_NOOP(
                "Voting", "{name} cannot vote: only shareholders vote on this decision."
            ),
            name=person.first_name,
        )
    return _refuse(
        QT_TRANSLATE_NOOP("Voting", "{name} cannot vote: only members vote on this decision."),
        name=person.first_name,
    )


def mark_present(
    ctx: AppContext,
    vote_id: uuid.UUID,
    person_id: uuid.UUID,
    *,
    weight: int = 1,
    present: bool = True,
    by: str = "badge",
    actor: uuid.UUID | None = None,
) -> RollLine:
    """Roll call: the person is in the room (badge at the door, or ticked by a facilitator).
    An eligible person goes on the voter roll with `weight`; anyone may be present."""
    if weight < 1:
        raise _refuse(QT_TRANSLATE_NOOP("Voting", "A weight is a whole number of at least 1."))
    with ctx.db.transaction() as session:
        vote = _vote(session, vote_id)
        _require(vote, VoteStatus.draft, VoteStatus.open)
        person = _person(session, person_id)
        attendance = session.scalar(
            select(Attendance).where(
                Attendance.vote_id == vote.id, Attendance.person_id == person.id
            )
        )
        roll = session.get(VoterRoll, (vote.id, person.id))
        if not present:
            if attendance is None or not attendance.present:
                return _roll_line(session, vote, person)
            attendance.present = False
        else:
            if attendance is None:
                session.add(
                    Attendance(vote_id=vote.id, person_id=person.id, present=True, weight=weight)
                )
            elif attendance.present and attendance.weight == weight:
                return _roll_line(session, vote, person)
            else:
                attendance.present = True
                attendance.weight = weight
            if _eligible(vote, person):
                if roll is None:
                    session.add(VoterRoll(vote_id=vote.id, person_id=person.id, weight=weight))
                elif not roll.has_voted:
                    roll.weight = weight
        session.flush()
        turnout = _turnout(session, vote)
        ledger.append(
            session,
            vote,
            "roll_call",
            {
                "person": str(person.id),
                "present": present,
                "weight": weight,
                "by": by,
                "present_weight": turnout.present,
            },
        )
        _audit(session, actor, "vote_roll_call", vote.id, {"person": str(person.id)})
        return _roll_line(session, vote, person)


def record_proxy(
    ctx: AppContext,
    vote_id: uuid.UUID,
    *,
    giver_id: uuid.UUID,
    holder_id: uuid.UUID,
    actor: uuid.UUID | None = None,
) -> Changes:
    """`giver` (absent, eligible) lets `holder` (present, eligible) vote in their name; at most
    the body's `proxy_cap` proxies per holder, one proxy per giver."""
    if giver_id == holder_id:
        raise _refuse(QT_TRANSLATE_NOOP("Voting", "Nobody can hold their own proxy."))
    with ctx.db.transaction() as session:
        vote = _vote(session, vote_id)
        _require(vote, VoteStatus.draft, VoteStatus.open)
        giver = _person(session, giver_id)
        holder = _person(session, holder_id)
        if not _eligible(vote, giver):
            raise _not_eligible(vote, giver)
        if not _eligible(vote, holder):
            raise _not_eligible(vote, holder)
        if not _is_present(session, vote.id, holder.id):
            raise _refuse(
                QT_TRANSLATE_NOOP("Voting", "{name} must be present to hold a proxy."),
                name=holder.first_name,
            )
        if _is_present(session, vote.id, giver.id):
            raise _refuse(
                QT_TRANSLATE_NOOP("Voting", "{name} is present and votes in person."),
                name=giver.first_name,
            )
        # One proxy row per giver and vote: a revoked one is given again, to this holder.
        proxy = session.scalar(
            select(Proxy).where(Proxy.vote_id == vote.id, Proxy.giver_id == giver.id)
        )
        if proxy is not None and proxy.revoked_at is None:
            raise _refuse(
                QT_TRANSLATE_NOOP("Voting", "{name} has already given a proxy for this vote."),
                name=giver.first_name,
            )
        cap = int(vote.rules.get("proxy_cap", 1))
        held = _proxies_held(session, vote.id, holder.id)
        if held >= cap:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Voting", "{name} already holds {held} proxies; the rules allow {cap}."
                ),
                name=holder.first_name,
                held=held,
                cap=cap,
            )
        roll = session.get(VoterRoll, (vote.id, giver.id))
        if roll is not None and roll.has_voted:
            raise _refuse(
                QT_TRANSLATE_NOOP("Voting", "{name} has already voted."), name=giver.first_name
            )
        if roll is None:
            session.add(VoterRoll(vote_id=vote.id, person_id=giver.id, weight=1))
        if proxy is not None:
            proxy.holder_id = holder.id
            proxy.revoked_at = None
        else:
            session.add(Proxy(vote_id=vote.id, giver_id=giver.id, holder_id=holder.id))
        session.flush()
        ledger.append(session, vote, "proxy", {"giver": str(giver.id), "holder": str(holder.id)})
        _audit(session, actor, "vote_proxy", vote.id, {"giver": str(giver.id)})
    return Changes.of(Entity.VOTE)


def revoke_proxy(
    ctx: AppContext,
    vote_id: uuid.UUID,
    *,
    giver_id: uuid.UUID,
    actor: uuid.UUID | None = None,
) -> Changes:
    """The giver's proxy ends (they arrived, or changed their mind); refused once the holder
    has voted with it, on any channel (a phone code issued for it counts as used)."""
    with ctx.db.transaction() as session:
        vote = _vote(session, vote_id)
        _require(vote, VoteStatus.draft, VoteStatus.open)
        giver = _person(session, giver_id)
        proxy = _active_proxy(session, vote.id, giver.id)
        if proxy is None:
            raise _refuse(
                QT_TRANSLATE_NOOP("Voting", "{name} has given no proxy for this vote."),
                name=giver.first_name,
            )
        holder = session.get(Person, proxy.holder_id)
        holder_name = holder.first_name if holder is not None else "?"
        roll = session.get(VoterRoll, (vote.id, giver.id))
        if roll is not None and roll.has_voted:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Voting",
                    "{holder} has already voted with the proxy of {name}: it can no longer be "
                    "revoked.",
                ),
                holder=holder_name,
                name=giver.first_name,
            )
        proxy.revoked_at = utcnow()
        session.flush()
        ledger.append(
            session, vote, "proxy_revoked", {"giver": str(giver.id), "holder": str(proxy.holder_id)}
        )
        _audit(session, actor, "vote_proxy_revoke", vote.id, {"giver": str(giver.id)})
    return Changes.of(Entity.VOTE)


def _is_present(session: Session, vote_id: uuid.UUID, person_id: uuid.UUID) -> bool:
    return bool(
        session.scalar(
            select(Attendance.present).where(
                Attendance.vote_id == vote_id, Attendance.person_id == person_id
            )
        )
    )


def _active_proxy(session: Session, vote_id: uuid.UUID, giver_id: uuid.UUID) -> Proxy | None:
    return session.scalar(
        select(Proxy).where(
            Proxy.vote_id == vote_id, Proxy.giver_id == giver_id, Proxy.revoked_at.is_(None)
        )
    )


def _proxies_held(session: Session, vote_id: uuid.UUID, holder_id: uuid.UUID) -> int:
    return int(
        session.scalar(
            select(func.count()).where(
                Proxy.vote_id == vote_id, Proxy.holder_id == holder_id, Proxy.revoked_at.is_(None)
            )
        )
        or 0
    )


def _has_roll(session: Session, vote: Vote) -> bool:
    return (
        session.scalar(select(VoterRoll.person_id).where(VoterRoll.vote_id == vote.id).limit(1))
        is not None
    )


def _roll_line(session: Session, vote: Vote, person: Person) -> RollLine:
    attendance = session.scalar(
        select(Attendance).where(Attendance.vote_id == vote.id, Attendance.person_id == person.id)
    )
    roll = session.get(VoterRoll, (vote.id, person.id))
    holder_name = ""
    proxy = _active_proxy(session, vote.id, person.id)
    if proxy is not None:
        holder = session.get(Person, proxy.holder_id)
        holder_name = holder.display_name if holder is not None else ""
    return RollLine(
        person_id=person.id,
        name=person.display_name,
        present=bool(attendance and attendance.present),
        eligible=_eligible(vote, person),
        has_voted=bool(roll and roll.has_voted),
        weight=attendance.weight if attendance is not None else (roll.weight if roll else 1),
        proxies_held=_proxies_held(session, vote.id, person.id),
        represented_by=holder_name,
        represented_by_id=proxy.holder_id if proxy is not None else None,
    )


def roll_call(ctx: AppContext, vote_id: uuid.UUID) -> list[RollLine]:
    """Everyone present or represented, by name."""
    with ctx.db.transaction() as session:
        vote = _vote(session, vote_id)
        ids = set(
            session.scalars(select(Attendance.person_id).where(Attendance.vote_id == vote.id))
        )
        ids |= set(
            session.scalars(
                select(Proxy.giver_id).where(Proxy.vote_id == vote.id, Proxy.revoked_at.is_(None))
            )
        )
        people = [_person(session, person_id) for person_id in ids]
        people.sort(key=lambda p: (p.search_first, p.search_last, str(p.id)))
        return [_roll_line(session, vote, person) for person in people]


def _entitled(session: Session, vote: Vote, present: int) -> int:
    if isinstance(vote.rules.get("entitled"), int):
        return max(int(vote.rules["entitled"]), present)
    kind = vote.rules.get("eligibility", "present")
    alive = Person.deleted_at.is_(None)
    if kind == "shareholders":
        count = session.scalar(
            select(func.count()).where(alive, Person.shareholder_since.is_not(None))
        )
    elif kind == "members":
        count = session.scalar(
            select(func.count()).where(
                alive,
                (Person.kind.in_([PersonKind.member, PersonKind.staff]))
                | Person.member_since.is_not(None),
            )
        )
    else:
        return present
    return max(int(count or 0), present)


def _turnout(session: Session, vote: Vote) -> Turnout:
    present = int(
        session.scalar(
            select(func.coalesce(func.sum(VoterRoll.weight), 0))
            .join(
                Attendance,
                (Attendance.vote_id == VoterRoll.vote_id)
                & (Attendance.person_id == VoterRoll.person_id),
            )
            .where(VoterRoll.vote_id == vote.id, Attendance.present.is_(True))
        )
        or 0
    )
    # A giver who came after all is counted present, not represented as well. (From the
    # proxies, with a correlated check: a roll of 100 000 is not read for a dozen proxies.)
    giver_here = exists().where(
        Attendance.vote_id == Proxy.vote_id,
        Attendance.person_id == Proxy.giver_id,
        Attendance.present.is_(True),
    )
    represented = int(
        session.scalar(
            select(func.coalesce(func.sum(VoterRoll.weight), 0))
            .select_from(Proxy)
            .join(
                VoterRoll,
                (VoterRoll.vote_id == Proxy.vote_id) & (VoterRoll.person_id == Proxy.giver_id),
            )
            .where(Proxy.vote_id == vote.id, Proxy.revoked_at.is_(None), ~giver_here)
        )
        or 0
    )
    by_channel: dict[str, int] = {}
    for channel, weight in session.execute(
        select(Ballot.channel, func.sum(Ballot.weight))
        .where(Ballot.vote_id == vote.id)
        .group_by(Ballot.channel)
    ):
        by_channel[str(channel)] = int(weight)
    ballots = int(session.scalar(select(func.count()).where(Ballot.vote_id == vote.id)) or 0)
    analog = sum(count.cast for count in _active_counts(session, vote.id))
    if analog:
        by_channel["analog"] = analog
    roll_voted = int(
        session.scalar(
            select(func.coalesce(func.sum(VoterRoll.weight), 0)).where(
                VoterRoll.vote_id == vote.id, VoterRoll.has_voted.is_(True)
            )
        )
        or 0
    )
    # Phone codes from slips are linked to nobody: their ballots count as votes, not roll rows.
    slip_ballots = max(0, by_channel.get("phone", 0) + by_channel.get("booth", 0) - roll_voted)
    voted = roll_voted + slip_ballots + analog
    return Turnout(
        entitled=_entitled(session, vote, present + represented),
        present=present,
        represented=represented,
        voted=voted,
        ballots=ballots,
        by_channel=by_channel,
    )


def turnout(ctx: AppContext, vote_id: uuid.UUID) -> Turnout:
    with ctx.db.transaction() as session:
        return _turnout(session, _vote(session, vote_id))


def quorum_met(vote: VoteInfo, figures: Turnout) -> bool | None:
    """Whether the motion's quorum of people present is met now (None: no quorum rule)."""
    from fractions import Fraction

    quorum = (vote.rules.get("rules") or {}).get("quorum")
    if not isinstance(quorum, Mapping):
        return None
    ratio = Fraction(str(quorum.get("ratio", 0)))
    count = figures.present + figures.represented
    if quorum.get("count") == "cast":
        count = figures.voted
    return count >= ratio * figures.entitled


# -- Casting ---------------------------------------------------------------------------------


def validate_ballot(vote: VoteInfo, content: Mapping[str, Any]) -> dict[str, Any]:
    """The ballot as the box keeps it, checked by the tally engine's validation (raises
    `TallyInputError` with the engine's message)."""
    from app.voting.tally import parse_election

    ballot = {key: value for key, value in content.items() if key != "count"}
    data = _tally_data(
        vote.method, vote.options, vote.rules, ballots=[ballot], present=1, entitled=1
    )
    parse_election(data)
    return json.loads(json.dumps(ballot))  # type: ignore[no-any-return]


def voices_for(ctx: AppContext, vote_id: uuid.UUID, person_id: uuid.UUID) -> list[Voice]:
    """What a person at the booth may still cast: their own ballot (if eligible, present and
    not yet voted), then one per proxy they hold whose giver has not voted."""
    with ctx.db.transaction() as session:
        vote = _vote(session, vote_id)
        _require(vote, VoteStatus.open)
        person = _person(session, person_id)
        if not _eligible(vote, person):
            raise _not_eligible(vote, person)
        voices = []
        roll = session.get(VoterRoll, (vote.id, person.id))
        if roll is not None and not roll.has_voted and _is_present(session, vote.id, person.id):
            voices.append(Voice(person.id, person.first_name, proxy=False))
        for proxy in session.scalars(
            select(Proxy).where(
                Proxy.vote_id == vote.id, Proxy.holder_id == person.id, Proxy.revoked_at.is_(None)
            )
        ):
            giver_roll = session.get(VoterRoll, (vote.id, proxy.giver_id))
            here = _is_present(session, vote.id, proxy.giver_id)  # then they vote themselves
            if giver_roll is not None and not giver_roll.has_voted and not here:
                giver = _person(session, proxy.giver_id)
                voices.append(Voice(giver.id, giver.first_name, proxy=True))
        if not voices:
            if roll is None or not _is_present(session, vote.id, person.id):
                raise _refuse(
                    QT_TRANSLATE_NOOP(
                        "Voting", "{name}, please sign in at the door first (roll call)."
                    ),
                    name=person.first_name,
                )
            raise _refuse(
                QT_TRANSLATE_NOOP("Voting", "{name}, you have already voted."),
                name=person.first_name,
            )
        return voices


def _flip_roll(session: Session, vote: Vote, voter_id: uuid.UUID, channel: VoteChannel) -> int:
    """Mark the roll row voted (the first write of the transaction); its weight."""
    flipped = session.execute(
        update(VoterRoll)
        .where(
            VoterRoll.vote_id == vote.id,
            VoterRoll.person_id == voter_id,
            VoterRoll.has_voted.is_(False),
        )
        .values(has_voted=True, channel=channel)
        .execution_options(synchronize_session=False)
    )
    if flipped.rowcount != 1:  # type: ignore[attr-defined]
        roll = session.get(VoterRoll, (vote.id, voter_id))
        if roll is None:
            raise _refuse(QT_TRANSLATE_NOOP("Voting", "This person is not on the voter roll."))
        raise _refuse(QT_TRANSLATE_NOOP("Voting", "This vote has already been cast."))
    weight = session.scalar(
        select(VoterRoll.weight).where(
            VoterRoll.vote_id == vote.id, VoterRoll.person_id == voter_id
        )
    )
    return int(weight or 1)


def _check_voice(
    session: Session, vote: Vote, voter_id: uuid.UUID, proxy_for: uuid.UUID | None
) -> uuid.UUID:
    """The roll person whose ballot this is (the giver for a proxy)."""
    if proxy_for is None:
        if not _is_present(session, vote.id, voter_id):
            raise _refuse(
                QT_TRANSLATE_NOOP("Voting", "Please sign in at the door first (roll call).")
            )
        return voter_id
    proxy = session.scalar(
        select(Proxy).where(
            Proxy.vote_id == vote.id,
            Proxy.giver_id == proxy_for,
            Proxy.holder_id == voter_id,
            Proxy.revoked_at.is_(None),
        )
    )
    if proxy is None:
        raise _refuse(QT_TRANSLATE_NOOP("Voting", "There is no such proxy."))
    if _is_present(session, vote.id, proxy_for):
        # Here in person: the member votes themselves, the proxy is not used.
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Voting", "The member who gave this proxy is here and votes in person."
            )
        )
    return proxy_for


def _insert_ballot(
    session: Session, vote: Vote, ballot: dict[str, Any], weight: int, channel: VoteChannel
) -> None:
    session.add(Ballot(vote_id=vote.id, content=ballot, weight=weight, channel=channel))
    session.flush()
    count = int(session.scalar(select(func.count()).where(Ballot.vote_id == vote.id)) or 0)
    ledger.append(session, vote, "ballot_cast", {"count": count})


def cast_ballot(
    ctx: AppContext,
    vote_id: uuid.UUID,
    *,
    voter_id: uuid.UUID,
    content: Mapping[str, Any],
    channel: str = "booth",
    proxy_for: uuid.UUID | None = None,
) -> Changes:
    """A ballot at the booth: the roll row flipped and the ballot in the box, in one
    transaction. `proxy_for`: the giver whose proxy `voter_id` holds."""
    info = get_vote(ctx, vote_id)
    if info.status != "open":
        raise _closed()
    ballot = validate_ballot(info, content)
    with ctx.db.transaction() as session:
        _cast(
            session,
            _vote(session, vote_id),
            ballot,
            voter_id=voter_id,
            proxy_for=proxy_for,
            channel=VoteChannel(channel),
        )
    ctx.events.publish(ctx, VoteCast(person_id=voter_id))
    return Changes.of(Entity.VOTE, Entity.BALLOT)


def _cast(
    session: Session,
    vote: Vote,
    ballot: dict[str, Any],
    *,
    voter_id: uuid.UUID,
    proxy_for: uuid.UUID | None,
    channel: VoteChannel,
) -> None:
    """One valid ballot into the box: its roll row flipped first (one voice, one ballot), and
    for a named vote who voted what beside it."""
    roll_person = _check_voice(session, vote, voter_id, proxy_for)
    weight = _flip_roll(session, vote, roll_person, channel)
    session.refresh(vote)
    if vote.status is not VoteStatus.open:
        raise _closed()
    _insert_ballot(session, vote, ballot, weight, channel)
    if not vote.secret:
        # A named vote: who voted what is public by design (the box holds it too).
        session.add(
            NamedBallot(
                vote_id=vote.id,
                person_id=roll_person,
                cast_by_id=voter_id if proxy_for is not None else None,
                content=ballot,
                weight=weight,
                channel=channel,
            )
        )


def record_named_answers(
    ctx: AppContext,
    vote_id: uuid.UUID,
    answers: Sequence[HandAnswer],
    *,
    actor: uuid.UUID | None = None,
) -> Changes:
    """A named motion by show of hands (a roll-call vote): the facilitator records each
    person's answer as their name is called. The answers go in together or not at all, each
    a named ballot in the box like the booth's; the audit log says who recorded them."""
    info = get_vote(ctx, vote_id)
    if info.status != "open":
        raise _closed()
    if info.secret:
        raise _refuse(SECRET_BY_NAME)
    if not answers:
        raise _refuse(QT_TRANSLATE_NOOP("Voting", "No answer to record."))
    ballots = [(answer, validate_ballot(info, answer.content)) for answer in answers]
    with ctx.db.transaction() as session:
        vote = _vote(session, vote_id)
        _require_channel(vote, VoteChannel.analog)
        for answer, ballot in ballots:
            _cast(
                session,
                vote,
                ballot,
                voter_id=answer.voter_id,
                proxy_for=answer.proxy_for,
                channel=VoteChannel.analog,
            )
        _audit(session, actor, "vote_named_hands", vote.id, {"answers": len(ballots)})
    for answer in answers:
        ctx.events.publish(ctx, VoteCast(person_id=answer.voter_id))
    return Changes.of(Entity.VOTE, Entity.BALLOT)


def _closed() -> VotingError:
    return _refuse(CLOSED)


def _new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def code_hash(code: str) -> str:
    return hashlib.sha256(code.strip().upper().encode()).hexdigest()


def issue_codes(
    ctx: AppContext, vote_id: uuid.UUID, n: int, *, actor: uuid.UUID | None = None
) -> list[str]:
    """`n` one-time phone codes for slips; only their hashes are kept, linked to nobody."""
    if not 1 <= n <= MAX_SLIPS:
        raise _refuse(
            QT_TRANSLATE_NOOP("Voting", "Ask for 1 to {maximum} codes."), maximum=MAX_SLIPS
        )
    codes = [_new_code() for _ in range(n)]
    with ctx.db.transaction() as session:
        vote = _vote(session, vote_id)
        _require(vote, VoteStatus.draft, VoteStatus.open)
        _require_channel(vote, VoteChannel.phone)
        if not vote.secret:
            raise _refuse(NAMED_SLIP)
        for code in codes:
            session.add(BallotToken(hash=code_hash(code), vote_id=vote.id))
        ledger.append(session, vote, "codes_issued", {"count": n})
        _audit(session, actor, "vote_slips", vote.id, {"count": n})
    return codes


def issue_phone_codes(ctx: AppContext, vote_id: uuid.UUID, person_id: uuid.UUID) -> list[str]:
    """After a badge scan: one code per voice (own, proxies). The roll rows are flipped now,
    so the person cannot also vote at the booth; the codes are linked to nobody."""
    voices = voices_for(ctx, vote_id, person_id)
    codes = []
    with ctx.db.transaction() as session:
        vote = _vote(session, vote_id)
        _require_channel(vote, VoteChannel.phone)
        for voice in voices:
            weight = _flip_roll(session, vote, voice.person_id, VoteChannel.phone)
            if weight != 1:
                raise _refuse(QT_TRANSLATE_NOOP("Voting", "A weighted vote is cast at the booth."))
            code = _new_code()
            session.add(BallotToken(hash=code_hash(code), vote_id=vote.id))
            if not vote.secret:
                # A named vote: this code is bound to its person until it is used.
                session.add(
                    NamedBallot(
                        vote_id=vote.id,
                        person_id=voice.person_id,
                        cast_by_id=person_id if voice.proxy else None,
                        content=None,
                        weight=weight,
                        channel=VoteChannel.phone,
                        code_hash=code_hash(code),
                    )
                )
            codes.append(code)
        ledger.append(session, vote, "codes_issued", {"count": len(codes)})
    ctx.events.publish(ctx, VoteCast(person_id=person_id))
    return codes


def _require_channel(vote: Vote, channel: VoteChannel) -> None:
    if channel.value not in vote.channels:
        raise _refuse(QT_TRANSLATE_NOOP("Voting", "This vote does not use this channel."))


def vote_for_code(ctx: AppContext, code: str) -> VoteInfo:
    """The vote an unused phone code opens (raises when forged, used or closed)."""
    with ctx.db.transaction() as session:
        token = session.get(BallotToken, code_hash(code))
        if token is None:
            raise _bad_code()
        if token.used:
            raise _used_code()
        vote = _vote(session, token.vote_id)
        if vote.status is not VoteStatus.open:
            raise _closed()
        return _info(session, vote)


BAD_CODE = QT_TRANSLATE_NOOP("Voting", "This code is not valid.")
NAMED_SLIP = QT_TRANSLATE_NOOP(
    "Voting",
    "This vote is not secret: each phone code belongs to the person whose badge was scanned "
    "at the booth. Codes printed on slips cannot be used.",
)
NAMED_BY_HANDS = QT_TRANSLATE_NOOP(
    "Voting",
    "By a show of hands, a named vote records each person's yes, no or abstain: it works "
    "for a motion only. Use the booth or phones for this kind of vote.",
)
NAMED_COUNT = QT_TRANSLATE_NOOP(
    "Voting",
    "A named vote is not counted: record each person's answer as their name is called.",
)
USED_CODE = QT_TRANSLATE_NOOP("Voting", "This code has already been used.")


def bad_code_message() -> Message:
    return _message(BAD_CODE)


def _bad_code() -> VotingError:
    return _refuse(BAD_CODE)


def _used_code() -> VotingError:
    return _refuse(USED_CODE)


def cast_with_code(ctx: AppContext, code: str, content: Mapping[str, Any]) -> Changes:
    """A phone ballot: the code is spent and the ballot boxed in one transaction."""
    info = vote_for_code(ctx, code)
    ballot = validate_ballot(info, content)
    digest = code_hash(code)
    with ctx.db.transaction() as session:
        spent = session.execute(
            update(BallotToken)
            .where(BallotToken.hash == digest, BallotToken.used.is_(False))
            .values(used=True)
            .execution_options(synchronize_session=False)
        )
        if spent.rowcount != 1:  # type: ignore[attr-defined]
            raise _used_code()
        vote = _vote(session, info.id)
        if vote.status is not VoteStatus.open:
            raise _closed()
        if not vote.secret:
            named = session.scalar(
                select(NamedBallot).where(
                    NamedBallot.vote_id == vote.id,
                    NamedBallot.code_hash == digest,
                    NamedBallot.content.is_(None),
                )
            )
            if named is None:
                raise _refuse(NAMED_SLIP)
            named.content = ballot
        _insert_ballot(session, vote, ballot, 1, VoteChannel.phone)
    return Changes.of(Entity.VOTE, Entity.BALLOT)


# -- Analog counts ---------------------------------------------------------------------------


def _active_counts(session: Session, vote_id: uuid.UUID) -> list[AnalogCount]:
    return list(
        session.scalars(
            select(AnalogCount)
            .where(
                AnalogCount.vote_id == vote_id,
                AnalogCount.superseded.is_(False),
                AnalogCount.deleted_at.is_(None),
            )
            .order_by(AnalogCount.created_at, AnalogCount.id)
        )
    )


def _analog_json(count: AnalogCount) -> dict[str, Any]:
    return {
        "id": str(count.id),
        "cast": count.cast,
        "valid": count.valid,
        "invalid": count.invalid,
        "blank": count.blank,
        "counts": dict(count.counts),
    }


def analog_counts(ctx: AppContext, vote_id: uuid.UUID) -> list[AnalogCountInfo]:
    with ctx.db.transaction() as session:
        return [
            AnalogCountInfo(c.id, c.cast, c.valid, c.invalid, c.blank, dict(c.counts))
            for c in _active_counts(session, vote_id)
        ]


def _check_counts(
    session: Session,
    vote: Vote,
    *,
    cast: int,
    valid: int,
    invalid: int,
    blank: int,
    counts: Mapping[str, Any],
    replacing: uuid.UUID | None,
) -> dict[str, Any]:
    method = vote.method.value
    if method not in ANALOG_METHODS:
        raise _refuse(
            QT_TRANSLATE_NOOP("Voting", "A show of hands cannot count this kind of vote.")
        )
    if method == "pb" and vote.rules.get("rule", "greedy") != "greedy":
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Voting",
                "Counted hands cannot be shared out by equal shares: use the booth or phones.",
            )
        )
    for figure in (cast, valid, invalid, blank):
        if type(figure) is not int or figure < 0:
            raise _refuse(QT_TRANSLATE_NOOP("Voting", "Counts are whole numbers of at least 0."))
    if cast != valid + invalid + blank:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Voting",
                "{cast} votes cast, but {valid} valid + {invalid} invalid + {blank} blank "
                "make {total}.",
            ),
            cast=cast,
            valid=valid,
            invalid=invalid,
            blank=blank,
            total=valid + invalid + blank,
        )
    info = _info(session, vote)
    choices = info.choices
    clean: dict[str, Any] = {}
    for name, value in counts.items():
        if name not in choices:
            raise _refuse(
                QT_TRANSLATE_NOOP("Voting", "{option} is not one of the choices."), option=name
            )
        if method == "mj":
            grades = info.grades
            if (
                not isinstance(value, list)
                or len(value) != len(grades)
                or not all(type(v) is int and v >= 0 for v in value)
            ):
                raise _refuse(
                    QT_TRANSLATE_NOOP(
                        "Voting", "Give {option} one count per grade ({grades} numbers)."
                    ),
                    option=name,
                    grades=len(grades),
                )
            total = sum(value)
        else:
            if type(value) is not int or value < 0:
                raise _refuse(
                    QT_TRANSLATE_NOOP("Voting", "Counts are whole numbers of at least 0.")
                )
            total = value
        if total > valid:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Voting", "{option} has {count} votes, more than the {valid} valid ones."
                ),
                option=name,
                count=total,
                valid=valid,
            )
        clean[name] = value
    if method in ("motion", "plurality"):
        total = sum(clean.values())
        if total != valid:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Voting", "The choices add up to {total}, but {valid} votes are valid."
                ),
                total=total,
                valid=valid,
            )
    figures = _turnout(session, vote)
    others = sum(c.cast for c in _active_counts(session, vote.id) if c.id != replacing)
    electronic = figures.voted - sum(c.cast for c in _active_counts(session, vote.id))
    room = figures.present + figures.represented
    if cast + others + electronic > room:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Voting",
                "{cast} votes cast by hand, {others} counted before and {electronic} at the "
                "booth or by phone: more than the {room} votes present.",
            ),
            cast=cast,
            others=others,
            electronic=electronic,
            room=room,
        )
    return clean


def record_analog_count(
    ctx: AppContext,
    vote_id: uuid.UUID,
    *,
    cast: int,
    valid: int,
    invalid: int = 0,
    blank: int = 0,
    counts: Mapping[str, Any],
    actor: uuid.UUID | None = None,
) -> uuid.UUID:
    """A show of hands or a paper count, refused unless it reconciles."""
    with ctx.db.transaction() as session:
        vote = _vote(session, vote_id)
        _require(vote, VoteStatus.open)
        _require_channel(vote, VoteChannel.analog)
        if not vote.secret:
            raise _refuse(NAMED_COUNT)
        clean = _check_counts(
            session,
            vote,
            cast=cast,
            valid=valid,
            invalid=invalid,
            blank=blank,
            counts=counts,
            replacing=None,
        )
        row = AnalogCount(
            vote_id=vote.id,
            facilitator_id=actor,
            cast=cast,
            valid=valid,
            invalid=invalid,
            blank=blank,
            counts=clean,
        )
        session.add(row)
        session.flush()
        ledger.append(session, vote, "analog_count", _analog_json(row))
        _audit(session, actor, "vote_analog_count", vote.id, {"count": str(row.id)})
        return row.id


def correct_analog_count(
    ctx: AppContext,
    count_id: uuid.UUID,
    *,
    cast: int,
    valid: int,
    invalid: int = 0,
    blank: int = 0,
    counts: Mapping[str, Any],
    reason: str,
    actor: uuid.UUID | None = None,
) -> uuid.UUID:
    """Replace a count: the old one is kept, superseded; the new one says who and why."""
    if not reason.strip():
        raise _refuse(QT_TRANSLATE_NOOP("Voting", "Say why the count is corrected."))
    with ctx.db.transaction() as session:
        old = session.get(AnalogCount, count_id)
        if old is None or old.superseded:
            raise _refuse(QT_TRANSLATE_NOOP("Voting", "This count was already replaced."))
        vote = _vote(session, old.vote_id)
        _require(vote, VoteStatus.open)
        clean = _check_counts(
            session,
            vote,
            cast=cast,
            valid=valid,
            invalid=invalid,
            blank=blank,
            counts=counts,
            replacing=old.id,
        )
        old.superseded = True
        row = AnalogCount(
            vote_id=vote.id,
            facilitator_id=actor,
            cast=cast,
            valid=valid,
            invalid=invalid,
            blank=blank,
            counts=clean,
        )
        session.add(row)
        session.flush()
        ledger.append(
            session,
            vote,
            "correction",
            {
                "replaces": str(old.id),
                "by": str(actor) if actor else "",
                "reason": reason.strip(),
                **_analog_json(row),
            },
        )
        _audit(
            session,
            actor,
            "vote_analog_correction",
            vote.id,
            {"replaces": str(old.id), "reason": reason.strip()},
        )
        return row.id


def _add_analog(data: dict[str, Any], vote: Vote, counts: Sequence[AnalogCount]) -> None:
    """Counted hands as ballots the engine understands (with a `count`)."""
    method = vote.method.value
    ballots: list[dict[str, Any]] = data["ballots"]
    for count in counts:
        if method == "motion":
            for choice, n in count.counts.items():
                ballots.append({"choice": choice, "count": n})
            ballots.append({"choice": "abstain", "count": count.blank})
            ballots.append({"choice": "invalid", "count": count.invalid})
        elif method == "plurality":
            for option, n in count.counts.items():
                ballots.append({"ranking": [option], "count": n})
        elif method in ("approval", "pb"):
            for option, n in count.counts.items():
                ballots.append({"approve": [option], "count": n})
        elif method == "mj":
            tallies = data.setdefault("tallies", {})
            for option, row in count.counts.items():
                previous = tallies.get(option, [0] * len(row))
                tallies[option] = [a + b for a, b in zip(previous, row, strict=True)]


# -- Verification ----------------------------------------------------------------------------


def verify(ctx: AppContext, vote_id: uuid.UUID) -> list[Message]:
    """Recompute the chain, the ballot box digest and the tally; what differs (empty: intact)."""
    with ctx.db.transaction() as session:
        vote = _vote(session, vote_id)
        entries = ledger.entries_of(session, vote.id)
        problems = ledger.check_chain(entries)
        closed = [e for e in entries if e.kind == "closed"]
        if vote.status in (VoteStatus.closed, VoteStatus.published):
            if not closed:
                problems.append(
                    _message(QT_TRANSLATE_NOOP("Voting", "The ledger does not record the close."))
                )
            else:
                count, digest = ledger.box_digest(session, vote.id)
                sealed = closed[-1].payload
                if count != sealed.get("ballots"):
                    problems.append(
                        _message(
                            QT_TRANSLATE_NOOP(
                                "Voting",
                                "The box holds {count} ballots; {sealed} were sealed at close.",
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
                cast_events = [e for e in entries if e.kind == "ballot_cast"]
                if len(cast_events) != count:
                    problems.append(
                        _message(
                            QT_TRANSLATE_NOOP(
                                "Voting",
                                "The ledger records {events} ballots cast; the box holds {count}.",
                            ),
                            events=len(cast_events),
                            count=count,
                        )
                    )
                recomputed = _results(session, vote)
                if vote.result is None or canonical(recomputed) != canonical(dict(vote.result)):
                    problems.append(
                        _message(
                            QT_TRANSLATE_NOOP(
                                "Voting", "Counting the box again gives other results."
                            )
                        )
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
                tallied = [e for e in entries if e.kind == "tallied"]
                if vote.result is not None and (
                    not tallied or tallied[-1].payload.get("digest") != _result_digest(vote.result)
                ):
                    problems.append(
                        _message(
                            QT_TRANSLATE_NOOP(
                                "Voting", "The kept results differ from those in the ledger."
                            )
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


# -- Audit -----------------------------------------------------------------------------------


def _audit(
    session: Session,
    actor: uuid.UUID | None,
    action: str,
    vote_id: uuid.UUID,
    details: Mapping[str, Any] | None = None,
) -> None:
    from db.models import AuditEntry

    if actor is None and action == "vote_roll_call":
        return  # a badge scanned at the door: the ledger has it, nobody acted
    session.add(
        AuditEntry(
            facilitator_id=actor,
            action=action,
            target=f"vote:{vote_id}",
            details=dict(details or {}),
        )
    )
    log.audit.info("%s", action)
