"""One package per feature: its `__init__.py` lists its screens (`SCREENS`), and the modules
those entries name (`ScreenEntry.module`) register them (`@register_screen`)."""
