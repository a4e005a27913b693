"""Facilitator mode: the PIN pad that opens it, and the panel of what a facilitator can do."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QSize, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
)

from app.changes import Changes, Entity
from app.config import LANGUAGES
from app.errors import QT_TRANSLATE_NOOP, KnownError, LockedError
from ui import theme
from ui.catalogue import HomeTile, facilitator_tiles
from ui.demo import demo_facilitator
from ui.i18n import ENDONYMS, translate_message
from ui.navigation import Screen, register_screen
from ui.screen_args import AfterLogin, ScreenArgs
from ui.screens.facilitator import ops
from ui.screens.facilitator.sync_panel import SyncPanel
from ui.shell import Shell
from ui.widgets.buttons import TouchButton
from ui.widgets.pin_pad import PinPad
from ui.widgets.tile import Tile

if TYPE_CHECKING:
    # uuid (and platform with it) is not needed before a facilitator logs in: not on the
    # kiosk's first frame, which imports this module for its home tile.
    from app.audit import AuditLine
    from app.facilitators.types import FacilitatorSession
    from app.sync.service import RetryOutcome

# What the audit log's action ids mean to a facilitator.
ACTIONS = {
    "login": QT_TRANSLATE_NOOP("AuditAction", "entered facilitator mode"),
    "login_failed": QT_TRANSLATE_NOOP("AuditAction", "wrong PIN"),
    "locked": QT_TRANSLATE_NOOP("AuditAction", "facilitator mode locked (too many wrong PINs)"),
    "logout": QT_TRANSLATE_NOOP("AuditAction", "left facilitator mode"),
    "default_language": QT_TRANSLATE_NOOP("AuditAction", "changed the kiosk's default language"),
    "facilitator_add": QT_TRANSLATE_NOOP("AuditAction", "facilitator account created"),
    "badge_print": QT_TRANSLATE_NOOP("AuditAction", "printed a badge"),
    "badge_reprint": QT_TRANSLATE_NOOP("AuditAction", "printed a new badge (the old one stopped)"),
    "badge_revoke": QT_TRANSLATE_NOOP("AuditAction", "stopped a lost badge"),
    "badge_batch": QT_TRANSLATE_NOOP("AuditAction", "printed a batch of badges"),
    "journey_step": QT_TRANSLATE_NOOP("AuditAction", "ticked a step of a member's journey"),
    "shareholder": QT_TRANSLATE_NOOP("AuditAction", "recorded a new shareholder"),
    "sync_retry": QT_TRANSLATE_NOOP("AuditAction", "retried the changes the sync had set aside"),
    "check_out": QT_TRANSLATE_NOOP("AuditAction", "checked someone out"),
    "involvement_export": QT_TRANSLATE_NOOP(
        "AuditAction", "exported the people who want a kind of news"
    ),
    "privacy_export": QT_TRANSLATE_NOOP("AuditAction", "exported a person's data"),
    "privacy_erase": QT_TRANSLATE_NOOP("AuditAction", "erased a person's data"),
    "session_created": QT_TRANSLATE_NOOP("AuditAction", "created a session"),
    "session_edited": QT_TRANSLATE_NOOP("AuditAction", "changed a session"),
    "session_cancelled": QT_TRANSLATE_NOOP("AuditAction", "cancelled a session"),
    "session_signup": QT_TRANSLATE_NOOP("AuditAction", "signed someone up for a session"),
    "session_signup_cancelled": QT_TRANSLATE_NOOP("AuditAction", "cancelled a sign-up"),
    "session_check_in": QT_TRANSLATE_NOOP("AuditAction", "checked someone in at a session"),
    "session_seat_accepted": QT_TRANSLATE_NOOP(
        "AuditAction", "took a seat offered from the waiting list"
    ),
    "session_promoted_by_hand": QT_TRANSLATE_NOOP(
        "AuditAction", "gave a seat to someone on the waiting list"
    ),
    "session_hold_released": QT_TRANSLATE_NOOP(
        "AuditAction", "seats not taken in time went to the waiting list"
    ),
    "session_paid_at_desk": QT_TRANSLATE_NOOP("AuditAction", "marked a place paid at the desk"),
    "session_no_shows": QT_TRANSLATE_NOOP("AuditAction", "recorded who did not come"),
    "session_host_offer": QT_TRANSLATE_NOOP("AuditAction", "offered to host a session"),
    "session_host_offer_accepted": QT_TRANSLATE_NOOP(
        "AuditAction", "accepted an offer to host a session"
    ),
    "skill_posted": QT_TRANSLATE_NOOP("AuditAction", "posted on the skills board"),
    "skill_post_edited": QT_TRANSLATE_NOOP("AuditAction", "changed a post on the skills board"),
    "skill_post_renewed": QT_TRANSLATE_NOOP("AuditAction", "kept a post on the skills board"),
    "skill_post_removed": QT_TRANSLATE_NOOP("AuditAction", "removed a post from the skills board"),
    "skill_post_reported": QT_TRANSLATE_NOOP("AuditAction", "reported a post"),
    "skill_post_hidden": QT_TRANSLATE_NOOP("AuditAction", "hid a post"),
    "skill_post_unhidden": QT_TRANSLATE_NOOP("AuditAction", "showed a hidden post again"),
    "skill_report_kept": QT_TRANSLATE_NOOP("AuditAction", "kept a reported post"),
    "skill_tag_made": QT_TRANSLATE_NOOP("AuditAction", "added a skill to a sector"),
    "skill_intro_asked": QT_TRANSLATE_NOOP("AuditAction", "asked for an introduction"),
    "skill_intro_accepted": QT_TRANSLATE_NOOP("AuditAction", "accepted an introduction"),
    "skill_intro_declined": QT_TRANSLATE_NOOP("AuditAction", "declined an introduction"),
    "agenda_item_proposed": QT_TRANSLATE_NOOP("AuditAction", "proposed an agenda item"),
    "agenda_item_cosigned": QT_TRANSLATE_NOOP("AuditAction", "co-signed an agenda item"),
    "travel_aid_requested": QT_TRANSLATE_NOOP("AuditAction", "asked for help with travel costs"),
    "vote_create": QT_TRANSLATE_NOOP("AuditAction", "created a vote"),
    "vote_open": QT_TRANSLATE_NOOP("AuditAction", "opened a vote"),
    "vote_close": QT_TRANSLATE_NOOP("AuditAction", "closed a vote"),
    "vote_reveal": QT_TRANSLATE_NOOP("AuditAction", "showed a vote's results"),
    "vote_publish": QT_TRANSLATE_NOOP("AuditAction", "published a vote's results"),
    "vote_roll_call": QT_TRANSLATE_NOOP("AuditAction", "marked someone present for a vote"),
    "vote_proxy": QT_TRANSLATE_NOOP("AuditAction", "recorded a proxy"),
    "vote_proxy_revoke": QT_TRANSLATE_NOOP("AuditAction", "revoked a proxy"),
    "vote_named_hands": QT_TRANSLATE_NOOP("AuditAction", "recorded a named show of hands"),
    "vote_analog_count": QT_TRANSLATE_NOOP(
        "AuditAction", "entered a count of hands or paper ballots"
    ),
    "vote_slips": QT_TRANSLATE_NOOP("AuditAction", "printed voting slips"),
}
LOGOUT_REASONS = {
    "idle": QT_TRANSLATE_NOOP(
        "AuditAction", "facilitator mode ended by itself (nobody touched it)"
    ),
    "locked": QT_TRANSLATE_NOOP("AuditAction", "locked facilitator mode"),
}
"""How facilitator mode ended, when not by "Leave facilitator mode"."""
OTHER_ACTION = QT_TRANSLATE_NOOP("AuditAction", "another action")
"""An action this kiosk has no words for (a newer kiosk's): never its identifier."""


def describe_action(line: AuditLine) -> str:
    source = ACTIONS.get(line.action, OTHER_ACTION)
    reason = line.details.get("reason")
    if line.action == "logout" and isinstance(reason, str):
        source = LOGOUT_REASONS.get(reason, source)
    text = QCoreApplication.translate("AuditAction", source)
    language = line.details.get("language")
    if isinstance(language, str) and language in ENDONYMS:
        text = f"{text}: {ENDONYMS[language]}"
    count = line.details.get("count")
    if isinstance(count, int):
        text = f"{text} ({count})"
    return text


@register_screen
class FacilitatorLoginScreen(Screen):
    name = "facilitator-login"
    args_type = AfterLogin

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self._then = "facilitator"
        self.checking = False
        self.heading = QLabel()
        self.heading.setProperty("role", "heading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setWordWrap(True)
        self.message = QLabel()
        self.message.setProperty("role", "error")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        # A PIN takes a moment to check (a slow hash per account, on the task runner): the
        # tap is answered at once, and the pad waits.
        self.status = QLabel()
        self.status.setProperty("role", "muted")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pad = PinPad()
        self.pad.setMaximumSize(520, 620)
        self.pad.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.pad.sig_submitted.connect(self._check)
        column = QVBoxLayout()
        column.setSpacing(16)
        column.addStretch(1)
        column.addWidget(self.heading)
        column.addWidget(self.pad, 4, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.status)
        column.addWidget(self.message)
        column.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 32)
        layout.addStretch(1)
        layout.addLayout(column, 2)
        layout.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Facilitator mode")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Type your facilitator PIN"))

    def reset(self) -> None:
        self.pad.clear()
        self.message.clear()
        self._then = "facilitator"

    def on_enter(self, args: ScreenArgs | None) -> None:
        self._then = args.then if isinstance(args, AfterLogin) else "facilitator"
        self.pad.clear()
        self.message.clear()
        self.pad.setFocus()

    def _check(self, pin: str) -> None:
        if self.checking:
            return  # Enter on a keyboard while the last PIN is being checked
        self._show_checking(True)
        self.message.clear()
        ops.verify_pin(self, pin, success=self._accepted, failure=self._refused)

    def _show_checking(self, checking: bool) -> None:
        self.checking = checking
        self.status.setText(self.tr("Checking the PIN…") if checking else "")
        self.pad.set_enabled_keys(not checking)

    def _accepted(self, session: FacilitatorSession) -> None:
        self._show_checking(False)
        self.message.clear()
        self.shell.start_facilitator(session)
        self.shell.go(self._then)

    def _refused(self, error: Exception) -> None:
        self._show_checking(False)
        if isinstance(error, KnownError):
            self.message.setText(translate_message(error.message))
        self.message.setProperty("locked", isinstance(error, LockedError))


