"""The agenda's screens driven like a finger and a badge scanner: a member proposes an item,
three others co-sign it by badge, the threshold shows, the hub's secretary answers and a sync
brings the answer to the item's screen and the proposer's journey; a travel-aid request and
its answer; and bad input that is refused in words and changes nothing."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.agenda import service as agenda
from app.badges.service import issue_badge
from app.clock import HybridClock
from app.context import AppContext
from app.journey import service as journey
from app.sync import service as sync
from app.sync.policies import HUB_ORIGIN
from db.journey_steps import FIRST_AGENDA_ITEM_TREATED
from db.models import AgendaItem, PersonKind, TravelAidRequest
from hub.service.agenda import Answer, answer_item, answer_travel
from tests.helpers.sync import Hub
from tests.ui.badge_helpers import add_person, scan
from tests.ui.conftest import OFFSCREEN_NOISE, Kiosk, tap, wait_idle
from ui.screen_args import BodyArgs, PersonArgs
from ui.screens.agenda.item import ItemScreen
from ui.screens.agenda.propose import ProposeScreen
from ui.screens.agenda.travel import OTHER, TravelAidScreen
from ui.screens.journey.screen import JourneyScreen
from ui.sync_runner import SyncRunner

BOARD = uuid.uuid4()
MEETING = uuid.uuid4()


@pytest.fixture
def hub(sqlite_hub: Hub, kiosk_context: AppContext) -> Hub:
    """A hub that knows the board (three co-signatures needed) and its next meeting, and the
    kiosk enrolled with it."""
    sqlite_hub.add_antenna("rennes")
    sqlite_hub.publish(
        "body",
        [
            {
                "id": str(BOARD),
                "slug": "board",
                "kind": "board",
                "name": {"fr": "Conseil d'administration", "nl": "Raad van bestuur"},
                "rules": {"support_threshold": 3},
            }
        ],
    )
    sqlite_hub.publish(
        "meeting",
        [
            {
                "id": str(MEETING),
                "body_id": str(BOARD),
                "title": {"fr": "Réunion du CA"},
                "starts_at": "2030-12-01T18:00:00+00:00",
            }
        ],
    )
    sync.enroll(kiosk_context.db, hub_url=sqlite_hub.url, code=sqlite_hub.code("rennes"))
    return sqlite_hub


def _member(ctx: AppContext, first: str) -> tuple[uuid.UUID, str]:
    person = add_person(ctx, first, "Martin", kind=PersonKind.member)
    return person, issue_badge(ctx, person).token


def _runner(kiosk: Kiosk) -> SyncRunner:
    runner = kiosk[0].sync
    assert runner is not None
    return runner


def _sync(qtbot: QtBot, kiosk: Kiosk) -> None:
    """One round with the hub, as the kiosk's timer or a facilitator starts it."""
    runner = _runner(kiosk)
    qtbot.waitUntil(lambda: not runner.running, timeout=10_000)
    with qtbot.waitSignal(runner.sig_finished, timeout=10_000) as finished:
        runner.sync_now()
    assert not isinstance(finished.args[0], Exception), finished.args


def _answer(hub: Hub, item_id: uuid.UUID, answer: Answer, **kwargs: object) -> str:
    with hub.database.transaction() as session:
        return answer_item(
            session, str(item_id), answer, clock=HybridClock(HUB_ORIGIN), **kwargs
        ).status


def _screen(kiosk: Kiosk, name: str) -> object:
    return kiosk[1].navigator.page(name)


def _propose_screen(kiosk: Kiosk) -> ProposeScreen:
    screen = _screen(kiosk, "agenda-propose")
    assert isinstance(screen, ProposeScreen)
    return screen


def _item_screen(kiosk: Kiosk) -> ItemScreen:
    screen = _screen(kiosk, "agenda-item")
    assert isinstance(screen, ItemScreen)
    return screen


def _ready_kiosk(qtbot: QtBot, hub: Hub, make_kiosk: Callable[..., Kiosk]) -> Kiosk:
    kiosk = make_kiosk(hub_url=hub.url)
    runner = _runner(kiosk)
    # The kiosk syncs by itself once its database is open: the board arrives.
    qtbot.waitUntil(
        lambda: runner.status is not None and runner.status.last_success_at is not None,
        timeout=10_000,
    )
    return kiosk


