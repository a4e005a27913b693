"""No skills screen ever shows a person's e-mail address or phone number (issue #18): every
skills screen rendered in its screenshot state on the demo antenne, in each language, and
every text of its widget tree (labels, buttons, fields, lists, accessible names, tooltips)
searched for the e-mail and phone of every demo person."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from sqlalchemy import select

from app.application import open_context
from app.context import AppContext
from db.models import Person
from tests.helpers.kiosk import kiosk_config
from ui.catalogue import screen_catalogue
from ui.screenshots import Renderer

SKILLS_PACKAGE = "ui.screens.skills"


@pytest.fixture(scope="module")
def demo(
    qapp: QApplication, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Renderer, AppContext]]:
    folder = tmp_path_factory.mktemp("contact")
    config = kiosk_config(folder).with_changes(
        db_path=folder / "demo.sqlite3", seed_demo=True, virtual_keyboard=False
    )
    context = open_context(config)
    shown = Renderer(config, context)
    yield shown, context
    shown.close()
    context.db.dispose()


def texts_of(root: QWidget) -> list[str]:
    """Every text a widget under `root` holds, shown or not yet."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        found += [widget.accessibleName(), widget.toolTip()]
        if isinstance(widget, QLabel | QAbstractButton):
            found.append(widget.text())
        elif isinstance(widget, QLineEdit):
            found += [widget.text(), widget.placeholderText()]
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            found += [widget.toPlainText(), widget.placeholderText()]
        elif isinstance(widget, QListWidget):
            found += [widget.item(row).text() for row in range(widget.count())]
    return [text for text in found if text]


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def test_no_skills_screen_shows_anyones_e_mail_or_phone(
    demo: tuple[Renderer, AppContext],
) -> None:
    renderer, context = demo
    names = sorted(
        name
        for name, entry in screen_catalogue().items()
        if entry.module.startswith(SKILLS_PACKAGE)
    )
    assert {"skill-matches", "skill-fresh", "skills-moderation", "skills-needs"} <= set(names)
    with context.db.session() as session:
        people = session.execute(select(Person.first_name, Person.email, Person.phone)).all()
    emails = {email.lower() for _, email, _ in people if email}
    phones = {_digits(phone) for _, _, phone in people if phone and len(_digits(phone)) >= 6}
    first_names = {first for first, _, _ in people}
    assert emails and phones

    problems: list[str] = []
    read = 0
    for name in names:
        for language in ("fr", "nl", "en"):
            renderer.show(name, language=language)
            screen = renderer.window.navigator.current()
            texts = texts_of(renderer.window)
            read += sum(any(first in text for first in first_names) for text in texts)
            for text in texts:
                lowered, digits = text.lower(), _digits(text)
                problems += [
                    f"{name} ({language}): {email}" for email in emails if email in lowered
                ]
                problems += [f"{name} ({language}): {phone}" for phone in phones if phone in digits]
            assert screen.name == name
            renderer.forget()
    assert not problems, "\n".join(sorted(set(problems)))
    # The screens did show people (names on posts, introductions): the search had something
    # to look through.
    assert read > 20
