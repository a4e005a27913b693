"""The URL of a skill post's public page, as the kiosk's QR code carries it."""

from __future__ import annotations

import uuid

from app.sync.public_pages import skill_post_url

POST = uuid.UUID("0190f1c2-0000-7000-8000-000000000001")


def test_a_posts_page_is_on_the_hub_in_the_readers_language() -> None:
    assert skill_post_url("https://hub.example.org/", POST, "nl") == (
        f"https://hub.example.org/public/skills/{POST}?lang=nl"
    )
    assert skill_post_url("http://10.0.0.2:8400", POST, "en").endswith(f"/{POST}?lang=en")


def test_a_language_the_page_does_not_speak_is_french() -> None:
    assert skill_post_url("https://hub.example.org", POST, "de").endswith("?lang=fr")
    assert skill_post_url("https://hub.example.org", POST, "nl&x=<b>").endswith("?lang=fr")
