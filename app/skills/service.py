"""The skills board's actions: posting, editing, removing and renewing a post; reporting and
moderating; asking for an introduction and answering it; turning an "other" free text into a
tag. One function per action, each one transaction with its audit entry
(docs/architecture.md, "The skills board").

Every form is checked before anything is written: each refusal is one translated line
(`InvalidInputError`, context "Skills"), and nothing is kept. A post's or a message's text never
holds an e-mail address or a phone number: the kiosk introduces people, it never gives their
contact away (the hub does, once the author accepts).
"""

from __future__ import annotations

import calendar
import re
import uuid
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.antennas import antenna_of
from app.audit import record_audit_in
from app.changes import Changes, Entity
from app.clock import utcnow
from app.config import LANGUAGES
from app.context import AppContext
from app.errors import QT_TRANSLATE_NOOP, InvalidInputError, Message, NotFoundError
from app.events import SkillPosted
from app.localtime import local_day
from app.skills import queries
from app.skills.types import (
    AVAILABILITY_CHARS,
    DEFAULT_MONTHS,
    DESCRIPTION_CHARS,
    MAX_TAGS,
    MESSAGE_CHARS,
    MONTH_CHOICES,
    OTHER_TAG_CHARS,
    REASON_CHARS,
    TITLE_CHARS,
    Introduced,
    IntroForm,
    IntroState,
    Level,
    Modality,
    Moderated,
    Posted,
    PostForm,
    PostKind,
    Reported,
    ReportForm,
    ReportReason,
    TagMade,
)
from app.text import fold
from db.models import FacilitatorAccount, Person
from db.models.skills import (
    IntroRequest,
    IntroStatus,
    SkillLevel,
    SkillModality,
    SkillPost,
    SkillPostKind,
    SkillPostTag,
    SkillReport,
    SkillTag,
)
from db.models.skills import ReportReason as DbReportReason

CONTEXT = "Skills"
# A moderation reason the author reads: a few words at least.
REASON_MIN = 3
TAG_LABEL_CHARS = 80
SLUG_CHARS = 64
_POST_CHANGES = Changes.of(Entity.SKILL_POST, Entity.SKILL_POST_TAG, Entity.AUDIT_ENTRY)
_INTRO_CHANGES = Changes.of(Entity.INTRO_REQUEST, Entity.AUDIT_ENTRY)
_MODERATED = Changes.of(Entity.SKILL_POST, Entity.SKILL_REPORT, Entity.AUDIT_ENTRY)
_EMAIL = re.compile(r"[^\s@]+@[^\s@]+\.[^\s@]{2,}")
# Nine digits or more, maybe with spaces, dots, dashes, slashes or brackets between them, maybe
# after a "+": a phone number (a date or a year range has fewer).
_PHONE = re.compile(r"\+?\(?\d(?:[\s./()-]*\d){8,}")
_SLUG = re.compile(r"[^a-z0-9]+")


def _refuse(source: str, **params: object) -> InvalidInputError:
    return InvalidInputError(Message(CONTEXT, source, dict(params)))


def _gone() -> NotFoundError:
    return NotFoundError(
        Message(CONTEXT, QT_TRANSLATE_NOOP("Skills", "This post is no longer on the board."))
    )


# -- Checks ------------------------------------------------------------------------------------


def _text(value: str, *, longest: int, too_long: str, lines: bool = False) -> str:
    """`value` trimmed (on one line unless `lines`), within `longest` characters."""
    if "\x00" in value:
        raise _refuse(
            QT_TRANSLATE_NOOP("Skills", "The text holds a character that is not allowed.")
        )
    if lines:
        text = "\n".join(" ".join(line.split()) for line in value.strip().splitlines())
        text = re.sub(r"\n{3,}", "\n\n", text)
    else:
        text = " ".join(value.split())
    if len(text) > longest:
        raise _refuse(too_long, count=longest)
    return text


def _no_contact_details(*texts: str) -> None:
    for text in texts:
        if _EMAIL.search(text) or _PHONE.search(text):
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Skills",
                    "Please leave out e-mail addresses and phone numbers: "
                    "the kiosk introduces people without them.",
                )
            )


