"""The hub's mail relay on the real PostgreSQL hub, with an SMTP server (aiosmtpd) in the test
process: a seat the hub decides is told by one e-mail in the person's language, only to people
with an address who chose e-mail; a sender cut off between sending and recording never sends
twice; a server out of reach loses nothing; a name or a title carrying line breaks adds no
header (docs/architecture.md, "Mail from the hub").
"""

from __future__ import annotations

import smtplib
import time
import uuid
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.cli import main
from app.clock import utcnow
from app.config import load_config
from app.context import AppContext
from app.privacy.service import erase_person
from app.sessions import service
from app.sessions.types import Scope, SessionForm
from db.models import Person
from db.models import Session as Sitting
from hub.mailer import STALE_CLAIM, send_queued
from hub.models import HubMail
from hub.settings import HubSettings
from tests.helpers.postgres import free_port
from tests.helpers.smtp import Inbox, smtp_settings
from tests.helpers.sync import Hub, Kiosk, KioskFactory, make_hub

# A Tuesday in winter (UTC+1 in Paris): 14:00 local is 13:00 UTC.
STARTS = datetime(2027, 3, 16, 14, 0)


def _settings(hub: Hub, port: int) -> HubSettings:
    return smtp_settings(hub.settings, port)


def _ctx(kiosk: Kiosk) -> AppContext:
    config = load_config(
        environ={}, db_path=Path(str(kiosk.database.engine.url.database)), seed_demo=False
    )
    return AppContext(config=config, db=kiosk.database)


def _kiosk(hub: Hub, make_kiosk: KioskFactory) -> Kiosk:
    hub.add_antenna("rennes")
    return make_kiosk(hub, "kiosk-a")


def _person(kiosk: Kiosk, first_name: str, **values: Any) -> uuid.UUID:
    with kiosk.database.transaction() as session:
        person = Person(
            first_name=first_name, last_name="Test", antenna_id=kiosk.antenna_id, **values
        )
        session.add(person)
        session.flush()
        return person.id


def _session(kiosk: Kiosk, *, capacity: int = 5, title: str = "Co-working numérique") -> uuid.UUID:
    form = SessionForm(
        kind="mentored_coworking",
        title=title,
        starts=STARTS,
        minutes=120,
        capacity=capacity,
        location="Salle 2",
    )
    return service.create_session(_ctx(kiosk), form, actor=None).session_ids[0]


def _mails(hub: Hub) -> list[HubMail]:
    with hub.database.transaction() as session:
        return list(session.scalars(select(HubMail).order_by(HubMail.id)))


def test_a_seat_granted_is_one_mail_in_the_persons_language_and_only_with_consent(
    pg_hub: Hub, make_kiosk: KioskFactory, inbox: tuple[Inbox, int]
) -> None:
    received, port = inbox
    kiosk = _kiosk(pg_hub, make_kiosk)
    sitting = _session(kiosk)
    lotte = _person(kiosk, "Lotte", email="lotte@example.be", language="nl", channels=["email"])
    silent = _person(kiosk, "Jan", email="jan@example.be", language="nl", channels=["sms"])
    no_address = _person(kiosk, "Inès", language="fr", channels=["email"])
    for person in (lotte, silent, no_address):
        service.sign_up(_ctx(kiosk), sitting, person)
    kiosk.sync()
    kiosk.sync()

    mails = _mails(pg_hub)
    assert [(m.person_id, m.reason, m.status) for m in mails] == [
        (str(lotte), "seat_granted", "queued")
    ]
    report = send_queued(pg_hub.database, _settings(pg_hub, port))
    assert (report.sent, report.retried, report.failed) == (1, 0, 0)
    # Sending again sends nothing more.
    send_queued(pg_hub.database, _settings(pg_hub, port))
    assert len(received.envelopes) == 1
    assert received.envelopes[0].rcpt_tos == ["lotte@example.be"]
    message = received.messages()[0]
    assert message["Subject"] == "Je plaats is bevestigd: Co-working numérique"
    assert message["To"] == "lotte@example.be"
    assert message["From"] == "antenne@example.org"
    body = message.get_content()
    assert "Hallo Lotte," in body
    assert "dinsdag 16 maart 2027 om 14:00" in body
    assert "Waar: Salle 2" in body
    (sent,) = _mails(pg_hub)
    assert (sent.status, sent.attempts, sent.sent_at is not None) == ("sent", 1, True)


