"""The member journey of one person, and the shareholder celebration.

Steps tick themselves as the person does things at the kiosk (the journey listens to domain
events); a facilitator ticks the others and records "became a shareholder", which opens the
celebration: the one exuberant moment of the kiosk, a welcome certificate printed and the
badge reprinted with the role "Shareholder".
"""

from __future__ import annotations

import math
import random
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QVariantAnimation
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.changes import NOTHING, Changes, Entity
from app.errors import QT_TRANSLATE_NOOP
from app.journey.types import Celebrated
from ui import theme
from ui.catalogue import NextStep
from ui.demo import demo_facilitator, demo_person
from ui.navigation import Screen, register_screen
from ui.screen_args import PersonArgs, ScreenArgs
from ui.screens.journey import ops
from ui.screens.journey.next_move import next_move
from ui.shell import Shell
from ui.widgets.buttons import TouchButton
from ui.widgets.confirm import ConfirmOverlay
from ui.widgets.empty_state import EmptyState
from ui.widgets.icons import badged_icon, step_icon
from ui.widgets.page import failure_text, label, set_page_margins
from ui.widgets.qr_view import QrView

if TYPE_CHECKING:
    import uuid

    from app.badges.types import BadgeHolder
    from app.journey.types import Journey
    from app.privacy.types import Erased, Exported


# Room for the steps' titles, and for the advice, before the advice goes under the steps.
STEPS_MIN_WIDTH = 720
NEXT_MIN_WIDTH = 480


