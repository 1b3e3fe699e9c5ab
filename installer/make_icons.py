"""Render resources/icons/gpt4local.svg into the icon files the installers need.

    python installer/make_icons.py [OUTPUT_FOLDER]

writes, next to the SVG (or into OUTPUT_FOLDER): gpt4local.png (512 px, for Linux menus),
gpt4local-256.png, gpt4local.ico (Windows: 16-256 px) and gpt4local.icns (macOS: 16-1024 px).
The outputs are committed, so builds need neither this script nor a renderer.

Every size is rendered from the SVG by Qt, not scaled down from a big bitmap, so small sizes stay
sharp. Both container formats are packed here by hand because the layouts are short and fixed:
ICO holds 32-bit BMPs for the small sizes (what every Windows tool reads) and a PNG for 256;
ICNS holds PNGs under the type codes iconutil writes.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a build machine may have no display

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
# ICNS type code → pixel size (the @2x codes hold the doubled size of the point size).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),  # 16@2x
    (b"ic12", 64),  # 32@2x
    (b"ic07", 128),
    (b"ic13", 256),  # 128@2x
    (b"ic08", 256),
    (b"ic14", 512),  # 256@2x
    (b"ic09", 512),
    (b"ic10", 1024),  # 512@2x
)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not QImageWriter(buffer, QByteArray(b"PNG")).write(image):
        raise RuntimeError("Qt could not encode a PNG")
    return bytes(data.data())


def bmp_entry(image: QImage) -> bytes:
    """A 32-bit BMP as ICO stores it: header with doubled height, bottom-up BGRA rows, AND mask."""
    size = image.width()
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    # Format_ARGB32 is 0xAARRGGBB per pixel: little-endian bytes B, G, R, A, which BMP wants.
    pixels, stride = bytes(image.constBits()), image.bytesPerLine()
    rows = [pixels[y * stride : y * stride + size * 4] for y in range(size)]
    mask_row = bytes(((size + 31) // 32) * 4)  # all zero: alpha decides transparency
    return header + b"".join(reversed(rows)) + mask_row * size


def ico_bytes(images: dict[int, QImage]) -> bytes:
    entries = [
        (size, png_bytes(img) if size >= 256 else bmp_entry(img)) for size, img in images.items()
    ]
    offset = 6 + 16 * len(entries)
    directory, payload = b"", b""
    for size, data in entries:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        payload += data
        offset += len(data)
    return struct.pack("<HHH", 0, 1, len(entries)) + directory + payload


def icns_bytes(renderer: QSvgRenderer) -> bytes:
    body = b""
    for code, size in ICNS_TYPES:
        data = png_bytes(render(renderer, size))
        body += code + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main(argv: list[str]) -> int:
    output = Path(argv[0]) if argv else ICONS
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "gpt4local.svg"))
    if not renderer.isValid():
        print(f"cannot read {ICONS / 'gpt4local.svg'}", file=sys.stderr)
        return 1
    outputs = {
        "gpt4local.png": png_bytes(render(renderer, 512)),
        "gpt4local-256.png": png_bytes(render(renderer, 256)),
        "gpt4local.ico": ico_bytes({size: render(renderer, size) for size in ICO_SIZES}),
        "gpt4local.icns": icns_bytes(renderer),
    }
    output.mkdir(parents=True, exist_ok=True)
    for name, data in outputs.items():
        (output / name).write_bytes(data)
        print(f"wrote {output / name} ({len(data) // 1024} KB)")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