def test_the_waiting_list_and_a_seat_offered_from_it_are_told_once_each(
    pg_hub: Hub, make_kiosk: KioskFactory, inbox: tuple[Inbox, int]
) -> None:
    received, port = inbox
    kiosk = _kiosk(pg_hub, make_kiosk)
    sitting = _session(kiosk, capacity=1)
    first = _person(kiosk, "Zoé", email="zoe@example.fr", language="fr", channels=["email"])
    second = _person(kiosk, "Tom", email="tom@example.org", language="en", channels=["email"])
    service.sign_up(_ctx(kiosk), sitting, first)
    service.sign_up(_ctx(kiosk), sitting, second)
    kiosk.sync()
    service.cancel_signup(_ctx(kiosk), sitting, first)
    kiosk.sync()
    kiosk.sync()

    told = [(m.person_id, m.reason) for m in _mails(pg_hub)]
    assert told == [
        (str(first), "seat_granted"),
        (str(second), "seat_waitlisted"),
        (str(second), "seat_offered"),
    ]
    assert send_queued(pg_hub.database, _settings(pg_hub, port)).sent == 3
    waiting, offered = received.messages()[1:]
    assert waiting["Subject"] == "You are on the waiting list: Co-working numérique"
    assert "You are number 1 on the waiting list" in waiting.get_content()
    assert offered["Subject"] == "A seat is free for you: Co-working numérique"
    # The hold deadline: two hours before the start, in the antenne's time.
    assert "before Tuesday 16 March 2027 at 12:00" in offered.get_content()


def test_a_cancelled_session_is_told_with_the_facilitators_notice(
    pg_hub: Hub, make_kiosk: KioskFactory, inbox: tuple[Inbox, int]
) -> None:
    received, port = inbox
    kiosk = _kiosk(pg_hub, make_kiosk)
    sitting = _session(kiosk)
    zoe = _person(kiosk, "Zoé", email="zoe@example.fr", language="fr", channels=["email"])
    service.sign_up(_ctx(kiosk), sitting, zoe)
    kiosk.sync()
    service.cancel_session(
        _ctx(kiosk), sitting, scope=Scope.this_one, reason="La salle est inondée.", actor=None
    )
    kiosk.sync()

    assert [m.reason for m in _mails(pg_hub)] == ["seat_granted", "session_cancelled"]
    send_queued(pg_hub.database, _settings(pg_hub, port))
    cancelled = received.messages()[1]
    assert cancelled["Subject"] == "Annulation : Co-working numérique"
    body = cancelled.get_content()
    assert "mardi 16 mars 2027 à 14:00 est annulé" in body
    assert "Le message des animateurs : La salle est inondée." in body


class _CutOffError(RuntimeError):
    """The sender's process stops right after the server took the mail."""


