"""Introductions relayed by the hub (docs/architecture.md, "Introductions through the hub").

Someone asks at a kiosk to meet a post's author (`intro_request`, synced). When the hub merges
a new request (`hub.service.push` calls `intro_merged` in the op's savepoint) and the author
can be written to (an e-mail address, and e-mail among their channels: `mail._address`), it
queues a mail to the author in their language: who asks (first name and initial), the post's
title, the message quoted, and two links to the hub's public page — accept, decline — holding
a token of which only the SHA-256 is kept (`HubIntro`), single use, `LINK_DAYS` days. It then
sets `relayed_at`, a column only the hub writes (`Ownership.hub_fields`). The requester's
address is never in that mail. Without a way to write to the author (or without the hub's
`public_url`), nothing is mailed: the request waits for the author's next badge scan.

The answer comes through the link (`answer_by_link`, a POST: a GET only shows what the button
will do, since mail scanners follow links) or from a kiosk where the author tapped it (status
`accepted` or `declined` pushed). Either way it is told once (`HubIntro.answer_told_at`):

- accepted: one mail to each, with the other's name, e-mail and phone (what they gave);
- declined: the requester is told kindly, with nothing of the author's.

An acceptance pushed by a kiosk of another antenne than the post's is stored (the author
answers at any kiosk) but exchanges nothing by itself: the kiosks of other antennes never
hold the author's e-mail (private fields), and a kiosk saying "accepted" must not be a way to
obtain it. The author is mailed a link to confirm instead (`intro_confirm`), when they can be
written to. Logs name ids only.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import log
from app.clock import HybridClock, utcnow
from app.sync.policies import HUB_ORIGIN, merge_fields
from hub.models import HubIntro, HubMail, HubRecord
from hub.service import changelog
from hub.service.mail import _ADDRESS, SUBJECT_CHARS, _address, body_text, one_line
from hub.service.mail_texts import (
    CONTACT,
    FOOTER,
    INTRO_MESSAGES,
    LANGUAGES,
    MESSAGE_BLOCK,
    NO_CONTACT,
)

ENTITY = "intro_request"
LINK_DAYS = 30
# A message is quoted in the author's mail up to this many characters.
MESSAGE_CHARS = 1000
ANSWERS = {"accept": "accepted", "decline": "declined"}
TOKEN_BYTES = 32
# A token as `secrets.token_urlsafe(TOKEN_BYTES)` writes it; anything longer is not one.
TOKEN_CHARS = 64
NAME_CHARS = 100
PHONE_CHARS = 40


@dataclass(frozen=True)
class Parties:
    intro: HubRecord
    post: dict[str, Any]
    author: dict[str, Any]
    requester: dict[str, Any]
    # The post's antenne: its `antenna_id`, else the antenne whose kiosk created it.
    post_antenna: str | None
    # The request was made at a kiosk of the requester's own antenne, the kiosks that hold
    # their e-mail and phone: only then do these go to the author.
    requester_vouched: bool


@dataclass(frozen=True)
class LinkView:
    """What an answer link's page shows (never an e-mail or a phone)."""

    language: str
    requester: str
    title: str
    # "pending" (the button answers), "answered" (told already: the link does nothing).
    state: str


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def display_name(person: dict[str, Any]) -> str:
    """First name and initial ("Camille D."), fit for a header."""
    first = one_line(str(person.get("first_name") or ""))[:NAME_CHARS]
    initial = one_line(str(person.get("last_name") or ""))[:1].upper()
    return f"{first} {initial}." if initial else first


def language_of(person: dict[str, Any]) -> str:
    language = str(person.get("language") or "fr")
    return language if language in LANGUAGES else "fr"


def intro_merged(
    session: Session,
    record: HubRecord,
    previous: dict[str, Any] | None,
    *,
    device_antenna_id: uuid.UUID,
    clock: HybridClock,
    public_url: str,
) -> None:
    """A kiosk's write of an introduction, as merged (`previous`: before, None if new): a new
    request is relayed to its author; an answer is told."""
    if record.purged or record.data.get("deleted_at"):
        return
    status = record.data.get("status")
    before = None if previous is None else previous.get("status")
    if status == before and previous is not None:
        return
    parties = _parties(session, record)
    if parties is None:
        return
    if status == "pending":
        # A post a facilitator hid takes no new introductions by mail.
        if parties.post.get("hidden"):
            return
        if previous is None and _relay(session, parties, public_url=public_url):
            _hub_write(session, record, {"relayed_at": utcnow().isoformat()}, clock=clock)
        return
    if status not in ANSWERS.values() or not isinstance(status, str):
        return
    intro = session.get(HubIntro, record.entity_id, with_for_update=True)
    if intro is not None and intro.answer_told_at is not None:
        return
    if status == "accepted" and parties.post_antenna != str(device_antenna_id):
        # Said by a kiosk that never held the author's e-mail: the author confirms first.
        relayed = _relay(session, parties, public_url=public_url, confirm=True)
        if relayed and not record.data.get("relayed_at"):
            _hub_write(session, record, {"relayed_at": utcnow().isoformat()}, clock=clock)
        return
    _tell(session, parties, status, intro)


