"""The QR matrix of a badge token: version 2 (25 × 25), error correction M, alphanumeric mode.

The `qrcode` package encodes the data; choosing the mask is what costs: it builds and scores
all eight masked symbols in pure Python (≈ 2 ms, most of a badge's time). Here `qrcode` builds
the symbol once, with mask 0, and the eight candidates are scored on whole symbols packed into
Python integers (one bit per module, a row per 35 bits), a few dozen integer operations per
rule. The scoring is `qrcode`'s own (`qrcode.util.lost_point`, the four ISO/IEC 18004 penalty
rules, on the symbol with its format information left light as `qrcode` scores it), so the
chosen mask and the matrix are exactly what `qrcode.QRCode.make()` gives; a test checks it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from qrcode.util import MODE_ALPHA_NUM, QRData, mask_func

VERSION = 2
SIZE = 17 + 4 * VERSION  # 25 modules
MASKS = 8
# Bits per packed row: the 25 modules and 10 zeros, so that no 11-module window (the longest
# a penalty rule looks at) reaches from one row into the next.
_STRIDE = SIZE + 10
_FINDER_LIKE = ((1, 0, 1, 1, 1, 0, 1, 0, 0, 0, 0), (0, 0, 0, 0, 1, 0, 1, 1, 1, 0, 1))


def _is_function_module(row: int, col: int) -> bool:
    """Finder patterns with separators and format areas, timing lines, the alignment pattern."""
    last = SIZE - 1
    return (
        (row <= 8 and col <= 8)
        or (row <= 8 and col >= last - 7)
        or (row >= last - 7 and col <= 8)
        or row == 6
        or col == 6
        or (abs(row - 18) <= 2 and abs(col - 18) <= 2)
    )


def _pack(matrix: Sequence[Sequence[object]]) -> tuple[int, int]:
    """The matrix as (rows packed, columns packed): module (r, c) is bit r·stride + c of the
    first and bit c·stride + r of the second."""
    by_rows = by_cols = 0
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            if dark:
                by_rows |= 1 << (r * _STRIDE + c)
                by_cols |= 1 << (c * _STRIDE + r)
    return by_rows, by_cols


def _unpack(by_rows: int) -> list[list[bool]]:
    return [[bool(by_rows >> (r * _STRIDE + c) & 1) for c in range(SIZE)] for r in range(SIZE)]


@dataclass(frozen=True)
class _Tables:
    # Modules that are neither function patterns nor format information (rows, columns).
    data: tuple[int, int]
    # Function patterns as `qrcode` scores them (format information and the dark module light).
    scored_fixed: tuple[int, int]
    # Function patterns and format information of the finished symbol, per mask (rows only).
    final_fixed: tuple[int, ...]
    # Each mask's pattern over the data modules (rows, columns).
    masks: tuple[tuple[int, int], ...]
    # Every module of the symbol (rows, columns): the light ones are `valid & ~dark`.
    valid: tuple[int, int]


def _code(token: str, mask: int) -> qrcode.QRCode:
    code = qrcode.QRCode(
        version=VERSION, error_correction=ERROR_CORRECT_M, border=0, mask_pattern=mask
    )
    code.add_data(QRData(token, mode=MODE_ALPHA_NUM))
    return code


@cache
def _tables() -> _Tables:
    data_matrix = [[not _is_function_module(r, c) for c in range(SIZE)] for r in range(SIZE)]
    data = _pack(data_matrix)
    sample = "ANT1-" + "0" * 26
    code = _code(sample, 0)
    code.makeImpl(True, 0)
    fixed_rows, fixed_cols = _pack(code.modules)
    scored_fixed = (fixed_rows & ~data[0], fixed_cols & ~data[1])
    final_fixed = []
    masks = []
    for mask in range(MASKS):
        code.makeImpl(False, mask)
        final_fixed.append(_pack(code.modules)[0] & ~data[0])
        pattern = mask_func(mask)
        packed = _pack([[pattern(r, c) for c in range(SIZE)] for r in range(SIZE)])
        masks.append((packed[0] & data[0], packed[1] & data[1]))
    valid = _pack([[True] * SIZE for _ in range(SIZE)])
    return _Tables(data, scored_fixed, tuple(final_fixed), tuple(masks), valid)


def _runs_penalty(dark: int, light: int) -> int:
    """Rule 1: each run of five or more same-coloured modules in a line scores length − 2."""
    total = 0
    for bits in (dark, light):
        fives = bits & bits >> 1 & bits >> 2 & bits >> 3 & bits >> 4
        # A run of length L has L − 4 five-windows, one of which starts it.
        total += fives.bit_count() + 2 * (fives & ~(fives << 1)).bit_count()
    return total


def _blocks_penalty(dark: int, light: int) -> int:
    """Rule 2: each 2 × 2 block of one colour scores 3."""
    return 3 * sum(
        (bits & bits >> 1 & bits >> _STRIDE & bits >> (_STRIDE + 1)).bit_count()
        for bits in (dark, light)
    )


def _finder_penalty(dark: int, light: int) -> int:
    """Rule 3: each 1:1:3:1:1 finder-like pattern with four light modules beside it scores 40."""
    count = 0
    for pattern in _FINDER_LIKE:
        found = -1
        for offset, wanted in enumerate(pattern):
            found &= (dark if wanted else light) >> offset
        count += found.bit_count()
    return 40 * count


def _penalty(rows: int, cols: int, valid: tuple[int, int]) -> int:
    light_rows, light_cols = valid[0] & ~rows, valid[1] & ~cols
    score = _runs_penalty(rows, light_rows) + _runs_penalty(cols, light_cols)
    score += _blocks_penalty(rows, light_rows)
    score += _finder_penalty(rows, light_rows) + _finder_penalty(cols, light_cols)
    # Rule 4, as `qrcode` computes it: 10 per 5 % of dark modules away from one half.
    percent = float(rows.bit_count()) / (SIZE**2)
    return score + int(abs(percent * 100 - 50) / 5) * 10


def qr_matrix(token: str) -> list[list[bool]]:
    """Dark (True) and light modules of the token's symbol, row 0 at the top, no quiet zone.

    The token must fit version 2 at level M (31 alphanumeric characters do).
    """
    tables = _tables()
    code = _code(token, 0)
    code.make(fit=False)
    rows0, cols0 = _pack(code.get_matrix())
    # The data modules as they are before masking.
    data_rows = (rows0 & tables.data[0]) ^ tables.masks[0][0]
    data_cols = (cols0 & tables.data[1]) ^ tables.masks[0][1]
    best_mask, best_score = 0, -1
    for mask in range(MASKS):
        rows = tables.scored_fixed[0] | (data_rows ^ tables.masks[mask][0])
        cols = tables.scored_fixed[1] | (data_cols ^ tables.masks[mask][1])
        score = _penalty(rows, cols, tables.valid)
        if best_score < 0 or score < best_score:
            best_mask, best_score = mask, score
    return _unpack(tables.final_fixed[best_mask] | (data_rows ^ tables.masks[best_mask][0]))
