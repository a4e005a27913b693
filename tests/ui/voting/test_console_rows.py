"""The console's new vote in three languages: the options and projects as rows (a name, a cost,
a description, a project's picture) added, moved and removed with a finger, a tab per language,
the vote's own language first; a refusal is said on screen and creates nothing."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.context import AppContext
from app.voting import pictures, service
from app.voting.texts import option_text, vote_text
from db.models import Body, BodyKind
from tests.ui.conftest import Kiosk, tap, wait_idle
from tests.ui.voting.test_projects import as_facilitator, finger, jpeg
from ui.screens.voting.console import ConsoleScreen


def _type(qtbot: QtBot, field: object, text: str) -> None:
    QTest.keyClicks(field, text)  # type: ignore[arg-type]
    # Typed keys reach the field once the scanner filter knows they are no badge burst.
    qtbot.waitUntil(lambda: field.text() == text)  # type: ignore[attr-defined]


def console_with(
    qtbot: QtBot,
    make_kiosk: Callable[..., Kiosk],
    ctx: AppContext,
    template: str,
    *,
    pb_committee: bool = False,
) -> tuple[Kiosk, ConsoleScreen]:
    """The live vote console in facilitator mode, a new vote's form filled from `template`
    (a budget needs the committee that runs it)."""
    if pb_committee:
        with ctx.db.transaction() as session:
            session.add(Body(slug="rennes-pb-committee", kind=BodyKind.pb_committee, rules={}))
    kiosk = as_facilitator(qtbot, make_kiosk, ctx, "vote-console")
    console = kiosk[1].navigator.page("vote-console")
    assert isinstance(console, ConsoleScreen)
    finger(console, console.templates.buttons[template])
    return kiosk, console


def test_a_budget_in_french_and_dutch_from_rows(
    qtbot: QtBot, make_kiosk: Callable[..., Kiosk], kiosk_context: AppContext
) -> None:
    ctx = kiosk_context
    (shell, _window), console = console_with(qtbot, make_kiosk, ctx, "local-pb", pb_committee=True)
    texts = console.texts
    assert texts.own_language() == "fr" and texts.shown_language() == "fr"
    assert len(texts.rows) == 2
    qtbot.waitUntil(texts.rows[0].cost.isVisible)
    for row in texts.rows:
        for button in (row.up, row.down, row.remove):
            assert button.height() >= 60 and button.width() >= 60
    _type(qtbot, texts.titles["fr"], "Budget 2027")
    finger(console, texts.add_button)
    assert len(texts.rows) == 3
    for row, (name, cost) in zip(
        texts.rows, (("Fresque", "3000"), ("Cantine", "1500"), ("Jardin", "800")), strict=True
    ):
        row.names["fr"].setText(name)
        row.cost.setText(cost)
    texts.rows[0].descriptions["fr"].setText("Sur le pignon.")
    # Jardin first, Cantine removed.
    finger(console, texts.rows[2].up)
    finger(console, texts.rows[1].up)
    assert [row.names["fr"].text() for row in texts.rows] == ["Jardin", "Fresque", "Cantine"]
    assert not texts.rows[0].up.isEnabled() and not texts.rows[2].down.isEnabled()
    finger(console, texts.rows[2].remove)
    assert [row.number.text() for row in texts.rows] == ["1.", "2."]
    # The Dutch tab: the French fields step aside, the Dutch ones are optional.
    finger(console, texts.tabs.buttons["nl"])
    assert texts.titles["nl"].isVisible() and not texts.titles["fr"].isVisible()
    assert "facultatif" in texts.titles["nl"].placeholderText()
    _type(qtbot, texts.titles["nl"], "Begroting 2027")
    texts.rows[1].names["nl"].setText("Muurschildering")
    texts.rows[1].descriptions["nl"].setText("Op de zijgevel.")
    # No budget: refused on screen, nothing created, what was typed kept.
    finger(console, console.create_button)
    wait_idle(qtbot, shell)
    assert console.notice.text() == "Indiquez le budget à partager, en euros."
    assert service.list_votes(ctx) == []
    assert texts.rows[1].names["nl"].text() == "Muurschildering"
    console.budget_field.setText("5 000")
    finger(console, console.create_button)
    qtbot.waitUntil(lambda: console.vote_id is not None)
    vote = service.get_vote(ctx, console.vote_id)  # type: ignore[arg-type]
    assert vote.language == "fr" and vote.title == "Budget 2027"
    assert vote_text(vote, "nl").title == "Begroting 2027"
    assert [(o.label, o.cost) for o in vote.options] == [("Jardin", 800), ("Fresque", 3000)]
    fresque = vote.options[1]
    assert option_text(fresque, "nl").label == "Muurschildering"
    assert option_text(fresque, "nl").description == "Op de zijgevel."
    assert option_text(fresque, "en").description == "Sur le pignon."
    assert vote.options[0].translations == {}
    qtbot.waitUntil(lambda: texts.titles["fr"].text() == "")
    assert all(not row.names["fr"].text() for row in texts.rows)


def test_a_vote_in_english_needs_its_options_english_names(
    qtbot: QtBot, make_kiosk: Callable[..., Kiosk], kiosk_context: AppContext
) -> None:
    ctx = kiosk_context
    shell, window = as_facilitator(qtbot, make_kiosk, ctx, "vote-console")
    shell.set_language("en")
    console = window.navigator.page("vote-console")
    assert isinstance(console, ConsoleScreen)
    texts = console.texts
    finger(console, console.templates.buttons["consultation-mj"])
    assert not texts.rows[0].cost.isVisible()
    finger(console, texts.language.buttons["en"])
    assert texts.shown_language() == "en"
    _type(qtbot, texts.titles["en"], "Autumn theme")
    finger(console, texts.tabs.buttons["fr"])
    texts.rows[0].names["fr"].setText("Droits d'auteur")
    texts.rows[1].names["fr"].setText("Facturer")
    finger(console, console.create_button)
    wait_idle(qtbot, shell)
    assert console.notice.text() == "Option 1 needs a name in English."
    assert service.list_votes(ctx) == []
    finger(console, texts.tabs.buttons["en"])
    texts.rows[0].names["en"].setText("Copyright")
    texts.rows[1].names["en"].setText("Invoicing")
    # A hostile paste longer than a title may be: the field keeps what fits.
    texts.titles["fr"].setText("x" * 5000)
    assert len(texts.titles["fr"].text()) == 200
    finger(console, console.create_button)
    qtbot.waitUntil(lambda: console.vote_id is not None)
    vote = service.get_vote(ctx, console.vote_id)  # type: ignore[arg-type]
    assert (vote.language, vote.title) == ("en", "Autumn theme")
    assert [o.label for o in vote.options] == ["Copyright", "Invoicing"]
    assert option_text(vote.options[0], "fr").label == "Droits d'auteur"
    assert vote_text(vote, "fr").title == "x" * 200


def test_a_project_row_takes_a_picture_from_a_usb_stick_made_small_with_the_vote(
    qtbot: QtBot,
    make_kiosk: Callable[..., Kiosk],
    kiosk_context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ctx = kiosk_context
    with ctx.db.transaction() as session:
        session.add(Body(slug="rennes-pb-committee", kind=BodyKind.pb_committee, rules={}))
    stick = tmp_path / "media" / "CLE"
    stick.mkdir(parents=True)
    (stick / "fresque.jpg").write_bytes(jpeg((200, 80, 40), (3000, 2000)))
    monkeypatch.setattr(pictures, "removable_roots", lambda: [stick])
    _shell, window = as_facilitator(qtbot, make_kiosk, ctx, "vote-console")
    console = window.navigator.page("vote-console")
    assert isinstance(console, ConsoleScreen)
    texts = console.texts
    finger(console, console.templates.buttons["local-pb"])
    _type(qtbot, texts.titles["fr"], "Budget 2027")
    first, second = texts.rows
    # A project's row has its picture; a motion's options have none.
    qtbot.waitUntil(first.choose_picture.isVisible)
    assert not first.thumbnail.isVisible() and not first.remove_picture.isVisible()
    assert first.choose_picture.text() == "Choisir une image"
    first.names["fr"].setText("Fresque")
    first.cost.setText("3000")
    second.names["fr"].setText("Cantine")
    second.cost.setText("1500")
    finger(console, first.choose_picture)
    picker = console.row_picker
    assert console.right.currentWidget() is picker
    qtbot.waitUntil(lambda: len(picker.thumb_buttons) == 1)
    assert picker.hint.text() == "Touchez une image pour ce projet."
    tap(picker.thumb_buttons[0])
    assert console.right.currentWidget() is not picker
    assert not first.thumbnail.pixmap().isNull() and first.thumbnail.isVisible()
    assert first.remove_picture.accessibleName() == "Retirer l'image"
    assert first.remove_picture.isVisible() and first.remove_picture.height() >= 60
    assert not second.thumbnail.isVisible()
    console.budget_field.setText("5 000")
    finger(console, console.create_button)
    qtbot.waitUntil(lambda: console.vote_id is not None)
    vote_id = console.vote_id
    assert vote_id is not None
    vote = service.get_vote(ctx, vote_id)
    assert [(o.label, o.has_picture) for o in vote.options] == [
        ("Fresque", True),
        ("Cantine", False),
    ]
    with Image.open(io.BytesIO(service.option_pictures(ctx, vote_id)["Fresque"])) as image:
        assert image.size == (640, 427)  # made small by the service
    # The form is cleared, its pictures with it.
    qtbot.waitUntil(lambda: all(row.picture_file is None for row in texts.rows))


def test_a_picture_that_cannot_be_read_creates_nothing(
    qtbot: QtBot, make_kiosk: Callable[..., Kiosk], kiosk_context: AppContext, tmp_path: Path
) -> None:
    ctx = kiosk_context
    (shell, _window), console = console_with(qtbot, make_kiosk, ctx, "local-pb", pb_committee=True)
    texts = console.texts
    _type(qtbot, texts.titles["fr"], "Budget 2027")
    texts.rows[0].names["fr"].setText("Fresque")
    texts.rows[0].cost.setText("3000")
    # The stick was pulled out after the picture was chosen; another file is no picture.
    (tmp_path / "faux.png").write_bytes(b"\x89PNG pas vraiment")
    for chosen, said in (
        (tmp_path / "parti.jpg", "Impossible de lire l'image"),
        (tmp_path / "faux.png", "Ce fichier n'est pas une image"),
    ):
        texts.rows[0].set_picture(chosen, QImage())
        console.notice.clear()
        console.budget_field.setText("5 000")
        finger(console, console.create_button)
        wait_idle(qtbot, shell)
        assert console.notice.text().startswith(said), console.notice.text()
        assert service.list_votes(ctx) == []
        assert texts.rows[0].names["fr"].text() == "Fresque"  # what was typed is kept
    # Without the picture, the same form makes the vote.
    finger(console, texts.rows[0].remove_picture)
    assert texts.rows[0].picture_file is None and not texts.rows[0].thumbnail.isVisible()
    finger(console, console.create_button)
    qtbot.waitUntil(lambda: console.vote_id is not None)
    assert [o.has_picture for o in service.get_vote(ctx, console.vote_id).options] == [False]  # type: ignore[arg-type]
