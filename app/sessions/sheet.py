"""The attendance sheet (feuille d'émargement) of a session, as training funders ask for it: the
session's details, one row per person holding a seat with a box to sign, blank rows for
people who walk in, the host's certification, page numbers; as a PDF to print (drawn with
`app.pdf_kit`, like badges and minutes) and as a CSV for a spreadsheet.

Written in the session's language (gettext domain `sessions`, `app.sessions.phrases`), whatever
the kiosk's. Read-only: printing a sheet changes nothing (docs/architecture.md, "Calendars and
attendance sheets").
"""

from __future__ import annotations

import csv
import io
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from app.catalogues import LANGUAGES
from app.errors import QT_TRANSLATE_NOOP, Message, NotFoundError
from app.sessions.phrases import N_, kind_words, price_words, t

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from app.context import AppContext

# Seats a sheet lists: the people expected (a no-show is marked after the session, and the
# sheet printed again is still the list of who was expected). The waiting list has no seat.
LISTED_STATUSES = ("confirmed", "attended", "no_show")
# Blank rows for walk-ins: at least this many, and the last page filled.
MIN_BLANK_ROWS = 5
# Rows that fit on the first page with the details above and the certification below.
FIRST_PAGE_ROWS = 9

TITLE = N_("Attendance sheet")
ORGANISER = N_("Organised by Smart — antenne {antenna}")
SESSION = N_("Session")
KIND = N_("Kind")
DATE = N_("Date")
TIME = N_("Time")
TIME_RANGE = N_("{start} to {end} ({hours} h)")
PLACE = N_("Place")
ONLINE = N_("Online: {url}")
HOST = N_("Host")
PRICE = N_("Price")
NUMBER = N_("No.")
NAME = N_("Last and first name")
SIGNATURE = N_("Signature")
WALK_IN = N_("Walk-in")
EXPECTED = N_("People signed up: {count}")
PRESENT = N_("People present: ______")
CERTIFY = N_("I certify that the people who signed above attended this session.")
HOST_SIGNATURE = N_("The host's signature")
PAGE = N_("Page {page} of {pages}")
CANCELLED = N_("This session was cancelled.")
CSV_HEADER = (
    N_("Session"),
    N_("Date"),
    N_("Start"),
    N_("End"),
    N_("Place"),
    N_("Host"),
    N_("No."),
    N_("Last name"),
    N_("First name"),
    N_("Status"),
)
STATUS_WORDS = {
    "confirmed": N_("Signed up"),
    "attended": N_("Attended"),
    "no_show": N_("Did not come"),
}


@dataclass(frozen=True)
class Attendee:
    first_name: str
    last_name: str
    status: str


@dataclass(frozen=True)
class AttendanceSheet:
    """What a sheet prints, read once from the database."""

    session_id: uuid.UUID
    title: str
    kind: str
    language: str
    starts_at: datetime
    ends_at: datetime
    zone: ZoneInfo
    location: str
    online_url: str
    price_cents: int
    currency: str
    host: str
    antenna: str
    cancelled: bool
    attendees: tuple[Attendee, ...]

    @property
    def local_start(self) -> datetime:
        return self.starts_at.astimezone(self.zone)

    @property
    def local_end(self) -> datetime:
        return self.ends_at.astimezone(self.zone)


def unknown_session(session_id: uuid.UUID) -> NotFoundError:
    return NotFoundError(
        Message(
            "Sessions",
            QT_TRANSLATE_NOOP("Sessions", "There is no session {id}."),
            {"id": str(session_id)},
        )
    )


def attendance_of(ctx: AppContext, session_id: uuid.UUID) -> AttendanceSheet:
    """The sheet of a session; `NotFoundError` when there is no such session."""
    from sqlalchemy import select

    from app.localtime import zone
    from app.sessions.ics import as_utc
    from db.models.antennas import Antenna
    from db.models.people import Person
    from db.models.sessions import Session, Signup

    with ctx.db.session() as db:
        session = db.get(Session, session_id)
        if session is None or session.deleted_at is not None:
            raise unknown_session(session_id)
        antenna = db.get(Antenna, session.antenna_id) if session.antenna_id is not None else None
        host = session.host
        rows = db.execute(
            select(Person.first_name, Person.last_name, Signup.status)
            .join(Signup, Signup.person_id == Person.id)
            .where(
                Signup.session_id == session_id,
                Signup.deleted_at.is_(None),
                Signup.status.in_(LISTED_STATUSES),
                Person.deleted_at.is_(None),
            )
            .order_by(Person.search_last, Person.search_first, Person.id)
        ).all()
        place_zone = ZoneInfo(antenna.timezone) if antenna is not None else zone(ctx)
        return AttendanceSheet(
            session_id=session.id,
            title=session.title,
            kind=str(session.kind),
            language=session.language if session.language in LANGUAGES else "fr",
            starts_at=as_utc(session.starts_at),
            ends_at=as_utc(session.ends_at),
            zone=place_zone,
            location=session.location,
            online_url=session.online_url,
            price_cents=session.price_cents,
            currency=session.currency,
            host=(
                f"{host.first_name} {host.last_name}"
                if host is not None and host.deleted_at is None
                else ""
            ),
            antenna=antenna.name if antenna is not None else "",
            cancelled=session.cancelled,
            attendees=tuple(
                Attendee(first_name=first, last_name=last, status=str(status))
                for first, last, status in rows
            ),
        )


