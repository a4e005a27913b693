"""Where the hub's public pages are, for the QR codes a kiosk shows or prints: pure, shared by
the kiosk (which knows the hub's URL from its enrolment, `sync_status(ctx).hub_url`) and the
hub (which serves the paths). docs/architecture.md, "Introductions through the hub".
"""

from __future__ import annotations

import uuid

PUBLIC_LANGUAGES = ("fr", "nl", "en")
# A skill post's public page: what it offers or needs, never a way to reach its author.
SKILL_POST_PATH = "/public/skills/{post_id}"


def skill_post_url(hub_url: str, post_id: uuid.UUID, language: str) -> str:
    """The public page of a skill post on the hub at `hub_url`, in `language` (French when it
    is not one the page speaks)."""
    lang = language if language in PUBLIC_LANGUAGES else PUBLIC_LANGUAGES[0]
    path = SKILL_POST_PATH.format(post_id=post_id)
    return f"{hub_url.rstrip('/')}{path}?lang={lang}"
