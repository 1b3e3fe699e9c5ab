"""Issue 12 §7: text contrast is at least WCAG AA (4.5:1) in both themes, computed from the
palettes the themes set (WCAG 2.x relative luminance and contrast ratio).

Disabled text is left out, as WCAG allows: 1.4.3 exempts the text of inactive components. The
focus ring, a non-text indicator, is held to 1.4.11's 3:1 instead.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLineEdit

from gpt4local.ui.style.palettes import colors_for
from gpt4local.ui.theme import apply_theme, error_color

AA_TEXT = 4.5
AA_NON_TEXT = 3.0
Role = QPalette.ColorRole

# (what, foreground role, background role): every pair the window draws text with.
PALETTE_PAIRS = [
    ("text on window", Role.WindowText, Role.Window),
    ("text on base", Role.Text, Role.Base),
    ("text on alternate rows", Role.Text, Role.AlternateBase),
    ("button text on button", Role.ButtonText, Role.Button),
    ("highlighted text on highlight", Role.HighlightedText, Role.Highlight),
    ("text on the accent", Role.HighlightedText, Role.Accent),
    ("placeholder text on base", Role.PlaceholderText, Role.Base),
    ("link on base", Role.Link, Role.Base),
    ("link on window", Role.Link, Role.Window),
    ("visited link on base", Role.LinkVisited, Role.Base),
    ("tooltip text on tooltip", Role.ToolTipText, Role.ToolTipBase),
]


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def luminance(color: QColor) -> float:
    """WCAG 2.x relative luminance."""
    red, green, blue = (_linear(c) for c in (color.redF(), color.greenF(), color.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(foreground: QColor | str, background: QColor | str) -> float:
    lighter, darker = sorted((luminance(QColor(foreground)), luminance(QColor(background))),
                             reverse=True)  # fmt: skip
    return (lighter + 0.05) / (darker + 0.05)


@pytest.fixture(params=["light", "dark"])
def theme(request, qapp):
    apply_theme(qapp, request.param, 0)
    yield request.param
    apply_theme(qapp, "system", 0)  # the application outlives the test


def test_the_ratio_is_wcags() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # WCAG's AA grey


@pytest.mark.parametrize(("what", "foreground", "background"), PALETTE_PAIRS,
                         ids=[pair[0] for pair in PALETTE_PAIRS])  # fmt: skip
def test_palette_text_meets_aa(qapp, theme, what, foreground, background) -> None:
    palette = qapp.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        ratio = contrast(palette.color(group, foreground), palette.color(group, background))
        assert ratio >= AA_TEXT, f"{theme}: {what} is {ratio:.2f}:1"


def test_style_sheet_text_meets_aa(qapp, theme) -> None:
    """Colours the style sheet and the labels use beyond the palette's roles."""
    colors = colors_for(theme == "dark")
    pairs = {
        "muted text on window": (colors.muted, colors.window),
        "muted text on base": (colors.muted, colors.base),
        "muted text on alternate rows": (colors.muted, colors.alternate_base),
        "text on a hovered button": (colors.text, colors.hover),
        "text on a pressed button": (colors.text, colors.border),
        "the primary button's text": (colors.on_accent, colors.accent),
        "the primary button's text, hovered": (colors.on_accent, colors.accent_pressed),
        "an error on window": (error_color(), colors.window),
        "an error on base": (error_color(), colors.base),
    }
    for what, (foreground, background) in pairs.items():
        ratio = contrast(foreground, background)
        assert ratio >= AA_TEXT, f"{theme}: {what} is {ratio:.2f}:1"


def test_the_focus_ring_stands_out(qapp, theme) -> None:
    colors = colors_for(theme == "dark")
    for background in (colors.window, colors.base):
        assert contrast(colors.accent, background) >= AA_NON_TEXT
    assert contrast(colors.text, colors.accent) >= AA_NON_TEXT  # the primary button's ring


def test_a_focused_input_is_ringed_in_the_accent(qtbot, qapp, theme) -> None:
    """Drawn, not only written down: the focused line edit's left edge is the accent."""
    edit = QLineEdit("focus")
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    edge = (1, edit.height() // 2)  # inside the 2 px ring, clear of the rounded corners
    assert edit.grab().toImage().pixelColor(*edge) != QColor(colors_for(theme == "dark").accent)
    edit.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    accent = QColor(colors_for(theme == "dark").accent)
    qtbot.waitUntil(lambda: edit.grab().toImage().pixelColor(*edge) == accent)
