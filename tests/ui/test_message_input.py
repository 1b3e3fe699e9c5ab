"""Issue 12 §3: the input is a rounded box with the Send/Stop button inside; it grows with the
text up to a limit, then scrolls. Enter sends, Shift+Enter starts a new line."""

import pytest
from PySide6.QtCore import Qt

from gpt4local.ui.chat.message_input import MAX_LINES, MessageBox, MessageInput, SendButton


@pytest.fixture
def box(qtbot):
    message, button = MessageInput(), SendButton()
    box = MessageBox(message, button)
    qtbot.addWidget(box)
    box.resize(500, 60)
    box.show()
    qtbot.waitExposed(box)
    return box, message, button


def new_line(qtbot, message):
    qtbot.keyClick(message, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)


def test_the_box_grows_with_each_line_up_to_its_limit_then_scrolls(qtbot, box):
    _box, message, _button = box
    one_line = message.maximumHeight()
    heights = [one_line]
    qtbot.keyClicks(message, "line 1")
    for i in range(2, MAX_LINES + 4):
        new_line(qtbot, message)
        qtbot.keyClicks(message, f"line {i}")
        heights.append(message.maximumHeight())
    step = message.fontMetrics().lineSpacing()
    assert heights[:MAX_LINES] == [one_line + n * step for n in range(MAX_LINES)]
    assert heights[MAX_LINES:] == [heights[MAX_LINES - 1]] * (len(heights) - MAX_LINES)
    qtbot.waitUntil(lambda: message.height() == heights[-1])  # the box made room for it
    assert message.verticalScrollBar().maximum() > 0  # the rest scrolls
    message.clear()
    qtbot.waitUntil(lambda: message.height() == one_line)  # and shrinks back


def test_a_long_line_that_wraps_grows_the_box_too(qtbot, box):
    _box, message, _button = box
    one_line = message.maximumHeight()
    message.setPlainText("word " * 200)
    qtbot.waitUntil(lambda: message.maximumHeight() > one_line)


def test_enter_sends_and_shift_enter_starts_a_new_line(qtbot, box):
    _box, message, _button = box
    qtbot.keyClicks(message, "a")
    new_line(qtbot, message)
    qtbot.keyClicks(message, "b")
    with qtbot.waitSignal(message.submitted):
        qtbot.keyClick(message, Qt.Key.Key_Return)
    assert message.toPlainText() == "a\nb"


def test_the_button_sits_inside_the_box_and_says_what_it_does(qtbot, box):
    box_widget, message, button = box
    assert button.parent() is box_widget and message.parent() is box_widget
    assert box_widget.rect().contains(button.geometry())
    assert button.text() == button.accessibleName() == "Send"
    assert "Send" in button.toolTip()
    button.setText("Stop")  # what the page does while an answer is written
    assert button.text() == button.accessibleName() == "Stop"
    assert "Stop" in button.toolTip()
    with qtbot.waitSignal(button.clicked):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_hint_stays_on_one_line_however_narrow_the_box(qtbot, box):
    """Wrapped, the hint's second line would be cut off by the one-line box (German is longer)."""
    box_widget, message, _button = box
    assert message.placeholderText() == message.hint  # room enough
    box_widget.resize(220, 60)
    qtbot.waitUntil(lambda: message.placeholderText() != message.hint)
    shown = message.placeholderText()
    assert shown.endswith("…") and message.hint.startswith(shown[:-1])
    assert message.fontMetrics().horizontalAdvance(shown) <= message.viewport().width()
    box_widget.resize(600, 60)
    qtbot.waitUntil(lambda: message.placeholderText() == message.hint)
