"""Printed matter of a live vote: slips of one-time phone codes, and the minutes (procès-verbal).

Drawn with the kiosk's PDF kit (`app.pdf_kit`: fonts, vector QR codes); texts from the `ballot`
gettext catalogue (see `app/voting/lan.py`), in the vote's language for the minutes, in all
three on a slip.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from fractions import Fraction
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
)

from app.catalogues import LANGUAGES
from app.pdf_kit import (
    FONT_BOLD,
    FONT_REGULAR,
    INK,
    MM,
    draw_qr,
    markup,
    register_fonts,
    text_width,
)
from app.voting.phrases import N_, grade_word, grade_words, t, translations
from app.voting.texts import option_text, vote_text
from app.voting.types import NamedLine, Turnout, VoteInfo, named_choices

MUTED = Color(0x5C / 255, 0x58 / 255, 0x66 / 255)
# Translates a sentence of the minutes and fills in its parameters (`render_minutes`'s `say`).
Say = Callable[..., str]
# The rows of funded projects in the minutes: a light tint that survives a photocopier.
FUNDED_TINT = Color(0xE4 / 255, 0xF2 / 255, 0xE6 / 255)
SLIP_COLUMNS, SLIP_ROWS = 2, 4
SCAN_TO_VOTE = N_("Scan to vote")
TYPE_THE_CODE = N_("or open {address}")
ONE_USE = N_("One person, one vote: this code works once.")


def url_matrix(text: str) -> list[list[bool]]:
    """The QR matrix of `text` (error correction M, no quiet zone: the drawing leaves it)."""
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(text)
    code.make(fit=True)
    return [[bool(cell) for cell in row] for row in code.get_matrix()]


def _fit(text: str, font: str, size: float, width: float) -> float:
    while size > 5 and text_width(text, font, size) > width:
        size -= 0.5
    return size


def render_slips(title: str, urls: Sequence[str]) -> bytes:
    """A4 sheets of 8 slips (2 × 4) with dashed cut lines; each slip a QR of its ballot URL."""
    register_fonts()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, pageCompression=1)
    canvas.setTitle(title)
    page_w, page_h = A4
    slip_w, slip_h = page_w / SLIP_COLUMNS, page_h / SLIP_ROWS
    per_page = SLIP_COLUMNS * SLIP_ROWS
    for start in range(0, len(urls), per_page):
        canvas.setStrokeColor(MUTED)
        canvas.setDash(4, 4)
        canvas.setLineWidth(0.5)
        for col in range(1, SLIP_COLUMNS):
            canvas.line(col * slip_w, 0, col * slip_w, page_h)
        for row in range(1, SLIP_ROWS):
            canvas.line(0, row * slip_h, page_w, row * slip_h)
        canvas.setDash()
        for index, url in enumerate(urls[start : start + per_page]):
            col, row = index % SLIP_COLUMNS, index // SLIP_COLUMNS
            x, y = col * slip_w, page_h - (row + 1) * slip_h
            _draw_slip(canvas, title, url, x=x, y=y, width=slip_w, height=slip_h)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def _draw_slip(
    canvas: Canvas, title: str, url: str, *, x: float, y: float, width: float, height: float
) -> None:
    margin = 6 * MM
    matrix = url_matrix(url)
    qr_size = min(height - 2 * margin, 46 * MM)
    module = qr_size / (len(matrix) + 8)
    draw_qr(canvas, matrix, x + margin + 4 * module, y + margin + 4 * module, module)
    text_x = x + margin + qr_size + 3 * MM
    text_w = width - (text_x - x) - margin
    canvas.setFillColor(INK)
    top = y + height - margin - 12
    size = _fit(title, FONT_BOLD, 12, text_w)
    canvas.setFont(FONT_BOLD, size)
    canvas.drawString(text_x, top, title)
    line = top - 20
    for language in ("fr", "nl", "en"):
        canvas.setFont(FONT_REGULAR, 11)
        canvas.drawString(text_x, line, t(language, SCAN_TO_VOTE))
        line -= 14
    line -= 4
    canvas.setFillColor(MUTED)
    address = url.split("//", 1)[-1]
    host, _, code = address.partition("/v/")
    for text in (f"{host}/v/", code[:13], code[13:]):
        canvas.setFont(FONT_REGULAR, _fit(text, FONT_REGULAR, 10, text_w))
        canvas.drawString(text_x, line, text)
        line -= 12
    line -= 6
    for language in ("fr", "nl", "en"):
        text = t(language, ONE_USE)
        canvas.setFont(FONT_REGULAR, _fit(text, FONT_REGULAR, 7, text_w))
        canvas.drawString(text_x, line, text)
        line -= 9


def _option_name(vote: VoteInfo, label: str, language: str) -> str:
    """An option's name in `language` (its own where it has none, or the vote has no such
    option: the kept result names options by their own label)."""
    for option in vote.options:
        if option.label == label:
            return option_text(option, language).label
    return label


def _named_paragraphs(
    vote: VoteInfo, named: Sequence[NamedLine], tr: Any, language: str
) -> list[str]:
    """Names per choice (motion, plurality, approval, PB, consent), or each person's ballot
    (rankings, grades, scores); as reportlab paragraph markup, escaped."""
    e = markup
    colon = " :" if language == "fr" else ":"

    def shown(option: object) -> str:
        return e(_option_name(vote, str(option), language))

    def who(line: NamedLine) -> str:
        if line.cast_by:
            return str(tr(BY_PROXY, name=line.name, holder=line.cast_by))
        return e(line.name)

    if vote.method in ("motion", "plurality", "approval", "pb", "consent"):
        if vote.method == "motion":
            choices = [(name, tr(label)) for name, label in MOTION_CHOICES.items()]
        elif vote.method == "consent":
            choices = [(name, tr(label)) for name, label in CONSENT_CHOICES.items()]
        else:
            choices = [(o.label, shown(o.label)) for o in vote.options]
        groups: dict[str, list[str]] = {name: [] for name, _label in choices}
        for line in named:
            for choice in named_choices(vote.method, line.content):
                groups.setdefault(choice, []).append(who(line))
        return [
            f"<b>{label}</b> ({len(groups[name])}){colon} {', '.join(groups[name]) or tr(NOBODY)}"
            for name, label in choices
            if groups[name] or vote.method != "motion" or name != "invalid"
        ]
    lines = []
    for line in named:
        content = line.content
        if "ranking" in content:
            text = " › ".join(shown(option) for option in content["ranking"])
        elif "grades" in content:
            grades = [grade_word(grade, language) for grade in vote.grades]
            text = " · ".join(
                f"{shown(option)}: {e(grades[int(g)] if int(g) < len(grades) else str(g))}"
                for option, g in dict(content["grades"]).items()
            )
        elif "scores" in content:
            text = " · ".join(
                f"{shown(option)} {int(points)}"
                for option, points in dict(content["scores"]).items()
            )
        else:
            text = e(str(content))
        lines.append(f"<b>{who(line)}</b>{colon} {text}")
    return lines


# -- Minutes -------------------------------------------------------------------------------------
#
# The minutes are read by a board secretary, not by us: every method, rule, base and threshold is
# said in words of the vote's language, never as the identifier the vote stores
# (docs/architecture.md, "Voting").

MINUTES = N_("Minutes of the vote")
AUTHORITATIVE = N_(
    "Translated minutes. The vote was held in {language}; its own text is the authoritative "
    "one: {text}"
)
LANGUAGE_NAMES = {"fr": N_("French"), "nl": N_("Dutch"), "en": N_("English")}
BODY = N_("Body")
DATE = N_("Date")
LEVEL = N_("Participation level")
METHOD = N_("Method")
ENTITLED = N_("Entitled to vote")
PRESENT = N_("Present")
NOT_RECORDED = N_("not recorded (no roll call)")
REPRESENTED = N_("Represented by proxy")
VOTED = N_("Voted")
BY_CHANNEL = N_("By channel")
QUORUM = N_("Quorum")
QUORUM_MET = N_("met")
QUORUM_NOT_MET = N_("not met")
NO_QUORUM = N_("none")
QUORUM_PRESENT = N_("{ratio} of those entitled present")
QUORUM_CAST = N_("{ratio} of those entitled voting")
RULE = N_("Rule")
BUDGET = N_("Budget")
BALLOTS = N_("Ballots")
RESULTS = N_("Results")
NO_RESULT = N_("No result could be computed: {reason}")
NO_ROLL_FOR_RULES = N_(
    "the rules of this vote count those present or entitled (a quorum, or a majority of those "
    "present), and nobody's presence was recorded."
)
ORDER = N_("Order of the options, best first:")
EXPLANATION = N_("Explanation")
SIGNATURES = N_("Signatures")
CHAIR = N_("The chair")
SECRETARY = N_("The secretary")
LEDGER = N_("Final hash of the ledger (antenne vote verify checks it)")
CHANNEL_LABELS = {"booth": N_("kiosk booth"), "phone": N_("phones"), "analog": N_("hands or paper")}
LEVEL_LABELS = {
    "information": N_("Information"),
    "consultation": N_("Consultation (advisory)"),
    "concertation": N_("Concertation"),
    "codecision": N_("Co-decision (binding)"),
}
METHOD_LABELS = {
    "motion": N_("Motion: yes, no or abstain"),
    "plurality": N_("Single choice (plurality)"),
    "approval": N_("Approval voting"),
    "score": N_("Score voting"),
    "irv": N_("Instant-runoff voting"),
    "schulze": N_("Schulze method"),
    "mj": N_("Majority judgment"),
    "consent": N_("Consent"),
    "pb": N_("Participatory budget"),
}
# How each method decides; a motion's and a budget's come from their rules.
METHOD_RULES = {
    "plurality": N_("Each ballot chooses one option; the option chosen most often wins."),
    "approval": N_("Each ballot approves any number of options; the most approved option wins."),
    "score": N_("Each ballot scores every option from 0 to {top}; the highest total wins."),
    "irv": N_(
        "Each ballot ranks the options; the option with the fewest first choices is eliminated, "
        "round after round, until one has a majority."
    ),
    "schulze": N_(
        "Each ballot ranks the options; options are compared two by two and ordered by their "
        "strongest chains of wins."
    ),
    "mj": N_("Each ballot grades every option ({grades}); the best median grade wins."),
    "consent": N_("The proposal is adopted unless someone objects."),
}
# A motion's threshold; {base} is the tally's words for the 100 % base ("of yes+no+abstain").
THRESHOLD_RULES = {
    "simple": N_("Simple majority {base}"),
    "two_thirds": N_("Two-thirds majority {base}"),
    "three_quarters": N_("Three-quarters majority {base}"),
    "unanimity": N_("Unanimity: adopted when nobody votes no"),
}
PB_BALLOTS = {
    "approval": N_("each voter ticks the projects they support"),
    "cumulative": N_("each voter shares points among the projects"),
}
MOTION_CHOICES = {
    "yes": N_("Yes"),
    "no": N_("No"),
    "abstain": N_("Abstain"),
    "invalid": N_("Invalid"),
}
# A participatory budget's projects: which are funded, and why the others are not.
PB_SUMMARY = N_("{funded} of {projects} projects funded, for {cost} of the {budget} budget.")
PROJECT = N_("Project")
VOTES = N_("Votes")
POINTS = N_("Points")
COST = N_("Cost")
DECISION = N_("Decision")
FUNDED = N_("Funded")
FUNDED_WITH_REST = N_("Funded, with what was left, by votes")
NOT_FUNDED = N_("Not funded: {why}")
DID_NOT_FIT = N_("when its turn came, by votes, only {left} of the budget was left.")
SUPPORTERS_SHORT = N_("its supporters had only {money} left of their equal shares.")
SUPPORTERS_SHORT_THEN = N_(
    "its supporters had only {money} left of their equal shares, and the {left} left once the "
    "rest was funded by votes does not cover it."
)
NO_SUPPORT = N_("nobody voted for it.")
NAMED_VOTE = N_("Named vote: who voted what")
NAMED_NOTE = N_("This vote was not secret: each person's choice is recorded with their name.")
BY_PROXY = N_("{name} (by proxy, cast by {holder})")
NOBODY = N_("nobody")
CONSENT_CHOICES = {"consent": N_("Consent"), "objection": N_("Objection")}


class _QR(Flowable):  # type: ignore[misc]
    def __init__(self, text: str, size: float) -> None:
        super().__init__()
        self.matrix = url_matrix(text)
        self.size = size

    def wrap(self, _width: float, _height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        module = self.size / (len(self.matrix) + 8)
        draw_qr(self.canv, self.matrix, 4 * module, 4 * module, module)


def _amount(value: object) -> Fraction:
    """An amount as the tally's JSON writes it (a whole number, or exact text)."""
    return Fraction(str(value))