def add_months(day: date, months: int) -> date:
    """`day` plus `months` calendar months (the 31st becomes the month's last day)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _months(value: int) -> int:
    if value not in MONTH_CHOICES:
        raise _refuse(
            QT_TRANSLATE_NOOP("Skills", "A post stays on the board for 1, 3, 6 or 12 months.")
        )
    return value


def _checked_tags(session: Session, slugs: tuple[str, ...]) -> list[SkillTag]:
    wanted = list(dict.fromkeys(slug.strip() for slug in slugs if slug.strip()))
    if len(wanted) > MAX_TAGS:
        raise _refuse(
            QT_TRANSLATE_NOOP("Skills", "Please choose at most {count} skills."), count=MAX_TAGS
        )
    if not wanted:
        return []
    found = {
        tag.slug: tag
        for tag in session.scalars(
            select(SkillTag).where(SkillTag.slug.in_(wanted), SkillTag.deleted_at.is_(None))
        )
    }
    if len(found) != len(wanted):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Skills", "One of the chosen skills no longer exists: please choose again."
            )
        )
    return [found[slug] for slug in wanted]


def _checked_form(session: Session, form: PostForm) -> tuple[dict[str, object], list[SkillTag]]:
    """The post's columns from `form`, and its tags; refused on the first fault."""
    try:
        kind = PostKind(form.kind)
    except ValueError:
        raise _refuse(QT_TRANSLATE_NOOP("Skills", "Please choose an offer or a need.")) from None
    try:
        modality = Modality(form.modality)
        level = Level(form.level)
    except ValueError:
        raise _refuse(
            QT_TRANSLATE_NOOP("Skills", "Please choose how you meet and your level.")
        ) from None
    if form.language not in LANGUAGES:
        raise _refuse(QT_TRANSLATE_NOOP("Skills", "Please choose the post's language."))
    title = _text(
        form.title,
        longest=TITLE_CHARS,
        too_long=QT_TRANSLATE_NOOP("Skills", "The title is too long: at most {count} letters."),
    )
    if not title:
        raise _refuse(QT_TRANSLATE_NOOP("Skills", "Please give your post a title."))
    description = _text(
        form.description,
        longest=DESCRIPTION_CHARS,
        too_long=QT_TRANSLATE_NOOP(
            "Skills", "The description is too long: at most {count} letters."
        ),
        lines=True,
    )
    availability = _text(
        form.availability,
        longest=AVAILABILITY_CHARS,
        too_long=QT_TRANSLATE_NOOP(
            "Skills", "The availability is too long: at most {count} letters."
        ),
    )
    other_tag = _text(
        form.other_tag,
        longest=OTHER_TAG_CHARS,
        too_long=QT_TRANSLATE_NOOP(
            "Skills", "The other skill is too long: at most {count} letters."
        ),
    )
    _no_contact_details(title, description, availability, other_tag)
    months = _months(form.months)
    tags = _checked_tags(session, tuple(form.tag_slugs))
    return (
        {
            "kind": SkillPostKind(kind.value),
            "title": title,
            "description": description,
            "language": form.language,
            "modality": SkillModality(modality.value),
            "level": SkillLevel(level.value),
            "availability": availability,
            "other_tag": other_tag,
            "months": months,
        },
        tags,
    )


def _reason(value: str) -> str:
    reason = _text(
        value,
        longest=REASON_CHARS,
        too_long=QT_TRANSLATE_NOOP("Skills", "The reason is too long: at most {count} letters."),
        lines=True,
    )
    if len(reason) < REASON_MIN:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Skills", "Please give a reason (at least {count} letters): the author reads it."
            ),
            count=REASON_MIN,
        )
    return reason


# -- Rows --------------------------------------------------------------------------------------


def known_person(session: Session, person_id: uuid.UUID) -> Person:
    person = session.get(Person, person_id)
    if person is None or person.deleted_at is not None:
        raise NotFoundError(
            Message(CONTEXT, QT_TRANSLATE_NOOP("Skills", "This person is no longer known."))
        )
    return person


def _post(session: Session, post_id: uuid.UUID) -> SkillPost:
    post = session.get(SkillPost, post_id)
    if post is None or post.deleted_at is not None:
        raise _gone()
    return post


def _authors_post(session: Session, post_id: uuid.UUID, author_id: uuid.UUID) -> SkillPost:
    post = _post(session, post_id)
    if post.person_id != author_id:
        raise _refuse(QT_TRANSLATE_NOOP("Skills", "Only the post's author can change it."))
    return post


def _facilitator(session: Session, facilitator_id: uuid.UUID) -> FacilitatorAccount:
    account = session.get(FacilitatorAccount, facilitator_id)
    if account is None or account.deleted_at is not None or not account.active:
        raise _refuse(QT_TRANSLATE_NOOP("Skills", "Only a facilitator can moderate the board."))
    return account


