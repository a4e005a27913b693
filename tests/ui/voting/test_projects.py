"""What issue 6 added last, driven like a finger: participatory-budget projects with their
picture and description (console and booth), a named vote said out loud at the booth, a proxy
revoked at the roll call, and a majority judgment counted by hands."""

from __future__ import annotations

import io
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QTextDocument, QTextTable
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.badges.service import issue_badge
from app.clock import utcnow
from app.context import AppContext
from app.facilitators.service import add_facilitator
from app.facilitators.types import FacilitatorSession
from app.voting import pictures, service
from db.models import AuditEntry, LedgerEntry
from tests.ui.badge_helpers import add_person, scan
from tests.ui.conftest import Kiosk, tap, wait_idle
from tests.unit.voting.conftest import build_room
from ui.screen_args import ScreenArgs, VoteArgs
from ui.screens.voting.booth import BasketBooth, BoothScreen, MotionBooth
from ui.screens.voting.console import ConsoleScreen
from ui.screens.voting.hands import AnalogScreen, NamedHandsScreen
from ui.screens.voting.projector import ProjectorResultsScreen
from ui.screens.voting.roll_call import RollcallScreen
from ui.screens.voting.widgets import BasketBallot
from ui.shell import Shell
from ui.widgets.page import has_tabular_figures
from ui.widgets.scrolling import visible_rect


def jpeg(colour: tuple[int, int, int], size: tuple[int, int] = (1200, 900)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "JPEG")
    return out.getvalue()


def plain(text: str) -> str:
    """Text with the narrow and non-breaking spaces of French money as plain spaces."""
    return text.replace("\u202f", " ").replace("\xa0", " ")


def facilitate(ctx: AppContext, shell: Shell) -> uuid.UUID:
    account = add_facilitator(ctx, "Dominique", "246813")
    shell.start_facilitator(
        FacilitatorSession(account_id=account.account_id, name="Dominique", started_at=utcnow())
    )
    return account.account_id


def finger(console: ConsoleScreen, widget: QWidget) -> None:
    """A finger scrolls the console to the widget, then taps it."""
    assert console.host is not None
    # A row just added shows from the event loop (Qt queues it), then its layouts settle.
    for _settle in range(2):  # nested layouts: the form, then its scroll area
        QApplication.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    assert widget.isVisible()
    if console.form.isAncestorOf(widget):
        console.form_scroll.ensureWidgetVisible(widget, 0, 0)
    console.host.ensureWidgetVisible(widget, 0, 0)
    tap(widget)


def as_facilitator(
    qtbot: QtBot,
    make_kiosk: Callable[..., Kiosk],
    ctx: AppContext,
    screen: str,
    args: ScreenArgs | None = None,
) -> Kiosk:
    """A kiosk in facilitator mode, on `screen` (with `args`)."""
    kiosk = make_kiosk()
    shell, _window = kiosk
    wait_idle(qtbot, shell)
    facilitate(ctx, shell)
    shell.go(screen, args)
    return kiosk


def open_with_voter(ctx: AppContext, vote_id: uuid.UUID, person: uuid.UUID) -> str:
    """Open the vote with `person` present; the token of the badge they will scan."""
    service.open_vote(ctx, vote_id)
    service.mark_present(ctx, vote_id, person)
    return issue_badge(ctx, person).token


def booth_for(qtbot: QtBot, kiosk: Kiosk, screen: str, vote_id: uuid.UUID) -> BoothScreen:
    shell, window = kiosk
    wait_idle(qtbot, shell)
    shell.go(screen, VoteArgs(vote_id))
    booth = window.navigator.page(screen)
    assert isinstance(booth, BoothScreen)
    return booth


PB = {
    "title": "Budget du quartier",
    "method": "pb",
    "level": "codecision",
    "channels": ["kiosk"],
    "budget": 5000,
    "options": [
        {"label": "Fresque", "cost": 3000, "description": "Une fresque sur le mur du local."},
        {"label": "Cantine", "cost": 2500},
        {"label": "Jardin", "cost": 1000, "description": "Des bacs dans la cour."},
    ],
}


