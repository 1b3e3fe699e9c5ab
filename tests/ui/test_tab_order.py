"""Issue 12 §7: every control of the window is reachable with Tab, in an order that follows the
page, and has a name a screen reader can say. The walk presses Tab as a user would, page by
page and tab by tab, and compares what it reached with every control a user can see."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QMessageBox,
    QTabBar,
    QTabWidget,
    QWidget,
)

from .conftest import FakeEngine

WALK_LIMIT = 300  # presses: far more than any page has controls


def tab_stops(window: QWidget) -> list[QWidget]:
    """The controls a user sees and could give focus with Tab."""
    wanted = Qt.FocusPolicy.TabFocus
    return [w for w in window.findChildren(QWidget)
            if w.isVisible() and w.isEnabled() and w.focusProxy() is None
            and (w.focusPolicy() & wanted) == wanted]  # fmt: skip


def walk(window: QWidget, backwards: bool = False) -> list[QWidget]:
    """Press Tab (or Shift+Tab) until focus comes back round; the widgets it stopped on."""
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    reached: list[QWidget] = []
    for _ in range(WALK_LIMIT):
        QTest.keyClick(QApplication.focusWidget() or window, key)
        focused = QApplication.focusWidget()
        if focused is None or focused in reached:
            break
        reached.append(focused)
    return reached


def spoken_name(widget: QWidget) -> str:
    """What a screen reader announces: the accessible name, a button's own text, or the text
    of the label that names the widget (a form's row label, set as its buddy)."""
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return widget.text()
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget and label.text().strip():
            return label.text()
    if isinstance(widget, QTabBar):  # its tabs are named by their texts
        return " / ".join(widget.tabText(i) for i in range(widget.count()))
    return ""


def describe(widgets: list[QWidget]) -> list[str]:
    return [f"{type(w).__name__} {spoken_name(w)!r}" for w in widgets]


def every_tab_of(page: QWidget):
    """Each tab of each tab widget on ``page`` in turn (the page itself when it has none)."""
    tab_widgets = [t for t in page.findChildren(QTabWidget) if t.isVisible()]
    if not tab_widgets:
        yield "-"
        return
    for tabs in tab_widgets:
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            yield tabs.tabText(index)


@pytest.fixture
def window(make_window, qtbot, tiny_model):
    """A window with a model loaded (so Send and the chat's controls are enabled), on screen."""
    window = make_window(FakeEngine)
    qtbot.waitUntil(lambda: window._picker_filled_once, timeout=20_000)
    window.resize(1280, 800)
    window.show()
    with qtbot.waitSignal(window.loader.ready, timeout=20_000):
        window.loader.load(str(tiny_model))
    return window


def test_tab_reaches_every_control_of_every_page_and_each_has_a_name(window, qtbot):
    # Controls that only show in some states: Send (a message typed), the error banner's close
    # button, the Settings page's Apply and Revert (an edit waiting).
    window.input.setPlainText("a message, so Send is enabled")
    window.show_error("Something to close")
    window.settings_page.general.threads.setValue(3)
    assert window.settings_page.pending
    window.settings_link.ask = lambda: QMessageBox.StandardButton.Discard  # at close
    for key in window.navigation.keys:
        window.show_page(key)
        page = window.pages.currentWidget()
        for tab in every_tab_of(page):
            window.navigation.rail.buttons[key].setFocus()
            qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
            reached = walk(window)
            missed = [w for w in tab_stops(window) if w not in reached]
            assert not missed, f"{key}/{tab}: Tab never reaches {describe(missed)}"
            unnamed = [w for w in reached if not spoken_name(w)]
            assert not unnamed, f"{key}/{tab}: no accessible name for {describe(unnamed)}"


def test_shift_tab_walks_the_same_controls_backwards(window, qtbot):
    window.show_page("chats")
    window.navigation.rail.buttons["chats"].setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    forwards = walk(window)
    window.navigation.rail.buttons["chats"].setFocus()
    backwards = walk(window, backwards=True)
    assert set(backwards) == set(forwards)
    # From the rail, Shift+Tab goes to the last control and on up the page.
    assert backwards[:-1] == list(reversed(forwards[:-1]))


def test_the_chat_page_reads_from_the_list_to_the_message_box(window, qtbot):
    """The order follows the page: the chats list, the chat's top row, the conversation, then
    the message box and its Send button last."""
    window.show_page("chats")
    window.navigation.rail.buttons["chats"].setFocus()
    reached = walk(window)
    order = [reached.index(w) for w in (window.sidebar.new_button, window.transcript,
                                         window.input, window.send_button)]  # fmt: skip
    assert order == sorted(order), describe(reached)
