"""The interface's icons: every shipped one draws, in the colour of the palette of the moment."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette

from gpt4local.core.licenses import bundled_components
from gpt4local.core.paths import resource_path
from gpt4local.ui.icons import FOLDER, icon

NAMES = sorted(path.stem for path in resource_path(FOLDER).glob("*.svg"))


def drawn_colors(qicon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> set[str]:
    image = qicon.pixmap(QSize(48, 48), mode).toImage()
    return {
        image.pixelColor(x, y).name()
        for x in range(image.width()) for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    }  # fmt: skip


@pytest.mark.parametrize("name", NAMES)
def test_every_shipped_icon_draws_something(qapp, name: str) -> None:
    assert drawn_colors(icon(name)), f"{name} drew nothing"


def test_icons_follow_the_palette_at_paint_time(qapp) -> None:
    original = QGuiApplication.palette()
    copy_icon = icon("copy")
    try:
        for color in ("#123456", "#abcdef"):
            palette = QPalette(original)
            palette.setColor(QPalette.ColorRole.WindowText, QColor(color))
            QGuiApplication.setPalette(palette)
            assert drawn_colors(copy_icon) == {color}
    finally:
        QGuiApplication.setPalette(original)


def test_a_given_colour_wins_and_disabled_icons_are_dimmed(qapp) -> None:
    assert drawn_colors(icon("send", QColor("#ffffff"))) == {"#ffffff"}
    disabled = QGuiApplication.palette().color(
        QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name()  # fmt: skip
    assert drawn_colors(icon("send", QColor("#ffffff")), QIcon.Mode.Disabled) == {disabled}


def test_an_unknown_icon_fails_at_once(qapp) -> None:
    with pytest.raises(KeyError, match="no-such-icon"):
        icon("no-such-icon")


def test_the_icons_license_ships_and_about_names_it() -> None:
    assert "ISC License" in resource_path(f"{FOLDER}/LICENSE.txt").read_text(encoding="utf-8")
    assert any(c.name == "Lucide icons" and c.license == "ISC" for c in bundled_components())
