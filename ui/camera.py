"""Reading badges with a camera (`camera_scanner = true`): QtMultimedia frames, zxing-cpp decodes;
and one still picture of a document (`StillCamera`, a member's agenda item).

QtMultimedia lives in the PySide6-Addons wheel (the `kiosk` extra) and costs start-up time, so it
is imported only when the camera is enabled, and its absence is reported, never fatal.

Frames arrive on the GUI thread ~30 times a second. Decoding one takes tens of milliseconds, so
`FrameDecoder` takes a frame only when no decode is running and the last one started at least
`MIN_INTERVAL_MS` ago (at most ~5 decodes a second), converts it to an 8-bit grey copy (cheap,
and the frame's own memory is the camera's), and decodes the copy on its own worker thread: the
task runner's single thread is kept for services, and a decode must never wait behind them.
The same code seen in the following frames is reported once (`REPEAT_MS`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QElapsedTimer,
    QIODevice,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
    SignalInstance,
    Slot,
)
from PySide6.QtGui import QImage, QImageWriter

from app import log
from app.errors import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QVideoFrame

MIN_INTERVAL_MS = 200
"""At most one decode started per this many milliseconds (≈ 5 a second)."""

REPEAT_MS = 3000
"""The same text decoded again within this time is the same badge still in front of the lens."""


def decode_grey(data: bytes, width: int, height: int) -> list[str]:
    """Texts of the QR codes in an 8-bit grey image (`width` × `height`, rows packed)."""
    import zxingcpp

    view = memoryview(data).cast("B", (height, width))
    formats = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
    results = zxingcpp.read_barcodes(view, formats=formats)
    return [result.text for result in results if result.valid and result.text]


def grey_bytes(image: QImage) -> tuple[bytes, int, int]:
    """`image` as packed 8-bit grey rows (a copy the worker owns)."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = grey.width(), grey.height(), grey.bytesPerLine()
    raw = bytes(grey.constBits())
    if stride != width:
        raw = b"".join(raw[row * stride : row * stride + width] for row in range(height))
    return raw[: width * height], width, height


Decode = Callable[[bytes, int, int], list[str]]
"""Grey bytes, width, height → the texts of the codes found."""


class _Decode(QRunnable):
    def __init__(
        self, data: bytes, width: int, height: int, done: SignalInstance, decode: Decode
    ) -> None:
        super().__init__()
        self._args = (data, width, height)
        self._done = done
        self._decode = decode

    def run(self) -> None:
        try:
            texts = self._decode(*self._args)
        except Exception:  # a decoder crash must not stop the camera
            log.ui.exception("decoding a camera frame failed")
            texts = []
        self._done.emit(texts)


class FrameDecoder(QObject):
    """Takes frames (as `QImage`) and reports the QR codes seen in them, a few times a second."""

    sig_scanned = Signal(str)
    """A QR code was read (its text, raw): the same signal as the wedge scanner's."""

    _sig_decoded = Signal(object)

    def __init__(self, parent: QObject | None = None, *, decode: Decode = decode_grey) -> None:
        super().__init__(parent)
        self._decode = decode
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._busy = False
        self._clock = QElapsedTimer()
        self._clock.start()
        self._last_start: int | None = None
        self._last_text = ""
        self._last_text_ms = 0
        self.dropped = 0
        self.decoded = 0
        self._sig_decoded.connect(self._finished, Qt.ConnectionType.QueuedConnection)

    @property
    def busy(self) -> bool:
        return self._busy

    def ready(self) -> bool:
        """Whether a frame offered now would be decoded (check before converting a frame)."""
        if self._busy:
            return False
        return self._last_start is None or self._clock.elapsed() - self._last_start >= (
            MIN_INTERVAL_MS
        )

    def offer(self, image: QImage) -> bool:
        """Decode `image` if the decoder is free; otherwise drop it. True when taken."""
        if not self.ready() or image.isNull():
            self.dropped += 1
            return False
        data, width, height = grey_bytes(image)
        self._busy = True
        self._last_start = self._clock.elapsed()
        self._pool.start(_Decode(data, width, height, self._sig_decoded, self._decode))
        return True

    def wait_for_done(self) -> None:
        self._pool.waitForDone()

    @Slot(object)
    def _finished(self, texts: list[str]) -> None:
        self._busy = False
        self.decoded += 1
        now = self._clock.elapsed()
        for text in texts:
            if text == self._last_text and now - self._last_text_ms < REPEAT_MS:
                self._last_text_ms = now
                continue
            self._last_text, self._last_text_ms = text, now
            self.sig_scanned.emit(text)


def multimedia_available() -> bool:
    try:
        import PySide6.QtMultimedia  # noqa: F401
    except ImportError:
        return False
    return True


