"""What every `antenne` command shares: the `--db`/`--config` options and the context they open.

The feature CLIs (`app/*/cli.py`, `ui/cli.py`) import these helpers from here, and `app.cli`
imports the feature CLIs to assemble the parser: keeping the helpers apart keeps that one-way.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.context import AppContext


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=Path, help="SQLite database file (default: the embedded one)")
    parser.add_argument("--config", type=Path, help="TOML configuration file")


@contextmanager
def command_context(args: argparse.Namespace) -> Iterator[AppContext]:
    """The database a command works on (`--db`, `--config`, or the embedded one), closed when
    the command is done."""
    from app.application import open_context
    from app.config import load_config

    context = open_context(load_config(args.config, db_path=args.db))
    try:
        yield context
    finally:
        context.db.dispose()
