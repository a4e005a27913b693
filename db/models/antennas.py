"""The antennes (local offices) of the cooperative."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, SyncedMixin


class Antenna(SyncedMixin, Base):
    """One antenne, e.g. Rennes. A kiosk belongs to exactly one (`Config.antenna_slug`)."""

    __tablename__ = "antenna"

    slug: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    city: Mapped[str] = mapped_column(String(120), default="")
    # ISO 3166 alpha-2: "FR" or "BE".
    country: Mapped[str] = mapped_column(String(2), default="FR")
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Paris")
    address: Mapped[str] = mapped_column(String(400), default="")
    # Languages spoken at the desk, in order of preference ("fr", "nl", "en").
    languages: Mapped[list[str]] = mapped_column(default=lambda: ["fr"])
