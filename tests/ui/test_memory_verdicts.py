"""Verdicts in the Models page, and the question before loading a model that does not fit."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from gpt4local.core.fit.memory_fit import estimate, max_context
from gpt4local.core.fit.system_probe import probe
from gpt4local.core.models.facts import facts_for_file
from gpt4local.diagnostics.synthetic_model import ModelShape, write_model
from gpt4local.ui.engine.fit_dialog import FitDialog

GIB = 1 << 30
TIMEOUT = 20_000


def set_machine(monkeypatch, total: int, available: int) -> None:
    monkeypatch.setenv("GPT4LOCAL_SYSTEM", json.dumps(
        {"total_ram": total, "available_ram": available, "gpu_offload": False}))  # fmt: skip


def shown_page(make_window, qtbot, **settings):
    window = make_window(**settings)
    page = window.models_page
    with qtbot.waitSignals([page.catalog_shown, page.installed_shown], timeout=TIMEOUT):
        pass
    return window, page


def cell(view, row_text: str, column_title: str, role=Qt.ItemDataRole.DisplayRole) -> str:
    model = view.model()
    column = next(c for c in range(model.columnCount())
                  if model.headerData(c, Qt.Orientation.Horizontal) == column_title)  # fmt: skip
    for row in range(model.rowCount()):
        if row_text in model.index(row, 0).data():
            return model.index(row, column).data(role)
    raise AssertionError(row_text)


def test_catalog_verdicts_and_the_best_model_for_a_16_gb_machine(make_window, qtbot, monkeypatch):
    set_machine(monkeypatch, 16 * GIB, 13 * GIB)
    _window, page = shown_page(make_window, qtbot)
    assert page.best is not None and page.best.name == "Qwen2.5 7B Instruct"
    assert "Best for this computer" in page.best_label.text()
    assert cell(page.catalog_view, "Qwen2.5 7B", "Fits here?") == "✓ fits"
    rows = page.catalog_view.selectionModel().selectedRows()
    assert rows and page.best.name in rows[0].data()  # picked for the user


def test_an_8_gb_machine_is_told_the_13b_will_not_fit(make_window, qtbot, monkeypatch):
    set_machine(monkeypatch, 8 * GIB, 6 * GIB)
    _window, page = shown_page(make_window, qtbot)
    assert cell(page.catalog_view, "Llama 2 13B", "Fits here?") == "✗ too big"
    assert page.best is not None and page.catalog_verdicts[page.best.id].verdict == "fits"
    tooltip = cell(page.catalog_view, "Llama 2 13B", "Fits here?", Qt.ItemDataRole.ToolTipRole)
    assert "Does not fit: needs 9.01 GB" in tooltip and "6.00 GB available" in tooltip


def test_nothing_fits_on_a_tiny_machine(make_window, qtbot, monkeypatch):
    set_machine(monkeypatch, 1 * GIB, GIB // 4)
    _window, page = shown_page(make_window, qtbot)
    assert page.best is None and "None of these models fits" in page.best_label.text()


def test_installed_models_show_their_verdict(make_window, qtbot, monkeypatch, tiny_model):
    set_machine(monkeypatch, 16 * GIB, 13 * GIB)
    _window, page = shown_page(make_window, qtbot, side_loaded_models=[str(tiny_model)])
    assert cell(page.installed_view, tiny_model.stem, "Fits here?") == "✓ fits"


def test_a_hub_file_gets_an_exact_verdict_from_its_header(make_window, qtbot, monkeypatch,
                                                          fake_hub, tiny_model):  # fmt: skip
    monkeypatch.setenv("HF_ENDPOINT", fake_hub.url)
    fake_hub.add_repo("someone/tiny-GGUF", {"tiny-Q8_0.gguf": tiny_model})
    set_machine(monkeypatch, 16 * GIB, 13 * GIB)
    _window, page = shown_page(make_window, qtbot)
    page.search_box.setText("tiny")
    with qtbot.waitSignal(page.search_shown, timeout=TIMEOUT):
        page.search_button.click()
    from tests.ui.test_models_page import select_row

    with qtbot.waitSignal(page.files_shown, timeout=TIMEOUT):
        select_row(page.repo_view, 0)
    assert cell(page.file_view, "tiny-Q8_0", "Fits here?") == "✓ fits ≈"  # by size
    with qtbot.waitSignal(page.file_fit_shown, timeout=TIMEOUT) as exact:
        select_row(page.file_view, 0)
    assert not exact.args[0].estimate.approximate
    assert cell(page.file_view, "tiny-Q8_0", "Fits here?") == "✓ fits"
    assert "fits comfortably: needs" in page.file_note.text()
    ranges = [r.headers.get("range") for r in fake_hub.requests if r.method == "GET"]
    assert any(r and r.startswith("bytes=0-") for r in ranges)  # only the first bytes
    assert not (page.models_dir / "tiny-Q8_0.gguf").exists()


@pytest.fixture
def roomy_kv_model(tmp_path):
    """A small model whose KV cache (4 KB per token) dominates: context decides the fit."""
    shape = ModelShape(n_embd=256, n_layers=4, n_head=4, n_head_kv=4, n_ff=512, n_ctx_train=4096)
    return write_model(tmp_path / "kv-heavy.gguf", shape)


def test_loading_what_does_not_fit_asks_first(make_window, qtbot, monkeypatch, roomy_kv_model):
    facts = facts_for_file(roomy_kv_model)
    fits_1024 = estimate(facts, 1024).total_bytes
    window = make_window()

    set_machine(monkeypatch, 16 * GIB, 1000)  # nothing fits
    with qtbot.waitSignal(window.loader.fit_question, timeout=TIMEOUT) as asked:
        window.loader.load(str(roomy_kv_model))
    dialog: FitDialog = asked.args[0]
    assert dialog.isVisible() and window.loader.loaded_model is None
    assert not dialog.suggested_button.isEnabled()
    assert "needs" in dialog.message.text() and "is available now" in dialog.message.text()
    dialog.cancel_button.click()
    assert window.loader.loaded_model is None and "No model loaded" in window.model_picker.summary()

    set_machine(monkeypatch, 16 * GIB, fits_1024 + 1000)  # 1,024 tokens fit, 2,048 do not
    with qtbot.waitSignal(window.loader.fit_question, timeout=TIMEOUT) as asked:
        window.loader.load(str(roomy_kv_model))
    dialog = asked.args[0]
    # Pre-filled with what fits: an 8-bit KV cache keeps more of the context than 1,024 tokens.
    longer = max_context(facts, probe(), kv_type="q8_0")
    assert 1024 < longer < 2048
    assert (dialog.context.value(), dialog.kv_cache.currentData()) == (longer, "q8_0")
    assert f"{longer:,} tokens fits if the KV cache is 8-bit (q8_0)" in dialog.hint.text()
    dialog.kv_cache.setCurrentIndex(dialog.kv_cache.findData("f16"))  # the user prefers f16
    dialog.context.setValue(1024)
    with qtbot.waitSignal(window.loader.ready, timeout=TIMEOUT) as ready:
        dialog.suggested_button.click()
    assert (ready.args[0].n_ctx, ready.args[0].kv_cache_type) == (1024, "f16")

    # With a model loaded, its memory counts as free: it is unloaded before the next one loads.
    set_machine(monkeypatch, 16 * GIB, 1000)
    with qtbot.waitSignal(window.loader.fit_question, timeout=TIMEOUT) as asked:
        window.loader.load(str(roomy_kv_model))
    dialog = asked.args[0]
    assert dialog.context.value() == longer
    dialog.cancel_button.click()
    kept = window.loader.loaded_model
    assert kept is not None and kept.n_ctx == 1024
    with qtbot.waitSignal(window.loader.fit_question, timeout=TIMEOUT) as asked:
        window.loader.load(str(roomy_kv_model))
    with qtbot.waitSignal(window.loader.ready, timeout=TIMEOUT) as ready:
        asked.args[0].anyway_button.click()  # a deliberate choice
    assert ready.args[0].n_ctx == 2048


@pytest.mark.parametrize(
    ("memory_map", "available", "mapped"),
    [("auto", 12 * GIB, True), ("auto", None, False), ("off", 12 * GIB, False),
     ("on", None, True)],
)  # fmt: skip
def test_memory_mapping_follows_the_setting_and_the_free_ram(
    make_window, qtbot, monkeypatch, roomy_kv_model, memory_map, available, mapped
):
    """ "auto" maps the file only when RAM also has room for the mapped copy."""
    from tests.ui.conftest import FakeEngine

    need = estimate(facts_for_file(roomy_kv_model), 2048).total_bytes
    # None: enough for the model, not for the model and its mapped file as well
    set_machine(monkeypatch, 16 * GIB, available or int(need / 0.85) + 1000)
    loads = []

    def factory(path, load, gguf):
        loads.append(load)
        return FakeEngine(path, load, gguf)

    window = make_window(engine_factory=factory, memory_map=memory_map)
    with qtbot.waitSignal(window.loader.ready, timeout=TIMEOUT):
        window.loader.load(str(roomy_kv_model))
    assert loads[-1].use_mmap is mapped
