"""The welcome desk: check in (badge or name), register as a visitor, consent, check out.

    welcome ──badge──────────────► checkin ─► (involvement) ─► welcome-done
       ├─ find my name ─► checkin-search ─┘
       ├─ first visit ─► register ─► consent ─► involvement ─► welcome-done (badge printed)
       └─ leaving ─► scan the badge: checked out

Each step is its own screen (the screenshot command shows each); what one step hands the next
travels as `shell.go` parameters, and every screen forgets it in `reset()` (idle).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QSize, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from app.config import LANGUAGES
from app.context import AppContext
from app.errors import KnownError
from ui.i18n import ENDONYMS, translate_message
from ui.navigation import Screen, register_screen
from ui.shell import Shell
from ui.widgets.buttons import TouchButton
from ui.widgets.choices import ChoiceButtons
from ui.widgets.person_search import PersonSearch, short_name
from ui.widgets.qr_view import QrView

if TYPE_CHECKING:
    import uuid

    from app.badges.service import BadgeHolder
    from app.onboarding.service import CheckIn, CheckOut, VisitorForm
    from app.people.service import PersonSummary
    from app.printing.service import PrintOutcome

PURPOSES = ("info_session", "coworking", "drop_in", "meeting", "appointment", "other")
PURPOSE_NAMES = {
    "info_session": QT_TRANSLATE_NOOP("Purpose", "Information session"),
    "coworking": QT_TRANSLATE_NOOP("Purpose", "Co-working"),
    "drop_in": QT_TRANSLATE_NOOP("Purpose", "Drop-in session"),
    "meeting": QT_TRANSLATE_NOOP("Purpose", "Meeting"),
    "appointment": QT_TRANSLATE_NOOP("Purpose", "Appointment"),
    "other": QT_TRANSLATE_NOOP("Purpose", "Something else"),
}


def purpose_name(purpose: str) -> str:
    source = PURPOSE_NAMES.get(purpose)
    return QCoreApplication.translate("Purpose", source) if source else purpose


def purpose_texts() -> dict[str, str]:
    return {key: purpose_name(key) for key in PURPOSES}


def day_text(day: date) -> str:
    """ "24 février 2027", "24 februari 2027", "24 February 2027": in the kiosk's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def heading(role: str = "title") -> QLabel:
    label = QLabel()
    label.setProperty("role", role)
    label.setWordWrap(True)
    return label


def failure_text(error: Exception) -> str:
    from ui.tasks import generic_error_text

    return (
        translate_message(error.message) if isinstance(error, KnownError) else generic_error_text()
    )


