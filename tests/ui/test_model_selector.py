"""Issue 12 §4: the model selector at the top of the chat. It shows the loaded model's name, size,
context and device, the load in progress in its place, and opens (click, Enter, Space, Ctrl+L) a
searchable popup of the installed models with their fit verdicts."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from gpt4local.core import paths
from gpt4local.core.inference.options import SamplingSettings
from gpt4local.core.units import human_size
from gpt4local.ui.model_selector.entries import ADDED_FROM_ELSEWHERE, ENTRY_ROLE, LOADED_ROLE
from gpt4local.ui.model_selector.popup import NO_MODELS
from gpt4local.ui.model_selector.selector import CHOOSE
from gpt4local.ui.models.fit_labels import verdict_cell

from .conftest import FakeEngine

TIMEOUT = 20_000
NAMES = ("Llama-3.2-3B-Instruct-Q4_K_M", "Mistral-7B-Instruct-Q4_0", "Qwen2.5-7B-Instruct-Q5_K_M")


@pytest.fixture
def installed(tiny_model: Path) -> list[str]:
    """Three models in the models folder (copies of the tiny one under other names)."""
    folder = paths.models_dir()
    folder.mkdir(parents=True)
    for name in NAMES:
        shutil.copy(tiny_model, folder / f"{name}.gguf")
    return [str(folder / f"{name}.gguf") for name in NAMES]


def started(qtbot, make_window, engine=FakeEngine):
    window = make_window(engine)
    with qtbot.waitSignal(window.models_page.installed_shown, timeout=TIMEOUT):
        pass
    window.show()
    qtbot.waitExposed(window)
    return window


def press_ctrl_l(window) -> None:
    """The window's Ctrl+L action (an offscreen window is never active, so the key itself would
    not reach a window shortcut)."""
    [action] = [a for a in window.actions() if a.shortcut() == QKeySequence("Ctrl+L")]
    action.trigger()


def rows(popup) -> list[str]:
    model = popup.model
    return [model.index(row).data() for row in range(model.rowCount())]


def test_it_shows_the_loaded_model_with_its_size_context_and_device(qtbot, make_window,
                                                                     installed):  # fmt: skip
    window = started(qtbot, make_window)
    selector = window.model_picker
    assert selector.title.text() == CHOOSE
    assert "No model loaded" in selector.details.text() and "3 installed" in selector.details.text()
    with qtbot.waitSignal(window.loader.ready, timeout=TIMEOUT):
        window.loader.load(installed[1])
    size = human_size(Path(installed[1]).stat().st_size)
    assert selector.title.text() == "fake Mistral-7B-Instruct-Q4_0"
    assert selector.details.text() == f"{size} · context 2,048 · CPU"
    assert selector.accessibleDescription() == selector.summary()
    assert installed[1] in selector.toolTip() and "Ctrl+L" in selector.toolTip()
    assert selector.progress.isHidden()


def test_the_real_engine_on_a_synthetic_model(qtbot, make_window, tiny_model):
    """Chosen from the popup, loaded by llama.cpp, which reports how far it has read."""
    folder = paths.models_dir()
    folder.mkdir(parents=True)
    path = shutil.copy(tiny_model, folder / "tiny.gguf")
    window = started(qtbot, make_window, engine=None)
    reported: list[float] = []
    window.engine.load_progress.connect(reported.append)
    with qtbot.waitSignal(window.loader.ready, timeout=30_000):
        window.model_picker.open_popup()
        qtbot.keyClick(window.model_picker.popup.search, Qt.Key.Key_Return)
    selector = window.model_picker
    assert selector.title.text() == "synthetic-llama"
    assert selector.details.text() == (f"{human_size(Path(path).stat().st_size)} · context "
                                       "2,048 · CPU")  # fmt: skip
    assert selector.current_path == str(path) and selector.loaded == str(path)
    assert reported and reported[-1] == 1.0  # llama.cpp's own progress, passed through
    assert selector.progress.isHidden()


def test_the_load_is_shown_in_place_then_gone(qtbot, make_window, installed):
    gate = threading.Event()

    class SlowEngine(FakeEngine):
        def __init__(self, *args) -> None:
            gate.wait(TIMEOUT / 1000)  # on the engine thread: the load takes until the gate opens
            super().__init__(*args)

    window = started(qtbot, make_window, SlowEngine)
    selector = window.model_picker
    try:
        with qtbot.waitSignal(window.loader.started, timeout=TIMEOUT):
            window.loader.load(installed[2])
        assert selector.title.text() == "Loading Qwen2.5-7B-Instruct-Q5_K_M…"
        assert selector.progress.isVisible() and selector.progress.maximum() == 0  # busy
        assert "Loading" in selector.accessibleDescription()
        assert not window.busy_bar.isVisible()  # said once, where the model is chosen
        window.engine.load_progress.emit(0.42)  # as the llama.cpp engine reports it
        assert selector.title.text() == "Loading Qwen2.5-7B-Instruct-Q5_K_M… 42%"
        assert (selector.progress.maximum(), selector.progress.value()) == (100, 42)
        window.engine.load_progress.emit(1.0)  # the weights are read; the context follows
        assert selector.progress.maximum() == 0 and selector.title.text().endswith("…")
    finally:
        with qtbot.waitSignal(window.loader.ready, timeout=TIMEOUT):
            gate.set()
    assert selector.progress.isHidden()
    assert selector.title.text() == "fake Qwen2.5-7B-Instruct-Q5_K_M"


def test_search_filters_and_enter_loads_the_chosen_model(qtbot, make_window, installed):
    window = started(qtbot, make_window)
    press_ctrl_l(window)
    popup = window.model_picker.popup
    assert popup.isVisible() and popup.search.hasFocus()
    assert rows(popup) == ["Installed", *NAMES]
    qtbot.keyClicks(popup.search, "7b q5")  # every word must match
    assert rows(popup) == ["Installed", "Qwen2.5-7B-Instruct-Q5_K_M"]
    assert popup.highlighted_path == installed[2]
    popup.search.clear()
    qtbot.keyClicks(popup.search, "mistral")
    assert rows(popup) == ["Installed", "Mistral-7B-Instruct-Q4_0"]
    with qtbot.waitSignal(window.loader.ready, timeout=TIMEOUT) as ready:
        qtbot.keyClick(popup.search, Qt.Key.Key_Return)
    assert str(ready.args[0].path) == installed[1]
    assert not popup.isVisible()
    assert window.model_picker.current_path == installed[1]


def test_a_search_that_finds_nothing_says_so(qtbot, make_window, installed):
    window = started(qtbot, make_window)
    window.model_picker.open_popup()
    popup = window.model_picker.popup
    qtbot.keyClicks(popup.search, "gemma")
    assert popup.model.entry_count == 0 and popup.view.isHidden()
    assert popup.empty.isVisible() and popup.empty.text() == "No model matches “gemma”"
    qtbot.keyClick(popup.search, Qt.Key.Key_Return)  # nothing to choose: nothing happens
    assert popup.isVisible() and window.loader.loaded_model is None


def test_with_no_models_the_popup_says_what_to_do(qtbot, make_window):
    window = started(qtbot, make_window)
    window.show_page("chats")
    window.model_picker.open_popup()
    popup = window.model_picker.popup
    assert popup.empty.isVisible() and popup.empty.text() == NO_MODELS
    assert popup.add_file_button.isVisible() and popup.manage_button.isVisible()


def test_each_model_shows_its_size_quantisation_and_fit_verdict(qtbot, make_window, installed):
    window = started(qtbot, make_window)
    verdicts = window.models_page.installed_tab.verdicts
    with qtbot.waitSignal(window.loader.ready, timeout=TIMEOUT):
        window.loader.load(installed[0])
    window.model_picker.open_popup()
    model = window.model_picker.popup.model
    for row, path in enumerate(installed, start=1):  # row 0: the Installed header
        index = model.index(row)
        entry = index.data(ENTRY_ROLE)
        assert entry.path == path and verdicts[path] is entry.fit  # the Models page's verdict
        assert entry.verdict == verdict_cell(verdicts[path]) and entry.verdict.startswith("✓")
        spoken = index.data(Qt.ItemDataRole.AccessibleTextRole)
        assert entry.size_text in spoken and entry.verdict in spoken
        assert entry.quantization and entry.quantization in entry.details
        assert index.data(LOADED_ROLE) == (path == installed[0])
        assert ("loaded" in spoken) == (path == installed[0])
    assert window.model_picker.popup.highlighted_path == installed[0]  # opens on the loaded one


def test_ctrl_l_opens_it_from_any_page(qtbot, make_window, installed):
    window = started(qtbot, make_window)
    window.show_page("models")
    press_ctrl_l(window)
    assert window.current_page == "chats"
    assert window.model_picker.popup.isVisible()
    qtbot.keyClick(window.model_picker.popup.search, Qt.Key.Key_Escape)
    assert not window.model_picker.popup.isVisible()


def test_the_chat_menu_offers_it_with_its_shortcut(qtbot, make_window, installed):
    window = started(qtbot, make_window)
    [chat_menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "&Chat"]
    [entry] = [a for a in chat_menu.actions() if a.text() == "Choose a model…"]
    assert entry.shortcut() == QKeySequence("Ctrl+L")
    entry.trigger()
    assert window.model_picker.popup.isVisible()


def test_keyboard_only(qtbot, make_window, installed):
    """Tab reaches it; Enter, Space and Down open it; the arrows move (over the header);
    Escape closes it; Enter in the list chooses too."""
    window = started(qtbot, make_window)
    selector = window.model_picker
    assert selector.focusPolicy() & Qt.FocusPolicy.TabFocus
    chain, widget = [], window.sidebar.search_box.nextInFocusChain()
    while widget is not window.sidebar.search_box and len(chain) < 500:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    assert selector in chain and chain.index(selector) < chain.index(window.input)
    popup = selector.popup
    for key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Down):
        qtbot.keyClick(selector, key)
        assert popup.isVisible(), key
        qtbot.keyClick(popup.search, Qt.Key.Key_Escape)
        assert not popup.isVisible(), key
    qtbot.keyClick(selector, Qt.Key.Key_Space)
    assert popup.highlighted_path == installed[0]
    qtbot.keyClick(popup.search, Qt.Key.Key_Up)  # the header above is skipped: it stays
    assert popup.highlighted_path == installed[0]
    for expected in (installed[1], installed[2], installed[2]):  # the last one stays last
        qtbot.keyClick(popup.search, Qt.Key.Key_Down)
        assert popup.highlighted_path == expected
    qtbot.keyClick(popup.search, Qt.Key.Key_Up)
    qtbot.keyClick(popup.search, Qt.Key.Key_Tab)
    assert popup.focusWidget() is popup.view  # then the footer's buttons
    with qtbot.waitSignal(window.loader.ready, timeout=TIMEOUT) as ready:
        qtbot.keyClick(popup.view, Qt.Key.Key_Return)
    assert str(ready.args[0].path) == installed[1]


def test_the_footer_adds_a_file_or_shows_the_models_page(qtbot, make_window, installed,
                                                        tiny_model, monkeypatch):  # fmt: skip
    from gpt4local.ui.window import main_window

    window = started(qtbot, make_window)
    selector = window.model_picker
    selector.open_popup()
    selector.popup.manage_button.click()
    assert window.current_page == "models" and not selector.popup.isVisible()
    monkeypatch.setattr(main_window.QFileDialog, "getOpenFileName",
                        lambda *args: (str(tiny_model), ""))  # fmt: skip
    window.show_page("chats")
    selector.open_popup()
    with qtbot.waitSignal(window.loader.ready, timeout=TIMEOUT):
        selector.popup.add_file_button.click()
    assert selector.loaded == str(tiny_model) and str(tiny_model) in selector.model_paths()
    qtbot.waitUntil(lambda: str(tiny_model) in selector.installed, timeout=TIMEOUT)  # remembered
    assert selector.entry(str(tiny_model)).note == ADDED_FROM_ELSEWHERE


def test_it_cannot_be_opened_while_an_answer_is_written(qtbot, make_window, installed):
    window = started(qtbot, make_window)
    with qtbot.waitSignal(window.loader.ready, timeout=TIMEOUT):
        window.loader.load(installed[0])
    window.sampling = SamplingSettings(max_tokens=100_000)
    window.input.setPlainText("go on")
    window.send()
    qtbot.waitUntil(lambda: "w3" in window.transcript.toPlainText(), timeout=TIMEOUT)
    press_ctrl_l(window)
    assert not window.model_picker.isEnabled() and not window.model_picker.popup.isVisible()
    with qtbot.waitSignal(window.answer_finished, timeout=TIMEOUT):
        window.stop()


def test_accessible_names(qtbot, make_window, installed):
    window = started(qtbot, make_window)
    selector = window.model_picker
    selector.open_popup()
    popup = selector.popup
    assert selector.accessibleName() == "Model"
    assert selector.accessibleDescription().startswith(CHOOSE)
    assert popup.search.accessibleName() == "Search models"
    assert popup.view.accessibleName() == "Models"
    assert popup.accessibleName() == "Choose a model"
    for button in (popup.add_file_button, popup.manage_button):
        assert button.text() and button.accessibleDescription()
    assert selector.progress.accessibleName() == "Loading the model"
