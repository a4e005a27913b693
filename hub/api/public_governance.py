"""The cooperative's governance as a public web page: `GET /public/governance`
(docs/architecture.md, "Governance").

The QR code on the printed photo boards and poster leads here, so anyone — member or not, on
a phone — can read who governs the cooperative: each body in plain words and its purpose, who
holds a mandate now (first name and initial, never more), its next meeting with the agenda the
body published, and how the bodies are linked. Read-only and unauthenticated: it shows what the
cooperative published with `antenne hub publish governance` and nothing a kiosk alone knows
(no e-mail, phone, photo, member number, nor who proposed an item).

Plain HTML, no script and no outside resource (its Content-Security-Policy allows none), in
French, Dutch or English: `?lang=` if it is one of them, else the browser's Accept-Language,
else French.
"""

from __future__ import annotations

import html
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Annotated, Any
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import HTMLResponse
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import utcnow
from hub.db import HubDatabase
from hub.models import HubRecord

router = APIRouter(prefix="/public", tags=["public"])

LANGUAGES = ("fr", "nl", "en")
DEFAULT_LANGUAGE = "fr"
# The cooperative's meetings are read in its own time zone (the kiosks' default one).
ZONE = ZoneInfo("Europe/Paris")
ON_AGENDA = ("scheduled", "treated")
# What a browser may do with the page: show it, with its own inline style, and nothing else.
HEADERS: Mapping[str, str] = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; "
        "frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "public, max-age=300",
}

WORDS: Mapping[str, Mapping[str, str]] = {
    "fr": {
        "title": "Qui décide quoi dans la coopérative",
        "intro": "Les organes de la coopérative, ce que chacun fait, qui y siège aujourd'hui et "
        "quand il se réunit. Chaque sociétaire peut proposer un point à l'ordre du jour depuis "
        "une borne de son antenne.",
        "people": "Qui y siège aujourd'hui",
        "nobody": "Personne n'y a de mandat pour l'instant.",
        "next": "Prochaine réunion",
        "no_meeting": "Aucune réunion prévue pour l'instant.",
        "agenda": "À l'ordre du jour",
        "no_agenda": "L'ordre du jour n'est pas encore publié.",
        "online": "aussi en ligne",
        "links": "Liens avec les autres organes",
        "empty": "La coopérative n'a encore rien publié ici.",
        "languages": "Langue",
        "at": "à",
    },
    "nl": {
        "title": "Wie beslist wat in de coöperatie",
        "intro": "De organen van de coöperatie, wat elk doet, wie er vandaag in zetelt en wanneer "
        "ze vergaderen. Elk lid kan een punt op de agenda zetten vanaf een zuil in zijn antenne.",
        "people": "Wie er vandaag in zetelt",
        "nobody": "Nog niemand heeft hier een mandaat.",
        "next": "Volgende vergadering",
        "no_meeting": "Nog geen vergadering gepland.",
        "agenda": "Op de agenda",
        "no_agenda": "De agenda is nog niet gepubliceerd.",
        "online": "ook online",
        "links": "Banden met de andere organen",
        "empty": "De coöperatie heeft hier nog niets gepubliceerd.",
        "languages": "Taal",
        "at": "om",
    },
    "en": {
        "title": "Who decides what in the cooperative",
        "intro": "The cooperative's bodies, what each one does, who sits on it today and when it "
        "meets. Every member can put an item on an agenda from a kiosk at their antenne.",
        "people": "Who sits on it today",
        "nobody": "Nobody holds a mandate here yet.",
        "next": "Next meeting",
        "no_meeting": "No meeting planned yet.",
        "agenda": "On the agenda",
        "no_agenda": "The agenda is not published yet.",
        "online": "also online",
        "links": "Links with the other bodies",
        "empty": "The cooperative has not published anything here yet.",
        "languages": "Language",
        "at": "at",
    },
}

