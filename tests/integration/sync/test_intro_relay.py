"""Introductions relayed by the hub, through the real sync, a PostgreSQL hub and an SMTP server
in the test process: a request made at a kiosk reaches the post's author by e-mail with
answer links (never the requester's address); the accept link's page answers nothing on a GET;
its POST exchanges the contacts by one mail to each, and the kiosk pulls `accepted`. A decline
tells the requester kindly. Links are single use, expire, and cannot be guessed; names, titles
and messages add no header; a kiosk cannot say when the hub relayed a request, nor obtain the
author's details by answering for them from another antenne (docs/architecture.md,
"Introductions through the hub").
"""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from app.clock import utcnow
from app.config import load_config
from app.context import AppContext
from app.privacy.service import erase_person
from db.models import IntroRequest, Person, SkillPost
from db.models.skills import IntroStatus, SkillPostKind
from hub.mailer import send_queued
from hub.models import HubIntro, HubMail, HubRecord
from hub.settings import HubSettings
from tests.helpers.smtp import Inbox, smtp_settings
from tests.helpers.sync import Hub, Kiosk, KioskFactory, make_hub

PUBLIC_URL = "https://hub.example.org"
LINK = re.compile(r"https://hub\.example\.org(/public/intro/[A-Za-z0-9_-]+/(?:accept|decline))")


@pytest.fixture
def hub(hub_pg_url: str) -> Iterator[Hub]:
    """The hub on PostgreSQL, knowing the public address its links name."""
    yield from make_hub(hub_pg_url, public_url=PUBLIC_URL)


@dataclass
class Board:
    """A kiosk of Rennes holding a post and its author, and someone who wants to meet them."""

    kiosk: Kiosk
    author: uuid.UUID
    requester: uuid.UUID
    post: uuid.UUID


def _person(kiosk: Kiosk, first_name: str, last_name: str, **values: Any) -> uuid.UUID:
    with kiosk.database.transaction() as session:
        person = Person(
            first_name=first_name, last_name=last_name, antenna_id=kiosk.antenna_id, **values
        )
        session.add(person)
        session.flush()
        return person.id


def _post(kiosk: Kiosk, author: uuid.UUID, title: str = "J'explique la compta") -> uuid.UUID:
    with kiosk.database.transaction() as session:
        post = SkillPost(
            person_id=author,
            antenna_id=kiosk.antenna_id,
            kind=SkillPostKind.offer,
            title=title,
            language="fr",
            expires_on=date.today() + timedelta(days=90),
        )
        session.add(post)
        session.flush()
        return post.id


def _ask(kiosk: Kiosk, post: uuid.UUID, requester: uuid.UUID, message: str = "") -> uuid.UUID:
    with kiosk.database.transaction() as session:
        intro = IntroRequest(post_id=post, requester_id=requester, message=message)
        session.add(intro)
        session.flush()
        return intro.id


def _board(hub: Hub, make_kiosk: KioskFactory, *, author_email: bool = True) -> Board:
    hub.add_antenna("rennes")
    kiosk = make_kiosk(hub, "kiosk-rennes")
    author = _person(
        kiosk,
        "Camille",
        "Dubois",
        email="camille@example.fr" if author_email else None,
        phone="+33 6 12 34 56 78",
        language="fr",
        channels=["email"] if author_email else ["in_person"],
    )
    requester = _person(
        kiosk,
        "Lotte",
        "Peeters",
        email="lotte@example.be",
        phone="+32 470 12 34 56",
        language="nl",
        channels=["email"],
    )
    return Board(kiosk, author, requester, _post(kiosk, author))


def _mails(hub: Hub) -> list[HubMail]:
    with hub.database.transaction() as session:
        return list(session.scalars(select(HubMail).order_by(HubMail.id)))


def _hub_intro(hub: Hub, intro: uuid.UUID) -> dict[str, Any]:
    with hub.database.transaction() as session:
        record = session.get(HubRecord, ("intro_request", str(intro)))
        assert record is not None
        return dict(record.data)


def _links(body: str) -> dict[str, str]:
    return {path.rsplit("/", 1)[1]: path for path in LINK.findall(body)}


def _kiosk_intro(kiosk: Kiosk, intro: uuid.UUID) -> IntroRequest:
    with kiosk.database.transaction() as session:
        row = session.get(IntroRequest, intro)
        assert row is not None
        session.expunge(row)
        return row


