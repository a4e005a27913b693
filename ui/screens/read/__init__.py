"""The content library: the booklet, the statutes in brief, questions, stories."""

from app.errors import QT_TRANSLATE_NOOP
from ui.catalogue import HomeTile, ScreenEntry

SCREENS = (
    ScreenEntry(
        "booklet",
        home_tile=HomeTile(
            title=QT_TRANSLATE_NOOP("HomeTile", "Read: what is Smart?"),
            description=QT_TRANSLATE_NOOP(
                "HomeTile", "The cooperative in plain words, and its statutes in brief"
            ),
            icon="book-open",
            colour="primary",
            order=10,
        ),
    ),
)
