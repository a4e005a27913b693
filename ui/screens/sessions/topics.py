"""Topics in words: the programme's filter shows a session's topic in the reader's language.

A topic is what a session is about, as its organiser typed it. The cooperative's usual topics
are stored as short keys (`payslip`, `cross-border`…, the demo's and the published
programme's) and read here in French, Dutch or English; any other topic (a member's own, typed
when they offered to host) is shown as it was written.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.errors import QT_TRANSLATE_NOOP

CONTEXT = "SessionTopic"
TOPIC_WORDS: dict[str, str] = {
    "accounting": QT_TRANSLATE_NOOP("SessionTopic", "Accounting"),
    "copyright": QT_TRANSLATE_NOOP("SessionTopic", "Copyright"),
    "coworking": QT_TRANSLATE_NOOP("SessionTopic", "Co-working"),
    "cross-border": QT_TRANSLATE_NOOP("SessionTopic", "Working across borders"),
    "governance": QT_TRANSLATE_NOOP("SessionTopic", "Governance"),
    "participatory-budget": QT_TRANSLATE_NOOP("SessionTopic", "Participatory budget"),
    "payslip": QT_TRANSLATE_NOOP("SessionTopic", "Payslip"),
    "photography": QT_TRANSLATE_NOOP("SessionTopic", "Photography"),
    "welcome": QT_TRANSLATE_NOOP("SessionTopic", "Welcome to Smart"),
}


def topic_text(topic: str) -> str:
    """`topic` in the current language when it is one of the usual ones, else as typed."""
    source = TOPIC_WORDS.get(topic)
    if source is not None:
        return QCoreApplication.translate(CONTEXT, source)
    return topic[:1].upper() + topic[1:]