# A body's kind in plain words, beside its own name (as the kiosk's map says it).
KINDS: Mapping[str, Mapping[str, str]] = {
    "fr": {
        "general_assembly": "Tous les sociétaires ensemble",
        "board": "Le conseil élu",
        "management_committee": "L'équipe de direction",
        "ethics_committee": "Les gardiens de nos valeurs",
        "council_of_antennas": "La voix des antennes",
        "local_council": "Le conseil d'une antenne",
        "pb_committee": "L'équipe du budget local",
        "working_group": "Un groupe de travail",
    },
    "nl": {
        "general_assembly": "Alle leden samen",
        "board": "De verkozen raad",
        "management_committee": "Het directieteam",
        "ethics_committee": "De hoeders van onze waarden",
        "council_of_antennas": "De stem van de antennes",
        "local_council": "De raad van een antenne",
        "pb_committee": "Het team van het lokale budget",
        "working_group": "Een werkgroep",
    },
    "en": {
        "general_assembly": "All the members together",
        "board": "The elected board",
        "management_committee": "The management team",
        "ethics_committee": "The guardians of our values",
        "council_of_antennas": "The voice of the antennes",
        "local_council": "An antenne's council",
        "pb_committee": "The local budget team",
        "working_group": "A working group",
    },
}

LINKS: Mapping[str, Mapping[str, str]] = {
    "fr": {
        "elects": "élit",
        "reports_to": "rend compte à",
        "appoints": "nomme",
        "advises": "conseille",
    },
    "nl": {
        "elects": "kiest",
        "reports_to": "legt verantwoording af aan",
        "appoints": "benoemt",
        "advises": "adviseert",
    },
    "en": {
        "elects": "elects",
        "reports_to": "reports to",
        "appoints": "appoints",
        "advises": "advises",
    },
}

ROLES: Mapping[str, Mapping[str, str]] = {
    "fr": {
        "chair": "présidence",
        "vice_chair": "vice-présidence",
        "secretary": "secrétariat",
        "treasurer": "trésorerie",
        "director": "administrateur·rice",
        "facilitator": "animation",
    },
    "nl": {
        "chair": "voorzitter",
        "vice_chair": "ondervoorzitter",
        "secretary": "secretaris",
        "treasurer": "penningmeester",
        "director": "bestuurder",
        "facilitator": "begeleider",
    },
    "en": {
        "chair": "chair",
        "vice_chair": "vice-chair",
        "secretary": "secretary",
        "treasurer": "treasurer",
        "director": "director",
        "facilitator": "facilitator",
    },
}

STYLE = """
body{font:18px/1.5 system-ui,sans-serif;max-width:46rem;margin:0 auto;padding:1rem;
color:#1d1b26;background:#fbf7f0}
h1{font-size:1.8rem;line-height:1.2}h2{margin-top:2.5rem;font-size:1.4rem}
section{border-top:6px solid #0b5c6b;background:#fff;padding:0.5rem 1rem 1rem;margin:1.5rem 0}
a{color:#0b5c6b}nav a{margin-right:1rem;display:inline-block;padding:0.5rem 0}
.kind{color:#5c5866;margin:0}
"""


def language_of(lang: str | None, accept_language: str | None) -> str:
    """`lang` when it is one of ours, else the first of ours the browser accepts, else French.
    Anything else in either (any length, any characters) is ignored, never echoed."""
    if lang in LANGUAGES:
        return lang
    for part in (accept_language or "")[:200].split(","):
        tag = part.split(";")[0].strip().lower()[:2]
        if tag in LANGUAGES:
            return tag
    return DEFAULT_LANGUAGE


@dataclass
class _Body:
    data: dict[str, Any]
    people: list[tuple[str, str]] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)
    meeting: dict[str, Any] | None = None
    agenda: list[str] = field(default_factory=list)


def _live(session: Session, entity: str) -> list[dict[str, Any]]:
    rows = session.scalars(
        select(HubRecord.data).where(HubRecord.entity == entity, HubRecord.purged.is_(False))
    )
    return [row for row in rows if isinstance(row, dict) and row.get("deleted_at") is None]


