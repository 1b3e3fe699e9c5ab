"""The messages of the chat on screen: one model that the page, the session and the transcript
share, and what it tells them."""

from __future__ import annotations

from gpt4local.core.messages import Message
from gpt4local.ui.chat.conversation_model import ChatMessage, ConversationModel
from tests.ui.conftest import FakeEngine
from tests.ui.test_conversations import ask, load, opened, settle, stored


def recorded(model: ConversationModel) -> list[tuple]:
    seen: list[tuple] = []
    model.replaced.connect(lambda first: seen.append(("replaced", first)))
    model.appended.connect(lambda: seen.append(("appended",)))
    model.answer_begun.connect(lambda: seen.append(("begun",)))
    model.answer_resumed.connect(lambda: seen.append(("resumed",)))
    model.answer_text.connect(lambda text: seen.append(("text", text)))
    model.answer_ended.connect(lambda: seen.append(("ended",)))
    return seen


def test_a_new_chat_says_from_where_it_differs_and_an_answer_streams_in(qapp):
    model = ConversationModel()
    seen = recorded(model)
    model.replace([ChatMessage("user", "a"), ChatMessage("assistant", "b")])
    model.replace([ChatMessage("user", "a"), ChatMessage("assistant", "c")])
    model.append("user", "d")
    answer = model.begin_answer()
    model.add_answer_text("e")
    model.add_answer_text("f")
    assert model.written == "ef" and model.answer is answer and not model.continuing
    model.end_answer({"stop_reason": "eos"}, "ef!")
    assert seen == [("replaced", 0), ("replaced", 1), ("appended",), ("begun",), ("text", "e"),
                    ("text", "f"), ("ended",)]  # fmt: skip
    assert model.as_messages() == [Message("user", "a"), Message("assistant", "c"),
                                   Message("user", "d"), Message("assistant", "ef!")]  # fmt: skip
    assert model.answer is None and answer.stats == {"stop_reason": "eos"}


def test_cutting_off_an_answer_being_written_forgets_it(qapp):
    model = ConversationModel()
    model.append("user", "question")
    model.begin_answer()
    model.truncate(0)
    assert model.messages == [] and model.answer is None and model.written == ""


def test_a_continuation_that_failed_before_a_word_is_the_answer_it_was(qapp):
    model = ConversationModel()
    model.replace([ChatMessage("user", "q"), ChatMessage("assistant", "cut", {"x": 1}, 7, True)])
    answer = model.resume_answer()
    assert model.continuing and answer.stats is None and not answer.saved
    model.end_failed_continuation()
    assert (answer.text, answer.stats, answer.saved) == ("cut", {"x": 1}, True)

    model.resume_answer()
    model.add_answer_text(" more")
    model.end_failed_continuation()  # it gained text the store may not hold: not saved
    assert (answer.text, answer.stats, answer.saved) == ("cut more", None, False)


def test_the_page_the_session_and_the_transcript_share_one_conversation(
    qtbot, make_window, tiny_model
):
    window = opened(qtbot, make_window(FakeEngine))
    chat = window.chat
    assert chat.conversation is chat.session.conversation is window.transcript.conversation
    load(qtbot, window, tiny_model)
    ask(qtbot, window, "one copy only")
    settle(qtbot, window)
    [question, answer] = chat.conversation.messages
    assert window.transcript.messages[1] is answer and answer.stats["completion_tokens"] == 5
    assert [(m.stored_id, m.saved) for m in chat.conversation.messages] == [
        (m.id, True) for m in stored()[1]
    ]
    window.history.clear()  # a copy: the chat on screen does not change
    assert len(chat.conversation.messages) == 2 and question.text == "one copy only"
