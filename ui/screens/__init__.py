"""One package per feature: `ui/screens/<feature>/screen.py` registers its `Screen`."""
