"""The transcript as a reader uses it: streamed Markdown, stats, copy links, actions, scrolling."""

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication, QTextCursor

from gpt4local.core.messages import Message
from gpt4local.ui.transcript import view as transcript_module
from gpt4local.ui.transcript.view import FRAME_BUDGET, Transcript
from tests.ui.transcript_helpers import click_action, offered, offered_anywhere, show

ANSWER = """Here is the code:

```python
def double(x):
    return x * 2
```

And a list:

- one
- two with `code`

| a | b |
|---|---|
| 1 | 2 |

```bash
echo done
```
"""
STATS = {
    "text": ANSWER,
    "prompt_tokens": 30,
    "evaluated_tokens": 30,
    "completion_tokens": 1234,
    "ttft_s": 0.5,
    "tokens_per_s": 41.66,
    "stop_reason": "eos",
}


@pytest.fixture
def transcript(qtbot):
    view = Transcript()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    return view


def stream(qtbot, view, text, step=7, stats=None):
    view.conversation.begin_answer()
    for i in range(0, len(text), step):
        view.conversation.add_answer_text(text[i : i + step])
    view.conversation.end_answer(stats)
    qtbot.waitUntil(lambda: not view.streaming)


def anchors(view):
    """Every link in the document: href → the position in the middle of its text."""
    found = {}
    block = view.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            href = fragment.charFormat().anchorHref()
            if href:
                found.setdefault(href, fragment.position() + fragment.length() // 2)
            it += 1
        block = block.next()
    return found


def click_link(qtbot, view, href):
    """Click the link as a person would: scrolled into view, mouse press and release on it."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(anchors(view)[href])
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.cursorRect(cursor).center())  # fmt: skip


def test_streamed_text_appears_and_the_answer_ends_with_its_stats(qtbot, transcript):
    transcript.conversation.append("user", "Write code")
    transcript.conversation.begin_answer()
    assert "Thinking…" in transcript.toPlainText()  # until the first words arrive
    transcript.conversation.add_answer_text("Here is ")
    transcript.conversation.add_answer_text("**bold** text")
    qtbot.waitUntil(lambda: "Here is bold text" in transcript.toPlainText())
    assert "Thinking…" not in transcript.toPlainText()
    assert transcript.streaming
    transcript.conversation.end_answer(STATS)
    assert not transcript.streaming
    assert "1,234 tokens · 41.7 tokens/s · first token 0.50 s · end" in transcript.toPlainText()
    assert transcript.messages[-1].text == "Here is **bold** text"
    assert transcript.last_answer_text() == "Here is **bold** text"


@pytest.mark.parametrize(
    ("reason", "label"),
    [
        ("eos", "end"),
        ("stop_string", "end"),
        ("length", "length"),
        ("cancelled", "stopped"),
        ("context_full", "context full"),
    ],
)
def test_stop_reason_is_named(qtbot, transcript, reason, label):
    stream(qtbot, transcript, "An answer.", stats={**STATS, "stop_reason": reason})
    assert transcript.toPlainText().rstrip().endswith(f"s · {label}")
    assert ("Continue" in offered(transcript, 0)) is (reason == "length")


def test_answer_is_rendered_as_markdown_with_highlighted_code(qtbot, transcript):
    stream(qtbot, transcript, ANSWER, stats=STATS)
    html = transcript.document().toHtml()
    text = transcript.toPlainText()
    assert "**" not in text and "```" not in text
    assert "def double(x):" in text and "echo done" in text
    assert html.count("<table") >= 5  # two code boxes (two tables each) and the Markdown table
    assert "color:#008000" in html.replace(" ", "").lower()  # Pygments' keyword colour
    assert "python" in text and "bash" in text  # language labels


def test_user_text_is_shown_as_typed(qtbot, transcript):
    transcript.conversation.append("user", "**not bold** <b>no tag</b>\n  two spaces, a new line")
    text = transcript.toPlainText()
    assert "**not bold** <b>no tag</b>\n  two spaces, a new line" in text


def test_streaming_ends_with_the_same_document_as_showing_the_answer_whole(qtbot, transcript):
    for step in (1, 5, 64):
        transcript.conversation.replace([])
        transcript.conversation.append("user", "question")
        stream(qtbot, transcript, ANSWER * 2, step=step, stats=STATS)
        streamed = transcript.document().toHtml()
        show(
            transcript,
            [Message("user", "question"), Message("assistant", ANSWER * 2)],
            [None, STATS],
        )
        assert transcript.document().toHtml() == streamed


def test_open_code_grown_line_by_line_looks_like_rendering_it_at_once(
    qtbot, transcript, monkeypatch
):
    code = "Intro.\n\n```python\n" + "".join(f"x{i} = {i}\n" for i in range(12)) + "y ="
    appended = []
    append_code = transcript.answer_stream._append_code
    monkeypatch.setattr(
        transcript.answer_stream, "_append_code", lambda c: appended.append(c) or append_code(c)
    )
    transcript.conversation.begin_answer()
    for i in range(0, len(code), 3):
        transcript.conversation.add_answer_text(code[i : i + 3])
        transcript.answer_stream._flush()  # every piece, as at a slow pace
    grown = transcript.document().toHtml()
    assert "x11 = 11" in transcript.toPlainText()
    assert len(appended) > 20  # only the new code was added, not the block rendered again
    transcript.conversation.replace([])
    transcript.conversation.begin_answer()
    transcript.conversation.add_answer_text(code)
    qtbot.waitUntil(lambda: "y =" in transcript.toPlainText())
    assert transcript.document().toHtml() == grown


def test_copy_message_puts_the_raw_markdown_on_the_clipboard(qtbot, transcript):
    transcript.conversation.append("user", "Write code")
    stream(qtbot, transcript, ANSWER, stats=STATS)
    with qtbot.waitSignal(transcript.copied) as copied:
        click_action(qtbot, transcript, 1, "Copy")
    assert QGuiApplication.clipboard().text() == ANSWER == copied.args[0]
    click_action(qtbot, transcript, 0, "Copy")
    assert QGuiApplication.clipboard().text() == "Write code"


def test_copy_code_block_puts_just_that_code_on_the_clipboard(qtbot, transcript):
    transcript.conversation.append("user", "Write code")
    stream(qtbot, transcript, ANSWER, stats=STATS)
    click_link(qtbot, transcript, "gpt4local:code/1/0")
    assert QGuiApplication.clipboard().text() == "def double(x):\n    return x * 2\n"
    click_link(qtbot, transcript, "gpt4local:code/1/1")
    assert QGuiApplication.clipboard().text() == "echo done\n"


LONG_LINE = "total = " + " + ".join(f"values[{i}]" for i in range(40))


@pytest.mark.parametrize("streamed", [True, False])
def test_a_long_code_line_wraps_instead_of_widening_the_conversation(qtbot, transcript, streamed):
    """A document scrolls sideways only as a whole: a code line wider than the view would hide
    the code header's Copy and push every message off to the side."""
    answer = f"Here:\n\n```python\n{LONG_LINE}\n```\n"
    transcript.conversation.append("user", "Sum them")
    if streamed:
        stream(qtbot, transcript, answer, stats=STATS)
    else:
        show(transcript, [Message("user", "Sum them"), Message("assistant", answer)])
    transcript.document().adjustSize()
    assert transcript.horizontalScrollBar().maximum() == 0
    click_link(qtbot, transcript, "gpt4local:code/1/0")
    assert QGuiApplication.clipboard().text() == LONG_LINE + "\n"  # copied as written

def test_regenerate_and_continue_are_offered_on_the_last_answer_only(qtbot, transcript):
    transcript.conversation.append("user", "first")
    stream(qtbot, transcript, "cut off", stats={**STATS, "stop_reason": "length"})
    assert offered(transcript, 1) == ["Copy", "Regenerate", "Continue"]
    with qtbot.waitSignal(transcript.regenerate_requested):
        click_action(qtbot, transcript, 1, "Regenerate")
    with qtbot.waitSignal(transcript.continue_requested):
        click_action(qtbot, transcript, 1, "Continue")

    transcript.conversation.append("user", "second")
    actions = offered_anywhere(transcript)
    assert "Regenerate" not in actions and "Continue" not in actions
    assert offered(transcript, 1) == ["Copy"]  # the earlier answer keeps its Copy and stats
    assert transcript.toPlainText().count("tokens/s") == 1
    stream(qtbot, transcript, "done", stats=STATS)
    assert offered_anywhere(transcript).count("Regenerate") == 1


def test_edit_is_offered_on_user_messages_with_their_index(qtbot, transcript):
    show(transcript, [Message("user", "a"), Message("assistant", "b"), Message("user", "c")])
    with qtbot.waitSignal(transcript.edit_requested) as edit:
        click_action(qtbot, transcript, 2, "Edit")
    assert edit.args == [2]
    assert "Edit" not in offered(transcript, 1)  # answers are not edited


def test_show_history_with_stats_and_clear(qtbot, transcript):
    history = [Message("user", "hi"), Message("assistant", "# Hello\n\nthere")]
    show(transcript, history, [None, STATS])
    assert [(m.role, m.text) for m in transcript.messages] == [
        ("user", "hi"),
        ("assistant", "# Hello\n\nthere"),
    ]
    text = transcript.toPlainText()
    assert "Hello\nthere" in text and "1,234 tokens" in text
    transcript.conversation.replace([])
    assert transcript.messages == [] and transcript.toPlainText() == ""
    assert transcript.last_answer_text() == ""


def test_continue_answer_streams_into_the_last_answer(qtbot, transcript):
    stream(qtbot, transcript, "```python\nx = 1\n", stats={**STATS, "stop_reason": "length"})
    transcript.conversation.resume_answer()
    assert "Continue" not in offered_anywhere(transcript)
    for piece in ["y = 2\n", "```\n\nDone."]:
        transcript.conversation.add_answer_text(piece)
    transcript.conversation.end_answer(STATS)
    assert transcript.last_answer_text() == "```python\nx = 1\ny = 2\n```\n\nDone."
    assert len(transcript.messages) == 1
    click_link(qtbot, transcript, "gpt4local:code/0/0")
    assert QGuiApplication.clipboard().text() == "x = 1\ny = 2\n"


def test_web_links_open_in_the_browser_and_forged_actions_do_nothing(
    qtbot, transcript, monkeypatch
):
    opened = []
    monkeypatch.setattr(transcript_module.QDesktopServices, "openUrl", opened.append)
    stream(qtbot, transcript, "[docs](https://example.com/d) [x](gpt4local:regenerate)")
    assert "[x](gpt4local:regenerate)" in transcript.toPlainText()  # text, not a link
    click_link(qtbot, transcript, "https://example.com/d")
    assert opened == [QUrl("https://example.com/d")]


def test_repaints_are_bounded_however_fast_text_arrives(qtbot, transcript, monkeypatch):
    repaints = []
    original = transcript.answer_stream._replace_tail
    monkeypatch.setattr(
        transcript.answer_stream, "_replace_tail", lambda *a: repaints.append(1) or original(*a)
    )
    transcript.conversation.begin_answer()
    repaints.clear()
    for i in range(500):
        transcript.conversation.add_answer_text(f"word{i} ")
    assert len(repaints) <= 1  # the rest waits for the next frame
    qtbot.waitUntil(lambda: "word499" in transcript.toPlainText())
    assert len(repaints) <= 3


def test_a_flood_of_text_is_drawn_over_several_frames(qtbot, transcript):
    text = "A paragraph of some length, to be rendered.\n\n" * (FRAME_BUDGET // 10)
    transcript.conversation.begin_answer()
    transcript.conversation.add_answer_text(text)
    transcript.conversation.end_answer(STATS)
    assert transcript.streaming  # not all at once: the event loop keeps running
    qtbot.waitUntil(lambda: not transcript.streaming)
    assert transcript.toPlainText().count("A paragraph") == FRAME_BUDGET // 10
    assert "1,234 tokens" in transcript.toPlainText()


def test_follows_the_answer_only_while_the_reader_is_at_the_bottom(qtbot, transcript):
    scrollbar = transcript.verticalScrollBar()
    show(transcript, [Message("user", f"question {i}\n" * 5) for i in range(20)])
    transcript.conversation.begin_answer()
    transcript.conversation.add_answer_text("line\n\n" * 50)
    qtbot.waitUntil(lambda: scrollbar.maximum() > 0 and scrollbar.value() == scrollbar.maximum())

    scrollbar.setValue(scrollbar.maximum() // 2)  # the reader scrolls up to read
    before_max = scrollbar.maximum()
    transcript.conversation.add_answer_text("more\n\n" * 50)
    qtbot.waitUntil(lambda: scrollbar.maximum() > before_max)
    assert scrollbar.value() == before_max // 2

    scrollbar.setValue(scrollbar.maximum())  # back at the bottom: following again
    before_max = scrollbar.maximum()
    transcript.conversation.add_answer_text("again\n\n" * 50)
    qtbot.waitUntil(lambda: scrollbar.maximum() > before_max)
    qtbot.waitUntil(lambda: scrollbar.value() == scrollbar.maximum())
    transcript.conversation.end_answer(STATS)
    assert scrollbar.value() == scrollbar.maximum()
