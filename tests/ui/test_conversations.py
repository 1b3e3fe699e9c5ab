"""Saved conversations in the window: sidebar, titles, persistence, editing, export/import."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import typing
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication

from gpt4local.core.chats.store import ChatStore, chats_file
from gpt4local.core.inference.options import SamplingSettings
from gpt4local.core.settings import load_settings
from gpt4local.ui.background import run_in_background
from tests.ui.conftest import FakeEngine

TIMEOUT = 20_000


def opened(qtbot, window):
    """The window once its chat store is open (the sidebar filled)."""
    with qtbot.waitSignal(window.chat.session.listed, timeout=TIMEOUT):
        pass
    return window


def load(qtbot, window, model: Path) -> None:
    with qtbot.waitSignal(window.loader.ready, timeout=TIMEOUT):
        window.loader.load(str(model))


def ask(qtbot, window, text: str, max_tokens: int = 5) -> dict:
    window.sampling = SamplingSettings(max_tokens=max_tokens, seed=1)
    window.input.setPlainText(text)
    with qtbot.waitSignal(window.answer_finished, timeout=TIMEOUT) as done:
        window.send()
    return done.args[0]


def settle(qtbot, window) -> None:
    """Every store job queued so far has run, and the window has its result: jobs run in order
    and their results come back in order, so one queued now comes back last."""
    session, done = window.chat.session, []
    run_in_background(lambda: None, done.append, done.append, session, session.pool)
    qtbot.waitUntil(lambda: bool(done), timeout=TIMEOUT)


def titles(window) -> list[str]:
    return [c.title for c in window.sidebar.model.conversations]


def stored(conversation_id: int | None = None):
    with ChatStore(chats_file()) as store:
        chats = store.list_conversations()
        if not chats:
            return [], []
        chosen = conversation_id or chats[0].id
        return chats, store.messages(chosen)


def test_a_chat_is_saved_titled_by_the_model_and_reopened(qtbot, make_window, tiny_model):
    """The main path with the real engine on a synthetic model."""
    window = opened(qtbot, make_window())
    load(qtbot, window, tiny_model)
    with qtbot.waitSignal(window.chat.session.listed, timeout=TIMEOUT,
                          check_params_cb=lambda found, _id: bool(found)
                          and not found[0].title.startswith("hello there")):  # fmt: skip
        stats = ask(qtbot, window, "hello there, my first question")
    settle(qtbot, window)
    chats, messages = stored()
    assert len(chats) == 1 and chats[0].model_path == str(tiny_model)
    assert not chats[0].title_is_custom and chats[0].title == titles(window)[0]
    assert [m.role for m in messages] == ["user", "assistant"]
    assert messages[0].content == "hello there, my first question"
    assert messages[1].content == stats.text and messages[1].stats["completion_tokens"] > 0
    window.close()

    again = opened(qtbot, make_window(**_saved_state()))
    assert again.history and again.history[0].content == "hello there, my first question"
    assert "hello there" in again.transcript.toPlainText()


def _saved_state() -> dict:
    settings, _ = load_settings()
    return {"last_conversation_id": settings.last_conversation_id,
            "window_geometry": settings.window_geometry,
            "splitter_state": settings.splitter_state}  # fmt: skip


class RecordingEngine(FakeEngine):
    """A fake that notes, when asked, what the store already holds."""

    seen_in_store: typing.ClassVar[list[list[str]]] = []

    def stream(self, messages, sampling, cancel: threading.Event, continue_answer=False):
        with sqlite3.connect(chats_file()) as db:
            rows = db.execute("SELECT content FROM messages ORDER BY id").fetchall()
        RecordingEngine.seen_in_store.append([r[0] for r in rows])
        yield from super().stream(messages, sampling, cancel, continue_answer)


def test_the_message_is_committed_before_the_answer_starts(qtbot, make_window, tiny_model):
    RecordingEngine.seen_in_store = []
    window = opened(qtbot, make_window(RecordingEngine))
    load(qtbot, window, tiny_model)
    ask(qtbot, window, "remember me")
    assert "remember me" in RecordingEngine.seen_in_store[0]


def test_new_chat_switching_renaming_searching_and_deleting(qtbot, make_window, tiny_model):
    window = opened(qtbot, make_window(FakeEngine))
    load(qtbot, window, tiny_model)
    ask(qtbot, window, "about apples")
    window.new_chat()
    assert window.history == [] and window.transcript.messages == []
    ask(qtbot, window, "about bananas")
    settle(qtbot, window)
    window.chat.session.refresh_list()
    qtbot.waitUntil(lambda: len(titles(window)) == 2, timeout=TIMEOUT)

    # Switch back to the first chat: its messages come back.
    apples_id = min(c.id for c in window.sidebar.model.conversations)
    with qtbot.waitSignal(window.chat.session.opened, timeout=TIMEOUT):
        window.sidebar.view.setCurrentIndex(window.sidebar.model.index(
            window.sidebar.model.row_of(apples_id)))  # fmt: skip
    assert window.history[0].content == "about apples"

    # Rename in place; the model's title never overwrites the user's.
    with qtbot.waitSignal(window.chat.session.listed, timeout=TIMEOUT,
                          check_params_cb=lambda found, _id: any(c.title == "Fruit"
                                                                   for c in found)):  # fmt: skip
        window.sidebar.model.setData(window.sidebar.model.index(
            window.sidebar.model.row_of(apples_id)), "Fruit")  # fmt: skip
    window.chat.session.title_from_model(apples_id, "Something else")
    settle(qtbot, window)
    assert next(c for c in stored(apples_id)[0] if c.id == apples_id).title == "Fruit"

    # Search by content, then by title.
    with qtbot.waitSignal(window.chat.session.listed, timeout=TIMEOUT,
                          check_params_cb=lambda found, _id: len(found) == 1):  # fmt: skip
        window.sidebar.search_box.setText("bananas")
    assert "bananas" not in titles(window)[0] or len(titles(window)) == 1
    with qtbot.waitSignal(window.chat.session.listed, timeout=TIMEOUT,
                          check_params_cb=lambda found, _id: len(found) == 2):  # fmt: skip
        window.sidebar.search_box.clear()

    # Delete asks first.
    window.sidebar.confirm_delete = lambda title: False
    window.sidebar.delete(apples_id)
    settle(qtbot, window)
    assert len(stored()[0]) == 2
    window.sidebar.confirm_delete = lambda title: title == "Fruit"
    with qtbot.waitSignal(window.chat.session.listed, timeout=TIMEOUT,
                          check_params_cb=lambda found, _id: len(found) == 1):  # fmt: skip
        window.sidebar.delete(apples_id)
    assert window.history == []  # the open chat was the deleted one


def test_regenerate_edit_and_continue(qtbot, make_window, tiny_model):
    window = opened(qtbot, make_window(FakeEngine))
    load(qtbot, window, tiny_model)
    ask(qtbot, window, "first", max_tokens=3)
    ask(qtbot, window, "second", max_tokens=3)
    settle(qtbot, window)

    with qtbot.waitSignal(window.answer_finished, timeout=TIMEOUT):
        window.transcript.regenerate_requested.emit()
    settle(qtbot, window)
    assert [m.role for m in stored()[1]] == ["user", "assistant"] * 2

    # Continue: the cut-off answer (length) grows; still one stored row for it.
    before = window.history[-1].content
    with qtbot.waitSignal(window.answer_finished, timeout=TIMEOUT):
        window.transcript.continue_requested.emit()
    settle(qtbot, window)
    assert window.history[-1].content.startswith(before) and len(window.history) == 4
    assert stored()[1][-1].content == window.history[-1].content

    # Edit the first message: later messages are replaced after a confirmation.
    window.chat.conversation_actions.confirm_replace = lambda later: later == 3
    with qtbot.waitSignal(window.answer_finished, timeout=TIMEOUT):
        if window.chat.conversation_actions.confirm_replace(3):
            window.chat.resend_edited(0, "first, edited")
    settle(qtbot, window)
    assert next(m.content for m in stored()[1]) == "first, edited"
    assert len(stored()[1]) == 2 and len(window.history) == 2


class SlowEngine(FakeEngine):
    def stream(self, messages, sampling, cancel, continue_answer=False):
        for event in super().stream(messages, sampling, cancel, continue_answer):
            yield event
            if cancel.wait(0.01):  # ~100 words a second until stopped
                pass


def test_the_partial_answer_is_saved_while_streaming_and_on_stop(qtbot, make_window, tiny_model):
    window = opened(qtbot, make_window(SlowEngine))
    load(qtbot, window, tiny_model)
    window.sampling = SamplingSettings(max_tokens=100_000)
    window.input.setPlainText("talk")
    window.send()
    # A partial save lands while streaming (about once a second).
    qtbot.waitUntil(lambda: bool(stored()[1][-1].content) if len(stored()[1]) == 2 else False,
                    timeout=TIMEOUT)  # fmt: skip
    partial = stored()[1][-1]
    assert partial.role == "assistant" and not partial.complete
    with qtbot.waitSignal(window.answer_finished, timeout=TIMEOUT):
        window.stop()
    settle(qtbot, window)
    final = stored()[1][-1]
    assert not final.complete and final.stats["stop_reason"] == "cancelled"
    assert final.content == window.history[-1].content and len(final.content) >= len(
        partial.content
    )


def test_export_and_import(qtbot, make_window, tiny_model, tmp_path, monkeypatch):
    window = opened(qtbot, make_window(FakeEngine))
    load(qtbot, window, tiny_model)
    ask(qtbot, window, "export me")
    settle(qtbot, window)
    markdown, exported = tmp_path / "chat.md", tmp_path / "chat.json"
    for target, as_json in ((markdown, False), (exported, True)):
        monkeypatch.setattr("gpt4local.ui.window.menus.QFileDialog.getSaveFileName",
                            lambda *args, target=target: (str(target), ""))  # fmt: skip
        window.menus.export_chat(as_json=as_json)
    settle(qtbot, window)
    assert "export me" in markdown.read_text()
    assert json.loads(exported.read_text())["format"] == "gpt4local-chat"
    monkeypatch.setattr("gpt4local.ui.window.menus.QFileDialog.getOpenFileName",
                        lambda *args: (str(exported), ""))  # fmt: skip
    with qtbot.waitSignal(window.chat.session.opened, timeout=TIMEOUT):
        window.menus.import_chat()
    settle(qtbot, window)
    assert len(stored()[0]) == 2 and window.history[0].content == "export me"


def shortcut(window, keys: str) -> None:
    """Press a window shortcut (the action bound to ``keys``; offscreen windows are never
    active, so key events would not reach window-level shortcuts)."""
    [action] = [a for a in window.actions() if a.shortcut() == QKeySequence(keys)]
    action.trigger()


def test_shortcuts_copy_focus_and_settings(qtbot, make_window, tiny_model):
    window = opened(qtbot, make_window(FakeEngine))
    load(qtbot, window, tiny_model)
    stats = ask(qtbot, window, "copy this")
    window.show()
    shortcut(window, "Ctrl+Shift+C")
    assert QGuiApplication.clipboard().text() == stats.text
    window.show_page("chats")
    window.sidebar.search_box.setFocus()
    shortcut(window, "Shift+Esc")
    assert window.input.hasFocus() or QApplication.focusWidget() in (None, window.input)
    shortcut(window, "Ctrl+N")
    assert window.history == []
    shortcut(window, "Ctrl+,")
    assert window.current_page == "settings" and window.settings_page.isVisible()
    [about] = [a for a in window.actions() if a.text() == "About gpt4local"]
    about.trigger()
    assert window.menus.about_dialog.isVisible()
    window.menus.about_dialog.reject()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs kill -9")
def test_kill_during_generation_keeps_the_message_and_the_partial_answer(tiny_model, isolated_home):
    script = r"""
