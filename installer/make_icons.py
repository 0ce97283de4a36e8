"""Render the program's icon from `resources/icons/g4b-desktop.svg`: PNG sizes and a Windows .ico.

Run after changing the SVG (the outputs are committed, the build does not render them):
    QT_QPA_PLATFORM=offscreen .venv/bin/python installer/make_icons.py
The .ico holds 32-bit BMP images up to 64 px (every Windows reads them) and a PNG image at 256 px.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "g4b-desktop.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def bmp_entry(image: QImage) -> bytes:
    """A 32-bit DIB as .ico stores it: header with doubled height, bottom-up BGRA rows, AND mask."""
    size = image.width()
    argb = image.convertToFormat(QImage.Format.Format_ARGB32)
    rows = [bytes(argb.constBits())[y * argb.bytesPerLine(): y * argb.bytesPerLine() + size * 4]
            for y in range(size)]
    if sys.byteorder != "little":  # Format_ARGB32 is 0xAARRGGBB words; DIB wants B, G, R, A bytes
        rows = [b"".join(row[i:i + 4][::-1] for i in range(0, len(row), 4)) for row in rows]
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, size * size * 4, 0, 0, 0, 0)
    mask_row = b"\0" * (((size + 31) // 32) * 4)
    return header + b"".join(reversed(rows)) + mask_row * size


def ico_bytes(images: dict[int, QImage]) -> bytes:
    entries = [(size, png_bytes(image) if size >= 256 else bmp_entry(image)) for size, image in images.items()]
    offset = 6 + 16 * len(entries)
    directory, blobs = [], []
    for size, blob in entries:
        side = 0 if size >= 256 else size  # 0 means 256 in an icon directory
        directory.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset))
        blobs.append(blob)
        offset += len(blob)
    return struct.pack("<HHH", 0, 1, len(entries)) + b"".join(directory) + b"".join(blobs)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (QPainter needs it)
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"{SVG}: not a valid SVG file", file=sys.stderr)
        return 1
    images = {size: render(renderer, size) for size in sorted(set(PNG_SIZES) | set(ICO_SIZES))}
    for size in PNG_SIZES:
        images[size].save(str(ICONS / f"g4b-desktop-{size}.png"), "PNG")
    (ICONS / "g4b-desktop.ico").write_bytes(ico_bytes({size: images[size] for size in ICO_SIZES}))
    print(f"wrote {len(PNG_SIZES)} PNG files and g4b-desktop.ico in {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
