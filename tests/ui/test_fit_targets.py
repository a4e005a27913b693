"""Touch targets, and screens that must show their main buttons whole (fit checks of particular
screens; every screen in every language is `test_fit.py`)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QApplication,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.config import LANGUAGES
from app.context import AppContext
from tests.ui.badge_helpers import add_person
from tests.ui.badges.test_badges_screen import as_facilitator, badges_screen, find_and_choose
from tests.ui.conftest import Kiosk, tap
from tests.ui.fit_checks import (
    cut_off,
    on_window,
    settle,
    spills,
    touch_targets,
)
from ui.screens.skills.board import BoardScreen
from ui.screens.skills.widgets import FIRST_CARDS
from ui.screens.voting.booth import PHONE_QR_SHORT, BoothScreen
from ui.screenshots import VARIANTS, Renderer
from ui.widgets.buttons import TouchButton


@pytest.fixture(scope="module")
def renderer(demo_renderer: Renderer) -> Renderer:
    """Every screen in its screenshot state, on the demo antenne (tests/ui/conftest.py)."""
    return demo_renderer


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_at_1366x768_in_large_text_every_badges_button_can_be_seen_whole(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext, language: str
) -> None:
    shell, window = kiosk
    add_person(kiosk_context, "Marie-Évangéline", "de La Tour d'Auvergne-Lauraguais")
    as_facilitator(kiosk, kiosk_context)
    shell.set_modes(large_text=True, high_contrast=True)
    shell.set_language(language)
    window.setFixedSize(1366, 768)
    shell.go("badges")
    screen = badges_screen(kiosk)
    find_and_choose(qtbot, screen, "evangeline", "Marie-Évangéline D.")
    host = screen.host
    assert host is not None
    host.ensureWidgetVisible(screen.add_button, 0, 0)
    tap(screen.add_button)  # the batch's buttons show too
    assert screen.batch_print.isVisibleTo(screen)
    settle(qtbot, kiosk)
    viewport = on_window(host.viewport())

    buttons = [b for b in screen.findChildren(TouchButton) if b.isVisibleTo(screen)]
    assert len(buttons) >= 5
    seen: list[tuple[TouchButton, QRect]] = []
    for button in buttons:
        host.ensureWidgetVisible(button, 0, 0)
        settle(qtbot, kiosk)
        place = on_window(button)
        # Scrolled to, the button is whole on the screen, below the top bar...
        assert viewport.contains(place), button.text()
        # ...as wide as its label and as tall as a finger.
        assert button.width() >= button.sizeHint().width(), button.text()
        assert button.height() >= 56, button.text()
        seen.append((button, place.translated(0, host.verticalScrollBar().value())))
    for index, (button, place) in enumerate(seen):
        for other, other_place in seen[index + 1 :]:
            assert not place.intersects(other_place), (button.text(), other.text())

    # The results list keeps room for a name, not a thin bar.
    assert screen.search.results.height() >= 56
    assert not on_window(screen.search.field).intersects(on_window(screen.search.hint))


def test_at_the_reference_size_no_screen_scrolls(qtbot: QtBot, kiosk: Kiosk) -> None:
    shell, window = kiosk
    for name in ("attract", "home", "facilitator-login"):
        shell.go(name)
        settle(qtbot, kiosk)
        screen = window.navigator.current()
        if screen.host is not None:
            assert not screen.host.verticalScrollBar().isVisible(), name
            assert screen.height() == screen.host.viewport().height(), name


def test_the_idle_warning_and_toast_still_cover_the_window(qtbot: QtBot, kiosk: Kiosk) -> None:
    shell, window = kiosk
    window.setFixedSize(1366, 768)
    shell.set_modes(large_text=True)
    shell.go("facilitator-login")
    settle(qtbot, kiosk)
    window.idle_overlay.show_countdown(5)
    central = window.centralWidget()
    assert window.idle_overlay.geometry() == central.rect()
    shell.toast("Bonjour")
    qtbot.waitUntil(window.toast.isVisible)
    assert central.rect().contains(window.toast.geometry())


BOOTHS = ("vote-booth-motion", "vote-booth-ranking", "vote-booth-mj", "vote-booth-pb")


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_at_1366x768_in_large_text_the_booth_never_hides_its_buttons(
    renderer: Renderer, language: str
) -> None:
    # A voter must not have to scroll to find "Review my vote" or "Confirm my vote": the
    # ballot and the review scroll between the header and the buttons, which stay whole on
    # the screen; so do the phone codes and their "Next code".
    for name in BOOTHS:
        renderer.show(name, language=language, size=(1366, 768), large_text=True)
        screen = renderer.window.navigator.current()
        assert isinstance(screen, BoothScreen)
        window = renderer.window.rect()

        def whole(widget: QWidget, window: QRect = window, name: str = name) -> None:
            assert widget.isVisible(), (name, widget)
            assert window.contains(on_window(widget)), (name, type(widget).__name__)

        for button in (screen.cancel_button, screen.phone_button, screen.review_button):
            whole(button)
        first_choice = next(b for b in screen.ballot.findChildren(TouchButton) if b.isVisible())
        assert on_window(first_choice).top() < on_window(screen.review_button).top(), name

        screen.review()
        QApplication.processEvents()
        for button in (screen.change_button, screen.confirm_button):
            whole(button)

        # A named vote with a long title and question: the header scrolls with the ballot.
        state = screen.state
        assert state is not None
        screen.state = replace(
            state,
            vote=replace(
                state.vote,
                title="Modification des articles 12, 14 et 27 des statuts de la coopérative",
                question="L'assemblée adopte-t-elle la nouvelle rédaction proposée par le "
                "conseil d'administration après la consultation des antennes ?",
                secret=False,
            ),
        )
        screen.show_state()
        screen.pages.setCurrentWidget(screen.ballot_page)
        QApplication.processEvents()
        assert screen.named_note.isVisibleTo(screen)
        for button in (screen.cancel_button, screen.phone_button, screen.review_button):
            whole(button)
        screen.review()
        QApplication.processEvents()
        for button in (screen.change_button, screen.confirm_button):
            whole(button)

        screen.phone_urls = ["http://192.168.1.20:8765/v/ABCD-EFGH-JKLM"] * 2
        screen.phone_index = 0
        screen._show_code()
        screen.pages.setCurrentWidget(screen.phone_page)
        QApplication.processEvents()
        whole(screen.phone_next)
        whole(screen.phone_qr)
        assert screen.phone_qr.width() >= PHONE_QR_SHORT
        assert not cut_off(screen), name
        renderer.forget()


@pytest.mark.parametrize(("name", "button"), [("register", "next"), ("consent", "agree")])
def test_a_visitor_never_scrolls_to_find_the_next_step(
    renderer: Renderer, name: str, button: str
) -> None:
    # Forms taller than the window scroll, but their main buttons stay pinned under them.
    for size, large_text in (((1366, 768), True), ((1920, 1080), True), ((1080, 1920), True)):
        renderer.show(name, language="nl", size=size, large_text=large_text)
        screen = renderer.window.navigator.current()
        target = getattr(screen, button)
        assert target.isVisible(), (name, size)
        assert renderer.window.rect().contains(on_window(target)), (name, size)
        assert screen.pinned is not None and target.window() is renderer.window
        renderer.forget()


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768), (1080, 1920)])
def test_every_touch_target_is_a_finger_high_and_apart_from_the_next(
    renderer: Renderer, size: tuple[int, int]
) -> None:
    # docs/architecture.md, "Touch targets": at least 56 px high on the reference screen, 8 px
    # apart.
    problems: list[str] = []
    seen = 0
    for name in renderer.screen_names():
        renderer.show(name, language="fr", size=size)
        targets = touch_targets(renderer.window)
        seen += len(targets)
        for index, (widget, place) in enumerate(targets):
            what = f"{name}: {type(widget).__name__} {getattr(widget, 'text', str)()[:30]!r}"
            if widget.height() < 56:
                problems.append(f"{what} is {widget.height()} px high")
            for other, other_place in targets[index + 1 :]:
                if widget.isAncestorOf(other) or other.isAncestorOf(widget):
                    continue
                if place.adjusted(-7, -7, 7, 7).intersects(other_place):
                    problems.append(f"{what} is less than 8 px from {other.text()[:30]!r}")
        renderer.forget()
    assert not problems, "\n".join(problems)
    assert seen > 200  # the top bar alone has six a screen


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_in_large_text_the_involvement_counts_and_export_chips_stay_on_the_screen(
    renderer: Renderer, language: str
) -> None:
    # Issue #19: the topics' numbers and the export chips went past the right edge at
    # 1920×1080 in large text. Every count sits right-aligned, beside its name, on the screen.
    for size in ((1920, 1080), (1366, 768), (1080, 1920)):
        renderer.show("involvement-stats", language=language, size=size, large_text=True)
        screen = renderer.window.navigator.current()
        assert screen.minimum_width() <= screen.room(screen.space()), size
        assert not spills(screen), (size, spills(screen))
        room = on_window(screen.host.viewport() if screen.host else screen)
        values = list(screen.level_values.values()) + list(screen.topic_values.values())
        for value in values:
            assert value.text().isdigit(), value.text()
            place = on_window(value)  # below the window's edge is fine: it scrolls
            assert room.left() <= place.left() and place.right() <= room.right(), size
            assert value.alignment() & Qt.AlignmentFlag.AlignRight
        renderer.forget()


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_at_1920x1080_in_large_text_the_first_visit_form_fits_above_its_button(
    renderer: Renderer, language: str
) -> None:
    # Issue #19: in large text the purposes' last row hid under the pinned "Continue". On the
    # reference screen the whole form shows at once: no row half under the footer.
    renderer.show("register", language=language, size=(1920, 1080), large_text=True)
    screen = renderer.window.navigator.current()
    assert screen.host is not None and screen.pinned is not None
    viewport = on_window(screen.host.viewport())
    assert not screen.host.verticalScrollBar().isVisible()
    footer = on_window(screen.pinned)
    for button in screen.purposes.buttons.values():
        assert viewport.contains(on_window(button)), button.text()
        assert on_window(button).bottom() < footer.top(), button.text()
    renderer.forget()


def test_the_screenshot_set_covers_the_sizes_languages_and_modes_of_the_fit_test() -> None:
    # docs/screenshots shows what the fit test checks: each language at the reference size,
    # large text with high contrast in nl and en, and 1366×768 and portrait (issue #19).
    names = [variant.file_name("home") for variant in VARIANTS]
    assert len(set(names)) == len(names)
    assert {"home-fr.png", "home-nl.png", "home-en.png"} <= set(names)
    assert "home-nl-large-text-high-contrast.png" in names
    assert "home-en-large-text-high-contrast.png" in names
    assert {variant.size for variant in VARIANTS} == {None, (1366, 768), (1080, 1920)}
    assert all(variant.language in LANGUAGES for variant in VARIANTS)


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768)])
def test_a_screen_built_in_stages_is_measured_once_it_is_whole(
    renderer: Renderer, size: tuple[int, int]
) -> None:
    # The skills board builds the cards out of sight a turn after its first paint: the fit
    # checks and the screenshots wait for them, or they measured cards not laid out yet.
    renderer.show("skills-board", language="nl", size=size, large_text=True)
    screen = renderer.window.navigator.current()
    assert isinstance(screen, BoardScreen)
    assert not screen.still_drawing()
    cards = screen.grid.cards
    # Built, or out of sight until a scroll (then nothing of them is measured).
    in_sight = not screen.grid.visibleRegion().isEmpty()
    assert len(cards) == len(screen.grid.posts()) > FIRST_CARDS or not in_sight
    assert all(card.height() >= card.minimumSizeHint().height() for card in cards)
    renderer.forget()
