"""What content services hand to the kiosk's screens and commands: frozen values the UI may
import at module top (no SQLAlchemy here)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageSummary:
    slug: str
    language: str
    kind: str
    title: str
    summary: str
    position: int


@dataclass(frozen=True)
class Page:
    slug: str
    language: str
    kind: str
    title: str
    markdown: str
    version: int