def test_an_introduction_from_kiosk_to_hub_to_mail_to_acceptance(
    hub: Hub, make_kiosk: KioskFactory, inbox: tuple[Inbox, int]
) -> None:
    received, port = inbox
    board = _board(hub, make_kiosk)
    intro = _ask(board.kiosk, board.post, board.requester, "Bonjour !\nJe débute en compta.")
    board.kiosk.sync()

    assert [(m.person_id, m.reason) for m in _mails(hub)] == [(str(board.author), "intro_relayed")]
    assert _hub_intro(hub, intro)["relayed_at"] is not None
    settings = smtp_settings(hub.settings, port)
    assert send_queued(hub.database, settings).sent == 1
    (relayed,) = received.messages()
    assert received.envelopes[0].rcpt_tos == ["camille@example.fr"]
    assert relayed["Subject"] == "Lotte P. aimerait vous rencontrer\u202f: J'explique la compta"
    body = relayed.get_content().replace("\r\n", "\n")
    assert "Bonjour Camille," in body
    assert "> Bonjour !\n> Je débute en compta." in body
    # Never the requester's address, phone or last name before the author accepts.
    for secret in ("lotte@example.be", "470", "Peeters"):
        assert secret not in body
    links = _links(body)
    assert set(links) == {"accept", "decline"}

    # A mail scanner following the link answers nothing.
    page = hub.client.get(links["accept"])
    assert page.status_code == 200
    assert "Lotte P." in page.text and '<form method="post"' in page.text
    assert page.headers["Cache-Control"] == "no-store"
    assert page.headers["Referrer-Policy"] == "no-referrer"
    assert "form-action 'self'" in page.headers["Content-Security-Policy"]
    assert _hub_intro(hub, intro)["status"] == "pending"

    answered = hub.client.post(links["accept"])
    assert answered.status_code == 200
    assert "noté\u202f: vous recevrez les coordonnées de Lotte P." in answered.text
    assert _hub_intro(hub, intro)["status"] == "accepted"
    assert send_queued(hub.database, settings).sent == 2
    to_author, to_requester = received.messages()[1:]
    assert to_author["To"] == "camille@example.fr"
    assert to_author["Subject"] == "Votre rencontre avec Lotte Peeters\u202f: J'explique la compta"
    assert "Courriel\u202f: lotte@example.be" in to_author.get_content().replace("\r\n", "\n")
    assert "Téléphone\u202f: +32 470 12 34 56" in to_author.get_content().replace("\r\n", "\n")
    assert to_requester["To"] == "lotte@example.be"
    assert to_requester["Subject"] == (
        "Camille Dubois wil je graag ontmoeten: J'explique la compta"
    )
    assert "E-mail: camille@example.fr" in to_requester.get_content().replace("\r\n", "\n")
    assert "Telefoon: +33 6 12 34 56 78" in to_requester.get_content().replace("\r\n", "\n")

    # The kiosk pulls the hub's answer.
    board.kiosk.sync()
    pulled = _kiosk_intro(board.kiosk, intro)
    assert pulled.status is IntroStatus.accepted
    assert pulled.answered_at is not None and pulled.relayed_at is not None
    # The link worked once; nothing more is told.
    assert hub.client.post(links["accept"]).status_code == 404
    assert hub.client.post(links["decline"]).status_code == 404
    assert send_queued(hub.database, settings).sent == 0


def test_a_decline_tells_the_requester_kindly_without_the_authors_details(
    hub: Hub, make_kiosk: KioskFactory, inbox: tuple[Inbox, int]
) -> None:
    received, port = inbox
    board = _board(hub, make_kiosk)
    intro = _ask(board.kiosk, board.post, board.requester)
    board.kiosk.sync()
    settings = smtp_settings(hub.settings, port)
    send_queued(hub.database, settings)
    links = _links(received.messages()[0].get_content().replace("\r\n", "\n"))
    # An empty message is no quotation.
    assert (
        ">" not in received.messages()[0].get_content().replace("\r\n", "\n").split("Accepter")[0]
    )
    assert hub.client.post(links["decline"]).status_code == 200
    assert _hub_intro(hub, intro)["status"] == "declined"
    assert send_queued(hub.database, settings).sent == 1
    told = received.messages()[1]
    assert told["To"] == "lotte@example.be"
    assert told["Subject"] == "Je vraag om een ontmoeting: J'explique la compta"
    assert "Camille D. kan voorlopig niet ingaan" in told.get_content().replace("\r\n", "\n")
    for secret in ("camille@example.fr", "+33", "Dubois"):
        assert secret not in told.get_content().replace("\r\n", "\n")


