"""Loggers named by area (qutebrowser's `log.sql`, `log.misc`), not per file.

Personal data never goes into a log line: log ids, not names.
"""

from __future__ import annotations

import logging

db = logging.getLogger("antenne.db")
sync = logging.getLogger("antenne.sync")
ui = logging.getLogger("antenne.ui")
misc = logging.getLogger("antenne.misc")
audit = logging.getLogger("antenne.audit")
printing = logging.getLogger("antenne.printing")
voting = logging.getLogger("antenne.voting")


def init(*, verbose: bool = False) -> None:
    """Log lines on standard error: from warnings up, every line with `verbose` (`antenne -v`).
    A command's output is what it prints; its log lines are for whoever debugs it."""
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="%(asctime)s %(levelname)-7s %(name)s: %(message)s",
    )
    # Alembic announces every plugin it loads at INFO; our "upgrading database" line is enough.
    logging.getLogger("alembic").setLevel(logging.WARNING)
