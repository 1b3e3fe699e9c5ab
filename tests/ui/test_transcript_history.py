"""Showing whole conversations: long ones open in slices, cuts keep what is before them."""

import pytest

from gpt4local.core.messages import Message
from gpt4local.ui.transcript import view as transcript_module
from gpt4local.ui.transcript.view import Transcript
from tests.ui.transcript_helpers import offered_anywhere, show

ANSWER_STATS = {"completion_tokens": 12, "tokens_per_s": 30.0, "ttft_s": 0.2, "stop_reason": "eos"}


def conversation(exchanges: int) -> list[Message]:
    messages = []
    for i in range(exchanges):
        messages.append(Message("user", f"Question {i}?"))
        messages.append(Message("assistant", f"Answer **{i}**.\n\n```python\nx = {i}\n```"))
    return messages


def stats_for(messages: list[Message]) -> list[dict | None]:
    return [ANSWER_STATS if m.role == "assistant" else None for m in messages]


@pytest.fixture
def make_view(qtbot):
    def make() -> Transcript:
        view = Transcript()
        qtbot.addWidget(view)
        view.resize(600, 400)
        view.show()
        return view

    return make


@pytest.fixture
def drawn_at_once(qtbot, make_view):
    """The document a fresh transcript draws for ``messages`` (all of it)."""

    def draw(messages: list[Message]) -> str:
        view = make_view()
        with qtbot.waitSignal(view.history_shown, timeout=10_000):
            show(view, messages, stats_for(messages))
        return view.toHtml()

    return draw


@pytest.fixture
def sliced(monkeypatch):
    """Every conversation is drawn in slices of one message each."""
    monkeypatch.setattr(transcript_module, "SLICED_HISTORY_CHARS", 0)
    monkeypatch.setattr(transcript_module, "SLICE_MS", 0)


def count_renders(monkeypatch, view: Transcript) -> list[str]:
    rendered: list[str] = []
    original = view._renderer.render

    def render(markdown, *args, **kwargs):
        rendered.append(markdown)
        return original(markdown, *args, **kwargs)

    monkeypatch.setattr(view._renderer, "render", render)
    return rendered


def test_regenerating_cuts_the_last_answer_without_drawing_the_rest_again(
    qtbot, make_view, monkeypatch, drawn_at_once
):
    view = make_view()
    messages = conversation(3)
    show(view, messages, stats_for(messages))
    rendered = count_renders(monkeypatch, view)
    kept = messages[:-1]  # regenerate: the last answer goes
    with qtbot.waitSignal(view.history_shown):
        show(view, kept, stats_for(kept))
    assert rendered == []
    assert [m.text for m in view.messages] == [m.content for m in kept]
    assert view.toHtml() == drawn_at_once(kept)

    # The answer before the cut is the last one again: it gets Regenerate back.
    shorter = messages[:4]
    show(view, shorter, stats_for(shorter))
    assert rendered == []
    assert view.toHtml() == drawn_at_once(shorter)
    assert offered_anywhere(view).count("Regenerate") == 1


def test_an_edit_cuts_then_adds_the_new_message_after_the_kept_ones(
    qtbot, make_view, drawn_at_once
):
    view = make_view()
    messages = conversation(3)
    show(view, messages, stats_for(messages))
    show(view, messages[:2], stats_for(messages[:2]))
    view.conversation.append("user", "Edited question")
    expected = [*messages[:2], Message("user", "Edited question")]
    assert view.toHtml() == drawn_at_once(expected)
    assert [m.text for m in view.messages] == [m.content for m in expected]


def test_another_conversation_is_drawn_from_scratch(qtbot, make_view, drawn_at_once):
    view = make_view()
    show(view, conversation(2))
    other = [Message("user", "Something else"), Message("assistant", "Indeed.")]
    show(view, other, stats_for(other))
    assert view.toHtml() == drawn_at_once(other)


def test_a_long_conversation_opens_in_slices_with_progress(qtbot, make_view, sliced, drawn_at_once):
    view = make_view()
    messages = conversation(5)
    progress: list[tuple[int, int]] = []
    view.history_progress.connect(lambda done, total: progress.append((done, total)))
    with qtbot.waitSignal(view.history_shown, timeout=10_000):
        show(view, messages, stats_for(messages))
        assert 0 < len(view._starts) < len(messages)  # the rest comes after the events
    assert progress == [(done, 10) for done in range(1, 10)]
    assert view.toHtml() == drawn_at_once(messages)


def test_a_message_sent_while_a_conversation_opens_comes_after_all_of_it(
    qtbot, make_view, sliced, drawn_at_once
):
    view = make_view()
    messages = conversation(4)
    show(view, messages, stats_for(messages))
    view.conversation.append("user", "Next question")
    expected = [*messages, Message("user", "Next question")]
    assert view.toHtml() == drawn_at_once(expected)
    view.conversation.begin_answer()
    view.conversation.add_answer_text("Streaming")
    view.conversation.end_answer(ANSWER_STATS)
    qtbot.waitUntil(lambda: not view.streaming)
    assert view.last_answer_text() == "Streaming"
    assert offered_anywhere(view).count("Regenerate") == 1


def test_switching_away_while_a_conversation_opens_stops_drawing_it(
    qtbot, make_view, sliced, drawn_at_once
):
    view = make_view()
    show(view, conversation(6))
    other = [Message("user", "Short one")]
    with qtbot.waitSignal(view.history_shown):
        show(view, other)
    assert not view._slice_timer.isActive()  # no slice of the first one is left to run
    assert view.toPlainText().count("Question") == 0
    assert view.toHtml() == drawn_at_once(other)
