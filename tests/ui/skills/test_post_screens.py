"""Posting, reading, reporting and meeting on the skills board, driven like a finger, a keyboard
and a badge scanner (a keyboard burst): a need posted step by step and found on the board; its
author changing, renewing and removing a post; a report without a badge; an introduction asked
once, refused twice and on one's own post; hostile text refused in words, nothing kept."""

from __future__ import annotations

import uuid
from datetime import date

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.context import AppContext
from app.skills.types import MESSAGE_CHARS
from db.models.skills import IntroRequest, SkillPost, SkillReport
from tests.ui.badge_helpers import scan, type_keys
from tests.ui.conftest import Kiosk, tap, wait_idle
from tests.ui.skills.helpers import Board, World, board_world, card_titles
from ui.screen_args import SkillPostArgs
from ui.screens.skills.board import SkillsBoardScreen
from ui.screens.skills.editor import SkillEditorScreen
from ui.screens.skills.intro import SkillIntroScreen
from ui.screens.skills.post import SkillPostScreen

NEED = "Apprendre à faire mes devis"


def _editor(kiosk: Kiosk) -> SkillEditorScreen:
    screen = kiosk[1].navigator.page("skill-new")
    assert isinstance(screen, SkillEditorScreen)
    return screen


def _post_screen(kiosk: Kiosk) -> SkillPostScreen:
    screen = kiosk[1].navigator.page("skill-post")
    assert isinstance(screen, SkillPostScreen)
    return screen


def _intro(kiosk: Kiosk) -> SkillIntroScreen:
    screen = kiosk[1].navigator.page("skill-intro")
    assert isinstance(screen, SkillIntroScreen)
    return screen


def _posts_of(ctx: AppContext, person: uuid.UUID) -> list[SkillPost]:
    with ctx.db.session() as session:
        return list(
            session.scalars(
                select(SkillPost).where(
                    SkillPost.person_id == person, SkillPost.deleted_at.is_(None)
                )
            )
        )


def _open_post(qtbot: QtBot, kiosk: Kiosk, post_id: uuid.UUID) -> SkillPostScreen:
    kiosk[0].go("skill-post", SkillPostArgs(post_id))
    screen = _post_screen(kiosk)
    qtbot.waitUntil(lambda: screen.detail is not None and screen.detail.card.id == post_id)
    return screen


def _to_review(qtbot: QtBot, editor: SkillEditorScreen) -> None:
    while editor.step != "review":
        step = editor.step
        tap(editor.next)
        qtbot.waitUntil(lambda step=step: editor.step != step or editor.error.isVisible())
        assert not editor.error.isVisible(), editor.error.text()


def _scanned_for_a_need(qtbot: QtBot, kiosk: Kiosk, world: World) -> SkillEditorScreen:
    shell, window = kiosk
    shell.go("skill-new")
    editor = _editor(kiosk)
    assert editor.step == "badge"
    scan(window, world.badges[world.camille])
    qtbot.waitUntil(lambda: editor.step == "kind")
    assert editor.heading.text().startswith("Camille")
    tap(editor.kinds.buttons["need"])
    assert editor.step == "words"
    return editor