@register_screen
class FacilitatorScreen(Screen):
    name = "facilitator"
    facilitator_only = True

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.audit: list[AuditLine] = []
        self.loading = False
        self.greeting = QLabel()
        self.greeting.setProperty("role", "title")
        self.greeting.setWordWrap(True)

        self.language_heading = QLabel()
        self.language_heading.setProperty("role", "heading")
        self.language_hint = QLabel()
        self.language_hint.setProperty("role", "muted")
        self.language_hint.setWordWrap(True)
        self.language_buttons: dict[str, TouchButton] = {}
        group = QButtonGroup(self)
        languages_row = QHBoxLayout()
        languages_row.setSpacing(16)
        for code in LANGUAGES:
            button = TouchButton(ENDONYMS[code], checkable=True)
            button.clicked.connect(lambda _c=False, code=code: self._set_default_language(code))
            group.addButton(button)
            languages_row.addWidget(button)
            self.language_buttons[code] = button
        languages_row.addStretch(1)

        # What a facilitator can do: each facilitator screen brings its own tile.
        self.tools: dict[str, Tile] = {}
        self._tool_specs: dict[str, HomeTile] = {}
        tools_row = self._tools_grid = QGridLayout()
        tools_row.setSpacing(24)
        tools_row.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._tool_columns = 0
        for name, spec in facilitator_tiles(shell.router.catalogue()):
            tile = Tile(icon_name=spec.icon, colour=spec.colour)
            tile.setMinimumHeight(280)
            tile.setMaximumWidth(720)
            tile.clicked.connect(lambda _c=False, name=name: self.shell.go(name))
            self.tools[name] = tile
            self._tool_specs[name] = spec

        self.leave = TouchButton(kind="primary", big=True, icon_name="log-out")
        self.leave.clicked.connect(self._leave)

        settings = QFrame()
        settings.setProperty("role", "card")
        settings_layout = QVBoxLayout(settings)
        settings_layout.setContentsMargins(32, 32, 32, 32)
        settings_layout.setSpacing(16)
        settings_layout.addWidget(self.language_heading)
        settings_layout.addWidget(self.language_hint)
        settings_layout.addLayout(languages_row)
        settings_layout.addStretch(1)
        settings_layout.addWidget(self.leave)

        self.audit_heading = QLabel()
        self.audit_heading.setProperty("role", "heading")
        self.audit_list = QListWidget()
        self.audit_list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.audit_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.audit_list.setWordWrap(True)
        # Sync with the hub: last success, what waits, offline, a wrong clock, "Sync now".
        self.sync_panel = SyncPanel(shell.sync, retry=self._retry_sync_problems)
        audit_column = QVBoxLayout()
        audit_column.setSpacing(16)
        audit_column.addWidget(self.sync_panel)
        audit_column.addWidget(self.audit_heading)
        audit_column.addWidget(self.audit_list, 1)

        body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        body.setSpacing(40)
        self._body = body
        body.addWidget(settings, 1)
        body.addLayout(audit_column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 40)
        layout.setSpacing(32)
        # Problems to fix (a camera that does not work...): facilitators see them here.
        self.notice = QLabel()
        self.notice.setProperty("role", "error")
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout.addWidget(self.greeting)
        layout.addWidget(self.notice)
        layout.addLayout(tools_row)
        layout.addLayout(body, 1)
        shell.sig_facilitator_changed.connect(self.retranslate)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Facilitator mode")

    def arrange(self, space: QSize) -> None:
        room = self.room(space)
        # As many tools side by side as keep their titles' words whole.
        tile_width = theme.current().metrics.text(16)
        self._arrange_tools(max(1, min(len(self.tools), room // tile_width)))
        # Settings beside the activity when both fit (landscape), one under the other
        # otherwise (portrait, large text): the language buttons keep their whole names.
        if space.height() > space.width():
            self._body.setDirection(QBoxLayout.Direction.TopToBottom)
        else:
            self.side_by_side_if_room(self._body, room)

    def _arrange_tools(self, columns: int) -> None:
        if columns == self._tool_columns:
            return
        self._tool_columns = columns
        for tile in self.tools.values():
            self._tools_grid.removeWidget(tile)
        for index, tile in enumerate(self.tools.values()):
            self._tools_grid.addWidget(tile, index // columns, index % columns)
        for column in range(len(self.tools)):
            self._tools_grid.setColumnStretch(column, 1 if column < columns else 0)

    def retranslate(self) -> None:
        session = self.shell.facilitator
        name = session.name if session else ""
        self.greeting.setText(
            self.tr("Hello {name}, you are in facilitator mode.").format(name=name)
        )
        self.language_heading.setText(self.tr("The kiosk's language"))
        self.language_hint.setText(
            self.tr("Each new visitor is greeted in this language; they can switch at any time.")
        )
        self.audit_heading.setText(self.tr("Recent activity"))
        for name, tile in self.tools.items():
            spec = self._tool_specs[name]
            tile.set_texts(spec.translated_title(), spec.translated_description())
        self.leave.setText(self.tr("Leave facilitator mode"))
        self.sync_panel.retranslate()
        self._show_audit()

    def reset(self) -> None:
        self.audit = []
        self.audit_list.clear()

    def on_enter(self, args: ScreenArgs | None) -> None:
        self.language_buttons[self.shell.default_language].setChecked(True)
        self.notice.setText(" ".join(translate_message(m) for m in self.shell.notices))
        self.notice.setVisible(bool(self.shell.notices))
        self.sync_panel.refresh()
        self._load()

    def on_changes(self, changes: Changes, initiator: object) -> None:
        if changes.concerns(Entity.AUDIT_ENTRY) and self.isVisible():
            self._load()

    def prepare_screenshot(self) -> None:
        demo_facilitator(self.shell)

    # -- Actions -------------------------------------------------------------------------------

    def _load(self) -> None:
        self.loading = True
        ops.recent_audit(self, success=self._loaded)

    def _loaded(self, lines: list[AuditLine]) -> None:
        self.loading = False
        self.audit = lines
        self._show_audit()

    def _show_audit(self) -> None:
        self.audit_list.clear()
        if not self.audit:
            self.audit_list.addItem(QListWidgetItem(self.tr("Nothing yet.")))
            return
        locale = QLocale()
        for line in self.audit:
            when = locale.toString(
                QDateTime.fromSecsSinceEpoch(int(line.at.timestamp())),
                QLocale.FormatType.ShortFormat,
            )
            who = line.actor or self.tr("someone")
            self.audit_list.addItem(QListWidgetItem(f"{when} · {who} — {describe_action(line)}"))

    def _set_default_language(self, language: str) -> None:
        session = self.shell.facilitator
        if session is None:
            return
        self.shell.set_default_language(language)
        ops.record_default_language(self, session, language)
        self.shell.toast(
            self.tr("New visitors will be greeted in {language}.").format(
                language=ENDONYMS[language]
            )
        )

    def _retry_sync_problems(self) -> None:
        ops.retry_sync_problems(self, self.shell.facilitator, success=self._retried)

    def _retried(self, outcome: RetryOutcome) -> None:
        if outcome.still_quarantined:
            said = self.tr(
                "%n change(s) from the hub still cannot be applied: this kiosk needs an update.",
                "",
                outcome.still_quarantined,
            )
        else:
            said = self.tr("Everything that was set aside has been tried again.")
        self.shell.toast(said)
        self.sync_panel.refresh()
        if outcome.requeued and self.shell.sync is not None:
            self.shell.sync.sync_now()

    def _leave(self) -> None:
        self.shell.end_facilitator(reason="left")
        self.shell.end_visit()
