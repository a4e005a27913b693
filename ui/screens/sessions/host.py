"""A member offers to host a drop-in: after a badge scan, a topic, a day and a time, how long,
how many people, once or every week. From a match on the skills board, the offering member
comes here with their badge read and the form prefilled (`HostArgs`): a skill-share workshop.
A facilitator accepts it (`session-edit`); until then it is not on the programme
(docs/architecture.md, "Sessions", "Hosting").

The topic is typed with the on-screen keyboard, in the member's language (the kiosk speaks it
once their badge is read); everything else is a tap. A visitor's badge is refused by name,
before anything is typed. Nothing is kept before "Send": a refusal says why beside the button
and keeps what was chosen.
"""

from __future__ import annotations

import uuid
from datetime import date, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QSize
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from app.sessions.types import HOST_KINDS, HostOffer
from ui import theme
from ui.demo import demo_person
from ui.navigation import Screen, register_screen
from ui.screen_args import HostArgs
from ui.screens.sessions import host_ops
from ui.shell import Shell
from ui.widgets.buttons import TouchButton
from ui.widgets.choices import ChoiceButtons
from ui.widgets.count_field import CountField
from ui.widgets.empty_state import EmptyState
from ui.widgets.page import failure_text, label, set_page_margins

if TYPE_CHECKING:
    from app.badges.types import BadgeHolder
    from app.sessions.types import Scheduled
    from ui.screen_args import ScreenArgs

# The first day offered is tomorrow (a facilitator needs time to accept), the last in four
# weeks: two rows of a week on a wide screen.
DAYS_AHEAD = 14
HOURS = tuple(range(8, 21))
MINUTES = (0, 30)
LENGTHS = (60, 90, 120, 180)
DEFAULT_PEOPLE = 8
# Longer than the service accepts: a topic one letter too long is refused with the reason.
TOPIC_FIELD_MAX = 250


