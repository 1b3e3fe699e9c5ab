"""Light, dark or the system's look, and the font size, applied to the whole application; and
error text in a red that suits the theme.

"system" asks Qt to follow the OS (and keep following it when the user switches). "light" and
"dark" ask the platform for that color scheme (Qt ≥ 6.5); where the platform cannot honour the
request (older Linux desktops, the offscreen platform) an explicit palette is set instead.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontInfo, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from gpt4local.core.settings import THEMES

_SYSTEM_FONT = "gpt4local_system_font"  # app property: the font before any size was applied

_DARK = {
    QPalette.ColorRole.Window: "#2b2b2b",
    QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1f1f1f",
    QPalette.ColorRole.AlternateBase: "#2f2f2f",
    QPalette.ColorRole.ToolTipBase: "#3a3a3a",
    QPalette.ColorRole.ToolTipText: "#e6e6e6",
    QPalette.ColorRole.PlaceholderText: "#8c8c8c",
    QPalette.ColorRole.Text: "#e6e6e6",
    QPalette.ColorRole.Button: "#353535",
    QPalette.ColorRole.ButtonText: "#e6e6e6",
    QPalette.ColorRole.BrightText: "#ff6b6b",
    QPalette.ColorRole.Light: "#4a4a4a",
    QPalette.ColorRole.Midlight: "#3e3e3e",
    QPalette.ColorRole.Mid: "#2a2a2a",
    QPalette.ColorRole.Dark: "#1a1a1a",
    QPalette.ColorRole.Shadow: "#000000",
    QPalette.ColorRole.Highlight: "#3d7bd9",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#6ea8fe",
    QPalette.ColorRole.LinkVisited: "#b48ef0",
}
_DARK_DISABLED = {
    QPalette.ColorRole.WindowText: "#7a7a7a",
    QPalette.ColorRole.Text: "#7a7a7a",
    QPalette.ColorRole.ButtonText: "#7a7a7a",
    QPalette.ColorRole.Base: "#262626",
    QPalette.ColorRole.Highlight: "#4a4a4a",
}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, color in _DARK.items():
        palette.setColor(role, QColor(color))
    for role, color in _DARK_DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(color))
    return palette


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def apply_theme(app: QApplication, theme: str, font_size: int) -> None:
    """Apply ``theme`` ("system", "light" or "dark"; anything else counts as "system") and
    ``font_size`` in points (0 = the system's size)."""
    _apply_colors(app, theme if theme in THEMES else "system")
    _apply_font(app, font_size)


def _apply_colors(app: QApplication, theme: str) -> None:
    wanted = {
        "system": Qt.ColorScheme.Unknown,
        "light": Qt.ColorScheme.Light,
        "dark": Qt.ColorScheme.Dark,
    }[theme]
    # An explicit palette from an earlier call would hide what the platform does now.
    app.setPalette(QPalette())
    app.styleHints().setColorScheme(wanted)
    if theme == "system" or is_dark(app.palette()) == (theme == "dark"):
        return
    # The platform ignored the request: paint it ourselves. The native Windows style draws with
    # system colors and ignores palettes, so that case switches to Fusion, which follows them.
    if app.style().name().lower() == "windowsvista":  # Fusion ships with every Qt
        app.setStyle("Fusion")
    if theme == "dark":
        app.setPalette(dark_palette())
        return
    light = app.style().standardPalette()
    app.setPalette(light if not is_dark(light) else QPalette(QColor("#efefef"), QColor("#efefef")))


def _system_font(app: QApplication) -> QFont:
    """The application's font before any size of ours was applied."""
    system_font = app.property(_SYSTEM_FONT)
    if not isinstance(system_font, QFont):
        system_font = QFont(app.font())
        app.setProperty(_SYSTEM_FONT, system_font)
    return system_font


def system_font_size() -> int:
    """The system's font size in points (QFontInfo: the system may give it in pixels)."""
    app = QApplication.instance()
    size = QFontInfo(_system_font(app)).pointSize() if isinstance(app, QApplication) else 0
    return size if size > 0 else 10


def _apply_font(app: QApplication, font_size: int) -> None:
    font = QFont(_system_font(app))
    if font_size > 0:
        font.setPointSize(font_size)
    app.setFont(font)


def error_color() -> str:
    """A red that reads well on the current theme's background."""
    return "#ff8a80" if is_dark(QApplication.palette()) else "#c62828"


def error_label() -> QLabel:
    """A red line under a form, for the reason a value is refused; hidden while all is well."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(f"QLabel {{ color: {error_color()}; }}")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def show_problem(label: QLabel, problem: str | None) -> None:
    label.setText(problem or "")
    label.setVisible(bool(problem))
