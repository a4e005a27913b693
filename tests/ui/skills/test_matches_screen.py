"""A person's matches after a badge scan, driven like a finger and a badge scanner: matches
both ways with the skills in common, "I'd like to meet them" leading to the introduction, an
introduction accepted (and one put off), and a skill-share session proposed from a match in
two taps, the hosting form prefilled."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.badges.service import issue_badge
from app.context import AppContext
from app.skills.types import IntroState
from db.models import Session as Sitting
from db.models import SessionKind
from db.models.skills import IntroRequest, IntroStatus
from tests.ui.badge_helpers import add_person, scan
from tests.ui.conftest import Kiosk, tap, wait_idle
from tests.ui.skills.facilitation_world import add_post, ask_intro, set_contact
from ui.screens.sessions.host import HostProposeScreen
from ui.screens.skills.matches import SkillMatchesScreen


def _finger(screen: SkillMatchesScreen | HostProposeScreen, widget: object) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication, QWidget

    assert isinstance(widget, QWidget)
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    if screen.host is not None:
        screen.host.ensureWidgetVisible(widget, 0, 0)
    tap(widget)


def test_matches_both_ways_an_introduction_accepted_and_a_session_proposed(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    shell, window = kiosk
    wait_idle(qtbot, shell)
    camille = add_person(kiosk_context, "Camille", "Durand")
    lea = add_person(kiosk_context, "Léa", "Martin")
    sam = add_person(kiosk_context, "Sam", "Peeters")
    set_contact(kiosk_context, camille, "camille@example.org", "+32 470 11 22 33")
    need = add_post(
        kiosk_context, camille, "need", "Besoin d'aide sur Excel", tags=("spreadsheets",)
    )
    excel = add_post(
        kiosk_context, lea, "offer", "Je donne un coup de main sur Excel", tags=("spreadsheets",)
    )
    offer = add_post(
        kiosk_context,
        camille,
        "offer",
        "J'explique les bases de la compta",
        tags=("accounting",),
        description="Devis, factures, TVA : les bases, pas à pas.",
    )
    add_post(kiosk_context, sam, "need", "Besoin d'aide pour ma compta", tags=("accounting",))
    asked = ask_intro(kiosk_context, offer, sam, "Je démarre et je suis perdu avec la TVA.")
    other = ask_intro(kiosk_context, need, lea, "")

    shell.go("skill-matches")
    screen = window.navigator.page("skill-matches")
    assert isinstance(screen, SkillMatchesScreen)
    assert screen.empty.isVisible() and not screen.content.isVisible()
    scan(window, issue_badge(kiosk_context, camille).token)
    qtbot.waitUntil(screen.content.isVisible)
    wait_idle(qtbot, shell)
    assert "Camille" in screen.heading.text()

    # Both ways: her need finds Léa's offer, her offer finds Sam's need; the skill in common
    # named in the kiosk's language.
    groups = {group.found.post.id: group for group in screen.groups}
    assert set(groups) == {need, offer}
    assert groups[need].rows[0].match.post.id == excel
    assert groups[need].rows[0].card.heading.text() == "Je donne un coup de main sur Excel"
    assert "Tableur (Excel)" in groups[need].rows[0].shared.text()
    assert [row.match.post.author for row in groups[offer].rows] == ["Sam P."]
    # Only on an offer others need: a skill-share session.
    assert groups[offer].propose.isVisibleTo(screen)
    assert not groups[need].propose.isVisibleTo(screen)

    # The introductions waiting for her: Sam's, with his message.
    rows = {row.intro.id: row for row in screen.intro_rows}
    assert set(rows) == {asked, other}
    assert "Sam P." in rows[asked].who.text()
    assert "J'explique les bases de la compta" in rows[asked].who.text()
    assert "TVA" in rows[asked].message.text()
    assert not rows[other].message.isVisibleTo(screen)

    _finger(screen, rows[asked].accept)
    wait_idle(qtbot, shell)
    assert rows[asked].outcome.isVisibleTo(screen)
    assert "e-mail" in rows[asked].outcome.text() and "Sam P." in rows[asked].outcome.text()
    _finger(screen, rows[other].not_now)
    wait_idle(qtbot, shell)
    assert rows[other].outcome.isVisibleTo(screen)
    with kiosk_context.db.session() as session:
        states = {row.id: row.status for row in session.scalars(select(IntroRequest))}
    assert states == {asked: IntroStatus.accepted, other: IntroStatus.declined}
    assert IntroState.accepted.value == states[asked].value

    # "I'd like to meet them" on Léa's offer: the introduction, by name, with the post.
    _finger(screen, groups[need].rows[0].meet)
    assert shell.current_screen() == "skill-intro"
    assert window.navigator.page("skill-intro").isVisible()
    shell.go("skill-matches")
    wait_idle(qtbot, shell)

    # Turn the match into a session: one tap here, the form prefilled, one tap to send.
    groups = {group.found.post.id: group for group in screen.groups}
    _finger(screen, groups[offer].propose)
    host = window.navigator.page("session-host-propose")
    assert isinstance(host, HostProposeScreen)
    assert shell.current_screen() == "session-host-propose"
    assert host.form.isVisible() and host.holder is not None
    assert host.holder.person_id == camille
    assert host.topic.text() == "J'explique les bases de la compta"
    assert host.description.toPlainText().startswith("Devis, factures")
    assert "Camille" in host.heading.text()
    _finger(host, host.send)
    wait_idle(qtbot, shell)
    assert host.done.isVisible()
    with kiosk_context.db.session() as session:
        (sitting,) = session.scalars(select(Sitting)).all()
    assert sitting.kind is SessionKind.workshop and sitting.proposed
    assert sitting.host_id == camille and sitting.title == "J'explique les bases de la compta"


def test_without_posts_or_e_mail_the_screen_says_what_to_do(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    shell, window = kiosk
    wait_idle(qtbot, shell)
    nadia = add_person(kiosk_context, "Nadia", "Benali")
    shell.go("skill-matches")
    screen = window.navigator.page("skill-matches")
    assert isinstance(screen, SkillMatchesScreen)
    scan(window, issue_badge(kiosk_context, nadia).token)
    qtbot.waitUntil(screen.no_posts.isVisible)
    assert screen.write.isVisible() and not screen.groups
    _finger(screen, screen.write)
    assert shell.current_screen() == "skill-new"

    # A post and an introduction, but no e-mail address: the desk puts them in touch.
    lea = add_person(kiosk_context, "Léa", "Martin")
    post = add_post(kiosk_context, nadia, "offer", "Je relis vos CV", tags=("writing",))
    ask_intro(kiosk_context, post, lea, "Bonjour !")
    shell.go("skill-matches")
    scan(window, issue_badge(kiosk_context, nadia).token, start_ms=2_000_000)
    qtbot.waitUntil(lambda: bool(screen.intro_rows))
    wait_idle(qtbot, shell)
    (row,) = screen.intro_rows
    _finger(screen, row.accept)
    wait_idle(qtbot, shell)
    assert row.outcome.isVisibleTo(screen)
    assert "e-mail" in row.outcome.text() and "Léa M." in row.outcome.text()
    assert "accueil" in row.outcome.text()

    # The visit ends: nothing of hers stays for the next person.
    screen.reset()
    assert screen.holder is None and not screen.intro_rows and screen.empty.isVisibleTo(screen)