def day_text(day: date) -> str:
    """ "Tue 15 Dec": short enough for a button, in the kiosk's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM")


@register_screen
class HostProposeScreen(Screen):
    name = "session-host-propose"
    args_type = HostArgs

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.holder: BadgeHolder | None = None
        # A drop-in, or a skill-share workshop (`HostArgs.kind`).
        self.kind = "drop_in"
        self.busy = False
        self.first_day = self._tomorrow()
        self.heading = label("title")
        self.intro = label("lead")
        self.empty = EmptyState("id-card")
        self.topic_label = label("heading")
        self.topic = QLineEdit()
        self.topic.setMaxLength(TOPIC_FIELD_MAX)
        self.topic_label.setBuddy(self.topic)
        self.description_label = label("heading")
        self.description = QPlainTextEdit()
        self.description.setMinimumHeight(110)
        self.description.setMaximumHeight(180)
        self.description.setTabChangesFocus(True)
        self.day_label = label("heading")
        # Keys are days after the first: a kiosk left on overnight moves them all (`on_enter`).
        self.days = ChoiceButtons([str(n) for n in range(DAYS_AHEAD)], exclusive=True, columns=7)
        self.time_label = label("heading")
        self.hours = ChoiceButtons([f"{h:02d}" for h in HOURS], exclusive=True, columns=7)
        self.minutes = ChoiceButtons([f"{m:02d}" for m in MINUTES], exclusive=True, columns=2)
        self.length_label = label("heading")
        self.lengths = ChoiceButtons([str(m) for m in LENGTHS], exclusive=True, columns=4)
        self.people_label = label("heading")
        self.people = CountField(maximum=500)
        self.people.box.setMinimum(1)
        self.people.setMaximumWidth(420)
        self.repeat_label = label("heading")
        self.repeat = ChoiceButtons(["once", "weekly"], exclusive=True, columns=2)
        self.form = QWidget()
        form = QVBoxLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.setSpacing(12)
        for widget in (
            self.topic_label,
            self.topic,
            self.description_label,
            self.description,
            self.day_label,
            self.days,
            self.time_label,
            self.hours,
            self.minutes,
            self.length_label,
            self.lengths,
            self.people_label,
            self.people,
            self.repeat_label,
            self.repeat,
        ):
            form.addWidget(widget)
        self.done = label("lead")
        self.done.hide()
        self.error = label("error")
        self.error.hide()
        self.send = TouchButton(kind="primary", big=True, icon_name="check")
        self.send.clicked.connect(self.submit)
        bottom = QHBoxLayout()
        bottom.setSpacing(24)
        bottom.addWidget(self.error, 1)
        bottom.addWidget(self.send, 0)
        layout = QVBoxLayout(self)
        set_page_margins(layout)
        layout.setSpacing(16)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.done)
        layout.addWidget(self.form)
        layout.addStretch(1)
        self.action_bar = self.pin_actions(bottom)
        shell.sig_badge_scanned.connect(self._badge_scanned)
        self._defaults()
        self.retranslate()
        self._show()

    def title(self) -> str:
        return self.tr("Host a drop-in")

    def retranslate(self) -> None:
        holder = self.holder
        if holder is None:
            self.heading.setText(self.tr("Host a drop-in session"))
        elif self.kind == "workshop":
            self.heading.setText(
                self.tr("{name}, propose your skill-share session").format(name=holder.first_name)
            )
        else:
            self.heading.setText(
                self.tr("{name}, what would you like to share?").format(name=holder.first_name)
            )
        self.intro.setText(
            self.tr(
                "Members can host a session on a topic they know: others drop in, ask, learn. "
                "A facilitator looks at your offer and puts it on the programme."
            )
        )
        self.empty.set_texts(
            self.tr("Scan your badge to offer a session."),
            self.tr("Members of the cooperative can do this."),
        )
        self.topic_label.setText(self.tr("Your topic, in a few words"))
        self.topic.setPlaceholderText(self.tr("For example: invoicing without stress"))
        self.description_label.setText(self.tr("A few lines for those who come (optional)"))
        self.day_label.setText(self.tr("Which day?"))
        self.days.set_texts({key: day_text(self._day(key)) for key in self.days.keys})
        self.time_label.setText(self.tr("At what time?"))
        self.hours.set_texts(
            {key: self.tr("{hour} h").format(hour=int(key)) for key in self.hours.keys}
        )
        self.minutes.set_texts({"00": self.tr("on the hour"), "30": self.tr("at half past")})
        self.length_label.setText(self.tr("For how long?"))
        self.lengths.set_texts(
            {
                "60": self.tr("1 hour"),
                "90": self.tr("1 hour 30"),
                "120": self.tr("2 hours"),
                "180": self.tr("3 hours"),
            }
        )
        self.people_label.setText(self.tr("How many people at most?"))
        self.repeat_label.setText(self.tr("Once, or every week?"))
        self.repeat.set_texts({"once": self.tr("Just once"), "weekly": self.tr("Every week")})
        self.send.setText(self.tr("Send my offer"))

    def reset(self) -> None:
        self.holder = None
        self.kind = "drop_in"
        self.busy = False
        self.topic.clear()
        self.description.clear()
        self.error.hide()
        self.done.hide()
        self._defaults()
        self.retranslate()
        self._show()

    def on_enter(self, args: ScreenArgs | None) -> None:
        if self._tomorrow() != self.first_day:
            self.first_day = self._tomorrow()
            self.retranslate()
        if isinstance(args, HostArgs):
            self.reset()
            self.kind = args.kind if args.kind in HOST_KINDS else "drop_in"
            self.topic.setText(args.topic[:TOPIC_FIELD_MAX])
            self.description.setPlainText(args.description)
            self._member(args.holder)
        self._show()

    def prepare_screenshot(self) -> None:
        self.topic.setText("Facturer sans stress : devis, factures, relances")
        self.description.setPlainText(
            "Venez avec vos questions et vos devis : on regarde ensemble comment les "
            "présenter, les envoyer et les relancer."
        )
        self.days.set_selected(["1"])
        self.hours.set_selected(["14"])
        self.repeat.set_selected(["weekly"])

        def picked(person_id: uuid.UUID | None) -> None:
            if person_id is not None:
                from app.badges.types import BadgeHolder

                self._member(
                    BadgeHolder(
                        person_id=person_id,
                        first_name="Évangéline",
                        last_name="",
                        kind="member",
                        language="fr",
                        antenna="",
                        is_member=True,
                        is_shareholder=False,
                        role="member",
                    )
                )

        demo_person(self, "evangeline", success=picked)

    def arrange(self, space: QSize) -> None:
        room = space.width() / theme.current().metrics.scale
        self.days.set_columns(7 if room >= 1700 else 4 if room >= 1000 else 2)
        self.hours.set_columns(7 if room >= 1700 else 5 if room >= 1000 else 3)
        self.lengths.set_columns(4 if room >= 1000 else 2)

    # -- The member -----------------------------------------------------------------------------

    def _badge_scanned(self, holder: BadgeHolder) -> None:
        if not self.isVisible() or self.busy:
            return
        if holder.kind == "visitor" and not holder.is_member:
            # Refused before anything is typed; nothing of theirs stays on screen.
            self.holder = None
            self.retranslate()
            self._show()
            self.shell.toast(
                self.tr("Sorry {name}, only members of the cooperative can host a drop-in.").format(
                    name=holder.first_name
                )
            )
            return
        self._member(holder)

    def _member(self, holder: BadgeHolder) -> None:
        self.holder = holder
        self.done.hide()
        self.error.hide()
        self.retranslate()
        self._show()
        self.topic.setFocus()

    def _show(self) -> None:
        known = self.holder is not None
        self.empty.setVisible(not known and not self.done.isVisible())
        self.form.setVisible(known)
        self.action_bar.setVisible(known)

    def _day(self, key: str) -> date:
        return self.first_day + timedelta(days=int(key))

    def _tomorrow(self) -> date:
        from app.clock import utcnow

        return host_ops.local(self.shell, utcnow()).date() + timedelta(days=1)

    def _defaults(self) -> None:
        self.days.set_selected(["0"])
        self.hours.set_selected(["14"])
        self.minutes.set_selected(["00"])
        self.lengths.set_selected(["120"])
        self.people.setValue(DEFAULT_PEOPLE)
        self.repeat.set_selected(["once"])

    # -- Sending --------------------------------------------------------------------------------

    def submit(self) -> None:
        holder = self.holder
        if holder is None or self.busy:
            return
        offer = HostOffer(
            person_id=holder.person_id,
            topic=self.topic.text(),
            day=self._day(self.days.choice()),
            start=time(int(self.hours.choice()), int(self.minutes.choice())),
            minutes=int(self.lengths.choice()),
            capacity=self.people.value(),
            weekly=self.repeat.choice() == "weekly",
            description=self.description.toPlainText(),
            kind=self.kind,
        )
        self.busy = True
        self.error.hide()
        host_ops.offer_to_host(self, offer, success=self._sent, failure=self._refused)

    def _sent(self, _scheduled: Scheduled) -> None:
        holder = self.holder
        name = holder.first_name if holder is not None else ""
        self.reset()
        self.done.setText(
            self.tr(
                "Thank you {name}! A facilitator will look at your offer. Once accepted, it is "
                "on the programme and you will see it at your next scan."
            ).format(name=name)
        )
        self.done.show()
        self._show()

    def _refused(self, error: Exception) -> None:
        self.busy = False
        self.error.setText(failure_text(error))
        self.error.show()
