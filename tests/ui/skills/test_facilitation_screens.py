"""The facilitators' skills screens driven like a finger: reports oldest first, a reported post
kept or hidden with a reason (required: its author reads it) that leaves the board, shown
again with a reason for the log; an "other" text turned into a skill with its sector and
labels; hostile input in the reason and label fields refused in words with nothing kept; and
the needs nobody offers counted by sector with the week's matches."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.context import AppContext
from app.skills import queries
from app.skills.types import BoardFilter
from db.models import Antenna, AuditEntry
from db.models import Session as Sitting
from db.models.skills import SkillPost, SkillPostTag, SkillReport, SkillTag
from tests.ui.badge_helpers import add_person
from tests.ui.conftest import Kiosk, tap, wait_idle
from tests.ui.skills.facilitation_world import add_post, become_facilitator, report, today
from ui.navigation import Screen
from ui.screens.home.screen import HomeScreen
from ui.screens.sessions.editor import SessionEditorScreen
from ui.screens.skills.moderation import SkillsModerationScreen, SkillsNeedsScreen


def _finger(screen: Screen, widget: QWidget) -> None:
    # Rows added to a shown screen are shown on the event loop's next turn: a finger taps
    # what is drawn.
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    if screen.host is not None:
        screen.host.ensureWidgetVisible(widget, 0, 0)
    tap(widget)


def _type(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    """Keys for what a keyboard types; the on-screen keyboard's insertion for the rest."""
    field.setFocus()
    field.clear()
    if text.isascii():
        QTest.keyClicks(field, text)
    else:
        field.insert(text)
    qtbot.waitUntil(lambda: field.text() == text[: field.maxLength()])


def _on_board(ctx: AppContext) -> set[object]:
    with ctx.db.session() as session:
        here = session.scalar(select(Antenna.id).where(Antenna.slug == "rennes"))
        board = queries.board(session, BoardFilter(limit=200), antenna_id=here, today=today(ctx))
    return {card.id for card in board.cards}


def _audit(ctx: AppContext) -> list[str]:
    with ctx.db.session() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.created_at)))


