"""Antenne's domain: pure Python, no Qt. Services take an AppContext and return dataclasses."""
