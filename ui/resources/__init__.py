"""The kiosk's own files: its style sheet (`styles/`), icons (`icons/`) and Qt translations
(`i18n/`), found through this package (`importlib.resources`) so that they travel with it in
a wheel, and named as package data in `pyproject.toml`.
"""
