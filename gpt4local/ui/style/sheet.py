"""The application style sheet: rounded buttons, inputs, lists, tables, tabs and thin scroll bars
in the theme's colours, the accent on the primary button, the selection and the focus ring.

Every size is a step of the spacing or type scale (style/scale.py) turned into pixels or points
for the application's font when the sheet is built; ui/theme.py builds it again whenever the font
size or the colours change, so the whole window scales with the font size setting.

Kept modest on purpose: menus, check boxes, radio buttons, progress bars, spin boxes (whose
arrows a sheet would have to redraw), the text areas and the window frame stay the platform
style's own (drawn in our palette), so the app still looks at home on Windows, macOS and GNOME.

Widgets opt into roles through dynamic properties: ``primary`` on the one main button of a view,
``textStyle`` (a TYPE name) and ``tone="muted"`` on labels; ui/theme.py has helpers for them.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontInfo

from gpt4local.ui.style.palettes import Colors
from gpt4local.ui.style.scale import RADIUS, SPACE, TYPE, em_pixels, type_size

FOCUS_WIDTH = 2  # px: the focus ring; a hair wider than the 1 px border it replaces

_SHEET = """
QPushButton {{
    background: {c.button}; color: {c.text};
    border: 1px solid {c.border}; border-radius: {radius}px;
    padding: {pad_y}px {pad_x}px; min-height: {control_height}px;
}}
QPushButton:hover {{ background: {c.hover}; }}
QPushButton:pressed {{ background: {c.border}; }}
QPushButton:focus {{
    border: {ring}px solid {c.accent}; padding: {pad_y_focus}px {pad_x_focus}px;
}}
QPushButton:disabled {{ color: {c.disabled_text}; background: {c.window}; }}
QPushButton[primary="true"] {{
    background: {c.accent}; color: {c.on_accent}; border-color: {c.accent};
}}
QPushButton[primary="true"]:hover, QPushButton[primary="true"]:pressed {{
    background: {c.accent_pressed}; border-color: {c.accent_pressed};
}}
QPushButton[primary="true"]:focus {{ border-color: {c.text}; }}
QPushButton[primary="true"]:disabled {{
    background: {c.window}; color: {c.disabled_text}; border-color: {c.border};
}}
QToolButton {{ border: 1px solid transparent; border-radius: {radius}px; padding: {xs}px; }}
QToolButton:hover {{ background: {c.hover}; }}
QToolButton:checked {{ background: {c.hover}; }}
QToolButton:focus {{ border: {ring}px solid {c.accent}; padding: {xs_focus}px; }}

QLineEdit, QComboBox {{
    background: {c.base}; color: {c.text};
    border: 1px solid {c.border}; border-radius: {radius}px;
    padding: {pad_y}px {s}px; min-height: {input_height}px;
    selection-background-color: {c.accent}; selection-color: {c.on_accent};
}}
QLineEdit:focus, QComboBox:focus {{
    border: {ring}px solid {c.accent}; padding: {pad_y_focus}px {s_focus}px;
}}
QLineEdit:disabled, QComboBox:disabled {{
    color: {c.disabled_text}; background: {c.window};
}}
QComboBox QAbstractItemView {{
    background: {c.base}; color: {c.text}; border: 1px solid {c.border};
    selection-background-color: {c.accent}; selection-color: {c.on_accent};
}}

QListView, QTableView, QTreeView {{
    background: {c.base}; color: {c.text}; alternate-background-color: {c.alternate_base};
    border: 1px solid {c.border}; border-radius: {radius}px;
    selection-background-color: {c.accent}; selection-color: {c.on_accent};
    gridline-color: {c.hover};
}}
QListView:focus, QTableView:focus, QTreeView:focus {{ border-color: {c.accent}; }}
QListView::item {{ padding: {row_pad}px {s}px; border-radius: {radius}px; }}
QTableView::item {{ padding: 0 {s}px; }}
QListView::item:hover:!selected {{ background: {c.hover}; }}
QListView::item:selected {{ background: {c.accent}; color: {c.on_accent}; }}
QHeaderView::section {{
    background: {c.window}; color: {c.text}; border: none;
    border-bottom: 1px solid {c.border}; padding: {xs}px {s}px;
}}

