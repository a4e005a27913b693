"""Matches both ways, with a fixed clock; the facilitators' new matches and unmet needs
(app/skills/matching.py, app/skills/queries.py)."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from app.context import AppContext
from app.skills import matching, queries
from tests.unit.skills.conftest import NOW, TODAY, World, add_post


def candidate(
    skills: set[str] = frozenset(),  # type: ignore[assignment]
    sectors: set[str] = frozenset(),  # type: ignore[assignment]
    *,
    modality: str = "either",
    antenna: uuid.UUID | None = None,
    confirmed_on: date | None = TODAY,
    number: int = 0,
) -> matching.Candidate:
    ids = {name: uuid.uuid5(uuid.NAMESPACE_DNS, name) for name in skills | sectors}
    return matching.Candidate(
        id=uuid.UUID(int=number),
        skills=frozenset(ids[s] for s in skills),
        sectors=frozenset(ids[s] for s in sectors),
        modality=modality,
        antenna_id=antenna,
        confirmed_on=confirmed_on,
    )


HERE = uuid.UUID(int=99)


def scored(own: matching.Candidate, other: matching.Candidate, text: float = 0.0) -> float | None:
    result = matching.score(own, other, text=text, today=TODAY, antenna_id=HERE)
    return None if result is None else result.score


def test_shared_skills_weigh_most_then_words_then_the_rest() -> None:
    need = candidate({"excel"}, {"it"}, number=1)
    skill = candidate({"excel"}, {"it"}, number=2, confirmed_on=None)
    words = candidate(set(), set(), number=3, antenna=HERE)
    sector = candidate({"website"}, {"it"}, number=4)
    one_skill = scored(need, skill)
    best_words = scored(need, words, text=1.0)
    same_sector = scored(need, sector)
    assert one_skill is not None and best_words is not None and same_sector is not None
    assert one_skill > best_words > same_sector
    # Nothing in common: no match.
    assert scored(need, candidate({"sewing"}, {"crafts"}, number=5)) is None
    # Never a post with itself.
    assert scored(need, need) is None


def test_modalities_must_agree_and_either_fits_both() -> None:
    online = candidate({"excel"}, modality="online", number=1)
    assert scored(online, candidate({"excel"}, modality="in_person", number=2)) is None
    assert scored(online, candidate({"excel"}, modality="either", number=3)) is not None
    assert scored(candidate({"excel"}, modality="either", number=4), online) is not None


def test_same_antenne_and_freshness_break_the_rest() -> None:
    need = candidate({"excel"}, number=1)
    here = scored(need, candidate({"excel"}, antenna=HERE, confirmed_on=None, number=2))
    there = scored(need, candidate({"excel"}, confirmed_on=None, number=3))
    fresh = scored(need, candidate({"excel"}, confirmed_on=TODAY, number=4))
    stale = scored(need, candidate({"excel"}, confirmed_on=TODAY - timedelta(days=300), number=5))
    assert here is not None and there is not None and fresh is not None and stale is not None
    assert here > there
    assert fresh > stale == there


def test_ranking_is_deterministic_on_ties() -> None:
    need = candidate({"excel"}, number=1)
    others = [candidate({"excel"}, confirmed_on=TODAY, number=n) for n in (9, 3, 5)]
    older = candidate({"excel"}, confirmed_on=TODAY - timedelta(days=1), number=2)
    ranked = matching.ranked(
        (matching.score(need, o, text=0.0, today=TODAY, antenna_id=None) for o in [*others, older]),
        limit=10,
    )
    assert [r.id.int for r in ranked] == [3, 5, 9, 2]
    assert [r.id.int for r in matching.ranked(reversed(list(ranked)), limit=2)] == [3, 5]


def test_significant_words_skip_stop_words_and_cut_long_ones() -> None:
    assert matching.significant_words(
        "Je cherche de l'aide pour ma comptabilité et mes factures"
    ) == (
        "compta",
        "factur",
    )
    assert matching.similarity_query("") == ""
    assert matching.similarity_query('"NEAR" * -- :') == '"near"*'
    assert len(matching.significant_words(" ".join(f"w{n:04d}" for n in range(100)))) == 8


def test_relative_ranks() -> None:
    a, b = uuid.UUID(int=1), uuid.UUID(int=2)
    assert matching.relative_ranks({a: -4.0, b: -1.0}) == {a: 1.0, b: 0.25}
    assert matching.relative_ranks({}) == {}


def test_a_person_sees_offers_for_their_needs_and_needs_for_their_offers(
    ctx: AppContext, world: World
) -> None:
    need = add_post(
        ctx,
        world,
        "Camille",
        "need",
        "Aide pour ma comptabilité",
        tags=("accounting",),
        description="Je débute, factures et TVA.",
    )
    offer = add_post(
        ctx, world, "Camille", "offer", "Cours de couture", tags=("sewing",), modality="online"
    )
    # Offers for Camille's need.
    tagged_here = add_post(
        ctx, world, "Élodie", "offer", "Je tiens des comptes", tags=("accounting",)
    )
    tagged_there = add_post(
        ctx, world, "Noor", "offer", "Boekhouding voor kunstenaars", tags=("accounting",)
    )
    words_only = add_post(
        ctx, world, "Marc", "offer", "Factures sans douleur", description="TVA, factures."
    )
    same_sector = add_post(ctx, world, "Zoé", "offer", "Fixer ses prix", tags=("pricing",))
    add_post(ctx, world, "Zoé", "offer", "Montage vidéo", tags=("video",))
    add_post(ctx, world, "Zoé", "need", "Aussi une comptabilité", tags=("accounting",))
    add_post(
        ctx,
        world,
        "Marc",
        "offer",
        "Comptabilité expirée",
        tags=("accounting",),
        expires_on=TODAY - timedelta(days=1),
    )
    add_post(ctx, world, "Marc", "offer", "Comptabilité cachée", tags=("accounting",), hidden=True)
    # A need for Camille's offer (online fits either), and one that cannot meet online.
    sewing_need = add_post(ctx, world, "Noor", "need", "Naaien leren", tags=("sewing",))
    add_post(
        ctx, world, "Élodie", "need", "Couture en vrai", tags=("sewing",), modality="in_person"
    )
    with ctx.db.session() as session:
        found = queries.matches(
            session, world.person("Camille"), today=TODAY, antenna_id=world.rennes, now=NOW
        )
        again = queries.matches(
            session, world.person("Camille"), today=TODAY, antenna_id=world.rennes, now=NOW
        )
    assert found == again
    assert found.first_name == "Camille"
    assert [m.post.id for m in found.needs] == [need]
    fitting = [m.post.id for m in found.needs[0].matches]
    assert fitting == [tagged_here, tagged_there, words_only, same_sector]
    assert [t.slug for t in found.needs[0].matches[0].shared_tags] == ["accounting"]
    assert found.needs[0].matches[2].shared_tags == ()
    assert [m.post.id for m in found.offers] == [offer]
    assert [m.post.id for m in found.offers[0].matches] == [sewing_need]
    # The other way round: Noor's need finds Camille's offer.
    with ctx.db.session() as session:
        noor = queries.matches(session, world.person("Noor"), today=TODAY, antenna_id=world.rennes)
    sewing = next(m for m in noor.needs if m.post.id == sewing_need)
    assert [m.post.id for m in sewing.matches] == [offer]
    assert sewing.matches[0].post.author == "Camille D."


def test_nobody_and_no_posts_have_no_matches(ctx: AppContext, world: World) -> None:
    with ctx.db.session() as session:
        nobody = queries.matches(session, uuid.uuid4(), today=TODAY)
        nothing = queries.matches(session, world.person("Marc"), today=TODAY)
    assert (nobody.needs, nobody.offers, nothing.needs, nothing.offers) == ((), (), (), ())


def test_the_weeks_new_matches_and_the_needs_nobody_offers(ctx: AppContext, world: World) -> None:
    old = NOW - timedelta(days=30)
    offer = add_post(
        ctx, world, "Élodie", "offer", "Comptabilité", tags=("accounting",), created_at=old
    )
    new_need = add_post(ctx, world, "Camille", "need", "Mes comptes", tags=("accounting",))
    add_post(ctx, world, "Noor", "need", "Een website", tags=("website",), created_at=old)
    add_post(ctx, world, "Zoé", "need", "Réseaux sociaux", tags=("social-media",))
    add_post(ctx, world, "Marc", "need", "Sans étiquette du tout")
    add_post(ctx, world, "Marc", "need", "Un site vitrine", tags=("website",))
    with ctx.db.session() as session:
        week = queries.new_matches(
            session, since=NOW - timedelta(days=7), today=TODAY, antenna_id=world.rennes
        )
        unmet = queries.unmet_needs(session, today=TODAY)
    assert [(m.need.id, m.offer.id) for m in week] == [(new_need, offer)]
    assert [(u.sector.slug if u.sector else None, u.count) for u in unmet] == [
        ("it", 3),
        (None, 1),
    ]
    assert set(unmet[0].titles) == {"Een website", "Réseaux sociaux", "Un site vitrine"}


def test_a_need_is_met_by_another_persons_offer_that_can_meet_it(
    ctx: AppContext, world: World
) -> None:
    add_post(ctx, world, "Camille", "need", "En vrai", tags=("video",), modality="in_person")
    add_post(ctx, world, "Camille", "offer", "Ma propre offre", tags=("video",))
    add_post(ctx, world, "Noor", "offer", "Online only", tags=("photography",), modality="online")
    with ctx.db.session() as session:
        unmet = queries.unmet_needs(session, today=TODAY)
    assert [(u.sector.slug if u.sector else None, u.titles) for u in unmet] == [
        ("audiovisual", ("En vrai",))
    ]
    add_post(ctx, world, "Zoé", "offer", "Partout", tags=("audiovisual",), modality="either")
    with ctx.db.session() as session:
        assert queries.unmet_needs(session, today=TODAY) == ()


def _fit(number: int, value: float, confirmed_on: date | None = TODAY) -> matching.Scored:
    return matching.Scored(
        id=uuid.UUID(int=number), score=value, shared_skills=frozenset(), confirmed_on=confirmed_on
    )


def test_words_are_ranked_only_where_they_can_still_change_the_order() -> None:
    fits = [_fit(n, value) for n, value in enumerate((20.0, 15.0, 14.0, 11.0, 10.9, 3.0), 1)]
    # The second best has 15: words add at most 4, so 11 can still pass it, 10.9 never.
    assert [s.id.int for s in matching.worth_words(reversed(fits), 2, 10)] == [1, 2, 3, 4]
    # At most `cap` of them, the best.
    assert [s.id.int for s in matching.worth_words(fits, 2, 3)] == [1, 2, 3]
    # Fewer than the limit: every one; no fit at all: none.
    assert [s.id.int for s in matching.worth_words([None, fits[1], fits[0]], 5, 10)] == [1, 2]
    assert matching.worth_words([None], 1, 10) == []


def test_words_are_ranked_in_the_order_ties_break() -> None:
    older = _fit(1, 12.0, TODAY - timedelta(days=30))
    fresher = _fit(2, 12.0, TODAY)
    same_day = _fit(3, 12.0, TODAY)
    undated = _fit(0, 12.0, None)
    worth = matching.worth_words([undated, same_day, older, fresher], 1, 3)
    assert [s.id.int for s in worth] == [2, 3, 1]


def test_a_post_sharing_more_skills_is_found_behind_newer_ones_sharing_fewer(
    ctx: AppContext, world: World
) -> None:
    add_post(
        ctx,
        world,
        "Camille",
        "need",
        "Lancer mon activité",
        tags=("accounting", "pricing", "grants"),
    )
    three = add_post(
        ctx,
        world,
        "Noor",
        "offer",
        "Tout pour démarrer",
        tags=("accounting", "pricing", "grants"),
        confirmed_on=TODAY - timedelta(days=60),
    )
    for number in range(queries.ANCHOR_POSTS + 5):
        add_post(ctx, world, "Élodie", "offer", f"Atelier {number}", tags=("accounting", "pricing"))
    with ctx.db.session() as session:
        found = queries.matches(
            session, world.person("Camille"), today=TODAY, antenna_id=world.rennes, now=NOW
        )
    fits = found.needs[0].matches
    assert len(fits) == queries.MATCHES_PER_POST
    assert fits[0].post.id == three
    assert {tag.slug for tag in fits[0].shared_tags} == {"accounting", "pricing", "grants"}
    assert all(
        {tag.slug for tag in fit.shared_tags} == {"accounting", "pricing"} for fit in fits[1:]
    )


def test_the_weeks_new_matches_share_the_most_skills_first_each_pair_once(
    ctx: AppContext, world: World
) -> None:
    old = NOW - timedelta(days=30)
    two = add_post(
        ctx,
        world,
        "Élodie",
        "offer",
        "Tenir ses comptes",
        tags=("accounting", "pricing"),
        created_at=old,
        confirmed_on=TODAY - timedelta(days=90),
    )
    one = add_post(ctx, world, "Noor", "offer", "Boekhouding", tags=("accounting",), created_at=old)
    need = add_post(ctx, world, "Camille", "need", "Mes factures", tags=("accounting", "pricing"))
    # Both new: the pair is found from either side, and listed once.
    both_new = add_post(ctx, world, "Zoé", "offer", "Fixer ses tarifs", tags=("pricing",))
    add_post(ctx, world, "Marc", "offer", "Sans rapport", tags=("sewing",))
    with ctx.db.session() as session:
        week = queries.new_matches(
            session, since=NOW - timedelta(days=7), today=TODAY, antenna_id=world.rennes
        )
        first = queries.new_matches(
            session, since=NOW - timedelta(days=7), today=TODAY, antenna_id=world.rennes, limit=1
        )
    pairs = [(m.need.id, m.offer.id) for m in week]
    assert pairs[0] == (need, two)
    assert sorted(pairs[1:]) == sorted([(need, one), (need, both_new)])
    assert [m.score for m in week] == sorted((m.score for m in week), reverse=True)
    assert [(m.need.id, m.offer.id) for m in first] == [(need, two)]