def test_a_facilitator_keeps_one_report_and_hides_a_post_with_a_reason(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    shell, window = kiosk
    wait_idle(qtbot, shell)
    lea = add_person(kiosk_context, "Léa", "Martin")
    sam = add_person(kiosk_context, "Sam", "Peeters")
    fine = add_post(kiosk_context, lea, "offer", "Je donne un coup de main sur Excel")
    bad = add_post(kiosk_context, sam, "offer", "Appelez-moi pour mes cours de guitare")
    first = report(kiosk_context, bad, "contact_details", "Un numéro dans la description.")
    second = report(kiosk_context, fine, "out_of_date")
    become_facilitator(kiosk, kiosk_context)

    shell.go("skills-moderation")
    screen = window.navigator.page("skills-moderation")
    assert isinstance(screen, SkillsModerationScreen)
    wait_idle(qtbot, shell)
    # Oldest first, with the post, the reason and the note.
    assert [row.report.id for row in screen.report_rows] == [first, second]
    top = screen.report_rows[0]
    assert top.card.heading.text() == "Appelez-moi pour mes cours de guitare"
    assert "Un numéro dans la description." in top.note.text()
    assert not screen.report_rows[1].note.isVisibleTo(screen)

    # Keep the second: its report is resolved, the post stays.
    _finger(screen, screen.report_rows[1].keep)
    wait_idle(qtbot, shell)
    assert [row.report.id for row in screen.report_rows] == [first]
    assert fine in _on_board(kiosk_context)

    # Hide the first: a reason is required (the author reads it); blank or too long is
    # refused in words and nothing changes.
    top = screen.report_rows[0]
    _finger(screen, top.hide_post)
    assert top.hiding.isVisible()
    _type(qtbot, top.hiding.field, "   ")
    _finger(screen, top.hiding.confirm)
    wait_idle(qtbot, shell)
    assert top.error.isVisible() and top.error.text()
    _type(qtbot, top.hiding.field, "x" * 600)
    _finger(screen, top.hiding.confirm)
    wait_idle(qtbot, shell)
    assert top.error.isVisible() and "500" in top.error.text()
    hostile = "<b>Numéro</b>'); DROP TABLE skill_post;-- \u202e"
    assert bad in _on_board(kiosk_context)
    _type(qtbot, top.hiding.field, hostile)
    _finger(screen, top.hiding.confirm)
    wait_idle(qtbot, shell)
    assert screen.report_rows == []
    assert screen.outcome.isVisible()
    assert bad not in _on_board(kiosk_context)
    with kiosk_context.db.session() as session:
        post = session.get(SkillPost, bad)
        assert post is not None and post.hidden
        assert "DROP TABLE" in post.hidden_reason
        assert all(r.resolved_at is not None for r in session.scalars(select(SkillReport)))
    assert "skill_report_kept" in _audit(kiosk_context)

    # The hidden posts: the reason shown as typed (plain text), and shown again with a reason.
    _finger(screen, screen.parts.buttons["hidden"])
    (hidden,) = screen.hidden_rows
    assert hidden.isVisible() and "DROP TABLE" in hidden.reason.text()
    # Shown as typed, never read as markup.
    assert "<b>Numéro</b>" in hidden.reason.text()
    assert hidden.reason.textFormat() is Qt.TextFormat.PlainText
    _finger(screen, hidden.show_again)
    _finger(screen, hidden.asking.confirm)
    assert hidden.error.isVisible()
    _type(qtbot, hidden.asking.field, "Le numéro a été retiré")
    _finger(screen, hidden.asking.confirm)
    wait_idle(qtbot, shell)
    assert screen.hidden_rows == []
    assert bad in _on_board(kiosk_context)
    actions = _audit(kiosk_context)
    assert actions.count("skill_post_unhidden") == 1


def test_an_other_text_becomes_a_skill_with_its_sector_and_labels(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    shell, window = kiosk
    wait_idle(qtbot, shell)
    lea = add_person(kiosk_context, "Léa", "Martin")
    sam = add_person(kiosk_context, "Sam", "Peeters")
    one = add_post(
        kiosk_context,
        lea,
        "offer",
        "Je fais vos pièces",
        tags=("woodwork",),
        other_tag="Impression 3D",
    )
    two = add_post(kiosk_context, sam, "need", "Une pièce à imprimer", other_tag="impression 3d ")
    add_post(kiosk_context, sam, "need", "Traduire un texte", other_tag="Langue des signes")
    become_facilitator(kiosk, kiosk_context)
    shell.go("skills-moderation")
    screen = window.navigator.page("skills-moderation")
    assert isinstance(screen, SkillsModerationScreen)
    wait_idle(qtbot, shell)
    _finger(screen, screen.parts.buttons["others"])
    # Counted alike whatever the case and spaces, the most frequent first.
    texts = [(row.other.text, row.other.count) for row in screen.other_rows]
    assert texts[0][1] == 2 and texts[0][0].lower().startswith("impression 3d")
    assert texts[1] == ("Langue des signes", 1)
    assert screen.other_rows[0].count.text() == "Sur 2 annonces"

    _finger(screen, screen.other_rows[0].make)
    editor = screen.editor
    assert editor.isVisible()
    # Prefilled: the text in every language, the sector its posts' skills belong to.
    assert {f.text() for f in editor.labels.values()} == {texts[0][0]}
    assert editor.sectors.choice() == "crafts"
    # Hostile or empty labels are refused in words, nothing made.
    _type(qtbot, editor.labels["fr"], "   ")
    _finger(screen, editor.add)
    wait_idle(qtbot, shell)
    assert editor.error.isVisible() and editor.error.text()
    _type(qtbot, editor.labels["fr"], "y" * 200)
    _finger(screen, editor.add)
    wait_idle(qtbot, shell)
    assert editor.error.isVisible() and editor.error.text()
    with kiosk_context.db.session() as session:
        assert session.scalars(select(SkillTag).where(SkillTag.slug.like("y%"))).all() == []

    _finger(screen, editor.sectors.buttons["it"])
    _type(qtbot, editor.labels["fr"], "Impression 3D")
    _type(qtbot, editor.labels["nl"], "3D-printen")
    _type(qtbot, editor.labels["en"], "3D printing <script>")
    _finger(screen, editor.add)
    wait_idle(qtbot, shell)
    assert not editor.isVisible()
    assert "Impression 3D" in screen.outcome.text()
    with kiosk_context.db.session() as session:
        (tag,) = (t for t in session.scalars(select(SkillTag)) if t.label["nl"] == "3D-printen")
        assert tag.sector == "it"
        assert tag.label["en"] == "3D printing <script>"
        tagged = set(
            session.scalars(select(SkillPostTag.post_id).where(SkillPostTag.tag_id == tag.id))
        )
    assert tagged == {one, two}
    assert "skill_tag_made" in _audit(kiosk_context)


def test_the_needs_nobody_offers_by_sector_and_the_weeks_matches(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    shell, window = kiosk
    wait_idle(qtbot, shell)
    lea = add_person(kiosk_context, "Léa", "Martin")
    sam = add_person(kiosk_context, "Sam", "Peeters")
    add_post(kiosk_context, lea, "need", "Régler des projecteurs", tags=("stage-lighting",))
    add_post(kiosk_context, sam, "need", "Monter une tournée", tags=("touring",))
    add_post(kiosk_context, sam, "need", "Construire un décor", tags=("woodwork",))
    add_post(kiosk_context, lea, "offer", "Coup de main sur Excel", tags=("spreadsheets",))
    add_post(kiosk_context, sam, "need", "Besoin d'aide sur Excel", tags=("spreadsheets",))
    become_facilitator(kiosk, kiosk_context)
    shell.go("skills-needs")
    screen = window.navigator.page("skills-needs")
    assert isinstance(screen, SkillsNeedsScreen)
    wait_idle(qtbot, shell)
    rows = [(row.name.text(), row.count.text()) for row in screen.sector_rows]
    assert rows == [("Arts de la scène", "2 besoins"), ("Artisanat", "1 besoin")]
    assert screen.total.text() == "3 besoins sans offre"
    assert "Régler des projecteurs" in screen.sector_rows[0].titles.text()
    assert screen.sector_rows[0].bar.value == 2 and screen.sector_rows[0].bar.maximum == 2
    assert "formations" in screen.lead.text()
    (match,) = screen.match_rows
    assert "Léa M." in match.text() and "Sam P." in match.text()
    # A training for the sector, in the session editor: prefilled, not created until a
    # facilitator chooses its day and creates it.
    _finger(screen, screen.sector_rows[0].propose)
    assert shell.current_screen() == "session-edit"
    editor = window.navigator.page("session-edit")
    assert isinstance(editor, SessionEditorScreen)
    assert editor.mode.choice() == "new" and editor.kinds.choice() == "training"
    assert "Arts de la scène" in editor.title_field.text()
    assert "Régler des projecteurs" in editor.description.toPlainText()
    with kiosk_context.db.session() as session:
        assert session.scalars(select(Sitting)).all() == []
    shell.go("skills-needs")
    wait_idle(qtbot, shell)
    _finger(screen, screen.moderation)
    assert shell.current_screen() == "skills-moderation"


def test_the_skills_moderation_is_behind_the_facilitators_pin_from_home(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    shell, window = kiosk
    wait_idle(qtbot, shell)
    shell.go("home")
    home = window.navigator.page("home")
    assert isinstance(home, HomeScreen)
    entry = home.discreet["skills-moderation"]
    _finger(home, entry)
    # Anyone else is sent to the PIN pad first.
    assert shell.current_screen() == "facilitator-login"
    become_facilitator(kiosk, kiosk_context)
    shell.go("home")
    _finger(home, entry)
    assert shell.current_screen() == "skills-moderation"
