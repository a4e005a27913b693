"""Where the tally tests find their data: the project's own, and the public set in ../shared."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).resolve().parent / "data"
# The public test data lives in the folder `shared` next to the repository (not in a fresh clone).
SHARED = Path(__file__).resolve().parents[3].parent / "shared" / "data"
VECTORS = SHARED / "vectors"
PABULIB = SHARED / "pabulib"


def shared_files(folder: Path, pattern: str) -> list[Path]:
    return sorted(folder.glob(pattern)) if folder.is_dir() else []


def require_shared(folder: Path) -> None:
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent: the public data sits in ../shared beside the repository")


def shared_params(folder: Path, pattern: str) -> list[Any]:
    """Test parameters, one per shared file; a single skipped one saying why when ../shared is
    absent (a fresh clone has none)."""
    files = shared_files(folder, pattern)
    if files:
        return [pytest.param(path, id=path.stem[:40]) for path in files]
    reason = f"{folder} is absent: the public data sits in ../shared beside the repository"
    return [pytest.param(None, id="shared-absent", marks=pytest.mark.skip(reason=reason))]