def test_an_answer_at_the_authors_own_kiosk_is_told_once(
    hub: Hub, make_kiosk: KioskFactory, inbox: tuple[Inbox, int]
) -> None:
    _received, _port = inbox
    board = _board(hub, make_kiosk, author_email=False)
    intro = _ask(board.kiosk, board.post, board.requester)
    board.kiosk.sync()
    # Without an e-mail to write to, nothing is mailed: the request waits for a badge scan.
    assert _mails(hub) == []
    assert _hub_intro(hub, intro)["relayed_at"] is None
    with board.kiosk.database.transaction() as session:
        row = session.get(IntroRequest, intro)
        assert row is not None
        row.status = IntroStatus.accepted
        row.answered_at = utcnow()
    board.kiosk.sync()
    # The requester gets the author's details (a phone, no address); the author, no mailbox.
    (mail,) = _mails(hub)
    assert (mail.person_id, mail.reason) == (str(board.requester), "intro_accepted_requester")
    assert "Telefoon: +33 6 12 34 56 78" in mail.body
    assert "E-mail:" not in mail.body.split("--")[0]
    # Said again (a re-sent row, another change of the row): told once.
    with board.kiosk.database.transaction() as session:
        row = session.get(IntroRequest, intro)
        assert row is not None
        row.message = "merci"
    board.kiosk.sync()
    assert len(_mails(hub)) == 1


def test_a_link_to_a_request_answered_at_a_kiosk_changes_nothing(
    hub: Hub, make_kiosk: KioskFactory, inbox: tuple[Inbox, int]
) -> None:
    received, port = inbox
    board = _board(hub, make_kiosk)
    intro = _ask(board.kiosk, board.post, board.requester)
    board.kiosk.sync()
    settings = smtp_settings(hub.settings, port)
    send_queued(hub.database, settings)
    links = _links(received.messages()[0].get_content().replace("\r\n", "\n"))
    with board.kiosk.database.transaction() as session:
        row = session.get(IntroRequest, intro)
        assert row is not None
        row.status = IntroStatus.declined
        row.answered_at = utcnow()
    board.kiosk.sync()
    assert [m.reason for m in _mails(hub)] == ["intro_relayed", "intro_declined"]
    page = hub.client.get(links["accept"])
    assert page.status_code == 200
    assert "déjà reçu une réponse" in page.text and "<form" not in page.text
    assert "déjà reçu une réponse" in hub.client.post(links["accept"]).text
    assert _hub_intro(hub, intro)["status"] == "declined"
    assert [m.reason for m in _mails(hub)] == ["intro_relayed", "intro_declined"]


def test_another_antennes_kiosk_cannot_obtain_the_authors_details(
    hub: Hub, make_kiosk: KioskFactory, inbox: tuple[Inbox, int]
) -> None:
    received, port = inbox
    board = _board(hub, make_kiosk)
    intro = _ask(board.kiosk, board.post, board.requester)
    board.kiosk.sync()
    hub.add_antenna("gent")
    gent = make_kiosk(hub, "kiosk-gent", slug="gent")
    with gent.database.transaction() as session:
        row = session.get(IntroRequest, intro)
        assert row is not None
        row.status = IntroStatus.accepted
        row.answered_at = utcnow()
    gent.sync()
    # Stored (the author answers at any kiosk), but nothing of anyone's is sent: the author
    # is asked to confirm, with a new link (the first one stops working).
    assert _hub_intro(hub, intro)["status"] == "accepted"
    assert [m.reason for m in _mails(hub)] == ["intro_relayed", "intro_confirm"]
    settings = smtp_settings(hub.settings, port)
    send_queued(hub.database, settings)
    first, confirm = received.messages()
    assert (
        hub.client.post(_links(first.get_content().replace("\r\n", "\n"))["accept"]).status_code
        == 404
    )
    assert "Une borne d'une autre antenne" in confirm.get_content().replace("\r\n", "\n")
    # It was not them: they decline, and the requester is told, with nothing of theirs.
    assert (
        hub.client.post(_links(confirm.get_content().replace("\r\n", "\n"))["decline"]).status_code
        == 200
    )
    assert _hub_intro(hub, intro)["status"] == "declined"
    assert [m.reason for m in _mails(hub)][2:] == ["intro_declined"]
    assert all("camille@example.fr" not in m.body for m in _mails(hub))
    gent.sync()
    assert _kiosk_intro(gent, intro).status is IntroStatus.declined