def _unbroken(amount: str) -> str:
    """An amount a line never breaks ("1 125 €" split after "1" reads as two numbers): Babel's
    group and currency spaces become no-break spaces, which reportlab keeps together."""
    return amount.replace("\u202f", "\xa0").replace(" ", "\xa0")


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _rule_rows(
    vote: VoteInfo, details: Mapping[str, Any], say: Say, language: str
) -> list[tuple[str, str]]:
    """The rule a vote was decided by, in words: (label, text) rows of the facts table (a
    budget's kind of ballot from the tally's `details`)."""
    from app.voting.tally.explain import format_money, term
    from app.voting.tally.motion import BASE_TERMS
    from app.voting.tally.pb import RULE_TERMS

    if vote.method == "motion":
        rules = vote.rules.get("rules") or {}
        threshold = THRESHOLD_RULES[rules.get("threshold", "simple")]
        base = term(BASE_TERMS[rules.get("base", "yes_no_abstain")], language)
        return [(RULE, say(threshold, base=base))]
    if vote.method == "pb":
        rule = _capital(term(RULE_TERMS[vote.rules.get("rule", "greedy")], language))
        kind = "cumulative" if details.get("vote_type") == "cumulative" else "approval"
        budget = _unbroken(format_money(Fraction(vote.budget or 0), vote.currency, language))
        return [(RULE, rule), (BUDGET, budget), (BALLOTS, _capital(say(PB_BALLOTS[kind])))]
    grades = ", ".join(grade_word(grade, language) for grade in vote.grades)
    return [(RULE, say(METHOD_RULES[vote.method], top=vote.max_score, grades=grades))]


