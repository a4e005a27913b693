"""Names of the counting methods and participatory budgeting rules (the CLI's choices)."""

from __future__ import annotations

METHOD_NAMES = (
    "motion",
    "plurality",
    "approval",
    "score",
    "irv",
    "schulze",
    "mj",
    "consent",
    "pb",
)
PB_RULE_NAMES = ("greedy", "mes", "mes-add1", "mes-add1-greedy")