def test_a_kiosk_cannot_say_when_the_hub_relayed_a_request(
    hub: Hub, make_kiosk: KioskFactory
) -> None:
    board = _board(hub, make_kiosk, author_email=False)
    forged = utcnow() - timedelta(days=1)
    with board.kiosk.database.transaction() as session:
        row = IntroRequest(post_id=board.post, requester_id=board.requester, relayed_at=forged)
        session.add(row)
        session.flush()
        intro = row.id
    board.kiosk.sync()
    assert _hub_intro(hub, intro)["relayed_at"] is None
    with board.kiosk.database.transaction() as session:
        row = session.get(IntroRequest, intro)
        assert row is not None
        row.relayed_at = forged
        row.message = "une précision"
    board.kiosk.sync()
    data = _hub_intro(hub, intro)
    assert (data["relayed_at"], data["message"]) == (None, "une précision")
    # The kiosk takes the hub's row back.
    assert _kiosk_intro(board.kiosk, intro).relayed_at is None


def test_forged_expired_and_malformed_links_do_nothing(
    hub: Hub, make_kiosk: KioskFactory, inbox: tuple[Inbox, int]
) -> None:
    received, port = inbox
    board = _board(hub, make_kiosk)
    intro = _ask(board.kiosk, board.post, board.requester)
    board.kiosk.sync()
    send_queued(hub.database, smtp_settings(hub.settings, port))
    links = _links(received.messages()[0].get_content().replace("\r\n", "\n"))
    token = links["accept"].split("/")[3]
    for path in (
        f"/public/intro/{'A' * len(token)}/accept",
        f"/public/intro/{token}/maybe",
        f"/public/intro/{token}x/accept",
        f"/public/intro/{'x' * 5000}/accept",
        "/public/intro/%00%0d%0a/accept",
    ):
        for method in ("GET", "POST"):
            answer = hub.client.request(method, path)
            assert answer.status_code == 404, (method, path)
            assert "Ce lien ne fonctionne plus" in answer.text
            assert token not in answer.text
    with hub.database.transaction() as session:
        session.execute(update(HubIntro).values(token_expires_at=utcnow() - timedelta(seconds=1)))
    assert hub.client.get(links["accept"]).status_code == 404
    assert hub.client.post(links["accept"]).status_code == 404
    assert _hub_intro(hub, intro)["status"] == "pending"
    assert [m.reason for m in _mails(hub)] == ["intro_relayed"]


def test_names_titles_and_messages_add_no_header_and_a_long_message_is_cut(
    hub: Hub, make_kiosk: KioskFactory, inbox: tuple[Inbox, int]
) -> None:
    received, port = inbox
    hub.add_antenna("rennes")
    kiosk = make_kiosk(hub, "kiosk-rennes")
    author = _person(
        kiosk,
        "Eve\r\nBcc: other@example.org",
        "X\nCc: y@example.org",
        email="eve@example.fr",
        language="en",
        channels=["email"],
    )
    requester = _person(kiosk, "Mal\r\nBcc: spy@example.org", "Lory\u2028To: z@example.org")
    post = _post(kiosk, author, "Excel\r\nBcc: victim@example.org\r\n\r\nfake body")
    message = "Line one\r\nBcc: x@example.org\r\n" + "é" * 10_000
    _ask(kiosk, post, requester, message)
    kiosk.sync()
    assert send_queued(hub.database, smtp_settings(hub.settings, port)).sent == 1
    (envelope,) = received.envelopes
    assert envelope.rcpt_tos == ["eve@example.fr"]
    (mail,) = received.messages()
    assert set(mail.keys()) == {
        *("From", "To", "Subject", "Date", "Message-ID", "Auto-Submitted"),
        *("Content-Type", "Content-Transfer-Encoding", "MIME-Version"),
    }
    assert len(mail.keys()) == 9
    assert mail["Subject"] == (
        "Mal Bcc: spy@example.org L. would like to meet you: Excel Bcc: victim@example.org "
        "fake body"
    )
    body = mail.get_content().replace("\r\n", "\n")
    # The message is quoted, cut at a thousand characters.
    assert "> Line one\n> Bcc: x@example.org\n> " in body
    assert body.count("é") == 1000 - len("Line one\nBcc: x@example.org\n")
    assert "…" in body


def test_the_pages_keep_to_their_security_headers_and_rate(
    hub_pg_url: str, make_kiosk: KioskFactory
) -> None:
    for limited in make_hub(hub_pg_url, public_url=PUBLIC_URL, public_requests_per_min=3):
        codes = [limited.client.get("/public/intro/abc/accept").status_code for _ in range(4)]
        assert codes == [404, 404, 404, 429]
        refused = limited.client.get("/public/intro/abc/accept")
        assert refused.headers["X-Frame-Options"] == "DENY"
        assert refused.headers["X-Content-Type-Options"] == "nosniff"


