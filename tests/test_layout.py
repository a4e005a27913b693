"""The test tree's layout holds (tests/README.md): its folders are not packages, so no test
module takes the name of one of ours or of another test module.

pytest (`--import-mode=importlib`) names a module in a folder with an `__init__.py` after its
package alone: `tests/ui/` became `ui`, the kiosk's own package, and two folders named `sync`
made one `sync.test_ballot_box` of two files, the second never collected. Without
`__init__.py`, each module is named by its path (`tests.ui.voting.test_booth`).
"""

from __future__ import annotations

from pathlib import Path

TESTS = Path(__file__).resolve().parent


def test_the_tests_import_the_real_ui_package() -> None:
    import ui

    assert Path(ui.__file__).resolve() == TESTS.parent / "ui" / "__init__.py"


def test_only_the_helpers_are_a_package() -> None:
    packages = sorted(path.relative_to(TESTS) for path in TESTS.rglob("__init__.py"))
    assert packages == [Path("helpers") / "__init__.py"]
