"""Badge tokens: `ANT1-` + 26 Crockford base32 characters (130 random bits), upper case.

Upper-case letters, digits and `-` are all in the QR alphanumeric set, so a token's QR code
stays at version 2. The token says nothing about the person; the database keeps only its
SHA-256 (`token_hash`).

What comes back from a scanner is not always what was printed. `normalise_token` repairs:
- surrounding whitespace, CR/LF and control characters (scanner prefixes and suffixes);
- case, and Crockford's aliases (O → 0, I and L → 1; U is not a symbol and stays an error);
- keyboard-layout damage. A USB scanner types like a keyboard: it sends key positions, and the
  computer's layout decides the characters. Two mismatches happen at a Belgian or French desk:
  * the scanner speaks QWERTY, the computer is AZERTY: the digit row gives `&é"'(-è_çà`
    (French) or `&é"'(§è!çà` (Belgian), A↔Q and Z↔W swap, `m`/`M` come out as `,`/`?`,
    and `-` as `)`; `ANT1-` arrives as `QNT&)` (or `qnt1)` with Caps Lock on);
  * the scanner speaks AZERTY, the computer is QWERTY: digits come out shifted `!@#$%^&*()`,
    A↔Q and Z↔W swap, `m`/`M` come out as `;`/`:`, and `-` as `6` (French) or `=` (Belgian).
  Each way of reading is tried in turn, the literal reading first, and a reading counts only if
  it gives a syntactically valid token. The prefix settles which reading applies: a damaged
  prefix (`QNT…`) never reads as `ANT1-` literally, and an intact one never reads as `ANT1-`
  once its A is swapped; so a repair cannot turn one person's badge into another's.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass

from app.badges.errors import MalformedBadgeError

PREFIX = "ANT1-"
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U
BODY_LENGTH = 26
TOKEN_BITS = 5 * BODY_LENGTH  # 130
TOKEN_LENGTH = len(PREFIX) + BODY_LENGTH  # 31

_ALPHABET_SET = frozenset(ALPHABET)
_TOKEN_RE = re.compile(rf"{re.escape(PREFIX)}[{ALPHABET}]{{{BODY_LENGTH}}}")
# Crockford's decoding aliases (applied after upper-casing).
_ALIASES = str.maketrans({"O": "0", "I": "1", "L": "1"})
# Scanners wrap their output in CR/LF, tabs, or control codes (STX/ETX, GS): trimmed at both ends.
_EDGES_RE = re.compile(r"^[\s\x00-\x1f\x7f]+|[\s\x00-\x1f\x7f]+$")
# People may type a token in groups ("ANT1-ABCD EFGH-…"); scanners never add these.
_GROUPING = str.maketrans("", "", " -")
# Anything longer is not a token typed or scanned with a few extra characters.
_MAX_INPUT = 2 * TOKEN_LENGTH


def _swap_letters() -> dict[str, str]:
    pairs = {"A": "Q", "Q": "A", "Z": "W", "W": "Z"}
    swapped = dict(pairs)
    swapped.update({seen.lower(): meant.lower() for seen, meant in pairs.items()})
    return swapped


def _digit_row(seen: str, *, variants: dict[str, str] | None = None) -> dict[str, str]:
    row = dict(zip(seen, "1234567890", strict=True))
    row.update(variants or {})
    return row


@dataclass(frozen=True)
class _Reading:
    """One hypothesis about how the characters were produced."""

    name: str
    # Seen character → meant character, for everything but the prefix's separator.
    table: dict[int, str]
    # What the prefix's `-` looks like under this hypothesis.
    separators: str


_LITERAL = _Reading("literal", {}, "-")

# QWERTY scanner, AZERTY computer (French and Belgian digit rows; Caps Lock accents too).
_ON_AZERTY = _Reading(
    "qwerty-scanner-on-azerty",
    str.maketrans(
        {
            **_swap_letters(),
            ",": "M",
            "?": "M",
            **_digit_row("&é\"'(-è_çà"),
            # Belgian 6 and 8; upper-case accents from Caps Lock on some systems.
            **{"§": "6", "!": "8", "É": "2", "È": "7", "Ç": "9", "À": "0"},
        }
    ),
    ")",
)

# AZERTY scanner, QWERTY computer: digits are shifted keys on AZERTY, so they arrive shifted.
_ON_QWERTY = _Reading(
    "azerty-scanner-on-qwerty",
    str.maketrans({**_swap_letters(), ";": "M", ":": "M", **_digit_row("!@#$%^&*()")}),
    "6=",
)

READINGS: tuple[_Reading, ...] = (_LITERAL, _ON_AZERTY, _ON_QWERTY)


def new_token() -> str:
    """A fresh random token (130 bits from `secrets`)."""
    bits = secrets.randbits(TOKEN_BITS)
    body = "".join(
        ALPHABET[(bits >> (5 * (BODY_LENGTH - 1 - i))) & 0x1F] for i in range(BODY_LENGTH)
    )
    return PREFIX + body


def is_token(text: str) -> bool:
    """Whether `text` is a token exactly as printed (canonical form)."""
    return _TOKEN_RE.fullmatch(text) is not None


def normalise_token(raw: str) -> str:
    """The canonical token behind what a scanner or a person gave, or `MalformedBadgeError`.

    See the module's docstring for what is repaired. Never returns anything but a
    syntactically valid token; whether a badge carries it is the service's question.
    """
    text = _EDGES_RE.sub("", raw)
    if is_token(text):
        return text  # the common case: a scanner on a matching layout
    if len(text) > _MAX_INPUT:
        raise MalformedBadgeError()
    for reading in READINGS:
        token = _read(text, reading)
        if token is not None:
            return token
    raise MalformedBadgeError()


def token_hash(token: str) -> str:
    """Hex SHA-256 of the normalised token: the only trace of a token the database keeps."""
    return hashlib.sha256(normalise_token(token).encode("ascii")).hexdigest()


def _read(text: str, reading: _Reading) -> str | None:
    if len(text) <= len(PREFIX) or text[4] not in reading.separators:
        return None
    head = text[:4].translate(reading.table).upper().translate(_ALIASES)
    if head != PREFIX[:4]:
        return None
    body = text[5:].translate(reading.table).upper().translate(_GROUPING).translate(_ALIASES)
    if len(body) != BODY_LENGTH or not _ALPHABET_SET.issuperset(body):
        return None
    return PREFIX + body