def test_a_sender_cut_off_between_sending_and_recording_never_sends_twice(
    pg_hub: Hub, make_kiosk: KioskFactory, inbox: tuple[Inbox, int]
) -> None:
    received, port = inbox
    kiosk = _kiosk(pg_hub, make_kiosk)
    sitting = _session(kiosk)
    zoe = _person(kiosk, "Zoé", email="zoe@example.fr", channels=["email"])
    service.sign_up(_ctx(kiosk), sitting, zoe)
    kiosk.sync()
    settings = _settings(pg_hub, port)

    class DyingSMTP(smtplib.SMTP):
        def send_message(self, *args: Any, **kwargs: Any) -> Any:
            super().send_message(*args, **kwargs)
            raise _CutOffError

    def connect(s: HubSettings) -> smtplib.SMTP:
        return DyingSMTP(s.smtp_host, s.smtp_port)

    now = utcnow()
    with pytest.raises(_CutOffError):
        send_queued(pg_hub.database, settings, now=now, connect=connect)
    assert len(received.envelopes) == 1
    # At most once: the claimed mail is not sent again, now or later.
    assert send_queued(pg_hub.database, settings, now=now).sent == 0
    later = send_queued(pg_hub.database, settings, now=now + STALE_CLAIM + timedelta(seconds=1))
    assert (later.sent, later.uncertain) == (0, 1)
    assert len(received.envelopes) == 1
    (mail,) = _mails(pg_hub)
    assert (mail.status, mail.sent_at) == ("uncertain", None)


def test_a_server_out_of_reach_keeps_the_mail_for_a_later_try(
    pg_hub: Hub, make_kiosk: KioskFactory, inbox: tuple[Inbox, int]
) -> None:
    received, port = inbox
    kiosk = _kiosk(pg_hub, make_kiosk)
    sitting = _session(kiosk)
    for n in range(2):
        person = _person(kiosk, f"P{n}", email=f"p{n}@example.fr", channels=["email"])
        service.sign_up(_ctx(kiosk), sitting, person)
    kiosk.sync()
    down = replace(_settings(pg_hub, port), smtp_port=free_port())
    now = utcnow()

    report = send_queued(pg_hub.database, down, now=now)
    assert (report.sent, report.retried, report.failed) == (0, 1, 0)
    first, second = _mails(pg_hub)
    assert (first.status, first.attempts, first.claimed_at) == ("queued", 1, None)
    assert first.last_error == "ConnectionRefusedError"
    # The rest of the round waited: not one attempt spent on a server known to be down.
    assert (second.status, second.attempts) == ("queued", 0)
    # Before its delay, the first is not tried again; the second is.
    up = _settings(pg_hub, port)
    assert send_queued(pg_hub.database, up, now=now).sent == 1
    assert send_queued(pg_hub.database, up, now=now + timedelta(minutes=2)).sent == 1
    assert sorted(e.rcpt_tos[0] for e in received.envelopes) == ["p0@example.fr", "p1@example.fr"]
    assert {m.status for m in _mails(pg_hub)} == {"sent"}


def test_a_mail_given_up_after_its_attempts(
    pg_hub: Hub, make_kiosk: KioskFactory, inbox: tuple[Inbox, int]
) -> None:
    _received, port = inbox
    kiosk = _kiosk(pg_hub, make_kiosk)
    sitting = _session(kiosk)
    zoe = _person(kiosk, "Zoé", email="zoe@example.fr", channels=["email"])
    service.sign_up(_ctx(kiosk), sitting, zoe)
    kiosk.sync()
    down = replace(_settings(pg_hub, port), smtp_port=free_port(), mail_max_attempts=2)
    now = utcnow()
    assert send_queued(pg_hub.database, down, now=now).retried == 1
    assert send_queued(pg_hub.database, down, now=now + timedelta(hours=1)).failed == 1
    (mail,) = _mails(pg_hub)
    assert (mail.status, mail.attempts) == ("failed", 2)


