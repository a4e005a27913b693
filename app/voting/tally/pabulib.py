"""Pabulib `.pb` files (pabulib.org/format) read into a participatory-budgeting election.

Sections META, PROJECTS and VOTES, `;`-separated with quoted fields, any line endings, an optional
byte-order mark. Vote types `approval` (and `choose-1`) and `cumulative`. The META limits become
ballot checks: `min_length`, `max_length` (projects per ballot), `max_sum_cost` (what a ballot may
spend), `max_points` and `max_sum_points`. A problem is reported with its line number.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from app.errors import QT_TRANSLATE_NOOP
from app.voting.tally.elections import PBElection, Project
from app.voting.tally.pb_ballots import (
    PBLimits,
    bad_points,
    check_budget,
    check_cost,
    check_pb_ballot,
    check_rule,
)
from app.voting.tally.reading import ballot_error, parse_number, vote_error

# Pabulib's names of the rules a municipality used, and ours.
_RULES = {
    "greedy": "greedy",
    "equalshares": "mes",
    "equalshares/add1": "mes-add1",
}
# Rules a file may name that the tally does not run, and what it applies instead. Wieliczka's
# `equalshares/add1-comparison` is MES with add1, then a comparison with the greedy outcome
# that switches to it when a majority of voters prefer it (equalshares.net); the comparison is
# not run, so MES with add1 is applied and the result says so: never a silent substitute.
_NEAREST = {"equalshares/add1-comparison": "mes-add1"}


def read_pabulib(path: Path, *, rule: str | None = None) -> PBElection:
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise vote_error(
            QT_TRANSLATE_NOOP("Tally", "Cannot read {path}: {reason}."),
            path=str(path),
            reason=error.strerror or str(error),
        ) from error
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise vote_error(
            QT_TRANSLATE_NOOP("Tally", "{path} is not a UTF-8 text file."), path=str(path)
        ) from None
    return parse_pabulib(text, rule=rule)


def _int_meta(meta: dict[str, str], key: str) -> int | None:
    value = meta.get(key)
    if value is None or value == "":
        return None
    number = parse_number(value, f"META {key}")
    if number.denominator != 1 or number < 0:
        raise vote_error(
            QT_TRANSLATE_NOOP("Tally", "META {key} must be a whole number, not {value}."),
            key=key,
            value=value,
        )
    return int(number)


def parse_pabulib(text: str, *, rule: str | None = None) -> PBElection:
    """A Pabulib file's text as an election (rule: `rule`, else the file's, else the nearest
    rule the tally runs, else greedy; `file_rule` keeps what the file named then)."""
    reader = csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""), delimiter=";")
    section = ""
    header: list[str] = []
    meta: dict[str, str] = {}
    projects: list[Project] = []
    lookup: dict[str, int] = {}
    votes: list[tuple[int, dict[str, str]]] = []
    seen_sections: set[str] = set()
    for row in reader:
        if not row or all(not cell.strip() for cell in row):
            continue
        first = row[0].strip().lower()
        if first in ("meta", "projects", "votes") and all(not c.strip() for c in row[1:]):
            section = first
            seen_sections.add(section)
            header_row = next(reader, None)
            if header_row is None:
                raise vote_error(
                    QT_TRANSLATE_NOOP("Tally", "Line {line}: the {section} section has no header."),
                    line=reader.line_num,
                    section=section.upper(),
                )
            header = [cell.strip() for cell in header_row]
            needed = {"projects": ("project_id", "cost"), "votes": ("vote",)}.get(section, ())
            for column in needed:
                if column not in header:
                    raise vote_error(
                        QT_TRANSLATE_NOOP(
                            "Tally", "Line {line}: the {section} section has no {column} column."
                        ),
                        line=reader.line_num,
                        section=section.upper(),
                        column=column,
                    )
            continue
        if not section:
            raise vote_error(
                QT_TRANSLATE_NOOP(
                    "Tally", "Line {line}: expected a META, PROJECTS or VOTES section first."
                ),
                line=reader.line_num,
            )
        if section == "meta":
            if len(row) < 2:
                raise vote_error(
                    QT_TRANSLATE_NOOP("Tally", "Line {line}: a META line reads key;value."),
                    line=reader.line_num,
                )
            meta[row[0].strip()] = row[1].strip()
            continue
        if len(row) != len(header):
            raise vote_error(
                QT_TRANSLATE_NOOP(
                    "Tally", "Line {line}: {count} fields where the header has {expected}."
                ),
                line=reader.line_num,
                count=len(row),
                expected=len(header),
            )
        fields = {key: cell.strip() for key, cell in zip(header, row, strict=True)}
        if section == "projects":
            project_id = fields["project_id"]
            if not project_id:
                raise vote_error(
                    QT_TRANSLATE_NOOP("Tally", "Line {line}: a project without an id."),
                    line=reader.line_num,
                )
            if project_id in lookup:
                raise vote_error(
                    QT_TRANSLATE_NOOP(
                        "Tally", "Line {line}: the project {project} is listed twice."
                    ),
                    line=reader.line_num,
                    project=project_id,
                )
            cost = parse_number(fields["cost"], f"The cost of project {project_id}")
            check_cost(project_id, cost)
            lookup[project_id] = len(projects)
            projects.append(Project(project_id, fields.get("name") or project_id, cost))
        else:
            votes.append((reader.line_num, fields))
    for required in ("meta", "projects", "votes"):
        if required not in seen_sections:
            raise vote_error(
                QT_TRANSLATE_NOOP("Tally", "The file has no {section} section."),
                section=required.upper(),
            )
    if "budget" not in meta:
        raise vote_error(QT_TRANSLATE_NOOP("Tally", "META has no budget."))
    budget = parse_number(meta["budget"], "META budget")
    check_budget(budget)
    vote_type = meta.get("vote_type", "approval")
    if vote_type not in ("approval", "choose-1", "cumulative"):
        raise vote_error(
            QT_TRANSLATE_NOOP(
                "Tally", "Vote type {value} is not supported: only approval and cumulative are."
            ),
            value=vote_type,
        )
    cumulative = vote_type == "cumulative"
    max_cost = meta.get("max_sum_cost")
    limits = PBLimits(
        min_projects=_int_meta(meta, "min_length") or 0,
        max_projects=_int_meta(meta, "max_length"),
        max_cost=parse_number(max_cost, "META max_sum_cost") if max_cost else None,
        max_points=_int_meta(meta, "max_points"),
        max_total_points=_int_meta(meta, "max_sum_points"),
    )
    profile: dict[tuple[tuple[int, int], ...], int] = {}
    for index, (line_number, fields) in enumerate(votes):
        label = f"{index + 1} ({fields.get('voter_id') or '?'}, line {line_number})"
        names = [name.strip() for name in fields["vote"].split(",") if name.strip()]
        positions = []
        for name in names:
            position = lookup.get(name)
            if position is None:
                raise ballot_error(
                    index,
                    QT_TRANSLATE_NOOP(
                        "Tally", "Ballot {ballot}: {option} is not one of the options."
                    ),
                    option=repr(name),
                    label=label,
                )
            if position in positions:
                raise ballot_error(
                    index,
                    QT_TRANSLATE_NOOP("Tally", "Ballot {ballot}: {option} appears twice."),
                    option=repr(name),
                    label=label,
                )
            positions.append(position)
        if cumulative:
            raw_points = [p.strip() for p in fields.get("points", "").split(",") if p.strip()]
            if len(raw_points) != len(positions):
                raise ballot_error(
                    index,
                    QT_TRANSLATE_NOOP(
                        "Tally",
                        "Ballot {ballot}: {projects} projects but {points} numbers of points.",
                    ),
                    projects=len(positions),
                    points=len(raw_points),
                    label=label,
                )
            pairs = []
            for position, value in zip(positions, raw_points, strict=True):
                if not value.isdigit():
                    raise bad_points(index, projects[position].id, value, label=label)
                if int(value):
                    pairs.append((position, int(value)))
            ballot = tuple(sorted(pairs))
        else:
            ballot = tuple((p, 1) for p in sorted(positions))
        check_pb_ballot(index, ballot, projects, limits, label=label)
        profile[ballot] = profile.get(ballot, 0) + 1
    file_rule = meta.get("rule", "")
    if rule:
        chosen_rule = check_rule(rule)
    else:
        chosen_rule = _RULES.get(file_rule) or _NEAREST.get(file_rule, "greedy")
    currency = meta.get("currency", "EUR")
    return PBElection(
        projects=tuple(projects),
        budget=budget,
        vote_type="cumulative" if cumulative else "approval",
        profile=profile,
        rule=chosen_rule,
        currency=currency if len(currency) == 3 and currency.isalpha() else "EUR",
        min_projects=limits.min_projects,
        max_projects=limits.max_projects,
        max_cost=limits.max_cost,
        max_points=limits.max_points,
        max_total_points=limits.max_total_points,
        # Named only when the file's rule is not the one applied (an explicit `rule` is the
        # caller's choice, and says so itself).
        file_rule=None if rule or file_rule in _RULES else file_rule,
    )