def test_erasing_the_requester_erases_the_mail_that_names_them(
    hub: Hub, make_kiosk: KioskFactory
) -> None:
    board = _board(hub, make_kiosk)
    _ask(board.kiosk, board.post, board.requester, "Bonjour")
    board.kiosk.sync()
    assert [m.about_person_id for m in _mails(hub)] == [str(board.requester)]
    config = load_config(
        environ={}, db_path=Path(str(board.kiosk.database.engine.url.database)), seed_demo=False
    )
    erase_person(AppContext(config=config, db=board.kiosk.database), board.requester)
    board.kiosk.sync()
    assert _mails(hub) == []


def test_the_hubs_public_address_comes_from_the_environment() -> None:
    settings = HubSettings.from_env(
        {"ANTENNE_HUB_DB_URL": "hub.sqlite3", "ANTENNE_HUB_PUBLIC_URL": "https://hub.example.org/"}
    )
    assert settings.public_url == "https://hub.example.org"
    assert HubSettings.from_env({"ANTENNE_HUB_DB_URL": "x"}).public_url == ""
    for wrong in (
        "javascript:alert(1)",
        "https://hub example.org",
        "ftp://hub",
        "https://a/?x=<b>",
    ):
        with pytest.raises(RuntimeError, match="PUBLIC_URL is a web address") as refused:
            HubSettings.from_env({"ANTENNE_HUB_DB_URL": "x", "ANTENNE_HUB_PUBLIC_URL": wrong})
        assert wrong not in str(refused.value)


def test_the_access_log_never_holds_an_answer_token(hub: Hub) -> None:
    token = "Zk3x9" * 8
    record = logging.LogRecord(
        "uvicorn.access",
        logging.INFO,
        __file__,
        1,
        '%s - "%s %s HTTP/%s" %d',
        ("127.0.0.1:5", "POST", f"/public/intro/{token}/accept", "1.1", 200),
        None,
    )
    # The filters of uvicorn's access logger, as a record from the served hub meets them.
    assert logging.getLogger("uvicorn.access").filter(record)
    assert token not in record.getMessage()
    assert '"POST /public/intro/…/accept HTTP/1.1" 200' in record.getMessage()


def test_a_request_created_already_accepted_elsewhere_only_asks_the_author(
    hub: Hub, make_kiosk: KioskFactory
) -> None:
    board = _board(hub, make_kiosk)
    board.kiosk.sync()
    hub.add_antenna("gent")
    gent = make_kiosk(hub, "kiosk-gent", slug="gent")
    spy = _person(gent, "Spy", "Ware", email="spy@example.org", channels=["email"])
    with gent.database.transaction() as session:
        row = IntroRequest(
            post_id=board.post,
            requester_id=spy,
            status=IntroStatus.accepted,
            answered_at=utcnow(),
            relayed_at=utcnow(),
        )
        session.add(row)
        session.flush()
        intro = row.id
    gent.sync()
    # Relayed by the hub (to ask the author), never on the kiosk's word.
    assert _hub_intro(hub, intro)["relayed_at"] is not None
    assert [(m.person_id, m.reason) for m in _mails(hub)] == [(str(board.author), "intro_confirm")]
    assert all(
        "camille@example.fr" not in m.body and m.to_address != "spy@example.org"
        for m in _mails(hub)
    )


def test_another_antennes_kiosk_cannot_obtain_a_requesters_details(
    hub: Hub, make_kiosk: KioskFactory
) -> None:
    # Lotte, of Rennes, never asked: a kiosk of Gent says she did, on a post of its own
    # antenne, and says its author accepted.
    board = _board(hub, make_kiosk)
    board.kiosk.sync()
    hub.add_antenna("gent")
    gent = make_kiosk(hub, "kiosk-gent", slug="gent")
    accomplice = _person(gent, "Mallory", "Spy", email="spy@example.org", channels=["email"])
    post = _post(gent, accomplice, "Ik leer je Excel")
    with gent.database.transaction() as session:
        row = IntroRequest(
            post_id=post,
            requester_id=board.requester,
            status=IntroStatus.accepted,
            answered_at=utcnow(),
        )
        session.add(row)
    gent.sync()
    mails = {m.reason: m for m in _mails(hub)}
    assert set(mails) == {"intro_accepted_author_elsewhere", "intro_accepted_requester"}
    to_spy = mails["intro_accepted_author_elsewhere"]
    assert to_spy.to_address == "spy@example.org"
    assert "Lotte P." in to_spy.body
    for secret in ("lotte@example.be", "470", "Peeters"):
        assert secret not in to_spy.body and secret not in to_spy.subject
    # Lotte hears of it at her own address, with the other's details: she decides.
    assert mails["intro_accepted_requester"].to_address == "lotte@example.be"
    assert "spy@example.org" in mails["intro_accepted_requester"].body