# -- Words --------------------------------------------------------------------------------------


def _locale(language: str) -> str:
    return {"fr": "fr_BE", "nl": "nl_BE", "en": "en_IE"}.get(language, "fr_BE")


def _day(sheet: AttendanceSheet) -> str:
    from babel.dates import format_date

    return str(format_date(sheet.local_start.date(), "full", locale=_locale(sheet.language)))


def _clock(moment: datetime) -> str:
    return moment.strftime("%H:%M")


def _hours(sheet: AttendanceSheet) -> str:
    from babel.numbers import format_decimal

    hours = (sheet.ends_at - sheet.starts_at).total_seconds() / 3600
    return str(format_decimal(round(hours, 2), locale=_locale(sheet.language)))


def _place(sheet: AttendanceSheet) -> str:
    if sheet.online_url and sheet.location:
        return f"{sheet.location} — {t(sheet.language, ONLINE, url=sheet.online_url)}"
    if sheet.online_url:
        return t(sheet.language, ONLINE, url=sheet.online_url)
    return sheet.location or "—"


def details(sheet: AttendanceSheet) -> list[tuple[str, str]]:
    """The session's facts as (label, value), in the sheet's language."""
    language = sheet.language
    return [
        (t(language, SESSION), sheet.title),
        (t(language, KIND), kind_words(sheet.kind, language)),
        (t(language, DATE), _day(sheet)),
        (
            t(language, TIME),
            t(
                language,
                TIME_RANGE,
                start=_clock(sheet.local_start),
                end=_clock(sheet.local_end),
                hours=_hours(sheet),
            ),
        ),
        (t(language, PLACE), _place(sheet)),
        (t(language, HOST), sheet.host or "—"),
        (t(language, PRICE), price_words(sheet.price_cents, sheet.currency, language)),
    ]


# -- CSV ----------------------------------------------------------------------------------------


def render_csv(sheet: AttendanceSheet) -> bytes:
    """The sheet as CSV: `;`-separated (what spreadsheets in fr/nl locales split on), UTF-8
    with a BOM (so they read accents right), one row per person with the session's facts
    repeated (a row stands alone when filtered or merged with other sessions' sheets)."""
    language = sheet.language
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([t(language, label) for label in CSV_HEADER])
    facts = [
        sheet.title,
        sheet.local_start.date().isoformat(),
        _clock(sheet.local_start),
        _clock(sheet.local_end),
        _place(sheet),
        sheet.host,
    ]
    for number, person in enumerate(sheet.attendees, start=1):
        status = STATUS_WORDS.get(person.status)
        writer.writerow(
            [
                *(_cell(value) for value in facts),
                str(number),
                _cell(person.last_name),
                _cell(person.first_name),
                t(language, status) if status is not None else person.status,
            ]
        )
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _cell(text: str) -> str:
    # A name beginning with = + - @ would be a formula to a spreadsheet (CSV injection).
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


# -- PDF ----------------------------------------------------------------------------------------


