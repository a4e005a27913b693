"""Badge tokens: format, randomness, and what a scanner or a person may do to them."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.badges.errors import MalformedBadgeError
from app.badges.tokens import (
    ALPHABET,
    PREFIX,
    TOKEN_BITS,
    is_token,
    new_token,
    normalise_token,
    token_hash,
)

TOKEN = "ANT1-0123456789ABCDEFGHJKMNPQRS"
TOKEN_RE = re.compile(r"ANT1-[0-9A-HJKMNP-TV-Z]{26}")

# What each character becomes when a scanner's layout and the computer's differ
# (upper-case characters are sent with Shift).
QWERTY_SCANNER_ON_FRENCH = {
    **dict(zip("1234567890", "&é\"'(-è_çà", strict=True)),
    "A": "Q", "Q": "A", "Z": "W", "W": "Z", "M": "?", "-": ")",
}  # fmt: skip
QWERTY_SCANNER_ON_BELGIAN = {
    **QWERTY_SCANNER_ON_FRENCH,
    **dict(zip("1234567890", "&é\"'(§è!çà", strict=True)),
}
AZERTY_SCANNER_ON_QWERTY = {
    **dict(zip("1234567890", "!@#$%^&*()", strict=True)),
    "A": "Q", "Q": "A", "Z": "W", "W": "Z", "M": ":", "-": "6",
}  # fmt: skip
BELGIAN_SCANNER_ON_QWERTY = {**AZERTY_SCANNER_ON_QWERTY, "-": "="}
DAMAGES = {
    "none": {},
    "qwerty-on-french": QWERTY_SCANNER_ON_FRENCH,
    "qwerty-on-belgian": QWERTY_SCANNER_ON_BELGIAN,
    "azerty-on-qwerty": AZERTY_SCANNER_ON_QWERTY,
    "belgian-on-qwerty": BELGIAN_SCANNER_ON_QWERTY,
}
LOWER_CASE_DAMAGE = {"?": ",", ":": ";"}  # Caps Lock: the M key unshifted


def damage(token: str, kind: str, *, caps_lock: bool = False) -> str:
    table = DAMAGES[kind]
    typed = "".join(table.get(char, char) for char in token)
    if caps_lock:
        typed = "".join(LOWER_CASE_DAMAGE.get(char, char.lower()) for char in typed)
    return typed


def test_a_new_token_is_the_prefix_and_26_crockford_characters() -> None:
    for _ in range(200):
        token = new_token()
        assert TOKEN_RE.fullmatch(token)
        assert is_token(token)
        assert normalise_token(token) == token
    assert TOKEN_BITS == 130
    assert len(ALPHABET) == 32


def test_tokens_carry_130_random_bits() -> None:
    tokens = {new_token() for _ in range(5000)}
    assert len(tokens) == 5000
    # Every position uses the whole alphabet, about evenly; the first carries 5 bits too.
    for position in (len(PREFIX), len(PREFIX) + 13, len(PREFIX) + 25):
        seen = [token[position] for token in tokens]
        assert set(seen) == set(ALPHABET)
        assert max(seen.count(char) for char in ALPHABET) < 5000 / 32 * 1.6


def test_the_hash_is_sha256_of_the_normalised_token() -> None:
    assert token_hash(TOKEN) == token_hash(f"  {TOKEN.lower()}\r\n")
    assert re.fullmatch(r"[0-9a-f]{64}", token_hash(TOKEN))
    assert token_hash(TOKEN) != token_hash(TOKEN[:-1] + "T")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (f"{TOKEN}\r\n", TOKEN),
        (f"\x02 {TOKEN}\t\x03", TOKEN),
        (TOKEN.lower(), TOKEN),
        ("ANT1-O123456789ABCDEFGHJKMNPQRS", TOKEN),  # O for 0
        ("ANT1-0I23456789ABCDEFGHJKMNPQRS", TOKEN),  # I for 1
        ("ant1-0l23456789abcdefghjkmnpqrs", TOKEN),  # l for 1
        ("ANTI-0123456789ABCDEFGHJKMNPQRS", TOKEN),  # even in the prefix
        ("ANT1-01234 56789-ABCDE FGHJK-MNPQRS", TOKEN),  # typed in groups
    ],
)
def test_what_people_and_scanners_do_to_a_token_is_repaired(raw: str, expected: str) -> None:
    assert normalise_token(raw) == expected


@pytest.mark.parametrize("kind", [kind for kind in DAMAGES if kind != "none"])
@pytest.mark.parametrize("caps_lock", [False, True])
def test_keyboard_layout_damage_is_repaired(kind: str, caps_lock: bool) -> None:
    damaged = damage(TOKEN, kind, caps_lock=caps_lock)
    assert damaged != TOKEN
    assert normalise_token(damaged) == TOKEN


def test_the_digit_rows_of_the_issue_are_read_as_digits() -> None:
    body = "ABCDEFGHJKMNPQRS"
    assert normalise_token("QNT&)&é\"'(§è!çà" + damage(body, "qwerty-on-belgian")) == (
        "ANT1-1234567890" + body
    )
    assert normalise_token("QNT&)&é\"'(-è_çà" + damage(body, "qwerty-on-french")) == (
        "ANT1-1234567890" + body
    )


@pytest.mark.parametrize(
    "prefix", ["QNT&)", "qnt&)", "qnt1)", "QNT1)", "QNT!6", "qnt!=", "QNT1=", "ANT1-"]
)
def test_a_damaged_prefix_is_recognised(prefix: str) -> None:
    body = "0123456789BCDEFGHJKNPRSTVXY0"[:26]  # no swapped letters: reads the same every way
    assert normalise_token(prefix + body) == "ANT1-" + body


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "   ",
        "ANT1-",
        TOKEN[:-1],  # truncated
        TOKEN + "0",  # one too many
        TOKEN[:-1] + "U",  # U is not a Crockford symbol
        "ANT2-0123456789ABCDEFGHJKMNPQRS",
        "BNT1-0123456789ABCDEFGHJKMNPQRS",
        "0123456789ABCDEFGHJKMNPQRS",  # no prefix
        "https://example.org/ANT1-0123456789ABCDEFGHJKMNPQRS",
        "ANT1-0123456789ABCDEFGHJKMNPQR€",
        "ANT1-" + "0" * 5000,
    ],
)
def test_anything_else_is_malformed(raw: str) -> None:
    with pytest.raises(MalformedBadgeError) as refused:
        normalise_token(raw)
    assert refused.value.message.context == "Badges"
    assert refused.value.message.untranslated()


def test_the_literal_reading_wins() -> None:
    # Q, W, Z and A are real symbols: an intact token must never be "repaired".
    token = "ANT1-" + ("QWZAM6" * 5)[:26]
    assert normalise_token(token) == token
    assert normalise_token(token.lower()) == token


tokens = st.builds(
    lambda bits: PREFIX + "".join(ALPHABET[(bits >> (5 * (25 - i))) & 31] for i in range(26)),
    st.integers(min_value=0, max_value=2**130 - 1),
)


@settings(max_examples=400, deadline=None)
@given(
    token=tokens,
    kind=st.sampled_from(sorted(DAMAGES)),
    caps_lock=st.booleans(),
    before=st.sampled_from(["", " ", "\t", "\x02", "\r\n"]),
    after=st.sampled_from(["", "\r", "\n", "\r\n", " \x03"]),
    aliases=st.booleans(),
)
def test_any_damage_is_undone(
    token: str, kind: str, *, caps_lock: bool, before: str, after: str, aliases: bool
) -> None:
    typed = token
    if aliases:
        body = typed[5:].replace("0", "O").replace("1", random.Random(token).choice("IL"))
        typed = typed[:5] + body
    assert normalise_token(before + damage(typed, kind, caps_lock=caps_lock) + after) == token


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=80))
def test_junk_never_crashes_and_yields_only_valid_tokens(raw: str) -> None:
    try:
        token = normalise_token(raw)
    except MalformedBadgeError:
        return
    assert is_token(token)


@settings(max_examples=300, deadline=None)
@given(token=tokens, position=st.integers(min_value=5, max_value=30), char=st.characters())
def test_one_changed_character_never_repairs_to_the_same_token(
    token: str, position: int, char: str
) -> None:
    changed = token[:position] + char + token[position + 1 :]
    try:
        repaired = normalise_token(changed)
    except MalformedBadgeError:
        return
    # Only aliases (O/0, I/L/1) and case may come back to the original token.
    if repaired == token:
        assert char.upper() in {token[position], "O", "I", "L"}
