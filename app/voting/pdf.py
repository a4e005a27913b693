"""Printed matter of a live vote: slips of one-time phone codes, and the minutes (procès-verbal).

Drawn with the kiosk's PDF kit (`app.pdf_kit`: fonts, vector QR codes); texts from the `ballot`
gettext catalogue (see `app/voting/lan.py`), in the vote's language for the minutes, in all
three on a slip.
"""

from __future__ import annotations

import html
import io
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table

from app.pdf_kit import FONT_BOLD, FONT_REGULAR, INK, MM, draw_qr, register_fonts, text_width
from app.voting.phrases import N_, t
from app.voting.types import NamedLine, Turnout, VoteInfo, named_choices

MUTED = Color(0x5C / 255, 0x58 / 255, 0x66 / 255)
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


def _grade_words(text: str, grades: Sequence[str], language: str) -> str:
    """The consultation template's grade identifiers ("very_good") as words of the language
    (the engine writes a vote's grades as given)."""
    import re

    from app.voting.lan import grade_word

    for grade in sorted(grades, key=len, reverse=True):
        word = grade_word(grade, language)
        if word != grade:
            text = re.sub(rf"(?<!\w){re.escape(grade)}(?!\w)", word.replace("\\", r"\\"), text)
    return text


def _named_paragraphs(
    vote: VoteInfo, named: Sequence[NamedLine], tr: Any, language: str
) -> list[str]:
    """Names per choice (motion, plurality, approval, PB, consent), or each person's ballot
    (rankings, grades, scores); as reportlab paragraph markup, escaped."""
    e = html.escape
    colon = " :" if vote.language == "fr" else ":"

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
            choices = [(o.label, e(o.label)) for o in vote.options]
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
            text = " › ".join(e(str(option)) for option in content["ranking"])
        elif "grades" in content:
            from app.voting.lan import grade_word

            grades = [grade_word(grade, language) for grade in vote.grades]
            text = " · ".join(
                f"{e(str(option))}: {e(grades[int(g)] if int(g) < len(grades) else str(g))}"
                for option, g in dict(content["grades"]).items()
            )
        elif "scores" in content:
            text = " · ".join(
                f"{e(str(option))} {int(points)}"
                for option, points in dict(content["scores"]).items()
            )
        else:
            text = e(str(content))
        lines.append(f"<b>{who(line)}</b>{colon} {text}")
    return lines


# -- Minutes -------------------------------------------------------------------------------------