@register_screen
class JourneyScreen(Screen):
    name = "journey"
    shows_personal_data = True
    args_type = PersonArgs

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.person_id: uuid.UUID | None = None
        self.journey: Journey | None = None
        self.heading = label("title")
        self.progress = label("lead")
        self._steps = QGridLayout()
        self._steps.setHorizontalSpacing(24)
        self._steps.setVerticalSpacing(12)
        self.rows: list[QWidget] = []
        """The widgets of the steps shown (rebuilt when the journey changes)."""
        self.tick_buttons: dict[str, TouchButton] = {}
        self.shareholder = TouchButton(kind="primary", big=True, icon_name="check")
        self.shareholder.clicked.connect(self._confirm_shareholder)
        # Facilitators: the person's rights over their data (docs/architecture.md, "Personal data").
        self.export_data = TouchButton(icon_name="inbox")
        self.export_data.clicked.connect(self._confirm_export)
        self.erase_data = TouchButton(kind="danger", icon_name="ban")
        self.erase_data.clicked.connect(self._confirm_erase)
        self._privacy = QHBoxLayout()
        self._privacy.setSpacing(24)
        self._privacy.addWidget(self.export_data)
        self._privacy.addWidget(self.erase_data)
        self._privacy.addStretch(1)
        # A member's own agenda items and travel-aid requests live on the agenda's screens.
        self.agenda = TouchButton(icon_name="scroll-text")
        self.agenda.clicked.connect(lambda: self.shell.go("agenda-propose"))
        self.travel = TouchButton(icon_name="pointer")
        self.travel.clicked.connect(self._travel)
        self._member_links = QHBoxLayout()
        self._member_links.setSpacing(24)
        self._member_links.addWidget(self.agenda)
        self._member_links.addWidget(self.travel)
        self._member_links.addStretch(1)
        # The journey ends with what to do next (issue #19): advice from the first step not
        # done, and a button to where it is done when this kiosk has that screen.
        self.next_heading = label("heading")
        self.next_text = label("lead")
        self.next_button = TouchButton(kind="primary", icon_name="chevron-right")
        self.next_button.clicked.connect(self._take_next_step)
        self.next_screen = ""
        self.next_card = QFrame()
        self.next_card.setProperty("role", "card")
        next_layout = QVBoxLayout(self.next_card)
        next_layout.setContentsMargins(32, 24, 32, 24)
        next_layout.setSpacing(12)
        next_layout.addWidget(self.next_heading)
        next_layout.addWidget(self.next_text)
        next_layout.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.empty = EmptyState("history")
        self.confirm = ConfirmOverlay(self)
        layout = QVBoxLayout(self)
        set_page_margins(layout)
        layout.setSpacing(20)
        layout.addWidget(self.heading)
        layout.addWidget(self.progress)
        # The steps, then what to do next: beside them where both fit (the advice in sight
        # without scrolling), under them otherwise (portrait, large text).
        steps = QWidget()
        steps.setMinimumWidth(STEPS_MIN_WIDTH)
        steps.setLayout(self._steps)
        self._steps.setContentsMargins(0, 0, 0, 0)
        self.next_card.setMinimumWidth(NEXT_MIN_WIDTH)
        self._body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._body.setSpacing(40)
        self._body.addWidget(steps, 3)
        self._body.addWidget(self.next_card, 2, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(self._body)
        layout.addWidget(self.shareholder, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(self._member_links)
        layout.addLayout(self._privacy)
        layout.addWidget(self.empty)
        layout.addStretch(1)
        shell.sig_badge_scanned.connect(self._badge_scanned)
        shell.sig_facilitator_changed.connect(self._show)
        self.retranslate()

    def arrange(self, space: QSize) -> None:
        self.side_by_side_if_room(self._body, self.room(space))

    @classmethod
    def next_step_for(cls, holder: BadgeHolder) -> NextStep | None:
        return NextStep(
            title=QT_TRANSLATE_NOOP("NextStep", "My journey"),
            icon="history",
            screen="journey",
            order=30,
            args=PersonArgs(holder.person_id),
        )

    def title(self) -> str:
        return self.tr("My journey")

    def retranslate(self) -> None:
        self.shareholder.setText(self.tr("Record: became a shareholder"))
        self.agenda.setText(self.tr("My items on a body's agenda"))
        self.travel.setText(self.tr("Help with travel costs"))
        self.export_data.setText(self.tr("Export this person's data"))
        self.erase_data.setText(self.tr("Erase this person's data"))
        self.empty.set_texts(
            self.tr("Scan your badge to see your journey."),
            self.tr("From your first visit to becoming a shareholder."),
        )
        self._show()

    def reset(self) -> None:
        self.confirm.cancel()
        self.person_id = None
        self.journey = None
        self._show()

    def on_enter(self, args: ScreenArgs | None) -> None:
        if isinstance(args, PersonArgs):
            self.person_id = args.person_id
        elif self.person_id is None:
            self.person_id = self.shell.visitor_id
        if self.person_id is not None:
            self._load(self.person_id)
        self._show()

    def on_changes(self, changes: Changes, initiator: object) -> None:
        # Its own ticks reload it too: the journey shows what the service made of them.
        if (
            changes.concerns(Entity.JOURNEY_PROGRESS, Entity.PERSON)
            and self.person_id is not None
            and self.isVisible()
        ):
            self._load(self.person_id)

    def prepare_screenshot(self) -> None:
        def picked(person_id: uuid.UUID | None) -> None:
            if person_id is not None:
                self.person_id = person_id
                self._load(person_id)

        demo_person(self, "evangeline", success=picked)

    def _badge_scanned(self, holder: BadgeHolder) -> None:
        if self.isVisible() and not self.confirm.asking:
            self.on_enter(PersonArgs(holder.person_id))

    def _load(self, person_id: uuid.UUID) -> None:
        ops.load(self, person_id, success=self._loaded)

    def _loaded(self, journey: Journey) -> None:
        if journey.person_id != self.person_id:
            return
        self.journey = journey
        self._show()

    def _clear_rows(self) -> None:
        for widget in self.rows:
            self._steps.removeWidget(widget)
            # Hidden now: a deferred delete may wait for the next turn of the event loop.
            widget.hide()
            widget.deleteLater()
        self.rows = []
        self.tick_buttons = {}

    def _show(self) -> None:
        journey = self.journey
        self._clear_rows()
        self.empty.setVisible(journey is None)
        self.progress.setVisible(journey is not None)
        facilitator = self.shell.facilitator is not None
        self.export_data.setVisible(facilitator and journey is not None)
        self.erase_data.setVisible(facilitator and journey is not None)
        self.agenda.setVisible(journey is not None and journey.person_id == self.shell.visitor_id)
        self.travel.setVisible(journey is not None and journey.person_id == self.shell.visitor_id)
        if self.next_card.isHidden() == (journey is not None):
            self.next_card.setVisible(journey is not None)
            self.rearrange()  # beside the steps, or under them: measured with the card shown
        if journey is None:
            self.heading.setText(self.tr("My journey"))
            self.shareholder.hide()
            return
        self._show_next_step(journey)
        self.heading.setText(self.tr("The journey of {name}").format(name=journey.first_name))
        self.progress.setText(
            self.tr("%n of the steps done.", "", journey.done)
            + " "
            + self.tr("Each step at its own pace.")
        )
        language = self.shell.language
        palette = theme.current().palette
        size = theme.current().metrics.text(2.2)
        for index, step in enumerate(journey.steps):
            mark = QLabel()
            done = step.done_at is not None
            # The step's own icon, with a check (done) or a clock (to come) in its corner.
            mark.setPixmap(
                badged_icon(
                    step_icon(step.slug),
                    palette.primary_text if done else palette.muted,
                    ("check" if done else "clock", palette.primary_text if done else palette.muted),
                    size,
                    self.devicePixelRatioF(),
                )
            )
            title = label("heading" if done else "lead")
            title.setText(step.title_in(language))
            detail = label("muted")
            detail.setText(step.description_in(language))
            tick: TouchButton | None = None
            if facilitator and not done and not step.celebrate:
                tick = TouchButton(icon_name="check")
                tick.setText(self.tr("Mark as done"))
                tick.clicked.connect(lambda _c=False, slug=step.slug: self._tick(slug))
            self._steps.addWidget(mark, index, 0, Qt.AlignmentFlag.AlignTop)
            texts = QWidget()
            box = QVBoxLayout(texts)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(title)
            box.addWidget(detail)
            self._steps.addWidget(texts, index, 1)
            self.rows += [mark, texts]
            if tick is not None:
                self._steps.addWidget(tick, index, 2)
                self.rows.append(tick)
                self.tick_buttons[step.slug] = tick
        self._steps.setColumnStretch(1, 1)
        shareholder_done = any(s.celebrate and s.done_at for s in journey.steps)
        self.shareholder.setVisible(facilitator and not shareholder_done)

    def _show_next_step(self, journey: Journey) -> None:
        move = next_move(journey, self.shell.language, self.shell.router.catalogue())
        self.next_heading.setText(self.tr("What to do next"))
        self.next_text.setText(move.text)
        self.next_screen = move.screen
        self.next_button.setVisible(bool(move.screen))
        self.next_button.setText(move.action)
        self.next_button.set_icon_name(move.icon or "chevron-right")

    def _take_next_step(self) -> None:
        if self.next_screen:
            self.shell.go(self.next_screen)

    def _travel(self) -> None:
        if self.person_id is not None:
            self.shell.go("travel-aid", PersonArgs(self.person_id))

    def _tick(self, slug: str) -> None:
        person_id = self.person_id
        if person_id is None:
            return
        ops.tick(self, person_id, slug)

    def _confirm_shareholder(self) -> None:
        journey = self.journey
        if journey is None:
            return
        self.confirm.ask(
            self.tr("Has {name} bought their shares?").format(name=journey.first_name),
            detail=self.tr(
                "The celebration starts, a welcome certificate is printed and the badge is "
                "reprinted with the role “Shareholder”."
            ),
            yes=self.tr("Yes, celebrate!"),
            no=self.tr("Cancel"),
            then=lambda: self.shell.go("celebration", PersonArgs(journey.person_id)),
        )

    def _confirm_export(self) -> None:
        journey = self.journey
        if journey is None:
            return
        self.confirm.ask(
            self.tr("Export everything the kiosk holds about {name}?").format(
                name=journey.first_name
            ),
            detail=self.tr(
                "A JSON file is written to the kiosk's exports folder. Hand it only to the "
                "person themselves."
            ),
            yes=self.tr("Export"),
            no=self.tr("Cancel"),
            then=lambda: self._export(journey.person_id),
        )

    def _export(self, person_id: uuid.UUID) -> None:
        ops.export_data(self, person_id, success=self._exported, failure=self._failed)

    def _exported(self, exported: Exported) -> None:
        self.shell.toast(self.tr("Data exported to {path}").format(path=str(exported.path)))

    def _confirm_erase(self) -> None:
        journey = self.journey
        if journey is None:
            return
        self.confirm.ask(
            self.tr("Erase the data of {name}?").format(name=journey.first_name),
            detail=self.tr(
                "Visits, badges, journey and posts are deleted, the profile is emptied; "
                "only anonymous counts remain. This cannot be undone."
            ),
            yes=self.tr("Erase"),
            no=self.tr("Cancel"),
            then=lambda: self._erase(journey.person_id),
            danger=True,
        )

    def _erase(self, person_id: uuid.UUID) -> None:
        ops.erase_data(self, person_id, success=self._erased, failure=self._failed)

    def _erased(self, erased: Erased) -> None:
        if self.shell.visitor_id == erased.person_id:
            self.shell.visitor_id = None
        if self.person_id == erased.person_id:
            self.person_id = None
            self.journey = None
            self._show()
        self.shell.toast(self.tr("The person's data is erased."))

    def _failed(self, error: Exception) -> None:
        self.shell.toast(failure_text(error))


# -- The celebration ----------------------------------------------------------------------------


CONFETTI_MS = 2600


class Confetti(QWidget):
    """Pieces of paper in the four level colours, falling once (the one exuberant motion)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.progress = 0.0
        rng = random.Random(7)
        self._pieces = [
            (rng.random(), rng.random() * 0.6, rng.random() * 6.28, rng.randrange(4))
            for _ in range(120)
        ]
        self.animation = QVariantAnimation(self)
        self.animation.setStartValue(0.0)
        self.animation.setEndValue(1.0)
        self.animation.setDuration(CONFETTI_MS)
        self.animation.valueChanged.connect(self._step)

    def start(self) -> None:
        self.animation.stop()
        self.animation.start()

    def _step(self, value: object) -> None:
        # The animation runs from 0.0 to 1.0: its values are floats.
        if isinstance(value, float):
            self.progress = value
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.progress <= 0.0 or self.progress >= 1.0:
            return
        colours = [QColor(c) for c in theme.NORMAL.levels.values()]
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width, height = self.width(), self.height()
        for x, delay, phase, colour in self._pieces:
            t = max(0.0, self.progress - delay) / (1.0 - delay)
            if t <= 0.0:
                continue
            y = -20 + t * (height + 40)
            sway = math.sin(phase + t * 12) * 30
            painter.save()
            painter.translate(QPointF(x * width + sway, y))
            painter.rotate(math.degrees(phase + t * 8))
            painter.fillRect(QRectF(-9, -5, 18, 10), colours[colour])
            painter.restore()
        painter.end()


@register_screen
class CelebrationScreen(Screen):
    name = "celebration"
    args_type = PersonArgs
    full_bleed = True
    facilitator_only = True

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.setObjectName("Celebration")
        self.person_id: uuid.UUID | None = None
        self.busy = False
        self.result: Celebrated | None = None
        self.heading = label("display")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.name_label = label("title")
        self.name_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status = label("lead")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr = QrView()
        self.qr.setMinimumSize(360, 360)
        self.qr.hide()
        self.done = TouchButton(kind="primary", big=True, icon_name="house")
        self.done.clicked.connect(self.shell.go_home)
        card = QFrame()
        card.setProperty("role", "card")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(64, 48, 64, 48)
        inner.setSpacing(24)
        inner.addWidget(self.heading)
        inner.addWidget(self.name_label)
        inner.addWidget(self.status)
        inner.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.done)
        buttons.addStretch(1)
        inner.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(96, 64, 96, 64)
        layout.addStretch(1)
        layout.addWidget(card)
        layout.addStretch(1)
        self.confetti = Confetti(self)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Welcome among the shareholders")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Welcome among the shareholders!"))
        result = self.result
        self.name_label.setText(result.first_name if result else "")
        if self.busy:
            self.status.setText(self.tr("Printing your certificate and your new badge…"))
        elif result is None:
            self.status.clear()
        else:
            parts = []
            if result.certificate.printed:
                parts.append(self.tr("Your welcome certificate is printed."))
            else:
                parts.append(self.tr("Your certificate will be printed later."))
            if result.badge.printed:
                parts.append(self.tr("Take your new badge: it says “Shareholder”."))
            else:
                parts.append(self.tr("Your new badge is shown here: photograph it."))
            self.status.setText(" ".join(parts))
        self.done.setText(self.tr("Thank you!"))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.confetti.setGeometry(self.rect())
        # Behind the card: the paper falls around the words, never over them.
        self.confetti.lower()

    def reset(self) -> None:
        self.person_id = None
        self.busy = False
        self.result = None
        self.qr.set_data("")
        self.qr.hide()
        self.confetti.animation.stop()
        self.retranslate()

    def on_enter(self, args: ScreenArgs | None) -> None:
        if not isinstance(args, PersonArgs):
            return
        self.reset()
        self.person_id = args.person_id
        self.celebrate()

    def prepare_screenshot(self) -> None:
        from app.printing.types import PrintOutcome

        demo_facilitator(self.shell)
        self.result = Celebrated("Camille", PrintOutcome(True), PrintOutcome(True), "", NOTHING)
        self.retranslate()
        self.confetti.progress = 0.45
        self.confetti.update()

    def celebrate(self) -> None:
        """Record the shares, reissue the badge, print badge and certificate: one task."""
        person_id = self.person_id
        if person_id is None or self.busy:
            return
        self.busy = True
        self.confetti.start()
        self.retranslate()
        ops.celebrate_shareholder(self, person_id, success=self._done, failure=self._failed)

    def _done(self, result: Celebrated) -> None:
        self.busy = False
        self.result = result
        self.qr.set_data(result.token)
        self.qr.setVisible(bool(result.token))
        self.retranslate()

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self.confetti.animation.stop()
        self.confetti.progress = 0.0
        self.confetti.update()
        self.shell.toast(failure_text(error))
        self.shell.back()