def _counts_presence(vote: VoteInfo) -> bool:
    """Whether a motion's rules need the weights present or entitled (a quorum, such a base)."""
    rules = vote.rules.get("rules") or {}
    return vote.method == "motion" and (
        bool(rules.get("quorum")) or rules.get("base") in ("present", "entitled")
    )


def _presence_rows(turnout: Turnout, say: Say) -> list[tuple[str, str]]:
    """Who could vote and who was there, as counted at a roll call. Without one (a phone-only
    vote) nobody was counted present, which is not the same as nobody being there: the minutes
    say "not recorded", and so for those entitled when only presence would have made them so."""
    entitled = str(turnout.entitled)
    if not turnout.roll_call:
        unknown = say(NOT_RECORDED)
        return [(ENTITLED, entitled if turnout.entitled else unknown), (PRESENT, unknown)]
    return [
        (ENTITLED, entitled),
        (PRESENT, str(turnout.present)),
        (REPRESENTED, str(turnout.represented)),
    ]


def _quorum_text(vote: VoteInfo, quorum: bool | None, say: Say, language: str) -> str:
    from app.voting.tally.explain import format_percent

    if quorum is None:
        return say(NO_QUORUM)
    rule = (vote.rules.get("rules") or {}).get("quorum") or {}
    ratio = format_percent(_amount(rule.get("ratio", 0)), language)
    counted = QUORUM_CAST if rule.get("count") == "cast" else QUORUM_PRESENT
    return f"{say(counted, ratio=ratio)} · {say(QUORUM_MET if quorum else QUORUM_NOT_MET)}"


