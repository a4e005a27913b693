"""A vote's texts in three languages: read in the reader's language with the fallback to the
vote's own, checked wherever they enter (the service), sealed when the vote opens."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import update

from app.context import AppContext
from app.errors import KnownError
from app.voting import service
from app.voting.texts import option_text, translated_languages, vote_text
from db.models import Vote, VoteOption
from tests.unit.voting.conftest import Room

BUDGET: dict[str, Any] = {
    "title": "Budget participatif 2027",
    "question": "Quels projets financer ?",
    "language": "fr",
    "translations": {
        "nl": {"title": "Participatieve begroting 2027", "question": "Welke projecten?"},
        "en": {"title": "Participatory budget 2027"},
    },
    "method": "pb",
    "budget": 3000,
    "channels": ["kiosk", "phone"],
    "options": [
        {
            "label": "Jardin partagé",
            "cost": 1200,
            "description": "Des bacs sur le toit.",
            "translations": {"nl": {"label": "Gedeelde tuin", "description": "Bakken op het dak."}},
        },
        {"label": "Bibliothèque", "cost": 900},
    ],
}


def test_a_reader_gets_their_language_and_the_votes_own_where_one_is_missing(
    ctx: AppContext,
) -> None:
    vote = service.get_vote(ctx, service.create_vote(ctx, BUDGET))
    assert vote_text(vote, "nl").title == "Participatieve begroting 2027"
    assert vote_text(vote, "nl").question == "Welke projecten?"
    # English has a title only: the question falls back to French.
    assert vote_text(vote, "en").title == "Participatory budget 2027"
    assert vote_text(vote, "en").question == "Quels projets financer ?"
    assert vote_text(vote, "fr").title == "Budget participatif 2027"
    garden, library = vote.options
    assert option_text(garden, "nl").label == "Gedeelde tuin"
    assert option_text(garden, "nl").description == "Bakken op het dak."
    assert option_text(garden, "en").label == "Jardin partagé"
    assert option_text(library, "nl").label == "Bibliothèque"
    assert translated_languages(vote.translations) == ("nl", "en")
    # The ballot still names the option by its own label.
    assert vote.choices == ("Jardin partagé", "Bibliothèque")


@pytest.mark.parametrize(
    ("translations", "message"),
    [
        ("Begroting", "The translations must be texts per language"),
        ({"de": {"title": "Haushalt"}}, "Unknown language de"),
        ({"fr": {"title": "Budget"}}, "The texts in fr are the vote's own"),
        ({"nl": "Begroting"}, "The nl translation of Budget must be text."),
        ({"nl": {"title": 12}}, "must be text"),
        ({"nl": {"title": {"nested": "x"}}}, "must be text"),
        ({"nl": {"label": "x"}}, "must be text"),
        ({"nl": {"title": "x" * 201}}, "at most 200 characters"),
        ({"en": {"question": "?" * 2001}}, "at most 2000 characters"),
        ({"en": {"title": "Bud\x00get"}}, "must be text"),
    ],
)
def test_hostile_vote_translations_are_refused_and_nothing_is_kept(
    ctx: AppContext, translations: Any, message: str
) -> None:
    spec = {"title": "Budget", "method": "motion", "translations": translations}
    with pytest.raises(KnownError) as caught:
        service.create_vote(ctx, spec)
    assert message in caught.value.message.untranslated()
    assert service.list_votes(ctx) == []


@pytest.mark.parametrize(
    ("translations", "message"),
    [
        ([{"label": "Tuin"}], "The translations must be texts per language"),
        ({"nl": {"label": "x" * 301}}, "at most 300 characters"),
        ({"nl": {"description": "x" * 601}}, "at most 600 characters"),
        ({"nl": {"label": None}}, "The nl translation of Jardin must be text."),
        ({"xx": {"label": "x"}}, "Unknown language xx"),
    ],
)
def test_hostile_option_translations_are_refused(
    ctx: AppContext, translations: Any, message: str
) -> None:
    spec = {**BUDGET, "options": [{"label": "Jardin", "cost": 10, "translations": translations}]}
    with pytest.raises(KnownError) as caught:
        service.create_vote(ctx, spec)
    assert message in caught.value.message.untranslated()
    assert service.list_votes(ctx) == []


def test_an_unknown_vote_language_is_refused(ctx: AppContext) -> None:
    with pytest.raises(KnownError) as caught:
        service.create_vote(ctx, {**BUDGET, "language": "de"})
    assert "Unknown language de" in caught.value.message.untranslated()


def test_empty_translations_are_left_out(ctx: AppContext) -> None:
    spec = {**BUDGET, "translations": {"nl": {"title": "  ", "question": ""}, "en": {}}}
    vote = service.get_vote(ctx, service.create_vote(ctx, spec))
    assert vote.translations == {}
    assert vote_text(vote, "nl").title == "Budget participatif 2027"


def test_a_drafts_project_gets_its_translations_checked(ctx: AppContext) -> None:
    vote_id = service.create_vote(ctx, BUDGET)
    service.set_option_details(ctx, vote_id, 1, translations={"en": {"label": "Library"}})
    assert option_text(service.get_vote(ctx, vote_id).options[1], "en").label == "Library"
    with pytest.raises(KnownError):
        service.set_option_details(ctx, vote_id, 1, translations={"fr": {"label": "Biblio"}})
    assert option_text(service.get_vote(ctx, vote_id).options[1], "en").label == "Library"


def test_translations_are_sealed_when_the_vote_opens(ctx: AppContext, room: Room) -> None:
    vote_id = service.create_vote(ctx, BUDGET)
    service.open_vote(ctx, vote_id)
    assert service.verify(ctx, vote_id) == []
    with ctx.db.transaction() as session:
        session.execute(
            update(Vote)
            .where(Vote.id == vote_id)
            .values(translations={"nl": {"title": "Iets anders"}})
        )
        session.execute(
            update(VoteOption)
            .where(VoteOption.vote_id == vote_id, VoteOption.position == 0)
            .values(translations={})
        )
    problems = [m.untranslated() for m in service.verify(ctx, vote_id)]
    assert any("title or question in another language differs" in p for p in problems)
    assert any("option 1 (Jardin partagé) in another language differs" in p for p in problems)
