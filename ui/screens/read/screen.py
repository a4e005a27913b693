"""Read: the plain booklet "What is Smart?" and the statutes in brief, in large type."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt
from PySide6.QtGui import QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import QBoxLayout, QButtonGroup, QTextBrowser, QVBoxLayout

from app.changes import Changes
from app.context import AppContext
from ui.navigation import HomeTile, NextStep, Screen, register_screen
from ui.shell import Shell
from ui.widgets.buttons import TouchButton
from ui.widgets.empty_state import EmptyState
from ui.widgets.scrolling import kinetic

if TYPE_CHECKING:
    from app.badges.service import BadgeHolder
    from app.content.service import Page, PageSummary

KINDS = ("booklet", "statutes")


def show_markdown(browser: QTextBrowser, markdown: str, base_px: int) -> None:
    """Markdown with air between paragraphs and generous line height, for reading standing up."""
    browser.setMarkdown(markdown)
    cursor = QTextCursor(browser.document())
    cursor.beginEditBlock()
    block = browser.document().begin()
    while block.isValid():
        fmt = block.blockFormat()
        heading = fmt.headingLevel() > 0
        fmt.setTopMargin(base_px * (1.2 if heading else 0.2))
        fmt.setBottomMargin(base_px * (0.3 if heading else 0.6))
        fmt.setLineHeight(135, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor.setPosition(block.position())
        cursor.setBlockFormat(fmt)
        block = block.next()
    cursor.endEditBlock()


@register_screen
class ReadScreen(Screen):
    name = "read"
    # The text scrolls in its browser, which takes the height left: no scroll area around it.
    scrolls = False
    home_tile = HomeTile(
        title=QT_TRANSLATE_NOOP("HomeTile", "Read: what is Smart?"),
        description=QT_TRANSLATE_NOOP(
            "HomeTile", "The cooperative in plain words, and its statutes in brief"
        ),
        icon="book-open",
        colour="primary",
        order=10,
    )

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.pages: list[PageSummary] = []
        self.current_slug = ""
        self.loading = False
        self.page_buttons: dict[str, TouchButton] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._list = QVBoxLayout()
        self._list.setSpacing(16)
        self._list.addStretch(1)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(False)
        self.browser.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        # About 75 characters a line at most: long lines are hard to follow from a distance.
        self.browser.setMaximumWidth(1240)
        kinetic(self.browser)
        self.empty = EmptyState("book-open")
        self.empty.hide()
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(48, 24, 48, 32)
        self._layout.setSpacing(40)
        self._layout.addLayout(self._list, 0)
        self._layout.addWidget(self.browser, 1)
        self._layout.addWidget(self.empty, 1)
        shell.sig_language_changed.connect(self._language_changed)
        self.retranslate()

    @classmethod
    def next_step_for(cls, holder: BadgeHolder) -> NextStep | None:
        return NextStep(
            title=QT_TRANSLATE_NOOP("NextStep", "Read the booklet"),
            icon="book-open",
            screen="read",
            order=10,
        )

    def title(self) -> str:
        return self.tr("What is Smart?")

    def retranslate(self) -> None:
        self.empty.set_texts(
            self.tr("Nothing to read here yet."),
            self.tr("The pages arrive with the next update of the kiosk."),
        )

    def reset(self) -> None:
        self.current_slug = ""
        self.browser.clear()
        for button in self.page_buttons.values():
            button.setChecked(False)

    def on_enter(self, **params: object) -> None:
        slug = params.get("slug")
        self._load(slug if isinstance(slug, str) else "")

    def on_changes(self, changes: Changes) -> None:
        if changes.concerns("content_page") and self.isVisible():
            self._load(self.current_slug)

    def _language_changed(self, _language: str) -> None:
        if self.isVisible():
            self._load(self.current_slug)

    # -- Loading --------------------------------------------------------------------------------

    def _load(self, slug: str) -> None:
        language = self.shell.language
        self.loading = True

        def load(ctx: AppContext) -> tuple[list[PageSummary], Page | None]:
            from app.content.service import get_page, list_pages

            pages = list_pages(ctx, language, KINDS)
            chosen = (
                slug if any(p.slug == slug for p in pages) else (pages[0].slug if pages else "")
            )
            return pages, (get_page(ctx, chosen, language) if chosen else None)

        self.shell.tasks.run(load, on_success=self._loaded, on_failure=self._failed, parent=self)

    def _loaded(self, result: tuple[list[PageSummary], Page | None]) -> None:
        self.loading = False
        pages, page = result
        self._show_list(pages)
        self.browser.setVisible(page is not None)
        self.empty.setVisible(page is None)
        if page is None:
            self.current_slug = ""
            return
        self.current_slug = page.slug
        self.page_buttons[page.slug].setChecked(True)
        show_markdown(self.browser, page.markdown, self.shell.theme.metrics.text())
        self.browser.verticalScrollBar().setValue(0)

    def _failed(self, error: Exception) -> None:
        self.loading = False
        from app.errors import KnownError
        from ui.i18n import translate_message

        if isinstance(error, KnownError):
            self.shell.toast(translate_message(error.message))

    def _show_list(self, pages: list[PageSummary]) -> None:
        if [(p.slug, p.title) for p in pages] == [(p.slug, p.title) for p in self.pages]:
            return
        self.pages = pages
        for button in self.page_buttons.values():
            self._group.removeButton(button)
            button.deleteLater()
        self.page_buttons.clear()
        for index, page in enumerate(pages):
            icon_name = "scroll-text" if page.kind == "statutes" else "book-open"
            button = TouchButton(page.title, big=True, icon_name=icon_name, checkable=True)
            button.clicked.connect(lambda _c=False, slug=page.slug: self._load(slug))
            self._group.addButton(button)
            self._list.insertWidget(index, button)
            self.page_buttons[page.slug] = button

    def arrange(self, space: QSize) -> None:
        portrait = space.height() > space.width()
        self._layout.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )
