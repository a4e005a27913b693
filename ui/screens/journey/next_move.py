"""What the journey screen ends with: the person's next step, in words, with a button to the
screen where they take it when this kiosk has that screen (issue #19)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.errors import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from collections.abc import Collection

    from app.journey.types import Journey

CONTEXT = "JourneyNext"


@dataclass(frozen=True)
class Move:
    """One way forward from a step: what to do, and where at the kiosk (a screen and the
    words of its button), or nowhere when it happens elsewhere (at the desk, in an assembly)."""

    advice: str
    action: str = ""
    screen: str = ""
    icon: str = ""


MOVES: dict[str, Move] = {
    "booklet-read": Move(
        QT_TRANSLATE_NOOP(
            "JourneyNext", "Read the booklet: the cooperative in plain words, in ten minutes."
        ),
        QT_TRANSLATE_NOOP("JourneyNext", "Read the booklet"),
        "booklet",
        "book-open",
    ),
    "info-session": Move(
        QT_TRANSLATE_NOOP(
            "JourneyNext", "Sign up for an information session: an hour to ask all your questions."
        ),
        QT_TRANSLATE_NOOP("JourneyNext", "See the sessions"),
        "sessions-week",
        "presentation",
    ),
    "met-facilitator": Move(
        QT_TRANSLATE_NOOP(
            "JourneyNext",
            "Meet a facilitator: ask at the desk, they will tick this step with you.",
        ),
    ),
    "first-coworking": Move(
        QT_TRANSLATE_NOOP(
            "JourneyNext",
            "Come and work at the antenne: check in at the welcome screen when you do.",
        ),
        QT_TRANSLATE_NOOP("JourneyNext", "Go to the welcome screen"),
        "welcome",
        "laptop",
    ),
    "first-skill": Move(
        QT_TRANSLATE_NOOP("JourneyNext", "Offer a skill, or ask for one, on the skills board."),
        QT_TRANSLATE_NOOP("JourneyNext", "Open the skills board"),
        "skills-board",
        "lightbulb",
    ),
    "first-vote": Move(
        QT_TRANSLATE_NOOP(
            "JourneyNext",
            "Vote in the next consultation or assembly: the facilitators open the booth here.",
        ),
    ),
    "shareholder": Move(
        QT_TRANSLATE_NOOP(
            "JourneyNext", "Become a shareholder: buy your shares with a facilitator at the desk."
        ),
    ),
    "first-agenda-item-treated": Move(
        QT_TRANSLATE_NOOP("JourneyNext", "Put a subject on the agenda of one of the bodies."),
        QT_TRANSLATE_NOOP("JourneyNext", "Propose an agenda item"),
        "agenda-propose",
        "scroll-text",
    ),
}
"""By step slug (`db/journey_steps.py`)."""

STEP_NOT_KNOWN = QT_TRANSLATE_NOOP("JourneyNext", "Next: {step}.")
"""A step the hub added later, whose slug this kiosk has no advice for: its title."""

ALL_DONE = QT_TRANSLATE_NOOP(
    "JourneyNext", "Every step is done. Thank you for making the cooperative yours!"
)


@dataclass(frozen=True)
class NextMove:
    """The next step as the screen shows it, already translated."""

    text: str
    action: str
    """The button's words ("": no button)."""
    screen: str
    icon: str


def next_move(journey: Journey, language: str, screens: Collection[str]) -> NextMove:
    """The first step `journey` has not done yet, as advice in the current language, with a
    button to its screen when `screens` (this kiosk's) has it."""

    def tr(text: str) -> str:
        return QCoreApplication.translate(CONTEXT, text)

    step = next((step for step in journey.steps if step.done_at is None), None)
    if step is None:
        return NextMove(tr(ALL_DONE), "", "", "")
    move = MOVES.get(step.slug)
    if move is None:
        return NextMove(tr(STEP_NOT_KNOWN).format(step=step.title_in(language)), "", "", "")
    if move.screen and move.screen in screens:
        return NextMove(tr(move.advice), tr(move.action), move.screen, move.icon)
    return NextMove(tr(move.advice), "", "", "")
