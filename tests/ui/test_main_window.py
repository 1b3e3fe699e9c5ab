"""The window as a user drives it: offscreen, waiting on signals, never on sleeps."""

import shutil

from PySide6.QtCore import Qt

from gpt4local.core import paths
from gpt4local.core.inference.options import SamplingSettings
from gpt4local.core.settings import Settings
from gpt4local.ui.window.main_window import MainWindow

from .conftest import FakeEngine


def load(qtbot, window, path):
    with qtbot.waitSignal(window.loader.ready, timeout=30_000):
        window.loader.add_model_file(str(path))


def test_models_folder_is_listed_in_the_picker(qtbot, make_window, tiny_model):
    paths.models_dir().mkdir(parents=True)
    shutil.copy(tiny_model, paths.models_dir() / "listed.gguf")
    window = make_window()
    listed = str(paths.models_dir() / "listed.gguf")
    qtbot.waitUntil(lambda: window.model_picker.model_paths() == [listed], timeout=20_000)
    entry = window.model_picker.entry(listed)
    assert entry.name == "listed" and entry.size_text.endswith("KB")
    assert "KB" in entry.details  # the popup's quieter line under the name


def test_load_real_model_chat_and_follow_up(qtbot, make_window, tiny_model):
    window = make_window()
    load(qtbot, window, tiny_model)
    assert window.model_picker.title.text() == "synthetic-llama"
    assert window.model_picker.details.text().endswith("context 2,048 · CPU")
    window.sampling = SamplingSettings(max_tokens=16, seed=3)
    window.input.setPlainText("hello there")
    with qtbot.waitSignal(window.answer_finished, timeout=30_000) as finished:
        qtbot.keyClick(window.input, Qt.Key.Key_Return)
    answer = finished.args[0].text
    assert window.input.toPlainText() == ""
    assert [m.role for m in window.history] == ["user", "assistant"]
    assert window.history[1].content == answer
    assert answer in window.transcript.toPlainText()
    assert "tokens/s" in window.answer_stats.text()
    assert "first token after" in window.answer_stats.text()
    window.show()
    window.show_page("models")  # the chat's figures stay with the chat
    assert not window.answer_stats.isVisible()
    window.show_page("chats")
    assert window.answer_stats.isVisible()

    window.input.setPlainText("and a follow-up")
    with qtbot.waitSignal(window.answer_finished, timeout=30_000) as second:
        window.send()
    assert second.args[0].evaluated_tokens < second.args[0].prompt_tokens  # cache reused
    assert len(window.history) == 4


def test_tokens_arrive_and_stop_keeps_what_was_generated(qtbot, make_window, tiny_model):
    window = make_window(FakeEngine)
    load(qtbot, window, tiny_model)
    window.sampling = SamplingSettings(max_tokens=100_000)
    window.input.setPlainText("go on forever")
    window.send()
    qtbot.waitUntil(lambda: "w3" in window.transcript.toPlainText(), timeout=10_000)
    assert window.send_button.text() == "Stop"
    assert not window.model_picker.isEnabled()
    with qtbot.waitSignal(window.answer_finished, timeout=10_000) as finished:
        qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
    stats = finished.args[0]
    assert stats.stop_reason == "cancelled"
    assert 0 < stats.completion_tokens < 100_000
    assert window.history[-1].content == stats.text
    assert stats.text.strip() in window.transcript.toPlainText()
    assert window.send_button.text() == "Send"
    assert "stopped" in window.answer_stats.text()


