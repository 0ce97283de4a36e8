"""The program's icon: the SVG, its PNG renderings and the Windows .ico (read back byte by byte)."""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ET

import pytest

from conftest import REPO

ICONS = REPO / "resources" / "icons"
BLUE = (0x0B, 0x3F, 0x8C)
YELLOW = (0xF7, 0xC6, 0x00)


def png_size(path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG file"
    return struct.unpack(">II", data[16:24])


def ico_entries(path) -> list[tuple[int, bytes]]:
    data = path.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind) == (0, 1)
    found = []
    for index in range(count):
        width, height, _, _, planes, bits, size, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        assert width == height and bits == 32
        found.append((width or 256, data[offset:offset + size]))
    return found


def bmp_pixel(entry: bytes, side: int, x: int, y: int) -> tuple[int, int, int, int]:
    """Pixel (x, y) counted from the top of a 32-bit icon DIB (stored bottom-up, BGRA)."""
    header_size, width, height = struct.unpack_from("<Iii", entry, 0)
    assert (width, height) == (side, 2 * side)
    offset = header_size + ((side - 1 - y) * side + x) * 4
    blue, green, red, alpha = entry[offset:offset + 4]
    return red, green, blue, alpha


def close(color, expected, tolerance=24) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(color, expected))


def test_svg_is_valid_and_uses_the_brussels_colours():
    root = ET.parse(ICONS / "g4b-desktop.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    fills = {element.get("fill", "").lower() for element in root.iter()}
    assert "#%02x%02x%02x" % BLUE in fills and "#%02x%02x%02x" % YELLOW in fills


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_png_sizes(size):
    assert png_size(ICONS / f"g4b-desktop-{size}.png") == (size, size)


def test_ico_holds_every_windows_size_the_right_way_up():
    entries = dict(ico_entries(ICONS / "g4b-desktop.ico"))
    assert sorted(entries) == [16, 24, 32, 48, 64, 256]
    assert entries[256][:8] == b"\x89PNG\r\n\x1a\n"  # the large one as PNG, the small ones as BMP
    side = 48
    # the lintel (top) and the base (bottom) are yellow, the gap between the pillars blue, corners clear
    assert close(bmp_pixel(entries[side], side, side // 2, 12)[:3], YELLOW)
    assert close(bmp_pixel(entries[side], side, side // 2, 40)[:3], YELLOW)
    assert close(bmp_pixel(entries[side], side, side // 2, 28)[:3], BLUE)
    assert bmp_pixel(entries[side], side, 0, 0)[3] == 0