def _items(ctx: AppContext) -> int:
    with ctx.db.session() as session:
        return session.scalar(select(func.count()).select_from(AgendaItem)) or 0


def test_proposed_co_signed_by_three_badges_answered_at_the_hub_and_shown(
    qtbot: QtBot, hub: Hub, kiosk_context: AppContext, make_kiosk: Callable[..., Kiosk]
) -> None:
    journey.ensure_steps(kiosk_context)
    zoe, zoe_badge = _member(kiosk_context, "Zoé")
    signers = [_member(kiosk_context, name) for name in ("Ahmed", "Lotte", "Jan")]
    kiosk = _ready_kiosk(qtbot, hub, make_kiosk)
    shell, window = kiosk

    # From the board's screen, with the board's id: Zoé scans her badge and writes.
    shell.go("agenda-propose", BodyArgs(BOARD))
    propose = _propose_screen(kiosk)
    assert propose.empty.isVisible() and not propose.form.isVisible()
    scan(window, zoe_badge)
    qtbot.waitUntil(propose.form.isVisible)
    assert propose.heading.text() == "Zoé, de quoi l'instance devrait-elle parler ?"
    assert propose.bodies is not None
    assert propose.bodies.choice() == str(BOARD)  # the body she came from
    propose.title_field.setText("Un local ouvert le soir")
    propose.description.setPlainText("Pour celles et ceux qui travaillent la journée.")
    tap(propose.send)
    qtbot.waitUntil(lambda: shell.current_screen() == "agenda-item")
    item_screen = _item_screen(kiosk)
    qtbot.waitUntil(lambda: item_screen.item is not None)
    item = item_screen.item
    assert item is not None
    assert item_screen.heading.text() == "Un local ouvert le soir"
    assert item_screen.signatures.text() == "0 des 3 signatures nécessaires"
    assert item_screen.timeline.steps["submitted"].property("role") == "heading"

    # Three others co-sign by badge, one after the other; each is thanked by name.
    for index, (name, (_person, badge)) in enumerate(
        zip(("Ahmed", "Lotte", "Jan"), signers, strict=True)
    ):
        scan(window, badge, start_ms=2_000_000 + index * 100_000)
        qtbot.waitUntil(lambda name=name: item_screen.thanks.text().startswith(f"Merci, {name}"))
        wait_idle(qtbot, shell)
    assert item_screen.signatures.text() == "3 signatures : c'est assez (3 nécessaires)"
    assert item_screen.timeline.steps["supported"].text() == "Soutenu par assez de sociétaires"
    assert item_screen.timeline.steps["supported"].property("role") == "heading"

    # The same badge twice, and the proposer's own: refused by name, nothing more counted.
    scan(window, signers[0][1], start_ms=3_000_000)
    qtbot.waitUntil(item_screen.error.isVisible)
    assert item_screen.error.text() == "Ahmed, vous avez déjà cosigné ce point."
    scan(window, zoe_badge, start_ms=3_100_000)
    qtbot.waitUntil(lambda: item_screen.error.text().startswith("Zoé, vous avez proposé"))
    assert agenda.item_of(kiosk_context, item.id).supports == 3

    # The secretary answers at the hub; a sync brings it to the screen showing the item.
    _sync(qtbot, kiosk)
    assert _answer(hub, item.id, Answer.accept) == "accepted"
    assert _answer(hub, item.id, Answer.schedule, meeting_id=str(MEETING)) == "scheduled"
    _sync(qtbot, kiosk)
    qtbot.waitUntil(lambda: item_screen.item is not None and item_screen.item.status == "scheduled")
    assert item_screen.meeting.isVisible()
    assert item_screen.meeting.text().startswith("À l'ordre du jour de : Réunion du CA, ")
    assert item_screen.cosign_hint.text() == "L'instance a répondu : plus besoin de signatures."
    assert _answer(hub, item.id, Answer.treated, text="Adopté : ouvert le mardi soir.") == "treated"
    _sync(qtbot, kiosk)
    qtbot.waitUntil(lambda: item_screen.answer.text() == "Adopté : ouvert le mardi soir.")
    assert item_screen.timeline.steps["treated"].property("role") == "heading"

    # Her journey: the step ticks, and it leads back to her items.
    shell.go("journey", PersonArgs(zoe))
    journey_screen = _screen(kiosk, "journey")
    assert isinstance(journey_screen, JourneyScreen)
    qtbot.waitUntil(lambda: journey_screen.journey is not None)
    assert journey_screen.journey is not None
    done = [s.slug for s in journey_screen.journey.steps if s.done_at is not None]
    assert FIRST_AGENDA_ITEM_TREATED.slug in done
    assert journey_screen.agenda.isVisible()
    tap(journey_screen.agenda)
    qtbot.waitUntil(lambda: shell.current_screen() == "agenda-propose")
    qtbot.waitUntil(lambda: item.id in propose.mine and propose.mine[item.id].isVisible())
    button = propose.mine[item.id]
    assert propose.host is not None
    propose.host.ensureWidgetVisible(button)  # a finger scrolls down to her items
    tap(button)
    qtbot.waitUntil(lambda: shell.current_screen() == "agenda-item")