def _set_tags(session: Session, post: SkillPost, tags: list[SkillTag]) -> None:
    """The post's tags become `tags`: links removed by a tombstone, a removed link revived."""
    now = utcnow()
    links = {
        link.tag_id: link
        for link in session.scalars(select(SkillPostTag).where(SkillPostTag.post_id == post.id))
    }
    wanted = {tag.id for tag in tags}
    for tag_id, link in links.items():
        if tag_id not in wanted and link.deleted_at is None:
            link.deleted_at = now
    for tag in tags:
        old = links.get(tag.id)
        if old is None:
            session.add(SkillPostTag(post_id=post.id, tag_id=tag.id))
        elif old.deleted_at is not None:
            old.deleted_at = None


# -- Posts -------------------------------------------------------------------------------------


def post(
    ctx: AppContext, form: PostForm, *, author_id: uuid.UUID, now: datetime | None = None
) -> Posted:
    """The author's new offer or need, on the board until `form.months` from today."""
    now = now or utcnow()
    today = local_day(ctx, now)
    with ctx.db.transaction() as session:
        person = known_person(session, author_id)
        values, tags = _checked_form(session, form)
        months = int(str(values.pop("months")))
        first = (
            session.scalar(
                select(func.count()).select_from(SkillPost).where(SkillPost.person_id == person.id)
            )
            == 0
        )
        row = SkillPost(
            person_id=person.id,
            # The author's antenne (like the person, the post is theirs to change).
            antenna_id=person.antenna_id or antenna_of(session, ctx),
            expires_on=add_months(today, months),
            confirmed_on=today,
            **values,
        )
        session.add(row)
        session.flush()
        _set_tags(session, row, tags)
        record_audit_in(
            session,
            actor=None,
            action="skill_posted",
            target=f"skill_post:{row.id}",
            details={"person": str(person.id), "kind": row.kind.value},
        )
        result = Posted(post_id=row.id, expires_on=row.expires_on, changes=_POST_CHANGES)
    if first:
        ctx.events.publish(ctx, SkillPosted(person_id=author_id))
    return result


def edit(
    ctx: AppContext,
    post_id: uuid.UUID,
    form: PostForm,
    *,
    author_id: uuid.UUID,
    now: datetime | None = None,
) -> Posted:
    """The author rewrites their post: it holds again from today for `form.months`."""
    now = now or utcnow()
    today = local_day(ctx, now)
    with ctx.db.transaction() as session:
        row = _authors_post(session, post_id, author_id)
        values, tags = _checked_form(session, form)
        months = int(str(values.pop("months")))
        for name, value in values.items():
            setattr(row, name, value)
        row.expires_on = add_months(today, months)
        row.confirmed_on = today
        _set_tags(session, row, tags)
        record_audit_in(
            session,
            actor=None,
            action="skill_post_edited",
            target=f"skill_post:{row.id}",
            details={"person": str(author_id)},
        )
        return Posted(post_id=row.id, expires_on=row.expires_on, changes=_POST_CHANGES)


def remove(
    ctx: AppContext, post_id: uuid.UUID, *, author_id: uuid.UUID, now: datetime | None = None
) -> Posted:
    """The author takes their post off the board for good (a tombstone)."""
    now = now or utcnow()
    with ctx.db.transaction() as session:
        row = _authors_post(session, post_id, author_id)
        row.deleted_at = now
        record_audit_in(
            session,
            actor=None,
            action="skill_post_removed",
            target=f"skill_post:{row.id}",
            details={"person": str(author_id)},
        )
        return Posted(
            post_id=row.id,
            expires_on=row.expires_on,
            changes=Changes.of(Entity.SKILL_POST, Entity.AUDIT_ENTRY),
        )


def renew(
    ctx: AppContext,
    post_id: uuid.UUID,
    *,
    author_id: uuid.UUID,
    months: int = DEFAULT_MONTHS,
    now: datetime | None = None,
) -> Posted:
    """ "Still offering?" — yes: the post holds `months` more from today (an expired post comes
    back on the board)."""
    now = now or utcnow()
    today = local_day(ctx, now)
    months = _months(months)
    with ctx.db.transaction() as session:
        row = _authors_post(session, post_id, author_id)
        row.expires_on = add_months(today, months)
        row.confirmed_on = today
        record_audit_in(
            session,
            actor=None,
            action="skill_post_renewed",
            target=f"skill_post:{row.id}",
            details={"person": str(author_id), "months": months},
        )
        return Posted(
            post_id=row.id,
            expires_on=row.expires_on,
            changes=Changes.of(Entity.SKILL_POST, Entity.AUDIT_ENTRY),
        )


