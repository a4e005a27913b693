"""Languages: Qt translators swapped live, no home-made i18n layer.

Installing a translator makes Qt send `QEvent.LanguageChange` to every widget; each screen
then calls its `retranslate()`. Source strings are English; French is the kiosk's default.
Messages from `app/` (marked with `QT_TRANSLATE_NOOP`) are translated here, at display time.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from app.config import LANGUAGES
from app.errors import Message
from ui import resources

I18N_DIR = resources.FOLDER / "i18n"

# Each language is offered in its own name, never translated.
ENDONYMS = {"fr": "Français", "nl": "Nederlands", "en": "English"}
LOCALES = {"fr": "fr_BE", "nl": "nl_BE", "en": "en_GB"}


class Translations:
    """The translator of the current language, installed on the application."""

    def __init__(self) -> None:
        self._translator: QTranslator | None = None
        self.language = ""

    def install(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        if language == self.language:
            return
        translator = QTranslator()
        path = I18N_DIR / f"antenne_{language}.qm"
        if not translator.load(str(path)):
            raise FileNotFoundError(path)
        if self._translator is not None:
            QCoreApplication.removeTranslator(self._translator)
        QLocale.setDefault(QLocale(LOCALES[language]))
        self._translator = translator
        self.language = language
        # Installing sends LanguageChange to every widget: screens retranslate themselves.
        QCoreApplication.installTranslator(translator)

    def uninstall(self) -> None:
        if self._translator is not None:
            QCoreApplication.removeTranslator(self._translator)
        self._translator = None
        self.language = ""


def translate_message(message: Message) -> str:
    """A service's message in the current language, parameters filled in."""
    text = QCoreApplication.translate(message.context, message.source)
    try:
        return text.format(**message.params)
    except (KeyError, IndexError, ValueError):
        # A translation with a broken placeholder must not hide the message.
        return message.untranslated()
