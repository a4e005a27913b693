"""The console's new-vote form: what a facilitator types becomes the vote the service creates,
and a slip (or input meant to hurt) is refused with the console's translated words, nothing
created."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.context import AppContext
from app.errors import KnownError, Message
from app.voting import service
from app.voting.forms import VoteFormError, vote_from_form
from app.voting.types import OptionRow, VoteForm
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


def rows(*typed: str) -> tuple[OptionRow, ...]:
    """Rows as typed: "name = cost" (French names), an empty string for a row left empty."""
    made = []
    for text in typed:
        name, _, cost = text.partition("=")
        made.append(OptionRow(names={"fr": name.strip()}, cost=cost.strip()))
    return tuple(made)


def form(**typed: object) -> VoteForm:
    fields: dict[str, object] = {
        "template": "local-pb",
        "title": "Budget du quartier",
        "options": rows("Fresque = 3000", "Cantine = 4 500 €", "", "Jardin = 2000"),
        "budget": "5 000",
        "named": False,
    }
    fields.update(typed)
    return VoteForm(**fields)  # type: ignore[arg-type]


def test_a_budget_s_projects_and_amount_are_read_as_typed() -> None:
    spec = vote_from_form(form())
    assert spec["title"] == "Budget du quartier"
    assert spec["budget"] == 5000
    assert [(o["label"], o["cost"]) for o in spec["options"]] == [
        ("Fresque", 3000),
        ("Cantine", 4500),
        ("Jardin", 2000),
    ]
    assert spec["method"] == "pb" and spec["channels"] == ["kiosk", "phone"]


def test_a_named_vote_is_not_secret_and_a_named_motion_keeps_its_hands() -> None:
    motion = vote_from_form(form(template="board-decision", options=(), budget="", named=True))
    assert motion["secret"] is False and "analog" in motion["channels"]
    mj = vote_from_form(form(template="consultation-mj", options=rows("A", "B"), named=True))
    assert mj["secret"] is False and "analog" not in mj["channels"]
    assert [o["label"] for o in mj["options"]] == ["A", "B"] and "budget" not in mj


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
        vote_from_form(form(options=rows("Fresque = " + "9" * 5000)))
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
    typed = form(template="board-decision", title="Nouveau local", options=(), budget="")
    vote_id = service.create_from_form(ctx, typed)
    (vote,) = service.list_votes(ctx)
    assert (vote.id, vote.status, vote.title) == (vote_id, "draft", "Nouveau local")
    with pytest.raises(VoteFormError):
        service.create_from_form(ctx, form(budget=""))
    assert len(service.list_votes(ctx)) == 1


def test_rows_carry_each_languages_name_and_description() -> None:
    row = OptionRow(
        names={"fr": " Fresque ", "nl": "Muurschildering", "en": ""},
        cost="3 000",
        descriptions={"fr": "Sur le pignon.", "nl": "", "en": "On the gable."},
    )
    spec = vote_from_form(
        form(
            options=(row,),
            question="Quels projets ?",
            translations={"nl": {"title": "Buurtbegroting", "question": ""}},
        )
    )
    assert spec["language"] == "fr" and spec["question"] == "Quels projets ?"
    assert spec["translations"] == {"nl": {"title": "Buurtbegroting", "question": ""}}
    (option,) = spec["options"]
    assert (option["label"], option["cost"], option["description"]) == (
        "Fresque",
        3000,
        "Sur le pignon.",
    )
    assert option["translations"] == {
        "nl": {"label": "Muurschildering", "description": ""},
        "en": {"label": "", "description": "On the gable."},
    }


def test_a_vote_in_dutch_needs_its_options_dutch_names(ctx: AppContext) -> None:
    build_room(ctx)
    only_french = OptionRow(names={"fr": "Fresque"}, cost="100")
    with pytest.raises(VoteFormError) as refused:
        vote_from_form(form(options=(only_french,), language="nl"))
    assert french(refused.value.message) == "L'option 1 doit avoir un nom en néerlandais."
    no_cost = OptionRow(names={"fr": "Fresque"})
    with pytest.raises(VoteFormError) as refused:
        vote_from_form(form(options=(no_cost,)))
    assert french(refused.value.message) == "Indiquez le coût de Fresque, en euros."
    with pytest.raises(VoteFormError):
        vote_from_form(form(language="de"))


@pytest.mark.parametrize(
    "translations",
    [
        {"nl": {"title": "x" * 201}},
        {"nl": {"title": "Buurt\x00begroting"}},
    ],
)
def test_hostile_texts_typed_in_the_console_create_nothing(
    ctx: AppContext, translations: dict[str, dict[str, str]]
) -> None:
    with pytest.raises(KnownError):
        service.create_from_form(ctx, form(translations=translations))
    long_name = OptionRow(names={"fr": "Fresque", "en": "y" * 301}, cost="10")
    with pytest.raises(KnownError):
        service.create_from_form(ctx, form(options=(long_name,)))
    assert service.list_votes(ctx) == []
