"""Issue 12 §3: the chat reads like a conversation. The user's messages sit in tinted bubbles, the
answers under the model's avatar and name, and the actions are icon buttons shown over the message
under the pointer or the keyboard's focus, not permanent links."""

import pytest
from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QGuiApplication,
    QPalette,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication

from gpt4local.core.messages import Message
from gpt4local.ui.transcript.view import Transcript
from tests.ui.transcript_helpers import click_action, hover, offered, offers, show

STATS = {"completion_tokens": 12, "tokens_per_s": 30.0, "ttft_s": 0.2, "stop_reason": "eos"}
CHAT = [Message("user", "How do I list files?"), Message("assistant", "Use `ls`.")]


@pytest.fixture
def transcript(qtbot):
    view = Transcript()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    return view


def focus(qtbot, view):
    view.activateWindow()
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.hasFocus)


def test_pointing_at_a_message_shows_its_actions_and_leaving_hides_them(qtbot, transcript):
    transcript.clearFocus()  # the pointer alone
    show(transcript, CHAT, [None, STATS])
    toolbar = transcript.action_bar.toolbar
    assert not toolbar.isVisible()  # nothing permanent
    assert offered(transcript, 0) == ["Copy", "Edit"] == offers(transcript, 0)
    assert offered(transcript, 1) == ["Copy", "Regenerate"] == offers(transcript, 1)
    footer = transcript.footer_middle(1)
    assert abs(toolbar.geometry().center().y() - footer) <= 1  # on the answer's footer line
    assert toolbar.geometry().right() < transcript.viewport().width()
    QApplication.sendEvent(transcript.viewport(), QEvent(QEvent.Type.Leave))
    assert not toolbar.isVisible()


def test_the_buttons_are_icons_with_tooltips_and_accessible_names(qtbot, transcript):
    show(transcript, CHAT, [None, {**STATS, "stop_reason": "length"}])
    hover(transcript, 1)
    buttons = transcript.action_bar.toolbar.buttons
    assert {b.text() for b in buttons.values()} == {"Copy", "Edit", "Regenerate", "Continue"}
    for button in buttons.values():
        assert not button.icon().isNull()
        assert button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
        assert button.toolTip() == button.accessibleName() == button.text()
        assert button.accessibleDescription()


def test_each_button_does_what_its_link_did(qtbot, transcript):
    show(transcript, CHAT, [None, {**STATS, "stop_reason": "length"}])
    with qtbot.waitSignal(transcript.copied) as copied:
        click_action(qtbot, transcript, 1, "Copy")
    assert copied.args == ["Use `ls`."] and QGuiApplication.clipboard().text() == "Use `ls`."
    with qtbot.waitSignal(transcript.edit_requested) as edit:
        click_action(qtbot, transcript, 0, "Edit")
    assert edit.args == [0]
    with qtbot.waitSignal(transcript.regenerate_requested):
        click_action(qtbot, transcript, 1, "Regenerate")
    with qtbot.waitSignal(transcript.continue_requested):
        click_action(qtbot, transcript, 1, "Continue")


def test_an_answer_being_written_has_no_actions_until_it_ends(qtbot, transcript):
    show(transcript, CHAT, [None, STATS])
    transcript.conversation.append("user", "And hidden ones?")
    transcript.conversation.begin_answer()
    transcript.conversation.add_answer_text("Use `ls -a`.")
    qtbot.waitUntil(lambda: "ls -a" in transcript.toPlainText())
    assert offered(transcript, 3) == []
    assert offered(transcript, 1) == ["Copy"]  # no longer the last answer
    transcript.conversation.end_answer(STATS)
    qtbot.waitUntil(lambda: not transcript.streaming)
    assert offered(transcript, 3) == ["Copy", "Regenerate"]


