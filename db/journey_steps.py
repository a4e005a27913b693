"""The member journey's default steps (parcours du sociétaire), seeded on an empty database.

Journey steps are hub-authoritative content: the hub may reorder, rename or retire them. A
kiosk without a hub (and the demo antenne) starts from these. Each step's id is derived from
its slug, so every kiosk seeds the same rows and the hub's later versions replace them.
`trigger` names the domain events (`app.events`) that tick the step by itself; a step without
one is ticked by a facilitator ("met a facilitator").
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import cast

from sqlalchemy import Connection, Table, insert, select

from app.clock import utcnow

_NAMESPACE = uuid.UUID("6f1d3b1e-2a0c-4d55-9a53-5b2d7c1e0a11")


@dataclass(frozen=True)
class StepSpec:
    slug: str
    title: dict[str, str]
    description: dict[str, str]
    trigger: str = ""
    celebrate: bool = False


FIRST_AGENDA_ITEM_TREATED = StepSpec(
    "first-agenda-item-treated",
    {
        "fr": "Mon premier point traité par une instance",
        "nl": "Mijn eerste agendapunt behandeld",
        "en": "My first agenda item was treated",
    },
    {
        "fr": "J'ai mis un sujet à l'ordre du jour et il a été discuté.",
        "nl": "Ik zette een onderwerp op de agenda en het werd besproken.",
        "en": "I put a subject on a body's agenda and it was discussed.",
    },
    # Ticked by the hub when the body's secretary marks the item treated
    # (`hub.service.agenda`): the row reaches the person's antenne with the answer.
    trigger="agenda_item_treated",
)


DEFAULT_STEPS: tuple[StepSpec, ...] = (
    StepSpec(
        "booklet-read",
        {"fr": "J'ai lu le livret", "nl": "Ik heb het boekje gelezen", "en": "I read the booklet"},
        {
            "fr": "« C'est quoi Smart ? » : la coopérative en mots simples.",
            "nl": "“Wat is Smart?”: de coöperatie in eenvoudige woorden.",
            "en": "“What is Smart?”: the cooperative in plain words.",
        },
        trigger="page_read:booklet",
    ),
    StepSpec(
        "info-session",
        {
            "fr": "J'ai suivi une séance d'information",
            "nl": "Ik volgde een infosessie",
            "en": "I attended an information session",
        },
        {
            "fr": "Une heure pour comprendre la coopérative et poser ses questions.",
            "nl": "Een uur om de coöperatie te begrijpen en vragen te stellen.",
            "en": "An hour to understand the cooperative and ask questions.",
        },
        trigger="checked_in:info_session",
    ),
    StepSpec(
        "met-facilitator",
        {
            "fr": "J'ai rencontré un·e facilitateur·rice",
            "nl": "Ik ontmoette een begeleider",
            "en": "I met a facilitator",
        },
        {
            "fr": "Quelqu'un de l'antenne connaît mon projet.",
            "nl": "Iemand van de antenne kent mijn project.",
            "en": "Someone at the antenne knows my project.",
        },
    ),
    StepSpec(
        "first-coworking",
        {
            "fr": "Mon premier co-working ou permanence",
            "nl": "Mijn eerste coworking of inloopmoment",
            "en": "My first co-working or drop-in",
        },
        {
            "fr": "Travailler à côté d'autres membres, partager un café.",
            "nl": "Naast andere leden werken, een koffie delen.",
            "en": "Working next to other members, sharing a coffee.",
        },
        trigger="checked_in:coworking|checked_in:drop_in",
    ),
    StepSpec(
        "first-skill",
        {
            "fr": "J'ai proposé ou demandé une compétence",
            "nl": "Ik bood een vaardigheid aan of vroeg er een",
            "en": "I offered or asked for a skill",
        },
        {
            "fr": "Ce que je sais transmettre, ce que je cherche.",
            "nl": "Wat ik kan doorgeven, wat ik zoek.",
            "en": "What I can pass on, what I am looking for.",
        },
        trigger="skill_posted",
    ),
    StepSpec(
        "first-vote",
        {"fr": "J'ai voté", "nl": "Ik heb gestemd", "en": "I voted"},
        {
            "fr": "Une consultation, un budget participatif, une assemblée.",
            "nl": "Een raadpleging, een participatief budget, een vergadering.",
            "en": "A consultation, a participatory budget, an assembly.",
        },
        trigger="vote_cast",
    ),
    FIRST_AGENDA_ITEM_TREATED,
    StepSpec(
        "shareholder",
        {
            "fr": "Je suis devenu·e sociétaire",
            "nl": "Ik werd vennoot",
            "en": "I became a shareholder",
        },
        {
            "fr": "J'ai pris mes parts : la coopérative est aussi la mienne.",
            "nl": "Ik nam mijn aandelen: de coöperatie is ook van mij.",
            "en": "I bought my shares: the cooperative is mine too.",
        },
        trigger="became_shareholder",
        celebrate=True,
    ),
)


def step_id(slug: str) -> uuid.UUID:
    return uuid.uuid5(_NAMESPACE, slug)


def seed_journey_steps(
    connection: Connection,
    *,
    now: datetime | None = None,
    origin: str = "",
    hlc: str = "",
) -> int:
    """Insert the default steps if there are none at all (retired ones count); returns how
    many were written. Through Core and without outbox rows: the hub owns journey steps."""
    from db.models import JourneyStep

    table = cast(Table, JourneyStep.__table__)
    if connection.execute(select(table.c.id).limit(1)).first() is not None:
        return 0
    now = now or utcnow()
    rows = [
        {
            "id": step_id(spec.slug),
            "created_at": now,
            "updated_at": now,
            "hlc": hlc,
            "origin": origin,
            "deleted_at": None,
            "slug": spec.slug,
            "position": (index + 1) * 10,
            "title": dict(spec.title),
            "description": dict(spec.description),
            "celebrate": spec.celebrate,
            "trigger": spec.trigger,
        }
        for index, spec in enumerate(DEFAULT_STEPS)
    ]
    connection.execute(insert(table), rows)
    return len(rows)
