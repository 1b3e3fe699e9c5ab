"""The window's left navigation rail and the pages it shows.

A page is one ``Navigation.add_page`` call: its widget, its rail entry (icon, label, tooltip with
the shortcuts) and a window-wide shortcut. The rail shows icons only on narrow windows; its
entries keep their names for screen readers and their tooltips then. The entries are painted
here, not styled, so the selection, hover and keyboard focus follow the palette of the moment
(a theme switch repaints them) whatever the platform's style draws for tool buttons.

Texts go through Qt's translation (resources/translations/README.md): ``self.tr`` in the classes
here, whose names are the contexts.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QEvent,
    QObject,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gpt4local.ui.icons import icon

COLLAPSE_BELOW = 960  # window width (px) under which the rail shows icons only
ICON_SIZE = 20
PADDING = 10  # around the icon and the label, inside an entry
GAP = 12  # between the icon and the label
EXPANDED_MIN_WIDTH = 150


def _tinted(color: QColor, alpha: float) -> QColor:
    tint = QColor(color)
    tint.setAlphaF(alpha)
    return tint


class RailButton(QAbstractButton):
    """One page's entry: icon and label, or the icon alone when the rail is collapsed."""

    def __init__(self, key: str, label: str, icon_name: str,
                 shortcuts: Sequence[QKeySequence]) -> None:  # fmt: skip
        super().__init__()
        self.key, self.collapsed, self.marked = key, False, ""
        self.setText(label)
        self.setIcon(icon(icon_name))
        self.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.setCheckable(True)
        self.setAutoExclusive(True)  # one page at a time, among the rail's entries
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click takes no focus (NavRail: Tab)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(label)
        native = QKeySequence.SequenceFormat.NativeText
        texts = [sequence.toString(native) for sequence in shortcuts]
        self.keys = texts[0] if texts else ""  # "Ctrl+, or Ctrl+3"
        for more in texts[1:]:
            self.keys = self.tr("{first} or {second}").format(first=self.keys, second=more)
        self._describe()

    def _describe(self) -> None:
        page, keys, why = self.text(), self.keys, self.marked
        tip = self.tr("{page} ({shortcuts})").format(page=page, shortcuts=keys) if keys else page
        self.setToolTip(self.tr("{page}: {why}").format(page=tip, why=why) if why else tip)
        if keys:
            description = self.tr("Show the {page} page; shortcut {shortcuts}").format(
                page=page, shortcuts=keys)  # fmt: skip
        else:
            description = self.tr("Show the {page} page").format(page=page)
        if why:
            description = self.tr("{description}. {why}").format(description=description, why=why)
        self.setAccessibleDescription(description)

    def set_collapsed(self, collapsed: bool) -> None:
        self.collapsed = collapsed
        self.updateGeometry()
        self.update()

    def set_marked(self, why: str) -> None:
        """A dot on the icon, and ``why`` in the tooltip; "" takes both away."""
        self.marked = why
        self._describe()
        self.update()

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        height = max(ICON_SIZE, metrics.height()) + 2 * PADDING
        if self.collapsed:
            return QSize(ICON_SIZE + 2 * PADDING, height)
        width = 2 * PADDING + ICON_SIZE + GAP + metrics.horizontalAdvance(self.text())
        return QSize(max(width, EXPANDED_MIN_WIDTH), height)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = self.rect().adjusted(2, 2, -2, -2)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        text_color = palette.color(QPalette.ColorRole.WindowText)
        painter.setPen(Qt.PenStyle.NoPen)
        if self.isChecked():
            painter.setBrush(_tinted(highlight, 0.22))
        elif self.underMouse() or self.isDown():
            painter.setBrush(_tinted(text_color, 0.08))
        else:
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(box, 8, 8)
        if self.hasFocus():
            painter.setPen(QPen(highlight, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), 7, 7)
        left = (self.width() - ICON_SIZE) // 2 if self.collapsed else PADDING
        icon_box = QRect(left, (self.height() - ICON_SIZE) // 2, ICON_SIZE, ICON_SIZE)
        self.icon().paint(painter, icon_box)
        if self.marked:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(highlight)
            painter.drawEllipse(icon_box.right() - 3, icon_box.top() - 3, 8, 8)
        if not self.collapsed:
            font = self.font()
            font.setBold(self.isChecked())
            painter.setFont(font)
            painter.setPen(text_color)
            text_box = QRect(icon_box.right() + GAP, 0, self.width() - icon_box.right() - GAP
                             - PADDING, self.height())  # fmt: skip
            painter.drawText(text_box, Qt.AlignmentFlag.AlignVCenter, self.text())


class NavRail(QWidget):
    """The entries, top to bottom; Up/Down (Home/End) move between them and show the page."""

    page_chosen = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(self.tr("Pages"))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.buttons: dict[str, RailButton] = {}
        self.collapsed = False
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(6, 8, 6, 8)
        self._layout.setSpacing(2)
        self._layout.addStretch(1)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)  # a hairline between the rail and the page, in either theme
        painter.setPen(_tinted(self.palette().color(QPalette.ColorRole.WindowText), 0.12))
        painter.drawLine(self.width() - 1, 0, self.width() - 1, self.height())

    def add_entry(self, key: str, label: str, icon_name: str,
                  shortcuts: Sequence[QKeySequence]) -> RailButton:  # fmt: skip
        button = RailButton(key, label, icon_name, shortcuts)
        button.set_collapsed(self.collapsed)
        button.clicked.connect(lambda: self.page_chosen.emit(key))
        button.installEventFilter(self)
        self._layout.insertWidget(len(self.buttons), button)  # above the stretch
        if self.buttons:  # Tab goes down the entries before it enters the page beside them
            QWidget.setTabOrder(list(self.buttons.values())[-1], button)
        self.buttons[key] = button
        self._keep_one_tab_stop()
        return button

    def set_current(self, key: str) -> None:
        self.buttons[key].setChecked(True)
        self._keep_one_tab_stop()

    def _keep_one_tab_stop(self) -> None:
        """The current page's entry alone is in the Tab order, as in a radio group: the rail
        is one Tab stop, and the arrow keys move within it."""
        for button in self.buttons.values():
            tab = button.isChecked() or not any(b.isChecked() for b in self.buttons.values())
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus if tab else Qt.FocusPolicy.NoFocus)

    def set_collapsed(self, collapsed: bool) -> None:
        if collapsed == self.collapsed:
            return
        self.collapsed = collapsed
        for button in self.buttons.values():
            button.set_collapsed(collapsed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, RailButton):
            assert isinstance(event, QKeyEvent)
            return self._on_key(watched, event.key())
        return super().eventFilter(watched, event)

    def _on_key(self, button: RailButton, key: int) -> bool:
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            button.click()
            return True
        order = list(self.buttons.values())
        at = order.index(button)
        targets: dict[int, int] = {Qt.Key.Key_Up: at - 1, Qt.Key.Key_Down: at + 1,
                                   Qt.Key.Key_Home: 0, Qt.Key.Key_End: len(order) - 1}  # fmt: skip
        if key not in targets:
            return False
        target = order[targets[key] % len(order)]  # Up on the first entry wraps to the last
        target.setFocus(Qt.FocusReason.TabFocusReason)
        target.click()  # like tabs: the entry in focus is the page on screen
        return True


