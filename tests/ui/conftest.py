"""UI fixtures: the main window with the real engine, or with a fast fake one."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from gpt4local.core.inference.chat_backend import EngineInfo
from gpt4local.core.inference.events import GenerationStats, TextChunk
from gpt4local.core.inference.options import LoadSettings
from gpt4local.core.settings import Settings
from gpt4local.ui.settings.page import SettingsPage
from gpt4local.ui.theme import apply_theme
from gpt4local.ui.window.main_window import MainWindow


@pytest.fixture(autouse=True, scope="session")
def designed_look(qapp):
    """Every UI test runs in the look the app starts with (our palette and style sheet), not
    in whichever the previous test left."""
    apply_theme(qapp, "system", 0)


class FakeEngine:
    """Streams numbered words until told to stop, at a steady pace; no model needed."""

    def __init__(self, path: Path, load: LoadSettings, gguf: object) -> None:
        self.info = EngineInfo(
            model_name=f"fake {path.stem}",
            path=path,
            n_ctx=load.n_ctx,
            n_ctx_train=4096,
            device="CPU",
            threads=1,
            template_origin="gguf",
        )
        self.received = []
        self.prefilled = []  # the drafts it was asked to decode ahead

    def stream(self, messages, sampling, cancel: threading.Event, continue_answer=False):
        self.received.append(tuple(messages))
        words = []
        # Like the engine: no limit of its own (0) runs until the context is full.
        reason = "length" if sampling.max_tokens else "context_full"
        for i in range(sampling.max_tokens or self.info.n_ctx):
            if cancel.wait(0.002):  # the fake's own pace; also how it notices Stop
                reason = "cancelled"
                break
            words.append(f"w{i} ")
            yield TextChunk(words[-1])
        yield GenerationStats("".join(words), 10, 10, len(words), 0.01, 100.0, 1000.0, reason, 0)

    def prefill(self, messages, max_tokens, cancel) -> int:
        self.prefilled.append(tuple(messages))
        return 0

    def close(self) -> None:
        pass


@pytest.fixture
def make_window(qtbot):
    windows = []

    def make(engine_factory=None, **settings):
        kwargs = {"engine_factory": engine_factory} if engine_factory else {}
        window = MainWindow(Settings(**settings), **kwargs)
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()  # stops the engine thread; a thread left running fails the run
        assert not window.engine.service.running


@pytest.fixture
def open_page(qtbot, tiny_model, untemplated_model):
    """A Settings page over two synthetic models; it returns once the first model's template is
    read."""

    def open_(
        settings: Settings | None = None, models: list | None = None, loaded_model: str = ""
    ) -> SettingsPage:
        chosen = [tiny_model, untemplated_model] if models is None else models
        page = SettingsPage(settings or Settings(), [str(m) for m in chosen], loaded_model)
        qtbot.addWidget(page)
        if chosen:
            # The result is queued to the GUI thread, so it cannot arrive before this waits.
            with qtbot.waitSignal(page.per_model.editor.model_read, timeout=10_000):
                pass
        return page

    return open_