class CameraScanner(QObject):
    """The default camera, its frames handed to a `FrameDecoder`."""

    sig_scanned = Signal(str)
    """A QR code was read through the camera (raw text)."""

    sig_unavailable = Signal()
    """No camera can be used (QtMultimedia missing, no camera, camera error): see `problem`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.decoder = FrameDecoder(self)
        self.decoder.sig_scanned.connect(self.sig_scanned)
        self.problem = ""
        """Why the camera does not work (English, for the log; screens show their own text)."""
        self._camera: Any = None
        self._session: Any = None
        self._sink: Any = None

    @property
    def running(self) -> bool:
        return self._camera is not None and bool(self._camera.isActive())

    def start(self) -> bool:
        """Open the default camera. False (and `sig_unavailable`) when there is none."""
        try:
            from PySide6.QtMultimedia import (
                QCamera,
                QMediaCaptureSession,
                QMediaDevices,
                QVideoSink,
            )
        except ImportError:
            return self._fail("QtMultimedia is not installed (PySide6-Addons, the kiosk extra)")
        device = QMediaDevices.defaultVideoInput()
        if device.isNull():
            return self._fail("no camera found")
        self._camera = QCamera(device, self)
        self._session = QMediaCaptureSession(self)
        self._sink = QVideoSink(self)
        self._session.setCamera(self._camera)
        self._session.setVideoSink(self._sink)
        self._sink.videoFrameChanged.connect(self._frame)
        self._camera.errorOccurred.connect(self._camera_error)
        self._camera.start()
        log.ui.info("camera scanner on %s", device.description())
        return True

    def stop(self) -> None:
        if self._camera is not None:
            self._camera.stop()
        self.decoder.wait_for_done()

    def _frame(self, frame: QVideoFrame) -> None:
        # Converting a frame costs a few ms: only for the frames the decoder will take.
        if self.decoder.ready() and frame.isValid():
            self.decoder.offer(frame.toImage())

    def _camera_error(self, _error: object, text: str) -> None:
        self._fail(f"camera error: {text}")

    def _fail(self, problem: str) -> bool:
        self.problem = problem
        log.ui.warning("Camera scanner unavailable: %s", problem)
        self.sig_unavailable.emit()
        return False


def camera_present() -> bool:
    """Whether a still picture can be taken: QtMultimedia installed and a camera plugged in."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError:
        return False
    return not QMediaDevices.defaultVideoInput().isNull()


class StillCamera(QObject):
    """The default camera, for one still picture at a time (QtMultimedia's `QImageCapture`).

    `take()` opens the camera if it is closed and captures as soon as it is ready; the picture
    arrives as a `QImage` on `deliver`, which hands it on as JPEG bytes (`sig_taken`), the form
    the services keep pictures in (`app.voting.pictures.normalise` makes them small). Tests
    and a kiosk without a camera hand `deliver` an image of their own. The camera is closed
    again after each picture: the badge scanner's camera may want the lens.
    """

    sig_taken = Signal(bytes)
    """A picture was taken (JPEG bytes)."""

    sig_unavailable = Signal()
    """No picture can be taken (no QtMultimedia, no camera, a camera error): see `problem`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.problem = ""
        """Why no picture was taken (English, for the log; screens show their own text)."""
        self._camera: Any = None
        self._session: Any = None
        self._capture: Any = None

    def take(self) -> bool:
        """Take a picture (it arrives on `sig_taken`). False (and `sig_unavailable`) when the
        kiosk has no camera."""
        try:
            from PySide6.QtMultimedia import (
                QCamera,
                QImageCapture,
                QMediaCaptureSession,
                QMediaDevices,
            )
        except ImportError:
            return self._fail("QtMultimedia is not installed (PySide6-Addons, the kiosk extra)")
        if self._camera is None:
            device = QMediaDevices.defaultVideoInput()
            if device.isNull():
                return self._fail("no camera found")
            self._camera = QCamera(device, self)
            self._session = QMediaCaptureSession(self)
            self._capture = QImageCapture(self)
            self._session.setCamera(self._camera)
            self._session.setImageCapture(self._capture)
            self._capture.imageCaptured.connect(lambda _id, image: self.deliver(image))
            self._capture.errorOccurred.connect(
                lambda _id, _error, text: self._fail(f"capture error: {text}")
            )
            self._camera.errorOccurred.connect(
                lambda _error, text: self._fail(f"camera error: {text}")
            )
            self._capture.readyForCaptureChanged.connect(self._ready)
        if self._capture.isReadyForCapture():
            self._capture.capture()
        else:
            self._camera.start()  # captures once ready (`_ready`)
        return True

    def deliver(self, image: QImage) -> None:
        """A picture arrived (from the camera, or handed over by a test): JPEG bytes out."""
        if self._camera is not None:
            self._camera.stop()
        if image.isNull():
            self._fail("the picture taken is empty")
            return
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QImageWriter(buffer, QByteArray(b"JPEG"))
        writer.setQuality(90)
        writer.write(image)
        self.sig_taken.emit(bytes(buffer.data().data()))

    def stop(self) -> None:
        if self._camera is not None:
            self._camera.stop()

    def _ready(self, ready: bool) -> None:
        if ready and self._camera is not None and self._camera.isActive():
            self._capture.capture()

    def _fail(self, problem: str) -> bool:
        self.problem = problem
        log.ui.warning("No picture taken: %s", problem)
        if self._camera is not None:
            self._camera.stop()
        self.sig_unavailable.emit()
        return False


CAMERA_NOTICE = Message(
    "Camera",
    QT_TRANSLATE_NOOP(
        "Camera",
        "The camera badge reader is switched on in the configuration but does not work "
        "(no camera, or the kiosk's multimedia package is missing). USB scanners still work.",
    ),
)
"""What a facilitator is told when the configured camera scanner does not work."""
