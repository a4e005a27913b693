"""A facilitator account as kiosks created them before argon2id: a 4-digit PIN behind scrypt
(n=2**14), written straight to the database, as a kiosk upgraded in place still holds it."""

from __future__ import annotations

import hashlib
import secrets
import uuid

from app.context import AppContext
from db.models import FacilitatorAccount

LEGACY_KDF = "scrypt:n=16384,r=8,p=1"


def add_legacy_account(ctx: AppContext, name: str, pin: str) -> uuid.UUID:
    salt = secrets.token_bytes(16)
    key = hashlib.scrypt(pin.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)
    with ctx.db.transaction() as session:
        account = FacilitatorAccount(name=name, pin_hash=key.hex(), salt=salt.hex(), kdf=LEGACY_KDF)
        session.add(account)
        session.flush()
        return account.id
