"""The skills board's screens, driven like a finger, a keyboard and a badge scanner: chips that
filter the cards, a search typed a key at a time (accents and case do not matter), "skills in
the room today", and a search that finds nothing leading to a need already titled."""

from __future__ import annotations

from datetime import UTC, datetime

from pytestqt.qtbot import QtBot

from app.context import AppContext
from db.models import Person, Visit
from tests.ui.badge_helpers import type_keys
from tests.ui.conftest import Kiosk, tap, wait_idle
from tests.ui.skills.helpers import Board, board_world, card_titles, tiny_png
from ui.screens.skills.board import SkillsBoardScreen, SkillsSearchScreen
from ui.screens.skills.editor import SkillEditorScreen
from ui.screens.skills.post import SkillPostScreen


def _board(qtbot: QtBot, kiosk: Kiosk) -> SkillsBoardScreen:
    shell, window = kiosk
    shell.go("skills-board")
    screen = window.navigator.page("skills-board")
    assert isinstance(screen, SkillsBoardScreen)
    qtbot.waitUntil(lambda: screen.board is not None)
    wait_idle(qtbot, shell)
    return screen


def _search(kiosk: Kiosk) -> SkillsSearchScreen:
    screen = kiosk[1].navigator.page("skills-search")
    assert isinstance(screen, SkillsSearchScreen)
    return screen


