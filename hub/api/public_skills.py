"""The skills board's public pages on the hub (docs/architecture.md, "Introductions through the
hub"): read by anyone's phone, no authentication, plain HTML without script or outside
resource, rate limited per client address like the calendars (`hub.api.public`).

- `GET /public/skills/{post_id}?lang=fr|nl|en`: a post as the QR code on the kiosk's post
  screen shows it — title, offer or need, its tags' labels, level, modality, availability, the
  author's first name and initial, and how to ask for an introduction (at an antenne's kiosk,
  by badge). Never a way to reach anyone. A hidden, deleted, expired, unknown or malformed
  post is a 404.
- `GET /public/intro/{token}/accept|decline`: the page an author's answer link opens. It only
  says what the button will do: mail scanners follow links, so a GET never answers.
- `POST` to the same address: the answer (`hub.service.intros.answer_by_link`), once.

Every text a person wrote is escaped; the language is `?lang=` (else Accept-Language, else
French) for a post, the author's for an answer link. The words of the pages are here, in
French, Dutch and English: the hub has no Qt translations.
"""

from __future__ import annotations

import html
import uuid
from collections.abc import Mapping
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.responses import HTMLResponse
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from app.clock import HybridClock, utcnow
from app.sync.public_pages import SKILL_POST_PATH
from hub.api.public import rate_limited
from hub.api.public_governance import STYLE, ZONE, language_of
from hub.db import HubDatabase
from hub.models import HubRecord
from hub.service import intros

router = APIRouter(prefix="", tags=["public"], dependencies=[Depends(rate_limited)])

HEADERS: Mapping[str, str] = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'self'; "
        "frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}
# A post hidden or removed leaves the page within the minute; an answer page is never kept.
POST_CACHE = "public, max-age=60"
LINK_CACHE = "no-store"
BUTTON_STYLE = (
    "button{font:inherit;font-size:1.2rem;padding:0.9rem 1.6rem;min-height:60px;"
    "border:0;border-radius:6px;background:#0b5c6b;color:#fff}"
    ".decline button{background:#5c5866}dl dt{font-weight:bold;margin-top:0.6rem}dl dd{margin:0}"
)

