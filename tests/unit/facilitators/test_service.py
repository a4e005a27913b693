"""Facilitator accounts: argon2id PINs (older scrypt ones renewed at login), new PINs of 6+
digits without an easy pattern, kiosk-wide lockout, audit log."""

from __future__ import annotations

import hashlib
import io
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from argon2 import extract_parameters
from argon2.low_level import Type, verify_secret
from sqlalchemy import select

from app import audit
from app.clock import utcnow
from app.context import AppContext
from app.errors import InvalidInputError, KnownError, LockedError
from app.facilitators import service
from db.models import AuditEntry, FacilitatorAccount, OutboxEntry
from db.models import facilitators as accounts_format
from tests.helpers.facilitators import LEGACY_KDF, add_legacy_account


def actions(ctx: AppContext) -> list[str]:
    return [line.action for line in audit.recent_audit(ctx, limit=100)]


def accounts(ctx: AppContext) -> dict[str, FacilitatorAccount]:
    with ctx.db.transaction() as session:
        return {a.name: a for a in session.scalars(select(FacilitatorAccount))}


def test_the_pin_is_stored_as_a_salted_argon2id_hash(ctx: AppContext) -> None:
    service.add_facilitator(ctx, "Camille", "246813")
    service.add_facilitator(ctx, "Noor", "135792")
    stored = accounts(ctx)
    assert {a.kdf for a in stored.values()} == {"argon2id"}
    assert all(a.pin_hash.startswith("$argon2id$v=19$") for a in stored.values())
    # The salt is inside argon2's string, a different one for each account.
    assert {a.salt for a in stored.values()} == {""}
    assert len({a.pin_hash.split("$")[4] for a in stored.values()}) == 2
    for name, pin in (("Camille", "246813"), ("Noor", "135792")):
        assert pin not in stored[name].pin_hash
        assert hashlib.sha256(pin.encode()).hexdigest() not in stored[name].pin_hash
        assert verify_secret(stored[name].pin_hash.encode(), pin.encode(), Type.ID)


def test_the_kiosk_hashes_pins_at_the_documented_cost(monkeypatch: pytest.MonkeyPatch) -> None:
    """Not a stopwatch: the parameters are the ones docs/architecture.md states (measured by
    benchmarks/pin_hash.py), and a hash made here carries them."""
    monkeypatch.undo()  # the real cost, not the tests' cheap one (tests/conftest.py)
    cost = accounts_format.PIN_COST
    assert cost == accounts_format.PinCost(time_cost=4, memory_kib=131072, parallelism=1)
    guide = Path(__file__).resolve().parents[3] / "docs" / "architecture.md"
    stated = " ".join(guide.read_text("utf-8").split())
    assert "an argon2id hash (time cost 4, 128 MiB of memory, 1 lane:" in stated
    stored = extract_parameters(accounts_format.hash_pin("246813"))
    assert (stored.time_cost, stored.memory_cost, stored.parallelism) == (4, 131072, 1)


def test_a_legacy_scrypt_pin_still_opens_and_is_renewed_as_argon2id(ctx: AppContext) -> None:
    account_id = add_legacy_account(ctx, "Camille", "246813")
    old = accounts(ctx)["Camille"]
    assert old.kdf == LEGACY_KDF
    with pytest.raises(InvalidInputError):
        service.verify_pin(ctx, "135792")
    assert accounts(ctx)["Camille"].pin_hash == old.pin_hash  # a wrong PIN renews nothing

    assert service.verify_pin(ctx, "246813").account_id == account_id
    renewed = accounts(ctx)["Camille"]
    assert (renewed.kdf, renewed.salt) == ("argon2id", "")
    assert verify_secret(renewed.pin_hash.encode(), b"246813", Type.ID)
    # A change of the account like any other: it goes to the hub and the antenne's kiosks.
    with ctx.db.transaction() as session:
        sent = session.scalars(
            select(OutboxEntry).where(OutboxEntry.entity_id == str(account_id))
        ).all()
    assert sent[-1].payload["pin_hash"] == renewed.pin_hash
    assert sent[-1].payload["kdf"] == "argon2id"

    # The renewed hash opens the account, and is not renewed again.
    assert service.verify_pin(ctx, "246813").name == "Camille"
    assert accounts(ctx)["Camille"].pin_hash == renewed.pin_hash