MINUTES = N_("Minutes of the vote")
BODY = N_("Body")
DATE = N_("Date")
LEVEL = N_("Participation level")
METHOD = N_("Method")
ENTITLED = N_("Entitled to vote")
PRESENT = N_("Present")
REPRESENTED = N_("Represented by proxy")
VOTED = N_("Voted")
BY_CHANNEL = N_("By channel")
QUORUM = N_("Quorum")
QUORUM_MET = N_("met")
QUORUM_NOT_MET = N_("not met")
NO_QUORUM = N_("none")
RULE = N_("Rule")
RESULTS = N_("Results")
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
MOTION_CHOICES = {
    "yes": N_("Yes"),
    "no": N_("No"),
    "abstain": N_("Abstain"),
    "invalid": N_("Invalid"),
}
NAMED_VOTE = N_("Named vote: who voted what")
NAMED_NOTE = N_("This vote was not secret: each person's choice is recorded with their name.")
BY_PROXY = N_("{name} (by proxy, cast by {holder})")
NOBODY = N_("nobody")
CONSENT_CHOICES = {"consent": N_("Consent"), "objection": N_("Objection")}
THRESHOLDS = {
    "simple": N_("simple majority"),
    "two_thirds": N_("two thirds"),
    "three_quarters": N_("three quarters"),
    "unanimity": N_("unanimity"),
}


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
) -> bytes:
    """The procès-verbal of a closed vote, in the vote's language; for a named vote, who voted
    what (`named`)."""
    from zoneinfo import ZoneInfo

    from babel.dates import format_datetime

    register_fonts()
    language = vote.language if vote.language in ("fr", "nl", "en") else "fr"
    locale = {"fr": "fr_BE", "nl": "nl_BE", "en": "en"}[language]

    def tr(message: str, **params: Any) -> str:
        return t(language, message, **params)

    normal = ParagraphStyle("n", fontName=FONT_REGULAR, fontSize=11, leading=15, textColor=INK)
    heading = ParagraphStyle("h", parent=normal, fontName=FONT_BOLD, fontSize=18, leading=23)
    sub = ParagraphStyle("s", parent=normal, fontName=FONT_BOLD, fontSize=13, leading=18)
    small = ParagraphStyle("m", parent=normal, fontSize=8, leading=10, textColor=MUTED)
    e = html.escape
    date_text = (
        format_datetime(when.astimezone(ZoneInfo(timezone)), "d MMMM y, HH:mm", locale=locale)
        if when is not None
        else ""
    )
    rules = vote.rules.get("rules") or {}
    rule_text = vote.method
    if vote.method == "motion":
        threshold = THRESHOLDS.get(rules.get("threshold", "simple"), "simple")
        rule_text = f"{tr(threshold)} · {rules.get('base', 'yes_no_abstain')}"
    elif vote.method == "pb":
        rule_text = f"pb · {vote.rules.get('rule', 'greedy')}"
    quorum_text = tr(NO_QUORUM)
    if quorum is not None:
        ratio = (rules.get("quorum") or {}).get("ratio")
        quorum_text = f"{ratio} · {tr(QUORUM_MET if quorum else QUORUM_NOT_MET)}"
    channels = ", ".join(
        f"{tr(CHANNEL_LABELS.get(name, name))} {count}"
        for name, count in sorted(turnout.by_channel.items())
    )
    facts = [
        (BODY, vote.body_name.get(language, "") or "—"),
        (DATE, date_text),
        (LEVEL, tr(LEVEL_LABELS[vote.level])),
        (METHOD, vote.method),
        (ENTITLED, str(turnout.entitled)),
        (PRESENT, str(turnout.present)),
        (REPRESENTED, str(turnout.represented)),
        (VOTED, str(turnout.voted)),
        (BY_CHANNEL, channels or "—"),
        (QUORUM, quorum_text),
        (RULE, rule_text),
    ]
    table = Table(
        [[Paragraph(e(tr(label)), normal), Paragraph(e(value), normal)] for label, value in facts],
        colWidths=[60 * MM, 110 * MM],
        hAlign="LEFT",
    )
    story: list[Flowable] = [
        Paragraph(e(tr(MINUTES)), heading),
        Paragraph(e(vote.title), sub),
    ]
    if vote.question:
        story.append(Paragraph(e(vote.question), normal))
    story += [Spacer(1, 6 * MM), table, Spacer(1, 6 * MM), Paragraph(e(tr(RESULTS)), sub)]
    if "error" in result:
        story.append(Paragraph(e(str(result["error"])), normal))
    else:
        details = result.get("details") or {}
        if vote.method == "motion":
            summary = " · ".join(
                f"{tr(label)} {details.get(name, 0)}" for name, label in MOTION_CHOICES.items()
            )
        else:
            summary = " › ".join(", ".join(tier) for tier in result.get("ranking") or [])
        story.append(Paragraph(e(summary), normal))
        explanation = str((result.get("explanation") or {}).get(language, ""))
        if vote.method == "mj":
            explanation = _grade_words(explanation, vote.grades, language)
        story += [Spacer(1, 4 * MM), Paragraph(e(tr(EXPLANATION)), sub)]
        story += [Paragraph(e(line), normal) for line in str(explanation).splitlines() if line]
    if not vote.secret:
        story += [Spacer(1, 4 * MM), Paragraph(e(tr(NAMED_VOTE)), sub)]
        story.append(Paragraph(e(tr(NAMED_NOTE)), normal))
        story += [Paragraph(text, normal) for text in _named_paragraphs(vote, named, tr, language)]
    story += [Spacer(1, 10 * MM), Paragraph(e(tr(SIGNATURES)), sub), Spacer(1, 4 * MM)]
    story.append(
        Table(
            [[tr(CHAIR), tr(SECRETARY)], ["", ""], ["_" * 30, "_" * 30]],
            colWidths=[85 * MM, 85 * MM],
            rowHeights=[16, 30, 16],
            hAlign="LEFT",
            style=[("FONTNAME", (0, 0), (-1, -1), FONT_REGULAR)],
        )
    )
    story += [
        Spacer(1, 8 * MM),
        _QR(final_hash, 30 * MM),
        Paragraph(e(tr(LEDGER)), small),
        Paragraph(final_hash, small),
    ]
    out = io.BytesIO()
    document = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=20 * MM,
        rightMargin=20 * MM,
        topMargin=18 * MM,
        bottomMargin=18 * MM,
        title=f"{tr(MINUTES)} — {vote.title}",
    )
    document.build(story)
    return out.getvalue()