def test_bad_input_is_refused_in_words_and_changes_nothing(
    qtbot: QtBot, kiosk_context: AppContext, kiosk: Kiosk
) -> None:
    with kiosk_context.db.transaction() as session:
        from db.models import Body, BodyKind

        session.add(Body(id=BOARD, slug="board", kind=BodyKind.board, name={"fr": "CA"}))
    _zoe, badge = _member(kiosk_context, "Zoé")
    visitor = add_person(kiosk_context, "Noor", "Haddad", kind=PersonKind.visitor)
    shell, window = kiosk
    shell.go("agenda-propose")
    propose = _propose_screen(kiosk)

    # A visitor's badge: not a member; nothing of theirs is shown.
    scan(window, issue_badge(kiosk_context, visitor).token)
    wait_idle(qtbot, shell)
    assert propose.member is None and not propose.form.isVisible()

    scan(window, badge, start_ms=2_000_000)
    qtbot.waitUntil(propose.form.isVisible)
    assert propose.bodies is not None
    tap(propose.send)  # no body chosen
    assert propose.error.text() == "Choisissez l'instance à qui s'adresse votre point."
    tap(propose.bodies.buttons[str(BOARD)])
    for title, description, message in (
        ("  ", "", "Le titre demande au moins 3 lettres."),
        ("Ok" + " " * 40, "", "Le titre demande au moins 3 lettres."),
        ("T" * 201, "", "Le titre est trop long : 200 lettres au plus."),
        ("Un titre", "x" * 2001, "L'explication est trop longue : 2000 lettres au plus."),
    ):
        propose.title_field.setText(title)
        propose.description.setPlainText(description)
        propose.error.clear()
        tap(propose.send)
        qtbot.waitUntil(lambda message=message: propose.error.text() == message)
        assert propose.title_field.text() == title  # what was typed stays
        assert shell.current_screen() == "agenda-propose"
    assert _items(kiosk_context) == 0

    # Travel aid: a cost out of range, no place, an over-long note.
    shell.go("travel-aid", PersonArgs(_zoe))
    travel = _screen(kiosk, "travel-aid")
    assert isinstance(travel, TravelAidScreen)
    qtbot.waitUntil(lambda: travel.meetings is not None)
    assert travel.meetings is not None
    tap(travel.meetings.buttons[OTHER])
    assert travel.event_name.isVisible()
    travel.event_name.setText("Congrès européen, Lisbonne")
    for departure, cost, note, message in (
        ("Rennes", 0, "", "Le coût estimé doit être entre 1 et 5000 euros."),
        ("Rennes", 6000, "", "Le coût estimé doit être entre 1 et 5000 euros."),
        ("", 200, "", "Écrivez d'où vous partez : au moins 2 lettres."),
        ("Rennes", 200, "n" * 1001, "Vos quelques mots sont trop longs : 1000 lettres au plus."),
    ):
        travel.departure.setText(departure)
        travel.cost.setValue(cost)
        travel.note.setPlainText(note)
        travel.error.clear()
        tap(travel.send)
        qtbot.waitUntil(lambda message=message: travel.error.text() == message)
    with kiosk_context.db.session() as session:
        assert session.scalar(select(func.count()).select_from(TravelAidRequest)) == 0


