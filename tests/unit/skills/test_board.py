"""The board, its filters and its search (app/skills/queries.py)."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from app.context import AppContext
from app.skills import queries
from app.skills.types import BoardFilter, Modality, PostKind
from db.models import Visit
from db.models.skills import SkillTag
from tests.unit.skills.conftest import NOW, TODAY, World, add_post


def titles(ctx: AppContext, world: World, **filters: object) -> list[str]:
    with ctx.db.session() as session:
        shown = queries.board(
            session,
            BoardFilter(**filters),  # type: ignore[arg-type]
            antenna_id=world.rennes,
            today=TODAY,
            now=NOW,
        )
    assert shown.total >= len(shown.cards)
    return [card.title for card in shown.cards]


@pytest.fixture
def posts(ctx: AppContext, world: World) -> World:
    add_post(
        ctx,
        world,
        "Camille",
        "offer",
        "Aide en comptabilité",
        tags=("accounting",),
        description="Je tiens la comptabilité de petites structures.\nFactures, TVA.",
        modality="in_person",
        created_at=NOW - timedelta(days=3),
    )
    add_post(
        ctx,
        world,
        "Noor",
        "need",
        "Hulp gezocht met mijn website",
        tags=("website",),
        modality="online",
        created_at=NOW - timedelta(days=2),
    )
    add_post(
        ctx,
        world,
        "Élodie",
        "offer",
        "Création d'affiches",
        tags=("graphic-design",),
        created_at=NOW - timedelta(days=1),
    )
    add_post(ctx, world, "Marc", "need", "Old need", expires_on=TODAY - timedelta(days=1))
    add_post(ctx, world, "Marc", "need", "Hidden need", hidden=True, hidden_reason="spam")
    add_post(ctx, world, "Zoé", "need", "Removed need", deleted_at=NOW)
    return world


def test_the_board_shows_live_posts_this_antenne_first_then_newest(
    ctx: AppContext, posts: World
) -> None:
    assert titles(ctx, posts) == [
        "Création d'affiches",
        "Aide en comptabilité",
        "Hulp gezocht met mijn website",
    ]


def test_a_post_expiring_today_is_still_on_the_board(ctx: AppContext, world: World) -> None:
    add_post(ctx, world, "Camille", "offer", "Last day", expires_on=TODAY)
    add_post(ctx, world, "Camille", "offer", "No end", expires_on=None)
    assert sorted(titles(ctx, world)) == ["Last day", "No end"]


def test_filters_by_kind_sector_and_modality(ctx: AppContext, posts: World) -> None:
    assert titles(ctx, posts, kind=PostKind.need) == ["Hulp gezocht met mijn website"]
    assert titles(ctx, posts, sector="business") == ["Aide en comptabilité"]
    assert titles(ctx, posts, sector="accounting") == ["Aide en comptabilité"]
    assert titles(ctx, posts, sector="no-such-sector") == []
    # "either" fits both.
    assert titles(ctx, posts, modality=Modality.online) == [
        "Création d'affiches",
        "Hulp gezocht met mijn website",
    ]
    assert titles(ctx, posts, modality=Modality.in_person) == [
        "Création d'affiches",
        "Aide en comptabilité",
    ]
    assert len(titles(ctx, posts, modality=Modality.either)) == 3


def test_a_sector_filter_counts_a_post_tagged_with_the_sector_itself(
    ctx: AppContext, world: World
) -> None:
    add_post(ctx, world, "Camille", "offer", "Anything business", tags=("business",))
    assert titles(ctx, world, sector="business") == ["Anything business"]


def test_in_the_room_shows_the_posts_of_people_checked_in_here_now(
    ctx: AppContext, posts: World
) -> None:
    assert titles(ctx, posts, in_room=True) == []
    with ctx.db.transaction() as db:
        # Camille is here; Élodie came yesterday and never checked out; Noor left.
        db.add(
            Visit(
                person_id=posts.person("Camille"),
                antenna_id=posts.rennes,
                checked_in_at=NOW - timedelta(hours=1),
            )
        )
        db.add(
            Visit(
                person_id=posts.person("Élodie"),
                antenna_id=posts.rennes,
                checked_in_at=NOW - timedelta(days=1),
            )
        )
        db.add(
            Visit(
                person_id=posts.person("Noor"),
                antenna_id=posts.rennes,
                checked_in_at=NOW - timedelta(hours=2),
                checked_out_at=NOW - timedelta(hours=1),
            )
        )
    assert titles(ctx, posts, in_room=True) == ["Aide en comptabilité"]
    with ctx.db.session() as session:
        cards = queries.board(
            session, BoardFilter(), antenna_id=posts.rennes, today=TODAY, now=NOW
        ).cards
    assert {c.title: c.in_room for c in cards} == {
        "Création d'affiches": False,
        "Aide en comptabilité": True,
        "Hulp gezocht met mijn website": False,
    }


def test_a_card_shows_first_name_and_initial_never_contact_details(
    ctx: AppContext, posts: World
) -> None:
    with ctx.db.session() as session:
        board = queries.board(session, BoardFilter(), antenna_id=posts.rennes, today=TODAY, now=NOW)
    authors = {card.author for card in board.cards}
    assert authors == {"Camille D.", "Noor J.", "Élodie D."}
    for card in board.cards:
        text = repr(card)
        assert "@example.org" not in text
        # The phone as given and as digits ("470" alone would also be in a random id).
        assert "+32 470 12 34 56" not in text
        assert "470123456" not in text
        assert card.author_photo_id is None


def test_the_limit_cuts_the_cards_not_the_total(ctx: AppContext, posts: World) -> None:
    with ctx.db.session() as session:
        board = queries.board(
            session, BoardFilter(limit=1), antenna_id=posts.rennes, today=TODAY, now=NOW
        )
    assert len(board.cards) == 1
    assert board.total == 3


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("comptabilite", ["Aide en comptabilité"]),
        ("COMPTAB", ["Aide en comptabilité"]),
        ("Comptabilité", ["Aide en comptabilité"]),
        # The tag's Dutch and English labels.
        ("boekhouding", ["Aide en comptabilité"]),
        ("Accounting", ["Aide en comptabilité"]),
        ("grafisch ontwerp", ["Création d'affiches"]),
        ("creation", ["Création d'affiches"]),
        ("website", ["Hulp gezocht met mijn website"]),
        ("factures tva", ["Aide en comptabilité"]),
        ("factures piano", []),
    ],
)
def test_search_ignores_accents_and_case_and_finds_every_language(
    ctx: AppContext, posts: World, typed: str, found: list[str]
) -> None:
    assert titles(ctx, posts, query=typed) == found


def test_search_keystroke_by_keystroke(ctx: AppContext, posts: World) -> None:
    for end in range(2, len("comptab") + 1):
        assert titles(ctx, posts, query="comptab"[:end]) == ["Aide en comptabilité"]


def test_search_ranks_the_title_above_the_description(ctx: AppContext, world: World) -> None:
    add_post(ctx, world, "Camille", "offer", "Traduction", description="Un peu de vidéo aussi")
    add_post(ctx, world, "Élodie", "offer", "Montage vidéo")
    assert titles(ctx, world, query="video") == ["Montage vidéo", "Traduction"]


def test_search_combines_with_filters(ctx: AppContext, posts: World) -> None:
    assert titles(ctx, posts, query="comptabilite", kind=PostKind.need) == []
    assert titles(ctx, posts, query="comptabilite", kind=PostKind.offer) == ["Aide en comptabilité"]


def test_a_removed_tag_no_longer_finds_its_posts(ctx: AppContext, posts: World) -> None:
    with ctx.db.transaction() as db:
        tag = db.get(SkillTag, posts.tags["accounting"])
        assert tag is not None
        tag.deleted_at = NOW
    assert titles(ctx, posts, query="boekhouding") == []
    assert titles(ctx, posts, query="comptabilite") == ["Aide en comptabilité"]


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ('"comptab', True),
        ('comptab"', True),
        ('"comptab" "tva"', True),
        ("NEAR(comptab", False),
        ("NEAR(comptab, tva)", False),
        ("comptab*", True),
        ("-comptab", True),
        ("title:comptab", False),
        ("tags:comptab", False),
        ("comptab OR tva", False),
        ("AND comptab", False),
        ("comptab\x00", True),
        ("(comptab)", True),
        ("comptab^", True),
        ("{title} : comptab", False),
        ("comptab 🙂", True),
        ("comp\x00tab", False),
    ],
)
def test_hostile_queries_are_plain_words(
    ctx: AppContext, posts: World, typed: str, found: bool
) -> None:
    expression = queries.match_expression(typed)
    # Only quoted words with a star after each: nothing FTS5 would read as syntax.
    assert re.fullmatch(r'("\w+"\* ?)+', expression)
    # Every word must be found ("near", "title", "or" are words like any other).
    assert titles(ctx, posts, query=typed) == (["Aide en comptabilité"] if found else [])


@pytest.mark.parametrize("typed", ["", "   ", "\t\n", '"""', "!!!", "🙂🙂", "* - : ( )", "\x00"])
def test_nothing_searchable_shows_the_whole_board(
    ctx: AppContext, posts: World, typed: str
) -> None:
    assert queries.match_expression(typed) == ""
    assert len(titles(ctx, posts, query=typed)) == 3


