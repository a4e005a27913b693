"""The project as a real install has it: built into a wheel, installed (not editable) into a
fresh virtual environment outside the checkout, run from elsewhere. Every file the code reads
(style sheet, icons, Qt and gettext catalogues, content pages) must travel inside the packages.

The new environment gets the project's dependencies from this one through a `.pth` line naming
this environment's site-packages: a directory added that way is searched for modules, but its own
`.pth` files (the editable install's finder among them) are not run, so the checkout stays out.
"""

from __future__ import annotations

import json
import os
import shutil
import site
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("app", "ui", "db", "hub")
SKIP = shutil.ignore_patterns("__pycache__", "*.pyc")

# Run in the installed environment: where the packages come from, and the catalogues and pages
# the screenshots below do not prove by failing (the ballot page falls back to English).
PROBE = """
import gettext, json, sys
import app, db, hub, ui
from app.voting import phrases
from app.voting.tally import explain
from db.content_files import read_content_dir
print(json.dumps({
    "files": [package.__file__ for package in (app, db, hub, ui)],
    "path": sys.path,
    "editable": sorted(name for name in sys.modules if "editable" in name),
    "ballot": type(phrases.translations("nl")).__name__,
    "tally": type(explain._translations("fr")).__name__,
    "pages": len(read_content_dir()),
}))
"""


def _run(
    command: list[str | Path], *, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(part) for part in command],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def _source_files() -> set[str]:
    """Every file of the packages' source tree, as a wheel names it."""
    return {
        path.relative_to(ROOT).as_posix()
        for package in PACKAGES
        for path in (ROOT / package).rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    }


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # Built from a copy holding only what a wheel is made of, so that the build leaves nothing
    # in the checkout and cannot pick up anything beside the packages.
    source = tmp_path_factory.mktemp("source")
    for package in PACKAGES:
        shutil.copytree(ROOT / package, source / package, ignore=SKIP)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    out = tmp_path_factory.mktemp("dist")
    _run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--no-index", "--wheel-dir", out, source]
    )  # fmt: skip
    (built,) = out.glob("antenne-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The new environment's python and its site-packages."""
    home = tmp_path_factory.mktemp("venv")
    _run([sys.executable, "-m", "venv", "--without-pip", home])
    python = home / "bin" / "python"
    _run(
        [sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-deps",
         "--no-index", wheel]
    )  # fmt: skip
    purelib = Path(
        _run(
            [python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"]
        ).stdout.strip()
    )
    (purelib / "dependencies.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    return python, purelib


def _environ(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    return env | {
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def test_the_wheel_ships_every_file_of_the_packages(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        shipped = set(archive.namelist())
    missing = sorted(_source_files() - shipped)
    assert not missing, f"not in the wheel (package-data in pyproject.toml): {missing}"


def test_the_installed_kiosk_renders_its_screens(
    installed: tuple[Path, Path], tmp_path: Path
) -> None:
    python, purelib = installed
    env = _environ(tmp_path)
    cwd = tmp_path / "elsewhere"
    cwd.mkdir()
    probe = json.loads(_run([python, "-c", PROBE], cwd=cwd, env=env).stdout)
    for module_file in probe["files"]:
        assert Path(module_file).is_relative_to(purelib), module_file
    assert str(ROOT) not in probe["path"]
    assert probe["editable"] == []
    assert (probe["ballot"], probe["tally"]) == ("GNUTranslations", "GNUTranslations")
    assert probe["pages"] == 18  # six pages in French, Dutch and English

    # The first run seeds the demo antenne (content pages included) into XDG_DATA_HOME.
    for screen, language in (("home", "nl"), ("booklet", "fr"), ("vote-projector-results", "nl")):
        out = tmp_path / f"{screen}-{language}.png"
        _run(
            [python, "-m", "app.cli", "screenshot", "--screen", screen, "--lang", language,
             "--size", "1366x768", out],
            cwd=cwd, env=env,
        )  # fmt: skip
        assert _png_size(out) == (1366, 768)
        assert out.stat().st_size > 20_000, f"{out.name} looks blank"