WORDS: Mapping[str, Mapping[str, str]] = {
    "fr": {
        "offer": "Propose",
        "need": "Cherche",
        "board": "Tableau des savoir-faire de Smart",
        "skills": "Savoir-faire",
        "level": "Niveau",
        "modality": "Comment",
        "availability": "Disponibilités",
        "author": "Publié par",
        "how": "Envie de rencontrer {author}\u202f? Passez dans une antenne de Smart et scannez "
        "votre badge à la borne, sur cette annonce\u202f: la borne transmet votre demande, sans "
        "montrer les coordonnées de personne. {author} vous répond à la borne ou par courriel.",
        "missing": "Cette annonce n'est pas (ou plus) au tableau des savoir-faire.",
        "missing_title": "Annonce introuvable",
        "link_title": "Demande de rencontre",
        "accept_ask": "Accepter de rencontrer {requester} au sujet de « {title} »\u202f? Vous "
        "recevrez chacun les coordonnées de l'autre par courriel.",
        "decline_ask": "Refuser la rencontre avec {requester} au sujet de « {title} »\u202f? "
        "{requester} ne recevra rien de vous\u202f; nous le lui dirons gentiment.",
        "accept_button": "Oui, j'accepte",
        "decline_button": "Non, je refuse",
        "accepted": "C'est noté\u202f: vous recevrez les coordonnées de {requester} par courriel, "
        "et {requester} les vôtres.",
        "declined": "C'est noté\u202f: {requester} en sera informé·e, sans rien recevoir de vous.",
        "answered": "Cette demande a déjà reçu une réponse.",
        "bad_link": "Ce lien ne fonctionne plus\u202f: il a déjà servi, ou il a expiré. Vous "
        "pouvez répondre à une borne en scannant votre badge.",
        "languages": "Langue",
    },
    "nl": {
        "offer": "Biedt aan",
        "need": "Zoekt",
        "board": "Vaardighedenbord van Smart",
        "skills": "Vaardigheden",
        "level": "Niveau",
        "modality": "Hoe",
        "availability": "Beschikbaarheid",
        "author": "Geplaatst door",
        "how": "Wil je {author} ontmoeten? Kom langs in een antenne van Smart en scan je badge "
        "aan de kiosk, bij dit bericht: de kiosk geeft je vraag door, zonder iemands "
        "contactgegevens te tonen. {author} antwoordt aan de kiosk of per e-mail.",
        "missing": "Dit bericht staat niet (meer) op het vaardighedenbord.",
        "missing_title": "Bericht niet gevonden",
        "link_title": "Vraag om een ontmoeting",
        "accept_ask": "Wil je {requester} ontmoeten over ‘{title}’? Jullie krijgen elk de "
        "contactgegevens van de ander per e-mail.",
        "decline_ask": "Wil je de ontmoeting met {requester} over ‘{title}’ weigeren? "
        "{requester} krijgt niets van jou; we laten het vriendelijk weten.",
        "accept_button": "Ja, graag",
        "decline_button": "Nee, liever niet",
        "accepted": "Genoteerd: je krijgt de contactgegevens van {requester} per e-mail, en "
        "{requester} die van jou.",
        "declined": "Genoteerd: {requester} hoort het, zonder iets van jou te krijgen.",
        "answered": "Op deze vraag is al geantwoord.",
        "bad_link": "Deze link werkt niet meer: hij is al gebruikt of verlopen. Je kunt "
        "antwoorden aan een kiosk door je badge te scannen.",
        "languages": "Taal",
    },
    "en": {
        "offer": "Offers",
        "need": "Looks for",
        "board": "Smart's skills board",
        "skills": "Skills",
        "level": "Level",
        "modality": "How",
        "availability": "Availability",
        "author": "Posted by",
        "how": "Would you like to meet {author}? Come to one of Smart's antennes and scan your "
        "badge at the kiosk, on this post: the kiosk passes your request on without showing "
        "anyone's contact details. {author} answers at a kiosk or by e-mail.",
        "missing": "This post is not (or no longer) on the skills board.",
        "missing_title": "Post not found",
        "link_title": "A request to meet",
        "accept_ask": "Accept to meet {requester} about “{title}”? You will each receive the "
        "other's contact details by e-mail.",
        "decline_ask": "Decline to meet {requester} about “{title}”? {requester} receives "
        "nothing of yours; we tell them kindly.",
        "accept_button": "Yes, I accept",
        "decline_button": "No, I decline",
        "accepted": "Done: you will receive {requester}'s contact details by e-mail, and they "
        "will receive yours.",
        "declined": "Done: {requester} will be told, and receives nothing of yours.",
        "answered": "This request has been answered already.",
        "bad_link": "This link no longer works: it was used already, or it expired. You can "
        "answer at a kiosk by scanning your badge.",
        "languages": "Language",
    },
}
LEVELS: Mapping[str, Mapping[str, str]] = {
    "fr": {"first_steps": "Premiers pas", "confirmed": "Confirmé", "expert": "Expert"},
    "nl": {"first_steps": "Eerste stappen", "confirmed": "Gevorderd", "expert": "Expert"},
    "en": {"first_steps": "First steps", "confirmed": "Confirmed", "expert": "Expert"},
}
MODALITIES: Mapping[str, Mapping[str, str]] = {
    "fr": {"in_person": "En personne", "online": "En ligne", "either": "En personne ou en ligne"},
    "nl": {"in_person": "Ter plaatse", "online": "Online", "either": "Ter plaatse of online"},
    "en": {"in_person": "In person", "online": "Online", "either": "In person or online"},
}


def _page(language: str, title: str, content: str, *, switch: bool) -> str:
    esc = html.escape
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{language}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)}</title><style>{STYLE}{BUTTON_STYLE}</style></head><body>",
    ]
    if switch:
        links = " ".join(
            f'<a href="?lang={code}" hreflang="{code}" lang="{code}">{esc(label)}</a>'
            for code, label in (("fr", "Français"), ("nl", "Nederlands"), ("en", "English"))
            if code != language
        )
        parts.append(f'<nav aria-label="{esc(WORDS[language]["languages"])}">{links}</nav>')
    parts.append(f"<main>{content}</main></body></html>")
    return "\n".join(parts)


