"""A change of theme redraws the transcript in the new colours, keeping its speed and the reader's
place."""

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QGuiApplication, QPalette

from gpt4local.core.chats.markdown import DARK, LIGHT
from gpt4local.core.messages import Message
from gpt4local.ui.theme import apply_theme
from gpt4local.ui.transcript import view as transcript_module
from gpt4local.ui.transcript.blocks import ACTION_SCHEME
from gpt4local.ui.transcript.view import Transcript
from tests.ui.transcript_helpers import show

ANSWER = "Run `pip install x`, then read [the docs](https://example.com).\n\n```python\nx = 1\n```"
STATS = {"completion_tokens": 12, "tokens_per_s": 30.0, "ttft_s": 0.2, "stop_reason": "eos"}
CHAT = [Message("user", "How?"), Message("assistant", ANSWER)]
TIMEOUT = 20_000


@pytest.fixture
def app(qapp):
    apply_theme(qapp, "light", 0)
    yield qapp
    apply_theme(qapp, "system", 0)  # the application outlives the test


@pytest.fixture
def make_view(qtbot, app):
    def make() -> Transcript:
        view = Transcript()
        qtbot.addWidget(view)
        view.resize(600, 400)
        view.show()
        return view

    return make


def drawn_fresh(qtbot, make_view, messages, stats) -> str:
    """The document a transcript opened now, in the current theme, draws."""
    view = make_view()
    with qtbot.waitSignal(view.history_shown, timeout=TIMEOUT):
        show(view, messages, stats)
    return view.toHtml()


def colours(view: Transcript) -> tuple[set[str], set[str]]:
    """(colours of the links in the text, inline code backgrounds) in the document."""
    links, code = set(), set()
    block = view.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            char = it.fragment().charFormat()
            if char.isAnchor() and char.anchorHref().startswith(ACTION_SCHEME):
                pass  # a code block's Copy: drawn quiet, in the muted colour, not as a link
            elif char.isAnchor():
                links.add(char.foreground().color().name())
            elif "pip install" in it.fragment().text():
                code.add(char.background().color().name())
            it += 1
        block = block.next()
    return links, code


def link_colour() -> str:
    return QGuiApplication.palette().color(QPalette.ColorRole.Link).name()


def test_switching_theme_redraws_inline_code_and_links_in_both_directions(qtbot, app, make_view):
    """Issue 10 §6: "In dark mode inline code becomes white on white until a restart, and links
    keep the wrong theme's colour after switching back." Switch light → dark → light with a chat
    holding inline code and links."""
    view = make_view()
    show(view, CHAT, [None, STATS])
    light_link = link_colour()
    assert colours(view) == ({light_link}, {LIGHT.inline_code_background})

    apply_theme(app, "dark", 0)
    dark_link = link_colour()
    assert dark_link != light_link
    qtbot.waitUntil(lambda: colours(view) == ({dark_link}, {DARK.inline_code_background}),
                    timeout=TIMEOUT)  # fmt: skip
    assert view.toHtml() == drawn_fresh(qtbot, make_view, CHAT, [None, STATS])

    apply_theme(app, "light", 0)
    qtbot.waitUntil(lambda: colours(view) == ({light_link}, {LIGHT.inline_code_background}),
                    timeout=TIMEOUT)  # fmt: skip
    assert view.toHtml() == drawn_fresh(qtbot, make_view, CHAT, [None, STATS])
    assert [m.text for m in view.messages] == ["How?", ANSWER]


def test_a_long_chat_is_redrawn_in_slices(qtbot, app, make_view, monkeypatch):
    """The redraw keeps the transcript's speed: a long chat is drawn in slices, as on opening."""
    monkeypatch.setattr(transcript_module, "SLICED_HISTORY_CHARS", 0)
    monkeypatch.setattr(transcript_module, "SLICE_MS", 0)
    messages = CHAT * 4
    view = make_view()
    with qtbot.waitSignal(view.history_shown, timeout=TIMEOUT):
        show(view, messages)
    progress: list[int] = []
    view.history_progress.connect(lambda done, _total: progress.append(done))
    with qtbot.waitSignal(view.history_shown, timeout=TIMEOUT):
        apply_theme(app, "dark", 0)
    assert progress == list(range(1, len(messages)))  # one message per slice here
    assert view.toHtml() == drawn_fresh(qtbot, make_view, messages, None)


def test_an_answer_being_written_is_redrawn_once_it_ends(qtbot, app, make_view):
    view = make_view()
    view.conversation.append("user", "How?")
    view.conversation.begin_answer()
    view.conversation.add_answer_text(ANSWER[:30])
    apply_theme(app, "dark", 0)
    qtbot.waitUntil(lambda: not view._restyle_timer.isActive(), timeout=TIMEOUT)
    assert view.streaming  # not restarted under the writer's feet
    view.conversation.add_answer_text(ANSWER[30:])
    view.conversation.end_answer(STATS)
    qtbot.waitUntil(lambda: colours(view)[1] == {DARK.inline_code_background}, timeout=TIMEOUT)
    assert view.toHtml() == drawn_fresh(qtbot, make_view, CHAT, [None, STATS])


def test_the_reader_stays_at_the_message_they_were_reading(qtbot, app, make_view):
    messages = [Message("user" if i % 2 == 0 else "assistant", f"Message {i}.\n\n{ANSWER}")
                for i in range(40)]  # fmt: skip
    view = make_view()
    with qtbot.waitSignal(view.history_shown, timeout=TIMEOUT):
        show(view, messages)
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)

    def top_line() -> str:
        return view.cursorForPosition(QPoint(0, 0)).block().text()

    reading = top_line()
    with qtbot.waitSignal(view.history_shown, timeout=TIMEOUT):
        apply_theme(app, "dark", 0)
    assert top_line() == reading
    assert 0 < bar.value() < bar.maximum()