def test_the_keyboard_reaches_the_actions_of_each_message(qtbot, transcript):
    show(transcript, [Message("user" if i % 2 == 0 else "assistant", f"Message {i}.\n" * 8)
                      for i in range(8)], [None, STATS] * 4)  # fmt: skip
    toolbar = transcript.action_bar.toolbar
    focus(qtbot, transcript)
    assert toolbar.isVisible() and toolbar.index == 7  # the last message at first
    qtbot.keyClick(transcript, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(transcript, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert toolbar.index == 5 and toolbar.visible_actions() == ["Copy"]
    assert 0 <= transcript.footer_middle(5) <= transcript.viewport().height()  # scrolled to it
    qtbot.keyClick(transcript, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert toolbar.index == 6 and toolbar.visible_actions() == ["Copy", "Edit"]

    qtbot.keyClick(transcript, Qt.Key.Key_Tab)  # on to the buttons
    assert QApplication.focusWidget() is toolbar.buttons["copy"]
    assert toolbar.isVisible() and toolbar.index == 6
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is toolbar.buttons["edit"]
    with qtbot.waitSignal(transcript.edit_requested) as edit:
        qtbot.keyClick(toolbar.buttons["edit"], Qt.Key.Key_Space)
    assert edit.args == [6]
    qtbot.keyClick(toolbar.buttons["edit"], Qt.Key.Key_Escape)
    assert transcript.hasFocus() and toolbar.index == 6


def test_clicking_in_a_message_puts_the_keyboard_on_it(qtbot, transcript):
    show(transcript, CHAT, [None, STATS])
    focus(qtbot, transcript)
    cursor = QTextCursor(transcript.document())
    cursor.setPosition(transcript.document().find("How do I").position())
    transcript.setTextCursor(cursor)
    assert transcript.action_bar.focused == 0
    assert transcript.action_bar.toolbar.index == 0


def test_user_messages_are_tinted_bubbles_at_the_right(qtbot, transcript):
    show(transcript, CHAT, [None, STATS])
    block = transcript.document().find("How do I list files?").block()
    table = QTextCursor(block).currentTable()
    assert table is not None and table.format().alignment() & Qt.AlignmentFlag.AlignRight
    bubble = table.cellAt(0, 0).format().background().color()
    palette = transcript.palette()
    base, accent = (palette.color(r) for r in (QPalette.ColorRole.Base,
                                               QPalette.ColorRole.Highlight))  # fmt: skip
    assert bubble != base and bubble.name() != QColor(accent).name()  # a tint of the accent
    assert "You" in transcript.toPlainText()
    # An answer is not in a bubble.
    answer = transcript.document().find("Use").block()
    assert QTextCursor(answer).currentTable() is None


def test_answers_carry_the_avatar_and_the_name_of_their_model(qtbot, transcript):
    show(transcript, CHAT, [None, {**STATS, "model": "Qwen2.5 7B Instruct"}])
    text = transcript.toPlainText()
    assert "Qwen2.5 7B Instruct" in text
    html = transcript.toHtml()
    start = html.index("gpt4local-icon:bot-avatar/")
    avatar = QUrl(html[start : html.index('"', start)])
    image = QTextDocument.ResourceType.ImageResource.value
    assert not transcript.loadResource(image, avatar).isNull()  # drawn from the "bot" icon

    # Saved before answers named their model: not some other model's name.
    transcript.model_name = "Llama 3.2 1B"
    show(transcript, [Message("user", "Hi"), Message("assistant", "Hello.")], [None, STATS])
    assert "Assistant" in transcript.toPlainText()
    assert "Llama 3.2 1B" not in transcript.toPlainText()
    # Written now: the loaded model's.
    transcript.conversation.append("user", "Thanks")
    transcript.conversation.begin_answer()
    assert "Llama 3.2 1B" in transcript.toPlainText()


def test_the_stats_line_is_small_and_muted(qtbot, transcript):
    show(transcript, CHAT, [None, STATS])
    block = transcript.document().find("tokens/s").block()
    char = block.begin().fragment().charFormat()
    assert char.foreground().color().name() == transcript._look.muted
    assert block.layout().lineAt(0).height() < QFontMetrics(transcript.font()).height()
