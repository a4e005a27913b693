"""The governance read model: the map, a body and its people, where a member fits, find a
person; and the rules in plain words."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import update

from app.context import AppContext
from app.errors import InvalidInputError, NotFoundError
from app.governance import service, wording
from app.governance.types import AgendaLine, MeetingInfo
from db.models import Mandate, Person
from tests.unit.governance.data import NOW, PHOTO, TODAY, add_governance


def test_the_map_counts_current_mandates_and_knows_the_local_bodies(ctx: AppContext) -> None:
    gov = add_governance(ctx)
    governance = service.governance_map(ctx, today=TODAY)
    cards = {card.slug: card for card in governance.bodies}
    assert [card.slug for card in governance.bodies] == ["assembly", "board", "council", "budget"]
    # The treasurer's mandate ended yesterday: two people sit on the board, not three.
    assert cards["board"].people == 2
    assert cards["council"].people == 1
    assert cards["council"].local and cards["budget"].local
    assert not cards["board"].local
    assert len(governance.links) == 4
    plain = cards["board"].plain_purpose
    assert plain.count == 2 and "%n" in plain.source
    assert cards["board"].plain_name is not None
    # A working group's or local council's own name is plain already.
    assert cards["council"].plain_name is None
    assert governance.body(gov.board) == cards["board"]


def test_a_deleted_body_and_its_links_leave_the_map(ctx: AppContext) -> None:
    gov = add_governance(ctx)
    from db.models import Body

    with ctx.db.transaction() as session:
        session.execute(update(Body).where(Body.id == gov.budget).values(deleted_at=NOW))
    governance = service.governance_map(ctx, today=TODAY)
    assert gov.budget not in {card.id for card in governance.bodies}
    assert all(gov.budget not in (link.source_id, link.target_id) for link in governance.links)


def test_a_body_shows_its_people_photo_only_with_consent(ctx: AppContext) -> None:
    gov = add_governance(ctx)
    detail = service.body_detail(ctx, body_id=gov.board, now=NOW)
    faces = {face.name: face for face in detail.faces}
    assert set(faces) == {"Émilie V.", "Noor H."}
    # The chair comes first on the wall, then the others.
    assert detail.faces[0].role == "chair"
    assert faces["Émilie V."].photo == PHOTO
    assert faces["Émilie V."].initials == "ÉV"
    assert faces["Émilie V."].until == TODAY + timedelta(days=120)
    assert faces["Noor H."].photo is None  # a photo, but no consent
    # Nobody's last name in full, nor their contact details: only what a list shows.
    assert all("Haddad" not in face.name for face in detail.faces)


def test_a_body_shows_its_next_meeting_agenda_minutes_items_and_meet_the_board(
    ctx: AppContext,
) -> None:
    gov = add_governance(ctx)
    detail = service.body_detail(ctx, slug="board", now=NOW)
    meeting = detail.next_meeting
    assert meeting is not None and meeting.title["fr"] == "CA de décembre"
    assert meeting.online and meeting.location == "Bruxelles"
    assert [item.title for item in meeting.agenda] == ["Budget 2027", "Aide aux déplacements"]
    assert [item.by_member for item in meeting.agenda] == [False, True]
    assert [m.minutes for m in detail.past_meetings] == ["Le conseil a adopté le budget."]
    assert [(i.title, i.status) for i in detail.member_items] == [
        ("Aide aux déplacements", "scheduled"),
        ("Un local plus grand", "declined"),
    ]
    assert detail.member_items[1].answer == "Pas cette année."
    assert [s.title for s in detail.meet_the_board] == ["Rencontre avec le CA"]
    sources = [rule.source for rule in detail.rules]
    assert sources[0] == "Half of the members must be present."
    assert detail.rules[2].count == 2
    # Meet-the-board moments belong to the board's page only.
    assert service.body_detail(ctx, body_id=gov.council, now=NOW).meet_the_board == ()


def test_an_unknown_body_is_refused_with_a_message(ctx: AppContext) -> None:
    add_governance(ctx)
    for kwargs in ({"slug": "nope"}, {"slug": ""}, {}):
        with pytest.raises(NotFoundError):
            service.body_detail(ctx, **kwargs)  # type: ignore[arg-type]


def test_where_do_i_fit_follows_the_levels_asked_for(ctx: AppContext) -> None:
    gov = add_governance(ctx)
    fit = service.where_do_i_fit(ctx, gov.member, now=NOW)
    assert fit.chose_levels and fit.levels == ("consultation", "concertation")
    levels = {line.body_id: line.level for line in fit.lines}
    # The board takes members' items (consultation); the local council sits with them
    # (concertation); the assembly and the budget decide with them but they did not ask for
    # codecision: consultation and concertation there, the highest they asked for.
    assert levels == {
        gov.assembly: "concertation",
        gov.board: "consultation",
        gov.council: "concertation",
        gov.budget: "concertation",
    }
    board = next(line for line in fit.lines if line.body_id == gov.board)
    actions = [action.source for action in board.actions]
    assert wording.PROPOSE in actions
    # The board is elected and the chair's seat frees up within the year.
    stand = next(action for action in board.actions if action.source == wording.STAND)
    assert stand.params["day"] == TODAY + timedelta(days=120)
    council = next(line for line in fit.lines if line.body_id == gov.council)
    come = next(action for action in council.actions if action.source == wording.COME)
    assert come.params["day"] == TODAY + timedelta(days=5)


def test_a_person_who_wants_only_codecision_sees_only_where_decisions_are_shared(
    ctx: AppContext,
) -> None:
    gov = add_governance(ctx)
    with ctx.db.transaction() as session:
        session.execute(update(Person).where(Person.id == gov.member).values(levels=["codecision"]))
    fit = service.where_do_i_fit(ctx, gov.member, now=NOW)
    assert {line.body_id for line in fit.lines} == {gov.assembly, gov.budget}


def test_someone_who_has_not_said_sees_everything_at_every_level(ctx: AppContext) -> None:
    gov = add_governance(ctx)
    fit = service.where_do_i_fit(ctx, gov.former, now=NOW)
    assert not fit.chose_levels
    assert len(fit.lines) == 4


def test_where_do_i_fit_refuses_an_unknown_person(ctx: AppContext) -> None:
    import uuid

    add_governance(ctx)
    with pytest.raises(NotFoundError):
        service.where_do_i_fit(ctx, uuid.uuid4(), now=NOW)


def test_find_a_person_only_among_current_mandates(ctx: AppContext) -> None:
    gov = add_governance(ctx)
    assert service.find_people(ctx, "n", today=TODAY) == ()  # not specific yet
    hits = service.find_people(ctx, "NOOR", today=TODAY)
    assert [(hit.name, set(hit.body_ids)) for hit in hits] == [
        ("Noor H.", {gov.board, gov.council})
    ]
    # Accents and spaces as people type them.
    assert [hit.person_id for hit in service.find_people(ctx, "emilie", today=TODAY)] == [gov.chair]
    assert [hit.person_id for hit in service.find_people(ctx, "van den", today=TODAY)] == [
        gov.chair
    ]
    # An ended mandate, or none at all: not found.
    assert service.find_people(ctx, "Paul", today=TODAY) == ()
    assert service.find_people(ctx, "Camille", today=TODAY) == ()
    # Found by her badge only: her mandates stay on the map, her name is not searchable.
    with ctx.db.transaction() as session:
        session.execute(update(Person).where(Person.id == gov.chair).values(name_search=False))
    assert service.find_people(ctx, "emilie", today=TODAY) == ()
    # LIKE's wildcards are letters like any other.
    assert service.find_people(ctx, "%%", today=TODAY) == ()
    assert service.find_people(ctx, "__", today=TODAY) == ()
    with pytest.raises(InvalidInputError):
        service.find_people(ctx, "x" * 500, today=TODAY)


def test_a_mandate_not_yet_started_does_not_count(ctx: AppContext) -> None:
    gov = add_governance(ctx)
    with ctx.db.transaction() as session:
        session.add(
            Mandate(
                person_id=gov.member,
                body_id=gov.budget,
                role="member",
                start=TODAY + timedelta(days=10),
            )
        )
    assert service.find_people(ctx, "Camille", today=TODAY) == ()
    cards = {c.id: c for c in service.governance_map(ctx, today=TODAY).bodies}
    assert cards[gov.budget].people == 0


@pytest.mark.parametrize(
    ("ratio", "source"),
    [
        (0.5, "Half of the members must be present."),
        (0.66, "Two thirds of the members must be present."),
        (0.67, "Two thirds of the members must be present."),
        (0.1, "One member in ten must be present."),
        ("0.25", "At least {percent}% of the members must be present."),
        ("nonsense", "At least {percent}% of the members must be present."),
    ],
)
def test_a_quorum_in_words(ratio: object, source: str) -> None:
    rules = wording.rules_in_words({"quorum": {"count": "present", "ratio": ratio}})
    assert rules[0].source == source


def test_rules_in_words_leave_out_what_they_do_not_know() -> None:
    rules = wording.rules_in_words(
        {
            "quorum": None,
            "majority": "simple",
            "proxy_cap": 0,
            "tie_rule": "lots",
            "base": "cast",
            "secret_handshake": True,
            "majority_of_moon": "full",
        }
    )
    assert [rule.untranslated() for rule in rules] == [
        "No minimum attendance: whoever comes decides.",
        "A decision passes with a simple majority.",
        "Nobody can vote for someone else.",
        "In a tie, lots are drawn.",
    ]
    assert wording.rules_in_words({"proxy_cap": True, "proxy_cap_x": 3}) == ()
    assert wording.rules_in_words({"proxy_cap": 3})[0].count == 3


def test_a_published_point_is_read_once_in_the_readers_language() -> None:
    """`antenne hub publish governance` writes a point once per language it is given in."""

    def line(title: str, language: str, position: int, *, member: bool = False) -> AgendaLine:
        return AgendaLine(uuid.uuid4(), title, "scheduled", "", member, language, position)

    meeting = MeetingInfo(
        id=uuid.uuid4(),
        title={"fr": "CA"},
        starts_at=datetime(2026, 12, 16, 17, tzinfo=UTC),
        location="",
        online=False,
        status="planned",
        minutes="",
        agenda=(
            line("Budget", "fr", 1),
            line("Begroting", "nl", 1),
            line("Budget 2027", "en", 1),
            line("Locaux", "fr", 2),
            line("Aide aux déplacements", "fr", 3, member=True),
        ),
    )
    assert [item.title for item in meeting.agenda_in("nl")] == [
        "Begroting",
        "Locaux",
        "Aide aux déplacements",
    ]
    assert [item.title for item in meeting.agenda_in("en")][:2] == ["Budget 2027", "Locaux"]
    assert [item.title for item in meeting.agenda_in("fr")][:2] == ["Budget", "Locaux"]


def _propose(
    ctx: AppContext, body: uuid.UUID, proposer: uuid.UUID, title: str, **fields: object
) -> uuid.UUID:
    from db.models import AgendaItem

    with ctx.db.transaction() as session:
        item = AgendaItem(body_id=body, proposer_id=proposer, title=title, **fields)
        session.add(item)
        session.flush()
        return item.id


def test_the_map_shows_members_items_in_progress_and_the_next_meet_the_board(
    ctx: AppContext,
) -> None:
    from db.models import AgendaStatus, AgendaSupport, Body, Session, SessionKind

    gov = add_governance(ctx)
    with ctx.db.transaction() as session:
        # A board that wants two co-signatures; a later meet-the-board and a cancelled one.
        session.execute(
            update(Body).where(Body.id == gov.board).values(rules={"support_threshold": 2})
        )
        for days, cancelled in ((9, False), (1, True)):
            session.add(
                Session(
                    kind=SessionKind.meet_the_board,
                    title="Encore",
                    starts_at=NOW + timedelta(days=days),
                    ends_at=NOW + timedelta(days=days, hours=1),
                    cancelled=cancelled,
                )
            )
    waiting = _propose(ctx, gov.board, gov.member, "Un potager")
    _propose(ctx, gov.council, gov.member, "Une fête", status=AgendaStatus.accepted)
    _propose(ctx, gov.council, gov.member, "Fini", status=AgendaStatus.treated)
    cards = {card.slug: card for card in service.governance_map(ctx, today=TODAY, now=NOW).bodies}
    # On the board: the scheduled item is the furthest in progress; the declined one is over.
    assert (cards["board"].items_in_progress, cards["board"].furthest_status) == (2, "scheduled")
    assert (cards["council"].items_in_progress, cards["council"].furthest_status) == (1, "accepted")
    assert (cards["budget"].items_in_progress, cards["budget"].furthest_status) == (0, None)
    # The next meet-the-board moment (not the cancelled one) is on the board's card only.
    assert cards["board"].meet_the_board == NOW + timedelta(days=3)
    assert all(cards[slug].meet_the_board is None for slug in ("assembly", "council", "budget"))

    # Two co-signatures reach the board's threshold: the item is shown supported, as its own
    # screen shows it, while the stored status waits for the hub.
    fit = service.where_do_i_fit(ctx, gov.member, now=NOW)
    assert [(item.title, item.status) for item in fit.own_items if item.title == "Un potager"] == [
        ("Un potager", "submitted")
    ]
    with ctx.db.transaction() as session:
        session.add_all(
            [AgendaSupport(item_id=waiting, person_id=who) for who in (gov.chair, gov.director)]
        )
    fit = service.where_do_i_fit(ctx, gov.member, now=NOW)
    assert {item.title: item.status for item in fit.own_items}["Un potager"] == "supported"
    # Every item of theirs, newest first, the finished ones too, on the bodies they are on.
    assert fit.own_items[0].title == "Fini" and fit.own_items[0].body_id == gov.council
    assert {item.title for item in fit.own_items} >= {
        "Un local plus grand",
        "Aide aux déplacements",
    }
    # Somebody else's items are not theirs.
    assert service.where_do_i_fit(ctx, gov.chair, now=NOW).own_items == ()


def test_a_threshold_that_is_a_share_counts_the_local_bodys_antenne(ctx: AppContext) -> None:
    from db.models import AgendaSupport, Body

    gov = add_governance(ctx)
    item = _propose(ctx, gov.council, gov.member, "Un banc devant la borne")
    with ctx.db.transaction() as session:
        session.add(AgendaSupport(item_id=item, person_id=gov.chair))

    def shown(share: float) -> str | None:
        with ctx.db.transaction() as session:
            session.execute(
                update(Body)
                .where(Body.id == gov.council)
                .values(rules={"support_threshold": {"share": share}})
            )
        cards = {c.id: c for c in service.governance_map(ctx, today=TODAY, now=NOW).bodies}
        return cards[gov.council].furthest_status

    # Every member of Rennes must co-sign: one is not enough. A hundredth of them is one.
    assert shown(1.0) == "submitted"
    assert shown(0.01) == "supported"