def _response(body: str, language: str, *, status: int = 200, cache: str) -> HTMLResponse:
    headers = {**HEADERS, "Content-Language": language, "Cache-Control": cache}
    return HTMLResponse(body, status_code=status, headers=headers)


# -- A post -----------------------------------------------------------------------------------


def _post_id(text: str) -> str | None:
    """The post's id as the kiosks write it (a UUID's canonical text), or None."""
    if len(text) != 36:
        return None
    try:
        value = uuid.UUID(text)
    except ValueError:
        return None
    return str(value) if str(value) == text.lower() else None


def _live(session: Session, entity: str, entity_id: str) -> dict[str, Any] | None:
    record = session.get(HubRecord, (entity, entity_id))
    if record is None or record.purged or record.data.get("deleted_at"):
        return None
    return record.data


def read_post(session: Session, post_id: str, today: date) -> dict[str, Any] | None:
    """The post as the page shows it (with `_tags` and `_author`), or None when the board
    does not show it: hidden, deleted, expired, or its author gone."""
    post = _live(session, "skill_post", post_id)
    if post is None or post.get("hidden"):
        return None
    expires = str(post.get("expires_on") or "")
    try:
        if expires and date.fromisoformat(expires[:10]) < today:
            return None
    except ValueError:
        return None
    author = _live(session, "person", str(post.get("person_id") or ""))
    if author is None:
        return None
    tag_ids = [
        str(data.get("tag_id"))
        for data in session.scalars(
            select(HubRecord.data).where(
                HubRecord.entity == "skill_post_tag",
                HubRecord.purged.is_(False),
                HubRecord.data["post_id"].as_string() == post_id,
            )
        )
        if isinstance(data, dict) and not data.get("deleted_at")
    ]
    tags = [
        data
        for data in session.scalars(
            select(HubRecord.data).where(
                HubRecord.entity == "skill_tag",
                HubRecord.entity_id.in_(sorted(set(tag_ids))),
                HubRecord.purged.is_(False),
            )
        )
        if isinstance(data, dict)
    ]
    tags.sort(key=lambda tag: (str(tag.get("sector") or ""), int(tag.get("position") or 0)))
    return {**post, "_tags": tags, "_author": intros.display_name(author)}


def render_post(post: dict[str, Any], language: str) -> str:
    words = WORDS[language]
    esc = html.escape
    kind = words["need"] if post.get("kind") == "need" else words["offer"]
    author = str(post["_author"])
    title = str(post.get("title") or "")
    labels = [
        _label(tag.get("label"), language) or str(tag.get("slug") or "") for tag in post["_tags"]
    ]
    other = str(post.get("other_tag") or "").strip()
    if other:
        labels.append(other)
    facts: list[tuple[str, str]] = []
    if labels:
        facts.append((words["skills"], ", ".join(label for label in labels if label)))
    level = LEVELS[language].get(str(post.get("level") or ""))
    if level:
        facts.append((words["level"], level))
    modality = MODALITIES[language].get(str(post.get("modality") or ""))
    if modality:
        facts.append((words["modality"], modality))
    availability = str(post.get("availability") or "").strip()
    if availability:
        facts.append((words["availability"], availability))
    facts.append((words["author"], author))
    listed = "".join(f"<dt>{esc(name)}</dt><dd>{esc(value)}</dd>" for name, value in facts)
    colon = "\u202f: " if language == "fr" else ": "
    content = (
        f'<p class="kind">{esc(words["board"])}</p>'
        f"<h1>{esc(kind)}{colon}{esc(title)}</h1>"
        f"<section><dl>{listed}</dl></section>"
        f"<p>{esc(words['how'].format(author=author))}</p>"
    )
    return _page(language, f"{kind}{colon}{title}", content, switch=True)


def _label(value: Any, language: str) -> str:
    if not isinstance(value, dict):
        return ""
    for key in (language, "fr", "nl", "en"):
        text = value.get(key)
        if isinstance(text, str) and text:
            return text
    return ""