def render_pdf(sheet: AttendanceSheet) -> bytes:
    """The sheet as an A4 PDF (see the module's docstring)."""
    from reportlab.lib.colors import Color
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table

    from app.pdf_kit import FONT_BOLD, FONT_REGULAR, INK, MM, markup, register_fonts

    register_fonts()
    language = sheet.language
    muted = Color(0x5C / 255, 0x58 / 255, 0x66 / 255)
    normal = ParagraphStyle("n", fontName=FONT_REGULAR, fontSize=10.5, leading=14, textColor=INK)
    heading = ParagraphStyle("h", parent=normal, fontName=FONT_BOLD, fontSize=20, leading=25)
    sub = ParagraphStyle("s", parent=normal, fontSize=11, leading=15, textColor=muted)
    bold = ParagraphStyle("b", parent=normal, fontName=FONT_BOLD)
    e = markup

    facts = Table(
        [
            [Paragraph(e(label), bold), Paragraph(e(value), normal)]
            for label, value in details(sheet)
        ],
        colWidths=[32 * MM, 138 * MM],
        hAlign="LEFT",
        style=[
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ],
    )
    header = [
        Paragraph(e(t(language, NUMBER)), bold),
        Paragraph(e(t(language, NAME)), bold),
        Paragraph(e(t(language, SIGNATURE)), bold),
    ]
    rows: list[list[Any]] = [header]
    for number, person in enumerate(sheet.attendees, start=1):
        name = f"<b>{e(person.last_name.upper())}</b> {e(person.first_name)}"
        rows.append([str(number), Paragraph(name, normal), ""])
    walk_ins = _blank_rows(len(sheet.attendees))
    for number in range(len(sheet.attendees) + 1, len(sheet.attendees) + walk_ins + 1):
        rows.append(
            [
                str(number),
                Paragraph(f"<font color='#5C5866'>{e(t(language, WALK_IN))}</font>", sub),
                "",
            ]
        )
    table = Table(
        rows,
        colWidths=[12 * MM, 88 * MM, 70 * MM],
        # A signature needs room: 12 mm a row, the height of a pen's stroke and a half.
        rowHeights=[9 * MM] + [12 * MM] * (len(rows) - 1),
        repeatRows=1,
        hAlign="LEFT",
        style=[
            ("FONTNAME", (0, 0), (-1, -1), FONT_REGULAR),
            ("FONTSIZE", (0, 0), (-1, -1), 10.5),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (0, 0), (0, -1), "RIGHT"),
            ("GRID", (0, 0), (-1, -1), 0.6, INK),
            ("BACKGROUND", (0, 0), (-1, 0), Color(0.92, 0.92, 0.94)),
        ],
    )
    story: list[Any] = [
        Paragraph(e(t(language, TITLE)), heading),
        Paragraph(e(t(language, ORGANISER, antenna=sheet.antenna or "—")), sub),
        Spacer(1, 5 * MM),
    ]
    if sheet.cancelled:
        story += [Paragraph(f"<b>{e(t(language, CANCELLED))}</b>", normal), Spacer(1, 3 * MM)]
    story += [
        facts,
        Spacer(1, 3 * MM),
        Paragraph(e(t(language, EXPECTED, count=len(sheet.attendees))), normal),
        Spacer(1, 4 * MM),
        table,
        Spacer(1, 8 * MM),
        # The certification and the host's signature stay together, never orphaned on a page
        # of their own without the last rows.
        KeepTogether(
            [
                Paragraph(e(t(language, PRESENT)), normal),
                Spacer(1, 3 * MM),
                Paragraph(e(t(language, CERTIFY)), normal),
                Spacer(1, 4 * MM),
                Table(
                    [[t(language, HOST_SIGNATURE)], [""]],
                    colWidths=[80 * MM],
                    rowHeights=[8 * MM, 22 * MM],
                    hAlign="LEFT",
                    style=[
                        ("FONTNAME", (0, 0), (-1, -1), FONT_REGULAR),
                        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                        ("BOX", (0, 1), (0, 1), 0.6, INK),
                    ],
                ),
            ]
        ),
    ]
    out = io.BytesIO()
    document = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=20 * MM,
        rightMargin=20 * MM,
        topMargin=16 * MM,
        bottomMargin=20 * MM,
        title=f"{t(language, TITLE)} — {sheet.title}",
        lang=language,
    )
    footer = f"{sheet.title} — {_day(sheet)}"

    def numbered(canvas: Canvas, pages: int) -> None:
        canvas.setFont(FONT_REGULAR, 8.5)
        canvas.setFillColor(muted)
        canvas.drawString(20 * MM, 10 * MM, footer[:110])
        text = t(language, PAGE, page=canvas.getPageNumber(), pages=pages)
        canvas.drawRightString(A4[0] - 20 * MM, 10 * MM, text)

    document.build(story, canvasmaker=_numbered_canvas(numbered))
    return out.getvalue()


def _blank_rows(listed: int) -> int:
    """Blank rows after `listed` people: at least `MIN_BLANK_ROWS`, more when the first page
    has room (a short list leaves space a walk-in can use)."""
    return max(MIN_BLANK_ROWS, FIRST_PAGE_ROWS - listed)


def _numbered_canvas(draw: Any) -> Any:
    """A canvas class that knows the page count when it closes, and calls `draw(canvas,
    pages)` on every page then (reportlab draws a page before it knows how many follow)."""
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for state in self._pages:
                self.__dict__.update(state)
                draw(self, len(self._pages))
                super().showPage()
            super().save()

    return NumberedCanvas