def _projects_table(
    vote: VoteInfo, details: Mapping[str, Any], say: Say, language: str, styles: _Styles
) -> list[Flowable]:
    """A budget's projects, funded ones first, each with its votes, cost and decision; the
    others with the rule's reason (`details["not_selected"]`, app/voting/tally/pb.py)."""
    from app.voting.tally.explain import format_money, format_number

    currency = str(details.get("currency") or vote.currency)

    def money(value: object) -> str:
        return _unbroken(format_money(_amount(value), currency, language))

    votes: Mapping[str, int] = details.get("votes") or {}
    costs = {option.label: option.cost or 0 for option in vote.options}
    selected = set(details.get("selected") or ())
    not_selected: Mapping[str, Mapping[str, Any]] = details.get("not_selected") or {}
    for project, reason in not_selected.items():
        costs.setdefault(project, reason.get("cost", 0))
    funded = sorted(selected, key=lambda p: (-votes.get(p, 0), p))
    e = markup
    summary = say(
        PB_SUMMARY,
        funded=len(funded),
        projects=len(votes),
        cost=money(details.get("cost", 0)),
        budget=money(details.get("budget", 0)),
    )
    votes_label = POINTS if details.get("vote_type") == "cumulative" else VOTES
    rows = [
        [
            Paragraph(f"<b>{e(say(PROJECT))}</b>", styles.cell),
            Paragraph(f"<b>{e(say(votes_label))}</b>", styles.number),
            Paragraph(f"<b>{e(say(COST))}</b>", styles.number),
            Paragraph(f"<b>{e(say(DECISION))}</b>", styles.cell),
        ]
    ]

    def row(project: str, decision: str, *, bold: bool) -> list[Paragraph]:
        def marked(text: str) -> str:
            return f"<b>{e(text)}</b>" if bold else e(text)

        return [
            Paragraph(marked(_option_name(vote, project, language)), styles.cell),
            Paragraph(format_number(votes.get(project, 0), language), styles.number),
            Paragraph(money(costs.get(project, 0)), styles.number),
            Paragraph(marked(decision), styles.cell),
        ]

    completed = set(details.get("completed_by_greedy") or ())
    completing = details.get("rule") == "mes-add1-greedy"
    for project in funded:
        decision = FUNDED_WITH_REST if project in completed else FUNDED
        rows.append(row(project, say(decision), bold=True))
    for project, reason in not_selected.items():
        if reason.get("reason") == "did_not_fit":
            why = say(DID_NOT_FIT, left=money(reason["left"]))
        elif reason.get("reason") == "supporters_short" and completing:
            # Greedy completion skipped it too: what is left at the end is less than it costs
            # (what was left at its turn, more still, is not in the kept result).
            why = say(
                SUPPORTERS_SHORT_THEN,
                money=money(reason["supporters_money"]),
                left=money(details.get("left", 0)),
            )
        elif reason.get("reason") == "supporters_short":
            why = say(SUPPORTERS_SHORT, money=money(reason["supporters_money"]))
        else:
            why = say(NO_SUPPORT)
        rows.append(row(project, say(NOT_FUNDED, why=why), bold=False))
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, MUTED),
    ]
    if funded:
        style.append(("BACKGROUND", (0, 1), (-1, len(funded)), FUNDED_TINT))
    table = Table(
        rows,
        colWidths=[48 * MM, 20 * MM, 26 * MM, 76 * MM],
        hAlign="LEFT",
        repeatRows=1,
        style=style,
    )
    return [Paragraph(e(summary), styles.normal), Spacer(1, 3 * MM), table]