def test_line_breaks_in_a_name_or_a_title_add_no_header(
    pg_hub: Hub, make_kiosk: KioskFactory, inbox: tuple[Inbox, int]
) -> None:
    received, port = inbox
    kiosk = _kiosk(pg_hub, make_kiosk)
    sitting = _session(kiosk)
    # What a kiosk of another version (or a hostile one) may push: the hub stores any text.
    with kiosk.database.transaction() as session:
        row = session.get(Sitting, sitting)
        assert row is not None
        row.title = "Atelier\r\nBcc: victim@example.org\nX-Injected: yes\u2028Cc: c@example.org"
    eve = _person(
        kiosk,
        "Eve\r\nBcc: other@example.org\r\n\r\nfake body",
        email="eve@example.fr",
        language="en",
        channels=["email"],
    )
    forged = _person(
        kiosk, "Mallory", email="m@example.fr\r\nBcc: x@example.org", channels=["email"]
    )
    service.sign_up(_ctx(kiosk), sitting, eve)
    service.sign_up(_ctx(kiosk), sitting, forged)
    kiosk.sync()

    assert [m.person_id for m in _mails(pg_hub)] == [str(eve)]
    assert send_queued(pg_hub.database, _settings(pg_hub, port)).sent == 1
    (envelope,) = received.envelopes
    assert envelope.rcpt_tos == ["eve@example.fr"]
    message = received.messages()[0]
    assert sorted(message.keys()) == sorted(
        [
            *("From", "To", "Subject", "Date", "Message-ID", "Auto-Submitted"),
            *("Content-Type", "Content-Transfer-Encoding", "MIME-Version"),
        ]
    )
    assert message["Subject"] == (
        "Your seat is confirmed: Atelier Bcc: victim@example.org X-Injected: yes Cc: c@example.org"
    )
    assert "Hello Eve Bcc: other@example.org fake body," in message.get_content()


def test_a_header_the_mail_policy_refuses_is_given_up_not_sent(
    pg_hub: Hub, inbox: tuple[Inbox, int]
) -> None:
    received, port = inbox
    with pg_hub.database.transaction() as session:
        session.add(
            HubMail(
                person_id=str(uuid.uuid4()),
                reason="seat_granted",
                to_address="zoe@example.fr",
                subject="Hi\r\nBcc: victim@example.org",
                body="Hello",
            )
        )
    report = send_queued(pg_hub.database, _settings(pg_hub, port))
    assert (report.sent, report.failed) == (0, 1)
    assert received.envelopes == []
    (mail,) = _mails(pg_hub)
    assert (mail.status, mail.last_error) == ("failed", "ValueError")


def test_the_smtp_settings_come_from_the_environment_and_the_password_is_never_shown() -> None:
    settings = HubSettings.from_env(
        {
            "ANTENNE_HUB_DB_URL": "hub.sqlite3",
            "ANTENNE_HUB_SMTP_HOST": "smtp.example.org",
            "ANTENNE_HUB_SMTP_PORT": "465",
            "ANTENNE_HUB_SMTP_SECURITY": "ssl",
            "ANTENNE_HUB_SMTP_PASSWORD": "s3cret-pw",
            "ANTENNE_HUB_MAIL_SEND_EVERY_S": "60",
        }
    )
    assert (settings.smtp_host, settings.smtp_port, settings.smtp_security) == (
        "smtp.example.org",
        465,
        "ssl",
    )
    assert settings.mail_send_every_s == 60
    assert "s3cret-pw" not in repr(settings)
    with pytest.raises(RuntimeError, match="SMTP_SECURITY is one of") as refused:
        HubSettings.from_env({"ANTENNE_HUB_DB_URL": "x", "ANTENNE_HUB_SMTP_SECURITY": "s3cret"})
    assert "s3cret" not in str(refused.value)


def test_erasing_a_person_erases_their_mails_and_sent_ones_go_after_thirty_days(
    pg_hub: Hub, make_kiosk: KioskFactory, inbox: tuple[Inbox, int]
) -> None:
    received, port = inbox
    kiosk = _kiosk(pg_hub, make_kiosk)
    sitting = _session(kiosk)
    zoe = _person(kiosk, "Zoé", email="zoe@example.fr", channels=["email"])
    tom = _person(kiosk, "Tom", email="tom@example.org", channels=["email"])
    service.sign_up(_ctx(kiosk), sitting, zoe)
    kiosk.sync()
    send_queued(pg_hub.database, _settings(pg_hub, port))
    service.sign_up(_ctx(kiosk), sitting, tom)
    kiosk.sync()
    assert [m.status for m in _mails(pg_hub)] == ["sent", "queued"]
    erase_person(_ctx(kiosk), tom)
    kiosk.sync()
    assert [m.person_id for m in _mails(pg_hub)] == [str(zoe)]
    send_queued(pg_hub.database, _settings(pg_hub, port), now=utcnow() + timedelta(days=29))
    assert len(_mails(pg_hub)) == 1
    send_queued(pg_hub.database, _settings(pg_hub, port), now=utcnow() + timedelta(days=31))
    assert _mails(pg_hub) == []
    assert len(received.envelopes) == 1


