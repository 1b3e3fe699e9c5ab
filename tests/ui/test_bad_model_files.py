"""Hostile and unusable model files in the window: listed and flagged, never hiding the good
ones, and refused before the working model is unloaded."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt

from gpt4local.core import paths

from .conftest import FakeEngine

TIMEOUT = 20_000
HOSTILE = ["first-key-length-2^63", "array-length-2^60", "999999-keys", "999999-tensors"]


def cell(view, row: int, column: str) -> str:
    model = view.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return model.index(row, headers.index(column)).data()


def test_installed_list_shows_the_good_models_and_flags_the_bad(
    make_window, qtbot, tiny_model, gguf_corpus
):
    """Issue 10: with a file whose first key length is 2^63 (or an array of 2^60 items, 999,999
    keys or tensors) in the models folder, "the Models page shows no models at all, under an
    empty error banner". Now every file is a row: the good one as usual, each bad one with its
    problem and "✗ cannot load"."""
    folder = paths.models_dir()
    folder.mkdir(parents=True)
    shutil.copy(tiny_model, folder / "good.gguf")
    for case in HOSTILE:
        (folder / f"{case}.gguf").symlink_to(gguf_corpus.files[case])
    (folder / "vocab.gguf").symlink_to(gguf_corpus.files["vocabulary-only"])
    (folder / "loop.gguf").symlink_to(folder / "loop.gguf")
    window = make_window(FakeEngine)
    page = window.models_page
    qtbot.waitUntil(lambda: len(page.installed) == 7, timeout=TIMEOUT)
    view = page.installed_view
    rows = {cell(view, row, "Model"): row for row in range(view.model().rowCount())}
    assert set(rows) == {"good", "vocab", "loop", *HOSTILE}
    assert cell(view, rows["good"], "File") == str(folder / "good.gguf")
    assert cell(view, rows["good"], "Fits here?").startswith("✓ fits")
    for name in [*HOSTILE, "vocab", "loop"]:
        assert cell(view, rows[name], "File").startswith("⚠ "), name
        assert cell(view, rows[name], "Fits here?") == "✗ cannot load", name
    assert "vocabulary but no weights" in cell(view, rows["vocab"], "File")
    assert window.error_banner.isHidden()
    # Only what can be loaded is offered.
    assert window.model_picker.model_paths() == [str(folder / "good.gguf")]


def test_a_file_that_cannot_load_leaves_the_working_model_loaded(
    make_window, qtbot, tiny_model, gguf_corpus
):
    """Issue 10 §6: "A file that fails to load unloads the working model. A vocabulary-only
    GGUF did this, leaving Send disabled and showing llama.cpp's "check_tensor_dims: tensor
    'token_embd.weight' not found"". And §3: loading a hostile header "never finishes"."""
    window = make_window()
    with qtbot.waitSignal(window.loader.ready, timeout=30_000):
        window.loader.add_model_file(str(tiny_model))
    cases = {"vocabulary-only": "this file has a vocabulary but no weights",
             "first-key-length-2^63": "truncated or damaged",
             "block-count-0": "claims 0 layers"}  # fmt: skip
    for name, reason in cases.items():
        path = gguf_corpus.files[name]
        with qtbot.waitSignal(window.loader.failed, timeout=TIMEOUT):
            window.loader.add_model_file(str(path))
        assert reason in window.error_banner.text()
        assert window.model_picker.summary().startswith("synthetic-llama")
        assert window.send_button.isEnabled()
        assert window.model_picker.current_path == str(tiny_model)


def test_a_failed_scan_says_what_failed(make_window, qtbot, monkeypatch):
    """The empty error banner of the issue: an exception without a message (MemoryError) made
    a banner with no text. Whatever stops the scan is named."""
    from gpt4local.ui.models import page as models_page

    def scan_that_runs_out_of_memory(folder, side_loaded, system):
        raise MemoryError

    monkeypatch.setattr(models_page, "scan_installed", scan_that_runs_out_of_memory)
    window = make_window(FakeEngine)
    qtbot.waitUntil(lambda: not window.error_banner.isHidden(), timeout=TIMEOUT)
    assert window.error_banner.text() == "Could not list the installed models: MemoryError"
