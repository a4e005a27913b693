"""Facilitator accounts: salted scrypt PINs, kiosk-wide lockout, audit log."""

from __future__ import annotations

import hashlib
import io
from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import select

from app import audit
from app.clock import utcnow
from app.context import AppContext
from app.errors import InvalidInputError, KnownError, LockedError
from app.facilitators import service
from db.models import AuditEntry, FacilitatorAccount


def actions(ctx: AppContext) -> list[str]:
    return [line.action for line in audit.recent_audit(ctx, limit=100)]


def test_the_pin_is_stored_as_a_salted_scrypt_hash(ctx: AppContext) -> None:
    service.add_facilitator(ctx, "Camille", "2468")
    service.add_facilitator(ctx, "Noor", "1357")
    with ctx.db.transaction() as session:
        accounts = session.scalars(select(FacilitatorAccount)).all()
    assert {a.kdf for a in accounts} == {"scrypt:n=16384,r=8,p=1"}
    assert len({a.salt for a in accounts}) == 2
    # Neither the PIN nor an unsalted digest of it is stored (a hex hash may contain "2468"
    # by chance, so compare whole values).
    for account, pin in zip(sorted(accounts, key=lambda a: a.name), ("2468", "1357"), strict=True):
        assert account.pin_hash not in {pin, hashlib.sha256(pin.encode()).hexdigest()}
    camille = next(a for a in accounts if a.name == "Camille")
    expected = service.hash_pin("2468", bytes.fromhex(camille.salt), camille.kdf)
    assert expected.hex() == camille.pin_hash


def test_the_right_pin_opens_a_session_and_is_audited(ctx: AppContext) -> None:
    added = service.add_facilitator(ctx, "Camille", "2468")
    session = service.verify_pin(ctx, "2468")
    assert session.name == "Camille"
    assert session.account_id == added.account_id
    lines = audit.recent_audit(ctx)
    assert lines[0].action == "login"
    assert lines[0].actor == "Camille"


def test_a_wrong_pin_says_how_many_tries_are_left(ctx: AppContext) -> None:
    service.add_facilitator(ctx, "Camille", "2468")
    with pytest.raises(InvalidInputError) as refused:
        service.verify_pin(ctx, "0000")
    assert refused.value.message.params == {"left": 4}
    assert actions(ctx)[0] == "login_failed"


def test_five_wrong_pins_lock_facilitator_mode_for_five_minutes(ctx: AppContext) -> None:
    service.add_facilitator(ctx, "Camille", "2468")
    start = utcnow()
    for _ in range(4):
        with pytest.raises(InvalidInputError):
            service.verify_pin(ctx, "1111", now=start)
    with pytest.raises(LockedError) as locked:
        service.verify_pin(ctx, "1111", now=start)
    assert locked.value.message.params == {"minutes": 5}
    # While locked, even the right PIN is refused.
    with pytest.raises(LockedError):
        service.verify_pin(ctx, "2468", now=start + timedelta(minutes=4))
    assert service.verify_pin(ctx, "2468", now=start + timedelta(minutes=5, seconds=1)).name == (
        "Camille"
    )
    assert "locked" in actions(ctx)


def test_the_lockout_follows_the_configuration(ctx: AppContext) -> None:
    ctx = replace(
        ctx,
        config=ctx.config.with_changes(facilitator_max_failures=2, facilitator_lockout_s=60),
    )
    service.add_facilitator(ctx, "Camille", "2468")
    with pytest.raises(InvalidInputError):
        service.verify_pin(ctx, "1111")
    with pytest.raises(LockedError) as locked:
        service.verify_pin(ctx, "1111")
    assert locked.value.message.params == {"minutes": 1}


def test_a_right_pin_resets_the_failure_count(ctx: AppContext) -> None:
    service.add_facilitator(ctx, "Camille", "2468")
    for _ in range(4):
        with pytest.raises(InvalidInputError):
            service.verify_pin(ctx, "1111")
    service.verify_pin(ctx, "2468")
    with pytest.raises(InvalidInputError) as refused:
        service.verify_pin(ctx, "1111")
    assert refused.value.message.params == {"left": 4}


@pytest.mark.parametrize("pin", ["", "123", "12a4", "１２３４", "1234567890123"])
def test_a_pin_is_four_to_twelve_ascii_digits(ctx: AppContext, pin: str) -> None:
    with pytest.raises(InvalidInputError):
        service.add_facilitator(ctx, "Camille", pin)


def test_two_facilitators_cannot_share_a_pin_or_a_name(ctx: AppContext) -> None:
    service.add_facilitator(ctx, "Camille", "2468")
    with pytest.raises(InvalidInputError):
        service.add_facilitator(ctx, "Noor", "2468")
    with pytest.raises(InvalidInputError):
        service.add_facilitator(ctx, " Camille ", "9999")


def test_without_any_facilitator_the_pin_pad_explains_how_to_add_one(ctx: AppContext) -> None:
    with pytest.raises(KnownError) as refused:
        service.verify_pin(ctx, "2468")
    assert "antenne facilitator add" in refused.value.message.source


def test_recent_audit_is_newest_first_and_limited(ctx: AppContext) -> None:
    added = service.add_facilitator(ctx, "Camille", "2468")
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
    monkeypatch.setattr("sys.stdin", io.StringIO("12\n"))
    assert main(["facilitator", "add", "--name", "Noor", "--db", str(ctx.config.db_path)]) == 1
    assert "digits" in capsys.readouterr().err