keep_fresh = renew


# -- Moderation --------------------------------------------------------------------------------


def _resolve_open_reports(
    session: Session, post_id: uuid.UUID, *, resolution: str, by: uuid.UUID | None, now: datetime
) -> int:
    reports = session.scalars(
        select(SkillReport).where(
            SkillReport.post_id == post_id,
            SkillReport.resolved_at.is_(None),
            SkillReport.deleted_at.is_(None),
        )
    ).all()
    for report in reports:
        report.resolved_at = now
        report.resolution = resolution
        report.resolved_by = by
    return len(reports)


def _hide(
    session: Session,
    row: SkillPost,
    account: FacilitatorAccount,
    reason: str,
    now: datetime,
) -> None:
    if row.hidden:
        raise _refuse(QT_TRANSLATE_NOOP("Skills", "This post is already hidden."))
    row.hidden = True
    row.hidden_reason = reason
    row.hidden_at = now
    resolved = _resolve_open_reports(
        session, row.id, resolution="hidden", by=account.person_id, now=now
    )
    record_audit_in(
        session,
        actor=account.id,
        action="skill_post_hidden",
        target=f"skill_post:{row.id}",
        details={"reason": reason, "reports": resolved},
    )


def hide(
    ctx: AppContext,
    post_id: uuid.UUID,
    *,
    facilitator_id: uuid.UUID,
    reason: str,
    now: datetime | None = None,
) -> Moderated:
    """A facilitator hides a post from every board, with a reason its author reads; the
    post's open reports are resolved."""
    now = now or utcnow()
    reason = _reason(reason)
    with ctx.db.transaction() as session:
        account = _facilitator(session, facilitator_id)
        row = _post(session, post_id)
        _hide(session, row, account, reason, now)
        return Moderated(post_id=row.id, changes=_MODERATED)


def unhide(
    ctx: AppContext,
    post_id: uuid.UUID,
    *,
    facilitator_id: uuid.UUID,
    reason: str,
    now: datetime | None = None,
) -> Moderated:
    """A facilitator puts a hidden post back on the board; its open reports are kept."""
    now = now or utcnow()
    reason = _reason(reason)
    with ctx.db.transaction() as session:
        account = _facilitator(session, facilitator_id)
        row = _post(session, post_id)
        if not row.hidden:
            raise _refuse(QT_TRANSLATE_NOOP("Skills", "This post is not hidden."))
        row.hidden = False
        row.hidden_reason = ""
        row.hidden_at = None
        resolved = _resolve_open_reports(
            session, row.id, resolution="kept", by=account.person_id, now=now
        )
        record_audit_in(
            session,
            actor=account.id,
            action="skill_post_unhidden",
            target=f"skill_post:{row.id}",
            details={"reason": reason, "reports": resolved},
        )
        return Moderated(post_id=row.id, changes=_MODERATED)


def report(ctx: AppContext, form: ReportForm, *, now: datetime | None = None) -> Reported:
    """Someone reports a post: it waits in the facilitators' queue (still shown meanwhile).
    One open report per person and post; a visitor without a badge may report too."""
    now = now or utcnow()
    today = local_day(ctx, now)
    try:
        reason = ReportReason(form.reason)
    except ValueError:
        raise _refuse(
            QT_TRANSLATE_NOOP("Skills", "Please choose why you report this post.")
        ) from None
    note = _text(
        form.note,
        longest=REASON_CHARS,
        too_long=QT_TRANSLATE_NOOP("Skills", "The note is too long: at most {count} letters."),
        lines=True,
    )
    with ctx.db.transaction() as session:
        row = _post(session, form.post_id)
        if not queries.is_live(row, today):
            raise _gone()
        if form.reporter_id is not None:
            known_person(session, form.reporter_id)
            already = session.scalar(
                select(SkillReport.id).where(
                    SkillReport.post_id == row.id,
                    SkillReport.reporter_id == form.reporter_id,
                    SkillReport.resolved_at.is_(None),
                    SkillReport.deleted_at.is_(None),
                )
            )
            if already is not None:
                raise _refuse(
                    QT_TRANSLATE_NOOP(
                        "Skills", "You already reported this post: a facilitator will look at it."
                    )
                )
        entry = SkillReport(
            post_id=row.id,
            reporter_id=form.reporter_id,
            reason=DbReportReason(reason.value),
            note=note,
        )
        session.add(entry)
        session.flush()
        record_audit_in(
            session,
            actor=None,
            action="skill_post_reported",
            target=f"skill_post:{row.id}",
            details={"reason": reason.value},
        )
        return Reported(
            report_id=entry.id,
            post_id=row.id,
            changes=Changes.of(Entity.SKILL_REPORT, Entity.AUDIT_ENTRY),
        )


