"""What a person's name, e-mail address and phone number may look like: the rules the kiosk's
registration (`app.onboarding.service`) and the hub's member import (`hub.service.members`)
share, so that a row the hub writes is one a kiosk would have accepted (pure, no Qt, no SQL).
"""

from __future__ import annotations

import re
import unicodedata

# The widths of the `person` columns (`db.models.people.Person`).
NAME_MAX = 120
EMAIL_MAX = 254
PHONE_MAX = 40
# Besides letters (any script) and combining marks: what names are written with.
_NAME_PUNCTUATION = frozenset(" -'’.")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_PHONE = re.compile(r"^\+?[0-9 ().\-/]+$")
# Fewer digits than this is no phone number anyone can call.
_PHONE_DIGITS_MIN = 6


def normal_name(value: str) -> str:
    """A name as stored: NFC, spaces collapsed (check it with `is_name`)."""
    return " ".join(unicodedata.normalize("NFC", value).split())


def is_name(text: str) -> bool:
    """Letters (one at least), combining marks, spaces, hyphens, apostrophes and dots only."""
    return any(unicodedata.category(char)[0] == "L" for char in text) and all(
        unicodedata.category(char)[0] in "LM" or char in _NAME_PUNCTUATION for char in text
    )


def is_email(text: str) -> bool:
    """An address with an @ and a domain, at most `EMAIL_MAX` characters, nothing unprintable."""
    return len(text) <= EMAIL_MAX and text.isprintable() and _EMAIL.match(text) is not None


def normal_phone(value: str) -> str:
    return " ".join(value.split())


def is_phone(text: str) -> bool:
    """Digits (six at least), spaces, + ( ) . - / only, at most `PHONE_MAX` characters."""
    digits = sum(char.isdigit() for char in text)
    return len(text) <= PHONE_MAX and _PHONE.match(text) is not None and digits >= _PHONE_DIGITS_MIN
