"""Pictures of participatory-budget projects: whatever a facilitator brings (a phone photo, a
PNG from a USB stick) becomes one small, plain JPEG before it is stored.

Small so that the booth draws it at once, the phone page fetches it quickly on a crowded Wi-Fi
and the sync carries it cheaply; plain so that nothing of the original file travels on (EXIF
with its GPS position and camera serial, colour profiles, animation frames, scripts).
"""

from __future__ import annotations

import io
from pathlib import Path

from app.errors import QT_TRANSLATE_NOOP, InvalidInputError, Message

# What a facilitator may bring: a photo straight from a phone is a few megabytes.
MAX_FILE_BYTES = 12 * 1024 * 1024
# Larger images are refused before decoding (a "decompression bomb" is a small file).
MAX_PIXELS = 50_000_000
# What is stored: the long side, and the JPEG quality tried first.
LONG_SIDE = 640
QUALITY = 80
# A stored picture never passes this (quality is lowered until it fits).
MAX_STORED_BYTES = 120 * 1024
SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".gif", ".bmp")
FORMATS = {"JPEG", "PNG", "WEBP", "GIF", "BMP", "MPO"}


class PictureError(InvalidInputError):
    """The file cannot become a project's picture; nothing was stored."""


def _refuse(source: str, **params: object) -> PictureError:
    return PictureError(Message("Voting", source, dict(params)))


NOT_A_PICTURE = QT_TRANSLATE_NOOP(
    "Voting", "This file is not a picture the kiosk can show (JPEG, PNG, WebP, GIF or BMP)."
)
TOO_LARGE = QT_TRANSLATE_NOOP(
    "Voting", "This picture is too large ({size} MB): at most {limit} MB, please."
)
TOO_MANY_PIXELS = QT_TRANSLATE_NOOP(
    "Voting", "This picture is too large ({width} × {height} pixels): please make it smaller."
)


def normalise(data: bytes) -> bytes:
    """A JPEG of at most `LONG_SIDE` pixels on its long side and `MAX_STORED_BYTES` bytes,
    upright (EXIF orientation applied), RGB, with no metadata. `PictureError` otherwise."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    if len(data) > MAX_FILE_BYTES:
        raise _refuse(
            TOO_LARGE,
            size=f"{len(data) / 1024 / 1024:.1f}",
            limit=MAX_FILE_BYTES // 1024 // 1024,
        )
    if not data:
        raise _refuse(NOT_A_PICTURE)
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format not in FORMATS:
                raise _refuse(NOT_A_PICTURE)
            width, height = image.size
            if width * height > MAX_PIXELS or width < 1 or height < 1:
                raise _refuse(TOO_MANY_PIXELS, width=width, height=height)
            image.seek(0)  # the first frame of an animation
            upright = ImageOps.exif_transpose(image)
            upright.draft("RGB", (LONG_SIDE, LONG_SIDE))
            if upright.mode in ("RGBA", "LA", "P", "PA"):
                rgba = upright.convert("RGBA")
                flat = Image.new("RGB", rgba.size, (255, 255, 255))
                flat.paste(rgba, mask=rgba.getchannel("A"))
                upright = flat
            else:
                upright = upright.convert("RGB")
            upright.thumbnail((LONG_SIDE, LONG_SIDE), Image.Resampling.LANCZOS)
            quality = QUALITY
            while True:
                out = io.BytesIO()
                upright.save(out, "JPEG", quality=quality, optimize=True, progressive=True)
                if out.tell() <= MAX_STORED_BYTES or quality <= 40:
                    return out.getvalue()
                quality -= 10
    except PictureError:
        raise
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as error:
        raise _refuse(NOT_A_PICTURE) from error


def read_raw(path: Path) -> bytes:
    """A picture file's bytes as they are, refused before reading when too large."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _refuse(
                TOO_LARGE, size=f"{size / 1024 / 1024:.1f}", limit=MAX_FILE_BYTES // 1024 // 1024
            )
        return path.read_bytes()
    except OSError as error:
        raise PictureError(
            Message(
                "Voting",
                QT_TRANSLATE_NOOP("Voting", "Cannot read the picture {path}: {reason}."),
                {"path": str(path), "reason": error.strerror or str(error)},
            )
        ) from error


def removable_roots() -> list[Path]:
    """Where a facilitator's pictures may be: the kiosk user's Pictures folder and every USB
    stick or card mounted the usual Linux ways (`/media/<user>/<label>`, `/run/media/...`)."""
    from platformdirs import user_pictures_dir

    roots: list[Path] = []
    for base in (Path("/media"), Path("/run/media")):
        try:
            for user in sorted(base.iterdir()):
                if user.is_dir():
                    roots.extend(sorted(p for p in user.iterdir() if p.is_dir()))
        except OSError:
            continue
    pictures = Path(user_pictures_dir())
    if pictures.is_dir():
        roots.append(pictures)
    return roots


def find_pictures(roots: list[Path], *, limit: int = 200, depth: int = 2) -> list[Path]:
    """Picture files under `roots` (a few folders deep, hidden ones skipped), newest first."""
    found: list[tuple[float, Path]] = []

    def walk(folder: Path, level: int) -> None:
        try:
            entries = list(folder.iterdir())
        except OSError:
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir():
                    if level < depth:
                        walk(entry, level + 1)
                elif entry.suffix.lower() in SUFFIXES:
                    found.append((entry.stat().st_mtime, entry))
            except OSError:
                continue

    for root in roots:
        walk(root, 0)
    found.sort(key=lambda item: (-item[0], str(item[1])))
    return [path for _mtime, path in found[:limit]]


def thumbnail(data: bytes, side: int) -> bytes:
    """A stored picture made smaller still (the phone page's pictures), as JPEG."""
    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        small = image.convert("RGB")
        small.thumbnail((side, side), Image.Resampling.LANCZOS)
        out = io.BytesIO()
        small.save(out, "JPEG", quality=75, optimize=True)
        return out.getvalue()
