"""Facilitator accounts (their PIN hashes) reach the kiosks of their own antenne and no other,
and a hash renewed at a login on one kiosk reaches the others (hub on a real PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.config import load_config
from app.context import AppContext
from app.errors import KnownError
from app.facilitators import service
from db.models import FacilitatorAccount
from hub.models import HubChange
from tests.helpers.facilitators import add_legacy_account
from tests.helpers.sync import Hub, Kiosk, KioskFactory


def context(kiosk: Kiosk, tmp_path: Path) -> AppContext:
    config = load_config(environ={}, db_path=tmp_path / f"{kiosk.name}.sqlite3", seed_demo=False)
    return AppContext(config=config, db=kiosk.database)


def stored(kiosk: Kiosk) -> dict[str, FacilitatorAccount]:
    with kiosk.database.transaction() as session:
        return {a.name: a for a in session.scalars(select(FacilitatorAccount))}


def test_an_account_reaches_its_antennes_kiosks_only_and_a_renewed_hash_follows(
    pg_hub: Hub, make_kiosk: KioskFactory, tmp_path: Path
) -> None:
    pg_hub.add_antenna("rennes")
    pg_hub.add_antenna("liege", "Liège")
    rennes = make_kiosk(pg_hub, "kiosk-a")
    rennes_2 = make_kiosk(pg_hub, "kiosk-a2")
    liege = make_kiosk(pg_hub, "kiosk-b", slug="liege")
    service.add_facilitator(context(rennes, tmp_path), "Camille", "246813")
    add_legacy_account(context(rennes, tmp_path), "Noor", "1357")
    for kiosk in (rennes, rennes_2, liege):
        kiosk.sync()

    # The same antenne's other kiosk opens with the same PINs; Liège holds no trace of them.
    assert service.verify_pin(context(rennes_2, tmp_path), "246813").name == "Camille"
    assert service.verify_pin(context(rennes_2, tmp_path), "1357").name == "Noor"
    assert stored(liege) == {}
    with pytest.raises(KnownError):
        service.verify_pin(context(liege, tmp_path), "246813")

    # Noor's scrypt hash was renewed on the second kiosk: the first one gets argon2id's.
    renewed = stored(rennes_2)["Noor"].pin_hash
    assert renewed.startswith("$argon2id$")
    rennes_2.sync()
    rennes.sync()
    liege.sync()
    assert stored(rennes)["Noor"].pin_hash == renewed
    assert stored(liege) == {}
    # Every version of the accounts is in the hub's log, each scoped to Rennes.
    with pg_hub.database.transaction() as session:
        changes = session.scalars(
            select(HubChange).where(HubChange.entity == "facilitator_account")
        ).all()
    assert changes
    assert {str(change.scope_antenna_id) for change in changes} == {str(rennes.antenna_id)}
