"""Light, dark or the system's look, and the font size, applied to the whole application; the
roles a widget can take in the designed look (primary button, text styles, muted text); and error
text in a red that suits the theme.

The colours are our own explicit palettes (style/palettes.py) on every platform, and the style
sheet (style/sheet.py) is built from them and from the font. "light" and "dark" are fixed;
"system" follows the OS preference Qt reports, and keeps following it: the style hints'
colorSchemeChanged repaints the application when the user switches. The request is also passed
to the platform (Qt ≥ 6.8 ``setColorScheme``), so native parts such as the title bar match where
the platform honours it. Where the platform has no preference (the offscreen platform, bare X11),
"system" means light.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontInfo, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from gpt4local.core import paths
from gpt4local.core.settings import THEMES
from gpt4local.ui.icons import svg_source
from gpt4local.ui.style.palettes import Colors, colors_for, palette_of
from gpt4local.ui.style.scale import TYPE
from gpt4local.ui.style.sheet import style_sheet

# Application properties: what was asked last, and what the platform gave before we changed it.
_SYSTEM_FONT = "gpt4local_system_font"  # the font before any size was applied
_THEME = "gpt4local_theme"  # the theme setting in force ("system", "light" or "dark")
_FOLLOWING = "gpt4local_follows_system"  # colorSchemeChanged is connected
_PLATFORM_STYLE = "gpt4local_platform_style"  # the widget style's name before any sheet

_REQUESTS = {
    "system": Qt.ColorScheme.Unknown,  # Unknown = whatever the OS prefers
    "light": Qt.ColorScheme.Light,
    "dark": Qt.ColorScheme.Dark,
}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def current_colors() -> Colors:
    """The colours of the theme in force."""
    return colors_for(is_dark(QApplication.palette()))


def apply_theme(app: QApplication, theme: str, font_size: int) -> None:
    """Apply ``theme`` ("system", "light" or "dark"; anything else counts as "system") and
    ``font_size`` in points (0 = the system's size)."""
    theme = theme if theme in THEMES else "system"
    app.setProperty(_THEME, theme)
    _follow_the_system(app)
    hints = app.styleHints()
    hints.setColorScheme(_REQUESTS[theme])
    dark = wants_dark(theme, hints.colorScheme())
    if not app.styleSheet():
        # The first sheet polishes every widget with the font it has at that moment: set after
        # a new font it would undo it for the widgets that exist already.
        _paint(app, dark)
    _apply_font(app, font_size)
    _paint(app, dark)  # the sheet's sizes follow the font


def wants_dark(theme: str, system_scheme: Qt.ColorScheme) -> bool:
    if theme == "system":
        return system_scheme == Qt.ColorScheme.Dark
    return theme == "dark"


def _follow_the_system(app: QApplication) -> None:
    if app.property(_FOLLOWING):
        return
    app.setProperty(_FOLLOWING, True)
    app.styleHints().colorSchemeChanged.connect(on_system_scheme_changed)


def on_system_scheme_changed(scheme: Qt.ColorScheme) -> None:
    """The OS switched between light and dark: a "system" theme follows; the others stay."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and app.property(_THEME) == "system":
        _paint(app, wants_dark("system", scheme))


def _paint(app: QApplication, dark: bool) -> None:
    if app.property(_PLATFORM_STYLE) is None:
        app.setProperty(_PLATFORM_STYLE, app.style().name().lower())
    # The classic Windows style draws with the system's colours whatever the palette says:
    # Fusion (shipped with every Qt) follows it.
    if dark and app.property(_PLATFORM_STYLE) == "windowsvista":
        app.setStyle("Fusion")
    colors = colors_for(dark)
    app.setPalette(palette_of(colors))
    sheet = style_sheet(colors, app.font(), _combo_arrows(colors))
    if app.styleSheet() != sheet:  # a new sheet polishes every widget again
        app.setStyleSheet(sheet)


def _combo_arrows(colors: Colors) -> tuple[str, str] | None:
    """A style sheet takes images only from files: the arrow in the text colours, written once
    into the cache folder. None (the style's own arrow) if that folder cannot be written."""
    try:
        folder = paths.cache_dir() / "style"
        folder.mkdir(parents=True, exist_ok=True)
        files = []
        for color in (colors.text, colors.disabled_text):
            file = folder / f"chevron-down-{color.lstrip('#')}.svg"
            if not file.is_file():
                file.write_text(svg_source("chevron-down").replace("currentColor", color),
                                encoding="utf-8")  # fmt: skip
            files.append(file.as_posix())
    except OSError:
        return None
    return files[0], files[1]


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


# --- roles in the designed look -----------------------------------------------------------------


def _set_role(widget: QWidget, name: str, value: object) -> None:
    widget.setProperty(name, value)
    widget.style().unpolish(widget)  # the style sheet's selectors are matched again
    widget.style().polish(widget)


def mark_primary(button: QAbstractButton) -> None:
    """The one main action of a view: drawn in the accent colour."""
    _set_role(button, "primary", True)


def set_text_style(label: QLabel, name: str, muted: bool = False) -> None:
    """``name`` from the type scale (caption, body, subtitle, title, display); ``muted`` for
    secondary text, in a colour that still meets the contrast minimum."""
    if name not in TYPE:
        raise KeyError(f"no text style named {name!r}")
    label.setProperty("tone", "muted" if muted else None)
    _set_role(label, "textStyle", name)


# --- errors -------------------------------------------------------------------------------------


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
