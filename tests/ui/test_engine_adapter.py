"""The window's adapter of the engine service: signals on the GUI thread, text coalesced, Stop."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread

from gpt4local.core.inference.events import GenerationStats, TextChunk
from gpt4local.core.inference.options import LoadSettings, SamplingSettings
from gpt4local.core.messages import Message
from gpt4local.core.service.engine_service import EngineService
from gpt4local.ui.engine.adapter import EngineAdapter
from tests.ui.conftest import FakeEngine

TIMEOUT = 20_000
QUESTION = (Message("user", "hello"),)


class Busy(FakeEngine):
    """Its prefill holds the engine thread until released; its answers come in 2,000 pieces."""

    release = threading.Event()

    def prefill(self, messages, max_tokens, cancel) -> int:
        Busy.release.wait(TIMEOUT / 1000)
        return 0

    def stream(self, messages, sampling, cancel, continue_answer=False):
        self.received.append(tuple(messages))
        pieces = [f"p{i} " for i in range(2000)]
        for piece in pieces:
            yield TextChunk(piece)
        yield GenerationStats("".join(pieces), 3, 3, 2000, 0.01, 1e5, 1e3, "length", 0)


@pytest.fixture
def engine(qtbot, tiny_model):
    Busy.release = threading.Event()
    adapter = EngineAdapter(EngineService(Busy))
    with qtbot.waitSignal(adapter.model_loaded, timeout=TIMEOUT):
        adapter.load(str(tiny_model), LoadSettings())
    yield adapter
    Busy.release.set()
    adapter.shutdown()
    assert not adapter.service.running


def test_a_stop_before_the_answer_began_is_not_lost(qtbot, engine):
    engine.prefill(QUESTION, 16, 1)  # keeps the engine busy: the answer waits behind it
    engine.generate(QUESTION, SamplingSettings())
    engine.stop()
    Busy.release.set()
    with qtbot.waitSignal(engine.generation_finished, timeout=TIMEOUT) as finished:
        pass
    assert finished.args[0] == GenerationStats.cancelled()
    assert engine.service._backend.received == []  # never asked


def test_text_comes_coalesced_on_the_gui_thread(qtbot, engine):
    pieces: list[str] = []
    threads: set[bool] = set()

    def arrived(text: str) -> None:
        pieces.append(text)
        threads.add(QThread.currentThread() is engine.thread())

    engine.text_arrived.connect(arrived)
    with qtbot.waitSignal(engine.generation_finished, timeout=TIMEOUT) as finished:
        engine.generate(QUESTION, SamplingSettings())
    stats = finished.args[0]
    assert "".join(pieces) == stats.text and stats.completion_tokens == 2000
    assert len(pieces) < 100  # at most ~30 a second, however fast the pieces come
    assert threads == {True}
