"""Hypothesis drives two or three kiosks through random changes to people, skill posts,
sessions and sign-ups, and syncs them in a random order with a hub on PostgreSQL. Meanwhile a
malicious device of another antenne (Liège) pushes random, invalid and cross-antenne
operations: forged rows of the honest kiosks' people, posts, sessions and sign-ups, garbage
values, mismatched ids, purges, the honest kiosks' own op ids.

Whatever happened, once every kiosk has synced (twice over) they hold the same rows, no session
has more confirmed seats than its capacity (at the hub or at any kiosk), every operation
the hub acknowledged is still there, and no row of the honest kiosks was ever written by the
malicious device. A few examples in the normal suite; many more under `make soak`.
"""

from __future__ import annotations

import itertools
import shutil
import tempfile
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import func, select

from app.clock import HybridClock
from app.sync import service
from app.sync.protocol import OpStatus, PushOp
from db.engine import Database, sqlite_url
from db.models import (
    OutboxEntry,
    Person,
    Session,
    SessionKind,
    Signup,
    SignupStatus,
    SkillPost,
    SkillPostKind,
)
from db.outbox import SCHEMA_VERSION
from hub.models import AppliedOp, Device, HubChange, HubRecord
from hub.service.enrolment import add_antenna, enroll, new_enrolment_code
from hub.service.push import apply_ops
from tests.helpers.postgres import PostgresServer
from tests.helpers.sync import make_hub

_databases = itertools.count()
ATTACKER = "kiosk-mallory"
# What the malicious device puts in a forged row: garbage, other antennes, NUL, surrogates.
JUNK = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=8),
    st.sampled_from(["alien", "zzz", "2026-13-45", "\x00", "\ud800", "x" * 300]),
    st.lists(st.text(max_size=3), max_size=3),
)
FIELDS = st.sampled_from(
    [
        "first_name",
        "email",
        "phone",
        "antenna_id",
        "kind",
        "title",
        "hidden",
        "status",
        "capacity",
        "deleted_at",
        "created_at",
        "id",
        "levels",
        "person_id",
        "nickname",
    ]
)
NAMES = st.sampled_from(["Zoé", "Ahmed", "Lotte", "Inès", "Jan", "Camille"])
TITLES = st.sampled_from(["Compta", "Vidéo", "Couture", "Juridique", "Photo"])
# The tables that must be equal on every kiosk, and the columns that may differ (none).
COMPARED = (Person, SkillPost, Session, Signup)


def _rows(database: Database, model: type[Any]) -> dict[str, dict[str, Any]]:
    with database.engine.connect() as connection:
        return {
            str(row.id): dict(row._mapping) for row in connection.execute(select(model.__table__))
        }