QTabWidget::pane {{ border: none; border-top: 1px solid {c.border}; }}
QTabBar::tab {{
    background: transparent; color: {c.muted}; padding: {s}px {m}px;
    border: none; border-bottom: {ring}px solid transparent;
}}
QTabBar::tab:hover {{ color: {c.text}; }}
QTabBar::tab:selected {{ color: {c.text}; border-bottom-color: {c.accent}; }}
QTabBar::tab:focus {{ background: {c.hover}; }}

QScrollBar:vertical {{ background: transparent; width: {bar}px; margin: 0; }}
QScrollBar:horizontal {{ background: transparent; height: {bar}px; margin: 0; }}
QScrollBar::handle {{
    background: {c.scrollbar}; border-radius: {handle_radius}px; margin: {xxs}px;
}}
QScrollBar::handle:hover {{ background: {c.muted}; }}
QScrollBar::handle:vertical {{ min-height: {xxl}px; }}
QScrollBar::handle:horizontal {{ min-width: {xxl}px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}

QToolTip {{
    background: {c.tooltip_base}; color: {c.tooltip_text};
    border: 1px solid {c.border}; padding: {xs}px {s}px;
}}
QLabel[tone="muted"] {{ color: {c.muted}; }}
"""


def style_sheet(colors: Colors, font: QFont, arrows: tuple[str, str] | None = None) -> str:
    """The sheet for ``colors`` with every size taken from ``font``, the application's font.
    ``arrows``: image files of a combo box's arrow, enabled and disabled; without them the
    combo box keeps the style's own drop-down button."""
    em = em_pixels(font)

    def px(ems: float) -> int:
        return max(1, round(ems * em))

    steps = {name: px(ems) for name, ems in SPACE.items()}
    ring = FOCUS_WIDTH
    pad_y = steps["xs"]
    # The focus ring is wider than the border: the padding gives the difference back, so the
    # text does not move when the focus arrives.
    sizes = dict(
        steps,
        radius=px(RADIUS),
        ring=ring,
        pad_y=pad_y,
        pad_x=steps["l"],
        pad_y_focus=max(0, pad_y - ring + 1),
        pad_x_focus=max(0, steps["l"] - ring + 1),
        s_focus=max(0, steps["s"] - ring + 1),
        xs_focus=max(0, steps["xs"] - ring + 1),
        control_height=px(1.3),
        input_height=px(1.3),
        bar=px(0.7),
        handle_radius=px(0.25),
        arrow=px(0.75),
        row_pad=px(0.4),  # a list's rows about 1.8 lines high: easy to hit, easy to scan
    )
    # The size asked for; a font given in pixels has none, and then the size it came out at.
    base_points = font.pointSizeF() if font.pointSizeF() > 0 else QFontInfo(font).pointSizeF()
    sheet = _SHEET.format(c=colors, **sizes) + _type_rules(base_points)
    if arrows is not None:
        sheet += _COMBO_ARROW.format(enabled=arrows[0], disabled=arrows[1], **sizes)
    return sheet


# A drop-down without the style's button (a square inside the rounded box), just the arrow.
_COMBO_ARROW = """
QComboBox::drop-down {{
    subcontrol-origin: padding; subcontrol-position: center right; border: none; width: {l}px;
}}
QComboBox::down-arrow {{ image: url("{enabled}"); width: {arrow}px; height: {arrow}px; }}
QComboBox::down-arrow:disabled {{ image: url("{disabled}"); }}
"""


def _type_rules(base_points: float) -> str:
    """One rule per named text size; headings are semibold."""
    rules = []
    for name in TYPE:
        weight = " font-weight: 600;" if name in ("subtitle", "title", "display") else ""
        rules.append(f'QLabel[textStyle="{name}"] {{ font-size: {type_size(name, base_points)}pt;'
                     f"{weight} }}")  # fmt: skip
    return "\n".join(rules) + "\n"
