"""What a vote is made of, and the validation that guards the count.

`parse_election` turns the JSON form of a vote (see `antenne tally --help` and issue 5) into one
of the typed elections below. Everything is checked before anything is counted, and identical
ballots are merged on the way (a `Counter` over tuples): a tally of 100 000 ballots then works on
a few hundred distinct ones. Errors name the ballot (numbered from 1, as a person counts) and
the problem.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Any, Literal, TypeAlias, cast

from app.errors import QT_TRANSLATE_NOOP, InvalidInputError, Message
from app.voting.methods import METHOD_NAMES, PB_RULE_NAMES

CONTEXT = "Tally"

RANKED_METHODS = ("plurality", "irv", "schulze")
MOTION_BASES = ("yes_no", "yes_no_abstain", "valid", "cast", "present", "entitled")
MOTION_THRESHOLDS = ("simple", "two_thirds", "three_quarters", "unanimity")
MOTION_CHOICES = ("yes", "no", "abstain", "invalid")


class TallyInputError(InvalidInputError):
    """A vote that cannot be counted as given; nothing was counted.

    `ballot` is the 0-based index of the ballot at fault when one is (the message numbers
    ballots from 1).
    """

    def __init__(self, message: Message, *, ballot: int | None = None) -> None:
        super().__init__(message)
        self.ballot = ballot


def _error(source: str, **params: Any) -> TallyInputError:
    return TallyInputError(Message(CONTEXT, source, params))


def _ballot_error(index: int, source: str, **params: Any) -> TallyInputError:
    label = params.pop("label", None) or str(index + 1)
    return TallyInputError(Message(CONTEXT, source, {"ballot": label, **params}), ballot=index)


# --- the typed elections ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RankedElection:
    """Rankings (best first, possibly truncated) for plurality, IRV or Schulze.

    `profile` maps a ranking, as option indices, to the number of ballots that gave it.
    """

    method: Literal["plurality", "irv", "schulze"]
    options: tuple[str, ...]
    profile: Mapping[tuple[int, ...], int]


@dataclass(frozen=True, slots=True)
class ApprovalElection:
    """Approval ballots: `profile` maps a set of approved options (sorted indices) to a weight."""

    options: tuple[str, ...]
    profile: Mapping[tuple[int, ...], int]
    method: Literal["approval"] = "approval"


@dataclass(frozen=True, slots=True)
class ScoreElection:
    """Score ballots, summed per option (a missing score counts 0)."""

    options: tuple[str, ...]
    totals: tuple[int, ...]
    voters: int
    max_score: int | None
    method: Literal["score"] = "score"


@dataclass(frozen=True, slots=True)
class MJElection:
    """Majority judgment: `merit[i][g]` ballots gave option i the grade g (worst → best).

    Every option has the same number of grades: a missing grade was counted as the worst.
    """

    options: tuple[str, ...]
    grades: tuple[str, ...]
    merit: tuple[tuple[int, ...], ...]
    method: Literal["mj"] = "mj"


@dataclass(frozen=True, slots=True)
class Quorum:
    """Met when `count` (people present or ballots cast) ≥ `ratio` × people entitled."""

    count: Literal["present", "cast"]
    ratio: Fraction


@dataclass(frozen=True, slots=True)
class MotionElection:
    yes: int
    no: int
    abstain: int
    invalid: int
    base: str
    threshold: str
    quorum: Quorum | None
    present: int | None
    entitled: int | None
    method: Literal["motion"] = "motion"

    @property
    def cast(self) -> int:
        return self.yes + self.no + self.abstain + self.invalid


@dataclass(frozen=True, slots=True)
class ConsentElection:
    """Consent: a proposal passes when nobody objects. `objections` pairs reasons and counts."""

    consents: int
    objections: tuple[tuple[str, int], ...]
    method: Literal["consent"] = "consent"


@dataclass(frozen=True, slots=True)
class Project:
    id: str
    label: str
    cost: Fraction


@dataclass(frozen=True, slots=True)
class PBElection:
    """Participatory budgeting.

    `profile` maps a ballot, as sorted `(project index, points)` pairs with points > 0 (1 for an
    approval), to its weight. Empty ballots are kept: under the Method of Equal Shares every
    voter holds an equal share of the budget, whether or not they approved anything.
    """

    projects: tuple[Project, ...]
    budget: Fraction
    vote_type: Literal["approval", "cumulative"]
    profile: Mapping[tuple[tuple[int, int], ...], int]
    rule: str
    currency: str = "EUR"
    min_projects: int = 0
    max_projects: int | None = None
    max_cost: Fraction | None = None
    max_points: int | None = None
    max_total_points: int | None = None
    method: Literal["pb"] = "pb"

    @property
    def options(self) -> tuple[str, ...]:
        return tuple(project.id for project in self.projects)


Election: TypeAlias = (
    RankedElection
    | ApprovalElection
    | ScoreElection
    | MJElection
    | MotionElection
    | ConsentElection
    | PBElection
)


# --- small readers ------------------------------------------------------------------------------


def _is_int(value: object) -> bool:
    return type(value) is int  # never a bool, which is an int to Python


def _count(index: int, ballot: Mapping[str, Any], label: str | None = None) -> int:
    value = ballot.get("count", 1)
    if type(value) is not int or value < 0:
        raise _ballot_error(
            index,
            QT_TRANSLATE_NOOP(
                "Tally",
                'Ballot {ballot}: "count" must be a whole number of at least 0, not {value}.',
            ),
            value=_show(value),
            label=label,
        )
    return value


def _show(value: object) -> str:
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= 60 else text[:57] + "…"


def parse_number(value: object, what: str) -> Fraction:
    """An exact number from JSON: int, decimal float, decimal text ("400000.0") or "2/3"."""
    try:
        if _is_int(value):
            return Fraction(cast(int, value))
        if isinstance(value, float):
            return Fraction(Decimal(repr(value)))
        if isinstance(value, str):
            text = value.strip().replace(",", ".")
            return Fraction(text) if "/" in text else Fraction(Decimal(text))
    except (InvalidOperation, ValueError, OverflowError, ZeroDivisionError):
        pass
    raise _error(
        QT_TRANSLATE_NOOP("Tally", "{what} must be a number, not {value}."),
        what=what,
        value=_show(value),
    )


def _whole(data: Mapping[str, Any], key: str, *, default: int | None = None) -> int | None:
    value = data.get(key, default)
    if value is None:
        return None
    if not _is_int(value) or value < 0:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Tally", '"{field}" must be a whole number of at least 0, not {value}.'
            ),
            field=key,
            value=_show(value),
        )
    return int(value)


def _options(data: Mapping[str, Any]) -> tuple[str, ...]:
    options = data.get("options")
    if not isinstance(options, list) or not options:
        raise _error(QT_TRANSLATE_NOOP("Tally", '"options" must be a non-empty list of names.'))
    seen: set[str] = set()
    for option in options:
        if not isinstance(option, str) or not option.strip():
            raise _error(
                QT_TRANSLATE_NOOP("Tally", "Every option must be a non-empty name, not {value}."),
                value=_show(option),
            )
        if option in seen:
            raise _error(
                QT_TRANSLATE_NOOP("Tally", "The option {option} is listed twice."),
                option=_show(option),
            )
        seen.add(option)
    return tuple(options)


def _ballots(data: Mapping[str, Any], *, required: bool = True) -> list[Any]:
    ballots = data.get("ballots")
    if ballots is None and not required:
        return []
    if not isinstance(ballots, list):
        raise _error(QT_TRANSLATE_NOOP("Tally", '"ballots" must be a list of ballots.'))
    return ballots


def _check_fields(index: int, ballot: object, allowed: frozenset[str], example: str) -> None:
    if type(ballot) is not dict:
        raise _ballot_error(
            index,
            QT_TRANSLATE_NOOP("Tally", "Ballot {ballot} is not an object like {example}."),
            example=example,
        )
    if not ballot.keys() <= allowed:
        unknown = sorted(str(key) for key in ballot.keys() - allowed)
        raise _ballot_error(
            index,
            QT_TRANSLATE_NOOP(
                "Tally", "Ballot {ballot}: unknown field {field} (expected {example})."
            ),
            field=_show(unknown[0]),
            example=example,
        )


def _group(
    ballots: Sequence[Any], field: str, allowed: frozenset[str], example: str, *, kind: type
) -> tuple[dict[Any, int], dict[Any, int]]:
    """Merge identical ballots: (contents → total weight, contents → first ballot index).

    `kind` is the JSON type the field must have (list or dict); dicts are keyed by their items.
    """
    weights: dict[Any, int] = {}
    first: dict[Any, int] = {}
    for index, ballot in enumerate(ballots):
        _check_fields(index, ballot, allowed, example)
        value: Any = ballot.get(field)
        if type(value) is not kind:
            if value is None:
                raise _ballot_error(
                    index,
                    QT_TRANSLATE_NOOP("Tally", 'Ballot {ballot}: "{field}" is missing.'),
                    field=field,
                )
            raise _ballot_error(
                index,
                QT_TRANSLATE_NOOP(
                    "Tally", 'Ballot {ballot}: "{field}" is not in the expected form {example}.'
                ),
                field=field,
                example=example,
            )
        count = _count(index, ballot)
        try:
            contents: Any = value  # a list or a dict, checked above
            key = tuple(contents.items()) if kind is dict else tuple(contents)
            if key in weights:
                weights[key] += count
            else:
                weights[key] = count
                first[key] = index
        except TypeError:  # an unhashable name: a list or an object where a name should be
            raise _ballot_error(
                index,
                QT_TRANSLATE_NOOP(
                    "Tally", 'Ballot {ballot}: "{field}" is not in the expected form {example}.'
                ),
                field=field,
                example=example,
            ) from None
    return weights, first


def _option_indices(
    index: int, names: tuple[Any, ...], lookup: Mapping[str, int], label: str | None = None
) -> tuple[int, ...]:
    seen: set[int] = set()
    result = []
    for name in names:
        position = lookup.get(name) if isinstance(name, str) else None
        if position is None:
            raise _ballot_error(
                index,
                QT_TRANSLATE_NOOP("Tally", "Ballot {ballot}: {option} is not one of the options."),
                option=_show(name),
                label=label,
            )
        if position in seen:
            raise _ballot_error(
                index,
                QT_TRANSLATE_NOOP("Tally", "Ballot {ballot}: {option} appears twice."),
                option=_show(name),
                label=label,
            )
        seen.add(position)
        result.append(position)
    return tuple(result)


# --- per method ---------------------------------------------------------------------------------


def _parse_ranked(data: Mapping[str, Any], method: str) -> RankedElection:
    options = _options(data)
    lookup = {name: i for i, name in enumerate(options)}
    weights, first = _group(
        _ballots(data),
        "ranking",
        frozenset({"ranking", "count"}),
        '{"ranking": ["A", "C"], "count": 1}',
        kind=list,
    )
    profile: dict[tuple[int, ...], int] = {}
    for key, weight in weights.items():
        ranking = _option_indices(first[key], key, lookup)
        if weight:
            profile[ranking] = profile.get(ranking, 0) + weight
    return RankedElection(method=method, options=options, profile=profile)  # type: ignore[arg-type]


def _parse_approval(data: Mapping[str, Any]) -> ApprovalElection:
    options = _options(data)
    lookup = {name: i for i, name in enumerate(options)}
    weights, first = _group(
        _ballots(data),
        "approve",
        frozenset({"approve", "count"}),
        '{"approve": ["A", "B"]}',
        kind=list,
    )
    profile: dict[tuple[int, ...], int] = {}
    for key, weight in weights.items():
        approved = tuple(sorted(_option_indices(first[key], key, lookup)))
        if weight:
            profile[approved] = profile.get(approved, 0) + weight
    return ApprovalElection(options=options, profile=profile)


def _graded(
    data: Mapping[str, Any], field: str, example: str, top: int | None, options: tuple[str, ...]
) -> list[tuple[int, tuple[tuple[int, int], ...]]]:
    """Ballots of (option → whole number from 0 to `top`) as (weight, ((option, value), …))."""
    lookup = {name: i for i, name in enumerate(options)}
    weights, first = _group(
        _ballots(data, required=field != "grades"),
        field,
        frozenset({field, "count"}),
        example,
        kind=dict,
    )
    result = []
    for key, weight in weights.items():
        index = first[key]
        positions = _option_indices(index, tuple(name for name, _ in key), lookup)
        for name, value in key:
            if not _is_int(value) or value < 0 or (top is not None and value > top):
                if field == "grades":
                    raise _ballot_error(
                        index,
                        QT_TRANSLATE_NOOP(
                            "Tally",
                            "Ballot {ballot}: the grade of {option} must be a whole number "
                            "from 0 to {top}, not {value}.",
                        ),
                        option=_show(name),
                        top=top,
                        value=_show(value),
                    )
                if top is None:
                    raise _ballot_error(
                        index,
                        QT_TRANSLATE_NOOP(
                            "Tally",
                            "Ballot {ballot}: the score of {option} must be a whole number of "
                            "at least 0, not {value}.",
                        ),
                        option=_show(name),
                        value=_show(value),
                    )
                raise _ballot_error(
                    index,
                    QT_TRANSLATE_NOOP(
                        "Tally",
                        "Ballot {ballot}: the score of {option} must be a whole number from 0 to "
                        "{top}, not {value}.",
                    ),
                    option=_show(name),
                    top=top,
                    value=_show(value),
                )
        result.append((weight, tuple(zip(positions, (v for _, v in key), strict=True))))
    return result


def _parse_score(data: Mapping[str, Any]) -> ScoreElection:
    options = _options(data)
    max_score = _whole(data, "max_score")
    totals = [0] * len(options)
    voters = 0
    for weight, scores in _graded(data, "scores", '{"scores": {"A": 3}}', max_score, options):
        voters += weight
        for position, value in scores:
            totals[position] += value * weight
    return ScoreElection(options=options, totals=tuple(totals), voters=voters, max_score=max_score)


def _parse_mj(data: Mapping[str, Any]) -> MJElection:
    options = _options(data)
    grades = data.get("grades")
    if (
        not isinstance(grades, list)
        or not grades
        or not all(isinstance(g, str) and g.strip() for g in grades)
    ):
        raise _error(
            QT_TRANSLATE_NOOP(
                "Tally", '"grades" must be a non-empty list of grade names, worst grade first.'
            )
        )
    if len(set(grades)) != len(grades):
        raise _error(QT_TRANSLATE_NOOP("Tally", "Two grades have the same name."))
    top = len(grades) - 1
    merit = [[0] * len(grades) for _ in options]
    for weight, given in _graded(data, "grades", '{"grades": {"A": 4}}', top, options):
        graded = set()
        for position, grade in given:
            merit[position][grade] += weight
            graded.add(position)
        for position in range(len(options)):
            if position not in graded:  # a missing grade counts as the worst grade
                merit[position][0] += weight
    tallies = data.get("tallies")
    if tallies is not None:
        if not isinstance(tallies, dict):
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Tally", '"tallies" must map each option to its counts per grade, worst first.'
                )
            )
        lookup = {name: i for i, name in enumerate(options)}
        for name, counts in tallies.items():
            if name not in lookup:
                raise _error(
                    QT_TRANSLATE_NOOP("Tally", "Tallies: {option} is not one of the options."),
                    option=_show(name),
                )
            if (
                not isinstance(counts, list)
                or len(counts) != len(grades)
                or not all(_is_int(c) and c >= 0 for c in counts)
            ):
                raise _error(
                    QT_TRANSLATE_NOOP(
                        "Tally",
                        "Tallies of {option}: give {grades} whole numbers of at least 0, one per "
                        "grade, worst first.",
                    ),
                    option=_show(name),
                    grades=len(grades),
                )
            for grade, count in enumerate(counts):
                merit[lookup[name]][grade] += count
    # Options judged by fewer people (tallies entered per option) get the worst grade for the
    # missing judgments, as a missing grade on a ballot does.
    judges = max(sum(row) for row in merit)
    for row in merit:
        row[0] += judges - sum(row)
    return MJElection(options=options, grades=tuple(grades), merit=tuple(map(tuple, merit)))


def _parse_motion(data: Mapping[str, Any]) -> MotionElection:
    ballots = _ballots(data)
    totals = dict.fromkeys(MOTION_CHOICES, 0)
    example = '{"choice": "yes"}'
    allowed = frozenset({"choice", "count"})
    for index, ballot in enumerate(ballots):
        _check_fields(index, ballot, allowed, example)
        choice = ballot.get("choice")
        if choice not in totals:
            raise _ballot_error(
                index,
                QT_TRANSLATE_NOOP(
                    "Tally",
                    'Ballot {ballot}: "choice" must be yes, no, abstain or invalid, not {value}.',
                ),
                value=_show(choice),
            )
        totals[choice] += _count(index, ballot)
    rules = data.get("rules", {})
    if not isinstance(rules, dict):
        raise _error(QT_TRANSLATE_NOOP("Tally", '"rules" must be an object.'))
    base = rules.get("base", "yes_no_abstain")
    if base not in MOTION_BASES:
        raise _error(
            QT_TRANSLATE_NOOP("Tally", "Unknown 100 % base {value}; expected one of {choices}."),
            value=_show(base),
            choices=", ".join(MOTION_BASES),
        )
    threshold = rules.get("threshold", "simple")
    if threshold not in MOTION_THRESHOLDS:
        raise _error(
            QT_TRANSLATE_NOOP("Tally", "Unknown threshold {value}; expected one of {choices}."),
            value=_show(threshold),
            choices=", ".join(MOTION_THRESHOLDS),
        )
    quorum = None
    raw_quorum = rules.get("quorum")
    if raw_quorum is not None:
        if (
            not isinstance(raw_quorum, dict)
            or raw_quorum.get("count") not in ("present", "cast")
            or raw_quorum.get("of", "entitled") != "entitled"
            or "ratio" not in raw_quorum
        ):
            raise _error(
                QT_TRANSLATE_NOOP("Tally", "The quorum must read {example}."),
                example='{"count": "present" or "cast", "of": "entitled", "ratio": 0.5}',
            )
        ratio = parse_number(raw_quorum["ratio"], "The quorum ratio")
        if not 0 <= ratio <= 1:
            raise _error(QT_TRANSLATE_NOOP("Tally", "The quorum ratio must be from 0 to 1."))
        quorum = Quorum(count=raw_quorum["count"], ratio=ratio)
    present = _whole(data, "present")
    entitled = _whole(data, "entitled")
    needs_present = base == "present" or (quorum is not None and quorum.count == "present")
    if needs_present and present is None:
        raise _error(
            QT_TRANSLATE_NOOP("Tally", 'These rules need "present": the weight of people present.')
        )
    if (base == "entitled" or quorum is not None) and entitled is None:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Tally", 'These rules need "entitled": the weight of people entitled to vote.'
            )
        )
    cast_total = sum(totals.values())
    if present is not None and cast_total > present:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Tally", "{cast} ballots were cast but only {present} votes were present."
            ),
            cast=cast_total,
            present=present,
        )
    if present is not None and entitled is not None and present > entitled:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Tally", "{present} votes are present but only {entitled} are entitled."
            ),
            present=present,
            entitled=entitled,
        )
    return MotionElection(
        yes=totals["yes"],
        no=totals["no"],
        abstain=totals["abstain"],
        invalid=totals["invalid"],
        base=base,
        threshold=threshold,
        quorum=quorum,
        present=present,
        entitled=entitled,
    )


def _parse_consent(data: Mapping[str, Any]) -> ConsentElection:
    consents = 0
    objections: dict[str, int] = {}
    allowed = frozenset({"objection", "count"})
    example = '{"objection": null}'
    for index, ballot in enumerate(_ballots(data)):
        _check_fields(index, ballot, allowed, example)
        if "objection" not in ballot:
            raise _ballot_error(
                index,
                QT_TRANSLATE_NOOP("Tally", 'Ballot {ballot}: "{field}" is missing.'),
                field="objection",
            )
        objection = ballot["objection"]
        count = _count(index, ballot)
        if objection is None:
            consents += count
        elif isinstance(objection, str) and objection.strip():
            reason = " ".join(objection.split())
            objections[reason] = objections.get(reason, 0) + count
        else:
            raise _ballot_error(
                index,
                QT_TRANSLATE_NOOP(
                    "Tally",
                    "Ballot {ballot}: an objection must give its reason as text "
                    "(null means consent).",
                ),
            )
    ordered = sorted(((r, c) for r, c in objections.items() if c), key=lambda rc: (-rc[1], rc[0]))
    return ConsentElection(consents=consents, objections=tuple(ordered))


def _parse_projects(data: Mapping[str, Any]) -> tuple[Project, ...]:
    raw = data.get("options")
    example = '{"id": "p1", "label": "…", "cost": 25000}'
    if not isinstance(raw, list) or not raw:
        raise _error(
            QT_TRANSLATE_NOOP("Tally", '"options" must list the projects as {example}.'),
            example=example,
        )
    projects = []
    seen: set[str] = set()
    for entry in raw:
        if not isinstance(entry, dict) or "id" not in entry or "cost" not in entry:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Tally", "Every project needs an id and a cost, as {example}; got {value}."
                ),
                example=example,
                value=_show(entry),
            )
        project_id = entry["id"]
        if _is_int(project_id):
            project_id = str(project_id)
        if not isinstance(project_id, str) or not project_id.strip():
            raise _error(
                QT_TRANSLATE_NOOP("Tally", "A project id must be a non-empty text, not {value}."),
                value=_show(project_id),
            )
        if project_id in seen:
            raise _error(
                QT_TRANSLATE_NOOP("Tally", "The project {project} is listed twice."),
                project=project_id,
            )
        seen.add(project_id)
        label = entry.get("label", project_id)
        cost = parse_number(entry["cost"], f"The cost of project {project_id}")
        check_cost(project_id, cost)
        projects.append(Project(id=project_id, label=str(label), cost=cost))
    return tuple(projects)


def check_cost(project_id: str, cost: Fraction) -> None:
    if cost <= 0:
        raise _error(
            QT_TRANSLATE_NOOP("Tally", "The project {project} must cost more than 0."),
            project=project_id,
        )


def check_budget(budget: Fraction) -> None:
    if budget <= 0:
        raise _error(QT_TRANSLATE_NOOP("Tally", "The budget must be more than 0."))


def check_rule(rule: object) -> str:
    if rule not in PB_RULE_NAMES:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Tally", "Unknown participatory budgeting rule {value}; expected one of {choices}."
            ),
            value=_show(rule),
            choices=", ".join(PB_RULE_NAMES),
        )
    return str(rule)


@dataclass(frozen=True, slots=True)
class PBLimits:
    """What one PB ballot may hold."""

    min_projects: int = 0
    max_projects: int | None = None
    max_cost: Fraction | None = None
    max_points: int | None = None
    max_total_points: int | None = None


def check_pb_ballot(
    index: int,
    ballot: tuple[tuple[int, int], ...],
    projects: Sequence[Project],
    limits: PBLimits,
    label: str | None = None,
) -> None:
    """Check one PB ballot (sorted `(project, points)` pairs, points > 0) against the limits."""
    chosen = len(ballot)
    if limits.max_projects is not None and chosen > limits.max_projects:
        raise _ballot_error(
            index,
            QT_TRANSLATE_NOOP(
                "Tally", "Ballot {ballot} supports {count} projects; at most {maximum} are allowed."
            ),
            count=chosen,
            maximum=limits.max_projects,
            label=label,
        )
    if chosen < limits.min_projects:
        raise _ballot_error(
            index,
            QT_TRANSLATE_NOOP(
                "Tally",
                "Ballot {ballot} supports {count} projects; at least {minimum} are required.",
            ),
            count=chosen,
            minimum=limits.min_projects,
            label=label,
        )
    if limits.max_cost is not None:
        cost = sum((projects[p].cost for p, _ in ballot), Fraction(0))
        if cost > limits.max_cost:
            raise _ballot_error(
                index,
                QT_TRANSLATE_NOOP(
                    "Tally",
                    "Ballot {ballot} chooses projects costing {cost} in total, over the {maximum} "
                    "a ballot may spend.",
                ),
                cost=format_amount(cost),
                maximum=format_amount(limits.max_cost),
                label=label,
            )
    if limits.max_points is not None:
        for project, points in ballot:
            if points > limits.max_points:
                raise _ballot_error(
                    index,
                    QT_TRANSLATE_NOOP(
                        "Tally",
                        "Ballot {ballot} gives {points} points to {project}; at most {maximum} "
                        "per project.",
                    ),
                    points=points,
                    project=projects[project].id,
                    maximum=limits.max_points,
                    label=label,
                )
    if limits.max_total_points is not None:
        total = sum(points for _, points in ballot)
        if total > limits.max_total_points:
            raise _ballot_error(
                index,
                QT_TRANSLATE_NOOP(
                    "Tally", "Ballot {ballot} gives {points} points in all; at most {maximum}."
                ),
                points=total,
                maximum=limits.max_total_points,
                label=label,
            )


def bad_points(
    index: int, project: str, value: object, label: str | None = None
) -> TallyInputError:
    return _ballot_error(
        index,
        QT_TRANSLATE_NOOP(
            "Tally",
            "Ballot {ballot}: the points for {project} must be a whole number, not {value}.",
        ),
        project=_show(project),
        value=_show(value),
        label=label,
    )


def format_amount(value: Fraction) -> str:
    """An exact amount as plain text (for error messages and JSON): 25000, 12.5 or 1/3."""
    if value.denominator == 1:
        return str(value.numerator)
    decimal = Decimal(value.numerator) / Decimal(value.denominator)
    if Fraction(decimal) == value:
        return format(decimal, "f")
    return str(value)


def _parse_pb(data: Mapping[str, Any]) -> PBElection:
    projects = _parse_projects(data)
    lookup = {project.id: i for i, project in enumerate(projects)}
    if "budget" not in data:
        raise _error(QT_TRANSLATE_NOOP("Tally", 'A participatory budget needs a "budget".'))
    budget = parse_number(data["budget"], "The budget")
    check_budget(budget)
    rule = check_rule(data.get("rule", "greedy"))
    max_cost = data.get("max_cost")
    limits = PBLimits(
        min_projects=_whole(data, "min_projects", default=0) or 0,
        max_projects=_whole(data, "max_projects"),
        max_cost=None if max_cost is None else parse_number(max_cost, '"max_cost"'),
        max_points=_whole(data, "max_points"),
        max_total_points=_whole(data, "max_total_points"),
    )
    ballots = _ballots(data)
    cumulative = any(isinstance(b, dict) and "points" in b for b in ballots)
    if cumulative:
        weights, first = _group(
            ballots,
            "points",
            frozenset({"points", "count"}),
            '{"points": {"p1": 3, "p2": 1}}',
            kind=dict,
        )
    else:
        weights, first = _group(
            ballots,
            "approve",
            frozenset({"approve", "count"}),
            '{"approve": ["p1", "p3"]}',
            kind=list,
        )
    profile: dict[tuple[tuple[int, int], ...], int] = {}
    for key, weight in weights.items():
        index = first[key]
        if cumulative:
            positions = _option_indices(index, tuple(name for name, _ in key), lookup)
            pairs = []
            for (name, points), position in zip(key, positions, strict=True):
                if not _is_int(points) or points < 0:
                    raise bad_points(index, name, points)
                if points:
                    pairs.append((position, points))
            ballot = tuple(sorted(pairs))
        else:
            ballot = tuple((p, 1) for p in sorted(_option_indices(index, key, lookup)))
        check_pb_ballot(index, ballot, projects, limits)
        if weight:
            profile[ballot] = profile.get(ballot, 0) + weight
    currency = data.get("currency", "EUR")
    return PBElection(
        projects=projects,
        budget=budget,
        vote_type="cumulative" if cumulative else "approval",
        profile=profile,
        rule=rule,
        currency=currency if isinstance(currency, str) and len(currency) == 3 else "EUR",
        min_projects=limits.min_projects,
        max_projects=limits.max_projects,
        max_cost=limits.max_cost,
        max_points=limits.max_points,
        max_total_points=limits.max_total_points,
    )


def parse_election(data: object, *, method: str | None = None, rule: str | None = None) -> Election:
    """Validate a whole vote in its JSON form and return it typed, identical ballots merged.

    `method` and `rule` override the ones the data names (as `antenne tally --method/--rule`).
    Raises `TallyInputError` naming the first problem; nothing is counted then.
    """
    if not isinstance(data, dict):
        raise _error(QT_TRANSLATE_NOOP("Tally", "A vote must be a JSON object."))
    chosen = method or data.get("method")
    if chosen not in METHOD_NAMES:
        raise _error(
            QT_TRANSLATE_NOOP("Tally", "Unknown method {value}; expected one of {choices}."),
            value=_show(chosen),
            choices=", ".join(METHOD_NAMES),
        )
    if chosen == "pb":
        election = _parse_pb(data)
        if rule is not None:
            election = replace(election, rule=check_rule(rule))
        return election
    if rule is not None:
        raise _error(QT_TRANSLATE_NOOP("Tally", "A rule applies only to participatory budgets."))
    if chosen in RANKED_METHODS:
        return _parse_ranked(data, chosen)
    if chosen == "approval":
        return _parse_approval(data)
    if chosen == "score":
        return _parse_score(data)
    if chosen == "mj":
        return _parse_mj(data)
    if chosen == "motion":
        return _parse_motion(data)
    return _parse_consent(data)
