"""The window in step with its chats: leaving a chat mid-answer, a refused message, two windows on
one chat, the stats of the chat on screen (issue 10, sections 5 and 6)."""

from __future__ import annotations

from gpt4local.core.chats.store import ChatStore, chats_file
from gpt4local.core.inference.options import SamplingSettings
from gpt4local.core.settings import Settings
from gpt4local.ui.window.main_window import MainWindow
from tests.ui.conftest import FakeEngine
from tests.ui.test_conversations import (
    TIMEOUT,
    SlowEngine,
    ask,
    load,
    opened,
    settle,
    stored,
    titles,
)
from tests.ui.test_main_window import SlowPromptEngine


def two_chats(qtbot, window) -> tuple[int, int]:
    """'apples' (the older) and 'bananas' (on screen), one exchange each."""
    ask(qtbot, window, "about apples")
    settle(qtbot, window)
    apples = window.chat.session.current_id
    window.new_chat()
    ask(qtbot, window, "about bananas")
    settle(qtbot, window)
    return apples, window.chat.session.current_id


def click(window, conversation_id: int) -> None:
    """Choose a chat in the sidebar, as a click does."""
    model = window.sidebar.model
    window.sidebar.view.setCurrentIndex(model.index(model.row_of(conversation_id)))


def start_long_answer(qtbot, window, text: str) -> None:
    """Send ``text`` and wait for the first words of an answer that goes on until stopped."""
    window.sampling = SamplingSettings(max_tokens=100_000)
    window.input.setPlainText(text)
    window.send()
    last = window.transcript.messages
    qtbot.waitUntil(lambda: last[-1].text.startswith("w0 w1 w2 w3") and last[-2].text == text,
                    timeout=TIMEOUT)  # fmt: skip


def test_choosing_another_chat_mid_answer_stops_saves_then_switches(qtbot, make_window, tiny_model):
    """Issue 10, 6: 'clicking another chat leaves the old transcript on screen with the new chat
    highlighted, and the next Send goes to the wrong chat. Stop, save, then switch.'"""
    window = opened(qtbot, make_window(SlowEngine))
    load(qtbot, window, tiny_model)
    apples, bananas = two_chats(qtbot, window)
    start_long_answer(qtbot, window, "tell me more about bananas")
    with qtbot.waitSignal(window.chat.session.opened, timeout=TIMEOUT):
        click(window, apples)
    assert not window.generating and window.send_button.text() == "Send"
    assert window.chat.session.current_id == apples == window.sidebar.current_id()
    assert window.history[0].content == "about apples"
    assert "bananas" not in window.transcript.toPlainText()
    settle(qtbot, window)
    partial = stored(bananas)[1][-1]
    assert partial.content.startswith("w0 w1 w2 w3") and partial.stats["stop_reason"] == "cancelled"

    ask(qtbot, window, "and apples again")  # Send goes to the chat on screen
    settle(qtbot, window)
    assert [m.content for m in stored(apples)[1]][2] == "and apples again"
    assert "and apples again" not in [m.content for m in stored(bananas)[1]]


def test_send_waits_while_a_chat_opens(qtbot, make_window, tiny_model):
    window = opened(qtbot, make_window(FakeEngine))
    load(qtbot, window, tiny_model)
    apples, bananas = two_chats(qtbot, window)
    with qtbot.waitSignal(window.chat.session.opened, timeout=TIMEOUT):
        click(window, apples)
        window.input.setPlainText("typed while apples opened")
        window.send()  # bananas is still on screen: nothing is sent anywhere
        assert not window.send_button.isEnabled() and not window.generating
    assert window.input.toPlainText() == "typed while apples opened"
    assert window.send_button.isEnabled()
    settle(qtbot, window)
    assert len(stored(apples)[1]) == len(stored(bananas)[1]) == 2


def test_new_chat_or_deleting_the_chat_mid_answer_stop_and_save_first(
    qtbot, make_window, tiny_model
):
    window = opened(qtbot, make_window(SlowEngine))
    load(qtbot, window, tiny_model)
    apples, bananas = two_chats(qtbot, window)
    start_long_answer(qtbot, window, "go on about bananas")
    with qtbot.waitSignal(window.chat.session.opened, timeout=TIMEOUT):
        window.new_chat()  # Ctrl+N
    assert window.history == [] and not window.generating
    assert window.transcript.messages == [] and window.sidebar.current_id() is None
    settle(qtbot, window)
    assert stored(bananas)[1][-1].stats["stop_reason"] == "cancelled"

    with qtbot.waitSignal(window.chat.session.opened, timeout=TIMEOUT):
        click(window, apples)
    start_long_answer(qtbot, window, "go on about apples")
    window.sidebar.confirm_delete = lambda title: True
    with qtbot.waitSignal(window.chat.session.listed, timeout=TIMEOUT,
                          check_params_cb=lambda found, _id: len(found) == 1):  # fmt: skip
        window.sidebar.delete(apples)
    assert window.history == [] and not window.generating
    assert [c.id for c in stored()[0]] == [bananas]