def _text(value: Any, language: str) -> str:
    """A text kept per language, in `language`, else French, else any."""
    if isinstance(value, dict):
        for key in (language, "fr", *LANGUAGES):
            if isinstance(value.get(key), str) and value[key]:
                return str(value[key])
        return ""
    return value if isinstance(value, str) else ""


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _moment(value: Any) -> datetime | None:
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def read_governance(session: Session, language: str, now: datetime) -> list[_Body]:
    """The published bodies in their order, each with its current people, links, next meeting
    and that meeting's agenda read in `language`."""
    today = now.astimezone(ZONE).date()
    bodies = {
        str(data.get("id")): _Body(data)
        for data in sorted(
            _live(session, "body"),
            key=lambda data: (data.get("position") or 0, str(data.get("slug", ""))),
        )
    }
    mandates = _live(session, "mandate")
    # Only the people holding a mandate are read: the register may hold a hundred thousand.
    holders = {str(mandate.get("person_id")) for mandate in mandates}
    people = {
        str(data.get("id")): data
        for data in session.scalars(
            select(HubRecord.data).where(
                HubRecord.entity == "person",
                HubRecord.entity_id.in_(holders),
                HubRecord.purged.is_(False),
            )
        )
        if isinstance(data, dict) and data.get("deleted_at") is None
    }
    for mandate in mandates:
        body = bodies.get(str(mandate.get("body_id")))
        person = people.get(str(mandate.get("person_id")))
        start, end = _day(mandate.get("start")), _day(mandate.get("end"))
        if body is None or person is None or start is None or start > today:
            continue
        if end is not None and end < today:
            continue
        first = str(person.get("first_name", "")).strip()
        initial = str(person.get("last_name", "")).strip()[:1].upper()
        name = f"{first} {initial}." if initial else first
        if name and (name, str(mandate.get("role", ""))) not in body.people:
            body.people.append((name, str(mandate.get("role", ""))))
    for link in _live(session, "body_link"):
        source = bodies.get(str(link.get("source_id")))
        target = str(link.get("target_id"))
        if source is not None and target in bodies:
            source.links.append((str(link.get("kind", "")), target))
    meetings: dict[str, dict[str, Any]] = {}
    for meeting in _live(session, "meeting"):
        body = bodies.get(str(meeting.get("body_id")))
        starts = _moment(meeting.get("starts_at"))
        if body is None or starts is None or meeting.get("status", "planned") != "planned":
            continue
        if starts >= now and (body.meeting is None or starts < body.meeting["_starts"]):
            body.meeting = {**meeting, "_starts": starts}
    for body in bodies.values():
        if body.meeting is not None:
            meetings[str(body.meeting.get("id"))] = body.meeting
    points: defaultdict[str, dict[int, dict[str, Any]]] = defaultdict(dict)
    members: defaultdict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in _live(session, "agenda_item"):
        meeting_id = str(item.get("meeting_id"))
        if meeting_id not in meetings or item.get("status") not in ON_AGENDA:
            continue
        if item.get("proposer_id"):
            members[meeting_id].append(item)
            continue
        # A point the body published comes once per language: keep the reader's.
        position = int(item.get("position") or 0)
        held = points[meeting_id].get(position)
        if held is None or _rank(item, language) < _rank(held, language):
            points[meeting_id][position] = item
    for body in bodies.values():
        if body.meeting is None:
            continue
        meeting_id = str(body.meeting.get("id"))
        ordered = sorted(
            [*points[meeting_id].values(), *members[meeting_id]],
            key=lambda item: (int(item.get("position") or 0), str(item.get("id"))),
        )
        body.agenda = [str(item.get("title", "")) for item in ordered if item.get("title")]
    return list(bodies.values())


def _rank(item: Mapping[str, Any], language: str) -> int:
    return {language: 0, "fr": 1}.get(str(item.get("language", "fr")), 2)


