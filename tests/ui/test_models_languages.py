"""The Models page, its downloads and the Home page in German and Chinese: headers, buttons,
verdicts, a download's progress line with the language's numbers, plural forms, and no text left
in English where a translation exists."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QLocale, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QTabWidget, QWidget

from gpt4local.core.downloads.part_files import DownloadSpec
from gpt4local.core.downloads.progress import Progress
from gpt4local.core.fit.recommendation import recommend_first_model
from gpt4local.core.fit.system_probe import SystemInfo
from gpt4local.core.fit.verdicts import catalog_fits
from gpt4local.core.hub.access_token import TokenStatus
from gpt4local.core.hub.api import HubFile
from gpt4local.core.models.catalog import bundled_catalog
from gpt4local.core.settings import Settings
from gpt4local.diagnostics import translations as tool
from gpt4local.ui.i18n.languages import install_language, remove_translations
from gpt4local.ui.models import download_manager as dm
from gpt4local.ui.models.context import ModelsContext
from gpt4local.ui.models.downloads_panel import DownloadsPanel
from gpt4local.ui.models.fit_labels import FitWords, parameter_count
from gpt4local.ui.models.hub_tab import HubTab
from gpt4local.ui.models.token_dialog import TokenDialog
from gpt4local.ui.welcome.card import RecommendationCard
from tests.ui.test_welcome import catalog_model, record_states, use_catalog

TIMEOUT = 30_000
GIB = 1 << 30
REPO, FILE = "tester/welcome-GGUF", "welcome-tiny-Q8_0.gguf"
NO_FREE_MEMORY = SystemInfo(total_ram=GIB, available_ram=0, total_swap=0, free_swap=0,
                            physical_cores=1, logical_cores=1, gpu_offload=False)  # fmt: skip


@pytest.fixture
def language(qapp) -> Iterator:
    """Install a language for one test; English and the old number format afterwards."""
    default = QLocale()
    yield install_language
    remove_translations()
    QLocale.setDefault(default)


@pytest.fixture
def models_window(make_window, qtbot):
    def make():
        window = make_window()
        page = window.models_page
        if page.catalog is None:
            with qtbot.waitSignal(page.catalog_shown, timeout=TIMEOUT):
                pass
        qtbot.waitUntil(lambda: page.installed_tab.stack.showing_empty, timeout=TIMEOUT)
        window.pages.setCurrentWidget(page)
        return window

    return make


def headers(view) -> list[str]:
    model = view.model()
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def column(view, index: int) -> list[str]:
    model = view.model()
    return [model.index(row, index).data() for row in range(model.rowCount())]


def tab_titles(tabs: QTabWidget) -> list[str]:
    return [tabs.tabText(i) for i in range(tabs.count())]


def untranslated(root: QWidget, lang: str) -> list[str]:
    """The texts of ``root``'s widgets that are an English source of the .ts file while its
    translation differs (names such as "Hugging Face" or "Downloads" may stay as they are)."""
    translated: dict[str, set[str]] = {}
    for message in ET.parse(tool.TRANSLATIONS / f"gpt4local_{lang}.ts").iter("message"):
        source, translation = message.findtext("source"), message.find("translation")
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        translated.setdefault(source or "", set()).update(f or "" for f in forms)
    left = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts = [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QTabWidget):
            texts += tab_titles(widget)
            texts += [widget.tabToolTip(i) for i in range(widget.count())]
        left += [t for t in texts if t in translated and t not in translated[t]]
    return left


def test_the_models_page_speaks_german(language, models_window):
    language("de")
    page = models_window().models_page
    assert tab_titles(page.tabs) == ["Katalog", "Hugging Face", "Installiert"]
    assert headers(page.catalog_view) == ["Modell", "Größe", "Parameter", "Quantisierung",
                                          "Kontext", "Lizenz", "Passt hier?", ""]  # fmt: skip
    verdicts = set(column(page.catalog_view, 6))
    assert verdicts and verdicts <= {"✓ passt", "⚠ knapp", "✗ zu groß", "✓ passt ≈",
                                     "⚠ knapp ≈", "✗ zu groß ≈"}  # fmt: skip
    assert any("," in size for size in column(page.catalog_view, 1))  # "4,07 GB"
    assert any("." in context for context in column(page.catalog_view, 4))  # "32.768"
    if page.best is not None:
        assert page.best_label.text().startswith("Am besten für diesen Computer: <b>")
        assert page.catalog_download.text().endswith(" herunterladen")
    assert page.search_button.text() == "Suchen"
    assert page.search_box.placeholderText().startswith("Hugging Face nach GGUF-Modellen")
    assert [page.sort_box.itemText(i) for i in range(page.sort_box.count())] == [
        "Meiste Downloads", "Meiste Likes", "Zuletzt aktualisiert", "Im Trend"]
    assert page.hub_tab.empty.title.text() == "Ein Modell auf Hugging Face suchen"
    assert headers(page.installed_view)[:3] == ["Modell", "Größe", "Quantisierung"]
    installed = page.installed_tab
    assert installed.empty.title.text() == "Noch keine Modelle installiert"
    assert [b.text() for b in installed.empty.buttons] == [
        "Katalog durchsuchen", "Hugging Face durchsuchen", "Modelldatei hinzufügen…"]
    assert page.use_button.text() == "Damit chatten"
    assert untranslated(page, "de") == []


def test_the_models_page_speaks_chinese(language, models_window):
    language("zh_CN")
    page = models_window().models_page
    assert tab_titles(page.tabs) == ["模型目录", "Hugging Face", "已安装"]
    assert headers(page.catalog_view)[:2] == ["模型", "大小"]
    assert headers(page.catalog_view)[6] == "内存够用？"
    assert set(column(page.catalog_view, 6)) <= {"✓ 内存够用", "⚠ 内存紧张", "✗ 内存不够",
                                                 "✓ 内存够用 ≈", "⚠ 内存紧张 ≈", "✗ 内存不够 ≈"}
    assert page.search_button.text() == "搜索"
    assert page.installed_tab.empty.title.text() == "尚未安装模型"
    assert untranslated(page, "zh_CN") == []


@pytest.fixture
def downloads(qapp) -> Iterator[dm.DownloadManager]:
    manager = dm.DownloadManager()
    yield manager
    manager.shutdown()


def show_item(manager: dm.DownloadManager, state: str, progress: Progress | None) -> str:
    spec = DownloadSpec("tester/big-GGUF", "big-Q4_0.gguf", "main", 4_724_464_026, None)
    manager.items[spec.local_name] = dm.DownloadItem(spec.local_name, spec, Path("/models"),
                                                     state, progress)  # fmt: skip
    manager.changed.emit(spec.local_name)
    return spec.local_name


def test_a_download_row_in_german_numbers(language, downloads, qtbot):
    language("de")
    panel = DownloadsPanel(downloads)
    qtbot.addWidget(panel)
    running = Progress("downloading", 1_288_490_189, 4_724_464_026, 12_897_485, 242)
    row = panel.rows[show_item(downloads, dm.RUNNING, running)]
    assert row.detail.text() == (
        "Herunterladen · 1,20 GB von 4,40 GB (27 %) · 12,3 MB/s · noch 4 min 02 s")
    assert (row.pause_button.text(), row.cancel_button.text()) == ("Pausieren", "Abbrechen")
    show_item(downloads, dm.PAUSED, running)
    assert row.detail.text() == "Pausiert · 1,20 GB von 4,40 GB (27 %)"
    assert row.pause_button.text() == "Fortsetzen"
    show_item(downloads, dm.FAILED, running)
    assert row.pause_button.text() == "Erneut versuchen"
    language("zh_CN")
    show_item(downloads, dm.RUNNING, running)
    assert row.detail.text() == "正在下载 · 1.20 GB / 4.40 GB (27%) · 12.3 MB/秒 · 剩余 4 分 02 秒"


def test_plural_forms(language, downloads, qtbot):
    language("de")
    words = FitWords()
    assert words.gpu_layers(1) == "1 Schicht passt in den Grafikspeicher (VRAM)."
    assert words.gpu_layers(28) == "28 Schichten passen in den Grafikspeicher (VRAM)."
    assert parameter_count(7_241_732_096) == "7,2 Mrd."
    assert parameter_count(135_000_000) == "135 Mio."
    split = HubFile("a/b", "big-00001-of-00003.gguf", 1, None, None, split_count=3)
    tab = HubTab(ModelsContext(Settings(), downloads, lambda: None))
    qtbot.addWidget(tab)
    assert tab._unsupported_reason(split).startswith("in 3 Dateien aufgeteilt; ")
    language("zh_CN")
    assert FitWords().gpu_layers(28) == "显存可容纳 28 层。"


def test_the_hub_search_counts_in_german(language, make_window, qtbot, fake_hub, tiny_model,
                                         monkeypatch):  # fmt: skip
    monkeypatch.setenv("HF_ENDPOINT", fake_hub.url)
    fake_hub.add_repo("tester/tiny-GGUF", {"a-Q8_0.gguf": tiny_model, "b-Q4_0.gguf": tiny_model})
    language("de")
    page = make_window().models_page
    page.search_box.setText("tiny")
    with qtbot.waitSignal(page.search_shown, timeout=TIMEOUT):
        page.search_button.click()
    assert page.file_note.text() == "1 Repository gefunden."
    with qtbot.waitSignal(page.files_shown, timeout=TIMEOUT):
        page.repo_view.selectionModel().select(
            page.repo_view.model().index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)  # fmt: skip
    assert page.file_note.text() == "2 GGUF-Dateien in tester/tiny-GGUF."
    assert headers(page.file_view)[:4] == ["Datei", "Größe", "Quantisierung", "Passt hier?"]


def test_the_token_dialog_in_german(language, qtbot):
    language("de")
    dialog = TokenDialog(TokenStatus("", None, ""))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Hugging-Face-Zugriffstoken"
    assert dialog.save_button.text() == "Im Schlüsselbund speichern"
    assert "hf auth login" in dialog.status_label.text()
    assert untranslated(dialog, "de") == []


@pytest.fixture
def welcome_hub(fake_hub, tiny_model, monkeypatch):
    monkeypatch.setenv("HF_ENDPOINT", fake_hub.url)
    fake_hub.add_repo(REPO, {FILE: tiny_model})
    use_catalog(catalog_model(tiny_model))
    return fake_hub


@pytest.mark.parametrize(
    ("lang", "title", "button", "fits", "downloading"),
    [("de", "Willkommen bei gpt4local", "Herunterladen und loslegen", "✓ passt",
      "Herunterladen · "),
     ("zh_CN", "欢迎使用 gpt4local", "下载并开始聊天", "✓ 内存够用", "正在下载 · ")],
)  # fmt: skip
def test_the_home_page_and_its_download_in_other_languages(
    lang, title, button, fits, downloading, language, make_window, qtbot, welcome_hub
):
    language(lang)
    window = make_window()
    qtbot.waitUntil(lambda: window.current_page == "home", timeout=TIMEOUT)
    page = window.welcome.page
    card = page.card
    qtbot.waitUntil(lambda: card.recommendation is not None, timeout=TIMEOUT)
    assert page.title.text() == title
    assert card.download_button.text() == button
    assert fits in card.facts.text()
    assert untranslated(page, lang) == []
    seen = record_states(window)
    with qtbot.waitSignal(window.welcome.flow.chat_ready, timeout=TIMEOUT):
        card.download_button.click()
    texts = [status.text for status in seen]
    assert any(text.startswith(downloading) for text in texts), texts
    assert not any("Downloading" in text or "Loading…" in text for text in texts), texts


def test_no_suggestion_says_why_in_german(language, qtbot):
    language("de")
    catalog = bundled_catalog()
    recommendation = recommend_first_model(catalog, catalog_fits(catalog, NO_FREE_MEMORY))
    card = RecommendationCard()
    qtbot.addWidget(card)
    card.show_recommendation(recommendation)
    assert card.kicker.text() == "KEIN MODELL ZU EMPFEHLEN"
    assert card.description.text().startswith("Keines der Modelle im Katalog passt gut")
    assert recommendation.smallest is not None
    assert recommendation.smallest.name in card.description.text()
