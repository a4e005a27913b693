"""A facilitator creates a participatory budget from the console: the budget is theirs to give,
and the vote is refused on screen until they give it. A refused action leaves the console
showing the vote as it is; a screenshot's made-up vote runs nothing."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import cast

import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.changes import Changes, Entity
from app.clock import utcnow
from app.context import AppContext
from app.errors import KnownError, Message
from app.facilitators.service import add_facilitator
from app.facilitators.types import FacilitatorSession
from app.voting import service
from app.voting.types import VoteForm
from db.models import Body, BodyKind
from tests.ui.conftest import Kiosk, tap, wait_idle
from tests.ui.voting.test_projects import finger
from tests.unit.voting.conftest import build_room
from ui.ballot_server import SERVER_FAILED, BallotServerHolder
from ui.screen_args import VoteArgs
from ui.screens.voting import ops
from ui.screens.voting.console import ConsoleScreen
from ui.screens.voting.roll_call import RollcallScreen


def test_a_participatory_budget_takes_the_budget_the_facilitator_types(
    qtbot: QtBot, make_kiosk: Callable[..., Kiosk], kiosk_context: AppContext
) -> None:
    with kiosk_context.db.transaction() as session:
        # The template applies the rules of the antenne's participatory-budget committee.
        session.add(Body(slug="rennes-pb-committee", kind=BodyKind.pb_committee, rules={}))
    shell, window = make_kiosk()
    wait_idle(qtbot, shell)
    account = add_facilitator(kiosk_context, "Dominique", "246813")
    shell.start_facilitator(
        FacilitatorSession(account_id=account.account_id, name="Dominique", started_at=utcnow())
    )
    shell.go("vote-console")
    console = window.navigator.page("vote-console")
    assert isinstance(console, ConsoleScreen)
    assert not console.budget_field.isVisible()

    finger(console, console.templates.buttons["local-pb"])  # a finger on the template
    assert console.budget_field.isVisible()
    title = console.texts.titles["fr"]
    QTest.keyClicks(title, "Budget du quartier")
    # Typed keys reach the field once the scanner filter knows they are no badge burst.
    qtbot.waitUntil(lambda: title.text() == "Budget du quartier")
    finger(console, console.texts.add_button)
    for row, (name, cost) in zip(
        console.texts.rows,
        (("Fresque", "3000"), ("Cantine", "4500"), ("Jardin", "2000")),
        strict=True,
    ):
        row.names["fr"].setText(name)
        row.cost.setText(cost)

    finger(console, console.create_button)
    wait_idle(qtbot, shell)  # the form is read with the vote's creation, off the GUI thread
    assert console.notice.text() == "Indiquez le budget à partager, en euros."
    assert service.list_votes(kiosk_context) == []

    QTest.keyClicks(console.budget_field, "5 000")
    qtbot.waitUntil(lambda: console.budget_field.text() == "5 000")
    finger(console, console.create_button)
    qtbot.waitUntil(lambda: console.vote_id is not None)
    vote = service.get_vote(kiosk_context, console.vote_id)
    assert vote.budget == 5000
    assert console.budget_field.text() == ""


def test_a_vote_opened_whose_phone_page_fails_shows_open_with_the_refusal(
    qtbot: QtBot,
    make_kiosk: Callable[..., Kiosk],
    kiosk_context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The open is committed before the phone page is served: when serving fails, the console
    says why and shows the vote open, not the draft it showed before."""

    def no_server(_holder: BallotServerHolder, _ctx: AppContext) -> str:
        raise KnownError(Message("Voting", SERVER_FAILED, {"host": "", "port": 0, "reason": "-"}))

    monkeypatch.setattr(BallotServerHolder, "ensure", no_server)
    vote_id = service.create_vote(
        kiosk_context, {"title": "Fête", "method": "motion", "channels": ["kiosk", "phone"]}
    )
    shell, window = make_kiosk()
    wait_idle(qtbot, shell)
    account = add_facilitator(kiosk_context, "Dominique", "246813")
    shell.start_facilitator(
        FacilitatorSession(account_id=account.account_id, name="Dominique", started_at=utcnow())
    )
    shell.go("vote-console", VoteArgs(vote_id))
    console = window.navigator.page("vote-console")
    assert isinstance(console, ConsoleScreen)
    qtbot.waitUntil(console.open_button.isVisible)

    tap(console.open_button)
    qtbot.waitUntil(console.close_button.isVisible)
    qtbot.waitUntil(console.notice.isVisible)
    assert service.get_vote(kiosk_context, vote_id).status == "open"
    assert not console.open_button.isVisible()


def test_a_tap_on_a_screenshot_runs_nothing(
    qtbot: QtBot, make_kiosk: Callable[..., Kiosk], kiosk_context: AppContext
) -> None:
    """A screenshot's vote is made up: a badge on its roll call marks nobody present."""
    shell, window = make_kiosk()
    wait_idle(qtbot, shell)
    rollcall = window.navigator.page("vote-rollcall")
    assert isinstance(rollcall, RollcallScreen)
    rollcall.prepare_screenshot()
    rollcall._chosen_id(uuid.uuid4(), "Camille")
    assert not rollcall.busy
    wait_idle(qtbot, shell)
    assert rollcall.notice.isHidden()
    assert rollcall.state is not None and rollcall.state.vote.title.startswith("Modification")


class FakeServer:
    """A phone page that is always up (no port bound in a test)."""

    def ensure(self, _ctx: AppContext) -> str:
        return "http://kiosk"

    def url_for(self, code: str) -> str:
        return f"http://kiosk/v/{code}"


def test_a_new_draft_and_phone_codes_are_announced(
    qtbot: QtBot, make_kiosk: Callable[..., Kiosk], kiosk_context: AppContext
) -> None:
    """Another screen (the projector, the roll call) follows what the console and the booth
    did: the new draft, the voter marked voted when they take their phone codes."""
    ctx = kiosk_context
    room = build_room(ctx)
    shell, window = make_kiosk()
    wait_idle(qtbot, shell)
    heard: list[Changes] = []
    shell.tasks.sig_changes.connect(lambda changes, _initiator: heard.append(changes))
    console = window.navigator.page("vote-console")
    assert isinstance(console, ConsoleScreen)
    form = VoteForm(template="statute-change", title="Fête", options=(), budget="", named=False)
    created: list[uuid.UUID] = []
    ops.create_vote(console, form, success=lambda done: created.append(done.value), failure=None)
    qtbot.waitUntil(lambda: bool(created))
    assert heard[-1].concerns(Entity.VOTE)

    vote_id = service.create_vote(ctx, {"title": "Fête", "channels": ["kiosk", "phone"]})
    service.open_vote(ctx, vote_id)
    voter = room.shareholders[0]
    service.mark_present(ctx, vote_id, voter)
    heard.clear()
    urls: list[str] = []
    holder = cast(BallotServerHolder, FakeServer())
    ops.phone_codes(
        console, vote_id, voter, holder=holder, success=lambda d: urls.extend(d.value), failure=None
    )
    qtbot.waitUntil(lambda: bool(urls))
    assert urls[0].startswith("http://kiosk/v/")
    assert heard and heard[-1].concerns(Entity.VOTE)