def test_a_refused_message_leaves_no_empty_chat(qtbot, make_window, tiny_model):
    """Issue 10, 6: a message too long for the context left an empty chat in the sidebar."""
    window = opened(qtbot, make_window(context_length=128))
    load(qtbot, window, tiny_model)
    window.input.setPlainText("the " * 400)
    # The chat is dropped in the store's thread, which then lists the chats again: only that
    # list can say it is gone (waiting for the queue to settle comes back before it).
    with qtbot.waitSignal(window.chat.session.listed, timeout=TIMEOUT,
                          check_params_cb=lambda found, _id: found == []):  # fmt: skip
        with qtbot.waitSignal(window.answer_failed, timeout=TIMEOUT):
            window.send()
        assert "too long for the context" in window.error_banner.text()
        assert window.input.toPlainText() == ("the " * 400).strip()
    assert titles(window) == [] and stored() == ([], [])

    ask(qtbot, window, "short")  # a chat that already has messages keeps them
    settle(qtbot, window)
    window.input.setPlainText("the " * 400)
    with qtbot.waitSignal(window.answer_failed, timeout=TIMEOUT):
        window.send()
    settle(qtbot, window)
    assert len(titles(window)) == 1 and [m.role for m in stored()[1]] == ["user", "assistant"]
    window.input.setPlainText("a short one now goes to the same chat")
    window.sampling = SamplingSettings(max_tokens=3)
    with qtbot.waitSignal(window.answer_finished, timeout=TIMEOUT):
        window.send()
    settle(qtbot, window)
    assert len(titles(window)) == 1 and len(stored()[1]) == 4


def test_stopping_a_regenerate_before_its_first_word_keeps_the_question(
    qtbot, make_window, tiny_model
):
    window = opened(qtbot, make_window(FakeEngine))
    load(qtbot, window, tiny_model)
    ask(qtbot, window, "keep this question")
    settle(qtbot, window)
    window.engine.service._backend.stream = SlowPromptEngine.stream.__get__(
        window.engine.service._backend
    )  # from now on it reads the prompt until stopped
    window.transcript.regenerate_requested.emit()
    qtbot.waitUntil(lambda: window.busy_bar.maximum() == 100, timeout=TIMEOUT)
    with qtbot.waitSignal(window.answer_finished, timeout=TIMEOUT):
        window.stop()
    assert [m.content for m in window.history] == ["keep this question"]
    assert window.input.toPlainText() == ""
    settle(qtbot, window)
    assert [m.content for m in stored()[1]] == ["keep this question"]


def test_a_regenerate_never_deletes_what_another_window_wrote(qtbot, make_window, tiny_model):
    """Issue 10, 5: 'A Regenerate in one deleted the other's saved message and answer, because
    keep_first truncates by an in-memory count.'"""
    first = opened(qtbot, make_window(FakeEngine))
    load(qtbot, first, tiny_model)
    ask(qtbot, first, "asked in the first window")
    settle(qtbot, first)
    chat_id = first.chat.session.current_id
    second = MainWindow(Settings(last_conversation_id=chat_id), engine_factory=FakeEngine)
    qtbot.addWidget(second)
    try:
        opened(qtbot, second)
        assert second.chat.session.current_id == chat_id
        load(qtbot, second, tiny_model)
        ask(qtbot, second, "asked in the second window")
        settle(qtbot, second)
    finally:
        second.close()

    with qtbot.waitSignal(first.chat.session.opened, timeout=TIMEOUT):
        first.transcript.regenerate_requested.emit()
    assert "changed elsewhere meanwhile" in first.error_banner.text()
    assert not first.generating
    contents = [m.content for m in stored(chat_id)[1]]
    assert contents[0] == "asked in the first window" and len(contents) == 4
    assert contents[2] == "asked in the second window"
    assert [m.content for m in first.history] == contents  # shown as it is now


def test_the_status_bar_shows_the_stats_of_the_chat_on_screen(qtbot, make_window, tiny_model):
    """Issue 10, 6: 'The status bar's stats belong to the chat on screen.'"""
    window = opened(qtbot, make_window(FakeEngine))
    load(qtbot, window, tiny_model)
    ask(qtbot, window, "three words", max_tokens=3)
    settle(qtbot, window)
    apples = window.chat.session.current_id
    assert window.answer_stats.text().startswith("3 tokens")
    window.new_chat()
    assert window.answer_stats.text() == ""
    ask(qtbot, window, "five words", max_tokens=5)
    assert window.answer_stats.text().startswith("5 tokens")
    with qtbot.waitSignal(window.chat.session.opened, timeout=TIMEOUT):
        click(window, apples)
    assert window.answer_stats.text().startswith("3 tokens")


def test_a_chat_that_cannot_be_opened_leaves_the_window_usable(qtbot, make_window, tiny_model):
    window = opened(qtbot, make_window(FakeEngine))
    load(qtbot, window, tiny_model)
    apples, bananas = two_chats(qtbot, window)
    with ChatStore(chats_file()) as other:
        other.delete_conversation(apples)  # gone meanwhile (another window)
    with qtbot.waitSignal(window.chat.session.problem, timeout=TIMEOUT):
        click(window, apples)
    assert "no longer exists" in window.error_banner.text()
    settle(qtbot, window)
    assert window.sidebar.current_id() == bananas == window.chat.session.current_id
    assert window.send_button.isEnabled()


def test_continuing_an_answer_saves_it_to_its_own_row(qtbot, make_window, tiny_model):
    """Continue used to save into the chat's last stored row: another window's answer, when that
    window had written to the chat meanwhile."""
    window = opened(qtbot, make_window(FakeEngine))
    load(qtbot, window, tiny_model)
    ask(qtbot, window, "cut short", max_tokens=3)  # it stops at the length: Continue is offered
    settle(qtbot, window)
    chat_id = window.chat.session.current_id
    with ChatStore(chats_file()) as other:
        other.add_message(chat_id, "user", "asked elsewhere")
        other.add_message(chat_id, "assistant", "answered elsewhere")
    with qtbot.waitSignal(window.answer_finished, timeout=TIMEOUT):
        window.transcript.continue_requested.emit()
    settle(qtbot, window)
    answer = window.history[1].content
    assert answer.startswith("w0 w1 w2 ") and len(answer) > len("w0 w1 w2 ")
    assert [m.content for m in stored(chat_id)[1]] == [
        "cut short", answer, "asked elsewhere", "answered elsewhere"]  # fmt: skip
