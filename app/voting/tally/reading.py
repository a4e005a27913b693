"""Reading the JSON form of a vote: the error it raises and the readers every ballot kind shares.

Numbers are read exactly (`parse_number`) and written back exactly (`format_amount`); ballots are
checked field by field and identical ones merged (`group_ballots`). Errors name the ballot
(numbered from 1, as a person counts) and the problem.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Any, cast

from app.errors import QT_TRANSLATE_NOOP, InvalidInputError, Message

CONTEXT = "Tally"


class TallyInputError(InvalidInputError):
    """A vote that cannot be counted as given; nothing was counted.

    `ballot` is the 0-based index of the ballot at fault when one is (the message numbers
    ballots from 1).
    """

    def __init__(self, message: Message, *, ballot: int | None = None) -> None:
        super().__init__(message)
        self.ballot = ballot


def vote_error(source: str, **params: Any) -> TallyInputError:
    return TallyInputError(Message(CONTEXT, source, params))


def ballot_error(index: int, source: str, **params: Any) -> TallyInputError:
    label = params.pop("label", None) or str(index + 1)
    return TallyInputError(Message(CONTEXT, source, {"ballot": label, **params}), ballot=index)


def is_int(value: object) -> bool:
    return type(value) is int  # never a bool, which is an int to Python


def read_count(index: int, ballot: Mapping[str, Any], label: str | None = None) -> int:
    value = ballot.get("count", 1)
    if type(value) is not int or value < 0:
        raise ballot_error(
            index,
            QT_TRANSLATE_NOOP(
                "Tally",
                'Ballot {ballot}: "count" must be a whole number of at least 0, not {value}.',
            ),
            value=show(value),
            label=label,
        )
    return value


def show(value: object) -> str:
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= 60 else text[:57] + "…"


def parse_number(value: object, what: str) -> Fraction:
    """An exact number from JSON: int, decimal float, decimal text ("400000.0") or "2/3"."""
    try:
        if is_int(value):
            return Fraction(cast(int, value))
        if isinstance(value, float):
            return Fraction(Decimal(repr(value)))
        if isinstance(value, str):
            text = value.strip().replace(",", ".")
            return Fraction(text) if "/" in text else Fraction(Decimal(text))
    except (InvalidOperation, ValueError, OverflowError, ZeroDivisionError):
        pass
    raise vote_error(
        QT_TRANSLATE_NOOP("Tally", "{what} must be a number, not {value}."),
        what=what,
        value=show(value),
    )


def read_whole(data: Mapping[str, Any], key: str, *, default: int | None = None) -> int | None:
    value = data.get(key, default)
    if value is None:
        return None
    if not is_int(value) or value < 0:
        raise vote_error(
            QT_TRANSLATE_NOOP(
                "Tally", '"{field}" must be a whole number of at least 0, not {value}.'
            ),
            field=key,
            value=show(value),
        )
    return int(value)


def read_options(data: Mapping[str, Any]) -> tuple[str, ...]:
    options = data.get("options")
    if not isinstance(options, list) or not options:
        raise vote_error(QT_TRANSLATE_NOOP("Tally", '"options" must be a non-empty list of names.'))
    seen: set[str] = set()
    for option in options:
        if not isinstance(option, str) or not option.strip():
            raise vote_error(
                QT_TRANSLATE_NOOP("Tally", "Every option must be a non-empty name, not {value}."),
                value=show(option),
            )
        if option in seen:
            raise vote_error(
                QT_TRANSLATE_NOOP("Tally", "The option {option} is listed twice."),
                option=show(option),
            )
        seen.add(option)
    return tuple(options)


def read_ballots(data: Mapping[str, Any], *, required: bool = True) -> list[Any]:
    ballots = data.get("ballots")
    if ballots is None and not required:
        return []
    if not isinstance(ballots, list):
        raise vote_error(QT_TRANSLATE_NOOP("Tally", '"ballots" must be a list of ballots.'))
    return ballots


def check_fields(index: int, ballot: object, allowed: frozenset[str], example: str) -> None:
    if type(ballot) is not dict:
        raise ballot_error(
            index,
            QT_TRANSLATE_NOOP("Tally", "Ballot {ballot} is not an object like {example}."),
            example=example,
        )
    if not ballot.keys() <= allowed:
        unknown = sorted(str(key) for key in ballot.keys() - allowed)
        raise ballot_error(
            index,
            QT_TRANSLATE_NOOP(
                "Tally", "Ballot {ballot}: unknown field {field} (expected {example})."
            ),
            field=show(unknown[0]),
            example=example,
        )


def group_ballots(
    ballots: Sequence[Any], field: str, allowed: frozenset[str], example: str, *, kind: type
) -> tuple[dict[Any, int], dict[Any, int]]:
    """Merge identical ballots: (contents → total weight, contents → first ballot index).

    `kind` is the JSON type the field must have (list or dict); dicts are keyed by their items.
    """
    weights: dict[Any, int] = {}
    first: dict[Any, int] = {}
    for index, ballot in enumerate(ballots):
        check_fields(index, ballot, allowed, example)
        value: Any = ballot.get(field)
        if type(value) is not kind:
            if value is None:
                raise ballot_error(
                    index,
                    QT_TRANSLATE_NOOP("Tally", 'Ballot {ballot}: "{field}" is missing.'),
                    field=field,
                )
            raise ballot_error(
                index,
                QT_TRANSLATE_NOOP(
                    "Tally", 'Ballot {ballot}: "{field}" is not in the expected form {example}.'
                ),
                field=field,
                example=example,
            )
        count = read_count(index, ballot)
        try:
            contents: Any = value  # a list or a dict, checked above
            key = tuple(contents.items()) if kind is dict else tuple(contents)
            if key in weights:
                weights[key] += count
            else:
                weights[key] = count
                first[key] = index
        except TypeError:  # an unhashable name: a list or an object where a name should be
            raise ballot_error(
                index,
                QT_TRANSLATE_NOOP(
                    "Tally", 'Ballot {ballot}: "{field}" is not in the expected form {example}.'
                ),
                field=field,
                example=example,
            ) from None
    return weights, first


def option_indices(
    index: int, names: tuple[Any, ...], lookup: Mapping[str, int], label: str | None = None
) -> tuple[int, ...]:
    seen: set[int] = set()
    result = []
    for name in names:
        position = lookup.get(name) if isinstance(name, str) else None
        if position is None:
            raise ballot_error(
                index,
                QT_TRANSLATE_NOOP("Tally", "Ballot {ballot}: {option} is not one of the options."),
                option=show(name),
                label=label,
            )
        if position in seen:
            raise ballot_error(
                index,
                QT_TRANSLATE_NOOP("Tally", "Ballot {ballot}: {option} appears twice."),
                option=show(name),
                label=label,
            )
        seen.add(position)
        result.append(position)
    return tuple(result)


def format_amount(value: Fraction) -> str:
    """An exact amount as plain text (for error messages and JSON): 25000, 12.5 or 1/3."""
    if value.denominator == 1:
        return str(value.numerator)
    decimal = Decimal(value.numerator) / Decimal(value.denominator)
    if Fraction(decimal) == value:
        return format(decimal, "f")
    return str(value)
