"""The Models page, offscreen: catalog, Hugging Face search, downloads with their buttons, the
installed list, and a downloaded model that then chats (real engine, Hub-like local server)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from gpt4local.core.downloads import part_files as download_files
from gpt4local.core.inference.options import SamplingSettings
from gpt4local.core.models.catalog import bundled_catalog
from gpt4local.ui.models import download_manager as dm
from gpt4local.ui.models.token_dialog import TokenDialog
from gpt4local.ui.theme import apply_theme

REPO = "tester/tiny-GGUF"
FILE = "tiny-chatml-Q8_0.gguf"
TIMEOUT = 20_000


@pytest.fixture
def hub(fake_hub, tiny_model, monkeypatch):
    monkeypatch.setenv("HF_ENDPOINT", fake_hub.url)
    fake_hub.add_repo(REPO, {FILE: tiny_model, "other-Q4_0.gguf": tiny_model}, downloads=7)
    return fake_hub


@pytest.fixture
def window(make_window, qtbot):
    window = make_window()
    page = window.models_page
    if page.catalog is None:
        with qtbot.waitSignal(page.catalog_shown, timeout=TIMEOUT):
            pass
    window.pages.setCurrentWidget(page)
    return window


def select_row(view, row: int) -> None:
    index = view.model().index(row, 0)
    view.selectionModel().select(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows,
    )  # fmt: skip


def find_row(view, text: str) -> int:
    model = view.model()
    for row in range(model.rowCount()):
        if text in model.index(row, 0).data():
            return row
    raise AssertionError(f"{text!r} not in the table")


def search_and_pick_file(qtbot, page, filename: str = FILE) -> None:
    page.search_box.setText("tiny")
    with qtbot.waitSignal(page.search_shown, timeout=TIMEOUT):
        page.search_button.click()
    with qtbot.waitSignal(page.files_shown, timeout=TIMEOUT):
        select_row(page.repo_view, find_row(page.repo_view, REPO))
    select_row(page.file_view, find_row(page.file_view, filename))


def test_catalog_lists_every_entry_recommended_first(window, qtmodeltester) -> None:
    page = window.models_page
    qtmodeltester.check(page.catalog_model)
    view = page.catalog_view
    assert view.model().rowCount() == len(bundled_catalog().entries)
    assert view.model().index(0, 0).data().startswith("★ ")
    select_row(view, 0)
    assert page.catalog_download.isEnabled()
    assert "Download" in page.catalog_download.text()
    assert "license" in page.catalog_detail.text()


def test_download_from_search_then_chat_with_it(window, qtbot, hub, tiny_model) -> None:
    page = window.models_page
    search_and_pick_file(qtbot, page)
    assert page.file_model.rowCount() == 2
    hub.throttle = 120_000  # ~2 s for the file: the bar has time to move
    fractions = []
    page.downloads.changed.connect(
        lambda key: (
            fractions.append(page.downloads.items[key].progress.fraction)
            if key in page.downloads.items and page.downloads.items[key].progress
            else None
        )
    )
    with qtbot.waitSignal(page.downloads.completed, timeout=TIMEOUT) as done:
        page.file_download.click()
    installed = Path(done.args[0])
    assert installed.read_bytes() == tiny_model.read_bytes()
    moving = [f for f in fractions if f is not None]
    assert len(set(moving)) > 2 and max(moving) == 1.0  # the bar moved, step by step
    row = page.downloads_panel.rows[FILE]
    assert "Installed" in row.detail.text() and row.bar.value() == 1000
    # It shows up in the picker and in the installed list, and it chats (the real engine).
    with qtbot.waitSignal(page.installed_shown, timeout=TIMEOUT):
        pass
    assert str(installed) in window.model_picker.model_paths()
    select_row(page.installed_view, find_row(page.installed_view, installed.stem))
    with qtbot.waitSignal(window.loader.ready, timeout=TIMEOUT):
        page.use_button.click()
    assert window.current_page == "chats"
    window.sampling = SamplingSettings(max_tokens=6, seed=1)
    window.input.setPlainText("hello")
    with qtbot.waitSignal(window.answer_finished, timeout=TIMEOUT) as answer:
        window.send()
    assert answer.args[0].completion_tokens > 0


def test_pause_resume_and_cancel(window, qtbot, hub, tiny_model) -> None:
    page, manager = window.models_page, window.models_page.downloads
    hub.throttle = 30_000
    search_and_pick_file(qtbot, page)

    def item_is(state: str, min_done: int = 0):
        def check(key: str) -> bool:
            item = manager.items.get(key)
            done = item.progress.done if item and item.progress else 0
            return bool(item) and item.state == state and done >= min_done

        return check

    with qtbot.waitSignal(manager.changed, check_params_cb=item_is(dm.RUNNING, 10_000),
                          timeout=TIMEOUT):  # fmt: skip
        page.file_download.click()
    row = page.downloads_panel.rows[FILE]
    assert row.pause_button.text() == "Pause" and 0 < row.bar.value() < 1000
    with qtbot.waitSignal(manager.changed, check_params_cb=item_is(dm.PAUSED), timeout=TIMEOUT):
        row.pause_button.click()
    assert row.pause_button.text() == "Resume" and "Paused" in row.detail.text()
    target = page.models_dir.resolve() / FILE
    kept = download_files.part_path(target).stat().st_size
    assert 0 < kept < tiny_model.stat().st_size
    hub.throttle = None
    with qtbot.waitSignal(manager.completed, timeout=TIMEOUT):
        row.pause_button.click()  # Resume
    assert target.read_bytes() == tiny_model.read_bytes()
    assert any(r.headers.get("range") == f"bytes={kept}-" for r in hub.requests)

    # Cancel deletes the partial file and the row.
    hub.throttle = 30_000
    select_row(page.file_view, find_row(page.file_view, "other-Q4_0.gguf"))
    with qtbot.waitSignal(manager.changed, check_params_cb=item_is(dm.RUNNING, 10_000),
                          timeout=TIMEOUT):  # fmt: skip
        page.file_download.click()
    other = page.downloads_panel.rows["other-Q4_0.gguf"]
    with qtbot.waitSignal(manager.removed, timeout=TIMEOUT):
        other.cancel_button.click()
    assert "other-Q4_0.gguf" not in page.downloads_panel.rows
    assert not download_files.part_path(target.with_name("other-Q4_0.gguf")).exists()


def test_quitting_mid_download_leaves_it_paused_for_the_next_start(make_window, qtbot, hub):
    first = make_window()
    page, manager = first.models_page, first.models_page.downloads
    hub.throttle = 30_000
    search_and_pick_file(qtbot, page)

    def running_with_bytes(key: str) -> bool:
        item = manager.items[key]
        return item.state == dm.RUNNING and item.progress is not None and item.progress.done > 0

    with qtbot.waitSignal(manager.changed, check_params_cb=running_with_bytes, timeout=TIMEOUT):
        page.file_download.click()
    first.close()  # the transfer stops at its next chunk; its part stays
    assert not manager._thread.isRunning()
    part = download_files.part_path(page.models_dir.resolve() / FILE)
    kept = part.stat().st_size
    assert kept > 0
    second = make_window()
    restored = second.models_page.downloads
    with qtbot.waitSignal(restored.changed, timeout=TIMEOUT):
        pass
    item = restored.items[FILE]
    assert item.state == dm.PAUSED and item.progress.done == kept
    assert "Paused" in second.models_page.downloads_panel.rows[FILE].detail.text()


def test_installed_models_delete_with_confirmation_and_change_folder(
    window, qtbot, tiny_model, tmp_path, qtmodeltester
) -> None:
    page = window.models_page
    models = page.models_dir
    models.mkdir(parents=True, exist_ok=True)
    shutil.copy(tiny_model, models / "keep-me.gguf")
    (models / "keep-me.gguf.part").write_bytes(b"old part")
    with qtbot.waitSignal(page.installed_shown, timeout=TIMEOUT):
        page.refresh_installed()
    qtmodeltester.check(page.installed_model)
    select_row(page.installed_view, find_row(page.installed_view, "keep-me"))
    page.installed_tab.confirm = lambda title, question: False  # the user says No
    page.delete_button.click()  # as the user does: the question must come
    assert (models / "keep-me.gguf").exists()
    page.installed_tab.confirm = lambda title, question: "Delete keep-me.gguf" in question
    with qtbot.waitSignal(page.installed_shown, timeout=TIMEOUT):
        page.delete_button.click()
    assert not (models / "keep-me.gguf").exists()
    assert not (models / "keep-me.gguf.part").exists()
    assert page.installed_view.model().rowCount() == 0

    elsewhere = tmp_path / "big-disk"
    elsewhere.mkdir()
    shutil.copy(tiny_model, elsewhere / "found-there.gguf")
    with qtbot.waitSignal(page.installed_shown, timeout=TIMEOUT):
        page.set_models_folder(str(elsewhere))
    assert find_row(page.installed_view, "found-there") == 0
    assert window.settings.models_folder == str(elsewhere)
    assert str(elsewhere / "found-there.gguf") in window.model_picker.model_paths()


def test_search_errors_show_in_the_banner(window, qtbot, monkeypatch) -> None:
    monkeypatch.setenv("HF_ENDPOINT", "http://127.0.0.1:9")
    page = window.models_page
    page.search_box.setText("anything")
    with qtbot.waitSignal(page.message, timeout=TIMEOUT) as shown:
        page.search_button.click()
    assert "Cannot connect" in shown.args[0]
    assert window.error_banner.isVisible() or not window.isVisible()
    assert page.search_button.isEnabled()


def test_unsupported_files_cannot_be_downloaded(window, qtbot, hub, tiny_model) -> None:
    hub.add_repo("tester/split-GGUF", {"big-00001-of-00002.gguf": tiny_model,
                                        "big-00002-of-00002.gguf": tiny_model})  # fmt: skip
    page = window.models_page
    page.search_box.setText("split")
    with qtbot.waitSignal(page.search_shown, timeout=TIMEOUT):
        page.search_button.click()
    with qtbot.waitSignal(page.files_shown, timeout=TIMEOUT):
        select_row(page.repo_view, 0)
    select_row(page.file_view, 0)
    assert not page.file_download.isEnabled()
    assert "split into 2 files" in page.file_note.text()
    tooltip = page.file_view.model().index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "split" in tooltip


def test_a_first_start_without_models_opens_the_welcome_page(make_window, qtbot) -> None:
    window = make_window()
    with qtbot.waitSignal(window.models_page.installed_shown, timeout=TIMEOUT):
        pass
    assert window.current_page == "home"
    assert window.pages.currentWidget() is window.welcome.page


def test_with_a_model_installed_the_chat_page_stays(make_window, qtbot, tiny_model) -> None:
    window = make_window(side_loaded_models=[str(tiny_model)])
    with qtbot.waitSignal(window.models_page.installed_shown, timeout=TIMEOUT):
        pass
    assert window.current_page == "chats"
    assert str(tiny_model) in window.model_picker.model_paths()


def test_a_gated_model_downloads_once_a_token_is_given(window, qtbot, hub, tiny_model,
                                                       monkeypatch, keychain) -> None:  # fmt: skip
    hub.add_repo("meta/gated-GGUF", {"gated-Q4_0.gguf": tiny_model}, gated=True)
    page = window.models_page
    page.search_box.setText("gated")
    with qtbot.waitSignal(page.search_shown, timeout=TIMEOUT):
        page.search_button.click()
    with qtbot.waitSignal(page.files_shown, timeout=TIMEOUT):
        select_row(page.repo_view, 0)
    select_row(page.file_view, 0)
    manager = page.downloads
    failed = lambda key: manager.items[key].state == dm.FAILED  # noqa: E731
    with qtbot.waitSignal(manager.changed, check_params_cb=failed, timeout=TIMEOUT):
        page.file_download.click()
    row = page.downloads_panel.rows["gated-Q4_0.gguf"]
    assert "accept its conditions" in row.detail.text() and row.pause_button.text() == "Retry"

    def type_token_and_save(dialog: TokenDialog) -> int:
        dialog.token_edit.setText(f"  {hub.token} ")
        dialog.save_button.click()
        return dialog.result()

    monkeypatch.setattr(TokenDialog, "exec", type_token_and_save)
    with qtbot.waitSignal(page.token_changed, timeout=TIMEOUT):
        page.token_button.click()
    assert keychain.entries == {("gpt4local", "huggingface-token"): hub.token}
    assert window.settings.hf_token == ""  # never in settings.json
    with qtbot.waitSignal(manager.completed, timeout=TIMEOUT):
        row.pause_button.click()  # Retry
    assert (page.models_dir / "gated-Q4_0.gguf").read_bytes() == tiny_model.read_bytes()


@pytest.fixture
def font_13pt(qapp):
    apply_theme(qapp, "system", 13)
    yield
    apply_theme(qapp, "system", 0)  # the application outlives the test


def test_at_13_pt_the_model_column_stays_readable(make_window, qtbot, font_13pt) -> None:
    """Issue 10 §6: "At 13 pt the catalog's Model column shrinks to about 40 px and stays that
    way after a restart." A window started at 13 pt, 900 px wide as on a first start."""
    window = make_window(font_size=13)
    page = window.models_page
    with qtbot.waitSignal(page.catalog_shown, timeout=TIMEOUT):
        pass
    window.pages.setCurrentWidget(page)
    window.resize(900, 700)
    window.show()
    view = page.catalog_view
    qtbot.waitUntil(lambda: view.isVisible())
    name = "★ Llama 3.2 3B Instruct"
    assert view.columnWidth(0) > view.fontMetrics().horizontalAdvance(name)
    assert view.horizontalScrollBar().maximum() > 0  # the other columns are reached by scrolling

    window.resize(2400, 700)  # room for everything: the Model column takes what is left
    header = view.horizontalHeader()
    qtbot.waitUntil(lambda: header.length() == view.viewport().width())
    assert view.columnWidth(0) > 2400 // 4