def test_unticking_email_keeps_what_is_queued_from_being_sent(
    pg_hub: Hub, make_kiosk: KioskFactory
) -> None:
    kiosk = _kiosk(pg_hub, make_kiosk)
    sitting = _session(kiosk)
    zoe = _person(kiosk, "Zoé", email="zoe@example.fr", channels=["email"])
    service.sign_up(_ctx(kiosk), sitting, zoe)
    kiosk.sync()
    assert len(_mails(pg_hub)) == 1
    with kiosk.database.transaction() as session:
        person = session.get(Person, zoe)
        assert person is not None
        person.channels = ["sms"]
    kiosk.sync()
    assert _mails(pg_hub) == []


def test_hub_mail_send_on_the_command_line(
    pg_hub: Hub,
    make_kiosk: KioskFactory,
    inbox: tuple[Inbox, int],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    received, port = inbox
    kiosk = _kiosk(pg_hub, make_kiosk)
    sitting = _session(kiosk)
    zoe = _person(kiosk, "Zoé", email="zoe@example.fr", channels=["email"])
    service.sign_up(_ctx(kiosk), sitting, zoe)
    kiosk.sync()
    argv = ["hub", "mail", "send", "--db", pg_hub.settings.db_url]

    # No server set: one line saying what to set, nothing sent.
    monkeypatch.delenv("ANTENNE_HUB_SMTP_HOST", raising=False)
    assert main(argv) != 0
    err = capsys.readouterr().err
    assert "ANTENNE_HUB_SMTP_HOST" in err and err.count("\n") == 1
    assert received.envelopes == []

    monkeypatch.setenv("ANTENNE_HUB_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("ANTENNE_HUB_SMTP_PORT", str(port))
    monkeypatch.setenv("ANTENNE_HUB_SMTP_SECURITY", "plain")
    monkeypatch.setenv("ANTENNE_HUB_MAIL_FROM", "antenne@example.org")
    monkeypatch.setenv("ANTENNE_HUB_SMTP_PASSWORD", "s3cret-pw")
    assert main(argv) == 0
    out, err = capsys.readouterr()
    assert out.startswith("1 sent, 0 to try again later, 0 given up")
    assert "s3cret-pw" not in out + err
    assert len(received.envelopes) == 1


def test_hub_serve_sends_periodically_when_told(
    hub_pg_url: str, make_kiosk: KioskFactory, inbox: tuple[Inbox, int]
) -> None:
    received, port = inbox
    settings = {
        "smtp_host": "127.0.0.1",
        "smtp_port": port,
        "smtp_security": "plain",
        "mail_from": "antenne@example.org",
        "mail_send_every_s": 1,
    }
    for hub in make_hub(hub_pg_url, **settings):
        kiosk = _kiosk(hub, make_kiosk)
        sitting = _session(kiosk)
        zoe = _person(kiosk, "Zoé", email="zoe@example.fr", channels=["email"])
        service.sign_up(_ctx(kiosk), sitting, zoe)
        kiosk.sync()
        # Liveness only: the served hub's own sender picks the mail up within seconds.
        deadline = time.monotonic() + 60
        while not received.envelopes and time.monotonic() < deadline:
            time.sleep(0.1)
        assert len(received.envelopes) == 1
        assert [m.status for m in _mails(hub)] == ["sent"]
