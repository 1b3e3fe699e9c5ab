"""Models dropped into (or deleted from) the models folder while the app runs; offscreen, real
folders, real file system signals."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from gpt4local.core import paths
from gpt4local.ui.model_selector.entries import REMOVED_STILL_LOADED
from gpt4local.ui.models import folder_watch as models_folder_watch
from gpt4local.ui.models.folder_watch import ModelsFolderWatch

from .conftest import FakeEngine

TIMEOUT = 20_000
LOOK_MS = 150


@pytest.fixture(autouse=True)
def quick_looks(monkeypatch):
    """Looks a few times a second instead of once: the same logic, shorter tests."""
    monkeypatch.setattr(models_folder_watch, "LOOK_DELAY_MS", LOOK_MS)


def picker_paths(window) -> list[str]:
    return window.model_picker.model_paths()


def installed_names(window) -> list[str]:
    return [m.path.name for m in window.models_page.installed]


def started(make_window, qtbot, engine=None):
    window = make_window(engine) if engine else make_window()
    with qtbot.waitSignal(window.models_page.installed_shown, timeout=TIMEOUT):
        pass
    return window


def test_a_model_dropped_into_the_folder_appears_and_one_deleted_goes(
    make_window, qtbot, tiny_model
):
    """Issue 10 §6: "Models dropped into the models folder appear while the app runs: watch the
    folder." The folder does not exist yet at start, as on a first start."""
    window = started(make_window, qtbot)
    folder = paths.models_dir()
    assert not folder.exists() and picker_paths(window) == []
    folder.mkdir(parents=True)
    shutil.copy(tiny_model, folder / "dropped.gguf")
    (folder / "family").mkdir()
    shutil.copy(tiny_model, folder / "family" / "in-a-subfolder.gguf")
    wanted = [str(folder / "dropped.gguf"), str(folder / "family" / "in-a-subfolder.gguf")]
    qtbot.waitUntil(lambda: sorted(picker_paths(window)) == wanted, timeout=TIMEOUT)
    assert installed_names(window) == ["dropped.gguf", "in-a-subfolder.gguf"]

    (folder / "family" / "in-a-subfolder.gguf").unlink()  # deleted in the file manager
    qtbot.waitUntil(lambda: picker_paths(window) == wanted[:1], timeout=TIMEOUT)
    assert installed_names(window) == ["dropped.gguf"]


def test_a_growing_part_file_causes_no_rescans_and_a_copy_one_when_done(qtbot, tmp_path):
    """A download's .part growing must not cause a rescan storm, even where the platform signals
    every write (Windows, macOS); a model copied in slowly is rescanned once, complete."""
    owner = QWidget()  # deleted by pytest-qt on this thread: never by the GC on a worker thread
    qtbot.addWidget(owner)
    watch = ModelsFolderWatch(owner)
    rescans: list[int] = []
    looks: list[int] = []
    watch.changed.connect(lambda: rescans.append(1))
    watch.looked.connect(lambda: looks.append(1))
    with qtbot.waitSignal(watch.looked, timeout=TIMEOUT):
        watch.watch(tmp_path)
    watch.shown(tmp_path, [])  # what the page shows: no models yet

    part = tmp_path / "big.gguf.part"
    writes = 0

    def write(path: Path) -> None:
        nonlocal writes
        writes += 1
        with path.open("ab") as file:
            file.write(b"x" * 4096)
        watch._on_signal(str(tmp_path))  # as a platform that signals every write does

    timer = QTimer(owner)
    timer.timeout.connect(lambda: write(part))
    timer.start(5)
    qtbot.waitUntil(lambda: len(looks) >= 5, timeout=TIMEOUT)
    timer.stop()
    assert rescans == []
    assert len(looks) < writes / 10  # one look per LOOK_MS at most, whatever the writes

    copy = tmp_path / "copied.gguf"
    timer = QTimer(owner)
    timer.timeout.connect(lambda: write(copy))
    timer.start(LOOK_MS // 3)  # grows between every two looks
    qtbot.waitUntil(lambda: copy.exists() and copy.stat().st_size > 20 * 4096, timeout=TIMEOUT)
    assert rescans == []  # still being copied
    timer.stop()
    with qtbot.waitSignal(watch.changed, timeout=TIMEOUT):
        pass
    seen = len(looks)
    qtbot.waitUntil(lambda: len(looks) > seen + 1 or not watch._timer.isActive(), timeout=TIMEOUT)
    assert rescans == [1]


def test_a_new_models_folder_is_watched_instead_of_the_old(make_window, qtbot, tiny_model,
                                                           tmp_path):  # fmt: skip
    window = started(make_window, qtbot)
    old, new = paths.models_dir(), tmp_path / "big-disk"
    old.mkdir(parents=True)
    new.mkdir()
    with qtbot.waitSignal(window.models_page.installed_shown, timeout=TIMEOUT):
        window.models_page.set_models_folder(str(new))
    watched = window.models_page.folder_watch._watcher.directories()
    qtbot.waitUntil(lambda: window.models_page.folder_watch._watcher.directories() == [str(new)],
                    timeout=TIMEOUT)  # fmt: skip
    assert str(old) not in watched
    shutil.copy(tiny_model, new / "on-the-big-disk.gguf")
    qtbot.waitUntil(lambda: picker_paths(window) == [str(new / "on-the-big-disk.gguf")],
                    timeout=TIMEOUT)  # fmt: skip

    window.show_page("settings")  # the folder changed in the settings: watched there from now on
    window.settings_page.general.models_folder.setText(str(old))
    window.settings_page.apply_button.click()
    qtbot.waitUntil(lambda: window.models_page.folder_watch._watcher.directories() == [str(old)],
                    timeout=TIMEOUT)  # fmt: skip
    shutil.copy(tiny_model, old / "back-home.gguf")
    qtbot.waitUntil(lambda: picker_paths(window) == [str(old / "back-home.gguf")],
                    timeout=TIMEOUT)  # fmt: skip


def test_a_model_removed_from_installed_leaves_the_picker(make_window, qtbot, tiny_model):
    """Issue 10 §6: "A model removed from Installed leaves the picker." The one in use stays,
    marked, while it is still loaded; it goes once another model is loaded."""
    folder = paths.models_dir()
    folder.mkdir(parents=True)
    for name in ("first", "second", "third"):
        shutil.copy(tiny_model, folder / f"{name}.gguf")
    window = started(make_window, qtbot, FakeEngine)
    page = window.models_page
    first, second, third = (str(folder / f"{n}.gguf") for n in ("first", "second", "third"))
    with qtbot.waitSignal(window.loader.ready, timeout=TIMEOUT):
        window.loader.load(first)
    page.installed_tab.confirm = lambda title, question: True

    def delete(path: str) -> None:
        row = next(r for r, m in enumerate(page.installed_model.records) if str(m.path) == path)
        page.installed_view.selectRow(page.installed_view.model().mapFromSource(
            page.installed_model.index(row, 0)).row())  # fmt: skip
        with qtbot.waitSignal(page.installed_shown, timeout=TIMEOUT):
            page.delete_button.click()

    delete(second)
    assert picker_paths(window) == [first, third]
    delete(first)  # the model in use
    assert picker_paths(window) == [third, first]
    assert window.model_picker.current_path == first
    assert window.model_picker.entry(first).note == REMOVED_STILL_LOADED
    with qtbot.waitSignal(window.loader.ready, timeout=TIMEOUT):
        window.loader.load(third)
    assert picker_paths(window) == [third]