@register_screen
class WelcomeScreen(Screen):
    name = "welcome"

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.leaving = False
        self.busy = False
        self.heading = heading()
        self.scan_hint = heading("lead")
        self.find = TouchButton(big=True, icon_name="users")
        self.find.clicked.connect(lambda: self.shell.go("checkin-search"))
        self.register = TouchButton(kind="primary", big=True, icon_name="pointer")
        self.register.clicked.connect(lambda: self.shell.go("register"))
        self.leave = TouchButton(big=True, icon_name="log-out", checkable=True)
        self.leave.clicked.connect(self._toggle_leaving)
        self.message = heading("lead")
        self.message.hide()
        self._buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._buttons.setSpacing(24)
        for button in (self.register, self.find, self.leave):
            self._buttons.addWidget(button)
        card = QFrame()
        card.setProperty("role", "card")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(40, 32, 40, 32)
        inner.setSpacing(16)
        inner.addWidget(self.scan_hint)
        inner.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 32)
        layout.setSpacing(32)
        layout.addWidget(self.heading)
        layout.addWidget(card)
        layout.addLayout(self._buttons)
        layout.addStretch(1)
        shell.sig_badge_scanned.connect(self._badge_scanned)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Welcome")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Welcome to the antenne!"))
        self.scan_hint.setText(
            self.tr("Leaving? Scan your badge to check out.")
            if self.leaving
            else self.tr("Have a badge? Scan it now to check in.")
        )
        self.find.setText(self.tr("I am a member: find my name"))
        self.register.setText(self.tr("First visit? Register"))
        self.leave.setText(self.tr("I am leaving"))

    def reset(self) -> None:
        self.leaving = False
        self.busy = False
        self.leave.setChecked(False)
        self.message.clear()
        self.message.hide()
        self.retranslate()

    def on_enter(self, **params: object) -> None:
        self.message.hide()

    def arrange(self, space: QSize) -> None:
        # The three ways in side by side when their whole labels fit, else one under the other.
        self.side_by_side_if_room(self._buttons, self.room(space))

    def _toggle_leaving(self) -> None:
        self.leaving = self.leave.isChecked()
        self.message.hide()
        self.retranslate()

    def _badge_scanned(self, holder: BadgeHolder) -> None:
        if not self.isVisible() or self.busy:
            return
        if not self.leaving:
            self.shell.go("checkin", person_id=holder.person_id, first_name=holder.first_name)
            return
        self.busy = True
        person_id = holder.person_id

        def run(ctx: AppContext) -> CheckOut:
            from app.onboarding.service import check_out

            return check_out(ctx, person_id)

        self.shell.tasks.run(
            run, on_success=self._checked_out, on_failure=self._failed, parent=self
        )

    def _checked_out(self, result: CheckOut) -> None:
        self.busy = False
        self.leaving = False
        self.leave.setChecked(False)
        self.retranslate()
        if result.closed:
            text = self.tr("Goodbye {name}, see you soon!").format(name=result.first_name)
        else:
            text = self.tr("{name}, you had not checked in today. See you soon!").format(
                name=result.first_name
            )
        self.message.setText(text)
        self.message.show()
        self.shell.visitor_id = None

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self.shell.toast(failure_text(error))


@register_screen
class CheckinSearchScreen(Screen):
    name = "checkin-search"
    scrolls = False

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.heading = heading("heading")
        self.search = PersonSearch(shell.tasks)
        self.search.sig_person_chosen.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 32)
        layout.setSpacing(24)
        layout.addWidget(self.heading)
        layout.addWidget(self.search, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Find my name")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Type the start of your first or last name, then tap it."))

    def reset(self) -> None:
        self.search.clear()

    def on_enter(self, **params: object) -> None:
        self.search.field.setFocus()

    def prepare_screenshot(self) -> None:
        self.search.field.setText("mar")

    def _chosen(self, person: PersonSummary) -> None:
        self.shell.go(
            "checkin",
            person_id=person.id,
            first_name=person.first_name,
            initial=short_name(person.first_name, person.last_name),
            confirm=True,
        )
        self.search.clear()