@router.get(SKILL_POST_PATH, response_class=HTMLResponse, include_in_schema=False)
async def public_skill_post(
    post_id: str,
    request: Request,
    lang: Annotated[str | None, Query()] = None,
    accept_language: Annotated[str | None, Header()] = None,
) -> HTMLResponse:
    """A post of the skills board, in the reader's language; 404 when the board hides it."""
    language = language_of(lang, accept_language)
    database: HubDatabase = request.app.state.database
    key = _post_id(post_id)
    today = utcnow().astimezone(ZONE).date()

    def read() -> dict[str, Any] | None:
        if key is None:
            return None
        with database.transaction() as session:
            return read_post(session, key, today)

    post = await run_in_threadpool(read)
    if post is None:
        words = WORDS[language]
        body = _page(
            language,
            words["missing_title"],
            f"<h1>{html.escape(words['missing_title'])}</h1><p>{html.escape(words['missing'])}</p>",
            switch=False,
        )
        return _response(body, language, status=404, cache=POST_CACHE)
    return _response(render_post(post, language), language, cache=POST_CACHE)


# -- An answer link ---------------------------------------------------------------------------


def _bad_link(language: str) -> HTMLResponse:
    words = WORDS[language]
    body = _page(
        language,
        words["link_title"],
        f"<h1>{html.escape(words['link_title'])}</h1><p>{html.escape(words['bad_link'])}</p>",
        switch=False,
    )
    return _response(body, language, status=404, cache=LINK_CACHE)


@router.get("/public/intro/{token}/{answer}", response_class=HTMLResponse, include_in_schema=False)
async def intro_link_page(
    token: str,
    answer: str,
    request: Request,
    accept_language: Annotated[str | None, Header()] = None,
) -> HTMLResponse:
    """What the button will do; nothing is answered on a GET (mail scanners follow links)."""
    database: HubDatabase = request.app.state.database

    def read() -> intros.LinkView | None:
        if answer not in intros.ANSWERS:
            return None
        with database.transaction() as session:
            return intros.link_view(session, token)

    view = await run_in_threadpool(read)
    if view is None:
        return _bad_link(language_of(None, accept_language))
    language = view.language
    words = WORDS[language]
    esc = html.escape
    if view.state == "answered":
        content = f"<h1>{esc(words['link_title'])}</h1><p>{esc(words['answered'])}</p>"
    else:
        ask = words[f"{answer}_ask"].format(requester=view.requester, title=view.title)
        content = (
            f"<h1>{esc(words['link_title'])}</h1><p>{esc(ask)}</p>"
            f'<form method="post" class="{esc(answer)}">'
            f'<button type="submit">{esc(words[f"{answer}_button"])}</button></form>'
        )
    return _response(
        _page(language, words["link_title"], content, switch=False), language, cache=LINK_CACHE
    )


@router.post("/public/intro/{token}/{answer}", response_class=HTMLResponse, include_in_schema=False)
async def intro_link_answer(
    token: str,
    answer: str,
    request: Request,
    accept_language: Annotated[str | None, Header()] = None,
) -> HTMLResponse:
    """The author's answer, once: the request changes at the hub (kiosks pull it) and the
    mails it owes are queued."""
    database: HubDatabase = request.app.state.database
    clock: HybridClock = request.app.state.clock

    def act() -> tuple[intros.LinkView, bool] | None:
        with database.transaction() as session:
            before = intros.link_view(session, token)
            view = intros.answer_by_link(session, token, answer, clock=clock)
            if view is None or before is None:
                return None
            return view, before.state == "answered"

    done = await run_in_threadpool(act)
    if done is None:
        return _bad_link(language_of(None, accept_language))
    view, already = done
    words = WORDS[view.language]
    said = words["answered"] if already else words[intros.ANSWERS[answer]]
    content = (
        f"<h1>{html.escape(words['link_title'])}</h1>"
        f"<p>{html.escape(said.format(requester=view.requester))}</p>"
    )
    return _response(
        _page(view.language, words["link_title"], content, switch=False),
        view.language,
        cache=LINK_CACHE,
    )
