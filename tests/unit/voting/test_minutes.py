"""The minutes (procès-verbal) as a board secretary reads them: a budget's funded projects with
their votes and cost, why the others were not funded, every method and rule in words of the
vote's language, and presence "not recorded" when nobody took a roll call. Without a display: the
PDF's text is read back with pypdfium2."""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

import pypdfium2
import pytest

from app.context import AppContext
from app.voting import service
from app.voting.methods import METHOD_NAMES, PB_RULE_NAMES
from app.voting.pdf import render_minutes, render_slips
from app.voting.tally import tally_data
from app.voting.tally.motion import BASE_TERMS
from app.voting.templates import TEMPLATES
from app.voting.types import OptionInfo, Turnout, VoteInfo
from db.models import Body, BodyKind
from tests.unit.voting.conftest import Room

LANGUAGES = ("fr", "nl", "en")
# A budget of 5 000 €, five phones: by votes, Fresque and Cantine are funded and 500 € is left,
# too little for Jardin; Kiosque has nobody's vote.
PROJECTS = [
    {"label": "Fresque", "cost": 2500},
    {"label": "Cantine", "cost": 2000},
    {"label": "Jardin", "cost": 1000},
    {"label": "Kiosque", "cost": 600},
]
BASKETS = [
    ["Fresque", "Cantine"],
    ["Fresque", "Jardin"],
    ["Fresque", "Cantine"],
    ["Cantine", "Jardin"],
    ["Fresque"],
]


@pytest.fixture
def room(room: Room, ctx: AppContext) -> Room:
    """The room, and the antenne's participatory-budget committee the budget template names."""
    with ctx.db.transaction() as session:
        session.add(
            Body(
                slug="rennes-pb-committee",
                kind=BodyKind.pb_committee,
                rules={},
                name={
                    "fr": "Comité du budget participatif de Rennes",
                    "nl": "Comité voor het participatief budget van Rennes",
                    "en": "Rennes participatory budget committee",
                },
            )
        )
    return room


def pdf_text(pdf: bytes) -> str:
    document = pypdfium2.PdfDocument(pdf)
    try:
        text = " ".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()
    # pdfium ends lines with \r\n and may break a word at a line's end with a soft hyphen.
    text = text.replace("\ufffe", "").replace("\x02", "")
    # Babel groups digits with (narrow) no-break spaces: read as plain spaces.
    return " ".join(text.replace("\u202f", " ").replace("\xa0", " ").split())


def minutes_of(ctx: AppContext, vote_id: uuid.UUID, language: str = "") -> str:
    info = service.get_vote(ctx, vote_id)
    figures = service.turnout(ctx, vote_id)
    return pdf_text(
        render_minutes(
            info,
            service.results(ctx, vote_id),
            figures,
            final_hash=service.final_hash(ctx, vote_id),
            quorum=service.quorum_met(info, figures),
            when=info.opened_at,
            named=service.named_lines(ctx, vote_id),
            language=language,
        )
    )


def phone_budget(ctx: AppContext, language: str, rule: str = "greedy") -> uuid.UUID:
    """The issue's budget: five phones, no roll call."""
    vote_id = service.create_from_template(
        ctx,
        "local-pb",
        title="Budget participatif 2026",
        options=PROJECTS,
        budget=5000,
        rule=rule,
        language=language,
    )
    service.open_vote(ctx, vote_id)
    for code, basket in zip(service.issue_codes(ctx, vote_id, len(BASKETS)), BASKETS, strict=True):
        service.cast_with_code(ctx, code, {"approve": basket})
    service.close_vote(ctx, vote_id)
    return vote_id


@pytest.mark.usefixtures("room")
def test_a_budget_says_what_is_funded_with_votes_and_cost_and_why_the_rest_is_not(
    ctx: AppContext,
) -> None:
    text = minutes_of(ctx, phone_budget(ctx, "fr"))
    assert "2 projets sur 4 financés, pour 4 500 € du budget de 5 000 €." in text
    assert "Projet Voix Coût Décision" in text
    assert "Fresque 4 2 500 € Financé Cantine 3 2 000 € Financé" in text
    # Greedy by votes: Jardin's turn came after theirs, with 500 € left.
    assert (
        "Jardin 2 1 000 € Non financé : à son tour, par ordre de voix, il ne restait que "
        "500 € du budget." in text
    )
    assert "Kiosque 0 600 € Non financé" in text
    assert "Règle Par ordre de voix" in text
    # Phones only: nobody called the roll, so presence is not a count of zero.
    assert "Présents non relevé (pas d'appel nominal)" in text
    assert "Présents 0" not in text and "Votants 5" in text


