"""A session at the Brussels antenne with people signed up in every state, for the attendance
sheet and the kiosk's calendars."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from app.context import AppContext
from db.models import Antenna, Person, PersonKind
from db.models.sessions import Session, SessionKind, Signup, SignupStatus

# Tuesday 24 March 2026, 14:00 to 16:30 in Brussels (UTC+1).
STARTS = datetime(2026, 3, 24, 13, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Planned:
    antenna: uuid.UUID
    session: uuid.UUID
    host: uuid.UUID
    listed: tuple[str, ...]  # "LAST First" in the sheet's order


def add_session(ctx: AppContext, antenna_id: uuid.UUID, **fields: object) -> uuid.UUID:
    values: dict[str, object] = {
        "kind": SessionKind.training,
        "antenna_id": antenna_id,
        "title": "Stratégie commerciale : les bases",
        "description": "Trouver ses premiers clients.",
        "language": "fr",
        "starts_at": STARTS,
        "ends_at": STARTS + timedelta(hours=2, minutes=30),
        "location": "Salle du fond, rue Royale 12",
        "capacity": 12,
    }
    values.update(fields)
    with ctx.db.transaction() as db:
        session = Session(**values)
        db.add(session)
        db.flush()
        return session.id


def sign_up(ctx: AppContext, session_id: uuid.UUID, person_id: uuid.UUID, status: str) -> None:
    with ctx.db.transaction() as db:
        db.add(
            Signup(
                session_id=session_id,
                person_id=person_id,
                status=SignupStatus(status),
                waitlist_position=1 if status == "waitlisted" else None,
            )
        )


@pytest.fixture
def planned(ctx: AppContext) -> Planned:
    with ctx.db.transaction() as db:
        antenna = Antenna(
            slug="bruxelles", name="Bruxelles", country="BE", timezone="Europe/Brussels"
        )
        db.add(antenna)
        db.flush()
        people = {}
        for first, last in [
            ("Noor", "Janssens"),
            ("Élodie", "Dubois"),
            ("Marc", "=HYPERLINK(evil)"),
            ("Zoé", "Abeloos"),
            ("Waiting", "Wachter"),
            ("Gave", "Up"),
            ("Hostine", "Peeters"),
            ("Erased", "Gone"),
        ]:
            person = Person(
                first_name=first, last_name=last, antenna_id=antenna.id, kind=PersonKind.member
            )
            db.add(person)
            db.flush()
            people[last] = person.id
        antenna_id = antenna.id
    session_id = add_session(ctx, antenna_id, host_id=people["Peeters"])
    for last, status in [
        ("Janssens", "confirmed"),
        ("Dubois", "attended"),
        ("=HYPERLINK(evil)", "confirmed"),
        ("Abeloos", "no_show"),
        ("Wachter", "waitlisted"),
        ("Up", "cancelled"),
        ("Gone", "confirmed"),
    ]:
        sign_up(ctx, session_id, people[last], status)
    with ctx.db.transaction() as db:
        gone = db.get(Person, people["Gone"])
        assert gone is not None
        gone.deleted_at = datetime.now(UTC)
    return Planned(
        antenna=antenna_id,
        session=session_id,
        host=people["Peeters"],
        listed=("Abeloos Zoé", "Dubois Élodie", "=HYPERLINK(evil) Marc", "Janssens Noor"),
    )
