"""The Settings page, the fit question and the window's status texts in German and Chinese: real
widgets, with the translators installed as the app installs them (ui/i18n)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QTabWidget,
    QWidget,
)

from gpt4local.core.fit.load_plan import plan_load
from gpt4local.core.inference.chat_backend import EngineInfo
from gpt4local.core.inference.options import LoadSettings
from gpt4local.core.settings import Settings
from gpt4local.ui.engine.fit_dialog import FitDialog
from gpt4local.ui.i18n.languages import NATIVE_NAMES, install_language, remove_translations
from gpt4local.ui.settings.page import SettingsPage
from tests.core.test_fit_wording import GIB, machine

# The same in every language: names, symbols, and what the user typed or chose.
# (Each language's own name is the same in every language: NATIVE_NAMES.)
SAME_EVERYWHERE = {"Top P", "Top K", "Min P", "Seed", "Chats", *NATIVE_NAMES.values(),
                   "Top P:", "Top K:", "Min P:", "Seed:", " pt", "System default"}  # fmt: skip


@pytest.fixture
def language(qapp):
    default = QLocale()
    yield install_language
    remove_translations()
    QLocale.setDefault(default)


@pytest.fixture
def open_page(qtbot, tiny_model, untemplated_model):
    def open_(**settings) -> SettingsPage:
        models = [str(tiny_model), str(untemplated_model)]
        page = SettingsPage(Settings(**settings), models, loaded_model=str(tiny_model))
        qtbot.addWidget(page)
        with qtbot.waitSignal(page.per_model.editor.model_read, timeout=10_000):
            pass
        return page

    return open_


def texts(root: QWidget) -> list[str]:
    """What a user reads on ``root`` and its children, in widget order: labels, buttons, group
    titles, tabs, combo entries, spin box suffixes and special values, tooltips, accessible
    names (hidden widgets too: each tab of the page)."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.append(widget.text())
        if isinstance(widget, QGroupBox):
            found.append(widget.title())
        if isinstance(widget, QTabWidget):
            found += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractSpinBox):
            found += [getattr(widget, name)() for name in ("suffix", "specialValueText")
                      if hasattr(widget, name)]  # fmt: skip
        found += [widget.toolTip(), widget.accessibleName()]
    return found


