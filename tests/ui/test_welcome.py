"""Issue 12 §2, the first start: the Home page's recommended model and its one button, which
downloads (from the fake Hub), verifies, loads (the real engine, a synthetic model) and opens a
chat, with progress all the way; its failures, Cancel and Retry; and the other ways in."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gpt4local.core import paths
from gpt4local.core.downloads import part_files
from gpt4local.core.inference.options import SamplingSettings
from gpt4local.core.units import human_size
from gpt4local.ui.welcome import flow as welcome_flow
from gpt4local.ui.welcome.card import DOWNLOAD_TEXT

REPO = "tester/welcome-GGUF"
FILE = "welcome-tiny-Q8_0.gguf"
TIMEOUT = 30_000


def catalog_model(tiny_model: Path, **changes) -> dict:
    data = tiny_model.read_bytes()
    return {
        "id": "welcome-tiny", "name": "Welcome Tiny 0.01B", "repo_id": REPO, "filename": FILE,
        "size_bytes": len(data), "sha256": hashlib.sha256(data).hexdigest(),
        "parameters_billions": 0.01, "quantization": "Q8_0", "context_length": 2048,
        "license": "mit", "family": "chatml", "recommended": True,
        "description": "Tiny and quick: good for trying the app.", **changes,
    }  # fmt: skip


def use_catalog(*models: dict) -> None:
    """A cached catalog newer than the bundled one: the app reads it instead."""
    path = paths.cache_dir() / "catalog.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"schema_version": 1, "updated": "2099-01-01",
                                "models": list(models)}))  # fmt: skip


@pytest.fixture
def hub(fake_hub, tiny_model, monkeypatch):
    monkeypatch.setenv("HF_ENDPOINT", fake_hub.url)
    fake_hub.add_repo(REPO, {FILE: tiny_model})
    return fake_hub


@pytest.fixture
def first_start(make_window, qtbot, tiny_model, hub):
    """A first start (no model) with a catalog whose recommendation is on the fake Hub; the
    window is on its Home page with the recommendation shown."""
    use_catalog(catalog_model(tiny_model))
    window = make_window()
    qtbot.waitUntil(lambda: window.current_page == "home", timeout=TIMEOUT)
    card = window.welcome.page.card
    qtbot.waitUntil(lambda: card.recommendation is not None, timeout=TIMEOUT)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # the input's focus is checked at the end
    return window


def record_states(window) -> list[welcome_flow.FlowStatus]:
    seen: list[welcome_flow.FlowStatus] = []
    window.welcome.flow.changed.connect(seen.append)
    return seen


def test_the_home_page_shows_the_recommended_model(first_start, tiny_model):
    page = first_start.welcome.page
    card = page.card
    assert card.name.text() == "Welcome Tiny 0.01B"
    assert card.description.text() == "Tiny and quick: good for trying the app."
    assert f"{human_size(tiny_model.stat().st_size)} download" in card.facts.text()
    assert "✓ fits" in card.facts.text()  # the catalog's wording (ui/models/fit_labels.py)
    assert "available" in card.facts.toolTip()  # the verdict's reasons
    button = card.download_button
    assert button.text() == DOWNLOAD_TEXT and button.isVisible() and button.isEnabled()
    assert button.property("primary") is True  # the page's one accent button
    assert not page.start_button.isVisible()  # nothing installed to chat with yet
    assert page.add_file_button.isVisible() and page.browse_button.isVisible()
    assert str(first_start.models_page.models_dir) in page.folder_label.text()


def test_download_and_start_chatting_goes_all_the_way_to_a_chat(first_start, qtbot, hub,
                                                                tiny_model):  # fmt: skip
    window = first_start
    card = window.welcome.page.card
    states = record_states(window)
    hub.throttle = 150_000  # bytes a second: ~1.5 s, so the progress is seen moving
    with qtbot.waitSignal(window.welcome.flow.chat_ready, timeout=TIMEOUT):
        qtbot.mouseClick(card.download_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: card.cancel_button.isVisible(), timeout=TIMEOUT)
        assert card.bar.isVisible() and not card.download_button.isVisible()
    kinds = [s.state for s in states]
    assert kinds[0] == welcome_flow.WAITING
    assert kinds.index(welcome_flow.DOWNLOADING) < kinds.index(welcome_flow.VERIFYING) \
        < kinds.index(welcome_flow.LOADING) < kinds.index(welcome_flow.READY)  # fmt: skip
    downloading = [s for s in states if s.text.startswith("Downloading")]
    assert len({s.fraction for s in downloading}) > 2  # the bar moved
    assert any(" of " in s.text and "/s" in s.text and "left" in s.text for s in downloading)
    assert any(s.text == "Verifying…" for s in states)
    assert any(s.text == "Loading…" for s in states)
    # Verified and installed where the models live, then loaded by the real engine.
    installed = window.models_page.models_dir / FILE
    assert installed.read_bytes() == tiny_model.read_bytes()
    assert window.loader.loaded_path == str(installed)
    # A new chat is open, the input ready for typing, and the model answers.
    assert window.current_page == "chats"
    assert window.chat.session.current is None and window.history == []
    qtbot.waitUntil(window.input.hasFocus)
    window.sampling = SamplingSettings(max_tokens=4, seed=1)
    window.input.setPlainText("hello")
    with qtbot.waitSignal(window.answer_finished, timeout=TIMEOUT) as answer:
        window.send()
    assert answer.args[0].completion_tokens > 0


def test_a_failed_check_says_so_and_retry_downloads_again(first_start, qtbot, hub):
    """The Hub sends a damaged file once: the sha256 check fails, the page says why and offers
    Retry, which succeeds."""
    window = first_start
    card, flow = window.welcome.page.card, window.welcome.flow
    hub.corrupt(FILE, offset=1000)
    card.download_button.click()
    qtbot.waitUntil(lambda: flow.status.state == welcome_flow.FAILED, timeout=TIMEOUT)
    assert card.problem.isVisible() and "⚠" in card.problem.text()
    assert "checksum" in card.problem.text().lower() or "sha" in card.problem.text().lower()
    assert card.retry_button.isVisible() and card.retry_button.property("primary") is True
    assert not card.download_button.isVisible() and not card.cancel_button.isVisible()
    assert window.current_page == "home"
    with qtbot.waitSignal(flow.chat_ready, timeout=TIMEOUT):
        card.retry_button.click()
    assert window.current_page == "chats"
    assert not card.problem.isVisible()


def test_a_model_that_does_not_load_says_why_and_retry_loads_again(make_window, qtbot,
                                                                   fake_hub, truncated_gguf,
                                                                   monkeypatch):  # fmt: skip
    """Downloaded and verified, but the file is damaged: the loader's reason is on the page,
    and Retry tries the load again without downloading anything again."""
    monkeypatch.setenv("HF_ENDPOINT", fake_hub.url)
    fake_hub.add_repo(REPO, {FILE: truncated_gguf})
    use_catalog(catalog_model(truncated_gguf))
    window = make_window()
    window.show()
    card, flow = window.welcome.page.card, window.welcome.flow
    qtbot.waitUntil(lambda: card.recommendation is not None, timeout=TIMEOUT)
    card.download_button.click()
    qtbot.waitUntil(lambda: flow.status.state == welcome_flow.FAILED, timeout=TIMEOUT)
    assert FILE in card.problem.text() or "truncated" in card.problem.text().lower()
    assert "was not loaded" not in card.problem.text()  # the real reason replaced the guess
    assert card.retry_button.isVisible() and window.current_page == "home"
    gets = len(fake_hub.file_requests(FILE, "GET"))
    states = record_states(window)
    card.retry_button.click()
    qtbot.waitUntil(lambda: flow.status.state == welcome_flow.FAILED, timeout=TIMEOUT)
    assert states[0].state == welcome_flow.LOADING
    assert len(fake_hub.file_requests(FILE, "GET")) == gets  # nothing downloaded again


def test_cancel_keeps_the_part_and_the_next_start_resumes(first_start, qtbot, hub, tiny_model):
    window = first_start
    card, flow = window.welcome.page.card, window.welcome.flow
    manager = window.models_page.downloads
    hub.throttle = 40_000  # slow enough to cancel half-way
    size = tiny_model.stat().st_size
    card.download_button.click()
    qtbot.waitUntil(lambda: manager.items[FILE].progress is not None
                    and manager.items[FILE].progress.done > 20_000, timeout=TIMEOUT)  # fmt: skip
    with qtbot.waitSignal(flow.changed, timeout=TIMEOUT,
                          check_params_cb=lambda s: s.state == welcome_flow.IDLE):  # fmt: skip
        card.cancel_button.click()
    target = part_files.target_path(window.models_page.models_dir, FILE)
    part = part_files.part_path(target)
    kept = part.stat().st_size
    assert kept > 0 and not target.exists()
    assert card.download_button.isVisible() and not card.cancel_button.isVisible()
    assert card.status.isVisible()  # what is kept, said where the progress was
    assert card.status.text().startswith(f"{human_size(kept)} of {human_size(size)}")
    hub.throttle = None
    with qtbot.waitSignal(flow.chat_ready, timeout=TIMEOUT):
        card.download_button.click()
    resumed = hub.file_requests(FILE, "GET")[-1]
    assert resumed.headers.get("range") == f"bytes={kept}-"
    assert target.read_bytes() == tiny_model.read_bytes()


# --- no recommendation, and the other ways in ------------------------------------------------


def test_when_nothing_fits_the_page_says_so_and_points_to_browse(make_window, qtbot,
                                                                 tiny_model):  # fmt: skip
    use_catalog(catalog_model(tiny_model, size_bytes=900 << 30, parameters_billions=1000))
    window = make_window()
    page = window.welcome.page
    qtbot.waitUntil(lambda: page.card.recommendation is not None, timeout=TIMEOUT)
    window.show()
    card = page.card
    assert card.recommendation.entry is None
    assert "fits this computer" in card.name.text()
    assert "Welcome Tiny 0.01B" in card.description.text()  # the smallest, and what it needs
    assert "browse all models" in card.description.text()
    assert not card.download_button.isVisible() and not card.facts.isVisible()
    assert page.browse_button.property("primary") is True  # the way on, in the accent
    assert "picked for this computer" not in page.text.text()
    window.show_page("chats")
    qtbot.mouseClick(page.browse_button, Qt.MouseButton.LeftButton)
    assert window.current_page == "models"
    assert window.models_page.tabs.currentWidget() is window.models_page.catalog_tab


def test_add_a_model_file_i_already_have_loads_it_and_opens_the_chat(make_window, qtbot,
                                                                     tiny_model):  # fmt: skip
    window = make_window()
    qtbot.waitUntil(lambda: window.current_page == "home", timeout=TIMEOUT)
    page = window.welcome.page
    asked = []
    page.choose_model_file = lambda parent: asked.append(parent) or str(tiny_model)
    with qtbot.waitSignal(window.loader.ready, timeout=TIMEOUT) as ready:
        qtbot.mouseClick(page.add_file_button, Qt.MouseButton.LeftButton)
    assert asked == [page]
    assert str(ready.args[0].path) == str(tiny_model)
    assert window.current_page == "chats"
    assert str(tiny_model) in window.settings.side_loaded_models  # remembered, as elsewhere


def test_a_cancelled_file_dialog_changes_nothing(make_window, qtbot):
    window = make_window()
    qtbot.waitUntil(lambda: window.current_page == "home", timeout=TIMEOUT)
    page = window.welcome.page
    page.choose_model_file = lambda parent: ""
    started = []
    window.loader.started.connect(started.append)
    page.add_file_button.click()
    assert started == [] and window.current_page == "home"


def test_the_models_folder_opens_and_its_setting_is_one_click_away(make_window, qtbot):
    window = make_window()
    qtbot.waitUntil(lambda: window.current_page == "home", timeout=TIMEOUT)
    page = window.welcome.page
    opened = []
    page.open_folder = opened.append
    page.open_folder_button.click()
    assert opened == [window.models_page.models_dir]
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.change_folder_button.click()
    assert window.current_page == "settings"
    general = window.settings_page.general
    assert window.settings_page.tabs.currentWidget() is general
    qtbot.waitUntil(general.models_folder.hasFocus)


def test_every_control_is_named_for_screen_readers(first_start):
    page = first_start.welcome.page
    controls = [page.start_button, page.add_file_button, page.browse_button,
                page.open_folder_button, page.change_folder_button, page.card.download_button,
                page.card.cancel_button, page.card.retry_button]  # fmt: skip
    assert all(c.accessibleName() for c in controls)
    assert all(c.focusPolicy() & Qt.FocusPolicy.TabFocus for c in controls)
    assert "Welcome Tiny" in page.card.download_button.accessibleDescription()


# --- with models installed -------------------------------------------------------------------


def test_with_models_installed_the_app_opens_on_chats_and_home_offers_start_chatting(
    make_window, qtbot, tiny_model, untemplated_model
):
    use_catalog(catalog_model(tiny_model))
    window = make_window(side_loaded_models=[str(untemplated_model)])
    with qtbot.waitSignal(window.models_page.installed_shown, timeout=TIMEOUT):
        pass
    assert window.current_page == "chats"  # no welcome at start
    page = window.welcome.page
    qtbot.waitUntil(lambda: page.card.recommendation is not None, timeout=TIMEOUT)
    window.show()
    window.show_page("home")
    assert page.title.text() == "Welcome back"
    assert page.start_button.isVisible() and page.start_button.property("primary") is True
    # The recommended model is not installed yet: still offered, but not the main button.
    assert page.card.isVisible() and page.card.download_button.property("primary") is False
    with qtbot.waitSignal(window.loader.ready, timeout=TIMEOUT) as ready:
        qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert str(ready.args[0].path) == str(untemplated_model)  # the one installed
    assert window.current_page == "chats"


def test_once_the_recommended_model_is_installed_home_no_longer_offers_it(first_start, qtbot):
    window = first_start
    with qtbot.waitSignal(window.welcome.flow.chat_ready, timeout=TIMEOUT):
        window.welcome.page.card.download_button.click()
    page = window.welcome.page
    qtbot.waitUntil(lambda: page.has_models, timeout=TIMEOUT)
    window.show_page("home")
    assert page.title.text() == "Welcome back" and page.start_button.isVisible()
    assert not page.card.isVisible()


def test_long_labels_are_never_cut_short(first_start, qtbot):
    """Translations come later and German runs long: the other ways in go one under the other
    rather than clip their labels."""
    page = first_start.welcome.page
    first_start.resize(900, 700)
    page.add_file_button.setText("Eine Modelldatei hinzufügen, die ich schon habe")
    page.browse_button.setText("Alle Modelle durchsuchen, auch auf Hugging Face")
    for button in (page.add_file_button, page.browse_button):
        qtbot.waitUntil(lambda b=button: b.width() >= b.sizeHint().width())
    assert page.browse_button.y() > page.add_file_button.y()  # stacked


def test_a_part_left_by_an_earlier_session_is_resumed_from(make_window, qtbot, hub, tiny_model):
    use_catalog(catalog_model(tiny_model))
    before = make_window()
    card = before.welcome.page.card
    qtbot.waitUntil(lambda: card.recommendation is not None, timeout=TIMEOUT)
    manager = before.models_page.downloads
    hub.throttle = 40_000
    card.download_button.click()
    qtbot.waitUntil(lambda: manager.items[FILE].progress is not None
                    and manager.items[FILE].progress.done > 20_000, timeout=TIMEOUT)  # fmt: skip
    before.close()  # quitting keeps the part, as a pause does
    hub.throttle = None

    after = make_window()
    card, flow = after.welcome.page.card, after.welcome.flow
    qtbot.waitUntil(lambda: "already downloaded" in card.status.text(), timeout=TIMEOUT)
    with qtbot.waitSignal(flow.chat_ready, timeout=TIMEOUT):
        card.download_button.click()
    assert hub.file_requests(FILE, "GET")[-1].headers.get("range", "").startswith("bytes=")
    assert (after.models_page.models_dir / FILE).read_bytes() == tiny_model.read_bytes()


def test_tab_walks_the_page_in_reading_order(first_start, qtbot):
    page = first_start.welcome.page
    home = first_start.navigation.rail.buttons["home"]
    home.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(home.hasFocus)
    reached = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is home or not page.isAncestorOf(widget):
            break
        reached.append(widget)
    card = page.card
    assert reached == [card.download_button, page.add_file_button, page.browse_button,
                       page.open_folder_button, page.change_folder_button]  # fmt: skip
