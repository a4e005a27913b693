"""Drafting a vote: from its file form (the tally input without ballots, plus title, level,
channels, secrecy, the body whose rules apply) or from one of `TEMPLATES`, and a draft
project's description and picture.

The engine checks the draft with an empty box before it is stored. Contract: one action a
person takes is one function and one transaction, its audit line included.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select

from app.changes import Changes, Entity
from app.context import AppContext
from app.errors import QT_TRANSLATE_NOOP, NotFoundError
from app.voting.forms import vote_from_form
from app.voting.service._common import _audit, _message, _refuse, _require, _vote
from app.voting.service._figures import TALLY_KEYS, _tally_data
from app.voting.templates import TEMPLATES
from app.voting.texts import (
    LANGUAGES,
    MAX_DESCRIPTION,
    MAX_LABEL,
    MAX_QUESTION,
    MAX_TITLE,
    OPTION_FIELDS,
    UNKNOWN_LANGUAGE,
    VOTE_FIELDS,
    checked_translations,
)
from app.voting.types import OptionInfo, VoteForm
from db.models import (
    Body,
    BodyKind,
    ParticipationLevel,
    Vote,
    VoteChannel,
    VoteMethod,
    VoteOption,
    VoteStatus,
)

ELIGIBILITY = ("shareholders", "members", "present")
CHANNEL_NAMES = {"kiosk": VoteChannel.booth, "booth": VoteChannel.booth}
CHANNEL_NAMES.update({"phone": VoteChannel.phone, "analog": VoteChannel.analog})
NAMED_BY_HANDS = QT_TRANSLATE_NOOP(
    "Voting",
    "By a show of hands, a named vote records each person's yes, no or abstain: it works "
    "for a motion only. Use the booth or phones for this kind of vote.",
)


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
    language = spec.get("language", "fr")
    if language not in LANGUAGES:
        raise _refuse(UNKNOWN_LANGUAGE, language=str(language)[:8])
    title_text = title.strip()
    if len(title_text) > MAX_TITLE:
        raise _refuse(
            QT_TRANSLATE_NOOP("Voting", "The title is too long: at most {limit} characters."),
            limit=MAX_TITLE,
        )
    question = spec.get("question", "")
    if not isinstance(question, str) or len(question.strip()) > MAX_QUESTION:
        raise _refuse(
            QT_TRANSLATE_NOOP("Voting", "The question must be text of at most {limit} characters."),
            limit=MAX_QUESTION,
        )
    translations = checked_translations(
        spec.get("translations"), VOTE_FIELDS, own_language=language, what=title_text
    )
    options = _spec_options(spec, method, language)
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
            title=title_text,
            question=question.strip(),
            language=language,
            translations=translations,
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
                    translations=dict(option.translations),
                    cost=option.cost,
                    position=position,
                    picture=pictures.get(position),
                )
            )
        _audit(session, actor, "vote_create", vote.id, {"method": method})
        vote_id = vote.id
    return vote_id


def create_from_form(
    ctx: AppContext, form: VoteForm, *, actor: uuid.UUID | None = None
) -> uuid.UUID:
    """A draft vote from what the facilitator typed on the console (`app.voting.forms` reads
    it; a form that cannot make a vote is refused before anything is stored)."""
    return create_vote(ctx, vote_from_form(form), actor=actor)


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


def _spec_options(spec: Mapping[str, Any], method: str, language: str) -> list[OptionInfo]:
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
            if len(str(label).strip()) > MAX_LABEL:
                raise _refuse(
                    QT_TRANSLATE_NOOP(
                        "Voting", "The name of an option is too long: at most {limit} characters."
                    ),
                    limit=MAX_LABEL,
                )
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
                    translations=checked_translations(
                        entry.get("translations"),
                        OPTION_FIELDS,
                        own_language=language,
                        what=str(label).strip(),
                    ),
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
    translations: Mapping[str, Any] | None = None,
    actor: uuid.UUID | None = None,
) -> Changes:
    """A draft's project gets its description, picture (made small here) and its label and
    description in the vote's other languages; `None` leaves that part as it is. Once the
    vote is open its options are what the ledger recorded."""
    from app.voting.pictures import normalise

    small = normalise(picture) if picture is not None else None
    with ctx.db.transaction() as session:
        vote = _vote(session, vote_id)
        _require(vote, VoteStatus.draft)
        option = _option_at(vote, position)
        if description is not None:
            option.description = _description(description, option.label)
        if translations is not None:
            option.translations = checked_translations(
                translations, OPTION_FIELDS, own_language=vote.language, what=option.label
            )
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
    return Changes.of(Entity.VOTE, Entity.AUDIT_ENTRY)