def _words(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


@pytest.mark.parametrize("code", ["de", "zh_CN"])
def test_every_text_of_the_settings_page_is_translated(language, open_page, tiny_model,
                                                       untemplated_model, code):  # fmt: skip
    """The page built in English and in ``code`` side by side: no text with words is the same
    in both, except names (file names of the models, product names)."""
    english = texts(open_page())
    language(code)
    translated = texts(open_page())
    assert len(english) == len(translated)
    names = {Path(tiny_model).name, Path(untemplated_model).name}
    left = [
        source for source, shown in zip(english, translated, strict=True)
        if source == shown and _words(source) and source not in SAME_EVERYWHERE | names
        and not source.startswith(("{%", "<|"))  # the template's source and its sample
    ]  # fmt: skip
    assert left == []


def test_the_settings_page_in_german(language, open_page):
    language("de")
    page = open_page()
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert tabs == ["Allgemein", "Generierung", "Pro Modell"]
    assert (page.apply_button.text(), page.revert_button.text()) == ("Übernehmen", "Zurücksetzen")
    general = page.general
    size = general.font_size.system_size
    assert general.font_size.specialValueText() == f"Systemstandard ({size} pt)"
    assert general.threads.specialValueText() == "Automatisch"
    themes = [general.theme.itemText(i) for i in range(general.theme.count())]
    assert themes == ["Wie das System", "Hell", "Dunkel"]
    form = page.generation
    assert form.labels["temperature"].text() == "Temperatur:"
    assert form.editors["max_tokens"].specialValueText() == "Bis der Kontext voll ist"
    assert form.editors["context_length"].suffix() == " Token"
    assert form.editors["context_length"].text() == "2.048 Token"  # German digit grouping
    assert form.editors["temperature"].toolTip().startswith("Höher gibt abwechslungsreichere")
    hints = {label.text() for label in form.findChildren(QLabel)}
    assert "Wie viel der Unterhaltung das Modell sieht. Mehr braucht mehr Speicher." in hints
    assert page.per_model.form.checks["seed"].text() == "Seed"
    assert page.per_model.form.checks["seed"].toolTip() == (
        "Für dieses Modell einen anderen Wert verwenden")


def test_the_reload_note_and_a_refused_value_in_german(language, open_page):
    """Sentences with the names of the settings in them, joined as German joins them."""
    language("de")
    page = open_page()
    page.show()
    page.generation.editors["context_length"].setValue(4096)
    page.general.threads.setValue(2)
    assert page.reload_note.text().startswith(
        "Die neuen Einstellungen Kontextlänge und CPU-Threads gelten, sobald tiny-chatml neu "
        "geladen wird")
    page.generation.editors["top_p"].setValue(0)
    assert page.generation_error.text().startswith("Top P: ")
    page.tabs.setCurrentIndex(0)
    assert page.elsewhere.text() == "Korrigieren Sie zuerst den Wert im Tab „Generierung“."


def test_the_settings_page_in_chinese(language, open_page):
    language("zh_CN")
    page = open_page()
    page.show()
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert tabs == ["常规", "生成", "按模型"]
    size = page.general.font_size.system_size
    assert page.general.font_size.specialValueText() == f"系统默认（{size} pt）"
    assert page.generation.labels["context_length"].text() == "上下文长度："  # a full-width colon
    page.generation.editors["context_length"].setValue(4096)
    page.general.threads.setValue(2)
    assert page.reload_note.text().startswith("上下文长度和CPU 线程的新值将在重新加载 tiny-chatml")
    editor = page.per_model.editor
    assert editor.origin.text() == "模型自带的模板，来自其文件。"
    assert editor.reset_button.text() == "恢复为模型的模板"


@pytest.mark.parametrize(
    ("code", "title", "sentence", "size", "buttons", "hint"),
    [("de", "Dieses Modell passt vielleicht nicht in den Speicher", "braucht bei einem Kontext "
      "von 2.048 Token", "20,0 MB", ("Mit diesen Einstellungen laden", "Trotzdem laden"),
      "Selbst der kürzeste Kontext passt nicht; wählen Sie ein kleineres Modell."),
     ("zh_CN", "此模型可能内存不够", "在 2,048 token 的上下文下", "20.0 MB",
      ("用这些设置加载", "仍然加载"), "即使最短的上下文内存也不够；请选择更小的模型。")],
)  # fmt: skip
def test_the_fit_question(language, qtbot, tiny_model, code, title, sentence, size, buttons,
                          hint):  # fmt: skip
    """Sizes and numbers as the language writes them (ui/i18n/formatting)."""
    language(code)
    plan = plan_load(tiny_model, LoadSettings(n_ctx=2048), machine(8 * GIB, 8 * GIB))
    dialog = FitDialog(None, str(tiny_model), plan.fit, plan.load, plan.suggestion)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == title
    message = dialog.message.text()
    assert sentence in message and f"<b>{size}</b>" in message  # 20 MiB available
    assert (dialog.suggested_button.text(), dialog.anyway_button.text()) == buttons
    assert dialog.context.suffix() in (" Token", " token")
    assert dialog.hint.text() == hint  # 20 MiB: not even the shortest context fits


def test_the_window_status_texts_in_german(language, make_window, tiny_model):
    language("de")
    window = make_window()
    assert window.choose_model_action.text() == "Modell auswählen…"
    info = EngineInfo("tiny", Path(tiny_model), 2048, 2048, "CPU", 2, "fallback:chatml")
    window.loader.ready.emit(info)
    assert window.statusBar().currentMessage() == (
        "Dieses Modell hat keine brauchbare Chatvorlage; das Format chatml wird verwendet.")


@pytest.mark.parametrize(
    ("code", "available_mib", "hint"),
    [("de", 60, "Ein Kontext von 4.096 Token passt."),
     ("de", 50, "Ein Kontext von 1.024 Token passt, wenn der KV-Cache 8 Bit (q8_0) ist."),
     ("zh_CN", 50, "KV 缓存为 8 位 (q8_0) 时，1,024 token 的上下文内存够用。")],
)  # fmt: skip
def test_the_fit_question_suggests_a_context_in_the_language(language, qtbot, tiny_model, code,
                                                             available_mib, hint):  # fmt: skip
    language(code)
    system = machine(8 * GIB, 8 * GIB, available_mib << 20)
    plan = plan_load(tiny_model, LoadSettings(n_ctx=1 << 17), system)
    dialog = FitDialog(None, str(tiny_model), plan.fit, plan.load, plan.suggestion)
    qtbot.addWidget(dialog)
    assert dialog.hint.text() == hint
    kv_names = [dialog.kv_cache.itemText(i) for i in range(dialog.kv_cache.count())]
    assert kv_names[1] == ("8 Bit (q8_0)" if code == "de" else "8 位 (q8_0)")
