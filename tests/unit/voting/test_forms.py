"""The console's new-vote form: what a facilitator types becomes the vote the service creates,
and a slip (or input meant to hurt) is refused with the console's translated words, nothing
created."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.context import AppContext
from app.errors import Message
from app.voting import service
from app.voting.forms import VoteFormError, vote_from_form
from app.voting.types import VoteForm
from tests.unit.voting.conftest import build_room

TS = Path(__file__).resolve().parents[3] / "ui" / "resources" / "i18n" / "antenne_fr.ts"


def french(message: Message) -> str:
    """The message as the kiosk shows it in French (its catalogue, its context)."""
    for context in ET.parse(TS).getroot().iter("context"):
        if context.findtext("name") != message.context:
            continue
        for entry in context.iter("message"):
            if entry.findtext("source") == message.source:
                return (entry.findtext("translation") or "").format(**message.params)
    raise AssertionError(f"not in the catalogue: {message}")


def form(**typed: object) -> VoteForm:
    fields: dict[str, object] = {
        "template": "local-pb",
        "title": "Budget du quartier",
        "options": "Fresque = 3000\nCantine = 4 500 €\n\nJardin = 2000",
        "budget": "5 000",
        "named": False,
    }
    fields.update(typed)
    return VoteForm(**fields)  # type: ignore[arg-type]


def test_a_budget_s_projects_and_amount_are_read_as_typed() -> None:
    spec = vote_from_form(form())
    assert spec["title"] == "Budget du quartier"
    assert spec["budget"] == 5000
    assert spec["options"] == [
        {"label": "Fresque", "cost": 3000},
        {"label": "Cantine", "cost": 4500},
        {"label": "Jardin", "cost": 2000},
    ]
    assert spec["method"] == "pb" and spec["channels"] == ["kiosk", "phone"]


def test_a_named_vote_is_not_secret_and_a_named_motion_keeps_its_hands() -> None:
    motion = vote_from_form(form(template="board-decision", options="", budget="", named=True))
    assert motion["secret"] is False and "analog" in motion["channels"]
    mj = vote_from_form(form(template="consultation-mj", options="A\nB", named=True))
    assert mj["secret"] is False and "analog" not in mj["channels"]
    assert mj["options"] == ["A", "B"] and "budget" not in mj


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ({"template": ""}, "Choisissez un modèle."),
        ({"budget": ""}, "Indiquez le budget à partager, en euros."),
        ({"budget": "zéro euro"}, "Indiquez le budget à partager, en euros."),
        ({"budget": "0"}, "Indiquez le budget à partager, en euros."),
        ({"budget": "9" * 5000}, "Indiquez le budget à partager, en euros."),
        ({"budget": "²³"}, "Indiquez le budget à partager, en euros."),
    ],
)
def test_a_form_that_cannot_make_a_vote_says_what_to_fix(
    typed: dict[str, object], shown: str
) -> None:
    with pytest.raises(VoteFormError) as refused:
        vote_from_form(form(**typed))
    assert french(refused.value.message) == shown


def test_an_oversized_cost_names_its_project() -> None:
    with pytest.raises(VoteFormError) as refused:
        vote_from_form(form(options="Fresque = " + "9" * 5000))
    assert refused.value.message.params == {"option": "Fresque"}
    assert "Fresque" in french(refused.value.message)


def test_an_unknown_template_is_refused() -> None:
    with pytest.raises(VoteFormError):
        vote_from_form(form(template="<script>"))


def test_nothing_is_created_when_the_form_is_refused(ctx: AppContext) -> None:
    with pytest.raises(VoteFormError):
        service.create_vote(ctx, vote_from_form(form(budget="9" * 5000)))
    assert service.list_votes(ctx) == []


def test_the_console_s_form_makes_a_draft_in_one_call(ctx: AppContext) -> None:
    build_room(ctx)  # the board, whose rules a board decision follows
    typed = form(template="board-decision", title="Nouveau local", options="", budget="")
    vote_id = service.create_from_form(ctx, typed)
    (vote,) = service.list_votes(ctx)
    assert (vote.id, vote.status, vote.title) == (vote_id, "draft", "Nouveau local")
    with pytest.raises(VoteFormError):
        service.create_from_form(ctx, form(budget=""))
    assert len(service.list_votes(ctx)) == 1
