"""The spacing scale and the type scale, both relative to the application's font: a larger font
size setting makes the paddings, corners and headings larger with it.

A step of the spacing scale is a fraction of the font's line height (an "em" here); the style
sheet and the layouts turn it into pixels for the font of the moment.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetricsF, QGuiApplication

# Spacing, in em.
SPACE = {"xxs": 0.125, "xs": 0.25, "s": 0.5, "m": 0.75, "l": 1.0, "xl": 1.5, "xxl": 2.0}
RADIUS = 0.35  # em: corners of buttons, inputs and lists

# Named text sizes, as factors of the base size.
TYPE = {"caption": 0.85, "body": 1.0, "subtitle": 1.15, "title": 1.4, "display": 1.75}


def em_pixels(font: QFont | None = None) -> float:
    """The line height of ``font`` (the application's by default) in pixels."""
    return QFontMetricsF(font if font is not None else QGuiApplication.font()).height()


def space(step: str, font: QFont | None = None) -> int:
    """Step ``step`` of the spacing scale ("xs" … "xxl") in pixels, for ``font``."""
    return max(1, round(SPACE[step] * em_pixels(font)))


def type_size(name: str, base_points: float) -> float:
    """The point size of text style ``name`` for a base font of ``base_points``."""
    return round(TYPE[name] * base_points, 1)