class _Styles:
    def __init__(self) -> None:
        self.normal = ParagraphStyle(
            "n", fontName=FONT_REGULAR, fontSize=11, leading=15, textColor=INK
        )
        self.heading = ParagraphStyle(
            "h", parent=self.normal, fontName=FONT_BOLD, fontSize=18, leading=23
        )
        self.sub = ParagraphStyle(
            "s", parent=self.normal, fontName=FONT_BOLD, fontSize=13, leading=18, spaceBefore=4
        )
        self.small = ParagraphStyle(
            "m", parent=self.normal, fontSize=8, leading=10, textColor=MUTED
        )
        self.cell = ParagraphStyle("c", parent=self.normal, fontSize=9.5, leading=12)
        self.number = ParagraphStyle("r", parent=self.cell, alignment=TA_RIGHT)


def render_minutes(
    vote: VoteInfo,
    result: Mapping[str, Any],
    turnout: Turnout,
    *,
    final_hash: str,
    quorum: bool | None,
    when: datetime | None,
    timezone: str = "Europe/Paris",
    named: Sequence[NamedLine] = (),
    language: str = "",
) -> bytes:
    """The procès-verbal of a closed vote, in `language` (the vote's own when ""); for a named
    vote, who voted what (`named`). In another language than the vote's, the title, question
    and options are its translations (the vote's own where one is missing) and the minutes
    quote the vote's own title and question as the authoritative text."""
    from zoneinfo import ZoneInfo

    from babel.dates import format_datetime

    register_fonts()
    own = vote.language if vote.language in LANGUAGES else "fr"
    language = language if language in LANGUAGES else own
    locale = {"fr": "fr_BE", "nl": "nl_BE", "en": "en"}[language]

    def tr(message: str, **params: Any) -> str:
        """A sentence as reportlab markup (parameters escaped)."""
        return t(language, message, **params)

    def say(message: str, **params: Any) -> str:
        """A sentence as plain text (escaped once, where it becomes a paragraph)."""
        return translations(language).gettext(message).format(**params)

    styles = _Styles()
    normal, sub = styles.normal, styles.sub
    e = markup
    date_text = (
        format_datetime(when.astimezone(ZoneInfo(timezone)), "d MMMM y, HH:mm", locale=locale)
        if when is not None
        else ""
    )
    channels = ", ".join(
        f"{say(CHANNEL_LABELS.get(name, name))} {count}"
        for name, count in sorted(turnout.by_channel.items())
    )
    facts = [
        (BODY, vote.body_name.get(language, "") or "—"),
        (DATE, date_text),
        (LEVEL, say(LEVEL_LABELS[vote.level])),
        (METHOD, say(METHOD_LABELS[vote.method])),
        *_rule_rows(vote, result.get("details") or {}, say, language),
        *_presence_rows(turnout, say),
        (VOTED, str(turnout.voted)),
        (BY_CHANNEL, channels or "—"),
        (QUORUM, _quorum_text(vote, quorum, say, language)),
    ]
    table = Table(
        [[Paragraph(e(say(label)), normal), Paragraph(e(value), normal)] for label, value in facts],
        colWidths=[55 * MM, 115 * MM],
        hAlign="LEFT",
        style=[("VALIGN", (0, 0), (-1, -1), "TOP")],
    )
    texts = vote_text(vote, language)
    story: list[Flowable] = [
        Paragraph(e(say(MINUTES)), styles.heading),
        Paragraph(e(texts.title), sub),
    ]
    if texts.question:
        story.append(Paragraph(e(texts.question), normal))
    if language != own:
        quoted = " ".join(part for part in (vote.title, vote.question) if part)
        note = say(AUTHORITATIVE, language=say(LANGUAGE_NAMES[own]), text=quoted)
        story.append(Paragraph(e(note), styles.small))
    story += [Spacer(1, 6 * MM), table, Spacer(1, 6 * MM), Paragraph(e(say(RESULTS)), sub)]
    if "error" in result:
        # The tally's own words are English; the one cause a facilitator meets (a quorum and
        # no roll call) is said in the vote's language.
        reason = str(result["error"])
        if _counts_presence(vote) and not turnout.roll_call:
            reason = say(NO_ROLL_FOR_RULES)
        story.append(Paragraph(e(say(NO_RESULT, reason=reason)), normal))
    else:
        details = result.get("details") or {}
        if vote.method == "motion":
            summary = " · ".join(
                f"{say(label)} {details.get(name, 0)}" for name, label in MOTION_CHOICES.items()
            )
            story.append(Paragraph(e(summary), normal))
        elif vote.method == "pb":
            story += _projects_table(vote, details, say, language, styles)
        elif vote.method != "consent":
            order = " › ".join(
                ", ".join(_option_name(vote, str(option), language) for option in tier)
                for tier in result.get("ranking") or []
            )
            story.append(Paragraph(f"{e(say(ORDER))} {e(order)}", normal))
        explanation = str((result.get("explanation") or {}).get(language, ""))
        if vote.method == "mj":
            explanation = grade_words(explanation, vote.grades, language)
        story += [Spacer(1, 4 * MM), Paragraph(e(say(EXPLANATION)), sub)]
        # Babel's narrow no-break space between digit groups is a break for reportlab.
        explanation = explanation.replace("\u202f", "\xa0")
        story += [Paragraph(e(line), normal) for line in explanation.splitlines() if line]
    if not vote.secret:
        story += [Spacer(1, 4 * MM), Paragraph(e(say(NAMED_VOTE)), sub)]
        story.append(Paragraph(e(say(NAMED_NOTE)), normal))
        story += [Paragraph(text, normal) for text in _named_paragraphs(vote, named, tr, language)]
    # Signatures and the ledger's hash stay on one page: a signature below a page break would
    # sign nothing visible.
    signatures = Table(
        [[say(CHAIR), say(SECRETARY)], ["", ""], ["_" * 30, "_" * 30]],
        colWidths=[85 * MM, 85 * MM],
        rowHeights=[16, 30, 16],
        hAlign="LEFT",
        style=[("FONTNAME", (0, 0), (-1, -1), FONT_REGULAR)],
    )
    story += [
        Spacer(1, 10 * MM),
        KeepTogether(
            [
                Paragraph(e(say(SIGNATURES)), sub),
                Spacer(1, 4 * MM),
                signatures,
                Spacer(1, 8 * MM),
                _QR(final_hash, 30 * MM),
                Paragraph(e(say(LEDGER)), styles.small),
                Paragraph(final_hash, styles.small),
            ]
        ),
    ]
    out = io.BytesIO()
    document = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=20 * MM,
        rightMargin=20 * MM,
        topMargin=18 * MM,
        bottomMargin=18 * MM,
        title=f"{say(MINUTES)} — {texts.title}",
    )
    document.build(story)
    return out.getvalue()