def resolve_report(
    ctx: AppContext,
    report_id: uuid.UUID,
    *,
    facilitator_id: uuid.UUID,
    hide: bool,
    reason: str = "",
    now: datetime | None = None,
) -> Moderated:
    """A facilitator answers a report: hide the post (with a reason; every open report on it
    is resolved) or keep it (this report is resolved)."""
    now = now or utcnow()
    reason = _reason(reason) if hide else reason.strip()
    with ctx.db.transaction() as session:
        account = _facilitator(session, facilitator_id)
        entry = session.get(SkillReport, report_id)
        if entry is None or entry.deleted_at is not None or entry.resolved_at is not None:
            raise _refuse(QT_TRANSLATE_NOOP("Skills", "This report was already dealt with."))
        row = _post(session, entry.post_id)
        if hide:
            _hide(session, row, account, reason, now)
        else:
            entry.resolved_at = now
            entry.resolution = "kept"
            entry.resolved_by = account.person_id
            record_audit_in(
                session,
                actor=account.id,
                action="skill_report_kept",
                target=f"skill_post:{row.id}",
                details={"report": str(entry.id)},
            )
        return Moderated(post_id=row.id, changes=_MODERATED)


# -- Introductions -----------------------------------------------------------------------------


def ask_intro(ctx: AppContext, form: IntroForm, *, now: datetime | None = None) -> Introduced:
    """Someone asks to meet a post's author, with a short message: recorded here, relayed by
    the hub (docs/architecture.md, "Introductions through the hub"). Not on one's own post,
    once per post."""
    now = now or utcnow()
    today = local_day(ctx, now)
    message = _text(
        form.message,
        longest=MESSAGE_CHARS,
        too_long=QT_TRANSLATE_NOOP("Skills", "The message is too long: at most {count} letters."),
        lines=True,
    )
    _no_contact_details(message)
    with ctx.db.transaction() as session:
        requester = known_person(session, form.requester_id)
        row = _post(session, form.post_id)
        if not queries.is_live(row, today):
            raise _gone()
        if row.person_id == requester.id:
            raise _refuse(QT_TRANSLATE_NOOP("Skills", "This is your own post."))
        earlier = session.scalar(
            select(IntroRequest.status).where(
                IntroRequest.post_id == row.id,
                IntroRequest.requester_id == requester.id,
                IntroRequest.deleted_at.is_(None),
            )
        )
        if earlier is IntroStatus.pending:
            raise _refuse(
                QT_TRANSLATE_NOOP("Skills", "You already asked: the author has not answered yet.")
            )
        if earlier is not None:
            raise _refuse(QT_TRANSLATE_NOOP("Skills", "The author already answered you."))
        intro = IntroRequest(post_id=row.id, requester_id=requester.id, message=message)
        session.add(intro)
        session.flush()
        record_audit_in(
            session,
            actor=None,
            action="skill_intro_asked",
            target=f"skill_post:{row.id}",
            details={"intro": str(intro.id)},
        )
        return Introduced(intro_id=intro.id, state=IntroState.pending, changes=_INTRO_CHANGES)


def answer_intro(
    ctx: AppContext,
    intro_id: uuid.UUID,
    *,
    author_id: uuid.UUID,
    accept: bool,
    now: datetime | None = None,
) -> Introduced:
    """The post's author accepts or declines an introduction (at any kiosk, after a badge
    scan); the hub then gives each their contact, or tells the requester no."""
    now = now or utcnow()
    with ctx.db.transaction() as session:
        intro = session.get(IntroRequest, intro_id)
        if intro is None or intro.deleted_at is not None:
            raise NotFoundError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP("Skills", "This introduction request no longer exists."),
                )
            )
        row = _post(session, intro.post_id)
        if row.person_id != author_id:
            raise _refuse(
                QT_TRANSLATE_NOOP("Skills", "Only the post's author can answer this request.")
            )
        if intro.status is not IntroStatus.pending:
            raise _refuse(QT_TRANSLATE_NOOP("Skills", "You already answered this request."))
        intro.status = IntroStatus.accepted if accept else IntroStatus.declined
        intro.answered_at = now
        record_audit_in(
            session,
            actor=None,
            action="skill_intro_accepted" if accept else "skill_intro_declined",
            target=f"skill_post:{row.id}",
            details={"intro": str(intro.id)},
        )
        return Introduced(
            intro_id=intro.id, state=IntroState(intro.status.value), changes=_INTRO_CHANGES
        )


