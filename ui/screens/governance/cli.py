"""`antenne governance trombinoscope|poster`: the printed photo board of a body (A4) and the
governance map as a poster (A3).

The sentences on them are the kiosk's Qt translations, so these commands live with the screens
(`app.cli` registers them, as it does `ui.cli`): Qt loads inside the handlers only, and the PDFs
are drawn by `app.governance.pdf`.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from app.commands import add_db_option, cannot_use, check_output, command_context

if TYPE_CHECKING:
    from app.context import AppContext
    from app.governance.pdf import PrintedWords
    from app.governance.types import BodyDetail, GovernanceMap
    from ui.i18n import Translations

LANGUAGES = ("fr", "nl", "en")


def add_commands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    governance = subparsers.add_parser(
        "governance", help="print the governance: a body's photo board, the map as a poster"
    )
    commands = governance.add_subparsers(dest="governance_command", required=True, metavar="ACTION")

    board = commands.add_parser("trombinoscope", help="a body's photo board as an A4 PDF")
    board.add_argument("--body", required=True, metavar="SLUG", help="the body's slug")
    board.add_argument("--out", required=True, type=Path, help="PDF file to write")
    board.add_argument("--lang", choices=LANGUAGES, help="default: the kiosk's language")
    add_db_option(board)
    board.set_defaults(handler=_trombinoscope)

    poster = commands.add_parser("poster", help="the governance map as an A3 poster PDF")
    poster.add_argument("--out", required=True, type=Path, help="PDF file to write")
    poster.add_argument("--lang", choices=LANGUAGES, help="default: the kiosk's language")
    add_db_option(poster)
    poster.set_defaults(handler=_poster)


def _translations(language: str) -> Translations:
    """Qt's translator for `language`, on a core application made for the command."""
    from PySide6.QtCore import QCoreApplication

    from ui.i18n import Translations

    if QCoreApplication.instance() is None:
        QCoreApplication(["antenne"])
    translations = Translations()
    translations.install(language)
    return translations


def _write(data: bytes, out: Path) -> None:
    try:
        out.write_bytes(data)
    except OSError as error:
        raise cannot_use(out, error) from error


def _words(
    ctx: AppContext, governance: GovernanceMap, heading: str, subheading: str
) -> PrintedWords:
    from PySide6.QtCore import QCoreApplication

    from app.governance.pdf import CardWords, PrintedWords
    from app.governance.service import public_page_url
    from app.governance.types import Face
    from app.localtime import local_day
    from ui.screens.governance.words import (
        GovernancePlurals,
        body_purpose,
        body_title,
        day_text,
        link_text,
        role_text,
    )

    def people(count: int, kind: str) -> str:
        if kind == "general_assembly" and not count:
            return QCoreApplication.translate("GovernancePrint", "Every member")
        return GovernancePlurals().sentences(count)["%n person(s)"]

    def until(face: Face) -> str:
        if face.until is None:
            return QCoreApplication.translate("GovernancePrint", "no end date")
        return QCoreApplication.translate("GovernancePrint", "until {day}").format(
            day=day_text(face.until)
        )

    language = ctx.config.language
    url = public_page_url(ctx, language)
    return PrintedWords(
        heading=heading,
        subheading=subheading,
        footer=QCoreApplication.translate("GovernancePrint", "Antenne — printed on {day}").format(
            day=day_text(local_day(ctx))
        ),
        cards={
            card.id: CardWords(
                body_title(card, language, plain=True),
                body_purpose(card, language, plain=True),
                people(card.people, card.kind),
            )
            for card in governance.bodies
        },
        role=role_text,
        until=until,
        link=link_text,
        empty=QCoreApplication.translate(
            "GovernancePrint", "Nobody holds a mandate in this body at the moment."
        ),
        qr_url=url or "",
        qr_text=QCoreApplication.translate(
            "GovernancePrint", "Scan: who decides what, on your phone"
        )
        if url
        else QCoreApplication.translate(
            "GovernancePrint",
            "No QR code: this kiosk is not linked to the cooperative's hub yet.",
        ),
    )


def _trombinoscope(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication

    from app.governance.pdf import trombinoscope_pdf
    from app.governance.service import body_detail, governance_map
    from app.governance.types import pick
    from ui.screens.governance.words import body_title

    check_output(args.out)
    with command_context(args) as ctx:
        language = args.lang or ctx.config.language
        ctx.config = ctx.config.with_changes(language=language)
        detail: BodyDetail = body_detail(ctx, slug=args.body)
        translations = _translations(language)
        try:
            heading = QCoreApplication.translate(
                "GovernancePrint", "Who sits on it: {body}"
            ).format(body=body_title(detail.card, language, plain=True))
            words = _words(ctx, governance_map(ctx), heading, pick(detail.card.name, language))
            data = trombinoscope_pdf(detail, words)
        finally:
            translations.uninstall()
    _write(data, args.out)
    print(f"{args.out}  {len(detail.faces)} people")
    return 0


def _poster(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication

    from app.governance.pdf import poster_pdf
    from app.governance.service import governance_map

    check_output(args.out)
    with command_context(args) as ctx:
        language = args.lang or ctx.config.language
        ctx.config = ctx.config.with_changes(language=language)
        governance = governance_map(ctx)
        translations = _translations(language)
        try:
            words = _words(
                ctx,
                governance,
                QCoreApplication.translate(
                    "GovernancePrint", "Who decides what in our cooperative"
                ),
                QCoreApplication.translate(
                    "GovernancePrint",
                    "Every box is a group of people; every arrow says who elects, appoints, "
                    "advises or reports to whom.",
                ),
            )
            data = poster_pdf(governance, words)
        finally:
            translations.uninstall()
    _write(data, args.out)
    print(f"{args.out}  {len(governance.bodies)} bodies")
    return 0
