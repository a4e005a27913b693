"""Read: the plain booklet "What is Smart?", the statutes in brief, the FAQ and the stories,
in large type. A page can be printed (A4), and read on a phone through a QR code when the
kiosk knows the public address of the pages (`public_url`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QBoxLayout, QButtonGroup, QLabel, QTextBrowser, QVBoxLayout

from app.changes import Changes, Entity
from app.errors import QT_TRANSLATE_NOOP
from ui.catalogue import NextStep
from ui.navigation import Screen, register_screen
from ui.screen_args import ReadArgs, ScreenArgs
from ui.screens.read import ops
from ui.shell import Shell
from ui.widgets.buttons import TouchButton
from ui.widgets.empty_state import EmptyState
from ui.widgets.page import PAGE_MARGINS
from ui.widgets.qr_view import QrView
from ui.widgets.scrolling import kinetic

if TYPE_CHECKING:
    from app.badges.types import BadgeHolder
    from app.content.types import Page, PageSummary
    from app.printing.types import PrintOutcome


def page_pdf(markdown: str, title: str) -> bytes:
    """The page as an A4 PDF, set in the kiosk's typeface at print size."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter

    from ui.theme import FONT_FAMILY

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Antenne")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(20, 20, 20, 20),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(11)
    document.setDefaultFont(font)
    document.setMarkdown(markdown)
    document.print_(writer)
    buffer.close()
    return bytes(data.data())


KINDS = ("booklet", "statutes", "page", "story")
ICONS = {"statutes": "scroll-text", "page": "info", "story": "history"}


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
    name = "booklet"
    args_type = ReadArgs
    # The text scrolls in its browser, which takes the height left: no scroll area around it.
    scrolls = False

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.pages: list[PageSummary] = []
        self.current_slug = ""
        self.current_page: Page | None = None
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
        self.print_button = TouchButton(icon_name="printer")
        self.print_button.clicked.connect(self.print_page)
        self.print_button.setEnabled(False)
        self.printing = False
        self.phone_qr = QrView()
        self.phone_qr.setFixedSize(200, 200)
        self.phone_hint = QLabel()
        self.phone_hint.setProperty("role", "muted")
        self.phone_hint.setWordWrap(True)
        self.phone_hint.setMaximumWidth(360)
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(*PAGE_MARGINS)
        self._layout.setSpacing(40)
        self._list.addWidget(self.print_button)
        self._list.addWidget(self.phone_qr, 0, Qt.AlignmentFlag.AlignLeft)
        self._list.addWidget(self.phone_hint)
        self._show_phone_link()
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
            screen="booklet",
            order=10,
        )

    def title(self) -> str:
        # The booklet's name, not a page's: the page's own title is in the list and on the page.
        return self.tr("The booklet")

    def retranslate(self) -> None:
        self.print_button.setText(self.tr("Print this page"))
        self.phone_hint.setText(self.tr("Scan to continue reading on your phone."))
        self.empty.set_texts(
            self.tr("Nothing to read here yet."),
            self.tr("The pages arrive with the next update of the kiosk."),
        )

    def reset(self) -> None:
        self.current_slug = ""
        self.current_page = None
        self.browser.clear()
        self.print_button.setEnabled(False)
        self._show_phone_link()
        for button in self.page_buttons.values():
            button.setChecked(False)

    def on_enter(self, args: ScreenArgs | None) -> None:
        self._load(args.slug if isinstance(args, ReadArgs) else "")

    def on_changes(self, changes: Changes, initiator: object) -> None:
        if changes.concerns(Entity.CONTENT_PAGE) and self.isVisible():
            self._load(self.current_slug)

    def _language_changed(self, _language: str) -> None:
        if self.isVisible():
            self._load(self.current_slug)

    # -- Loading --------------------------------------------------------------------------------

    def _load(self, slug: str) -> None:
        language = self.shell.language
        self.loading = True
        ops.load(self, language, KINDS, slug, success=self._loaded, failure=self._failed)

    def _loaded(self, result: tuple[list[PageSummary], Page | None]) -> None:
        self.loading = False
        pages, page = result
        self._show_list(pages)
        self.browser.setVisible(page is not None)
        self.empty.setVisible(page is None)
        self.current_page = page
        self.print_button.setEnabled(page is not None and not self.printing)
        self._show_phone_link()
        if page is None:
            self.current_slug = ""
            return
        self._announce_read(page)
        self.current_slug = page.slug
        self.page_buttons[page.slug].setChecked(True)
        show_markdown(self.browser, page.markdown, self.shell.theme.metrics.text())
        self.browser.verticalScrollBar().setValue(0)

    def _failed(self, error: Exception) -> None:
        self.loading = False
        self.printing = False
        self.print_button.setEnabled(self.current_page is not None)
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
            icon_name = ICONS.get(page.kind, "book-open")
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

    # -- Reading on, elsewhere -------------------------------------------------------------------

    def _show_phone_link(self) -> None:
        base = self.shell.config.public_url.strip().rstrip("/")
        page = self.current_page
        url = f"{base}/{page.language}/{page.slug}" if base and page is not None else ""
        self.phone_qr.set_data(url)
        self.phone_qr.setVisible(bool(url))
        self.phone_hint.setVisible(bool(url))

    def _announce_read(self, page: Page) -> None:
        """A person known to the kiosk read this page (their journey may tick a step)."""
        person_id = self.shell.visitor_id
        if person_id is None or page.slug == self.current_slug:
            return
        ops.page_read(self, person_id, page.slug, page.kind)

    def print_page(self) -> None:
        page = self.current_page
        if page is None or self.printing:
            return
        self.printing = True
        self.print_button.setEnabled(False)
        # Qt lays the page out here, on the GUI thread; only the printing waits in the task.
        pdf = page_pdf(page.markdown, page.title)
        ops.print_page(self, pdf, success=self._printed, failure=self._failed)

    def _printed(self, outcome: PrintOutcome) -> None:
        from ui.i18n import translate_message

        self.printing = False
        self.print_button.setEnabled(self.current_page is not None)
        if outcome.printed:
            self.shell.toast(self.tr("The page is being printed."))
        elif outcome.message is not None:
            self.shell.toast(translate_message(outcome.message))
