"""The cost of one facilitator PIN hash (docs/architecture.md, "Facilitator mode": argon2id at
about 0.3–0.5 s a hash, so a stolen hash of a 6-digit PIN holds for days of a core).

`pin_hash_argon2id` is the median wall time of hashing a PIN at the kiosk's `PIN_COST` (what a
new account, a renewed hash and each account of a login check cost: checking recomputes the
same hash), with the parameters beside it; `pin_hash_legacy_scrypt` the same for the scrypt
hashes of accounts created before (n=2¹⁴), with the ratio: how much more each guess costs now.
Run it on the kiosk's own hardware before changing `PIN_COST`.
"""

from __future__ import annotations

import hashlib
import os
import statistics
import time

from _common import emit

from db.models.facilitators import PIN_COST, hash_pin

ROUNDS = 7


def main() -> None:
    hash_pin("135792")  # the first call loads the library
    argon2_s = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        hash_pin("246813")
        argon2_s.append(time.perf_counter() - started)
    scrypt_s = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        hashlib.scrypt(b"2468", salt=os.urandom(16), n=2**14, r=8, p=1, dklen=32)
        scrypt_s.append(time.perf_counter() - started)
    argon2 = statistics.median(argon2_s)
    emit(
        "pin_hash_argon2id",
        argon2 * 1000,
        "ms",
        time_cost=PIN_COST.time_cost,
        memory_kib=PIN_COST.memory_kib,
        parallelism=PIN_COST.parallelism,
        target="300-500 ms",
        six_digits_one_core_days=round(argon2 * 10**6 / 86400, 1),
    )
    scrypt = statistics.median(scrypt_s)
    emit("pin_hash_legacy_scrypt", scrypt * 1000, "ms", ratio=round(argon2 / scrypt, 1))


if __name__ == "__main__":
    main()
