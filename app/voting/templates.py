"""The votes a facilitator starts from (the console's templates, `create_from_template`): the
cooperative's statutes as data, each naming its method, level, body whose rules apply, and
channels. Plain data, shared by the service and the console's form.
"""

from __future__ import annotations

from typing import Any

TEMPLATES: dict[str, dict[str, Any]] = {
    # A change of the statutes: the general assembly, two thirds of the votes cast.
    "statute-change": {
        "method": "motion",
        "level": "codecision",
        "body": "general-assembly",
        "rules": {"threshold": "two_thirds"},
        "channels": ["kiosk", "phone", "analog"],
    },
    # A board decision by simple majority, under the board's quorum.
    "board-decision": {
        "method": "motion",
        "level": "codecision",
        "body": "board",
        "channels": ["kiosk", "phone", "analog"],
    },
    # The antenne's participatory budget: approval baskets, Method of Equal Shares.
    "local-pb": {
        "method": "pb",
        "level": "codecision",
        "body": "rennes-pb-committee",
        "rule": "mes-add1-greedy",
        "currency": "EUR",
        "channels": ["kiosk", "phone"],
        "eligibility": "members",
    },
    # An advisory consultation by majority judgment.
    "consultation-mj": {
        "method": "mj",
        "level": "consultation",
        "grades": ["to_reject", "poor", "fair", "good", "very_good", "excellent"],
        "channels": ["kiosk", "phone", "analog"],
    },
    # A consent round: the proposal passes when nobody objects.
    "consent-round": {
        "method": "consent",
        "level": "concertation",
        "channels": ["kiosk", "phone"],
    },
}
