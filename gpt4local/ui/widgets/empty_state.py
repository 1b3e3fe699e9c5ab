"""What an empty list shows instead of blank rows: an icon, a title, one line saying what to do
next, and optional buttons for it. ``EmptyStack`` shows it in the list's place.

A screen reader reads the title as the widget's name and the line as its description.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from gpt4local.ui.icons import icon
from gpt4local.ui.style.scale import space
from gpt4local.ui.theme import current_colors, mark_primary, set_text_style

ICON_EMS = 2.5  # the icon's size, in lines of text
LINE_EMS = 28  # the widest the text runs, in lines of text: about 60 characters


class EmptyState(QWidget):
    def __init__(self, icon_name: str, title: str, text: str = "") -> None:
        super().__init__()
        self.setObjectName("emptyState")
        self._icon_name = icon_name
        self.icon_label = QLabel()
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel()
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        set_text_style(self.title, "subtitle")
        self.text = QLabel()
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_text_style(self.text, "body", muted=True)
        self.buttons: list[QPushButton] = []
        # The text no wider than a comfortable line, the buttons below it in one row, the whole
        # centred a little above the middle.
        self._body = QWidget()
        self._column = QVBoxLayout(self._body)
        self._column.setContentsMargins(0, 0, 0, 0)
        for widget in (self.icon_label, self.title, self.text):
            self._column.addWidget(widget)
        text_row = QHBoxLayout()
        text_row.addStretch(1)
        text_row.addWidget(self._body, 100)
        text_row.addStretch(1)
        self._button_row = QHBoxLayout()
        self._button_row.addStretch(1)
        self._button_row.addStretch(1)
        self._outer = QVBoxLayout(self)
        self._outer.addStretch(1)
        self._outer.addLayout(text_row)
        self._outer.addLayout(self._button_row)
        self._outer.addStretch(2)
        self.set_message(title, text)
        self._restyle()

    def set_message(self, title: str, text: str = "") -> None:
        self.title.setText(title)
        self.text.setText(text)
        self.text.setVisible(bool(text))
        self.setAccessibleName(title)
        self.setAccessibleDescription(text)

    def add_action(self, text: str, slot: Callable[[], object], description: str = "",
                   primary: bool = False) -> QPushButton:  # fmt: skip
        button = QPushButton(text)
        button.setAccessibleDescription(description or text)
        if description:
            button.setToolTip(description)
        if primary:
            mark_primary(button)
        button.clicked.connect(lambda: slot())
        self._button_row.insertWidget(self._button_row.count() - 1, button)
        self.buttons.append(button)
        return button

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._restyle()

    def _restyle(self) -> None:
        """The icon in the muted colour of the moment, the gaps for the font of the moment."""
        line = self.fontMetrics().height()
        side = round(ICON_EMS * line)
        self._body.setMaximumWidth(LINE_EMS * line)
        muted = QColor(current_colors().muted)
        self.icon_label.setPixmap(icon(self._icon_name, muted).pixmap(QSize(side, side),
                                                                      self.devicePixelRatioF()))
        self._column.setSpacing(space("s", self.font()))
        self._outer.setSpacing(space("m", self.font()))
        self._button_row.setSpacing(space("s", self.font()))
        margin = space("l", self.font())
        self._outer.setContentsMargins(margin, margin, margin, margin)


class EmptyStack(QWidget):
    """``content`` (a list or table) or, while it has nothing to show, ``empty`` in its place."""

    def __init__(self, content: QWidget, empty: EmptyState) -> None:
        super().__init__()
        self.content, self.empty = content, empty
        self._stack = QStackedLayout(self)
        self._stack.addWidget(content)
        self._stack.addWidget(empty)

    def show_empty(self, empty: bool) -> None:
        self._stack.setCurrentWidget(self.empty if empty else self.content)

    @property
    def showing_empty(self) -> bool:
        return self._stack.currentWidget() is self.empty
