"""Antenne's Qt user interface: main window, screens, shared widgets, task runner."""
