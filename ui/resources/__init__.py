"""The kiosk's own files: its style sheet (`styles/`), icons (`icons/`) and Qt translations
(`i18n/`), found through this package so that they travel with it in a wheel, named as package
data in `pyproject.toml` (`tests/integration/test_installed.py` installs a wheel and reads them).

`FOLDER` is this package's own folder, not `importlib.resources.files(...)`: the style sheet and
the icons are read for the kiosk's first frame, where importing `importlib.resources` costs
about 2 ms (the cold start is measured against a bare window), and the kiosk is installed from
a wheel, whose packages are plain folders. The data layer's and the domain's files, read later,
go through `importlib.resources`.
"""

from pathlib import Path

FOLDER = Path(__path__[0])
"""Where this package's files are."""