def test_a_huge_query_is_cut(ctx: AppContext, posts: World) -> None:
    assert titles(ctx, posts, query="comptab " + "x" * 10_000) == []
    assert titles(ctx, posts, query="comptab " * 2_000) == ["Aide en comptabilité"]
    assert len(queries.search_terms("a b c d e f g h i j k l m")) == queries.QUERY_WORDS
    assert len(queries.match_expression("x" * 10_000)) <= queries.QUERY_CHARS + 3


def test_operators_are_quoted_words() -> None:
    assert queries.match_expression('NEAR("a" b) OR c*') == '"near"* "a"* "b"* "or"* "c"*'


def test_the_taxonomy_lists_sectors_and_skills_in_order(ctx: AppContext, world: World) -> None:
    with ctx.db.transaction() as db:
        tag = db.get(SkillTag, world.tags["sewing"])
        assert tag is not None
        tag.deleted_at = NOW
    with ctx.db.session() as session:
        taxonomy = queries.taxonomy(session)
    assert taxonomy.sectors[0].tag.slug == "performing-arts"
    assert [s.slug for s in taxonomy.sectors[0].skills] == [
        "stage-lighting",
        "stage-management",
        "touring",
    ]
    crafts = next(s for s in taxonomy.sectors if s.tag.slug == "crafts")
    assert [s.slug for s in crafts.skills] == ["woodwork"]
    accounting = taxonomy.tag("accounting")
    assert accounting is not None
    assert accounting.label("nl") == "Boekhouding"
    assert accounting.sector == "business"
