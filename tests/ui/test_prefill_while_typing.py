"""Prefill while typing, in the window: a pause in typing decodes the draft's prompt ahead."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from gpt4local.core.inference.engine import PREFILL_HOLD_BACK
from gpt4local.core.inference.options import LoadSettings, SamplingSettings
from gpt4local.diagnostics.synthetic_model import ModelShape, write_model
from tests.ui.conftest import FakeEngine

TIMEOUT = 20_000


@pytest.fixture(scope="module")
def small_model(tmp_path_factory) -> Path:
    shape = ModelShape(n_embd=128, n_layers=2, n_head=2, n_head_kv=2, n_ff=256)
    return write_model(tmp_path_factory.mktemp("typing") / "small.gguf", shape)


def loaded(qtbot, window, model: Path):
    with qtbot.waitSignal(window.loader.ready, timeout=TIMEOUT):
        window.loader.add_model_file(str(model))
    window.sampling = SamplingSettings(max_tokens=6, seed=1)
    return window.engine


def test_a_pause_in_typing_decodes_the_prompt_and_send_finds_it_cached(
    qtbot, make_window, small_model
):
    window = make_window()
    engine = loaded(qtbot, window, small_model)
    with qtbot.waitSignal(engine.prefilled, timeout=TIMEOUT) as prefilled:  # on the GUI thread
        window.input.setPlainText("What is a dragon, and where do dragons live these days?")
    number, decoded = prefilled.args
    assert number == 1 and decoded > 0
    with qtbot.waitSignal(window.answer_finished, timeout=TIMEOUT) as finished:
        window.send()
    stats = finished.args[0]
    assert stats.evaluated_tokens == PREFILL_HOLD_BACK
    assert stats.prompt_tokens == decoded + PREFILL_HOLD_BACK
    assert engine.superseded_up_to >= number  # Send put every earlier request out of date


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
    from gpt4local.ui.settings.page import SettingsPage

    page = SettingsPage(Settings(), [])
    qtbot.addWidget(page)
    assert page.general.prefill.isChecked()
    page.general.prefill.setChecked(False)
    assert page.result_settings().prefill_while_typing is False

    window = make_window(FakeEngine, prefill_while_typing=False)
    loaded(qtbot, window, tiny_model)
    requests: list[int] = []
    window.chat.prefill.requested.connect(lambda _m, _t, number: requests.append(number))
    window.input.setPlainText("a question typed slowly")
    window.chat.prefill._request()  # as when typing pauses
    assert requests == []


def test_a_draft_the_engine_refuses_is_dropped_quietly(qtbot, tiny_model, caplog):
    from gpt4local.core.errors import PromptTooLongError
    from gpt4local.core.service.engine_service import EngineService
    from gpt4local.ui.engine.adapter import EngineAdapter

    class TooLong(FakeEngine):
        def prefill(self, messages, max_tokens, cancel) -> int:
            raise PromptTooLongError("The message is too long for the context.")

    engine = EngineAdapter(EngineService(TooLong))
    try:
        with qtbot.waitSignal(engine.model_loaded, timeout=TIMEOUT):
            engine.load(str(tiny_model), LoadSettings())
        assert isinstance(engine.service._backend, TooLong)
        done: list[tuple[int, int]] = []
        engine.prefilled.connect(lambda number, decoded: done.append((number, decoded)))
        engine.prefill([], 16, 1)
        ticket = engine._prefills[1]
        assert ticket.wait(TIMEOUT / 1000)
        QCoreApplication.processEvents()  # what the engine reported is handled by now
        assert 1 not in engine._prefills  # it ended, and quietly
    finally:
        engine.shutdown()
    assert done == [] and not [r for r in caplog.records if r.levelname == "ERROR"]
