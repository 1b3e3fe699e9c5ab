"""The model selector's rows: groups under headers, Installed first (a later issue adds remote
servers' models as more groups), a search over every word, and arrows that skip headers."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gpt4local.ui.model_selector.entries import (
    ENTRY_ROLE,
    INSTALLED,
    LOADED_ROLE,
    ModelEntry,
    ModelListModel,
)

REMOTE = "Runs on studio-pc"


def entries() -> list[ModelEntry]:
    return [
        ModelEntry("/remote/llama-70b", "llama-3.1-70b", group=REMOTE),
        ModelEntry("/m/qwen.gguf", "qwen2.5-7b", 4_000_000_000, "Q4_K_M"),
        ModelEntry("/m/phi.gguf", "phi-3-mini", 2_000_000_000, "Q8_0"),
    ]


def texts(model: ModelListModel) -> list[str]:
    return [model.index(row).data() for row in range(model.rowCount())]


def test_groups_have_headers_and_installed_comes_first(qtmodeltester):
    model = ModelListModel()
    model.set_entries(entries(), loaded="/m/phi.gguf")
    qtmodeltester.check(model)
    assert texts(model) == [INSTALLED, "qwen2.5-7b", "phi-3-mini", REMOTE, "llama-3.1-70b"]
    header, phi = model.index(0), model.index(2)
    assert header.data(ENTRY_ROLE) is None
    assert not header.flags() & Qt.ItemFlag.ItemIsSelectable  # headers cannot be chosen
    assert phi.flags() & Qt.ItemFlag.ItemIsSelectable and phi.data(LOADED_ROLE)
    assert not model.index(1).data(LOADED_ROLE)


def test_search_matches_every_word_and_drops_empty_groups(qtmodeltester):
    model = ModelListModel()
    model.set_entries(entries(), loaded=None)
    model.set_query("  Q4 qwen ")
    qtmodeltester.check(model)
    assert texts(model) == [INSTALLED, "qwen2.5-7b"]
    model.set_query("studio")  # the group's name counts
    assert texts(model) == [REMOTE, "llama-3.1-70b"]
    model.set_query("nothing like it")
    assert texts(model) == [] and model.entry_count == 0 and model.has_entries


def test_arrows_skip_headers():
    model = ModelListModel()
    model.set_entries(entries(), loaded=None)
    assert model.next_entry_row(-1, 1) == 1  # the first model, under its header
    assert model.next_entry_row(2, 1) == 4  # over the remote group's header
    assert model.next_entry_row(4, -1) == 2
    assert model.next_entry_row(1, -1) == 1  # nothing above: it stays
    assert model.next_entry_row(4, 1) == 4
    assert model.row_of("/remote/llama-70b") == 4 and model.row_of("/elsewhere") == -1


def test_details_say_size_quantisation_and_note():
    entry = ModelEntry("/m/a.gguf", "a", 1536, "Q4_0", note="removed; still loaded")
    assert entry.details == "1.50 KB · Q4_0 · removed; still loaded"
    assert ModelEntry.file("/x/side-loaded.gguf").details == ""
    assert ModelEntry.file("/x/side-loaded.gguf").name == "side-loaded"
