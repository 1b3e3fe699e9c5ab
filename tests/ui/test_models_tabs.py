"""The Models page's tabs on their own: each is built from a ModelsContext, with no page, and
says what happened through its signals."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from gpt4local.core.fit.system_probe import SystemInfo
from gpt4local.core.hub.api import SORTS
from gpt4local.core.models.library import InstalledModel
from gpt4local.core.settings import Settings
from gpt4local.ui.models.context import ModelsContext
from gpt4local.ui.models.download_manager import DownloadManager
from gpt4local.ui.models.hub_tab import HubTab
from gpt4local.ui.models.installed_tab import InstalledTab

REPO = "tester/tiny-GGUF"
FILE = "tiny-chatml-Q8_0.gguf"
TIMEOUT = 20_000
NO_FREE_MEMORY = SystemInfo(total_ram=1 << 30, available_ram=0, total_swap=0, free_swap=0,
                            physical_cores=1, logical_cores=1, gpu_offload=False)  # fmt: skip


@pytest.fixture
def saves() -> list[Settings]:
    """The settings each save_settings call was asked to write."""
    return []


@pytest.fixture
def context(qtbot, saves) -> Iterator[ModelsContext]:
    downloads = DownloadManager()
    context = ModelsContext(Settings(), downloads, lambda: saves.append(context.settings),
                            probe_machine=lambda: NO_FREE_MEMORY)  # fmt: skip
    yield context
    downloads.shutdown()


def select_first_row(view) -> None:
    view.selectionModel().select(
        view.model().index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows,
    )  # fmt: skip


def column_texts(view, row: int) -> list[str]:
    model = view.model()
    return [model.index(row, column).data() for column in range(model.columnCount())]


def test_the_hub_tab_judges_on_the_contexts_machine_and_marks_what_is_installed(
    context, qtbot, fake_hub, tiny_model, monkeypatch
):
    monkeypatch.setenv("HF_ENDPOINT", fake_hub.url)
    fake_hub.add_repo(REPO, {FILE: tiny_model})
    context.installed = [InstalledModel(context.models_dir / FILE, 1, False, "tiny")]
    tab = HubTab(context)
    qtbot.addWidget(tab)
    tab.search_box.setText("tiny")
    with qtbot.waitSignal(tab.search_shown, timeout=TIMEOUT):
        tab.search_button.click()
    with qtbot.waitSignal(tab.files_shown, timeout=TIMEOUT):
        select_first_row(tab.repo_view)
    row = column_texts(tab.file_view, 0)
    assert row[0] == FILE
    assert row[-2].startswith("✗")  # no memory free on the context's machine
    assert row[-1] == "✓ installed"
    select_first_row(tab.file_view)
    assert not tab.file_download.isEnabled()


def test_every_order_the_hub_tab_offers_is_one_the_hub_accepts(
    context, qtbot, fake_hub, monkeypatch
):
    monkeypatch.setenv("HF_ENDPOINT", fake_hub.url)
    fake_hub.add_repo("a/popular-GGUF", {"p-Q4_0.gguf": b"GGUF"}, downloads=900, likes=1)
    fake_hub.add_repo("b/liked-GGUF", {"l-Q4_0.gguf": b"GGUF"}, downloads=1, likes=900)
    tab = HubTab(context)
    qtbot.addWidget(tab)
    tab.failed.connect(lambda error: pytest.fail(str(error)))
    offered = [(tab.sort_box.itemText(i), tab.sort_box.itemData(i))
               for i in range(tab.sort_box.count())]  # fmt: skip
    assert offered == [(order.label, key) for key, order in SORTS.items()]
    firsts = {}
    for index, (_label, key) in enumerate(offered):
        tab.sort_box.setCurrentIndex(index)
        with qtbot.waitSignal(tab.search_shown, timeout=TIMEOUT):
            tab.search()
        firsts[key] = tab.repo_model.records[0].repo_id
    assert (firsts["downloads"], firsts["likes"]) == ("a/popular-GGUF", "b/liked-GGUF")


def test_the_installed_tab_takes_a_side_loaded_model_off_the_list(
    context, saves, qtbot, tiny_model
):
    side_loaded = InstalledModel(Path(tiny_model), 1, True, "tiny")
    context.settings.side_loaded_models.append(str(tiny_model))
    tab = InstalledTab(context)
    qtbot.addWidget(tab)
    tab.show_models([side_loaded], {}, context.models_dir)
    select_first_row(tab.view)
    questions: list[str] = []
    tab.confirm = lambda title, question: questions.append(question) or True
    with qtbot.waitSignal(tab.changed, timeout=TIMEOUT):
        tab.delete_button.click()
    assert "The file stays where it is" in questions[0]
    assert context.settings.side_loaded_models == []
    assert saves == [context.settings]
    assert tiny_model.exists()
    with qtbot.waitSignal(tab.use_model, timeout=TIMEOUT) as chosen:
        tab.use_button.click()
    assert chosen.args == [str(tiny_model)]


def test_column_titles_line_up_with_their_values(context, qtbot):
    """Numbers are right-aligned, and so are their titles; text columns and titles go left."""
    tab = InstalledTab(context)
    qtbot.addWidget(tab)
    model = tab.model
    for section, column in enumerate(model.columns):
        role = Qt.ItemDataRole.TextAlignmentRole
        alignment = Qt.AlignmentFlag(model.headerData(section, Qt.Orientation.Horizontal, role))
        side = Qt.AlignmentFlag.AlignRight if column.align_right else Qt.AlignmentFlag.AlignLeft
        assert alignment & side, column.title
    assert any(column.align_right for column in model.columns)