@pytest.mark.usefixtures("room")
def test_a_budget_under_equal_shares_gives_each_project_the_rules_reason(ctx: AppContext) -> None:
    vote_id = phone_budget(ctx, "nl", rule="mes-add1-greedy")
    # The minutes read the kept result as it is: counting the box again still gives it.
    assert service.verify(ctx, vote_id) == []
    text = minutes_of(ctx, vote_id)
    assert (
        "Regel Methode van gelijke delen, delen telkens met één eenheid verhoogd, daarna op "
        "volgorde van stemmen Budget € 5.000" in text
    )
    # Equal shares of 1 000 € buy Fresque and Jardin; what is left then goes by votes.
    assert "Fresque 4 € 2.500 Gefinancierd Jardin 2 € 1.000 Gefinancierd" in text
    assert "Kiosque 0 € 600 Gefinancierd, met wat overbleef, op volgorde van stemmen" in text
    assert (
        "Cantine 3 € 2.000 Niet gefinancierd: de voorstanders hadden nog maar € 1.125 over van "
        "hun gelijke delen, en de € 900 die overbleef nadat de rest op volgorde van stemmen "
        "gefinancierd werd, volstaat niet." in text
    )
    assert "Aanwezig niet geregistreerd (geen appel)" in text


def test_presence_is_counted_when_the_roll_was_called(ctx: AppContext, room: Room) -> None:
    vote_id = service.create_from_template(
        ctx, "board-decision", title="Achat d'un four", language="en"
    )
    service.open_vote(ctx, vote_id)
    for person in room.members[:3]:
        service.mark_present(ctx, vote_id, person)
    service.cast_ballot(ctx, vote_id, voter_id=room.members[0], content={"choice": "yes"})
    service.close_vote(ctx, vote_id)
    text = minutes_of(ctx, vote_id)
    assert "Present 3 Represented by proxy 0" in text
    assert "not recorded" not in text


# -- No internal identifier in any minutes ---------------------------------------------------

# What a vote stores that a person must never read: method and rule names, 100 % bases,
# thresholds, levels, grades, channels, templates, eligibility kinds, as stored (lower case).
# Plain words that are also the language's own ("motion", "consent", "good" in English) are
# left to the sentences around them; "Schulze" is a name.
CODES = (
    set(METHOD_NAMES)
    | set(PB_RULE_NAMES)
    | set(BASE_TERMS)
    | {"simple", "two_thirds", "three_quarters", "unanimity", "codecision", "concertation"}
    | {grade for spec in TEMPLATES.values() for grade in spec.get("grades", ()) if "_" in grade}
    | {"booth", "kiosk", "analog", "phone", "members", "shareholders", "approval", "cumulative"}
    | set(TEMPLATES)
)


def leaked_codes(text: str, language: str) -> set[str]:
    words = {
        "en": {
            *("motion", "consent", "approval", "score", "simple", "unanimity", "members"),
            *("phone", "plurality", "present", "entitled", "cast", "valid", "greedy"),
        },
        "fr": {"motion", "simple", "concertation"},
        # Dutch sociocracy says "consent".
        "nl": {"motion", "simple", "consent"},
    }[language]
    return {
        code for code in CODES - words if re.search(rf"(?<![\w-]){re.escape(code)}(?![\w-])", text)
    }


