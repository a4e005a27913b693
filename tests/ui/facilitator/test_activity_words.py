"""The panel's recent activity says what happened in words, never an action's identifier
(`session_check_in`), whichever feature wrote it (docs/architecture.md, "Languages")."""

from __future__ import annotations

import re
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.audit import record_audit
from app.clock import utcnow
from app.context import AppContext
from app.facilitators.service import add_facilitator
from app.facilitators.types import FacilitatorSession
from tests.ui.conftest import Kiosk, wait_idle
from tests.ui.test_no_raw_ids import raw_identifiers
from ui.screens.facilitator.screen import ACTIONS, FacilitatorScreen

APP = Path(__file__).resolve().parents[3] / "app"

# How the services name what they audit: `record_audit(..., action="x")` (a conditional
# `"x" if … else "y"` too), the votes' `_audit(session, actor, "x", …)` and the badge
# commands' `_audit(ctx, "x", …)`.
AUDITED = re.compile(
    r"""record_audit(?:_in)?\([^()]*?action=("[a-z_]+")(?:\s+if\s[^"]+\selse\s("[a-z_]+"))?
      | \b_audit\((?:session,\s*actor|ctx),\s*("[a-z_]+")""",
    re.VERBOSE | re.DOTALL,
)


def audited_actions() -> set[str]:
    found: set[str] = set()
    for path in APP.rglob("*.py"):
        for match in AUDITED.finditer(path.read_text(encoding="utf-8")):
            found |= {group.strip('"') for group in match.groups() if group}
    return found


def test_every_action_a_service_audits_has_words() -> None:
    actions = audited_actions()
    # The scan finds the features' actions (if it found none, the check would prove nothing).
    assert {"check_out", "session_check_in", "vote_close", "badge_print", "login"} <= actions
    assert "skill_intro_declined" in actions  # the other branch of a conditional
    assert not actions - set(ACTIONS)


def test_the_panel_lists_the_activity_in_words(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    shell, window = kiosk
    account = add_facilitator(kiosk_context, "Camille", "246813")
    for action in ("session_check_in", "privacy_export", "vote_proxy_revoke"):
        record_audit(kiosk_context, actor=account.account_id, action=action)
    # An action of a newer kiosk, synced here: described, never shown by its identifier.
    record_audit(kiosk_context, actor=account.account_id, action="future_feature_thing")
    shell.start_facilitator(
        FacilitatorSession(account_id=account.account_id, name="Camille", started_at=utcnow())
    )
    shell.go("facilitator")
    panel = window.navigator.page("facilitator")
    assert isinstance(panel, FacilitatorScreen)
    wait_idle(qtbot, shell)
    qtbot.waitUntil(lambda: len(panel.audit) >= 4)
    lines = [panel.audit_list.item(row).text() for row in range(panel.audit_list.count())]
    assert any(line.endswith("Camille — une autre action") for line in lines), lines
    assert any(line.endswith("Camille — a enregistré une arrivée à une séance") for line in lines)
    for line in lines:
        assert not raw_identifiers(line), line
