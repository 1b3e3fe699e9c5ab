"""The committed icons (from installer/make_icons.py) hold every size, and others read them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QImageReader

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICO_SIZES = [16, 20, 24, 32, 40, 48, 64, 128, 256]
ICNS_SIZES = {16, 32, 64, 128, 256, 512, 1024}


def all_images(path: Path) -> list[QImage]:
    reader = QImageReader(str(path))
    images = []
    for _ in range(reader.imageCount()):
        images.append(reader.read())
        reader.jumpToNextImage()
    return images


@pytest.mark.parametrize(("name", "size"), [("gpt4local.png", 512), ("gpt4local-256.png", 256)])
def test_png_sizes(qapp, name: str, size: int) -> None:
    image = QImage(str(ICONS / name))
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel() and image.pixelColor(0, 0).alpha() == 0  # rounded corners


def test_ico_has_every_windows_size_with_transparency(qapp) -> None:
    images = all_images(ICONS / "gpt4local.ico")
    assert [image.width() for image in images] == ICO_SIZES
    for image in images:
        assert image.pixelColor(0, 0).alpha() == 0
        assert image.pixelColor(image.width() // 2, image.height() // 2).alpha() == 255


def test_icns_has_every_macos_size(qapp) -> None:
    assert {image.width() for image in all_images(ICONS / "gpt4local.icns")} == ICNS_SIZES


def test_pillow_reads_ico_and_icns() -> None:
    image_module = pytest.importorskip("PIL.Image", reason="Pillow is in the dev extra")
    with image_module.open(ICONS / "gpt4local.ico") as ico:
        assert sorted(ico.ico.sizes()) == [(s, s) for s in ICO_SIZES]
    with image_module.open(ICONS / "gpt4local.icns") as icns:
        assert {w * scale for w, _h, scale in icns.info["sizes"]} == ICNS_SIZES
        icns.size = (512, 512)
        icns.load(scale=2)  # the 512@2x PNG decodes
        assert icns.size == (1024, 1024)