def synthetic(
    method: str, rules: Mapping[str, Any], ballots: Sequence[Mapping[str, Any]], language: str
) -> str:
    """The minutes of a vote built without a database: for every method and rule at once."""
    options: tuple[OptionInfo, ...] = ()
    if method == "pb":
        options = tuple(OptionInfo(p["label"], cost=p["cost"]) for p in PROJECTS)
    elif method not in ("motion", "consent"):
        options = tuple(OptionInfo(label) for label in ("Alpha", "Bravo", "Charlie"))
    data: dict[str, Any] = {"method": method, "ballots": list(ballots), **rules}
    if method == "pb":
        data["options"] = [{"id": p["label"], **p} for p in PROJECTS]
    elif options:
        data["options"] = [o.label for o in options]
    vote = VoteInfo(
        id=uuid.uuid4(),
        title="Titre",
        question="",
        language=language,
        method=method,
        status="closed",
        level="codecision",
        channels=("kiosk", "phone", "analog"),
        secret=True,
        options=options,
        rules=rules,
        body_name={},
        opened_at=None,
        closes_at=None,
        closed_at=None,
        revealed=True,
        result=None,
    )
    turnout = Turnout(
        entitled=5, present=0, represented=0, voted=5, ballots=5, by_channel={"phone": 5}
    )
    result = tally_data(data).to_json()
    pdf = render_minutes(vote, result, turnout, final_hash="0" * 64, quorum=None, when=None)
    return pdf_text(pdf)


RANKED = [{"ranking": ["Alpha", "Bravo", "Charlie"]}, {"ranking": ["Bravo", "Alpha"]}]
BALLOTS: dict[str, list[dict[str, Any]]] = {
    "motion": [{"choice": "yes"}, {"choice": "no"}, {"choice": "abstain"}],
    "plurality": [{"ranking": ["Alpha"]}, {"ranking": ["Bravo"]}, {"ranking": ["Alpha"]}],
    "approval": [{"approve": ["Alpha", "Bravo"]}, {"approve": ["Alpha"]}],
    "score": [{"scores": {"Alpha": 3, "Bravo": 1}}, {"scores": {"Charlie": 5}}],
    "irv": RANKED,
    "schulze": RANKED,
    "mj": [{"grades": {"Alpha": 4, "Bravo": 1, "Charlie": 0}}, {"grades": {"Alpha": 2}}],
    "consent": [{"objection": None}, {"objection": "Trop cher"}],
    "pb": [{"approve": basket} for basket in BASKETS],
}
MJ_GRADES = TEMPLATES["consultation-mj"]["grades"]
CASES = [
    *[(method, {}) for method in METHOD_NAMES if method not in ("mj", "pb", "motion")],
    ("mj", {"grades": MJ_GRADES}),
    *[
        ("motion", {"rules": {"threshold": t, "base": b}})
        for t in ("simple", "two_thirds", "three_quarters", "unanimity")
        for b in BASE_TERMS
        if b not in ("present", "entitled")
    ],
    *[("pb", {"budget": 5000, "rule": rule, "currency": "EUR"}) for rule in PB_RULE_NAMES],
]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("method", "rules"), CASES, ids=lambda v: str(v)[:40])
def test_every_method_and_rule_is_said_in_words(
    method: str, rules: Mapping[str, Any], language: str
) -> None:
    text = synthetic(method, rules, BALLOTS[method], language)
    assert not leaked_codes(text, language), text
    assert {"fr": "Règle", "nl": "Regel", "en": "Rule"}[language] in text


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("template", sorted(TEMPLATES))
def test_the_minutes_of_every_template_print_no_internal_code(
    ctx: AppContext, room: Room, template: str, language: str
) -> None:
    spec = TEMPLATES[template]
    options: list[Any] = []
    if spec["method"] == "pb":
        options = PROJECTS
    elif spec["method"] not in ("motion", "consent"):
        options = ["Alpha", "Bravo", "Charlie"]
    extra = {"budget": 5000} if spec["method"] == "pb" else {}
    vote_id = service.create_from_template(
        ctx, template, title="Titre", options=options, language=language, **extra
    )
    service.open_vote(ctx, vote_id)
    (code,) = service.issue_codes(ctx, vote_id, 1)
    service.cast_with_code(ctx, code, BALLOTS[spec["method"]][0])
    service.close_vote(ctx, vote_id)
    text = minutes_of(ctx, vote_id)
    assert not leaked_codes(text, language), text
    assert room.members  # the room's bodies give the templates their rules


