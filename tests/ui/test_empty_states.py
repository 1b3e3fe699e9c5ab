"""Issue 12 §2: every empty list says what to do next: the chats, the installed models, Hugging
Face before and after a search that found nothing, and the catalog when it cannot be read. The
message takes the list's place and is what a screen reader announces."""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QLineEdit, QWidget

from gpt4local.core.models import catalog as catalog_module
from gpt4local.core.models.catalog import CatalogError
from gpt4local.core.models.library import InstalledModel
from gpt4local.core.settings import Settings
from gpt4local.ui.chat.conversation_list import ConversationList
from gpt4local.ui.models import installed_tab as installed_module
from gpt4local.ui.models.catalog_tab import CatalogTab
from gpt4local.ui.models.context import ModelsContext
from gpt4local.ui.models.download_manager import DownloadManager
from gpt4local.ui.models.hub_tab import HubTab
from gpt4local.ui.models.installed_tab import InstalledTab
from gpt4local.ui.widgets.empty_state import EmptyStack

TIMEOUT = 20_000


@pytest.fixture
def context(qtbot) -> Iterator[ModelsContext]:
    downloads = DownloadManager()
    yield ModelsContext(Settings(), downloads, lambda: None)
    downloads.shutdown()


def showing(stack: EmptyStack) -> str | None:
    """The empty state's title, or None while the list itself shows."""
    return stack.empty.title.text() if stack.showing_empty else None


def chat(conversation_id: int, title: str) -> SimpleNamespace:
    return SimpleNamespace(id=conversation_id, title=title, updated_at=0.0)


def test_the_chat_list_says_how_to_start_and_what_a_search_missed(qtbot):
    chats = ConversationList()
    qtbot.addWidget(chats)
    assert showing(chats.stack) == "No chats yet"
    assert chats.empty.text.text() == "Type a message to start one."
    assert chats.empty.accessibleName() == "No chats yet"
    assert chats.empty.accessibleDescription() == "Type a message to start one."

    chats.set_conversations([chat(1, "Bread")], 1)
    assert showing(chats.stack) is None
    with qtbot.waitSignal(chats.search_changed, timeout=TIMEOUT):
        chats.search_box.setText("bananas")
    chats.set_conversations([], None)
    assert showing(chats.stack) == "No chat matches “bananas”"
    assert "try other words" in chats.empty.text.text()
    with qtbot.waitSignal(chats.search_changed, timeout=TIMEOUT):
        chats.search_box.clear()
    chats.set_conversations([], None)
    assert showing(chats.stack) == "No chats yet"


def test_the_windows_chat_list_searches_the_store(qtbot, make_window):
    window = make_window()
    sidebar = window.sidebar
    qtbot.waitUntil(lambda: showing(sidebar.stack) == "No chats yet", timeout=TIMEOUT)
    sidebar.search_box.setText("bananas")
    qtbot.waitUntil(lambda: showing(sidebar.stack) == "No chat matches “bananas”",
                    timeout=TIMEOUT)  # fmt: skip


def test_no_installed_model_says_where_to_get_one(qtbot, context, monkeypatch, tmp_path):
    tab = InstalledTab(context)
    qtbot.addWidget(tab)
    folder = tmp_path / "my models"
    tab.show_models([], {}, folder)
    assert showing(tab.stack) == "No models installed yet"
    line = tab.empty.text.text()
    assert str(folder) in line and "catalog" in line and "Hugging Face" in line
    assert str(folder) in tab.empty.accessibleDescription()
    browse, search, add = tab.empty.buttons
    assert [b.text() for b in tab.empty.buttons] == ["Browse the catalog", "Search Hugging Face",
                                                     "Add model file…"]  # fmt: skip
    with qtbot.waitSignal(tab.catalog_wanted, timeout=TIMEOUT):
        browse.click()
    with qtbot.waitSignal(tab.hub_wanted, timeout=TIMEOUT):
        search.click()
    chosen = str(tmp_path / "mine.gguf")
    monkeypatch.setattr(installed_module.QFileDialog, "getOpenFileName",
                        lambda *_args: (chosen, ""))  # fmt: skip
    with qtbot.waitSignal(tab.model_file_chosen, timeout=TIMEOUT) as added:
        add.click()
    assert added.args == [chosen]

    # "Chat with it" and "Delete…" act on the selected model: none is, in an empty list.
    assert not tab.use_button.isEnabled() and not tab.delete_button.isEnabled()
    tab.show_models([InstalledModel(folder / "a.gguf", 1, False, "a")], {}, folder)
    assert showing(tab.stack) is None
    tab.view.selectRow(0)
    assert tab.use_button.isEnabled() and tab.delete_button.isEnabled()
    tab.show_models([], {}, folder)
    assert not tab.use_button.isEnabled() and not tab.delete_button.isEnabled()