def test_the_booth_shows_each_project_with_its_picture_and_description(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    ctx = kiosk_context
    person = add_person(ctx, "Camille", "Dupont")
    vote_id = service.create_vote(ctx, PB)
    service.set_option_details(ctx, vote_id, 1, picture=jpeg((200, 80, 20)))
    token = open_with_voter(ctx, vote_id, person)
    shell, window = kiosk
    booth = booth_for(qtbot, kiosk, "vote-booth-pb", vote_id)
    assert isinstance(booth, BasketBooth)
    qtbot.waitUntil(lambda: booth.state is not None and bool(booth.state.pictures))
    scan(window, token)
    qtbot.waitUntil(lambda: booth.pages.currentWidget() is booth.ballot_page)
    ballot = booth.ballot
    assert isinstance(ballot, BasketBallot)
    cards = ballot.cards
    assert cards["Cantine"].picture.isVisible()
    assert not cards["Cantine"].picture.pixmap().isNull()
    assert not cards["Fresque"].picture.isVisible()  # no picture, no empty frame
    assert cards["Fresque"].description.text() == "Une fresque sur le mur du local."
    assert cards["Fresque"].description.isVisible()
    assert not cards["Cantine"].description.isVisible()
    # Large targets: every project's button is at least 56 px high.
    assert all(card.toggle.height() >= 56 for card in cards.values())
    assert plain(ballot.total.text()) == "Votre panier : 0 € sur 5 000 €"

    def tap_card(name: str) -> None:
        # The cards scroll over the buttons and the total: the voter scrolls to it first.
        booth.ballot_scroll.ensureWidgetVisible(cards[name], 0, 0)
        QApplication.processEvents()
        tap(cards[name].toggle)

    tap_card("Fresque")
    # The state apart from the action: "Dans mon panier" said, the button takes it out.
    assert cards["Fresque"].toggle.text() == "Retirer de mon panier"
    assert cards["Fresque"].state.text() == "Dans mon panier"
    assert cards["Fresque"].state_row.isVisible()
    assert not cards["Jardin"].state_row.isVisible()
    # Its thicker outline moves nothing: its name starts where the unchosen one's does.
    QApplication.processEvents()
    assert cards["Fresque"].name.pos() == cards["Jardin"].name.pos()
    # The Cantine would pass the budget: it cannot be added.
    assert not cards["Cantine"].toggle.isEnabled()
    assert cards["Cantine"].toggle.text() == "Dépasse le budget"
    tap_card("Cantine")
    tap_card("Jardin")
    assert plain(ballot.total.text()) == "Votre panier : 4 000 € sur 5 000 €"
    # The total stays in sight, over the buttons, wherever the cards are scrolled.
    assert ballot.total.isVisible() and ballot.total.parentWidget() is not ballot
    assert not booth.named_note.isVisible()
    tap(booth.review_button)
    # The review is a table: each project and its cost, then the total, costs right-aligned.
    review = QTextDocument()
    review.setHtml(booth.review_text.text())
    lines = [plain(line) for line in review.toPlainText().splitlines() if line]
    assert lines[-2:] == ["Total", "4 000 €"]
    projects = set(zip(lines[:-2:2], lines[1:-2:2], strict=True))
    assert projects == {("Fresque", "3 000 €"), ("Jardin", "1 000 €")}
    cells = review.rootFrame().childFrames()[0]
    assert isinstance(cells, QTextTable)
    for row in range(cells.rows()):
        cost = cells.cellAt(row, 1).firstCursorPosition().blockFormat().alignment()
        assert cost & Qt.AlignmentFlag.AlignRight
    assert has_tabular_figures(booth.review_text)
    tap(booth.confirm_button)
    qtbot.waitUntil(lambda: shell.current_screen() == "vote-confirmed")
    service.close_vote(ctx, vote_id)
    assert service.results(ctx, vote_id)["winners"] == ["Fresque", "Jardin"]


def test_a_named_vote_says_so_at_the_booth_before_confirming(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    ctx = kiosk_context
    person = add_person(ctx, "Camille", "Dupont")
    vote_id = service.create_vote(
        ctx,
        {"title": "Engager une coordinatrice", "method": "motion", "secret": False},
    )
    token = open_with_voter(ctx, vote_id, person)
    shell, window = kiosk
    booth = booth_for(qtbot, kiosk, "vote-booth-motion", vote_id)
    assert isinstance(booth, MotionBooth)
    qtbot.waitUntil(lambda: booth.state is not None)
    named = "Ce vote n'est pas secret : votre nom et votre choix figureront au procès-verbal."
    assert booth.welcome_hint.text() == named
    scan(window, token)
    qtbot.waitUntil(lambda: booth.pages.currentWidget() is booth.ballot_page)
    assert booth.named_note.isVisible() and booth.named_note.text() == named
    tap(booth.ballot.buttons["yes"])  # type: ignore[union-attr]
    tap(booth.review_button)
    assert booth.named_review.isVisible() and booth.named_review.text() == named
    tap(booth.confirm_button)
    qtbot.waitUntil(lambda: shell.current_screen() == "vote-confirmed")
    lines = service.named_lines(ctx, vote_id)
    assert [(line.name, dict(line.content)) for line in lines] == [
        ("Camille Dupont", {"choice": "yes"})
    ]


def test_the_console_gives_a_project_its_description_and_a_picture_from_a_usb_stick(
    qtbot: QtBot,
    make_kiosk: Callable[..., Kiosk],
    kiosk_context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stick = tmp_path / "media" / "CLE"
    (stick / "projets").mkdir(parents=True)
    (stick / "projets" / "cantine.jpg").write_bytes(jpeg((30, 120, 200), (3000, 2000)))
    (stick / "notes.txt").write_text("pas une image", encoding="utf-8")
    monkeypatch.setattr(pictures, "removable_roots", lambda: [stick])
    ctx = kiosk_context
    vote_id = service.create_vote(ctx, PB)
    shell, window = as_facilitator(qtbot, make_kiosk, ctx, "vote-console", VoteArgs(vote_id))
    console = window.navigator.page("vote-console")
    assert isinstance(console, ConsoleScreen)
    qtbot.waitUntil(console.projects_button.isVisible)
    wait_idle(qtbot, shell)  # the console has finished loading: a finger taps what is drawn
    assert console.projects_button.text() == "Projets : descriptions et images"
    assert console.host is not None
    host, button = console.host, console.projects_button

    def in_sight() -> bool:
        # A person scrolls until the button is in sight, as laid out now (a late relayout may
        # have moved it since the last scroll), then taps it.
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        host.ensureWidgetVisible(button, 0, 0)
        return visible_rect(button).contains(button.rect().center())

    qtbot.waitUntil(in_sight)
    tap(button)
    editor = console.projects
    assert console.right.currentWidget() is editor
    assert editor.project_buttons is not None
    tap(editor.project_buttons.buttons["Cantine"])
    assert editor.description.toPlainText() == ""
    assert editor.preview.text() == "Pas d'image"
    editor.description.setFocus()
    QTest.keyClicks(editor.description, "Des repas le midi.")
    qtbot.waitUntil(lambda: editor.description.toPlainText() == "Des repas le midi.")
    tap(editor.choose_button)
    qtbot.waitUntil(lambda: len(editor.picker.thumb_buttons) == 1)
    assert editor.picker.hint.text() == "Touchez une image pour ce projet."
    assert editor.picker.thumb_buttons[0].height() >= 56
    tap(editor.picker.thumb_buttons[0])
    assert editor.pages.currentWidget() is editor.editor
    assert not editor.preview.pixmap().isNull()
    tap(editor.save_button)
    qtbot.waitUntil(lambda: service.get_vote(ctx, vote_id).options[1].has_picture)
    cantine = service.get_vote(ctx, vote_id).options[1]
    assert cantine.description == "Des repas le midi."
    stored = service.option_pictures(ctx, vote_id)["Cantine"]
    with Image.open(io.BytesIO(stored)) as image:
        assert image.size == (640, 427)  # made small by the service
    with ctx.db.transaction() as session:
        from db.models import AuditEntry

        actions = session.scalars(select(AuditEntry.action)).all()
    assert "vote_option_details" in actions

    # A file that only looks like a picture is refused with a clear message.
    (stick / "faux.png").write_bytes(b"\x89PNG pas vraiment")
    tap(editor.choose_button)
    qtbot.waitUntil(lambda: len(editor.picker.thumb_buttons) == 1)  # the false one is not shown
    editor._picked(stick / "faux.png")
    tap(editor.save_button)
    qtbot.waitUntil(editor.notice.isVisible)
    assert editor.notice.text().startswith("Ce fichier n'est pas une image")
    tap(editor.back_button)
    assert console.right.currentWidget() is console.card


def test_a_named_motion_is_voted_by_hands_name_by_name_from_the_console(
    qtbot: QtBot, make_kiosk: Callable[..., Kiosk], kiosk_context: AppContext
) -> None:
    ctx = kiosk_context
    # The board: a board decision is for its members.
    people = build_room(ctx, shareholders=0, members=4, visitors=0).members
    shell, window = as_facilitator(qtbot, make_kiosk, ctx, "vote-console")
    assert shell.facilitator is not None
    account = shell.facilitator.account_id
    console = window.navigator.page("vote-console")
    assert isinstance(console, ConsoleScreen)
    finger(console, console.templates.buttons["board-decision"])  # a finger on the template
    title = console.texts.titles["fr"]
    QTest.keyClicks(title, "Engager une coordinatrice")
    qtbot.waitUntil(lambda: title.text() == "Engager une coordinatrice")
    finger(console, console.named_button)
    finger(console, console.create_button)
    qtbot.waitUntil(lambda: console.state is not None and console.vote_id is not None)
    vote_id = console.vote_id
    assert vote_id is not None
    vote = service.get_vote(ctx, vote_id)
    assert not vote.secret and "analog" in vote.channels  # a roll-call vote by hands
    qtbot.waitUntil(lambda: console.secrecy.text().startswith("Vote nominatif"))
    alice, bob, chloe, absent = people
    service.open_vote(ctx, vote_id)
    for person in (alice, bob, chloe):
        service.mark_present(ctx, vote_id, person)
    service.record_proxy(ctx, vote_id, giver_id=absent, holder_id=bob)
    service.cast_ballot(ctx, vote_id, voter_id=chloe, content={"choice": "no"})  # the booth
    shell.go("vote-console", VoteArgs(vote_id))
    qtbot.waitUntil(console.goto["analog"].isVisible)

    # "Show of hands" on a named vote: the names, called one by one.
    tap(console.goto["analog"])
    hands = window.navigator.page("vote-named-hands")
    assert isinstance(hands, NamedHandsScreen)
    assert shell.current_screen() == "vote-named-hands"
    qtbot.waitUntil(lambda: len(hands.rows) == 3)
    wait_idle(qtbot, shell)
    # Alice, Bob, and Bob again for the absent member; Chloé voted at the booth.
    assert [(row.voter_id, row.proxy_for) for row in hands.rows] == [
        (alice, None),
        (bob, None),
        (bob, absent),
    ]
    assert "par procuration" in hands.rows[2].who.text()
    assert hands.done.text() == "1 personne a déjà voté."
    assert not hands.record_button.isEnabled()
    for row, choice in zip(hands.rows, ("yes", "abstain", "yes"), strict=True):
        hands.host.ensureWidgetVisible(row.answer.buttons[choice], 0, 0)  # type: ignore[union-attr]
        QApplication.processEvents()
        tap(row.answer.buttons[choice])
    assert hands.chosen.text() == "3 réponses à enregistrer"
    tap(hands.record_button)
    qtbot.waitUntil(lambda: window.toast.isVisible() and "3 réponses" in window.toast.text())
    qtbot.waitUntil(lambda: not hands.rows and hands.done.text() == "4 personnes ont déjà voté.")
    service.close_vote(ctx, vote_id)
    named = service.results(ctx, vote_id)["named"]
    assert sorted(len(names) for names in named["by_choice"].values()) == [1, 1, 2]
    with ctx.db.transaction() as session:
        kinds = session.scalars(select(LedgerEntry.kind)).all()
        recorded_by = session.scalars(
            select(AuditEntry.facilitator_id).where(AuditEntry.action == "vote_named_hands")
        ).all()
    assert list(kinds).count("ballot_cast") == 4
    assert list(recorded_by) == [account]  # who recorded the answers, in the audit log


def test_a_proxy_is_revoked_at_the_roll_call(
    qtbot: QtBot, make_kiosk: Callable[..., Kiosk], kiosk_context: AppContext
) -> None:
    ctx = kiosk_context
    people = build_room(ctx, shareholders=5, members=0, visitors=0).shareholders
    vote_id = service.create_vote(
        ctx, {"title": "Statuts", "method": "motion", "level": "codecision", "body": "board"}
    )
    service.open_vote(ctx, vote_id)
    holder, giver, other_giver = people[:3]
    service.mark_present(ctx, vote_id, holder)
    service.record_proxy(ctx, vote_id, giver_id=giver, holder_id=holder)
    service.record_proxy(ctx, vote_id, giver_id=other_giver, holder_id=holder)
    _shell, window = as_facilitator(qtbot, make_kiosk, ctx, "vote-rollcall", VoteArgs(vote_id))
    rollcall = window.navigator.page("vote-rollcall")
    assert isinstance(rollcall, RollcallScreen)
    qtbot.waitUntil(lambda: len(rollcall.revoke_buttons) == 2)
    button = rollcall.revoke_buttons[giver]
    assert button.text() == "Révoquer la procuration" and button.height() >= 56
    tap(button)
    assert rollcall.confirm.asking
    tap(rollcall.confirm.yes)
    qtbot.waitUntil(lambda: len(rollcall.revoke_buttons) == 1)
    assert service.turnout(ctx, vote_id).represented == 1
    # The holder votes with the other proxy at the booth before the facilitator gets to it.
    service.cast_ballot(
        ctx, vote_id, voter_id=holder, content={"choice": "yes"}, proxy_for=other_giver
    )
    tap(rollcall.revoke_buttons[other_giver])
    tap(rollcall.confirm.yes)
    qtbot.waitUntil(rollcall.notice.isVisible)
    assert "ne peut plus être révoquée" in rollcall.notice.text()
    with ctx.db.transaction() as session:
        kinds = session.scalars(select(LedgerEntry.kind)).all()
    assert list(kinds).count("proxy_revoked") == 1


def test_a_majority_judgment_is_counted_by_hands_grade_by_grade(
    qtbot: QtBot, make_kiosk: Callable[..., Kiosk], kiosk_context: AppContext
) -> None:
    ctx = kiosk_context
    people = build_room(ctx, shareholders=0, members=12, visitors=0).members
    vote_id = service.create_from_template(
        ctx, "consultation-mj", title="Thème de l'automne", options=["Droits", "Résidences"]
    )
    service.open_vote(ctx, vote_id)
    for person in people[:10]:
        service.mark_present(ctx, vote_id, person)
    # The template takes phones too: their page is served on the loopback, any free port.
    shell, window = make_kiosk(ballot_host="127.0.0.1", ballot_port=0)
    wait_idle(qtbot, shell)
    account = facilitate(ctx, shell)
    shell.go("vote-analog", VoteArgs(vote_id))
    analog = window.navigator.page("vote-analog")
    assert isinstance(analog, AnalogScreen)
    qtbot.waitUntil(lambda: len(analog.grade_fields) == 12)
    wait_idle(qtbot, shell)
    assert all(field.height() >= 56 for field in analog.grade_fields.values())
    for key, value in (("cast", 8), ("valid", 8)):
        analog.fields[key].setValue(value)
    # Grades: 0 to_reject … 5 excellent. Droits: 3 good, 5 very good; Résidences: 9 fair.
    analog.grade_fields[("Droits", 3)].setValue(3)
    analog.grade_fields[("Droits", 4)].setValue(5)
    analog.grade_fields[("Résidences", 2)].setValue(9)
    assert analog.check.text() == ("Résidences a 9 mentions, plus que les 8 votes valables.")
    assert analog.grade_totals["Résidences"].text() == "= 9"
    tap(analog.save_button)  # the service refuses it too
    qtbot.waitUntil(analog.notice.isVisible)
    assert service.analog_counts(ctx, vote_id) == []
    analog.grade_fields[("Résidences", 2)].setValue(8)
    assert analog.check.text() == "Les totaux concordent."
    tap(analog.save_button)
    qtbot.waitUntil(lambda: len(service.analog_counts(ctx, vote_id)) == 1)
    (count,) = service.analog_counts(ctx, vote_id)
    assert dict(count.counts) == {"Droits": [0, 0, 0, 3, 5, 0], "Résidences": [0, 0, 8, 0, 0, 0]}
    # A correction says who and why.
    wait_idle(qtbot, shell)
    qtbot.waitUntil(analog.reason.isVisible)
    assert analog.grade_fields[("Droits", 4)].value() == 5  # the saved count, shown again
    analog.grade_fields[("Droits", 4)].setValue(4)
    analog.grade_fields[("Droits", 0)].setValue(1)
    analog.reason.setText("Une main comptée deux fois")  # from the on-screen keyboard
    tap(analog.save_button)
    qtbot.waitUntil(lambda: service.analog_counts(ctx, vote_id)[0].id != count.id)
    with ctx.db.transaction() as session:
        correction = session.scalars(
            select(LedgerEntry).where(LedgerEntry.kind == "correction")
        ).one()
        assert correction.payload["by"] == str(account)
        assert correction.payload["reason"] == "Une main comptée deux fois"
        assert correction.payload["counts"]["Droits"] == [1, 0, 0, 3, 4, 0]
    result = service.close_vote(ctx, vote_id)
    assert result["winners"] == ["Droits"]


def test_the_results_projector_says_the_headline_once_and_the_grades_in_words(
    qtbot: QtBot, make_kiosk: Callable[..., Kiosk], kiosk_context: AppContext
) -> None:
    ctx = kiosk_context
    people = build_room(ctx, shareholders=0, members=4, visitors=0).members
    motion = service.create_vote(ctx, {"title": "Nouveau local", "method": "motion"})
    judged = service.create_from_template(
        ctx, "consultation-mj", title="Thème", options=["Droits", "Résidences"], channels=["kiosk"]
    )
    for vote_id in (motion, judged):
        service.open_vote(ctx, vote_id)
        for person in people:
            service.mark_present(ctx, vote_id, person)
    for person in people[:3]:
        service.cast_ballot(ctx, motion, voter_id=person, content={"choice": "yes"})
        service.cast_ballot(
            ctx, judged, voter_id=person, content={"grades": {"Droits": 4, "Résidences": 1}}
        )
    for vote_id in (motion, judged):
        service.close_vote(ctx, vote_id)
        service.reveal_results(ctx, vote_id)
    shell, window = make_kiosk()
    wait_idle(qtbot, shell)
    shell.go("vote-projector-results", VoteArgs(motion))
    page = window.navigator.page("vote-projector-results")
    assert isinstance(page, ProjectorResultsScreen)
    board = page.board
    qtbot.waitUntil(lambda: board.verdict.text() == "ADOPTÉE")
    assert (board.rows[0].name, board.rows[0].figure) == ("Oui", "3")
    explanation = board.explanation.text()
    assert "Oui 3" not in explanation  # the count is in the bars, said once
    assert explanation.startswith("Adoptée")
    shell.go("vote-projector-results", VoteArgs(judged))
    qtbot.waitUntil(lambda: board.verdict.text() == "Droits")
    explanation = board.explanation.text()
    assert "Très bien" in explanation and "very_good" not in explanation
    assert "very_good" not in " ".join(row.figure for row in board.rows)


def test_answers_tapped_on_one_named_vote_never_reach_the_next(
    qtbot: QtBot, make_kiosk: Callable[..., Kiosk], kiosk_context: AppContext
) -> None:
    ctx = kiosk_context
    alice, bob, giver = build_room(ctx, shareholders=0, members=3, visitors=0).members
    board = {**service.TEMPLATES["board-decision"], "secret": False}
    first = service.create_vote(ctx, {**board, "title": "Première motion"})
    second = service.create_vote(ctx, {**board, "title": "Seconde motion"})
    for vote_id in (first, second):
        service.open_vote(ctx, vote_id)
        service.mark_present(ctx, vote_id, alice)
        service.mark_present(ctx, vote_id, bob)
        service.record_proxy(ctx, vote_id, giver_id=giver, holder_id=bob)
    # On the second vote the giver came after all: they answer for themselves.
    service.mark_present(ctx, second, giver)
    shell, window = as_facilitator(qtbot, make_kiosk, ctx, "vote-named-hands", VoteArgs(first))
    hands = window.navigator.page("vote-named-hands")
    assert isinstance(hands, NamedHandsScreen)
    qtbot.waitUntil(lambda: len(hands.rows) == 3)
    hands.rows[0].answer.set_selected(["no"])  # tapped, never recorded
    shell.go("vote-named-hands", VoteArgs(second))
    qtbot.waitUntil(
        lambda: hands.state is not None and hands.state.vote.id == second and len(hands.rows) == 3
    )
    wait_idle(qtbot, shell)
    assert [row.proxy_for for row in hands.rows] == [None, None, None]  # no proxy row
    assert all(not row.answer.choice() for row in hands.rows)
    assert not hands.record_button.isEnabled()
    # Closed: nobody left to call.
    service.close_vote(ctx, second)
    shell.go("vote-named-hands", VoteArgs(second))
    qtbot.waitUntil(lambda: not hands.rows and hands.done.isVisible())
    assert hands.done.text() == "Le vote est clos : plus de bulletins."
