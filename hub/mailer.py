"""The hub's mail sender: sends the queued `HubMail` over SMTP (`antenne hub mail send`, or
`hub serve` every `mail_send_every_s`), docs/architecture.md, "Mail from the hub".

**At most once.** A mail is claimed (`sending`, one more attempt) and that is committed
*before* it goes out; it is marked `sent` after the server accepted it. A sender that dies in
between leaves it `sending`: it is never sent again, and once `STALE_CLAIM` has passed it is
marked `uncertain` for the operator to look at. A person may miss one mail in that case; they
never get the same news twice. A server that refuses or cannot be reached has not taken the
mail: it goes back to `queued`, tried again later with a growing delay, and is given up
(`failed`) only when the server refuses the address for good or after `mail_max_attempts`.
Several senders (one per `hub serve` worker and the command) share the queue: a claim skips
mails another sender holds. Logs name mails by id, never an address, a body or a password.
"""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate, make_msgid

from sqlalchemy import delete, select, update

from app import log
from app.clock import utcnow
from hub.db import HubDatabase
from hub.models import HubMail
from hub.settings import HubSettings

# The first retry waits a minute, each next one twice as long, at most six hours.
FIRST_RETRY = timedelta(minutes=1)
LONGEST_RETRY = timedelta(hours=6)
# A claim older than this belongs to a sender that stopped (a send takes seconds).
STALE_CLAIM = timedelta(minutes=15)
SMTP_TIMEOUT_S = 30.0
# A sent mail (an address, a name) is kept this long, to answer "did I get it?", then erased.
KEEP_SENT = timedelta(days=30)

Connect = Callable[[HubSettings], smtplib.SMTP]


@dataclass
class SendReport:
    sent: int = 0
    # Back in the queue for a later try, given up, and found cut off between send and record.
    retried: int = 0
    failed: int = 0
    uncertain: int = 0


def open_smtp(settings: HubSettings) -> smtplib.SMTP:
    """A logged-in connection to the configured server (TLS verified with the system's CAs)."""
    context = ssl.create_default_context()
    smtp: smtplib.SMTP
    if settings.smtp_security == "ssl":
        smtp = smtplib.SMTP_SSL(
            settings.smtp_host, settings.smtp_port, timeout=SMTP_TIMEOUT_S, context=context
        )
    else:
        smtp = smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=SMTP_TIMEOUT_S)
        if settings.smtp_security == "starttls":
            smtp.starttls(context=context)
    if settings.smtp_user:
        smtp.login(settings.smtp_user, settings.smtp_password)
    return smtp


def message_of(mail: HubMail, sender: str) -> EmailMessage:
    """The mail as sent. Header values were made one line when queued; the `SMTP` policy
    refuses any line break left, so nothing a person typed becomes a header."""
    message = EmailMessage(policy=SMTP)
    message["From"] = sender
    message["To"] = mail.to_address
    message["Subject"] = mail.subject
    message["Date"] = formatdate(localtime=False)
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(mail.body)
    return message


def send_queued(
    database: HubDatabase,
    settings: HubSettings,
    *,
    now: datetime | None = None,
    connect: Connect = open_smtp,
    limit: int = 500,
) -> SendReport:
    """Send the mails due at `now` (at most `limit`), one claim, send and record at a time."""
    now = now or utcnow()
    report = SendReport()
    with database.transaction() as session:
        cut_off = session.execute(
            update(HubMail)
            .where(HubMail.status == "sending", HubMail.claimed_at < now - STALE_CLAIM)
            .values(
                status="uncertain",
                last_error="the sender stopped between sending and recording: not resent",
            )
        )
        report.uncertain = int(cut_off.rowcount or 0)  # type: ignore[attr-defined]  # an UPDATE's CursorResult
        session.execute(
            delete(HubMail).where(HubMail.status == "sent", HubMail.sent_at < now - KEEP_SENT)
        )
    if not settings.smtp_host:
        return report
    smtp: smtplib.SMTP | None = None
    try:
        for _n in range(limit):
            mail = _claim(database, now)
            if mail is None:
                break
            try:
                message = message_of(mail, settings.mail_from)
            except ValueError as error:
                # A header the mail policy refuses (a line break queued by an older hub):
                # never sendable as it is.
                report.failed += _not_sent(database, mail, error, now, max_attempts=0)
                continue
            try:
                if smtp is None:
                    smtp = connect(settings)
                smtp.send_message(message)
            except (smtplib.SMTPException, OSError) as error:
                given_up = _not_sent(database, mail, error, now, settings.mail_max_attempts)
                report.failed += given_up
                report.retried += not given_up
                if not isinstance(error, smtplib.SMTPRecipientsRefused):
                    # The server is out of reach or refuses us: the rest waits for later.
                    break
                continue
            with database.transaction() as session:
                session.execute(
                    update(HubMail)
                    .where(HubMail.id == mail.id)
                    .values(status="sent", sent_at=utcnow(), last_error="")
                )
            report.sent += 1
            log.sync.info("mail %s sent", mail.id)
    finally:
        if smtp is not None:
            try:
                smtp.quit()
            except (smtplib.SMTPException, OSError):
                smtp.close()
    return report


def _claim(database: HubDatabase, now: datetime) -> HubMail | None:
    """The next mail due, marked `sending` and committed before it is sent (at most once)."""
    with database.transaction() as session:
        query = (
            select(HubMail)
            .where(HubMail.status == "queued", HubMail.next_attempt_at <= now)
            .order_by(HubMail.id)
            .limit(1)
        )
        if database.is_postgresql:
            query = query.with_for_update(skip_locked=True)
        mail = session.scalar(query)
        if mail is None:
            return None
        mail.status = "sending"
        mail.attempts += 1
        mail.claimed_at = now
        return mail


def _not_sent(
    database: HubDatabase, mail: HubMail, error: Exception, now: datetime, max_attempts: int
) -> bool:
    """The server did not take `mail`: queued again after a delay, or given up (True; always
    with `max_attempts` 0)."""
    refused_for_good = isinstance(error, smtplib.SMTPRecipientsRefused) and all(
        code >= 500 for code, _reply in error.recipients.values()
    )
    given_up = refused_for_good or mail.attempts >= max_attempts
    delay = min(FIRST_RETRY * 2 ** (mail.attempts - 1), LONGEST_RETRY)
    # The type and the server's reply code, not its text: it may quote the address.
    reason = type(error).__name__
    code = getattr(error, "smtp_code", None)
    reason += f" {code}" if code else ""
    with database.transaction() as session:
        session.execute(
            update(HubMail)
            .where(HubMail.id == mail.id)
            .values(
                status="failed" if given_up else "queued",
                next_attempt_at=now + delay,
                claimed_at=None,
                last_error=reason,
            )
        )
    log.sync.warning(
        "mail %s not sent (%s), attempt %s: %s",
        mail.id,
        reason,
        mail.attempts,
        "given up" if given_up else "tried again later",
    )
    return given_up