@register_screen
class CheckinScreen(Screen):
    """Who (a person found by name confirms it is them) and why they came, then check in."""

    name = "checkin"

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.person_id: uuid.UUID | None = None
        self.first_name = ""
        self.shown_name = ""
        self.confirm = False
        self.busy = False
        self.heading = heading()
        self.question = heading("lead")
        self.purposes = ChoiceButtons(PURPOSES, exclusive=True, columns=3)
        self.purposes.sig_changed.connect(self._update)
        self.error = heading("error")
        self.error.hide()
        self.not_me = TouchButton(big=True, icon_name="arrow-left")
        self.not_me.clicked.connect(lambda: self.shell.go("checkin-search"))
        self.go_in = TouchButton(kind="primary", big=True, icon_name="check")
        self.go_in.clicked.connect(self.check_in)
        buttons = QHBoxLayout()
        buttons.setSpacing(24)
        buttons.addWidget(self.not_me)
        buttons.addStretch(1)
        buttons.addWidget(self.go_in)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 32)
        layout.setSpacing(24)
        layout.addWidget(self.heading)
        layout.addWidget(self.question)
        layout.addWidget(self.purposes)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Check in")

    def retranslate(self) -> None:
        if self.confirm:
            self.heading.setText(self.tr("Are you {name}?").format(name=self.shown_name))
        else:
            self.heading.setText(self.tr("Hello {name}!").format(name=self.first_name))
        self.question.setText(self.tr("What brings you here today?"))
        self.purposes.set_texts(purpose_texts())
        self.not_me.setText(self.tr("This is not me"))
        self.go_in.setText(
            self.tr("Yes, it is me: check in") if self.confirm else self.tr("Check in")
        )
        self.not_me.setVisible(self.confirm)

    def reset(self) -> None:
        self.person_id = None
        self.first_name = self.shown_name = ""
        self.confirm = False
        self.busy = False
        self.purposes.clear()
        self.error.hide()
        self.retranslate()
        self._update()

    def on_enter(self, **params: object) -> None:
        person_id = params.get("person_id")
        if person_id is not None:
            self.reset()
            self.person_id = person_id  # type: ignore[assignment]
            self.first_name = str(params.get("first_name", ""))
            self.shown_name = str(params.get("initial", self.first_name))
            self.confirm = bool(params.get("confirm", False))
            self.retranslate()
        self._update()

    def prepare_screenshot(self) -> None:
        self.first_name = "Camille"
        self.shown_name = "Camille D."
        self.confirm = True
        self.purposes.set_selected(["coworking"])
        self.retranslate()

    def _update(self) -> None:
        self.go_in.setEnabled(bool(self.purposes.choice()) and not self.busy)

    def check_in(self) -> None:
        person_id, purpose = self.person_id, self.purposes.choice()
        if person_id is None or not purpose or self.busy:
            return
        self.busy = True
        self._update()
        # Found by name: they have no badge with them, a new one is printed.
        print_badge = self.confirm

        def run(ctx: AppContext) -> CheckIn:
            from app.onboarding.service import check_in

            return check_in(ctx, person_id, purpose=purpose)

        def done(result: CheckIn) -> None:
            self.busy = False
            self.shell.visitor_id = result.person_id
            after = {"person_id": result.person_id, "print_badge": print_badge, "checked_in": True}
            if result.involvement_due:
                self.shell.go("involvement", then="welcome-done", **after)
            else:
                self.shell.go("welcome-done", **after)

        self.shell.tasks.run(run, on_success=done, on_failure=self._failed, parent=self)

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self.error.setText(failure_text(error))
        self.error.show()
        self._update()