class Navigation(QWidget):
    """The rail on the left, the current page beside it (under ``above_pages``)."""

    page_changed = Signal(str)  # the key of the page now on screen

    def __init__(self, window: QWidget, above_pages: QWidget) -> None:
        super().__init__()
        self._window = window
        self.rail = NavRail()
        self.stack = QStackedWidget()
        self.keys: list[str] = []
        self.actions_by_key: dict[str, QAction] = {}
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(above_pages)
        column.addWidget(self.stack, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.rail)
        layout.addWidget(content, 1)
        self.rail.page_chosen.connect(self.show_page)
        self.stack.currentChanged.connect(self._on_current_changed)

    def add_page(self, key: str, label: str, icon_name: str, widget: QWidget,
                 shortcuts: Sequence[str] = ()) -> QAction:  # fmt: skip
        """Add a page, its rail entry and its shortcuts (active wherever the focus is in the
        window); the returned action shows the page, e.g. from a menu. ``label``: translated by
        the caller."""
        keys = [QKeySequence(text) for text in shortcuts]
        self.rail.add_entry(key, label, icon_name, keys)
        self.keys.append(key)
        self.stack.addWidget(widget)
        action = QAction(label, self._window)
        action.setShortcuts(keys)
        action.triggered.connect(lambda: self.show_page(key))
        self._window.addAction(action)
        self.actions_by_key[key] = action
        return action

    def show_page(self, key: str) -> None:
        self.stack.setCurrentIndex(self.keys.index(key))

    @property
    def current_page(self) -> str:
        return self.keys[self.stack.currentIndex()]

    def page(self, key: str) -> QWidget:
        widget = self.stack.widget(self.keys.index(key))
        assert widget is not None  # every key has its page
        return widget

    def _on_current_changed(self, index: int) -> None:
        # Also when code sets the stack directly: the rail shows what is on screen.
        self.rail.set_current(self.keys[index])
        self.page_changed.emit(self.keys[index])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.rail.set_collapsed(self._window.width() < COLLAPSE_BELOW)
