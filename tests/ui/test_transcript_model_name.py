"""Issue 12 §3: an answer carries the name of the model that wrote it, while it is written, once
saved, and when the chat is opened again with another model (or none) loaded."""

from gpt4local.core.settings import load_settings
from tests.ui.test_conversations import TIMEOUT, ask, load, opened, settle, stored


def test_an_answer_names_its_model_now_and_after_a_restart(qtbot, make_window, tiny_model):
    window = opened(qtbot, make_window())
    load(qtbot, window, tiny_model)
    name = window.loader.loaded_model.model_name
    assert name and name not in window.transcript.toPlainText()
    ask(qtbot, window, "hello there")
    assert window.transcript.toPlainText().count(name) == 1  # over the answer
    settle(qtbot, window)
    _chats, messages = stored()
    assert messages[-1].stats["model"] == name
    window.close()

    settings, _ = load_settings()
    again = opened(qtbot, make_window(last_conversation_id=settings.last_conversation_id))
    qtbot.waitUntil(lambda: "hello there" in again.transcript.toPlainText(), timeout=TIMEOUT)
    # Drawn from the saved answer, whatever is loaded now.
    assert again.transcript.toPlainText().count(name) == 1


def test_an_empty_chat_says_to_choose_a_model_until_one_is_loaded(qtbot, make_window, tiny_model):
    window = opened(qtbot, make_window())
    assert window.transcript.placeholderText().startswith("Choose a model")
    load(qtbot, window, tiny_model)
    name = window.loader.loaded_model.model_name
    assert window.transcript.placeholderText() == f"{name} is ready: type a message below."