def test_shift_enter_inserts_a_newline(qtbot, make_window, tmp_path):
    window = make_window(FakeEngine)
    qtbot.keyClicks(window.input, "line one")
    qtbot.keyClick(window.input, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(window.input, "line two")
    assert window.input.toPlainText() == "line one\nline two"
    assert window.history == []


def test_message_is_kept_when_no_model_is_loaded(qtbot, make_window):
    window = make_window(FakeEngine)
    window.input.setPlainText("precious words")
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    assert window.input.toPlainText() == "precious words"
    assert "Choose a model first" in window.error_banner.text()
    assert window.history == []


def test_a_scan_finishing_during_a_side_load_keeps_the_file_in_the_picker(
    qtbot, make_window, tiny_model
):
    """The start-up scan can finish after a file was side-loaded but before its load did
    (seen on a busy machine); the picker must still show the file that is loading."""
    window = make_window()
    with qtbot.waitSignal(window.loader.ready, timeout=30_000):
        window.loader.add_model_file(str(tiny_model))
        window.models_page.models_changed.emit()  # a scan that knew nothing of it lands first
        assert window.model_picker.current_path == str(tiny_model)
    assert window.model_picker.current_path == str(tiny_model)
    window.models_page.models_changed.emit()  # a later stale scan keeps the loaded model
    assert window.model_picker.current_path == str(tiny_model)


def test_bad_file_shows_an_error_and_the_app_stays_usable(
    qtbot, make_window, not_a_gguf, truncated_gguf, tiny_model
):
    window = make_window()
    for bad, reason in ((not_a_gguf, "not a GGUF"), (truncated_gguf, "truncated")):
        with qtbot.waitSignal(window.loader.failed, timeout=30_000):
            window.loader.add_model_file(str(bad))
        assert reason in window.error_banner.text()
        assert not window.error_banner.isHidden()
        assert "No model loaded" in window.model_picker.summary()
        assert not window.send_button.isEnabled()
        assert str(bad) not in window.model_picker.model_paths()  # not offered again
        assert str(bad) not in window.settings.side_loaded_models
    load(qtbot, window, tiny_model)  # and a good model still loads afterwards
    assert window.error_banner.isHidden()
    assert window.model_picker.current_path == str(tiny_model)
    # A bad file picked now leaves the loaded model in place.
    with qtbot.waitSignal(window.loader.failed, timeout=30_000):
        window.loader.add_model_file(str(not_a_gguf))
    assert window.model_picker.summary().startswith("synthetic-llama")
    assert window.model_picker.current_path == str(tiny_model)
    assert window.send_button.isEnabled()


def test_unknown_architecture_is_explained(qtbot, make_window, unknown_arch_gguf):
    window = make_window()
    with qtbot.waitSignal(window.loader.failed, timeout=30_000):
        window.loader.add_model_file(str(unknown_arch_gguf))
    assert "unknown model architecture: 'martian-lm'" in window.error_banner.text()


def test_failed_generation_gives_the_message_back(qtbot, make_window, tiny_model):
    window = make_window(context_length=128)
    load(qtbot, window, tiny_model)
    window.input.setPlainText("the " * 400)
    with qtbot.waitSignal(window.answer_failed, timeout=30_000):
        window.send()
    assert "too long for the context" in window.error_banner.text()
    assert window.input.toPlainText() == ("the " * 400).strip()
    assert window.history == []
    assert window.send_button.text() == "Send"


def test_side_loaded_model_is_remembered(qtbot, make_window, tiny_model):
    window = make_window(FakeEngine)
    load(qtbot, window, tiny_model)
    assert str(tiny_model) in window.settings.side_loaded_models
    from gpt4local.core.settings import load_settings, settings_file

    qtbot.waitUntil(settings_file().exists, timeout=20_000)
    saved, problem = load_settings()
    assert problem is None
    assert saved.side_loaded_models == [str(tiny_model)]
    assert saved.last_model == str(tiny_model)


def test_unreadable_models_folder_is_explained(qtbot, make_window, monkeypatch):
    import os

    def refuse(path):  # tests may run as root, which ignores folder modes
        raise PermissionError(13, "Permission denied", os.fspath(path))

    monkeypatch.setattr(os, "scandir", refuse)
    window = make_window(FakeEngine)
    qtbot.waitUntil(lambda: not window.error_banner.isHidden(), timeout=20_000)
    assert "No permission to read the models folder" in window.error_banner.text()


def test_busy_indicator_while_the_prompt_is_read(qtbot, make_window, tiny_model):
    window = make_window(FakeEngine)
    load(qtbot, window, tiny_model)
    window.sampling = SamplingSettings(max_tokens=3)
    window.input.setPlainText("hi")
    window.send()
    assert not window.busy_bar.isHidden()  # shown at once, before any token
    with qtbot.waitSignal(window.answer_finished, timeout=10_000):
        pass
    assert window.busy_bar.isHidden()


class SlowPromptEngine(FakeEngine):
    """Spends its time 'reading the prompt' until stopped, and never writes a word."""

    def stream(self, messages, sampling, cancel, continue_answer=False):
        from gpt4local.core.inference.events import GenerationStats, PromptProgress

        done = 0
        while not cancel.wait(0.002):
            done += 1
            yield PromptProgress(done % 100, 100)
        yield GenerationStats("", 100, done, 0, 0.5, 0.0, 0.0, "cancelled", 0)


def test_stop_before_the_first_word_gives_the_message_back(qtbot, make_window, tiny_model):
    window = make_window(SlowPromptEngine)
    load(qtbot, window, tiny_model)
    window.input.setPlainText("never mind")
    window.send()
    # Determinate progress while the prompt is read.
    qtbot.waitUntil(lambda: window.busy_bar.maximum() == 100, timeout=20_000)
    with qtbot.waitSignal(window.answer_finished, timeout=10_000):
        window.stop()
    assert window.history == []
    assert window.input.toPlainText() == "never mind"
    assert "never mind" not in window.transcript.toPlainText()


def test_a_startup_message_stays_while_the_default_model_loads(qtbot, tiny_model):
    """Settings reset at start are reported even when the model at start loads right away."""
    message = "Some settings had values gpt4local cannot use and were reset to their defaults."
    window = MainWindow(Settings(default_model=str(tiny_model)), engine_factory=FakeEngine,
                        startup_message=message)  # fmt: skip
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loader.ready, timeout=20_000):
        pass
    assert window.error_banner.text() == message and not window.error_banner.isHidden()
    window.close()