def test_a_quorum_without_a_roll_call_is_explained_in_the_votes_language(
    ctx: AppContext, room: Room
) -> None:
    # The general assembly counts a quorum of those present; phones alone record nobody.
    vote_id = service.create_from_template(ctx, "statute-change", title="Statuts", language="fr")
    service.open_vote(ctx, vote_id)
    (code,) = service.issue_codes(ctx, vote_id, 1)
    service.cast_with_code(ctx, code, {"choice": "yes"})
    service.close_vote(ctx, vote_id)
    text = minutes_of(ctx, vote_id)
    assert (
        "Aucun résultat n'a pu être calculé : les règles de ce vote comptent les présents ou les "
        "ayants droit (un quorum, ou une majorité des présents), et aucune présence n'a été "
        "relevée." in text
    )
    assert "Quorum 10 % des ayants droit présents · non atteint" in text
    assert room.shareholders


def test_a_budget_that_funds_nothing_and_one_by_points_read_as_such() -> None:
    text = synthetic("pb", {"budget": 500, "currency": "EUR"}, BALLOTS["pb"][:1], "en")
    assert "0 of 4 projects funded, for €0 of the €500 budget." in text
    assert "Fresque 1 €2,500 Not funded: when its turn came, by votes, only €500" in text
    points = [{"points": {"Fresque": 3, "Jardin": 1}}, {"points": {"Jardin": 2}}]
    rules = {"budget": 5000, "currency": "EUR", "max_points": 3}
    text = synthetic("pb", rules, points, "fr")
    assert "Projet Points Coût Décision" in text
    assert "Bulletins Chaque votant répartit des points entre les projets" in text
    assert "Fresque 3 2 500 € Financé" in text


@pytest.mark.usefixtures("room")
def test_minutes_in_dutch_read_the_dutch_texts_and_quote_the_authoritative_french(
    ctx: AppContext,
) -> None:
    dutch = {"Fresque": "Muurschildering", "Cantine": "Kantine", "Jardin": "Tuin"}
    projects = [
        {**project, "translations": {"nl": {"label": dutch[project["label"]]}}}
        if project["label"] in dutch
        else project
        for project in PROJECTS
    ]
    vote_id = service.create_from_template(
        ctx,
        "local-pb",
        title="Budget participatif 2026",
        question="Quels projets financer ?",
        translations={"nl": {"title": "Participatieve begroting 2026"}},
        options=projects,
        budget=5000,
        rule="greedy",
        language="fr",
    )
    service.open_vote(ctx, vote_id)
    for code, basket in zip(service.issue_codes(ctx, vote_id, len(BASKETS)), BASKETS, strict=True):
        service.cast_with_code(ctx, code, {"approve": basket})
    service.close_vote(ctx, vote_id)
    text = minutes_of(ctx, vote_id, "nl")
    assert "Participatieve begroting 2026" in text
    assert "Muurschildering" in text and "Kantine" in text and "Tuin" in text
    # No Dutch name for Kiosque: its own.
    assert "Kiosque" in text
    assert "Vertaalde notulen. De stemming werd in het Frans gehouden" in text
    assert "Budget participatif 2026 Quels projets financer ?" in text
    # In the vote's own language: no note, the French names.
    own = minutes_of(ctx, vote_id)
    assert "Fresque" in own and "Muurschildering" not in own and "traduit" not in own


def test_french_minutes_and_slips_keep_their_punctuation_with_its_word(
    ctx: AppContext, room: Room
) -> None:
    # A vote entered with French typography (a narrow no-break space before "?"): the slips draw
    # that space, narrow, where they drew the font's missing box; the minutes' paragraphs keep
    # the "?" with its word (they read it back as a space).
    title = "Un local ouvert le soir\u202f?"
    slips = render_slips(title, ["http://192.168.1.20:8765/v/ABCD-EFGH"])
    assert title in raw_text(slips)
    vote_id = service.create_from_template(
        ctx,
        "statute-change",
        title="Statuts",
        question="Adopter l'article 12\u202f?",
        language="fr",
    )
    service.open_vote(ctx, vote_id)
    (code,) = service.issue_codes(ctx, vote_id, 1)
    service.cast_with_code(ctx, code, {"choice": "yes"})
    service.close_vote(ctx, vote_id)
    text = minutes_of(ctx, vote_id)
    assert "Adopter l'article 12 ?" in text
    assert room.shareholders


def raw_text(pdf: bytes) -> str:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return "".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()