def machine_class(server: PostgresServer, template: str, kiosk_template: Path) -> type[Any]:
    class SyncMachine(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            self.folder = Path(tempfile.mkdtemp(prefix="antenne-sync-prop-"))
            self.db_name = f"hub_prop_{next(_databases)}"
            with server.admin() as admin:  # type: ignore[attr-defined]
                admin.execute(f"CREATE DATABASE {self.db_name} TEMPLATE {template}")
            # A real uvicorn on 127.0.0.1, in a thread (tests/helpers/sync.py).
            self.serving = make_hub(server.url(self.db_name))
            self.hub = next(self.serving)
            self.hub_db = self.hub.database
            self.client = self.hub.client
            with self.hub_db.transaction() as session:
                add_antenna(session, slug="rennes", name="Rennes", clock=HybridClock("hub"))
            with self.hub_db.transaction() as session:
                add_antenna(session, slug="liege", name="Liège", clock=HybridClock("hub"))
                code = new_enrolment_code(session, antenna_slug="liege")
                self.attacker_id = enroll(
                    session, code=code, machine_id="machine-mallory", node_id=ATTACKER
                ).device.id
            self.attacker_clock = HybridClock(ATTACKER)
            self.kiosks: list[Database] = []
            self.people: list[uuid.UUID] = []
            self.posts: list[uuid.UUID] = []
            self.sessions: list[uuid.UUID] = []
            self.signups: list[uuid.UUID] = []

        # -- set-up -----------------------------------------------------------------------

        @initialize(count=st.integers(min_value=2, max_value=3))
        def enrol(self, count: int) -> None:
            for index in range(count):
                path = self.folder / f"kiosk-{index}.sqlite3"
                shutil.copyfile(kiosk_template, path)
                database = Database(sqlite_url(path), clock=HybridClock(f"kiosk-{index}"))
                self.kiosks.append(database)
                with self.hub_db.transaction() as session:
                    code = new_enrolment_code(session, antenna_slug="rennes")
                service.enroll(
                    database,
                    hub_url=self.hub.url,
                    code=code,
                    http=self.client,
                    machine=f"machine-{index}",
                )
                self._sync(index)

        def _sync(self, index: int) -> None:
            service.sync_now(self.kiosks[index], http=self.client, machine=f"machine-{index}")

        def _kiosk(self, data: st.DataObject) -> tuple[int, Database]:
            index = data.draw(st.integers(0, len(self.kiosks) - 1), label="kiosk")
            return index, self.kiosks[index]

        def _known(
            self, database: Database, model: type[Any], ids: list[uuid.UUID], data: st.DataObject
        ) -> Any:
            """One of `ids` that this kiosk already holds (None: it holds none yet)."""
            with database.transaction() as session:
                held = set(session.scalars(select(model.id).where(model.id.in_(ids))))
            choices = [i for i in ids if i in held]
            return data.draw(st.sampled_from(choices)) if choices else None

        # -- what people do at the kiosks -------------------------------------------------

        @rule(data=st.data(), first=NAMES)
        def add_person(self, data: st.DataObject, first: str) -> None:
            _index, database = self._kiosk(data)
            with database.transaction() as session:
                person = Person(first_name=first, last_name="Martin")
                session.add(person)
                session.flush()
                self.people.append(person.id)

        @precondition(lambda self: self.people)
        @rule(data=st.data(), first=NAMES, email=st.booleans())
        def edit_person(self, data: st.DataObject, first: str, email: bool) -> None:
            _index, database = self._kiosk(data)
            person_id = self._known(database, Person, self.people, data)
            if person_id is None:
                return
            with database.transaction() as session:
                person = session.get_one(Person, person_id)
                if email:
                    person.email = f"{first.lower()}@example.org"
                else:
                    person.first_name = first

        @precondition(lambda self: self.people)
        @rule(data=st.data(), title=TITLES, offer=st.booleans())
        def add_post(self, data: st.DataObject, title: str, offer: bool) -> None:
            _index, database = self._kiosk(data)
            person_id = self._known(database, Person, self.people, data)
            if person_id is None:
                return
            with database.transaction() as session:
                post = SkillPost(
                    person_id=person_id,
                    kind=SkillPostKind.offer if offer else SkillPostKind.need,
                    title=title,
                )
                session.add(post)
                session.flush()
                self.posts.append(post.id)

        @precondition(lambda self: self.posts)
        @rule(data=st.data(), title=TITLES, hidden=st.booleans())
        def edit_post(self, data: st.DataObject, title: str, hidden: bool) -> None:
            _index, database = self._kiosk(data)
            post_id = self._known(database, SkillPost, self.posts, data)
            if post_id is None:
                return
            with database.transaction() as session:
                post = session.get_one(SkillPost, post_id)
                post.title = title
                post.hidden = hidden

        @rule(data=st.data(), capacity=st.integers(1, 2))
        def add_session(self, data: st.DataObject, capacity: int) -> None:
            index, database = self._kiosk(data)
            with database.engine.connect() as connection:
                antenna_id = uuid.UUID(service.read_state(connection)["antenna_id"])
            with database.transaction() as session:
                drop_in = Session(
                    kind=SessionKind.drop_in,
                    antenna_id=antenna_id,
                    title=f"Permanence {index}",
                    starts_at=datetime(2026, 12, 1, 17, tzinfo=UTC),
                    ends_at=datetime(2026, 12, 1, 19, tzinfo=UTC),
                    capacity=capacity,
                )
                session.add(drop_in)
                session.flush()
                self.sessions.append(drop_in.id)

        @precondition(lambda self: self.sessions and self.people)
        @rule(data=st.data())
        def sign_up(self, data: st.DataObject) -> None:
            _index, database = self._kiosk(data)
            session_id = self._known(database, Session, self.sessions, data)
            person_id = self._known(database, Person, self.people, data)
            if session_id is None or person_id is None:
                return
            with database.transaction() as session:
                taken = session.scalar(
                    select(Signup.id).where(
                        Signup.session_id == session_id, Signup.person_id == person_id
                    )
                )
                if taken is not None:
                    return
                signup = Signup(session_id=session_id, person_id=person_id)
                session.add(signup)
                session.flush()
                self.signups.append(signup.id)

        @precondition(lambda self: self.signups)
        @rule(data=st.data())
        def cancel(self, data: st.DataObject) -> None:
            _index, database = self._kiosk(data)
            signup_id = self._known(database, Signup, self.signups, data)
            if signup_id is None:
                return
            with database.transaction() as session:
                signup = session.get_one(Signup, signup_id)
                if signup.status in (SignupStatus.confirmed, SignupStatus.waitlisted):
                    signup.status = SignupStatus.cancelled

        # -- what a malicious device of another antenne does ----------------------------------

        @precondition(lambda self: self.people or self.posts or self.sessions or self.signups)
        @rule(
            data=st.data(),
            junk=st.dictionaries(FIELDS, JUNK, max_size=3),
            operation=st.sampled_from(["insert", "update", "delete", "purge"]),
            trick=st.sampled_from(["none", "other_id", "stolen_op_id", "no_changed"]),
        )
        def attack(
            self, data: st.DataObject, junk: dict[str, Any], operation: str, trick: str
        ) -> None:
            """A forged operation on one of the honest kiosks' rows, straight to the hub's push
            service with the malicious device's identity."""
            targets = [
                (entity, target)
                for entity, ids in (
                    ("person", self.people),
                    ("skill_post", self.posts),
                    ("session", self.sessions),
                    ("signup", self.signups),
                )
                for target in ids
            ]
            entity, target = data.draw(st.sampled_from(targets), label="target")
            with self.hub_db.transaction() as session:
                record = session.get(HubRecord, (entity, str(target)))
                if record is None:
                    # It knows only what the hub holds: ids are not guessable (UUIDv7), and the
                    # first kiosk to write an id at the hub is its row's creator.
                    return
                row = dict(record.data)
                stolen = session.scalars(select(AppliedOp.op_id).limit(1)).first()
            row.update(junk)
            op_id = stolen if trick == "stolen_op_id" and stolen else str(uuid.uuid4())
            entity_id = str(uuid.uuid4()) if trick == "other_id" else str(target)
            op = PushOp(
                op_id=op_id,
                entity=entity,
                entity_id=entity_id,
                operation="delete" if operation == "purge" else operation,
                payload={"id": str(target)} if operation == "purge" else row,
                hlc=str(self.attacker_clock.now()),
                schema_version=SCHEMA_VERSION,
                changed=None if trick == "no_changed" else sorted(junk),
            )
            with self.hub_db.transaction() as session:
                device = session.get_one(Device, self.attacker_id)
                (result,) = apply_ops(
                    session,
                    device,
                    [op],
                    clock=self.hub.clock,
                    min_schema=self.hub.settings.min_schema_version,
                    max_schema=self.hub.settings.max_schema_version,
                ).results
            # Nothing of another antenne's is ever written, nor answered with its private rows.
            assert result.status in (OpStatus.refused, OpStatus.unchanged), result
            if entity in ("session", "signup"):
                assert result.row is None

        @invariant()
        def the_malicious_device_never_wrote_an_honest_row(self) -> None:
            with self.hub_db.transaction() as session:
                written = session.scalars(
                    select(HubChange.entity_id).where(HubChange.origin == ATTACKER)
                ).all()
            assert not written

        @rule(data=st.data())
        def sync(self, data: st.DataObject) -> None:
            index, _database = self._kiosk(data)
            self._sync(index)

        # -- what must always hold ---------------------------------------------------------

        @invariant()
        def the_hub_never_grants_more_seats_than_a_session_has(self) -> None:
            with self.hub_db.transaction() as session:
                records = session.scalars(
                    select(HubRecord).where(HubRecord.entity.in_(("session", "signup")))
                ).all()
            capacity = {
                r.entity_id: r.data.get("capacity") for r in records if r.entity == "session"
            }
            confirmed: dict[str, int] = {}
            for record in records:
                if record.entity == "signup" and record.data.get("status") == "confirmed":
                    key = str(record.data["session_id"])
                    confirmed[key] = confirmed.get(key, 0) + 1
            for session_id, count in confirmed.items():
                limit = capacity.get(session_id)
                assert limit is None or count <= limit

        def teardown(self) -> None:
            try:
                if self.kiosks:
                    self._converge_and_check()
            finally:
                for database in self.kiosks:
                    database.dispose()
                self.serving.close()
                with server.admin() as admin:  # type: ignore[attr-defined]
                    admin.execute(f"DROP DATABASE IF EXISTS {self.db_name} WITH (FORCE)")
                shutil.rmtree(self.folder, ignore_errors=True)

        def _converge_and_check(self) -> None:
            # Two full rounds: what one kiosk pushes last reaches the others in the second.
            for _round in range(2):
                for index in range(len(self.kiosks)):
                    self._sync(index)
            first, *others = self.kiosks
            for model in COMPARED:
                expected = _rows(first, model)
                for database in others:
                    assert _rows(database, model) == expected, model.__tablename__
            # Every person and post created anywhere is everywhere.
            assert set(map(str, self.people)) <= set(_rows(first, Person))
            assert set(map(str, self.posts)) <= set(_rows(first, SkillPost))
            # No session above capacity, no seat left provisional.
            signups = _rows(first, Signup).values()
            sessions = _rows(first, Session)
            for session_id, row in sessions.items():
                confirmed = [
                    s
                    for s in signups
                    if str(s["session_id"]) == session_id and s["status"] == "confirmed"
                ]
                assert len(confirmed) <= row["capacity"]
            assert not any(s["provisional"] for s in signups)
            # Every operation the hub acknowledged is kept at the hub; none waits any more.
            with self.hub_db.transaction() as session:
                applied = set(session.scalars(select(AppliedOp.op_id)))
            for database in self.kiosks:
                with database.transaction() as session:
                    done = set(
                        map(
                            str,
                            session.scalars(
                                select(OutboxEntry.op_id).where(OutboxEntry.done_at.is_not(None))
                            ),
                        )
                    )
                    waiting = session.scalar(
                        select(func.count())
                        .select_from(OutboxEntry)
                        .where(OutboxEntry.done_at.is_(None))
                    )
                assert done <= applied
                assert waiting == 0

    return SyncMachine


Runner = Callable[..., None]


@pytest.fixture
def run_machine(
    postgres_server: PostgresServer, hub_template: str, migrated_template: Path
) -> Runner:
    def run(examples: int, steps: int, *, shrink: bool) -> None:
        machine = machine_class(postgres_server, hub_template, migrated_template)
        run_state_machine_as_test(
            machine,
            settings=settings(
                max_examples=examples,
                stateful_step_count=steps,
                deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
                # The normal suite reports a failure as found; `make soak` also shrinks it.
                phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.target]
                + ([Phase.shrink] if shrink else []),
            ),
        )

    return run


def test_kiosks_converge_whatever_the_order(run_machine: Runner) -> None:
    run_machine(5, 25, shrink=False)


@pytest.mark.soak
def test_kiosks_converge_whatever_the_order_at_length(run_machine: Runner) -> None:
    run_machine(200, 60, shrink=True)