def render(bodies: list[_Body], language: str) -> str:
    """The page: every value the cooperative published is escaped."""
    words = WORDS[language]
    esc = html.escape
    slugs = {str(body.data.get("id")): str(body.data.get("slug", "")) for body in bodies}
    names = {str(body.data.get("id")): _text(body.data.get("name"), language) for body in bodies}
    switch = " ".join(
        f'<a href="?lang={code}" hreflang="{code}" lang="{code}">{esc(label)}</a>'
        for code, label in (("fr", "Français"), ("nl", "Nederlands"), ("en", "English"))
        if code != language
    )
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{language}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(words['title'])}</title><style>{STYLE}</style></head><body>",
        f'<nav aria-label="{esc(words["languages"])}">{switch}</nav>',
        f"<main><h1>{esc(words['title'])}</h1><p>{esc(words['intro'])}</p>",
    ]
    if not bodies:
        parts.append(f"<p>{esc(words['empty'])}</p>")
    for body in bodies:
        data = body.data
        kind = KINDS[language].get(str(data.get("kind", "")), "")
        name = names[str(data.get("id"))]
        parts.append(f'<section id="body-{esc(slugs[str(data.get("id"))])}">')
        parts.append(f"<h2>{esc(name)}</h2>")
        if kind and kind != name:
            parts.append(f'<p class="kind">{esc(kind)}</p>')
        purpose = _text(data.get("purpose"), language)
        if purpose:
            parts.append(f"<p>{esc(purpose)}</p>")
        parts.append(f"<h3>{esc(words['people'])}</h3>")
        if body.people:
            people = "".join(
                f"<li>{esc(person)}"
                + (f" — {esc(ROLES[language][role])}" if role in ROLES[language] else "")
                + "</li>"
                for person, role in body.people
            )
            parts.append(f"<ul>{people}</ul>")
        else:
            parts.append(f"<p>{esc(words['nobody'])}</p>")
        parts.append(f"<h3>{esc(words['next'])}</h3>")
        parts.append(_meeting(body, language))
        if body.links:
            links = "".join(
                f"<li>{esc(LINKS[language].get(kind, kind.replace('_', ' ')))} "
                f'<a href="#body-{esc(slugs[target])}">{esc(names[target])}</a></li>'
                for kind, target in body.links
            )
            parts.append(f"<h3>{esc(words['links'])}</h3><ul>{links}</ul>")
        parts.append("</section>")
    parts.append("</main></body></html>")
    return "\n".join(parts)


def _meeting(body: _Body, language: str) -> str:
    words = WORDS[language]
    esc = html.escape
    meeting = body.meeting
    if meeting is None:
        return f"<p>{esc(words['no_meeting'])}</p>"
    local = meeting["_starts"].astimezone(ZONE)
    when = f"{local:%d/%m/%Y} {words['at']} {local:%H:%M}"
    title = _text(meeting.get("title"), language)
    where = str(meeting.get("location") or "")
    line = ", ".join(part for part in (title, when, where) if part)
    if meeting.get("online_url"):
        line += f" ({words['online']})"
    text = f"<p>{esc(line)}</p>"
    if body.agenda:
        points = "".join(f"<li>{esc(point)}</li>" for point in body.agenda)
        return f"{text}<h4>{esc(words['agenda'])}</h4><ol>{points}</ol>"
    return f"{text}<p>{esc(words['no_agenda'])}</p>"


@router.get("/governance", response_class=HTMLResponse, include_in_schema=False)
def public_governance(
    request: Request,
    lang: Annotated[str | None, Query()] = None,
    accept_language: Annotated[str | None, Header()] = None,
) -> HTMLResponse:
    """The governance page, in the reader's language."""
    language = language_of(lang, accept_language)
    database: HubDatabase = request.app.state.database
    with database.transaction() as session:
        bodies = read_governance(session, language, utcnow())
    headers = {**HEADERS, "Content-Language": language, "Vary": "Accept-Language"}
    return HTMLResponse(render(bodies, language), headers=headers)