import sys
from PySide6.QtWidgets import QApplication
from gpt4local.core.inference.options import SamplingSettings
from gpt4local.core.settings import Settings
from gpt4local.ui.window.main_window import MainWindow
app = QApplication([])
from tests.ui.test_conversations import SlowEngine
window = MainWindow(Settings(), engine_factory=SlowEngine)  # streams until killed
window.sampling = SamplingSettings(max_tokens=100_000, seed=1)
saves = []
def loaded(info):
    window.input.setPlainText("tell me everything")
    window.send()
def saved():
    saves.append(1)
    if len(saves) >= 4:  # user message, answer row, and partial saves: then wait to be killed
        print("saved", flush=True)
window.loader.ready.connect(loaded)
window.chat.session.saved.connect(saved)
window.loader.load(sys.argv[1])
app.exec()
"""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", GPT4LOCAL_HOME=str(isolated_home))
    command = [sys.executable, "-c", script, str(tiny_model)]
    with subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True) as child:
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith("saved"):
                break
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    with ChatStore(isolated_home / "data" / "chats.db") as store:
        [chat] = store.list_conversations()
        user, answer = store.messages(chat.id)
    assert user.content == "tell me everything"
    assert answer.role == "assistant" and not answer.complete and answer.content


class SamplingRecorder(FakeEngine):
    used: typing.ClassVar[list[SamplingSettings]] = []

    def stream(self, messages, sampling, cancel, continue_answer=False):
        SamplingRecorder.used.append(sampling)
        yield from super().stream(messages, sampling, cancel, continue_answer)


def test_each_chat_keeps_the_settings_it_began_with(qtbot, make_window, tiny_model):
    SamplingRecorder.used = []
    window = opened(qtbot, make_window(SamplingRecorder))
    load(qtbot, window, tiny_model)
    window.settings.generation.temperature = 0.2
    window.settings.generation.max_tokens = 4
    window.input.setPlainText("first chat")
    with qtbot.waitSignal(window.answer_finished, timeout=TIMEOUT):
        window.send()
    settle(qtbot, window)
    first_id = window.chat.session.current_id
    window.new_chat()
    window.settings.generation.temperature = 0.9
    window.input.setPlainText("second chat")
    with qtbot.waitSignal(window.answer_finished, timeout=TIMEOUT):
        window.send()
    settle(qtbot, window)
    with qtbot.waitSignal(window.chat.session.opened, timeout=TIMEOUT):
        window.chat.session.select(first_id)
    window.input.setPlainText("back in the first")
    with qtbot.waitSignal(window.answer_finished, timeout=TIMEOUT):
        window.send()
    answers = [s for s in SamplingRecorder.used if s.max_tokens == 4]  # not the title requests
    assert [s.temperature for s in answers] == [0.2, 0.9, 0.2]


def test_a_chat_keeps_its_own_system_prompt(qtbot, make_window, tiny_model):
    window = opened(qtbot, make_window(FakeEngine))
    load(qtbot, window, tiny_model)
    window.chat.settings_panel.system_prompt.setPlainText("Answer like a pirate.")  # its panel
    ask(qtbot, window, "hello")
    settle(qtbot, window)
    engine = window.engine.service._backend
    assert engine.received[0][0].role == "system"
    assert engine.received[0][0].content == "Answer like a pirate."
    assert stored()[0][0].system_prompt == "Answer like a pirate."
    window.new_chat()
    ask(qtbot, window, "plain")
    assert engine.received[-1][0].role == "user"  # a new chat starts without it


def test_quitting_without_closing_the_window_stops_every_thread(qtbot, make_window, tiny_model):
    """The session ends or the display goes away: Qt quits the app without a close event."""
    window = opened(qtbot, make_window(FakeEngine))
    load(qtbot, window, tiny_model)
    window.shutdown()
    assert not window.engine.service.running and not window.downloads._thread.isRunning()
    window.shutdown()  # and again, from closeEvent later: harmless


def test_a_long_saved_chat_opens_with_progress_and_the_window_stays_usable(
    qtbot, make_window, isolated_home, monkeypatch
):
    from gpt4local.ui.transcript import view as transcript_module

    monkeypatch.setattr(transcript_module, "SLICE_MS", 0)  # one message per slice
    with ChatStore(chats_file()) as store:
        long_chat = store.create_conversation("Long one")
        for i in range(40):
            store.add_message(long_chat.id, "user", f"Question {i}")
            store.add_message(long_chat.id, "assistant", f"Answer {i}: " + "words " * 200)
    window = opened(qtbot, make_window(FakeEngine))
    bar = window.chat.opening_bar
    shown_while_opening: list[bool] = []
    window.transcript.history_progress.connect(
        lambda *_: shown_while_opening.append(not bar.isHidden())
    )
    with qtbot.waitSignal(window.transcript.history_shown, timeout=TIMEOUT):
        window.chat.open_conversation(long_chat.id)
    assert shown_while_opening and all(shown_while_opening)
    assert bar.maximum() == 80
    assert bar.isHidden()
    assert len(window.transcript.messages) == 80
    assert window.transcript.toPlainText().count("Question") == 40
