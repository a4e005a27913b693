"""A whole room votes on the kiosk, driven like the evening itself.

30 members present and 5 absent who gave a proxy. The facilitator opens the vote from the
console (which starts the phone ballot server on the loopback), calls the roll by badge at the
door; 10 members vote at the booth by badge (two of them also cast the proxy they hold), 20
take one-time codes at the booth ("vote by phone": a QR per voice) and vote on their phones
through the real HTTP server (two of them for a proxy too), and the last proxy, recorded late
on paper, is counted by a show of hands. Results equal the tally engine's on the same ballots;
nobody votes twice (badge then phone, a proxy reused, a code reused); the ballot server stops
with the vote.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

import httpx
import pytest
from pytestqt.qtbot import QtBot

from app.badges.service import issue_badge
from app.clock import utcnow
from app.context import AppContext
from app.facilitators.service import add_facilitator
from app.facilitators.types import FacilitatorSession
from app.voting import service
from app.voting.tally import tally_data
from db.models import Vote
from tests.ui.badge_helpers import scan
from tests.ui.conftest import Kiosk, tap, wait_idle
from tests.unit.voting.conftest import build_room
from ui.ballot_server import BallotServerHolder
from ui.screen_args import VoteArgs
from ui.screens.voting.booth import MotionBooth
from ui.screens.voting.console import ConsoleScreen
from ui.screens.voting.hands import AnalogScreen
from ui.screens.voting.roll_call import RollcallScreen

CHOICES = ("yes", "no", "abstain")


@dataclass
class Room:
    vote_id: uuid.UUID
    present: list[uuid.UUID]
    absent: list[uuid.UUID]
    badges: dict[uuid.UUID, str]


class Scanner:
    """Badge bursts, each well after the last (the scanner tells bursts apart by time)."""

    def __init__(self, kiosk: Kiosk) -> None:
        self.window = kiosk[1]
        self.at = 1_000_000

    def __call__(self, token: str) -> None:
        self.at = scan(self.window, token, start_ms=self.at + 10_000)


def ballot_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "ballot-server" and t.is_alive()]


@pytest.fixture
def room(kiosk_context: AppContext) -> Room:
    ctx = kiosk_context
    people = build_room(ctx, shareholders=35, members=0, visitors=0).shareholders
    vote_id = service.create_vote(
        ctx,
        {
            "title": "Modifier l'article 12 des statuts",
            "method": "motion",
            "level": "codecision",
            "channels": ["kiosk", "phone", "analog"],
            "body": "general-assembly",
        },
    )
    badges = {person: issue_badge(ctx, person).token for person in people}
    return Room(vote_id, people[:30], people[30:], badges)


def test_a_whole_room_votes_by_badge_phone_and_hands(
    qtbot: QtBot,
    make_kiosk: Callable[..., Kiosk],
    kiosk_context: AppContext,
    room: Room,
) -> None:
    ctx = kiosk_context
    kiosk = make_kiosk(ballot_host="127.0.0.1", ballot_port=0)
    shell, window = kiosk
    wait_idle(qtbot, shell)
    badge = Scanner(kiosk)
    account = add_facilitator(ctx, "Dominique", "246813")
    shell.start_facilitator(
        FacilitatorSession(account_id=account.account_id, name="Dominique", started_at=utcnow())
    )
    page = window.navigator.page

    # The facilitator opens the vote: the phone ballot page is served from now on.
    shell.go("vote-console", VoteArgs(room.vote_id))
    console = page("vote-console")
    assert isinstance(console, ConsoleScreen)
    qtbot.waitUntil(lambda: console.state is not None and console.open_button.isVisible())
    tap(console.duration.buttons["10"])  # ten minutes on the projector's countdown
    tap(console.open_button)
    qtbot.waitUntil(console.close_button.isVisible)
    with ctx.db.session() as session:
        vote = session.get(Vote, room.vote_id)
        assert vote is not None and vote.opened_at and vote.closes_at
        assert vote.closes_at - vote.opened_at == timedelta(minutes=10)
    holder = BallotServerHolder.of(shell)
    assert holder.running and len(ballot_threads()) == 1
    assert holder.address().startswith("http://127.0.0.1:")

    # Roll call: 30 badges at the door; the 5 absent give proxies.
    shell.go("vote-rollcall", VoteArgs(room.vote_id))
    rollcall = page("vote-rollcall")
    assert isinstance(rollcall, RollcallScreen)
    wait_idle(qtbot, shell)
    for person in room.present:
        badge(room.badges[person])
        wait_idle(qtbot, shell)
    qtbot.waitUntil(lambda: service.turnout(ctx, room.vote_id).present == 30)
    booth_voters, phone_voters = room.present[:10], room.present[10:]
    holders = [booth_voters[0], booth_voters[1], phone_voters[0], phone_voters[1]]
    for giver, holder_id in zip(room.absent[:4], holders, strict=True):
        service.record_proxy(ctx, room.vote_id, giver_id=giver, holder_id=holder_id)

    # The booth: 10 members by badge, 12 ballots (two proxies).
    confirmed = page("vote-confirmed")
    confirmed.timer.setInterval(20)  # "A voté !" stays 8 s in the room; not in a test
    shell.go("vote-booth-motion", VoteArgs(room.vote_id))
    booth = page("vote-booth-motion")
    assert isinstance(booth, MotionBooth)
    wait_idle(qtbot, shell)
    cast: list[str] = []

    def vote_at_booth(choice: str) -> None:
        qtbot.waitUntil(lambda: booth.pages.currentWidget() is booth.ballot_page)
        tap(booth.ballot.buttons[choice])  # type: ignore[union-attr]
        tap(booth.review_button)
        tap(booth.confirm_button)
        qtbot.waitUntil(lambda: shell.current_screen() == "vote-confirmed")
        qtbot.waitUntil(lambda: shell.current_screen() == "vote-booth-motion")
        cast.append(choice)

    for index, person in enumerate(booth_voters):
        badge(room.badges[person])
        vote_at_booth(CHOICES[index % 3])
        if person in holders:
            assert "(procuration)" in booth.whose.text()
            vote_at_booth("yes")
        qtbot.waitUntil(lambda: booth.pages.currentWidget() is booth.welcome)
    assert service.turnout(ctx, room.vote_id).by_channel == {"booth": 12}

    # 20 members take their codes at the booth and vote on their phones.
    urls: list[str] = []
    for person in phone_voters:
        badge(room.badges[person])
        qtbot.waitUntil(lambda: booth.pages.currentWidget() is booth.ballot_page)
        assert booth.phone_button.isVisible()
        tap(booth.phone_button)
        qtbot.waitUntil(lambda: booth.pages.currentWidget() is booth.phone_page)
        assert booth.phone_qr.data.startswith(holder.address() + "/v/")
        assert booth.phone_url.text() == booth.phone_qr.data.removeprefix("http://")
        urls.append(booth.phone_qr.data)
        while booth.phone_next.isVisible():
            tap(booth.phone_next)
            urls.append(booth.phone_qr.data)
        tap(booth.phone_done)
        assert booth.pages.currentWidget() is booth.welcome and not booth.phone_qr.data
    assert len(urls) == len(set(urls)) == 22
    with httpx.Client(headers={"Accept-Language": "fr-BE"}, timeout=10) as phone:
        for index, url in enumerate(urls):
            choice = CHOICES[(index * 2) % 3]
            assert phone.get(url).status_code == 200
            answer = phone.post(url, data={"choice": choice})
            assert answer.status_code == 200 and "A voté\u202f!" in answer.text
            cast.append(choice)
        # A code reused: refused, nothing added.
        again = phone.post(urls[0], data={"choice": "no"})
        assert again.status_code == 409 and "déjà servi" in again.text

    # Nobody votes twice: a booth voter asks for a phone code, a phone voter comes to the
    # booth, a proxy holder scans again.
    for person in (booth_voters[3], phone_voters[5], booth_voters[0], phone_voters[0]):
        booth.notice.hide()
        badge(room.badges[person])
        qtbot.waitUntil(booth.notice.isVisible)
        assert "déjà voté" in booth.notice.text()
        assert booth.pages.currentWidget() is booth.welcome
    with pytest.raises(service.VotingError):
        service.issue_phone_codes(ctx, room.vote_id, booth_voters[3])
    figures = service.turnout(ctx, room.vote_id)
    assert figures.by_channel == {"booth": 12, "phone": 22}
    assert figures.present == 30 and figures.represented == 4

    # A proxy given late, on paper: its holder raises the paper and the hands are counted.
    service.record_proxy(ctx, room.vote_id, giver_id=room.absent[4], holder_id=phone_voters[2])
    shell.go("vote-analog", VoteArgs(room.vote_id))
    analog = page("vote-analog")
    assert isinstance(analog, AnalogScreen)
    qtbot.waitUntil(lambda: "yes" in analog.fields)
    wait_idle(qtbot, shell)
    for key, value in (("cast", 1), ("valid", 1), ("yes", 1)):
        analog.fields[key].setValue(value)
    tap(analog.save_button)
    qtbot.waitUntil(lambda: len(service.analog_counts(ctx, room.vote_id)) == 1)
    cast.append("yes (hands)")
    # The room is full: one more raised hand does not reconcile.
    with pytest.raises(service.VotingError):
        service.record_analog_count(ctx, room.vote_id, cast=1, valid=1, counts={"no": 1})

    # Close from the console: the phone page is no longer served.
    shell.go("vote-console", VoteArgs(room.vote_id))
    qtbot.waitUntil(console.close_button.isVisible)
    tap(console.close_button)
    tap(console.confirm.yes)
    qtbot.waitUntil(console.reveal_button.isVisible)
    assert not holder.running and ballot_threads() == []

    # The results are the tally engine's on the same ballots.
    result = service.results(ctx, room.vote_id)
    ballots = [{"choice": c, "count": 1} for c in cast if c in CHOICES]
    ballots.append({"choice": "yes", "count": 1})
    expected = tally_data(
        {
            "method": "motion",
            "rules": dict(service.get_vote(ctx, room.vote_id).rules["rules"]),
            "present": 35,
            "entitled": 35,
            "ballots": ballots,
        }
    ).to_json()
    assert {key: result[key] for key in expected} == expected
    assert result["turnout"]["voted"] == 35 and result["turnout"]["ballots"] == 34
    assert service.verify(ctx, room.vote_id) == []


def test_the_ballot_server_stops_when_the_kiosk_closes(
    qtbot: QtBot, make_kiosk: Callable[..., Kiosk], kiosk_context: AppContext, room: Room
) -> None:
    shell, window = make_kiosk(ballot_host="127.0.0.1", ballot_port=0)
    wait_idle(qtbot, shell)
    service.open_vote(kiosk_context, room.vote_id)
    # A kiosk restarted during an open phone vote serves the phone page again.
    shell.go("vote-booth-motion", VoteArgs(room.vote_id))
    holder = BallotServerHolder.of(shell)
    qtbot.waitUntil(lambda: holder.running)
    assert len(ballot_threads()) == 1
    url = holder.address()
    with httpx.Client() as client:
        assert client.get(f"{url}/v/{'A' * 26}").status_code == 404
    window.close()
    assert not holder.running and ballot_threads() == []
    # The application quitting stops it too.
    wait_idle(qtbot, shell)
    holder.ensure(kiosk_context)
    assert len(ballot_threads()) == 1
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.instance().aboutToQuit.emit()  # type: ignore[union-attr]
    assert not holder.running and ballot_threads() == []