def test_chips_filter_the_cards_by_kind_sector_and_way(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    world = board_world(kiosk_context)
    shell, _window = kiosk
    shell.set_language("en")
    board = _board(qtbot, kiosk)
    # A finger drags the board (and flicks it): the navigator's kinetic scrolling.
    assert board.host is not None and board.host.property("kinetic")
    assert set(card_titles(board)) == set(Board.TITLES)
    assert board.count.text() == "4 posts"
    # A card: first name and initial, the skills in the kiosk's language; never an address.
    camille = next(w for w in board.grid.cards if w.card.title == Board.PHOTO_HELP)
    assert camille.author.text() == "Camille D."
    assert "Photography" in camille.tags.text()
    texts = " ".join(
        label.text() for w in board.grid.cards for label in (w.kind, w.heading, w.tags, w.author)
    )
    assert "@" not in texts and "470" not in texts
    # Noor's post is of another antenne: the card says which.
    noor = next(w for w in board.grid.cards if w.card.title == Board.DUTCH)
    assert "Bruxelles" in noor.author.text()

    tap(board.filters.kinds.buttons["need"])
    qtbot.waitUntil(lambda: set(card_titles(board)) == {Board.EXCEL, Board.DUTCH})
    tap(board.filters.modalities.buttons["online"])
    qtbot.waitUntil(lambda: card_titles(board) == [Board.EXCEL])
    tap(board.filters.kinds.buttons["all"])
    tap(board.filters.modalities.buttons["all"])
    qtbot.waitUntil(lambda: len(card_titles(board)) == 4)

    # The sectors fold behind one button, which then says the one chosen.
    assert not board.filters.sectors.isVisible()
    tap(board.filters.sectors_toggle)
    assert board.filters.sectors.isVisible()
    tap(board.filters.sectors.buttons["audiovisual"])
    qtbot.waitUntil(lambda: card_titles(board) == [Board.PHOTO_HELP])
    assert not board.filters.sectors.isVisible()
    assert board.filters.sectors_toggle.text().startswith("Sector: Audiovisual")
    assert world.camille in {w.card.person_id for w in board.grid.cards}

    # Nothing: the empty state says so in words, and how to see everything again.
    tap(board.filters.kinds.buttons["need"])
    qtbot.waitUntil(board.empty.isVisible)
    assert board.empty.title.text() == "No post matches these choices."
    assert not board.grid.cards

    # Tapping a card opens the post.
    tap(board.filters.kinds.buttons["all"])
    qtbot.waitUntil(lambda: len(board.grid.cards) == 1)
    tap(board.grid.cards[0])
    assert shell.current_screen() == "skill-post"
    post = kiosk[1].navigator.page("skill-post")
    assert isinstance(post, SkillPostScreen)
    qtbot.waitUntil(lambda: post.detail is not None)
    assert post.heading.text() == Board.PHOTO_HELP


def test_a_card_shows_its_authors_photo_only_with_their_consent(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    world = board_world(kiosk_context)
    photo = tiny_png()
    with kiosk_context.db.transaction() as session:
        for person, consent in ((world.camille, True), (world.marc, False)):
            row = session.get(Person, person)
            assert row is not None
            row.photo, row.photo_consent = photo, consent
    board = _board(qtbot, kiosk)
    cards = {w.card.title: w for w in board.grid.cards}
    qtbot.waitUntil(cards[Board.PHOTO_HELP].photo.isVisible)
    assert not cards[Board.LIGHTS].photo.isVisible()
    assert cards[Board.LIGHTS].card.author_photo_id is None
    assert world.marc not in board.photos


def test_skills_in_the_room_today_are_the_posts_of_people_checked_in(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    world = board_world(kiosk_context)
    shell, _window = kiosk
    shell.set_language("fr")
    board = _board(qtbot, kiosk)
    tap(board.filters.in_room)
    qtbot.waitUntil(board.empty.isVisible)
    assert "Personne" in board.empty.title.text()

    # Élodie checks in at the welcome desk: her post is in the room, and says so.
    with kiosk_context.db.transaction() as session:
        session.add(
            Visit(
                person_id=world.elodie,
                antenna_id=world.rennes,
                checked_in_at=datetime.now(UTC),
            )
        )
    board.load()
    qtbot.waitUntil(lambda: card_titles(board) == [Board.EXCEL])
    assert "ici aujourd'hui" in board.grid.cards[0].kind.text()
    assert board.grid.cards[0].author.text() == "Élodie D."


def test_a_search_typed_key_by_key_narrows_whatever_the_accents(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    board_world(kiosk_context)
    shell, window = kiosk
    shell.set_language("fr")
    board = _board(qtbot, kiosk)
    # The board's field leads to the search, where the keyboard types.
    tap(board.search)
    assert shell.current_screen() == "skills-search"
    search = _search(kiosk)
    qtbot.waitUntil(lambda: search.board is not None and len(search.grid.cards) == 4)
    assert search.field.hasFocus()

    # A person types (keys far apart: not a scanner), without accents nor capitals.
    type_keys(window, "neerlandais", start_ms=5_000_000, gaps_ms=[180] * 11)
    qtbot.waitUntil(lambda: card_titles(search) == [Board.DUTCH])
    assert search.count.text() == "1 annonce"

    search.field.clear()
    type_keys(window, "PHOTO", start_ms=6_000_000, gaps_ms=[180] * 5)
    qtbot.waitUntil(lambda: card_titles(search) == [Board.PHOTO_HELP])

    # Nothing found: say so, and offer to post it as a need, titled with what was typed.
    search.field.clear()
    type_keys(window, "soudure", start_ms=7_000_000, gaps_ms=[180] * 7)
    qtbot.waitUntil(search.post_need.isVisible)
    assert "soudure" in search.empty.title.text()
    assert not search.grid.cards
    tap(search.post_need)
    assert shell.current_screen() == "skill-new"
    editor = window.navigator.page("skill-new")
    assert isinstance(editor, SkillEditorScreen)
    assert editor.title_field.text() == "soudure"
    assert editor.kinds.choice() == "need"
    assert editor.step == "badge"


def test_hostile_search_text_is_only_words(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    """FTS5 syntax, quotes, control characters and a flood of text search for words, and
    never break the board."""
    board_world(kiosk_context)
    shell, _window = kiosk
    shell.go("skills-search")
    search = _search(kiosk)
    for typed in ('"NEAR(a b', "photo*) OR -", "\x00\x1b[31m", "é" * 10_000):
        search.field.setText(typed)
        search.filters_changed()
        wait_idle(qtbot, shell)
        assert not search.error.isVisible(), typed
    assert search.field.text() == "é" * 200


def test_the_board_speaks_the_language_chosen_and_forgets_the_visitor(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    board_world(kiosk_context)
    shell, _window = kiosk
    shell.set_language("fr")
    board = _board(qtbot, kiosk)
    tap(board.filters.kinds.buttons["need"])
    qtbot.waitUntil(lambda: set(card_titles(board)) == {Board.EXCEL, Board.DUTCH})
    excel = next(w for w in board.grid.cards if w.card.title == Board.EXCEL)
    assert (excel.kind.text(), excel.tags.text()) == ("Demande", "Tableur (Excel)")
    shell.set_language("nl")
    # Qt tells every widget of the change by an event: the screen retranslates itself.
    qtbot.waitUntil(lambda: board.filters.kinds.buttons["need"].text() == "Vragen")
    assert (excel.kind.text(), excel.tags.text()) == ("Vraag", "Rekenblad (Excel)")
    assert board.count.text() == "2 zoekertjes"

    # The visit ends (idle): the next visitor finds the board as it was, every post shown.
    shell.end_visit()
    assert board.filters.kind() is None
    assert not board.grid.cards
    shell.go("skills-board")
    qtbot.waitUntil(lambda: len(board.grid.cards) == 4)
