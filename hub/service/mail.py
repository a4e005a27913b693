"""The e-mails the hub owes people about their seats: queued in the transaction of the decision
they tell (`hub.service.push` calls these with the rows it just merged), sent later by
`hub.mailer`. Never from a kiosk (docs/architecture.md, "Mail from the hub").

A mail is written only to a person with an e-mail address who chose e-mail among the channels
they want to be contacted by (`Person.channels`, the "How involved do you want to be?"
questionnaire): the person has no separate "contact me" consent, and `consent_at` is about
keeping their data, not writing to them. It is written in the person's language, with the
session's title and its start in the antenne's local time. Names, titles and notices are
people's text: a line break or control character in them never reaches a header.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from app.sync.policies import SEAT_HOLDERS
from hub.models import HubMail, HubRecord, Seat
from hub.service.calendars import antenna_of, zone_of
from hub.service.mail_texts import FOOTER, LANGUAGES, MESSAGES, WHERE, local_when

# A sign-up told of a change to its session: anyone with a seat or a place in line.
TOLD_OF_CHANGES = (*SEAT_HOLDERS, "waitlisted")
# What a plain address looks like (no display name, no comment, no list): enough to refuse
# what a mail header cannot carry; the SMTP server judges the rest.
_ADDRESS = re.compile(r"[^@\s<>()\[\],;:\"\\]+@[^@\s<>()\[\],;:\"\\]+\.[^@\s<>()\[\],;:\"\\]+")
SUBJECT_CHARS = 300


def one_line(text: str) -> str:
    """`text` fit for a header: every control or line-separating character becomes a space."""
    cleaned = "".join(" " if unicodedata.category(c)[0] in "CZ" and c != " " else c for c in text)
    return " ".join(cleaned.split())


def body_text(text: str) -> str:
    """`text` fit for a plain-text body: lines kept, other control characters dropped."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(
        "".join(c for c in line if unicodedata.category(c)[0] != "C" or c == "\t") for line in lines
    ).strip()


def seat_decided(
    session: Session, record: HubRecord, previous: str | None, *, hold_hours: int
) -> None:
    """The hub decided this sign-up's seat (`record`, as merged; `previous`, its status before):
    a seat given, a place in line, or a seat offered from the waiting list, each told once."""
    data = record.data
    status = data.get("status")
    if status == previous or status not in ("confirmed", "waitlisted"):
        return
    sitting = session.get(HubRecord, ("session", str(data.get("session_id"))))
    if sitting is None or sitting.purged:
        return
    reason = "seat_granted" if status == "confirmed" else "seat_waitlisted"
    extra: dict[str, Any] = {"position": data.get("waitlist_position") or ""}
    promoted_at = _moment(data.get("promoted_at"))
    if status == "confirmed" and previous == "waitlisted" and promoted_at is not None:
        reason = "seat_promoted"
        starts = _moment(sitting.data.get("starts_at"))
        if starts is not None and promoted_at < starts - timedelta(hours=hold_hours):
            # Offered until the hold deadline, as the kiosks apply it ("Sessions").
            reason = "seat_offered"
            extra["deadline"] = starts - timedelta(hours=hold_hours)
    _queue(session, str(data.get("person_id")), sitting, reason, extra)


def session_changed(session: Session, record: HubRecord, previous_revision: Any) -> None:
    """A facilitator changed or cancelled a session (its `revision` went up): everyone with a
    seat or a place in line is told, with the facilitators' notice."""
    revision = record.data.get("revision")
    if not isinstance(revision, int) or not isinstance(previous_revision, int):
        return
    if revision <= previous_revision or record.purged:
        return
    reason = "session_cancelled" if record.data.get("cancelled") else "session_changed"
    signup_ids = session.scalars(
        select(Seat.signup_id).where(
            Seat.session_id == record.entity_id, Seat.status.in_(TOLD_OF_CHANGES)
        )
    ).all()
    for signup_id in signup_ids:
        signup = session.get(HubRecord, ("signup", signup_id))
        if signup is not None and not signup.purged:
            _queue(session, str(signup.data.get("person_id")), record, reason, {})


def person_changed(session: Session, record: HubRecord, previous: dict[str, Any] | None) -> None:
    """A person's row as merged (`previous`: before): erased (a tombstone), every mail kept for
    them goes; no longer reachable by e-mail (the channel unticked, the address gone), what is
    not sent yet is not sent. Only a change does a query: most pushes of people change
    neither."""
    if previous is None:
        return
    if record.data.get("deleted_at") and not previous.get("deleted_at"):
        forget_person(session, record.entity_id)
    elif _address(previous) is not None and _address(record.data) is None:
        session.execute(
            delete(HubMail).where(HubMail.person_id == record.entity_id, HubMail.status == "queued")
        )


def forget_person(session: Session, person_id: str) -> None:
    """An erased person: every mail the hub kept for them, or about them (an introduction
    that names them), goes too (a sender holding one records nothing: there is no row left to
    mark)."""
    session.execute(
        delete(HubMail).where(
            or_(HubMail.person_id == person_id, HubMail.about_person_id == person_id)
        )
    )


def _queue(
    session: Session, person_id: str, sitting: HubRecord, reason: str, extra: dict[str, Any]
) -> None:
    person = session.get(HubRecord, ("person", person_id))
    if person is None or person.purged or person.data.get("deleted_at"):
        return
    address = _address(person.data)
    if address is None:
        return
    language = str(person.data.get("language") or "fr")
    language = language if language in LANGUAGES else "fr"
    starts = _moment(sitting.data.get("starts_at"))
    if starts is None:
        return
    zone = zone_of(session, antenna_of(sitting))
    location = body_text(str(sitting.data.get("location") or ""))
    deadline = extra.get("deadline")
    values = {
        "name": one_line(str(person.data.get("first_name") or "")),
        "title": one_line(str(sitting.data.get("title") or "")),
        "when": local_when(starts.astimezone(zone), language),
        "where": WHERE[language].format(location=one_line(location)) if location else "",
        "notice": body_text(str(sitting.data.get("notice") or "")),
        "position": extra.get("position", ""),
        "deadline": local_when(deadline.astimezone(zone), language) if deadline else "",
    }
    subject, body = MESSAGES[language][reason]
    session.add(
        HubMail(
            person_id=person_id,
            reason=reason,
            to_address=address,
            subject=one_line(subject.format(**values))[:SUBJECT_CHARS],
            body=body.format(**values) + FOOTER[language],
        )
    )


def _address(person: dict[str, Any]) -> str | None:
    """Where to write to a person, if they chose e-mail and gave a plain address."""
    address = str(person.get("email") or "").strip()
    channels = person.get("channels")
    if not isinstance(channels, list) or "email" not in channels:
        return None
    if not _ADDRESS.fullmatch(address) or len(address) > 254:
        return None
    return address


def _moment(value: Any) -> datetime | None:
    """A stored ISO moment as an aware UTC datetime (a naive one is UTC), or None."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
