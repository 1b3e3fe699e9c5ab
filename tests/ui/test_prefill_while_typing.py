"""Prefill while typing, in the window: a pause in typing decodes the draft's prompt ahead."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal, Slot

from gpt4local.core.inference.engine import PREFILL_HOLD_BACK
from gpt4local.core.inference.options import LoadSettings, SamplingSettings
from gpt4local.diagnostics.synthetic_model import ModelShape, write_model
from tests.ui.conftest import FakeEngine

TIMEOUT = 20_000


@pytest.fixture(scope="module")
def small_model(tmp_path_factory) -> Path:
    shape = ModelShape(n_embd=128, n_layers=2, n_head=2, n_head_kv=2, n_ff=256)
    return write_model(tmp_path_factory.mktemp("typing") / "small.gguf", shape)


class GuiRelay(QObject):
    """Re-emits a worker-thread signal on the GUI thread (waitSignal must not be woken from
    another thread: its timer would be stopped there)."""

    arrived = Signal(int, int)

    @Slot(int, int)
    def forward(self, first: int, second: int) -> None:
        self.arrived.emit(first, second)


def loaded(qtbot, window, model: Path):
    with qtbot.waitSignal(window.model_ready, timeout=TIMEOUT):
        window.add_model_file(str(model))
    window.sampling = SamplingSettings(max_tokens=6, seed=1)
    return window._engine.worker


def test_a_pause_in_typing_decodes_the_prompt_and_send_finds_it_cached(
    qtbot, make_window, small_model
):
    window = make_window()
    worker = loaded(qtbot, window, small_model)
    relay = GuiRelay()
    worker.prefilled.connect(relay.forward)  # queued: the relay lives in the GUI thread
    with qtbot.waitSignal(relay.arrived, timeout=TIMEOUT) as prefilled:
        window.input.setPlainText("What is a dragon, and where do dragons live these days?")
    number, decoded = prefilled.args
    assert number == 1 and decoded > 0
    with qtbot.waitSignal(window.answer_finished, timeout=TIMEOUT) as finished:
        window.send()
    stats = finished.args[0]
    assert stats["evaluated_tokens"] == PREFILL_HOLD_BACK
    assert stats["prompt_tokens"] == decoded + PREFILL_HOLD_BACK
    assert worker._prefill_cutoff >= number  # Send put every earlier request out of date


def test_nothing_is_prefilled_while_answering_and_send_supersedes_drafts(
    qtbot, make_window, tiny_model
):
    window = make_window(FakeEngine)
    loaded(qtbot, window, tiny_model)
    window.sampling = SamplingSettings(max_tokens=400)  # long enough to type during it
    prefill = window.chat.prefill
    requests: list[tuple] = []
    superseded: list[int] = []
    prefill.requested.connect(lambda messages, _max, number: requests.append((messages, number)))
    prefill.superseded.connect(superseded.append)

    window.input.setPlainText("first question")
    prefill._request()  # as when typing pauses
    assert [m.content for m in requests[-1][0]] == ["first question"] and requests[-1][1] == 1
    window.send()
    assert superseded[-1] == 1  # the answer does not wait behind the draft's prefill
    window.input.setPlainText("typed while the answer streams")
    prefill._request()
    assert len(requests) == 1  # nothing is decoded ahead while an answer is being made
    qtbot.waitUntil(lambda: "w2" in window.transcript.toPlainText(), timeout=TIMEOUT)
    with qtbot.waitSignal(window.answer_finished, timeout=TIMEOUT):
        window.stop()  # after some words: the exchange stays
    prefill._request()
    messages, number = requests[-1]
    assert number == 2 and messages[-1].content == "typed while the answer streams"
    assert messages[0].content == "first question"  # after the conversation so far


def test_the_settings_can_turn_it_off(qtbot, make_window, tiny_model):
    from gpt4local.core.settings import Settings
    from gpt4local.ui.settings.dialog import SettingsDialog

    dialog = SettingsDialog(Settings(), [])
    qtbot.addWidget(dialog)
    assert dialog.general.prefill.isChecked()
    dialog.general.prefill.setChecked(False)
    assert dialog.result_settings().prefill_while_typing is False

    window = make_window(FakeEngine, prefill_while_typing=False)
    loaded(qtbot, window, tiny_model)
    requests: list[int] = []
    window.chat.prefill.requested.connect(lambda _m, _t, number: requests.append(number))
    window.input.setPlainText("a question typed slowly")
    window.chat.prefill._request()  # as when typing pauses
    assert requests == []


def test_a_draft_the_engine_refuses_is_dropped_quietly(qtbot, tiny_model, caplog):
    from gpt4local.core.errors import PromptTooLongError
    from gpt4local.ui.engine.worker import EngineWorker

    class TooLong(FakeEngine):
        def prefill(self, messages, max_tokens, cancel) -> int:
            raise PromptTooLongError("The message is too long for the context.")

    worker = EngineWorker(TooLong)  # not moved to a thread: its slots run right here
    worker.load_model(str(tiny_model), LoadSettings())
    assert isinstance(worker._engine, TooLong)
    done: list[tuple[int, int]] = []
    worker.prefilled.connect(lambda number, decoded: done.append((number, decoded)))
    worker.prefill([], 16, 1)
    assert done == [] and not [r for r in caplog.records if r.levelname == "ERROR"]