def test_a_hash_made_at_a_lower_cost_is_renewed_at_the_next_login(
    ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    service.add_facilitator(ctx, "Camille", "246813")
    cheaper = accounts(ctx)["Camille"].pin_hash
    monkeypatch.setattr(accounts_format, "PIN_COST", accounts_format.PinCost(2, 16, 1))
    service.verify_pin(ctx, "246813")
    renewed = extract_parameters(accounts(ctx)["Camille"].pin_hash)
    assert accounts(ctx)["Camille"].pin_hash != cheaper
    assert (renewed.time_cost, renewed.memory_cost) == (2, 16)


@pytest.mark.parametrize(
    ("kdf", "pin_hash", "salt"),
    [
        ("argon2id", "not a hash", ""),
        ("argon2id", "$argon2id$v=19$m=8,t=1,p=1$AAAA$AAAA", ""),
        ("scrypt:n=oops", "00", "00"),
        ("scrypt:n=16384,r=8,p=1", "zz", "zz"),
        ("bcrypt", "$2b$12$abc", ""),
    ],
)
def test_an_unreadable_hash_opens_nothing_and_the_others_still_work(
    ctx: AppContext, kdf: str, pin_hash: str, salt: str
) -> None:
    service.add_facilitator(ctx, "Camille", "246813")
    with ctx.db.transaction() as session:
        session.add(FacilitatorAccount(name="Damaged", pin_hash=pin_hash, salt=salt, kdf=kdf))
    with pytest.raises(InvalidInputError):
        service.verify_pin(ctx, "135792")
    assert service.verify_pin(ctx, "246813").name == "Camille"


def test_the_right_pin_opens_a_session_and_is_audited(ctx: AppContext) -> None:
    added = service.add_facilitator(ctx, "Camille", "246813")
    session = service.verify_pin(ctx, "246813")
    assert session.name == "Camille"
    assert session.account_id == added.account_id
    lines = audit.recent_audit(ctx)
    assert lines[0].action == "login"
    assert lines[0].actor == "Camille"


def test_a_wrong_pin_says_how_many_tries_are_left(ctx: AppContext) -> None:
    service.add_facilitator(ctx, "Camille", "246813")
    with pytest.raises(InvalidInputError) as refused:
        service.verify_pin(ctx, "0000")
    assert refused.value.message.params == {"left": 4}
    assert actions(ctx)[0] == "login_failed"


def test_five_wrong_pins_lock_facilitator_mode_for_five_minutes(ctx: AppContext) -> None:
    service.add_facilitator(ctx, "Camille", "246813")
    start = utcnow()
    for _ in range(4):
        with pytest.raises(InvalidInputError):
            service.verify_pin(ctx, "1111", now=start)
    with pytest.raises(LockedError) as locked:
        service.verify_pin(ctx, "1111", now=start)
    assert locked.value.message.params == {"minutes": 5}
    # While locked, even the right PIN is refused.
    with pytest.raises(LockedError):
        service.verify_pin(ctx, "246813", now=start + timedelta(minutes=4))
    assert service.verify_pin(ctx, "246813", now=start + timedelta(minutes=5, seconds=1)).name == (
        "Camille"
    )
    assert "locked" in actions(ctx)


def test_the_lockout_follows_the_configuration(ctx: AppContext) -> None:
    ctx = replace(
        ctx,
        config=ctx.config.with_changes(facilitator_max_failures=2, facilitator_lockout_s=60),
    )
    service.add_facilitator(ctx, "Camille", "246813")
    with pytest.raises(InvalidInputError):
        service.verify_pin(ctx, "1111")
    with pytest.raises(LockedError) as locked:
        service.verify_pin(ctx, "1111")
    assert locked.value.message.params == {"minutes": 1}


def test_a_right_pin_resets_the_failure_count(ctx: AppContext) -> None:
    service.add_facilitator(ctx, "Camille", "246813")
    for _ in range(4):
        with pytest.raises(InvalidInputError):
            service.verify_pin(ctx, "1111")
    service.verify_pin(ctx, "246813")
    with pytest.raises(InvalidInputError) as refused:
        service.verify_pin(ctx, "1111")
    assert refused.value.message.params == {"left": 4}


@pytest.mark.parametrize(
    "pin", ["", "123", "12345", "2468", "12a456", "１２３４５６", "24681 ", "2468135791357"]
)
def test_a_new_pin_is_six_to_twelve_ascii_digits(ctx: AppContext, pin: str) -> None:
    with pytest.raises(InvalidInputError) as refused:
        service.add_facilitator(ctx, "Camille", pin)
    assert refused.value.message.untranslated() == "A new PIN is 6 to 12 digits."
    assert accounts(ctx) == {}


@pytest.mark.parametrize(
    ("pin", "says"),
    [
        ("000000", "one digit repeated"),
        ("99999999", "one digit repeated"),
        ("123456", "going up"),
        ("0123456789", "going up"),
        ("567890", "going up"),
        ("890123", "going up"),
        ("654321", "going down"),
        ("109876", "going down"),
        ("121212", "repeats a group"),
        ("123123", "repeats a group"),
        ("24682468", "repeats a group"),
        ("100100100100", "repeats a group"),
    ],
)
def test_a_pin_easy_to_guess_is_refused_saying_why(ctx: AppContext, pin: str, says: str) -> None:
    with pytest.raises(InvalidInputError) as refused:
        service.add_facilitator(ctx, "Camille", pin)
    assert says in refused.value.message.untranslated()
    assert "too easy to guess" in refused.value.message.untranslated()
    assert accounts(ctx) == {}


@pytest.mark.parametrize("pin", ["246813", "135792", "314159", "112233", "987654321012"])
def test_pins_without_those_patterns_are_accepted(ctx: AppContext, pin: str) -> None:
    service.check_new_pin(pin)


def test_two_facilitators_cannot_share_a_pin_or_a_name(ctx: AppContext) -> None:
    service.add_facilitator(ctx, "Camille", "246813")
    with pytest.raises(InvalidInputError):
        service.add_facilitator(ctx, "Noor", "246813")
    with pytest.raises(InvalidInputError):
        service.add_facilitator(ctx, " Camille ", "975310")


def test_without_any_facilitator_the_pin_pad_explains_how_to_add_one(ctx: AppContext) -> None:
    with pytest.raises(KnownError) as refused:
        service.verify_pin(ctx, "246813")
    assert "antenne facilitator add" in refused.value.message.source


def test_recent_audit_is_newest_first_and_limited(ctx: AppContext) -> None:
    added = service.add_facilitator(ctx, "Camille", "246813")
    for language in ("nl", "en", "fr"):
        audit.record_audit(
            ctx, actor=added.account_id, action="default_language", details={"language": language}
        )
    lines = audit.recent_audit(ctx, limit=2)
    assert [line.details["language"] for line in lines] == ["fr", "en"]
    assert all(line.actor == "Camille" for line in lines)
    with ctx.db.transaction() as session:
        assert session.scalars(select(AuditEntry)).all()


def test_cli_adds_a_facilitator_with_the_pin_from_stdin(
    ctx: AppContext, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import main

    monkeypatch.setenv("ANTENNE_SEED_DEMO", "0")
    monkeypatch.setattr("sys.stdin", io.StringIO("864213\n"))
    assert main(["facilitator", "add", "--name", "Noor", "--db", str(ctx.config.db_path)]) == 0
    assert "Noor" in capsys.readouterr().out
    assert service.verify_pin(ctx, "864213").name == "Noor"


def test_cli_refuses_a_short_pin(
    ctx: AppContext, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import main

    monkeypatch.setenv("ANTENNE_SEED_DEMO", "0")
    monkeypatch.setattr("sys.stdin", io.StringIO("1234\n"))
    assert main(["facilitator", "add", "--name", "Noor", "--db", str(ctx.config.db_path)]) == 1
    assert "A new PIN is 6 to 12 digits." in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO("123456\n"))
    assert main(["facilitator", "add", "--name", "Noor", "--db", str(ctx.config.db_path)]) == 1
    assert "going up in a row (like 123456)" in capsys.readouterr().err
    assert accounts(ctx) == {}
