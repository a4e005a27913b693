"""The QR symbol of a token: what `qrcode` itself would make, at version 2 level M."""

from __future__ import annotations

import qrcode
from qrcode.constants import ERROR_CORRECT_M, ERROR_CORRECT_Q
from qrcode.util import MODE_ALPHA_NUM, QRData

from app.badges.qr import SIZE, qr_matrix
from app.badges.tokens import new_token
from app.pdf_kit import qr_rectangles


def reference(token: str, level: int = ERROR_CORRECT_M) -> qrcode.QRCode:
    code = qrcode.QRCode(error_correction=level, border=0)
    code.add_data(QRData(token, mode=MODE_ALPHA_NUM))
    code.make(fit=True)
    return code


def test_a_token_fits_version_2_at_level_m_but_not_q() -> None:
    token = new_token()
    assert reference(token).version == 2
    assert reference(token, ERROR_CORRECT_Q).version == 3


def test_the_matrix_and_its_mask_are_what_qrcode_chooses() -> None:
    for _ in range(300):
        token = new_token()
        expected = [[bool(module) for module in row] for row in reference(token).get_matrix()]
        assert qr_matrix(token) == expected


def test_rectangles_cover_exactly_the_dark_modules() -> None:
    for _ in range(50):
        matrix = qr_matrix(new_token())
        painted = [[0] * SIZE for _ in range(SIZE)]
        rectangles = qr_rectangles(matrix)
        for col, row, width, height in rectangles:
            for r in range(row, row + height):
                for c in range(col, col + width):
                    painted[r][c] += 1
        assert painted == [[int(dark) for dark in row] for row in matrix]
        runs = sum(
            1 for row in matrix for a, b in zip([False, *row], row, strict=False) if b and not a
        )
        assert len(rectangles) <= runs