def test_the_models_page_goes_where_the_empty_state_points(
    qtbot, make_window, monkeypatch, tiny_model
):
    window = make_window()
    page = window.models_page
    installed = page.installed_tab
    qtbot.waitUntil(lambda: showing(installed.stack) == "No models installed yet",
                    timeout=TIMEOUT)  # fmt: skip
    browse, search, add = installed.empty.buttons
    page.tabs.setCurrentWidget(installed)
    browse.click()
    assert page.tabs.currentWidget() is page.catalog_tab
    page.tabs.setCurrentWidget(installed)
    search.click()
    assert page.tabs.currentWidget() is page.hub_tab
    # A file from elsewhere is added as the chat page's "Add model file…" adds it: it loads.
    monkeypatch.setattr(installed_module.QFileDialog, "getOpenFileName",
                        lambda *_args: (str(tiny_model), ""))  # fmt: skip
    with qtbot.waitSignal(window.loader.ready, timeout=TIMEOUT):
        add.click()
    assert window.settings.side_loaded_models == [str(tiny_model)]
    qtbot.waitUntil(lambda: showing(installed.stack) is None, timeout=TIMEOUT)


def test_hugging_face_says_what_to_type_and_what_a_search_missed(
    qtbot, context, fake_hub, tiny_model, monkeypatch
):
    monkeypatch.setenv("HF_ENDPOINT", fake_hub.url)
    fake_hub.add_repo("tester/tiny-GGUF", {"tiny-Q8_0.gguf": tiny_model})
    tab = HubTab(context)
    qtbot.addWidget(tab)
    assert showing(tab.stack) == "Search Hugging Face for a model"
    assert "press Enter" in tab.empty.text.text()

    tab.search_box.setText("zebra")
    with qtbot.waitSignal(tab.search_shown, timeout=TIMEOUT):
        tab.search()
    assert showing(tab.stack) == "Nothing on Hugging Face matches “zebra”"
    assert tab.empty.accessibleName() == "Nothing on Hugging Face matches “zebra”"
    assert "Try other words" in tab.empty.text.text()

    tab.search_box.setText("tiny")
    with qtbot.waitSignal(tab.search_shown, timeout=TIMEOUT):
        tab.search()
    assert showing(tab.stack) is None
    assert tab.repo_model.records[0].repo_id == "tester/tiny-GGUF"


def test_a_catalog_that_cannot_be_read_says_why_and_offers_a_way_on(qtbot, context, monkeypatch):
    readable = catalog_module.load_catalog

    def unreadable():
        raise CatalogError("The bundled catalog is damaged.")

    monkeypatch.setattr(catalog_module, "load_catalog", unreadable)
    tab = CatalogTab(context)
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.failed, timeout=TIMEOUT):
        tab.load()
    assert showing(tab.stack) == "The model catalog could not be read"
    assert tab.empty.text.text().startswith("The bundled catalog is damaged. Try again")
    again, search = tab.empty.buttons
    with qtbot.waitSignal(tab.hub_wanted, timeout=TIMEOUT):
        search.click()

    monkeypatch.setattr(catalog_module, "load_catalog", readable)
    with qtbot.waitSignal(tab.shown, timeout=TIMEOUT):
        again.click()
    assert showing(tab.stack) is None
    assert tab.model.rowCount() > 0


def unnamed_controls(root: QWidget) -> list[str]:
    """Inputs and lists without an accessible name (a button's text is its name)."""
    found = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QHeaderView) or isinstance(widget.parent(), QComboBox):
            continue  # parts of a table or a combo box, named by it
        if any(isinstance(ancestor, QComboBox) for ancestor in _ancestors(widget)):
            continue  # the combo box's popup list
        control = isinstance(widget, (QLineEdit, QComboBox, QAbstractItemView))
        if control and not widget.accessibleName():
            found.append(f"{type(widget).__name__} {widget.objectName()}")
    return found


def _ancestors(widget: QWidget) -> Iterator[QWidget]:
    parent = widget.parentWidget()
    while parent is not None:
        yield parent
        parent = parent.parentWidget()


def test_the_models_page_and_the_chat_list_name_their_controls(qtbot, make_window):
    window = make_window()
    assert unnamed_controls(window.models_page) == []
    assert unnamed_controls(window.sidebar) == []