def test_a_need_posted_step_by_step_is_on_the_board(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    world = board_world(kiosk_context)
    shell, window = kiosk
    shell.set_language("en")
    editor = _scanned_for_a_need(qtbot, kiosk, world)

    # The title is typed, a key at a time (a person: not a scanner's burst).
    assert editor.title_field.hasFocus()
    type_keys(window, NEED, start_ms=5_000_000, gaps_ms=[150] * len(NEED))
    # The scanner holds the last key a moment (a burst might follow), then lets it through.
    qtbot.waitUntil(lambda: editor.title_field.text() == NEED)
    tap(editor.next)
    assert editor.step == "skills"
    qtbot.waitUntil(lambda: "business" in editor.sectors.buttons)
    tap(editor.sectors.buttons["business"])
    tap(editor.skills.buttons["pricing"])
    tap(editor.skills.buttons["accounting"])
    # A second sector keeps the skills chosen in the first.
    tap(editor.sectors.buttons["it"])
    tap(editor.skills.buttons["spreadsheets"])
    assert editor.tags == ["pricing", "accounting", "spreadsheets"]
    assert "Pricing" in editor.chosen.text()
    tap(editor.next)
    assert editor.step == "how"
    tap(editor.modalities.buttons["online"])
    tap(editor.levels.buttons["first_steps"])
    tap(editor.next)
    assert editor.step == "when"
    editor.availability.setText("Le jeudi matin")
    tap(editor.months.buttons["3"])
    tap(editor.next)
    assert editor.step == "review"
    shown = [line.text() for line in editor.review_lines if line.isVisible()]
    assert shown[:2] == ["Need", NEED]
    assert "On the board for 3 months" in shown
    assert editor.next.text() == "Post it"

    tap(editor.next)
    qtbot.waitUntil(lambda: editor.step == "posted")
    assert editor.done.text().startswith("Posted! It is on the board until")
    (posted,) = _posts_of(kiosk_context, world.camille)[-1:]
    assert posted.title == NEED

    # On the board, with its skills in the kiosk's language.
    shell.go("skills-board")
    board = kiosk[1].navigator.page("skills-board")
    assert isinstance(board, SkillsBoardScreen)
    qtbot.waitUntil(lambda: NEED in card_titles(board))
    card = next(w for w in board.grid.cards if w.card.title == NEED)
    assert card.kind.text() == "Need"
    assert "Spreadsheets" in card.tags.text()
    assert card.author.text() == "Camille D."
    # "Post an offer or a need" again: a new post, from the badge.
    tap(board.post)
    assert shell.current_screen() == "skill-new"
    assert editor.step == "badge" and editor.title_field.text() == ""


def test_hostile_text_is_refused_in_words_and_nothing_is_kept(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    world = board_world(kiosk_context)
    shell, _window = kiosk
    shell.set_language("en")
    before = len(_posts_of(kiosk_context, world.camille))
    editor = _scanned_for_a_need(qtbot, kiosk, world)
    editor.title_field.setText("x" * 10_000)
    _to_review(qtbot, editor)
    tap(editor.next)
    qtbot.waitUntil(editor.error.isVisible)
    assert editor.error.text() == "The title is too long: at most 120 letters."
    assert editor.step == "review"
    # What was typed stays, to be corrected.
    assert editor.title_field.text().startswith("xxx")

    for hostile, refusal in (
        ("Cours\x00 de chant", "The text holds a character that is not allowed."),
        ("Écrivez-moi : camille@example.org", "Please leave out e-mail addresses"),
    ):
        editor.go_step("words")
        editor.title_field.setText(hostile)
        _to_review(qtbot, editor)
        tap(editor.next)
        qtbot.waitUntil(editor.error.isVisible)
        assert editor.error.text().startswith(refusal)
        assert editor.step == "review"
    assert len(_posts_of(kiosk_context, world.camille)) == before

    # A message of 10 000 characters, then control characters: refused, nothing recorded.
    shell.go("skill-intro", SkillPostArgs(world.posts[Board.LIGHTS], world.camille))
    intro = _intro(kiosk)
    qtbot.waitUntil(lambda: intro.detail is not None)
    intro.message.setPlainText("y" * 10_000)
    assert intro.count.property("role") == "error"
    tap(intro.send)
    qtbot.waitUntil(intro.error.isVisible)
    assert intro.error.text() == f"The message is too long: at most {MESSAGE_CHARS} letters."
    intro.message.setPlainText("Bonjour\x00\x1b[2J")
    tap(intro.send)
    qtbot.waitUntil(lambda: "not allowed" in intro.error.text())
    with kiosk_context.db.session() as session:
        assert session.scalar(select(func.count()).select_from(IntroRequest)) == 0


def test_its_author_changes_renews_and_removes_a_post(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    world = board_world(kiosk_context)
    shell, window = kiosk
    shell.set_language("en")
    lights = world.posts[Board.LIGHTS]
    post = _open_post(qtbot, kiosk, lights)
    assert not post.author_box.isVisible()
    assert post.author_hint.isVisible()

    # Someone else's badge changes nothing: it is not theirs.
    scan(window, world.badges[world.camille])
    qtbot.waitUntil(lambda: post.person_id == world.camille and not post.busy)
    wait_idle(qtbot, shell)
    assert not post.author_box.isVisible()

    # Marc's badge: his post, to change, renew or remove; nobody asks to meet themselves.
    scan(window, world.badges[world.marc], start_ms=2_000_000)
    qtbot.waitUntil(post.author_box.isVisible)
    assert not post.meet.isVisible()

    tap(post.edit)
    assert shell.current_screen() == "skill-new"
    editor = _editor(kiosk)
    qtbot.waitUntil(lambda: editor.step == "words")
    assert editor.title_field.text() == Board.LIGHTS
    assert editor.tags == ["stage-lighting"]
    editor.title_field.setText("Éclairage de scène, les bases et la suite")
    _to_review(qtbot, editor)
    assert editor.next.text() == "Save my changes"
    tap(editor.next)
    qtbot.waitUntil(lambda: editor.step == "posted")
    (changed,) = _posts_of(kiosk_context, world.marc)
    assert changed.title == "Éclairage de scène, les bases et la suite"
    tap(editor.see)
    assert shell.current_screen() == "skill-post"
    qtbot.waitUntil(lambda: post.heading.text() == changed.title)
    qtbot.waitUntil(post.author_box.isVisible)

    tap(post.renew)
    qtbot.waitUntil(post.outcome.isVisible)
    assert post.outcome.text().startswith("Done: your post stays on the board until")
    (renewed,) = _posts_of(kiosk_context, world.marc)
    assert renewed.expires_on is not None and renewed.expires_on > date.today()

    tap(post.remove)
    assert post.confirm.asking
    tap(post.confirm.no)
    assert _posts_of(kiosk_context, world.marc)
    tap(post.remove)
    tap(post.confirm.yes)
    qtbot.waitUntil(lambda: shell.current_screen() == "skills-board")
    assert not _posts_of(kiosk_context, world.marc)
    board = kiosk[1].navigator.page("skills-board")
    assert isinstance(board, SkillsBoardScreen)
    qtbot.waitUntil(lambda: board.board is not None and len(board.grid.cards) == 3)
    assert changed.title not in card_titles(board)


def test_anyone_reports_a_post_without_a_badge(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    world = board_world(kiosk_context)
    kiosk[0].set_language("fr")
    post = _open_post(qtbot, kiosk, world.posts[Board.DUTCH])
    tap(post.report)
    assert post.report_box.isVisible()
    # The form takes the post's place: no scrolling to find its button.
    assert not post.post_box.isVisible() and not post.meet.isVisible()
    tap(post.send_report)
    assert post.error.text() == "Choisissez d'abord ce qui ne va pas."
    tap(post.reasons.buttons["contact_details"])
    # A flood of text is refused in one line (the service's words), nothing recorded, the
    # reason still chosen.
    post.note.setText("z" * 10_000)
    tap(post.send_report)
    qtbot.waitUntil(post.error.isVisible)
    assert "500" in post.error.text()
    assert post.reasons.choice() == "contact_details"
    with kiosk_context.db.session() as session:
        assert session.scalar(select(func.count()).select_from(SkillReport)) == 0
    post.note.setText("Un numéro dans la description")
    tap(post.send_report)
    qtbot.waitUntil(post.outcome.isVisible)
    assert not post.report_box.isVisible()
    assert post.post_box.isVisible()
    assert "Merci" in post.outcome.text()
    with kiosk_context.db.session() as session:
        (report,) = session.scalars(select(SkillReport)).all()
    assert report.post_id == world.posts[Board.DUTCH]
    assert report.reporter_id is None
    assert report.note == "Un numéro dans la description"


def test_an_introduction_is_asked_once_and_never_on_ones_own_post(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    world = board_world(kiosk_context)
    shell, window = kiosk
    shell.set_language("en")
    photo = world.posts[Board.PHOTO_HELP]
    post = _open_post(qtbot, kiosk, photo)
    assert post.meet.isVisible() and post.meet.isEnabled()
    tap(post.meet)
    assert shell.current_screen() == "skill-intro"
    intro = _intro(kiosk)
    qtbot.waitUntil(lambda: intro.detail is not None)
    assert intro.scan.isVisible() and not intro.form.isVisible()
    assert intro.heading.text() == "Ask to meet Camille D."

    scan(window, world.badges[world.noor])
    qtbot.waitUntil(intro.form.isVisible)
    assert intro.heading.text() == "Noor, you would like to meet Camille D."
    assert "never your e-mail address" in intro.privacy.text()
    type_keys(window, "Bonjour !", start_ms=5_000_000, gaps_ms=[150] * 9)
    qtbot.waitUntil(lambda: intro.message.toPlainText() == "Bonjour !")
    assert intro.count.text() == f"9 of {MESSAGE_CHARS} characters"
    tap(intro.send)
    qtbot.waitUntil(intro.done.isVisible)
    assert "by e-mail, without your address" in intro.next.text()
    assert "next badge scan, at any antenne" in intro.next.text()
    with kiosk_context.db.session() as session:
        (asked,) = session.scalars(select(IntroRequest)).all()
    assert (asked.post_id, asked.requester_id, asked.message) == (photo, world.noor, "Bonjour !")

    # Back on the post with her badge: she already asked.
    shell.go("skill-post", SkillPostArgs(photo, world.noor))
    qtbot.waitUntil(lambda: post.detail is not None and post.detail.asked)
    assert not post.meet.isEnabled()
    assert post.meet.text() == "You asked to meet them"
    # Asking again anyway: the service's words, nothing more recorded.
    shell.go("skill-intro", SkillPostArgs(photo, world.noor))
    qtbot.waitUntil(intro.form.isVisible)
    tap(intro.send)
    qtbot.waitUntil(intro.error.isVisible)
    assert intro.error.text() == "You already asked: the author has not answered yet."

    # Camille on her own post.
    shell.go("skill-intro", SkillPostArgs(photo, world.camille))
    qtbot.waitUntil(lambda: intro.detail is not None and intro.detail.yours)
    tap(intro.send)
    qtbot.waitUntil(intro.error.isVisible)
    assert intro.error.text() == "This is your own post."
    with kiosk_context.db.session() as session:
        assert session.scalar(select(func.count()).select_from(IntroRequest)) == 1


def test_the_post_shows_a_qr_code_to_its_public_page_only_with_a_hub(
    qtbot: QtBot, make_kiosk: object, kiosk_context: AppContext
) -> None:
    from collections.abc import Callable

    assert callable(make_kiosk)
    build: Callable[..., Kiosk] = make_kiosk
    world = board_world(kiosk_context)
    photo = world.posts[Board.PHOTO_HELP]
    plain = build()
    post = _open_post(qtbot, plain, photo)
    wait_idle(qtbot, plain[0])
    assert not post.qr_box.isVisible()
    with_hub = build(hub_url="https://hub.example.org/")
    post = _open_post(qtbot, with_hub, photo)
    qtbot.waitUntil(post.qr_box.isVisible)
    assert post.qr.data == f"https://hub.example.org/public/skills/{photo}?lang=fr"


def test_a_post_half_written_is_forgotten_when_the_visit_ends(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    world = board_world(kiosk_context)
    shell, _window = kiosk
    editor = _scanned_for_a_need(qtbot, kiosk, world)
    editor.title_field.setText("Cours de chant")
    editor.description.setPlainText("Le lundi soir")
    shell.end_visit()
    assert editor.step == "badge" and editor.person_id is None
    assert (editor.title_field.text(), editor.description.toPlainText()) == ("", "")
    assert editor.kinds.choice() == ""
    assert not _posts_of(kiosk_context, world.camille)[1:]
