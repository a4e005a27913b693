"""No identifier ever reaches a person: every screen, in its screenshot state and in each
language, shows words, never `very_good`, `Grade.VERY_GOOD`, `None`, `True`, `vote.status` or a
`{name}` left unfilled (docs/architecture.md, "Languages")."""

from __future__ import annotations

import enum
import html
import importlib
import pkgutil
import re
from collections.abc import Iterator
from functools import cache

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QGraphicsProxyWidget,
    QGraphicsView,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ui.screens.voting.room import DEMO_RESULTS, RoomDisplay, demo_results
from ui.screenshots import Renderer
from ui.widgets.tile import Tile

RAW = re.compile(
    r"""
      (?<![\w@/.-])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\w@/.-])   # snake_case: very_good
    | \b[A-Z][A-Za-z]+\.[A-Z][A-Z0-9_]+\b                       # an enum member: Grade.VERY_GOOD
    | \b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b                             # an enum name: VERY_GOOD
    | \b(?:None|True|False)\b(?!\ [a-z])                        # a Python value (not "None of")
    | (?<![\w@/.:-])[a-z]{2,}(?:\.[a-z_]{2,})+(?![\w@/-])       # a dotted key: vote.status
    | \{[a-z_]+\} | %[0-9n]                                     # a placeholder left unfilled
    """,
    re.VERBOSE,
)
"""What an identifier looks like in a text meant for a person."""

ADDRESS_ENDINGS = {"be", "coop", "com", "org", "net", "eu", "fr", "nl", "ics", "pdf", "html"}
"""A dotted word ending so is an address or a file a person may be shown (smart.coop)."""

TAGS = re.compile(r"<[^>]+>")
IDENTIFIER = re.compile(r"[a-z][a-z_]+")


@cache
def stored_values() -> frozenset[str]:
    """What the data layer's enumerations store (`drop_in`, `draft`, `schulze`): a text, or a
    part of a "·" list, that is one of these is a value that was never put into words."""
    import db.models

    values: set[str] = set()
    for info in pkgutil.iter_modules(db.models.__path__):
        module = importlib.import_module(f"db.models.{info.name}")
        for kind in vars(module).values():
            if isinstance(kind, type) and issubclass(kind, enum.Enum):
                values |= {
                    member.value
                    for member in kind
                    if isinstance(member.value, str) and IDENTIFIER.fullmatch(member.value)
                }
    return frozenset(values)


def raw_identifiers(text: str) -> list[str]:
    """The identifiers in `text` (rich text's tags and entities aside)."""
    plain = html.unescape(TAGS.sub(" ", text))
    parts = [plain.strip(), *(part.strip(" .,:;") for part in plain.split("·"))]
    found = [part for part in parts if part in stored_values()]
    for match in RAW.finditer(plain):
        token = match.group(0)
        if "." in token and token.rsplit(".", 1)[-1] in ADDRESS_ENDINGS:
            continue
        found.append(token)
    return found


def model_texts(model: QAbstractItemModel, parent: QModelIndex) -> Iterator[str]:
    # A list model's column count and children are private to it: one column, no children.
    listed = isinstance(model, QAbstractListModel)
    columns = 1 if listed else model.columnCount(parent)
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            value = model.data(index, Qt.ItemDataRole.DisplayRole)
            if value is not None:
                yield str(value)
            if column == 0 and not listed and model.hasChildren(index):
                yield from model_texts(model, index)
    if not parent.isValid():
        for section in range(columns):
            header = model.headerData(
                section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
            )
            if header is not None:
                yield str(header)


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(what, text) for every text a person sees on `root`: labels, buttons, fields and their
    hints, tiles, list items and table cells, headers, and the widgets a graphics view shows
    (the room display's preview)."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        kind = type(widget).__name__
        if isinstance(widget, QLabel | QAbstractButton):
            yield kind, widget.text()
        if isinstance(widget, Tile):
            yield kind, widget.description
        if isinstance(widget, QLineEdit):
            yield kind, widget.text()
            yield f"{kind} hint", widget.placeholderText()
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            for text in model_texts(widget.model(), QModelIndex()):
                yield f"{kind} item", text
        if isinstance(widget, QGraphicsView) and widget.scene() is not None:
            for item in widget.scene().items():
                if isinstance(item, QGraphicsProxyWidget) and item.widget() is not None:
                    yield from visible_texts(item.widget())


def test_the_check_sees_an_identifier() -> None:
    # The pattern finds what it is for, and lets ordinary words, times and addresses be.
    for raw in (
        "Très bien: very_good",
        "Grade.VERY_GOOD",
        "VERY_GOOD",
        "Lieu : None",
        "Ouvert : True",
        "vote.status.open",
        "Bonjour {name}",
        "%n personne(s)",
        "draft",
        "Atelier · drop_in · 14:00",
    ):
        assert raw_identifiers(raw), raw
    for fine in (
        "None of the options",
        "Ouvert de 9:00 à 18:00 — 4,5 %",
        "Écrivez à rennes@smart.coop ou voyez smart.coop",
        "http://192.168.1.20:8765/v/ABCD-EFGH",
        "<b>Très bien</b> &amp; bien",
        "Sint-Jans-Molenbeek, l'antenne",
        "Brouillon · Codécision — engageante",
        "Draft",
    ):
        assert not raw_identifiers(fine), fine


@pytest.mark.parametrize("language", ["fr", "nl", "en"])
def test_no_screen_shows_a_raw_identifier(demo_renderer: Renderer, language: str) -> None:
    found: list[str] = []
    for name in demo_renderer.screen_names():
        demo_renderer.show(name, language=language)
        try:
            for what, text in visible_texts(demo_renderer.window):
                found += [f"{name}: {what} {text[:60]!r}: {raw}" for raw in raw_identifiers(text)]
        finally:
            demo_renderer.forget()
    assert not found, "\n".join(sorted(set(found)))


@pytest.mark.parametrize("language", ["fr", "nl", "en"])
def test_no_result_on_the_room_display_shows_a_raw_identifier(qtbot: QtBot, language: str) -> None:
    # Each kind of result the room reads (motion, ranking, majority judgment, budget): grades,
    # choices and the engine's explanation in words.
    board = RoomDisplay()
    qtbot.add_widget(board)
    board.set_modes(high_contrast=False, portrait=False, language=language)
    board.show()
    found: list[str] = []
    for kind in DEMO_RESULTS:
        board.show_state(demo_results(kind), results=True)
        for what, text in visible_texts(board):
            found += [f"{kind}: {what} {text[:60]!r}: {raw}" for raw in raw_identifiers(text)]
    assert not found, "\n".join(sorted(set(found)))