# QtMultimedia looks for PipeWire and VA-API at load time; this machine has neither.
@pytest.mark.qt_log_ignore(r"Couldn't (load|resolve) .*", OFFSCREEN_NOISE)
def test_a_photo_of_a_document_goes_with_the_item_and_without_a_camera_the_button_says_so(
    qtbot: QtBot, kiosk_context: AppContext, kiosk: Kiosk, tmp_path: Path
) -> None:
    with kiosk_context.db.transaction() as session:
        from db.models import Body, BodyKind

        session.add(Body(id=BOARD, slug="board", kind=BodyKind.board, name={"fr": "CA"}))
    _zoe, badge = _member(kiosk_context, "Zoé")
    shell, window = kiosk
    shell.go("agenda-propose", BodyArgs(BOARD))
    propose = _propose_screen(kiosk)
    scan(window, badge)
    qtbot.waitUntil(propose.form.isVisible)
    # This machine has no camera: once tapped, the button says so, and the note says the
    # proposal goes without a photo.
    assert propose.take_photo.text() == "Prendre une photo"
    tap(propose.take_photo)
    assert not propose.take_photo.isEnabled()
    assert propose.take_photo.text() == "Pas de caméra sur ce kiosque"
    assert propose.photo_note.text() == "Votre proposition part sans photo."
    assert propose.photo is None

    # A still from the camera, handed over as the capture would (an image file here).
    document = tmp_path / "letter.png"
    image = QImage(800, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("#f4efe0"))
    assert image.save(str(document))
    propose.camera.deliver(QImage(str(document)))
    assert propose.photo is not None and propose.photo[:2] == b"\xff\xd8"  # a JPEG
    assert propose.preview.isVisible() and propose.remove_photo.isVisible()
    tap(propose.remove_photo)
    assert propose.photo is None and not propose.preview.isVisible()
    propose.camera.deliver(QImage(str(document)))
    propose.title_field.setText("La lettre du bailleur")
    tap(propose.send)
    qtbot.waitUntil(lambda: shell.current_screen() == "agenda-item")
    item_screen = _item_screen(kiosk)
    qtbot.waitUntil(lambda: item_screen.item is not None)
    assert item_screen.item is not None and item_screen.item.has_photo
    assert item_screen.photo.isVisible()
    assert agenda.photo_of(kiosk_context, item_screen.item.id) is not None
    # The form is empty again for the next member.
    assert propose.photo is None and propose.title_field.text() == ""


def test_travel_aid_asked_at_the_kiosk_and_the_hubs_answer_seen_after_a_badge_scan(
    qtbot: QtBot, hub: Hub, kiosk_context: AppContext, make_kiosk: Callable[..., Kiosk]
) -> None:
    lotte, badge = _member(kiosk_context, "Lotte")
    kiosk = _ready_kiosk(qtbot, hub, make_kiosk)
    shell, window = kiosk
    shell.set_language("nl")
    shell.go("travel-aid")
    travel = _screen(kiosk, "travel-aid")
    assert isinstance(travel, TravelAidScreen)
    assert travel.empty.isVisible()
    scan(window, badge)
    qtbot.waitUntil(lambda: travel.meetings is not None)
    assert travel.meetings is not None
    assert travel.no_requests.text() == "Je hebt nog geen reishulp gevraagd."
    tap(travel.meetings.buttons[str(MEETING)])
    assert not travel.event_name.isVisible()
    travel.departure.setText("Gent")
    travel.cost.setValue(95)
    travel.note.setPlainText("Trein heen en terug.")
    tap(travel.send)
    qtbot.waitUntil(lambda: len(travel.request_rows) == 1)
    assert travel.departure.text() == "" and travel.cost.value() == 0

    _sync(qtbot, kiosk)
    with kiosk_context.db.session() as session:
        request_id = session.scalars(select(TravelAidRequest.id)).one()
    with hub.database.transaction() as session:
        answer_travel(
            session,
            str(request_id),
            "granted",
            text="90 € op vertoon van de tickets.",
            clock=HybridClock(HUB_ORIGIN),
        )
    _sync(qtbot, kiosk)

    # Later, the next person leaves; Lotte scans her badge again and reads the answer.
    shell.go("home")
    travel.reset()
    shell.go("travel-aid")
    scan(window, badge, start_ms=2_000_000)
    qtbot.waitUntil(lambda: len(travel.request_rows) == 1)
    texts = [label.text() for label in travel.request_rows[0].findChildren(type(travel.heading))]
    assert texts == [
        "Réunion du CA",
        "Vanuit Gent, ongeveer €\xa095. Toegekend.",  # the Dutch way of writing money
        "Het antwoord: 90 € op vertoon van de tickets.",
    ]
    assert lotte == travel.person_id
