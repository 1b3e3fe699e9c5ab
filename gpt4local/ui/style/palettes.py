"""The light and dark colours, set as explicit palettes on every platform, so the look (and its
contrast, which tests/ui/test_contrast.py checks against WCAG AA) is the same everywhere.

One accent colour, a blue: the primary button, the selection and the focus ring. Text on it is
white (5.2:1). In the dark theme links take a lighter tint of the same blue, since the accent
itself is too dark to read on a dark background.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

ACCENT = "#2563eb"
ON_ACCENT = "#ffffff"


@dataclass(frozen=True)
class Colors:
    window: str  # the background of pages and dialogs
    text: str  # text on the window, on inputs and on buttons
    muted: str  # secondary text (hints, empty states); still ≥ 4.5:1 on window and base
    base: str  # inputs, lists, tables
    alternate_base: str
    button: str
    border: str  # the outline of inputs, buttons and lists
    hover: str  # a button or row under the mouse
    placeholder: str
    disabled_text: str  # exempt from contrast minimums (WCAG 1.4.3: inactive components)
    link: str
    link_visited: str
    tooltip_base: str
    tooltip_text: str
    scrollbar: str  # the scroll bar's handle
    accent: str = ACCENT
    on_accent: str = ON_ACCENT  # text and icons on the accent
    accent_pressed: str = "#1d4ed8"  # the primary button held down (and its focus ring)


LIGHT = Colors(
    window="#f5f6f8",
    text="#1b1f24",
    muted="#5c636e",
    base="#ffffff",
    alternate_base="#f0f2f5",
    button="#ffffff",
    border="#c5cbd3",
    hover="#e8ebef",
    placeholder="#646b75",
    disabled_text="#9aa1ab",
    link=ACCENT,
    link_visited="#6d28d9",
    tooltip_base="#2b2f36",
    tooltip_text="#f5f6f8",
    scrollbar="#b4bac3",
)

DARK = Colors(
    window="#1e1f22",
    text="#e8eaed",
    muted="#a4aab2",
    base="#17181a",
    alternate_base="#232529",
    button="#2b2d31",
    border="#43474e",
    hover="#35383d",
    placeholder="#9aa0a6",
    disabled_text="#686d75",
    link="#8ab4f8",
    link_visited="#c4a7f5",
    tooltip_base="#3a3d43",
    tooltip_text="#e8eaed",
    scrollbar="#55595f",
    accent_pressed="#1e4fc2",
)


def colors_for(dark: bool) -> Colors:
    return DARK if dark else LIGHT


def palette_of(colors: Colors) -> QPalette:
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    palette = QPalette()
    for roles, color in (
        ((role.Window,), colors.window),
        ((role.WindowText, role.Text, role.ButtonText), colors.text),
        ((role.Base,), colors.base),
        ((role.AlternateBase,), colors.alternate_base),
        ((role.Button,), colors.button),
        ((role.ToolTipBase,), colors.tooltip_base),
        ((role.ToolTipText,), colors.tooltip_text),
        ((role.PlaceholderText,), colors.placeholder),
        ((role.Highlight, role.Accent), colors.accent),
        ((role.HighlightedText,), colors.on_accent),
        ((role.Link,), colors.link),
        ((role.LinkVisited,), colors.link_visited),
        ((role.BrightText,), "#ffffff"),
        # The frame and bevel shades the style derives borders from.
        ((role.Light,), colors.hover),
        ((role.Midlight,), colors.hover),
        ((role.Mid,), colors.border),
        ((role.Dark,), colors.border),
        ((role.Shadow,), "#000000"),
    ):
        for each in roles:
            palette.setColor(each, QColor(color))
    for each in (role.WindowText, role.Text, role.ButtonText, role.PlaceholderText):
        palette.setColor(group.Disabled, each, QColor(colors.disabled_text))
    palette.setColor(group.Disabled, role.Highlight, QColor(colors.border))
    return palette