@register_screen
class RegisterScreen(Screen):
    """A visitor's first visit: names, optional contact, language, why they came."""

    name = "register"

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.busy = False
        self.heading = heading()
        self.intro = heading("muted")
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.email = QLineEdit()
        self.email.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        self.phone = QLineEdit()
        self.phone.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.fields = (self.first_name, self.last_name, self.email, self.phone)
        for field in self.fields:
            field.setMaxLength(300)
        self.labels = [heading("lead") for _ in range(4)]
        # Two fields a row on a wide screen, each under its label.
        self._form = QGridLayout()
        self._form.setHorizontalSpacing(32)
        self._form.setVerticalSpacing(8)
        self._form_columns = 0
        for label, field in zip(self.labels, self.fields, strict=True):
            label.setBuddy(field)
        self._arrange_form(2)
        self.language_label = heading("lead")
        self.languages = ChoiceButtons(LANGUAGES, exclusive=True, columns=3)
        self.languages.set_texts(ENDONYMS)
        self.languages.sig_changed.connect(self._language_chosen)
        self.purpose_label = heading("lead")
        self.purposes = ChoiceButtons(PURPOSES, exclusive=True, columns=3)
        self.error = heading("error")
        self.error.hide()
        self.next = TouchButton(kind="primary", big=True, icon_name="chevron-right")
        self.next.clicked.connect(self.submit)
        bottom = QHBoxLayout()
        bottom.setSpacing(24)
        bottom.addWidget(self.error, 1)
        bottom.addStretch(0)
        bottom.addWidget(self.next, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 32)
        layout.setSpacing(20)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(self._form)
        layout.addWidget(self.language_label)
        layout.addWidget(self.languages)
        layout.addWidget(self.purpose_label)
        layout.addWidget(self.purposes)
        layout.addStretch(1)
        self.pin_actions(bottom)
        self.retranslate()

    def title(self) -> str:
        return self.tr("First visit")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Nice to meet you!"))
        self.intro.setText(self.tr("Only your names are needed. E-mail and phone are optional."))
        for label, text in zip(
            self.labels,
            (
                self.tr("First name"),
                self.tr("Last name"),
                self.tr("E-mail (optional)"),
                self.tr("Phone (optional)"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.language_label.setText(self.tr("Your language"))
        self.purpose_label.setText(self.tr("Why did you come today?"))
        self.purposes.set_texts(purpose_texts())
        self.next.setText(self.tr("Continue"))

    def reset(self) -> None:
        self.busy = False
        for field in self.fields:
            field.clear()
        self.languages.clear()
        self.purposes.clear()
        self.error.clear()
        self.error.hide()

    def on_enter(self, **params: object) -> None:
        if not self.languages.choice():
            self.languages.set_selected([self.shell.language])
        if not self.first_name.text():
            self.first_name.setFocus()

    def prepare_screenshot(self) -> None:
        self.first_name.setText("Noor")
        self.last_name.setText("Haddad")
        self.purposes.set_selected(["info_session"])

    def _arrange_form(self, columns: int) -> None:
        if columns == self._form_columns:
            return
        self._form_columns = columns
        for label, field in zip(self.labels, self.fields, strict=True):
            self._form.removeWidget(label)
            self._form.removeWidget(field)
        for index, (label, field) in enumerate(zip(self.labels, self.fields, strict=True)):
            row, column = (index // columns) * 2, index % columns
            self._form.addWidget(label, row, column)
            self._form.addWidget(field, row + 1, column)

    def arrange(self, space: QSize) -> None:
        wide = space.width() >= 1300
        self.purposes.set_columns(3 if wide else 2)
        self._arrange_form(2 if wide else 1)

    def _language_chosen(self) -> None:
        # The kiosk speaks the visitor's language from now on (consent screen included).
        language = self.languages.choice()
        if language:
            self.shell.set_language(language)

    def form(self) -> VisitorForm:
        from app.onboarding.service import VisitorForm

        return VisitorForm(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            language=self.languages.choice() or self.shell.language,
            purpose=self.purposes.choice(),
        )

    def submit(self) -> None:
        if self.busy:
            return
        self.busy = True
        form = self.form()

        def run(_ctx: AppContext) -> tuple[VisitorForm, date]:
            from app.localtime import kept_until
            from app.onboarding.service import clean_visitor

            return clean_visitor(form), kept_until(_ctx)

        self.shell.tasks.run(run, on_success=self._valid, on_failure=self._invalid, parent=self)

    def _valid(self, result: tuple[VisitorForm, date]) -> None:
        self.busy = False
        self.error.hide()
        form, keep = result
        self.shell.go("consent", form=form, kept_until=keep)

    def _invalid(self, error: Exception) -> None:
        self.busy = False
        self.error.setText(failure_text(error))
        self.error.show()


@dataclass(frozen=True)
class Printed:
    outcome: PrintOutcome
    token: str
    first_name: str


@register_screen
class ConsentScreen(Screen):
    """What is kept and until when, in plain words; nothing is saved before “I agree”."""

    name = "consent"

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.form: VisitorForm | None = None
        self.kept_until: date | None = None
        self.busy = False
        self.heading = heading()
        self.kept = heading("lead")
        self.until = heading("heading")
        self.rights = heading("lead")
        self.error = heading("error")
        self.error.hide()
        self.refuse = TouchButton(big=True, icon_name="x")
        self.refuse.clicked.connect(self._refused)
        self.agree = TouchButton(kind="primary", big=True, icon_name="check")
        self.agree.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.setSpacing(24)
        buttons.addWidget(self.refuse)
        buttons.addStretch(1)
        buttons.addWidget(self.agree)
        card = QFrame()
        card.setProperty("role", "card")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(40, 32, 40, 32)
        inner.setSpacing(20)
        for label in (self.kept, self.until, self.rights):
            inner.addWidget(label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 32)
        layout.setSpacing(24)
        layout.addWidget(self.heading)
        layout.addWidget(card)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.pin_actions(buttons)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Your data")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Before we go on: what we keep"))
        contact = self.form is not None and bool(self.form.email or self.form.phone)
        self.kept.setText(
            self.tr(
                "We keep your first and last name, your language, your e-mail and phone, "
                "and the days you came and why."
            )
            if contact
            else self.tr(
                "We keep your first and last name, your language, and the days you came and why."
            )
        )
        if self.kept_until is not None:
            self.until.setText(
                self.tr("Kept until {date}, then deleted.").format(date=day_text(self.kept_until))
            )
        self.rights.setText(
            self.tr(
                "Smart's teams use it to welcome you and keep in touch; it stays in the "
                "cooperative's own systems. We never sell it or give it to anyone outside Smart. "
                "You can ask at the desk to see or delete it at any time."
            )
        )
        self.refuse.setText(self.tr("No, thank you"))
        self.agree.setText(self.tr("I agree"))

    def reset(self) -> None:
        self.form = None
        self.kept_until = None
        self.busy = False
        self.until.clear()
        self.error.hide()
        self.retranslate()

    def on_enter(self, **params: object) -> None:
        form, keep = params.get("form"), params.get("kept_until")
        if form is not None and isinstance(keep, date):
            self.form = form  # type: ignore[assignment]
            self.kept_until = keep
            self.error.hide()
            self.retranslate()
        self.agree.setEnabled(self.form is not None)

    def prepare_screenshot(self) -> None:
        from datetime import timedelta

        from app.onboarding.service import VisitorForm

        self.form = VisitorForm("Noor", "Haddad", email="noor@example.org")
        self.kept_until = date.today() + timedelta(days=self.shell.config.retention_days)
        self.retranslate()

    def _refused(self) -> None:
        self.shell.toast(self.tr("Nothing was kept. You are welcome anyway!"))
        self.shell.go_home()
        self.reset()

    def accept(self) -> None:
        form = self.form
        if form is None or self.busy:
            return
        self.busy = True

        def run(ctx: AppContext) -> CheckIn:
            from app.onboarding.service import register_visitor

            return register_visitor(ctx, form, consent=True)

        self.shell.tasks.run(run, on_success=self._registered, on_failure=self._failed, parent=self)

    def _registered(self, result: CheckIn) -> None:
        self.busy = False
        self.shell.visitor_id = result.person_id
        after = {"person_id": result.person_id, "print_badge": True, "checked_in": True}
        if result.involvement_due:
            self.shell.go("involvement", then="welcome-done", **after)
        else:
            self.shell.go("welcome-done", **after)

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self.error.setText(failure_text(error))
        self.error.show()


@register_screen
class WelcomeDoneScreen(Screen):
    """The end of checking in: the badge is printed (or shown large when printing fails)."""

    name = "welcome-done"

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.person_id: uuid.UUID | None = None
        self.printing = False
        self.printed: Printed | None = None
        self.heading = heading()
        self.status = heading("lead")
        self.qr = QrView()
        # Large enough to photograph from arm's length.
        self.qr.setFixedSize(440, 440)
        self.qr.hide()
        self.qr_hint = heading("muted")
        self.qr_hint.hide()
        self.journey = TouchButton(big=True, icon_name="history")
        self.journey.clicked.connect(self._journey)
        self.home = TouchButton(kind="primary", big=True, icon_name="house")
        self.home.clicked.connect(self.shell.go_home)
        buttons = QHBoxLayout()
        buttons.setSpacing(24)
        buttons.addWidget(self.journey)
        buttons.addStretch(1)
        buttons.addWidget(self.home)
        texts = QVBoxLayout()
        texts.setSpacing(24)
        texts.addWidget(self.heading)
        texts.addWidget(self.status)
        texts.addWidget(self.qr_hint)
        texts.addStretch(1)
        self._body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._body.setSpacing(48)
        self._body.addLayout(texts, 1)
        self._body.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 32)
        layout.setSpacing(24)
        layout.addLayout(self._body, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def arrange(self, space: QSize) -> None:
        portrait = space.height() > space.width()
        self._body.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )

    def title(self) -> str:
        return self.tr("Welcome")

    def retranslate(self) -> None:
        printed = self.printed
        name = printed.first_name if printed else ""
        self.heading.setText(
            self.tr("You are checked in, {name}. Welcome!").format(name=name)
            if name
            else self.tr("You are checked in. Welcome!")
        )
        if self.printing:
            self.status.setText(self.tr("Your badge is being printed…"))
        elif printed is None:
            self.status.clear()
        elif printed.outcome.printed:
            self.status.setText(self.tr("Take your badge from the printer."))
        elif printed.outcome.message is not None:
            self.status.setText(translate_message(printed.outcome.message))
        self.qr_hint.setText(self.tr("Photograph this code: it works like your badge today."))
        self.journey.setText(self.tr("My journey"))
        self.home.setText(self.tr("Done"))

    def reset(self) -> None:
        self.person_id = None
        self.printing = False
        self.printed = None
        self.qr.set_data("")
        self.qr.hide()
        self.qr_hint.hide()
        self.retranslate()

    def on_enter(self, **params: object) -> None:
        person_id = params.get("person_id")
        if person_id is None:
            return
        self.reset()
        self.person_id = person_id  # type: ignore[assignment]
        if params.get("print_badge"):
            self.print_badge()
        else:
            self._name_only()

    def prepare_screenshot(self) -> None:
        from app.printing.service import PrintOutcome, PrintProblem, badge_message

        self.printed = Printed(
            PrintOutcome(
                printed=False, message=badge_message(PrintProblem.PAUSED, printer="accueil")
            ),
            "ANT1-" + "0" * 26,
            "Noor",
        )
        self._show_printed()

    def _name_only(self) -> None:
        person_id = self.person_id
        assert person_id is not None

        def run(ctx: AppContext) -> str:
            from app.badges.service import badge_holder

            return badge_holder(ctx, person_id).first_name

        def done(first_name: str) -> None:
            from app.printing.service import PrintOutcome

            self.printed = Printed(PrintOutcome(printed=True), "", first_name)
            self.status.clear()
            self.retranslate()
            self.status.clear()

        self.shell.tasks.run(run, on_success=done, parent=self)

    def print_badge(self) -> None:
        """Issue, render and print the person's badge in one task."""
        person_id = self.person_id
        if person_id is None or self.printing:
            return
        self.printing = True
        self.retranslate()
        layout = self.shell.config.badge_layout

        def run(ctx: AppContext) -> Printed:
            from app.badges.pdf import card_for, render_badges
            from app.badges.service import badge_photo, issue_badge
            from app.localtime import local_day
            from app.printing.service import print_badge_pdf

            issued = issue_badge(ctx, person_id, layout=layout, reason="reprint")
            card = card_for(issued, photo=badge_photo(ctx, person_id), today=local_day(ctx))
            pdf = render_badges([card], issued.layout)
            outcome = print_badge_pdf(ctx, pdf, layout=issued.layout, title="badge")
            return Printed(
                outcome, "" if outcome.printed else issued.token, issued.holder.first_name
            )

        self.shell.tasks.run(run, on_success=self._printed, on_failure=self._failed, parent=self)

    def _printed(self, printed: Printed) -> None:
        self.printing = False
        self.printed = printed
        self._show_printed()

    def _show_printed(self) -> None:
        printed = self.printed
        failed = printed is not None and bool(printed.token)
        self.qr.set_data(printed.token if printed is not None and failed else "")
        self.qr.setVisible(failed)
        self.qr_hint.setVisible(failed)
        self.retranslate()

    def _failed(self, error: Exception) -> None:
        self.printing = False
        self.retranslate()
        self.status.setText(failure_text(error))

    def _journey(self) -> None:
        if self.person_id is not None:
            self.shell.go("journey", person_id=self.person_id)
