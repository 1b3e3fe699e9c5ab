"""The KV cache type on the Settings page, and in the window once a model is loaded."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from gpt4local.core.settings import GenerationSettings, Settings
from gpt4local.diagnostics.synthetic_model import ModelShape, write_model
from gpt4local.ui.settings.page import GENERATION_TAB, SettingsPage


@pytest.fixture(scope="module")
def small_model(tmp_path_factory) -> Path:
    """64-value heads, which llama.cpp's flash attention can read from a quantised cache."""
    shape = ModelShape(n_embd=128, n_layers=2, n_head=2, n_head_kv=2, n_ff=256)
    return write_model(tmp_path_factory.mktemp("kv-ui") / "small.gguf", shape)


def test_the_page_offers_the_cache_types_default_and_per_model(qtbot, small_model):
    page = SettingsPage(Settings(), [str(small_model)])
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.per_model.editor.model_read, timeout=10_000):
        pass
    combo = page.generation.editors["kv_cache_type"]
    assert [combo.itemData(i) for i in range(combo.count())] == ["f16", "q8_0", "q4_0"]
    assert combo.currentData() == "f16"
    combo.setCurrentIndex(combo.findData("q8_0"))
    own = page.per_model.form
    assert own.editors["kv_cache_type"].currentData() == "q8_0"  # the default shows there
    own.checks["kv_cache_type"].setChecked(True)
    own.editors["kv_cache_type"].setCurrentIndex(own.editors["kv_cache_type"].findData("q4_0"))
    with qtbot.waitSignal(page.applied) as applied:
        qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    result = applied.args[0]
    assert result.generation == GenerationSettings(kv_cache_type="q8_0")
    assert result.model_overrides == {small_model.name: {"kv_cache_type": "q4_0"}}


def test_a_value_the_engine_refuses_is_marked_and_blocks_apply(qtbot, small_model):
    settings = Settings(generation=GenerationSettings(kv_cache_type="q5_1"))  # edited by hand
    page = SettingsPage(settings, [])
    qtbot.addWidget(page)
    assert page.generation.editors["kv_cache_type"].currentIndex() == -1
    assert GENERATION_TAB in page.problems
    page.generation.editors["temperature"].setValue(0.5)  # another edit: still refused
    assert page.pending and not page.apply_button.isEnabled()


def test_the_window_loads_with_the_chosen_cache_and_shows_it(qtbot, make_window, small_model):
    window = make_window(generation=GenerationSettings(kv_cache_type="q8_0"))
    with qtbot.waitSignal(window.loader.ready, timeout=30_000) as ready:
        window.loader.add_model_file(str(small_model))
    assert ready.args[0].kv_cache_type == "q8_0"
    assert window.model_picker.summary().endswith("· q8_0 KV cache")