def link_view(session: Session, token: str, *, now: datetime | None = None) -> LinkView | None:
    """What an answer link shows, or None when it does not work (unknown, used, expired, or
    its request gone)."""
    found = _live_link(session, token, now=now or utcnow(), lock=False)
    if found is None:
        return None
    intro, parties = found
    return LinkView(
        language=language_of(parties.author),
        requester=display_name(parties.requester),
        title=one_line(str(parties.post.get("title") or "")),
        state="answered" if intro.answer_told_at is not None else "pending",
    )


def answer_by_link(
    session: Session, token: str, answer: str, *, clock: HybridClock, now: datetime | None = None
) -> LinkView | None:
    """The author's answer through their link (`answer`: accept or decline): recorded as the
    hub's change of the request (kiosks pull it), told, and the link used. None when the link
    does not work; a request told already is left as it is (`state` answered)."""
    status = ANSWERS.get(answer)
    if status is None:
        return None
    now = now or utcnow()
    found = _live_link(session, token, now=now, lock=True)
    if found is None:
        return None
    intro, parties = found
    intro.token_used_at = now
    view = LinkView(
        language=language_of(parties.author),
        requester=display_name(parties.requester),
        title=one_line(str(parties.post.get("title") or "")),
        state="answered",
    )
    if intro.answer_told_at is not None:
        return view
    record = parties.intro
    if _hub_write(session, record, {"status": status, "answered_at": now.isoformat()}, clock=clock):
        changelog.log_changes(session, [(record, "upsert")])
    _tell(session, parties, status, intro)
    log.sync.info("introduction %s %s through the hub's link", record.entity_id, status)
    return view


def _live_link(
    session: Session, token: str, *, now: datetime, lock: bool
) -> tuple[HubIntro, Parties] | None:
    """The link's request and its people, if the link works. With `lock`, the request's row is
    locked before the link's, the order a push takes them in (no deadlock between the two)."""
    if not token or len(token) > TOKEN_CHARS:
        return None
    wanted = token_hash(token)
    intro = session.scalar(select(HubIntro).where(HubIntro.token_hash == wanted))
    if intro is None:
        return None
    key = (ENTITY, intro.intro_id)
    record = session.get(
        HubRecord, key, with_for_update=True if lock else None, populate_existing=lock
    )
    if lock:
        # Read again under the lock: a push may have used or replaced the link meanwhile.
        session.refresh(intro, with_for_update=True)
    if intro.token_hash != wanted or intro.token_used_at is not None:
        return None
    if intro.token_expires_at is None or intro.token_expires_at < now:
        return None
    if record is None or record.purged or record.data.get("deleted_at"):
        return None
    parties = _parties(session, record)
    return None if parties is None else (intro, parties)


def _parties(session: Session, record: HubRecord) -> Parties | None:
    """The request's post, its author and the requester, each live; None otherwise."""
    post = _live(session, "skill_post", record.data.get("post_id"))
    if post is None:
        return None
    author = _live(session, "person", post.data.get("person_id"))
    requester = _live(session, "person", record.data.get("requester_id"))
    if author is None or requester is None:
        return None
    antenna = post.data.get("antenna_id") or post.owner_antenna_id
    home = requester.data.get("antenna_id") or requester.owner_antenna_id
    made_at = record.owner_antenna_id
    return Parties(
        intro=record,
        post=post.data,
        author=author.data,
        requester=requester.data,
        post_antenna=None if antenna is None else str(antenna),
        requester_vouched=made_at is not None and home is not None and str(made_at) == str(home),
    )


def _live(session: Session, entity: str, entity_id: Any) -> HubRecord | None:
    if not entity_id:
        return None
    record = session.get(HubRecord, (entity, str(entity_id)))
    if record is None or record.purged or record.data.get("deleted_at"):
        return None
    return record


def _relay(
    session: Session,
    parties: Parties,
    *,
    public_url: str,
    confirm: bool = False,
) -> bool:
    """Mail the author a link to answer (a new one: an older link stops working). False when
    the author cannot be written to, or the hub has no public address for the link."""
    address = _address(parties.author)
    if not public_url or address is None:
        return False
    token = secrets.token_urlsafe(TOKEN_BYTES)
    now = utcnow()
    intro_id = parties.intro.entity_id
    intro = session.get(HubIntro, intro_id, with_for_update=True)
    if intro is None:
        intro = HubIntro(intro_id=intro_id)
        session.add(intro)
    intro.token_hash = token_hash(token)
    intro.token_expires_at = now + timedelta(days=LINK_DAYS)
    intro.token_used_at = None
    language = language_of(parties.author)
    link = f"{public_url.rstrip('/')}/public/intro/{token}"
    message = _quoted(str(parties.intro.data.get("message") or ""))
    values = {
        "name": one_line(str(parties.author.get("first_name") or ""))[:NAME_CHARS],
        "requester": display_name(parties.requester),
        "title": one_line(str(parties.post.get("title") or "")),
        "message": MESSAGE_BLOCK[language].format(message=message) if message else "",
        "accept": f"{link}/accept",
        "decline": f"{link}/decline",
        "days": LINK_DAYS,
    }
    reason = "intro_confirm" if confirm else "intro_relayed"
    _queue(session, parties.author, address, reason, values, about=parties.requester)
    log.sync.info("introduction %s relayed to its author (%s)", intro_id, reason)
    return True


