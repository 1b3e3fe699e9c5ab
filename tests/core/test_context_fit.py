import pytest

from gpt4local.core.errors import PromptTooLongError
from gpt4local.core.inference.context_fit import answer_reserve, fit_history
from gpt4local.core.messages import Message


def word_prompt(messages):
    """One token per word: easy to reason about."""
    text = " ".join(m.content for m in messages)
    return text, text.split()


def conversation(turns: int, words_per_message: int = 10) -> list[Message]:
    messages = [Message("system", "sys")]
    for i in range(turns):
        messages.append(Message("user", " ".join([f"u{i}"] * words_per_message)))
        messages.append(Message("assistant", " ".join([f"a{i}"] * words_per_message)))
    messages.append(Message("user", "last question"))
    return messages


def test_short_conversation_is_untouched():
    fitted = fit_history(conversation(2), word_prompt, n_ctx=1000, max_tokens=100)
    assert fitted.dropped_messages == 0
    assert len(fitted.tokens) == 1 + 40 + 2


def test_oldest_exchanges_go_first_and_system_prompt_stays():
    messages = conversation(10)  # 1 + 200 + 2 words
    fitted = fit_history(messages, word_prompt, n_ctx=100, max_tokens=1000)
    budget = 100 - answer_reserve(100, 1000)
    assert len(fitted.tokens) <= budget
    assert fitted.messages[0] == Message("system", "sys")
    assert fitted.messages[-1] == Message("user", "last question")
    assert fitted.dropped_messages == len(messages) - len(fitted.messages)
    assert fitted.dropped_messages % 2 == 0  # whole exchanges, never half of one
    assert fitted.messages[1].content.startswith("u")  # the first kept message is a user's


def test_newest_message_alone_may_use_the_answer_reserve():
    messages = [Message("system", "s"), Message("user", " ".join(["w"] * 80))]
    fitted = fit_history(messages, word_prompt, n_ctx=100, max_tokens=1000)
    assert len(fitted.tokens) == 81


def test_message_too_long_for_the_context_is_refused_with_numbers():
    messages = [Message("user", " ".join(["w"] * 500))]
    with pytest.raises(PromptTooLongError, match=r"500 tokens.*holds 100"):
        fit_history(messages, word_prompt, n_ctx=100, max_tokens=50)


def test_without_an_answer_limit_a_quarter_of_the_context_is_kept_for_the_answer():
    """max_tokens 0 (the default: until the context is full) must not leave the answer no room."""
    assert answer_reserve(2048, 0) == answer_reserve(2048, 100_000) == 512
    fitted = fit_history(conversation(10), word_prompt, n_ctx=100, max_tokens=0)
    assert len(fitted.tokens) <= 75
