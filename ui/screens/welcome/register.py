"""A first visit: the visitor's names, contact, language and purpose, then what is kept and
until when; nothing is saved before “I agree”."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLineEdit, QVBoxLayout

from app.config import LANGUAGES
from app.onboarding.types import PURPOSES, CheckIn, VisitorForm
from ui.i18n import ENDONYMS
from ui.navigation import Screen, register_screen
from ui.purposes import purpose_texts
from ui.screen_args import ConsentArgs, InvolvementArgs, ScreenArgs, WelcomedArgs
from ui.screens.welcome import ops
from ui.screens.welcome.widgets import day_text
from ui.shell import Shell
from ui.widgets.buttons import TouchButton
from ui.widgets.choices import ChoiceButtons
from ui.widgets.page import failure_text, label, set_page_margins


@register_screen
class RegisterScreen(Screen):
    """A visitor's first visit: names, optional contact, language, why they came."""

    name = "register"

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.busy = False
        self.heading = label()
        self.intro = label("muted")
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.email = QLineEdit()
        self.email.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        self.phone = QLineEdit()
        self.phone.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.fields = (self.first_name, self.last_name, self.email, self.phone)
        for field in self.fields:
            field.setMaxLength(300)
        self.labels = [label("lead") for _ in range(4)]
        # Two fields a row on a wide screen, each under its label.
        self._form = QGridLayout()
        self._form.setHorizontalSpacing(32)
        self._form.setVerticalSpacing(8)
        self._form_columns = 0
        for caption, field in zip(self.labels, self.fields, strict=True):
            caption.setBuddy(field)
        self._arrange_form(2)
        self.language_label = label("lead")
        self.languages = ChoiceButtons(LANGUAGES, exclusive=True, columns=3)
        self.languages.set_texts(ENDONYMS)
        self.languages.sig_changed.connect(self._language_chosen)
        self.purpose_label = label("lead")
        self.purposes = ChoiceButtons(PURPOSES, exclusive=True, columns=3)
        self.error = label("error")
        self.error.hide()
        self.next = TouchButton(kind="primary", big=True, icon_name="chevron-right")
        self.next.clicked.connect(self.submit)
        bottom = QHBoxLayout()
        bottom.setSpacing(24)
        bottom.addWidget(self.error, 1)
        bottom.addStretch(0)
        bottom.addWidget(self.next, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        set_page_margins(layout)
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
        for caption, text in zip(
            self.labels,
            (
                self.tr("First name"),
                self.tr("Last name"),
                self.tr("E-mail (optional)"),
                self.tr("Phone (optional)"),
            ),
            strict=True,
        ):
            caption.setText(text)
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

    def on_enter(self, args: ScreenArgs | None) -> None:
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
        for caption, field in zip(self.labels, self.fields, strict=True):
            self._form.removeWidget(caption)
            self._form.removeWidget(field)
        for column in range(4):  # a column left empty takes no room
            self._form.setColumnStretch(column, 1 if column < columns else 0)
        for index, (caption, field) in enumerate(zip(self.labels, self.fields, strict=True)):
            row, column = (index // columns) * 2, index % columns
            self._form.addWidget(caption, row, column)
            self._form.addWidget(field, row + 1, column)

    def arrange(self, space: QSize) -> None:
        # The four fields in one row where they fit (a landscape screen, even in large text):
        # the purposes' last row then shows above the pinned "Continue" instead of under it.
        # The widest arrangement that fits, measured: Dutch labels are the longest.
        room = self.room(space)
        for form, purposes in ((4, 3), (2, 3), (2, 2), (1, 2), (1, 1)):
            self._arrange_form(form)
            self.purposes.set_columns(purposes)
            if self.minimum_width() <= room:
                return

    def _language_chosen(self) -> None:
        # The kiosk speaks the visitor's language from now on (consent screen included).
        language = self.languages.choice()
        if language:
            self.shell.set_language(language)

    def form(self) -> VisitorForm:
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
        ops.check_visitor(self, self.form(), success=self._valid, failure=self._invalid)

    def _valid(self, result: tuple[VisitorForm, date]) -> None:
        self.busy = False
        self.error.hide()
        form, keep = result
        self.shell.go("consent", ConsentArgs(form, kept_until=keep))

    def _invalid(self, error: Exception) -> None:
        self.busy = False
        self.error.setText(failure_text(error))
        self.error.show()


@register_screen
class ConsentScreen(Screen):
    """What is kept and until when, in plain words; nothing is saved before “I agree”."""

    name = "consent"
    args_type = ConsentArgs

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.form: VisitorForm | None = None
        self.kept_until: date | None = None
        self.busy = False
        self.heading = label()
        self.kept = label("lead")
        self.until = label("heading")
        self.rights = label("lead")
        # Whether a public "find my name" may list this person (`person.name_search`).
        self.badge_only = TouchButton(checkable=True, icon_name="check")
        self.badge_only_hint = label("muted")
        self.refusal = label("muted")
        self.error = label("error")
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
        for text in (self.kept, self.until, self.rights):
            inner.addWidget(text)
        inner.addWidget(self.badge_only, 0, Qt.AlignmentFlag.AlignLeft)
        inner.addWidget(self.badge_only_hint)
        layout = QVBoxLayout(self)
        set_page_margins(layout)
        layout.setSpacing(24)
        layout.addWidget(self.heading)
        layout.addWidget(card)
        layout.addWidget(self.refusal)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.pin_actions(buttons)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Your data")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Before we go on: what we keep"))
        # Only the details the person gave: no "e-mail" line for someone who typed none.
        email = self.form is not None and bool(self.form.email)
        phone = self.form is not None and bool(self.form.phone)
        if email and phone:
            kept = self.tr(
                "We keep your first and last name, your language, your e-mail and phone, "
                "and the days you came and why."
            )
        elif email:
            kept = self.tr(
                "We keep your first and last name, your language, your e-mail, "
                "and the days you came and why."
            )
        elif phone:
            kept = self.tr(
                "We keep your first and last name, your language, your phone number, "
                "and the days you came and why."
            )
        else:
            kept = self.tr(
                "We keep your first and last name, your language, and the days you came and why."
            )
        self.kept.setText(kept)
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
        self.badge_only.setText(self.tr("Find me by my badge only"))
        self.badge_only_hint.setText(
            self.tr("Then your name is never listed when someone types a name at the kiosk.")
        )
        self.refusal.setText(
            self.tr(
                "“No, thank you”: we keep nothing about you, and you are welcome all the same: "
                "look around, read, and ask at the desk."
            )
        )
        self.refuse.setText(self.tr("No, thank you"))
        self.agree.setText(self.tr("I agree"))

    def reset(self) -> None:
        self.form = None
        self.kept_until = None
        self.busy = False
        self.until.clear()
        self.badge_only.setChecked(False)
        self.error.hide()
        self.retranslate()

    def on_enter(self, args: ScreenArgs | None) -> None:
        if isinstance(args, ConsentArgs):
            self.form, self.kept_until = args.form, args.kept_until
            self.error.hide()
            self.retranslate()
        self.agree.setEnabled(self.form is not None)

    def prepare_screenshot(self) -> None:
        from datetime import timedelta

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
        form = replace(form, name_search=not self.badge_only.isChecked())
        ops.register_visitor(self, form, success=self._registered, failure=self._failed)

    def _registered(self, result: CheckIn) -> None:
        self.busy = False
        self.shell.visitor_id = result.person_id
        after = WelcomedArgs(result.person_id, print_badge=True)
        if result.involvement_due:
            self.shell.go("involvement", InvolvementArgs(after.person_id, "welcome-done", after))
        else:
            self.shell.go("welcome-done", after)

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self.error.setText(failure_text(error))
        self.error.show()