def _tell(session: Session, parties: Parties, status: str, intro: HubIntro | None) -> None:
    """The answer, told once: the contacts exchanged, or the requester told it was declined."""
    if intro is None:
        intro = HubIntro(intro_id=parties.intro.entity_id)
        session.add(intro)
    intro.answer_told_at = utcnow()
    author, requester = parties.author, parties.requester
    title = one_line(str(parties.post.get("title") or ""))
    if status == "declined":
        address = _address(requester)
        if address is not None:
            _queue(
                session,
                requester,
                address,
                "intro_declined",
                {"name": _first(requester), "author": display_name(author), "title": title},
                about=author,
            )
        return
    # A request made at another antenne's kiosk than the requester's: that kiosk never held
    # their details, and its word must not be a way to send them anywhere. The requester gets
    # the author's (to their own address) and writes first.
    to_author = "intro_accepted_author"
    if not parties.requester_vouched:
        to_author = "intro_accepted_author_elsewhere"
    for reader, other, reason in (
        (author, requester, to_author),
        (requester, author, "intro_accepted_requester"),
    ):
        address = _address(reader)
        if address is None:
            continue
        language = language_of(reader)
        full_name = _full_name(other)
        if reason == "intro_accepted_author_elsewhere":
            full_name = display_name(other)
        values = {
            "name": _first(reader),
            "other": full_name,
            "title": title,
            "contact": _contact(other, language, full_name),
        }
        _queue(session, reader, address, reason, values, about=other)


def _queue(
    session: Session,
    person: dict[str, Any],
    address: str,
    reason: str,
    values: dict[str, Any],
    *,
    about: dict[str, Any],
) -> None:
    """A mail to `person` that speaks of `about` (erasing either erases it)."""
    language = language_of(person)
    subject, body = INTRO_MESSAGES[language][reason]
    session.add(
        HubMail(
            person_id=str(person.get("id")),
            about_person_id=str(about.get("id")),
            reason=reason,
            to_address=address,
            # Every value is one line already (`one_line` would also flatten the narrow
            # no-break space French puts before a colon).
            subject=subject.format(**values)[:SUBJECT_CHARS],
            body=body.format(**values) + FOOTER[language],
        )
    )


def _hub_write(
    session: Session, record: HubRecord, values: dict[str, Any], *, clock: HybridClock
) -> bool:
    """Merge the hub's own values into a request (stamped by the hub, as a publication is);
    True if it changed. The caller logs it (a push logs the op's row with it)."""
    merge = merge_fields(
        record.data,
        record.field_hlc,
        {"id": record.entity_id, **values},
        stamp=str(clock.now()),
        origin=HUB_ORIGIN,
    )
    if not merge.changed:
        return False
    record.data = merge.row
    record.field_hlc = merge.field_hlc
    record.hlc = merge.row["hlc"]
    record.origin = HUB_ORIGIN
    return True


def _first(person: dict[str, Any]) -> str:
    return one_line(str(person.get("first_name") or ""))[:NAME_CHARS]


def _full_name(person: dict[str, Any]) -> str:
    first = _first(person)
    last = one_line(str(person.get("last_name") or ""))[:NAME_CHARS]
    return f"{first} {last}".strip()


def _contact(person: dict[str, Any], language: str, full_name: str) -> str:
    """The lines a person's contact is given in: name, e-mail (a plain address only) and
    phone, whatever they gave of them."""
    labels = CONTACT[language]
    email = str(person.get("email") or "").strip()
    phone = one_line(str(person.get("phone") or ""))[:PHONE_CHARS]
    means = []
    if _ADDRESS.fullmatch(email) and len(email) <= 254:
        means.append(labels["email"].format(value=email))
    if phone:
        means.append(labels["phone"].format(value=phone))
    if not means:
        return NO_CONTACT[language].format(other=full_name)
    return "\n".join([labels["name"].format(value=full_name), *means])


def _quoted(message: str) -> str:
    """The requester's words as a quotation (each line after "> "): plain text, cut at
    `MESSAGE_CHARS`, never mistaken for the hub's own lines (the links)."""
    text = body_text(message)
    if len(text) > MESSAGE_CHARS:
        text = text[:MESSAGE_CHARS].rstrip() + "…"
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n")) if text else ""
