"""The kiosk's own files: its style sheet (`styles/`), icons (`icons/`) and Qt translations
(`i18n/`), found through this package (`importlib.resources`) so that they travel with it.

A package of its own rather than `files("ui") / "resources"`: under pytest's importlib import
mode, `tests/ui/` takes the name `ui` in `sys.modules`, and `files("ui")` would look there.
"""
