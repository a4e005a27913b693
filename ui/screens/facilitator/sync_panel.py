"""The facilitator's view of the sync with the hub: last success, what waits, offline, clock,
and what could not be synced (changes from the hub not applied here, this kiosk's changes the
hub refused; see `app.sync.service`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from ui.i18n import translate_message
from ui.widgets.buttons import TouchButton

if TYPE_CHECKING:
    from app.sync.service import SyncStatus
    from ui.sync_runner import SyncRunner


def _moment(when: datetime) -> str:
    return QLocale().toString(
        QDateTime.fromSecsSinceEpoch(int(when.timestamp())), QLocale.FormatType.ShortFormat
    )


class SyncPanel(QFrame):
    """A card on the facilitator panel. Reads nothing itself: the sync runner brings the
    status (after every round, and when asked with `refresh`)."""

    def __init__(
        self, runner: SyncRunner | None, *, retry: Callable[[], None] | None = None
    ) -> None:
        """`retry`: what "Try again" does (applies what the sync set aside, audited by the
        screen that owns the panel); without it the button is not offered."""
        super().__init__()
        self.setProperty("role", "card")
        self._runner = runner
        self.status: SyncStatus | None = runner.status if runner else None
        self.heading = QLabel()
        self.heading.setProperty("role", "heading")
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.pending = QLabel()
        self.pending.setProperty("role", "muted")
        self.pending.setWordWrap(True)
        self.offline = QLabel()
        self.offline.setProperty("role", "error")
        self.offline.setWordWrap(True)
        self.clock = QLabel()
        self.clock.setProperty("role", "error")
        self.clock.setWordWrap(True)
        self.quarantined = QLabel()
        self.quarantined.setProperty("role", "error")
        self.quarantined.setWordWrap(True)
        self.parked = QLabel()
        self.parked.setProperty("role", "error")
        self.parked.setWordWrap(True)
        self.sync_now = TouchButton(icon_name="refresh-cw")
        self.sync_now.clicked.connect(self._sync_now)
        self._retry = retry
        self.retry = TouchButton(icon_name="history")
        if retry is not None:
            self.retry.clicked.connect(retry)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        for widget in (
            self.heading,
            self.state,
            self.pending,
            self.offline,
            self.clock,
            self.quarantined,
            self.parked,
        ):
            layout.addWidget(widget)
        layout.addWidget(self.retry)
        layout.addWidget(self.sync_now)
        if runner is not None:
            runner.sig_status.connect(self.show_status)
            runner.sig_running.connect(self._show_running)
        self.retranslate()

    @property
    def running(self) -> bool:
        return self._runner is not None and self._runner.running

    def refresh(self) -> None:
        """Ask for the status again (the panel comes on screen)."""
        if self._runner is not None:
            self._runner.refresh()

    def show_status(self, status: SyncStatus) -> None:
        self.status = status
        self.retranslate()

    def _show_running(self, _running: bool) -> None:
        self.retranslate()

    def _sync_now(self) -> None:
        if self._runner is not None:
            self._runner.sync_now()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Sync with the cooperative"))
        status = self.status
        configured = self._runner is not None and self._runner.configured
        enrolled = status is not None and status.enrolled
        self.sync_now.setText(self.tr("Syncing…") if self.running else self.tr("Sync now"))
        self.sync_now.setEnabled(configured and enrolled and not self.running)
        self.sync_now.setVisible(configured and enrolled)
        self.retry.setText(self.tr("Try again what was set aside"))
        for label in (self.pending, self.offline, self.clock, self.quarantined, self.parked):
            label.hide()
        self.retry.hide()
        if not configured:
            # Plain words for a facilitator: the hub is "the cooperative's central server".
            self.state.setText(
                self.tr(
                    "This kiosk is not connected to the cooperative's central server: everything "
                    "stays on this kiosk. To connect it, ask the cooperative for a connection "
                    "code (antenne sync enroll)."
                )
            )
            return
        if status is None:
            self.state.setText(self.tr("Reading the sync status…"))
            return
        if not enrolled:
            self.state.setText(
                self.tr(
                    "This kiosk is not enrolled with the hub yet: enrol it with a code "
                    "(antenne sync enroll)."
                )
            )
            return
        if status.last_success_at is None:
            self.state.setText(self.tr("Not synced yet."))
        else:
            self.state.setText(
                self.tr("Last sync: {when}.").format(when=_moment(status.last_success_at))
            )
        self.pending.setText(
            self.tr("%n change(s) waiting to be sent.", "", status.pending_ops)
            if status.pending_ops
            else self.tr("Nothing waiting to be sent.")
        )
        self.pending.show()
        if status.offline_since is not None:
            self.offline.setText(
                self.tr(
                    "Offline since {when}: the hub cannot be reached. Nothing is lost; "
                    "changes are sent when it is back."
                ).format(when=_moment(status.offline_since))
            )
            self.offline.show()
        elif status.problem is not None:
            # Every problem is a translated message (`app.sync.client`, `app.sync.service`),
            # never the hub's or an exception's English.
            self.offline.setText(translate_message(status.problem))
            self.offline.show()
        if status.clock_warning:
            self.clock.setText(
                self.tr(
                    "This kiosk's clock is wrong (more than 5 minutes off the hub's): "
                    "set its date and time."
                )
            )
            self.clock.show()
        if status.quarantined_changes:
            self.quarantined.setText(
                self.tr(
                    "%n change(s) from the hub could not be applied on this kiosk. Have the "
                    "kiosk updated, then tap “Try again what was set aside”. Nothing else is "
                    "lost: everything else is synced.",
                    "",
                    status.quarantined_changes,
                )
            )
            self.quarantined.show()
        if status.parked_ops:
            self.parked.setText(
                self.tr(
                    "The hub refused %n change(s) made on this kiosk: they are kept here but "
                    "no longer sent. Tell the hub's administrator. Nothing else is lost: "
                    "everything else is synced.",
                    "",
                    status.parked_ops,
                )
            )
            self.parked.show()
        if (status.quarantined_changes or status.parked_ops) and self._retry is not None:
            self.retry.setEnabled(not self.running)
            self.retry.show()
