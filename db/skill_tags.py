"""The skills taxonomy's ids: derived from each tag's slug, so that the hub's publication
(`antenne hub tags publish`), every kiosk and the demo name a sector or a skill by the same
row (docs/architecture.md, "The hub's registers: members and governance").

The id is the one the hub gives a published row from its natural key
(`hub.service.publish.natural_id("skill_tag", slug)`): a test holds the two equal.
"""

from __future__ import annotations

import uuid

# `hub.service.publish`'s namespace for published rows without an id.
_PUBLISH_NAMESPACE = uuid.UUID("6f1c0e0e-6a55-4b8e-9a53-1b1d3f6f2a01")


def tag_id(slug: str) -> uuid.UUID:
    """The id of the taxonomy's tag `slug` (a sector or a skill), the same everywhere."""
    return uuid.uuid5(_PUBLISH_NAMESPACE, f"skill_tag|{slug}")
