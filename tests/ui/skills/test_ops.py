"""The address a post's QR code names: the hub's public page, in the reader's language, or
none at all when the kiosk knows no hub (never a code that leads nowhere)."""

from __future__ import annotations

import uuid

import pytest

from ui.screens.skills.ops import post_page_url

POST = uuid.UUID("01234567-89ab-7def-8123-456789abcdef")


def test_the_public_page_of_a_post_on_the_hub() -> None:
    assert (
        post_page_url("https://hub.smart.coop/", POST, "nl")
        == f"https://hub.smart.coop/public/skills/{POST}?lang=nl"
    )
    assert post_page_url(" http://10.0.0.2:8000 ", POST, "fr").startswith(
        "http://10.0.0.2:8000/public/skills/"
    )


@pytest.mark.parametrize(
    "hub", ["", "   ", "hub.smart.coop", "javascript:alert(1)", "ftp://hub", "file:///etc/passwd"]
)
def test_no_hub_or_no_web_address_gives_no_code(hub: str) -> None:
    assert post_page_url(hub, POST, "fr") == ""
