"""The badge prints what the kiosk's screens call the role, in each language."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from app.badges.pdf import ROLE_LABELS
from ui.screens.badges.widgets import ROLE_NAMES


def test_the_printed_roles_are_the_words_the_screens_use() -> None:
    """The badge prints what the kiosk's screens call the role (`BadgeRole` in the catalogues)."""
    folder = Path(__file__).resolve().parents[3] / "ui" / "resources" / "i18n"
    for language in ("fr", "nl", "en"):
        root = ET.parse(folder / f"antenne_{language}.ts").getroot()
        [context] = [c for c in root.iter("context") if c.findtext("name") == "BadgeRole"]
        words = {
            m.findtext("source"): (m.findtext("translation") or m.findtext("source"))
            for m in context.iter("message")
        }
        for role, source in ROLE_NAMES.items():
            assert ROLE_LABELS[role][language] == words[source], (role, language)
