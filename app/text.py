"""Text folding for search: accent-, case- and punctuation-insensitive (pure, no Qt, no SQL).

`fold("Marie-Évangéline de La Tour d'Auvergne") == "marie evangeline de la tour d auvergne"`.
The UI, the services and the database's search columns all use these two functions, so a query
typed on the kiosk and a stored name are always compared in the same form.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters that NFKD does not decompose into a base letter plus combining marks.
_LIGATURES = str.maketrans(
    {
        "œ": "oe",
        "Œ": "oe",
        "æ": "ae",
        "Æ": "ae",
        "ß": "ss",
        "ẞ": "ss",
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "ł": "l",
        "Ł": "l",
        "ı": "i",
        "þ": "th",
        "Þ": "th",
        "ð": "d",
        "Ð": "d",
    }
)
# Anything that is not a letter or a digit separates words: hyphens, apostrophes (straight or
# curly), dots ("St. Pierre"), spaces of every kind.
_SEPARATORS = re.compile(r"[\W_]+")


def _fold_once(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold().translate(_LIGATURES)


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Lower-case form of `text` for comparisons: accents and ligatures removed, separators
    turned into single spaces, no leading or trailing space. Idempotent."""
    # Compatibility decomposition and case folding feed each other ("𝘈" → "A" → "a",
    # "İ" → "i̇" → "i"): repeat until nothing changes (twice for any real name).
    folded = _fold_once(text)
    for _ in range(3):
        again = _fold_once(folded)
        if again == folded:
            break
        folded = again
    return _SEPARATORS.sub(" ", folded).strip()


def words(text: str) -> list[str]:
    """The folded words of `text`, in order (`words("D'Hondt-Lévy") == ["d", "hondt", "levy"]`)."""
    folded = fold(text)
    return folded.split(" ") if folded else []
