"""The camera path without a camera: frames (QImages of rendered QR codes) in, scans out."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import qrcode
from PIL.ImageQt import ImageQt
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from tests.ui.conftest import OFFSCREEN_NOISE, Kiosk
from ui.camera import CAMERA_NOTICE, FrameDecoder, decode_grey, grey_bytes
from ui.i18n import translate_message

TOKEN = "ANT1-0123456789ABCDEFGHJKMNPQRS"


def frame_with_qr(text: str, *, size: int = 640) -> QImage:
    """A camera-like frame: a QR code on a grey background, in a colour format."""
    code = qrcode.make(text, border=4, box_size=8).get_image().convert("RGB")
    qr = QImage(ImageQt(code))
    frame = QImage(size, size * 3 // 4, QImage.Format.Format_RGB32)
    frame.fill(QColor("#8a8a80"))
    painter = QPainter(frame)
    painter.drawImage(40, 30, qr)
    painter.end()
    return frame


def test_a_frame_is_decoded_off_the_gui_thread_into_a_scan(qtbot: QtBot) -> None:
    decoder = FrameDecoder()
    with qtbot.wait_signal(decoder.sig_scanned, timeout=5000) as blocker:
        assert decoder.offer(frame_with_qr(TOKEN))
    assert blocker.args == [TOKEN]
    decoder.wait_for_done()


def test_frames_are_dropped_while_one_is_decoded_and_at_most_five_a_second(
    qtbot: QtBot,
) -> None:
    decoder = FrameDecoder()
    frame = frame_with_qr(TOKEN)
    assert decoder.offer(frame)
    assert not decoder.offer(frame)  # busy
    qtbot.waitUntil(lambda: not decoder.busy)
    assert not decoder.offer(frame)  # too soon after the last one
    assert decoder.dropped == 2
    decoder.wait_for_done()


def test_the_same_badge_held_in_front_of_the_lens_scans_once(qtbot: QtBot) -> None:
    decoder = FrameDecoder()
    scans: list[str] = []
    decoder.sig_scanned.connect(scans.append)
    frame = frame_with_qr(TOKEN)
    for _ in range(3):
        qtbot.waitUntil(decoder.ready, timeout=2000)
        decoder.offer(frame)
        qtbot.waitUntil(lambda: not decoder.busy)
    assert scans == [TOKEN]
    decoder.wait_for_done()


def test_a_frame_without_a_code_says_nothing(qtbot: QtBot) -> None:
    blank = QImage(320, 240, QImage.Format.Format_RGB32)
    blank.fill(QColor("#ffffff"))
    data, width, height = grey_bytes(blank)
    assert (width, height, len(data)) == (320, 240, 320 * 240)
    assert decode_grey(data, width, height) == []


def test_odd_widths_are_packed_row_by_row() -> None:
    frame = frame_with_qr(TOKEN, size=641)  # rows padded to 4 bytes in Grayscale8
    data, width, height = grey_bytes(frame)
    assert len(data) == width * height
    assert decode_grey(data, width, height) == [TOKEN]


# QtMultimedia looks for PipeWire and VA-API at load time; this machine has neither.
@pytest.mark.qt_log_ignore(r"Couldn't (load|resolve) .*", OFFSCREEN_NOISE)
def test_a_camera_that_is_not_there_is_a_notice_for_facilitators_not_a_crash(
    qtbot: QtBot, make_kiosk: Callable[..., Kiosk]
) -> None:
    shell, window = make_kiosk(camera_scanner=True)
    qtbot.waitUntil(lambda: window.camera is not None)
    assert window.camera is not None
    assert not window.camera.running
    assert CAMERA_NOTICE in shell.notices
    assert "USB" in translate_message(CAMERA_NOTICE)
