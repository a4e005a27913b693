"""The demo antenne: Smart Rennes, with its people, governance, skills, sessions and a draft vote.

A kiosk with no configuration runs on it (`seed_if_empty`, called by `app.context`), screenshots
and tests are taken on it, and `antenne demo --members 100000` builds the benchmark database.

Two promises:
- **Deterministic.** The same `seed` and `today` give the same rows, byte for byte: every
  random choice comes from `random.Random` streams seeded from `seed`, ids are UUIDv7-shaped
  but drawn from those streams, and every time is derived from `today` (the week of sessions
  sits around `today` so the kiosk looks alive).
- **Fast.** Everything is written with Core `insert()` executemany in one transaction. That
  bypasses the ORM's outbox on purpose (see `db.outbox`): demo rows are local data that no hub
  must receive, and 100 000 people must not become 100 000 pending sync operations. Person
  search columns and the name-word index are filled here with the models' own helpers, since
  Core skips the ORM events that normally maintain them.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any, cast
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, Table, insert, select

from app.clock import Stamp
from app.text import fold
from db.base import Base
from db.content_files import load_content_pages
from db.demo_data import DEFAULT_MEMBERS, MIN_MEMBERS, catalogue, names
from db.engine import Database
from db.journey_steps import DEFAULT_STEPS, seed_journey_steps, step_id
from db.models import (
    AgendaItem,
    AgendaStatus,
    AgendaSupport,
    Antenna,
    Body,
    BodyKind,
    BodyLink,
    BodyLinkKind,
    FacilitatorAccount,
    IntroRequest,
    IntroStatus,
    JourneyProgress,
    Mandate,
    Meeting,
    MeetingStatus,
    ParticipationLevel,
    Person,
    PersonKind,
    PersonNameWord,
    ReportReason,
    Session,
    SessionKind,
    Signup,
    SignupStatus,
    SkillLevel,
    SkillModality,
    SkillPost,
    SkillPostKind,
    SkillPostTag,
    SkillReport,
    SkillTag,
    Vote,
    VoteChannel,
    VoteMethod,
    VoteOption,
    VoteStatus,
)
from db.models.facilitators import PIN_KDF, PIN_SALT_BYTES, hash_pin
from db.models.people import name_word_rows, person_search_columns
from db.skill_tags import tag_id

# Rows written under this origin are demo data (easy to tell apart, never pushed).
DEMO_ORIGIN = "demo"
DEMO_FACILITATOR_NAME = "Démo"
# Six digits and no pattern, as `app.facilitators.service.check_new_pin` wants of any new PIN.
DEMO_FACILITATOR_PIN = "246813"
# People are generated and inserted in slices so memory stays flat at 100 000.
_BATCH = 10_000
_LEVELS = tuple(level.value for level in ParticipationLevel)


def _same(value: Any) -> Any:
    return value


# Journey steps members take after joining: (slug, chance, within so many days of joining).
_JOURNEY_AFTER_JOINING = (
    ("met-facilitator", 0.55, 120),
    ("first-coworking", 0.45, 365),
    ("first-skill", 0.2, 700),
    ("first-vote", 0.3, 700),
)


@dataclass(frozen=True)
class DemoSummary:
    """What `build_demo` wrote (the CLI prints it)."""

    antenna_id: uuid.UUID
    people: int
    members: int
    shareholders: int
    visitors: int
    staff: int
    bodies: int
    mandates: int
    meetings: int
    agenda_items: int
    skill_posts: int
    sessions: int
    signups: int
    votes: int
    content_pages: int
    facilitator: bool
    journey_progress: int = 0


def holds_data(connection: Connection) -> bool:
    """Whether the database holds an antenne or anybody: the demo (its facilitator, PIN
    1234) never moves in beside real people, even if their antenne row is missing."""
    return any(
        connection.execute(select(_table(model).c.id).limit(1)).first() is not None
        for model in (Antenna, Person)
    )


def seed_if_empty(database: Database, *, today: date | None = None) -> bool:
    """Build the default demo antenne if the database holds no antenne and nobody; True if it
    did."""
    with database.engine.connect() as connection:
        if holds_data(connection):
            return False
    build_demo(database, today=today)
    return True


def build_demo(
    database: Database,
    *,
    members: int = DEFAULT_MEMBERS,
    seed: int = 0,
    today: date | None = None,
    content_dir: Path | None = None,
    facilitator_pin: str | None = DEMO_FACILITATOR_PIN,
) -> DemoSummary:
    """Fill an empty, migrated database with the demo antenne of Rennes.

    `members` is the number of people in the directory (members, visitors and staff).
    `facilitator_pin` creates the "Démo" facilitator account (None: no account).
    """
    if members < MIN_MEMBERS:
        raise ValueError(f"the demo antenne needs at least {MIN_MEMBERS} people")
    with database.engine.begin() as connection:
        # A bigger page cache for the duration of the build: the name-word index of 100 000
        # people is ~400 000 rows inserted in key order per slice, not overall.
        connection.exec_driver_sql("PRAGMA cache_size=-65536")
        builder = _Builder(connection, seed=seed, today=today or date.today())
        summary = builder.build(members, content_dir=content_dir, facilitator_pin=facilitator_pin)
        connection.exec_driver_sql("PRAGMA cache_size=-2000")
    return summary


# -- Internals ---------------------------------------------------------------------------------


def _table(model: type[Base]) -> Table:
    return cast(Table, model.__table__)


class _Ids:
    """UUIDv7-shaped ids from a fixed start time and a seeded RNG.

    Real ids would embed the wall clock (different on every build); these keep the v7 layout
    and the creation order (one millisecond apart) but repeat exactly for the same seed.
    """

    def __init__(self, rng: random.Random, start: datetime) -> None:
        self._rng = rng
        self._ms = int(start.timestamp() * 1000)

    def __call__(self) -> uuid.UUID:
        self._ms += 1
        rand_a = self._rng.getrandbits(12)
        rand_b = self._rng.getrandbits(62)
        value = (self._ms << 80) | (0x7 << 76) | (rand_a << 64) | (0b10 << 62) | rand_b
        return uuid.UUID(int=value)


@dataclass
class _Person:
    """What the builder remembers of a person to hand out mandates, posts and sign-ups."""

    id: uuid.UUID
    kind: PersonKind
    antenna: str
    language: str
    shareholder: bool
    member_since: date | None = None
    shareholder_since: date | None = None


@dataclass
class _Pools:
    everyone: list[_Person] = field(default_factory=list)

    def shareholders(self, *, antenna: str | None = None) -> list[_Person]:
        return [
            p for p in self.everyone if p.shareholder and (antenna is None or p.antenna == antenna)
        ]

    def staff(self) -> list[_Person]:
        return [p for p in self.everyone if p.kind is PersonKind.staff]

    def members(self, *, antenna: str) -> list[_Person]:
        return [p for p in self.everyone if p.kind is PersonKind.member and p.antenna == antenna]


class _Builder:
    def __init__(self, connection: Connection, *, seed: int, today: date) -> None:
        self.connection = connection
        self.seed = seed
        self.today = today
        # Rows are dated to the start of `today` (UTC): fixed for a given day, never future.
        self.built_at = datetime.combine(today, time(0, 0), tzinfo=UTC)
        # One stamp for every demo row: it is older than any change the kiosk makes later, so
        # real edits always win over demo data in last-writer-wins merges.
        self.hlc = str(Stamp(int(self.built_at.timestamp() * 1000), 0, DEMO_ORIGIN))
        self.ids = _Ids(self._rng("ids"), self.built_at)
        self.zone = ZoneInfo("Europe/Paris")
        self.pools = _Pools()
        self.antennas: dict[str, uuid.UUID] = {}
        self.bodies: dict[str, uuid.UUID] = {}
        self.chairs: dict[str, _Person] = {}
        self.holders: dict[str, list[_Person]] = {}
        self.meetings: dict[str, uuid.UUID] = {}

    def _rng(self, stream: str) -> random.Random:
        # One stream per part: adding a skill post does not reshuffle the people. A string
        # seed is hashed with SHA-512 by `random`, the same on every run and platform.
        return random.Random(f"antenne-demo:{self.seed}:{stream}")

    def _synced(self, **values: Any) -> dict[str, Any]:
        return {
            "id": values.pop("id") if "id" in values else self.ids(),
            "created_at": self.built_at,
            "updated_at": self.built_at,
            "hlc": self.hlc,
            "origin": DEMO_ORIGIN,
            "deleted_at": None,
            **values,
        }

    def _insert(self, model: type[Base], rows: Sequence[dict[str, Any]]) -> None:
        if rows:
            self.connection.execute(insert(_table(model)), list(rows))

    def _at(self, day: date, clock: str) -> datetime:
        """A local time at the antenne, stored in UTC."""
        hour, minute = (int(part) for part in clock.split(":"))
        return datetime.combine(day, time(hour, minute), tzinfo=self.zone).astimezone(UTC)

    def build(
        self, count: int, *, content_dir: Path | None, facilitator_pin: str | None
    ) -> DemoSummary:
        self._antennas()
        people = self._people(count)
        bodies, mandates = self._governance()
        meetings = self._meetings()
        agenda = self._agenda()
        posts = self._skills()
        sessions, signups = self._sessions()
        votes = self._votes()
        pages = load_content_pages(
            self.connection,
            content_dir,
            new_id=self.ids,
            now=self.built_at,
            origin=DEMO_ORIGIN,
            hlc=self.hlc,
        )
        seed_journey_steps(self.connection, now=self.built_at, origin=DEMO_ORIGIN, hlc=self.hlc)
        facilitator = facilitator_pin is not None
        if facilitator_pin is not None:
            self._facilitator(facilitator_pin)
        # Last: its ids are drawn after every other part's, which stay as they were.
        journey = self._journey()
        everyone = self.pools.everyone
        return DemoSummary(
            antenna_id=self.antennas[catalogue.HOME_ANTENNA],
            people=people,
            members=sum(p.kind is PersonKind.member for p in everyone),
            shareholders=sum(p.shareholder for p in everyone),
            visitors=sum(p.kind is PersonKind.visitor for p in everyone),
            staff=sum(p.kind is PersonKind.staff for p in everyone),
            bodies=bodies,
            mandates=mandates,
            meetings=meetings,
            agenda_items=agenda,
            skill_posts=posts,
            sessions=sessions,
            signups=signups,
            votes=votes,
            content_pages=pages,
            facilitator=facilitator,
            journey_progress=journey,
        )

    # -- Antennes and people ----------------------------------------------------------------

    def _antennas(self) -> None:
        rows = []
        for slug, name, city, country, zone, languages in catalogue.ANTENNAS:
            row = self._synced(
                slug=slug,
                name=name,
                city=city,
                country=country,
                timezone=zone,
                address=catalogue.HOME_ADDRESS if slug == catalogue.HOME_ANTENNA else "",
                languages=list(languages),
            )
            self.antennas[slug] = row["id"]
            rows.append(row)
        self._insert(Antenna, rows)

    def _people(self, count: int) -> int:
        rng = self._rng("people")
        written = 0
        for start in range(0, count, _BATCH):
            people: list[dict[str, Any]] = []
            word_rows: list[dict[str, Any]] = []
            for index in range(start, min(count, start + _BATCH)):
                row = self._person(rng, index)
                people.append(row)
                word_rows.extend(name_word_rows(row["id"], row["first_name"], row["last_name"]))
            self._insert(Person, people)
            # In key order, the WITHOUT ROWID B-tree is appended to rather than split at random.
            word_rows.sort(key=lambda r: (r["word"], r["person_id"].bytes))
            self._insert(PersonNameWord, word_rows)
            written += len(people)
        return written

    def _name(self, rng: random.Random, index: int) -> tuple[str, str, str]:
        if index < len(names.SHOWCASE):
            return names.SHOWCASE[index]
        draw = rng.random()
        if draw < 0.60:  # French, many Breton names: this is Rennes
            first, last, language = (
                rng.choice(names.FIRST_NAMES_FR),
                rng.choice(names.LAST_NAMES_FR),
                "fr",
            )
        elif draw < 0.72:  # French-speaking Belgians (Wallonia, Brussels)
            first, last, language = (
                rng.choice(names.FIRST_NAMES_FR),
                rng.choice(names.LAST_NAMES_BE),
                "fr",
            )
        elif draw < 0.86:  # Flemish
            first, last, language = (
                rng.choice(names.FIRST_NAMES_NL),
                rng.choice(names.LAST_NAMES_BE),
                "nl",
            )
        elif draw < 0.94:
            first, last, language = (
                rng.choice(names.FIRST_NAMES_FR),
                rng.choice(names.LAST_NAMES_OTHER),
                "fr",
            )
        else:
            first, last = rng.choice(names.FIRST_NAMES_EN), rng.choice(names.LAST_NAMES_OTHER)
            language = "en" if rng.random() < 0.7 else "fr"
        if rng.random() < 0.05:  # a double-barrelled last name
            other = rng.choice(names.LAST_NAMES_FR)
            if other != last:
                last = f"{last}-{other}"
        return first, last, language

    def _person(self, rng: random.Random, index: int) -> dict[str, Any]:
        first, last, language = self._name(rng, index)
        draw = rng.random()
        kind = (
            PersonKind.staff
            if draw < 0.04
            else PersonKind.visitor
            if draw < 0.22
            else PersonKind.member
        )
        if index < len(names.SHOWCASE):
            # The people testers search for by hand are all members (most of them shareholders).
            kind = PersonKind.member
        # A few people of other antennes: they sit on cooperative-wide bodies.
        antenna = (
            rng.choice(catalogue.ANTENNAS[1:])[0]
            if index >= len(names.SHOWCASE) and rng.random() < 0.06
            else catalogue.HOME_ANTENNA
        )
        member_since: date | None = None
        shareholder_since: date | None = None
        retain_until: date | None = None
        if kind is PersonKind.member or (kind is PersonKind.staff and rng.random() < 0.5):
            member_since = self.today - timedelta(days=rng.randint(20, 4000))
            if rng.random() < (0.9 if index < len(names.SHOWCASE) else 0.65):
                held = (self.today - member_since).days
                shareholder_since = member_since + timedelta(days=rng.randint(0, min(held, 900)))
        if kind is PersonKind.visitor:
            # Visitors are purged after the retention period (90 days by default).
            retain_until = self.today + timedelta(days=rng.randint(5, 90))
        consent_on = member_since or (
            retain_until - timedelta(days=90) if retain_until else self.today
        )
        levels = self._levels(rng, kind)
        if len(catalogue.TOPICS) and rng.random() < 0.8:
            topics = sorted(rng.sample(catalogue.TOPICS, rng.randint(1, 3)))
        else:
            topics = []
        channels = sorted(rng.sample(catalogue.CHANNELS, rng.randint(1, 3)))
        email = None
        if rng.random() < 0.7:
            local = f"{fold(first).replace(' ', '-')}.{fold(last).replace(' ', '')}"
            email = f"{local}@example.org"  # RFC 2606: never a real mailbox
        phone = None
        if rng.random() < 0.4:
            # ARCEP's range reserved for fiction: no real subscriber can be called by mistake.
            phone = f"+33 6 39 98 {rng.randint(0, 99):02d} {rng.randint(0, 99):02d}"
        row = self._synced(
            kind=kind,
            first_name=first,
            last_name=last,
            email=email,
            phone=phone,
            language=language,
            antenna_id=self.antennas[antenna],
            member_since=member_since,
            shareholder_since=shareholder_since,
            levels=levels,
            topics=topics,
            channels=channels,
            # No photos in the demo: lists show initials avatars.
            photo=None,
            photo_consent=False,
            consent_at=datetime.combine(consent_on, time(10, 0), tzinfo=UTC),
            involvement_updated_at=datetime.combine(consent_on, time(10, 0), tzinfo=UTC),
            retain_until=retain_until,
            **person_search_columns(first, last),
        )
        self.pools.everyone.append(
            _Person(
                id=row["id"],
                kind=kind,
                antenna=antenna,
                language=language,
                shareholder=shareholder_since is not None,
                member_since=member_since,
                shareholder_since=shareholder_since,
            )
        )
        return row

    def _journey(self) -> int:
        """Member journeys under way: the booklet and the information session before joining,
        the rest after, the shares on the day recorded; visitors have just begun.

        About three rows per person: bound once per value by the columns' own processors and
        written with the driver's executemany, which is four times faster than Core's here.
        """
        rng = self._rng("journey")
        today = self.today
        table = _table(JourneyProgress)
        columns = ("id", "person_id", "step_id", "completed_at", "note", "created_at",
                   "updated_at", "hlc", "origin", "deleted_at")  # fmt: skip
        binders: dict[str, Callable[[Any], Any]] = {
            name: table.c[name].type.bind_processor(self.connection.dialect) or _same
            for name in columns
        }
        steps = {spec.slug: binders["step_id"](step_id(spec.slug)) for spec in DEFAULT_STEPS}
        fixed = tuple(
            binders[name](value)
            for name, value in (
                ("note", ""),
                ("created_at", self.built_at),
                ("updated_at", self.built_at),
                ("hlc", self.hlc),
                ("origin", DEMO_ORIGIN),
                ("deleted_at", None),
            )
        )
        at_ten: dict[date, Any] = {}  # day -> bound completed_at
        new_id, bind_id, bind_at = self.ids, binders["id"], binders["completed_at"]
        sql = (
            f"INSERT INTO {table.name} ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' * len(columns))})"
        )
        rows: list[tuple[Any, ...]] = []
        written = 0

        def done(person_id: Any, slug: str, day: date) -> None:
            day = min(day, today)
            if day not in at_ten:
                at_ten[day] = bind_at(datetime.combine(day, time(10, 0), tzinfo=UTC))
            rows.append((bind_id(new_id()), person_id, steps[slug], at_ten[day], *fixed))

        for person in self.pools.everyone:
            joined = person.member_since
            who = binders["person_id"](person.id)
            if joined is not None:
                if rng.random() < 0.85:
                    done(who, "booklet-read", joined - timedelta(days=rng.randint(1, 40)))
                if rng.random() < 0.8:
                    done(who, "info-session", joined - timedelta(days=rng.randint(0, 20)))
                for slug, chance, within in _JOURNEY_AFTER_JOINING:
                    if rng.random() < chance:
                        since = min(within, (today - joined).days)
                        done(who, slug, joined + timedelta(days=rng.randint(0, since)))
                if person.shareholder_since is not None:
                    done(who, "shareholder", person.shareholder_since)
            elif person.kind is PersonKind.visitor:
                if rng.random() < 0.4:
                    done(who, "booklet-read", today - timedelta(days=rng.randint(0, 60)))
                if rng.random() < 0.3:
                    done(who, "info-session", today - timedelta(days=rng.randint(0, 60)))
            if len(rows) >= _BATCH:
                self.connection.exec_driver_sql(sql, rows)
                written += len(rows)
                rows = []
        if rows:
            self.connection.exec_driver_sql(sql, rows)
        return written + len(rows)

    @staticmethod
    def _levels(rng: random.Random, kind: PersonKind) -> list[str]:
        if kind is PersonKind.visitor:
            return [ParticipationLevel.information.value] if rng.random() < 0.6 else []
        # Most people want to be informed; fewer want to be consulted, fewer still to decide.
        chances = (0.95, 0.7, 0.4, 0.3)
        return [level for level, p in zip(_LEVELS, chances, strict=True) if rng.random() < p]

    # -- Governance -------------------------------------------------------------------------

    def _governance(self) -> tuple[int, int]:
        rng = self._rng("governance")
        rows = []
        for position, spec in enumerate(catalogue.BODIES):
            row = self._synced(
                slug=spec.slug,
                kind=BodyKind(spec.kind),
                name=dict(spec.name),
                purpose=dict(spec.purpose),
                parent_id=self.bodies[spec.parent] if spec.parent else None,
                antenna_id=self.antennas[catalogue.HOME_ANTENNA] if spec.local else None,
                rules=dict(spec.rules),
                position=position,
            )
            self.bodies[spec.slug] = row["id"]
            rows.append(row)
        self._insert(Body, rows)
        self._insert(
            BodyLink,
            [
                self._synced(
                    source_id=self.bodies[source],
                    target_id=self.bodies[target],
                    kind=BodyLinkKind(kind),
                )
                for source, kind, target in catalogue.BODY_LINKS
            ],
        )
        mandates = []
        for spec in catalogue.BODIES:
            holders = self._holders(rng, spec)
            self.holders[spec.slug] = holders
            for person, role in zip(holders, spec.roles, strict=False):
                if role in ("chair", "facilitator"):
                    self.chairs[spec.slug] = person
                mandates.append(
                    self._synced(
                        person_id=person.id,
                        body_id=self.bodies[spec.slug],
                        role=role,
                        start=self.today - timedelta(days=rng.randint(60, 1000)),
                        end=None,
                    )
                )
        # A mandate that ended: the photo board shows who sat on the board before.
        former = rng.choice(self.pools.shareholders())
        mandates.append(
            self._synced(
                person_id=former.id,
                body_id=self.bodies["board"],
                role="director",
                start=self.today - timedelta(days=1500),
                end=self.today - timedelta(days=400),
            )
        )
        self._insert(Mandate, mandates)
        return len(rows), len(mandates)

    def _holders(self, rng: random.Random, spec: catalogue.BodySpec) -> list[_Person]:
        """Distinct people for a body's roles, drawn from whoever would plausibly sit on it."""
        wanted = len(spec.roles)
        home = catalogue.HOME_ANTENNA
        if spec.kind == "management_committee":
            pool = self.pools.staff()
        elif spec.kind == "council_of_antennas":
            # One representative per antenne first, then more from the bigger ones.
            by_antenna = [self.pools.shareholders(antenna=slug) for slug, *_ in catalogue.ANTENNAS]
            picked = [rng.choice(group) for group in by_antenna if group]
            rest = [p for p in self.pools.shareholders() if p not in picked]
            return picked + rng.sample(rest, min(len(rest), max(0, wanted - len(picked))))
        elif spec.local:
            pool = self.pools.shareholders(antenna=home)
        else:
            pool = self.pools.shareholders()
        chosen = rng.sample(pool, min(len(pool), wanted))
        if spec.kind == "working_group" and "secretary" in spec.roles:
            # The working groups' secretaries are shared staff (as in the SIP groups of 2020).
            staff = [p for p in self.pools.staff() if p not in chosen]
            if staff:
                chosen[spec.roles.index("secretary")] = rng.choice(staff)
        return chosen

    def _meetings(self) -> int:
        # (key, body, days from today, local start, minutes, status, title, location)
        plan: tuple[tuple[str, str, int, str, int, MeetingStatus, dict[str, str], str], ...] = (
            ("board-past", "board", -20, "18:00", 150, MeetingStatus.held,
             catalogue.l10n("Réunion mensuelle du CA", "Maandelijkse vergadering van de raad",
                            "Monthly board meeting"), "Paris + visio"),
            ("board-next", "board", 9, "18:00", 150, MeetingStatus.planned,
             catalogue.l10n("Réunion mensuelle du CA", "Maandelijkse vergadering van de raad",
                            "Monthly board meeting"), "Bruxelles + visio"),
            ("board-later", "board", 37, "18:00", 150, MeetingStatus.planned,
             catalogue.l10n("Réunion mensuelle du CA", "Maandelijkse vergadering van de raad",
                            "Monthly board meeting"), "Rennes + visio"),
            ("assembly", "general-assembly", 60, "14:00", 240, MeetingStatus.planned,
             catalogue.l10n("Assemblée générale annuelle", "Jaarlijkse algemene vergadering",
                            "Annual general assembly"), "Bruxelles, Paris, Rennes + visio"),
            ("local", "rennes-local-council", 5, "18:30", 120, MeetingStatus.planned,
             catalogue.l10n("Conseil local de Rennes", "Lokale raad van Rennes",
                            "Rennes local council"), "Salle Coop"),
            ("pb", "rennes-pb-committee", 3, "12:30", 90, MeetingStatus.planned,
             catalogue.l10n("Comité du budget participatif", "Comité participatief budget",
                            "Participatory budget committee"), "Labo de participation"),
            ("sip-governance", "sip-rennes-governance", 8, "18:00", 120, MeetingStatus.planned,
             catalogue.l10n("Groupe SIP gouvernance", "SIP-groep bestuur",
                            "SIP governance group"), "Labo de participation"),
            ("sip-training", "sip-rennes-training", 12, "12:00", 90, MeetingStatus.planned,
             catalogue.l10n("Groupe SIP formation", "SIP-groep leren",
                            "SIP training group"), "Labo de participation"),
        )  # fmt: skip
        rows = []
        for key, body, days, clock, minutes, status, title, location in plan:
            starts = self._at(self.today + timedelta(days=days), clock)
            local = body.startswith(("rennes-", "sip-rennes-"))
            row = self._synced(
                body_id=self.bodies[body],
                antenna_id=self.antennas[catalogue.HOME_ANTENNA] if local else None,
                title=title,
                starts_at=starts,
                ends_at=starts + timedelta(minutes=minutes),
                location=location,
                online_url="",
                status=status,
                minutes=_PAST_MINUTES if status is MeetingStatus.held else "",
            )
            self.meetings[key] = row["id"]
            rows.append(row)
        self._insert(Meeting, rows)
        return len(rows)

    def _agenda(self) -> int:
        rng = self._rng("agenda")
        home = catalogue.HOME_ANTENNA
        members = self.pools.shareholders(antenna=home)
        # Agenda items come from members who are *not* directors: that is the point of them.
        board_seats = {p.id for p in self.holders.get("board", [])}
        items: list[dict[str, Any]] = []
        supports: list[dict[str, Any]] = []
        # Items the board itself puts on its next meeting (no proposer).
        for position, title in enumerate(_BOARD_OWN_ITEMS):
            items.append(
                self._synced(
                    body_id=self.bodies["board"],
                    meeting_id=self.meetings["board-next"],
                    proposer_id=None,
                    title=title["fr"],
                    description="",
                    language="fr",
                    status=AgendaStatus.scheduled,
                    answer="",
                    position=position,
                )
            )
        for body, specs in (("board", catalogue.BOARD_AGENDA), ("local", catalogue.LOCAL_AGENDA)):
            body_slug = "board" if body == "board" else "rennes-local-council"
            for position, (status, count, title, description, answer) in enumerate(
                specs, start=len(_BOARD_OWN_ITEMS) if body == "board" else 0
            ):
                wants_dutch = title["fr"].find("néerlandais") >= 0
                candidates = [
                    p
                    for p in members
                    if p.id not in board_seats and (not wants_dutch or p.language == "nl")
                ] or members
                proposer = rng.choice(candidates)
                language = proposer.language
                meeting = None
                if body == "board" and status == "treated":
                    meeting = self.meetings["board-past"]
                elif body == "board" and status == "scheduled":
                    meeting = self.meetings["board-next"]
                item = self._synced(
                    body_id=self.bodies[body_slug],
                    meeting_id=meeting,
                    proposer_id=proposer.id,
                    title=title[language],
                    description=description[language],
                    language=language,
                    status=AgendaStatus(status),
                    answer=answer[language] if answer else "",
                    position=position,
                )
                items.append(item)
                others = [p for p in members if p.id != proposer.id]
                for supporter in rng.sample(others, min(count, len(others))):
                    supports.append(self._synced(item_id=item["id"], person_id=supporter.id))
        self._insert(AgendaItem, items)
        self._insert(AgendaSupport, supports)
        return len(items)

    # -- Skills -----------------------------------------------------------------------------

    def _skills(self) -> int:
        rng = self._rng("skills")
        # What the posts' first version lacked, from a stream of its own (the posts, their
        # tags and introductions stay what they were).
        details = self._rng("skills-details")
        placed = {
            slug: (sector, position, place)
            for position, (sector, _label, skills) in enumerate(catalogue.SKILL_SECTORS)
            for place, (slug, _skill) in enumerate(skills)
        }
        # The taxonomy's ids come from the slugs, as the hub publishes them (`db.skill_tags`):
        # a demo kiosk that syncs holds the hub's rows, not copies of them.
        tags = {}
        tag_rows = []
        for slug, label in catalogue.SKILL_TAGS:
            sector, _position, place = placed[slug]
            # The id stream moves on as it did when these tags took their ids from it: every
            # later part of the demo keeps its ids.
            self.ids()
            row = self._synced(
                id=tag_id(slug), slug=slug, label=dict(label), sector=sector, position=place
            )
            tags[slug] = row["id"]
            tag_rows.append(row)
        for position, (sector, sector_label, skills) in enumerate(catalogue.SKILL_SECTORS):
            tag_rows.append(
                self._synced(
                    id=tag_id(sector),
                    slug=sector,
                    label=dict(sector_label),
                    sector="",
                    position=position,
                )
            )
            for place, (slug, label) in enumerate(skills):
                if slug not in tags:
                    row = self._synced(
                        id=tag_id(slug), slug=slug, label=dict(label), sector=sector, position=place
                    )
                    tags[slug] = row["id"]
                    tag_rows.append(row)
        self._insert(SkillTag, tag_rows)
        authors = self.pools.members(antenna=catalogue.HOME_ANTENNA)
        count = min(48, max(12, len(authors) // 4))
        posts: list[dict[str, Any]] = []
        links: list[dict[str, Any]] = []
        for index in range(count):
            author = rng.choice(authors)
            kind = SkillPostKind.offer if rng.random() < 0.6 else SkillPostKind.need
            tag = rng.choice(catalogue.SKILL_TAGS)[0]
            offer, need = catalogue.SKILL_TEXTS[tag]
            title = offer if kind is SkillPostKind.offer else need
            description = rng.choice(catalogue.SKILL_DESCRIPTIONS[kind.value])
            language = author.language
            post = self._synced(
                person_id=author.id,
                antenna_id=self.antennas[catalogue.HOME_ANTENNA],
                kind=kind,
                title=title[language],
                description=description[language],
                language=language,
                modality=rng.choice(tuple(SkillModality)),
                expires_on=self.today + timedelta(days=rng.randint(14, 120)),
                # One post hidden by moderation, so the facilitator's view has something to show.
                hidden=index == 7,
                hidden_reason=catalogue.SKILL_HIDDEN_REASON[language] if index == 7 else "",
                hidden_at=self.built_at if index == 7 else None,
                level=details.choice(tuple(SkillLevel)),
                availability=details.choice(catalogue.SKILL_AVAILABILITIES)[language],
                # Some posts were last confirmed long ago: the freshness prompt has work.
                confirmed_on=self.today - timedelta(days=details.choice((3, 20, 45, 100, 130))),
            )
            posts.append(post)
            extra = rng.sample([s for s, _ in catalogue.SKILL_TAGS if s != tag], rng.randint(0, 2))
            for slug in [tag, *extra]:
                links.append(self._synced(post_id=post["id"], tag_id=tags[slug]))
        # What the facilitators' skills screens show, from a stream of its own (every row
        # drawn above stays what it was): skills typed under "other", and needs no offer fits.
        moderation_rng = self._rng("skills-moderation")
        moderation_ids = _Ids(moderation_rng, self.built_at)
        shown = [p for p in posts if not p["hidden"]]
        for post in posts:
            post["other_tag"] = ""
        for text, times in catalogue.SKILL_OTHER_TEXTS:
            for post in moderation_rng.sample(shown, times):
                post["other_tag"] = text[post["language"]]
        for slug, title in catalogue.SKILL_UNMET_NEEDS:
            author = moderation_rng.choice(authors)
            post = self._synced(
                id=moderation_ids(),
                person_id=author.id,
                antenna_id=self.antennas[catalogue.HOME_ANTENNA],
                kind=SkillPostKind.need,
                title=title[author.language],
                description="",
                language=author.language,
                modality=SkillModality.either,
                expires_on=self.today + timedelta(days=moderation_rng.randint(30, 120)),
                hidden=False,
                hidden_reason="",
                hidden_at=None,
                level=SkillLevel.first_steps,
                availability="",
                confirmed_on=self.today - timedelta(days=moderation_rng.randint(1, 30)),
                other_tag="",
            )
            posts.append(post)
            links.append(self._synced(id=moderation_ids(), post_id=post["id"], tag_id=tags[slug]))
        self._insert(SkillPost, posts)
        self._insert(SkillPostTag, links)
        offers = [p for p in posts if p["kind"] is SkillPostKind.offer and not p["hidden"]]
        intros = []
        for post in rng.sample(offers, min(4, len(offers))):
            requester = rng.choice([a for a in authors if a.id != post["person_id"]])
            intros.append(
                self._synced(
                    post_id=post["id"],
                    requester_id=requester.id,
                    message="",
                    status=IntroStatus.pending,
                )
            )
        self._insert(IntroRequest, intros)
        # Two reports waiting for a facilitator, on offers others may read.
        reports = []
        for post, (reason, note) in zip(
            moderation_rng.sample(offers, len(catalogue.SKILL_REPORTS)),
            catalogue.SKILL_REPORTS,
            strict=True,
        ):
            reporter = moderation_rng.choice([a for a in authors if a.id != post["person_id"]])
            reports.append(
                self._synced(
                    id=moderation_ids(),
                    post_id=post["id"],
                    reporter_id=reporter.id,
                    reason=ReportReason(reason),
                    note=note[reporter.language],
                )
            )
        self._insert(SkillReport, reports)
        return len(posts)

    # -- Sessions ---------------------------------------------------------------------------

    def _sessions(self) -> tuple[int, int]:
        rng = self._rng("sessions")
        home = catalogue.HOME_ANTENNA
        hosts = self.pools.shareholders(antenna=home)
        dutch = [p for p in hosts if p.language == "nl"] or hosts
        staff = self.pools.staff() or hosts
        attendees = self.pools.members(antenna=home)
        series: dict[tuple[str, str], uuid.UUID] = {}
        # A weekly session keeps its host from one week to the next.
        series_host: dict[tuple[str, str], _Person] = {}
        sessions: list[dict[str, Any]] = []
        signups: list[dict[str, Any]] = []
        for offset in range(7):
            day = self.today + timedelta(days=offset)
            for spec in catalogue.WEEK.get(day.weekday(), ()):
                kind, clock, minutes, capacity, price, topic, titles, rule, location = spec
                key = (kind, topic)
                if kind == "meet_the_board":
                    host = self.chairs.get("board") or rng.choice(hosts)
                elif kind == "training":
                    host = rng.choice(staff)
                elif topic == "cross-border":
                    host = rng.choice(dutch)
                else:
                    host = series_host.get(key) or rng.choice(hosts)
                series_host[key] = host
                language = host.language
                starts = self._at(day, clock)
                series_id = None
                if rule:
                    series_id = series.setdefault(key, self.ids())
                session = self._synced(
                    kind=SessionKind(kind),
                    antenna_id=self.antennas[home],
                    host_id=host.id,
                    title=titles[language],
                    description="",
                    language=language,
                    topic=topic,
                    starts_at=starts,
                    ends_at=starts + timedelta(minutes=minutes),
                    location=location,
                    online_url="",
                    capacity=capacity,
                    price_cents=price,
                    currency="EUR",
                    recurrence=rule,
                    series_id=series_id,
                    cancelled=False,
                )
                sessions.append(session)
                signups.extend(self._signups(rng, session["id"], capacity, attendees, host))
        self._insert(Session, sessions)
        self._insert(Signup, signups)
        return len(sessions), len(signups)

    def _signups(
        self,
        rng: random.Random,
        session_id: uuid.UUID,
        capacity: int | None,
        attendees: list[_Person],
        host: _Person,
    ) -> Iterator[dict[str, Any]]:
        # Some sessions fill up and get a waiting list; open ones get a handful of people.
        wanted = rng.randint(0, capacity + 3) if capacity else rng.randint(2, 10)
        pool = [p for p in attendees if p.id != host.id]
        waitlist = 0
        for seat, person in enumerate(rng.sample(pool, min(wanted, len(pool)))):
            status = SignupStatus.confirmed
            position = None
            if capacity is not None and seat >= capacity:
                waitlist += 1
                status, position = SignupStatus.waitlisted, waitlist
            elif rng.random() < 0.08:
                status = SignupStatus.cancelled
            # The demo has no hub to grant seats: they are shown as granted.
            yield self._synced(
                session_id=session_id,
                person_id=person.id,
                status=status,
                provisional=False,
                waitlist_position=position,
            )

    # -- Votes ------------------------------------------------------------------------------

    def _votes(self) -> int:
        home = self.antennas[catalogue.HOME_ANTENNA]
        opens = self._at(self.today + timedelta(days=14), "10:00")
        budget = self._synced(
            body_id=self.bodies["rennes-pb-committee"],
            meeting_id=None,
            antenna_id=home,
            title=catalogue.PB_TITLE["fr"],
            question=catalogue.PB_QUESTION["fr"],
            language="fr",
            translations=_translations(title=catalogue.PB_TITLE, question=catalogue.PB_QUESTION),
            method=VoteMethod.pb,
            status=VoteStatus.draft,
            level=ParticipationLevel.codecision,
            channels=[VoteChannel.booth.value, VoteChannel.phone.value, VoteChannel.analog.value],
            rules={
                "budget": catalogue.PB_BUDGET_EUR,
                "currency": "EUR",
                "ballot": "approval",
                "rule": "mes-add1-greedy",
            },
            secret=True,
            opens_at=opens,
            closes_at=opens + timedelta(days=7, hours=8),
            opened_at=None,
            closed_at=None,
            published_at=None,
            result=None,
        )
        consultation = self._synced(
            body_id=self.bodies["rennes-local-council"],
            meeting_id=self.meetings["local"],
            antenna_id=home,
            title=catalogue.CONSULTATION_TITLE["fr"],
            question=catalogue.CONSULTATION_QUESTION["fr"],
            language="fr",
            translations=_translations(
                title=catalogue.CONSULTATION_TITLE, question=catalogue.CONSULTATION_QUESTION
            ),
            method=VoteMethod.plurality,
            status=VoteStatus.draft,
            level=ParticipationLevel.consultation,
            channels=[VoteChannel.booth.value, VoteChannel.phone.value],
            rules={"base": "cast"},
            secret=True,
            opens_at=None,
            closes_at=None,
            opened_at=None,
            closed_at=None,
            published_at=None,
            result=None,
        )
        self._insert(Vote, [budget, consultation])
        options = [
            self._synced(
                vote_id=budget["id"],
                label=label["fr"],
                description=description["fr"],
                translations=_translations(label=label, description=description),
                cost=cost,
                position=position,
            )
            for position, (label, description, cost) in enumerate(catalogue.PB_PROJECTS)
        ]
        options += [
            self._synced(
                vote_id=consultation["id"],
                label=label["fr"],
                description="",
                translations=_translations(label=label),
                cost=None,
                position=position,
            )
            for position, label in enumerate(catalogue.CONSULTATION_OPTIONS)
        ]
        self._insert(VoteOption, options)
        return 2

    # -- Facilitator ------------------------------------------------------------------------

    def _facilitator(self, pin: str) -> None:
        # A seeded salt: the same seed builds the same database, hash included.
        salt = self._rng("facilitator").randbytes(PIN_SALT_BYTES)
        self._insert(
            FacilitatorAccount,
            [
                self._synced(
                    name=DEMO_FACILITATOR_NAME,
                    person_id=None,
                    antenna_id=self.antennas[catalogue.HOME_ANTENNA],
                    pin_hash=hash_pin(pin, salt=salt),
                    salt="",
                    kdf=PIN_KDF,
                    failed_attempts=0,
                    locked_until=None,
                    active=True,
                    last_login_at=None,
                )
            ],
        )


_BOARD_OWN_ITEMS: tuple[dict[str, str], ...] = (
    catalogue.l10n(
        "Approbation du procès-verbal de la réunion précédente",
        "Goedkeuring van het verslag van de vorige vergadering",
        "Approval of the previous meeting's minutes",
    ),
    catalogue.l10n(
        "Préparation de l'assemblée générale", "Voorbereiding van de algemene vergadering",
        "Preparing the general assembly",
    ),
)  # fmt: skip

_PAST_MINUTES = """\
## Relevé de décisions

- Le procès-verbal de la réunion précédente est approuvé.
- **Point apporté par des sociétaires** : publier l'ordre du jour du conseil sur les kiosques
  des antennes. *Adopté.*
- Le budget participatif local est expérimenté à Rennes cette année.
"""


def _translations(**texts: catalogue.L10n) -> dict[str, dict[str, str]]:
    """A French vote's texts in Dutch and English (`vote.translations`,
    `vote_option.translations`): {"nl": {"title": ...}, "en": {...}}."""
    return {
        language: {name: text[language] for name, text in texts.items()}
        for language in ("nl", "en")
    }