# -- The taxonomy ------------------------------------------------------------------------------


def _slug(text: str) -> str:
    return _SLUG.sub("-", fold(text)).strip("-")[: SLUG_CHARS - 4].strip("-")


def make_tag(
    ctx: AppContext,
    *,
    other_text: str,
    sector_slug: str,
    labels: dict[str, str],
    facilitator_id: uuid.UUID,
    now: datetime | None = None,
) -> TagMade:
    """A facilitator turns an "other" free text into a skill of a sector, with its labels in
    fr/nl/en (one missing takes the French), and tags this antenne's posts whose "other" text
    is the same (case, accents and spacing aside): the text becomes the tag."""
    now = now or utcnow()
    other = _text(
        other_text,
        longest=OTHER_TAG_CHARS,
        too_long=QT_TRANSLATE_NOOP(
            "Skills", "The other skill is too long: at most {count} letters."
        ),
    )
    if not fold(other):
        raise _refuse(QT_TRANSLATE_NOOP("Skills", "Please say which other skill becomes a tag."))
    checked: dict[str, str] = {}
    for language in LANGUAGES:
        label = _text(
            labels.get(language, ""),
            longest=TAG_LABEL_CHARS,
            too_long=QT_TRANSLATE_NOOP("Skills", "A label is too long: at most {count} letters."),
        )
        if label:
            checked[language] = label
    unknown = set(labels) - set(LANGUAGES)
    if unknown or "fr" not in checked:
        raise _refuse(QT_TRANSLATE_NOOP("Skills", "Please give the skill's name in French."))
    slug = _slug(checked["fr"])
    if not slug:
        raise _refuse(QT_TRANSLATE_NOOP("Skills", "The skill's name needs letters or digits."))
    with ctx.db.transaction() as session:
        account = _facilitator(session, facilitator_id)
        sector = session.scalar(
            select(SkillTag).where(
                SkillTag.slug == sector_slug, SkillTag.sector == "", SkillTag.deleted_at.is_(None)
            )
        )
        if sector is None:
            raise _refuse(QT_TRANSLATE_NOOP("Skills", "Please choose the skill's sector."))
        taken = set(session.scalars(select(SkillTag.slug).where(SkillTag.slug.like(f"{slug}%"))))
        unique, number = slug, 2
        while unique in taken:
            unique, number = f"{slug}-{number}", number + 1
        position = session.scalar(
            select(func.max(SkillTag.position)).where(SkillTag.sector == sector.slug)
        )
        tag = SkillTag(
            slug=unique,
            label={language: checked.get(language, checked["fr"]) for language in LANGUAGES},
            sector=sector.slug,
            position=(position or 0) + 1,
        )
        session.add(tag)
        session.flush()
        antenna_id = antenna_of(session, ctx)
        wanted = fold(other)
        candidates = session.scalars(
            select(SkillPost).where(
                SkillPost.deleted_at.is_(None),
                SkillPost.other_tag != "",
                SkillPost.antenna_id == antenna_id,
            )
        ).all()
        tagged = 0
        for row in candidates:
            if fold(row.other_tag) != wanted:
                continue
            links = session.scalar(
                select(func.count())
                .select_from(SkillPostTag)
                .where(SkillPostTag.post_id == row.id, SkillPostTag.deleted_at.is_(None))
            )
            if (links or 0) >= MAX_TAGS:
                continue
            session.add(SkillPostTag(post_id=row.id, tag_id=tag.id))
            row.other_tag = ""
            tagged += 1
        record_audit_in(
            session,
            actor=account.id,
            action="skill_tag_made",
            target=f"skill_tag:{tag.id}",
            details={"sector": sector.slug, "slug": unique, "tagged": tagged},
        )
        return TagMade(tag=queries.tag_view(tag), tagged=tagged)
