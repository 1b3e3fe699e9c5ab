"""Issue 13: the chat page (message box, chat list, transcript, settings panel, model selector) in
German and Chinese, with plural forms and numbers as each language writes them. English, the
source language, is what every other test checks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel

from gpt4local.core.inference.events import GenerationStats
from gpt4local.core.inference.options import SamplingSettings
from gpt4local.ui.chat.conversation_actions import stats_text
from gpt4local.ui.i18n.languages import install_language, remove_translations
from gpt4local.ui.model_selector.entries import ModelEntry
from gpt4local.ui.transcript.blocks import stats_line
from gpt4local.ui.transcript.view import Transcript


@pytest.fixture
def language(qapp):
    """Install a language for one test; English and the old number format afterwards."""
    default = QLocale()
    yield install_language
    remove_translations()
    QLocale.setDefault(default)


def _labels(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def load(qtbot, window, path):
    with qtbot.waitSignal(window.loader.ready, timeout=30_000):
        window.loader.add_model_file(str(path))


def test_the_chat_page_speaks_german(language, make_window):
    language("de")
    window = make_window()
    button = window.send_button
    assert (button.text(), button.toolTip()) == ("Senden", "Senden (Eingabetaste)")
    assert button.accessibleName() == "Senden"
    button.setText("Stop")  # what the page does while an answer is written
    assert (button.text(), button.toolTip()) == ("Stoppen", "Antwort stoppen")
    assert window.input.placeholderText().startswith("Nachricht eingeben – Eingabetaste sendet")
    sidebar = window.sidebar
    assert sidebar.new_button.text() == "Neuer Chat"
    assert sidebar.new_button.accessibleDescription() == "Einen neuen Chat beginnen (Strg+N)"
    assert sidebar.search_box.placeholderText() == "Chats durchsuchen"
    assert "Noch keine Chats" in _labels(sidebar)
    assert window.transcript.placeholderText() == (
        "Wählen Sie oben ein Modell und schreiben Sie dann unten eine Nachricht.")
    picker = window.model_picker
    assert picker.title.text() == "Modell wählen"
    assert picker.details.text().startswith("Kein Modell geladen · ")
    assert picker.toolTip() == "Modell für den Chat wählen (Strg+L)"
    chat = window.chat
    assert chat.settings_toggle.toolTip() == (
        "Chat-Einstellungen: Systemprompt, Sampling, Kontext (Strg+Umschalt+S)")
    panel = chat.settings_panel
    assert {"Chat-Einstellungen", "Systemprompt", "Sampling", "Kontext und Vorlage",
            "Kontextlänge: Es ist kein Modell geladen."} <= set(_labels(panel))  # fmt: skip
    assert panel.reset_button.text() == "Auf die Standardwerte des Modells zurücksetzen"
    assert panel.system_prompt.placeholderText() == (
        "Anweisungen, denen das Modell in diesem Chat folgt")


def test_the_model_selector_popup_in_german_and_chinese(language, make_window):
    language("de")
    window = make_window()
    window.model_picker.open_popup()
    popup = window.model_picker.popup
    assert popup.search.placeholderText() == "Modelle durchsuchen"
    assert popup.add_file_button.text() == "Modelldatei hinzufügen…"
    assert popup.manage_button.text() == "Modelle verwalten"
    assert popup.empty.text().startswith("Noch keine Modelle – laden Sie eines auf der Seite")
    popup.hide()
    language("zh_CN")
    window = make_window()
    window.model_picker.open_popup()
    popup = window.model_picker.popup
    assert popup.search.placeholderText() == "搜索模型"
    assert popup.add_file_button.text() == "添加模型文件…"
    assert window.model_picker.title.text() == "选择模型"
    popup.hide()


@pytest.mark.parametrize(
    ("code", "one", "two"),
    [("de", "Unterhaltung wird geöffnet… 1 von 1 Nachricht",
      "Unterhaltung wird geöffnet… 1 von 2 Nachrichten"),
     ("zh_CN", "正在打开对话… 1 / 1 条消息", "正在打开对话… 1 / 2 条消息")],
)  # fmt: skip
def test_counts_take_the_language_s_plural_forms(language, make_window, code, one, two):
    language(code)
    window = make_window()
    chat = window.chat
    chat._show_opening_progress(1, 1)
    assert chat.opening_bar.format() == one
    chat._show_opening_progress(1, 2)
    assert chat.opening_bar.format() == two
    chat.on_context_trimmed(2)
    if code == "de":
        assert window.statusBar().currentMessage() == (
            "Die Unterhaltung ist länger als der Kontext: Die ältesten 2 Nachrichten sieht das "
            "Modell nicht mehr.")
        chat.on_context_trimmed(1)
        assert "Die älteste Nachricht sieht" in window.statusBar().currentMessage()
    else:
        assert window.statusBar().currentMessage() == (
            "对话超出了上下文长度：模型已看不到最早的 2 条消息。")
    window.model_picker.installed = ["a.gguf", "b.gguf"]
    window.model_picker.show_model(None)
    expected = {"de": "Kein Modell geladen · 2 installiert", "zh_CN": "未加载模型 · 已安装 2 个"}
    assert window.model_picker.details.text() == expected[code]


def test_figures_are_written_the_german_way(language):
    language("de")
    stats = GenerationStats(text="", prompt_tokens=9, evaluated_tokens=9, completion_tokens=1234,
                            ttft_s=0.5, tokens_per_s=41.66, prompt_tokens_per_s=100.0,
                            stop_reason="eos", dropped_messages=0)  # fmt: skip
    assert stats_text(stats) == "1.234 Token · 41,7 Token/s · erstes Token nach 0,50 s · beendet"
    stored = {"completion_tokens": 1234, "tokens_per_s": 41.66, "ttft_s": 0.5,
              "stop_reason": "interrupted"}  # fmt: skip
    assert stats_line(stored) == (
        "1.234 Token · 41,7 Token/s · erstes Token nach 0,50 s · abgebrochen")
    assert ModelEntry("/m/x.gguf", "x", size=4_368_439_296).size_text == "4,07 GB"
    note = ModelEntry("/m/x.gguf", "x", size=2048, note="removed; still loaded").details
    assert note == "2,00 KB · entfernt; noch geladen"


def test_the_transcript_names_the_speakers_and_the_code_copy_in_german(language, qtbot):
    language("de")
    transcript = Transcript()
    qtbot.addWidget(transcript)
    transcript.conversation.append("user", "Zeig mir Code")
    transcript.conversation.append("assistant", "```python\nprint(1)\n```")
    text = transcript.toPlainText()
    assert "Sie" in text.splitlines()  # the user's header
    assert "Assistent" in text  # an answer saved without its model's name
    assert "Kopieren" in text and "Copy" not in text  # the code block's header
    assert transcript.accessibleName() == "Unterhaltung"


def test_a_real_answer_in_german(language, qtbot, make_window, tiny_model):
    language("de")
    window = make_window()
    load(qtbot, window, tiny_model)
    assert window.model_picker.details.text().endswith("Kontext 2.048 · CPU")
    assert "Kontextlänge: 2.048 Token." in window.chat.settings_panel.context.text()
    assert window.transcript.placeholderText() == (
        "synthetic-llama ist bereit: Schreiben Sie unten eine Nachricht.")
    window.sampling = SamplingSettings(max_tokens=8, seed=3)
    window.input.setPlainText("hallo")
    with qtbot.waitSignal(window.answer_finished, timeout=30_000):
        window.send()
    assert "Token/s · erstes Token nach" in window.answer_stats.text()
    assert "Token/s · erstes Token nach" in window.transcript.toPlainText()
    assert window.send_button.text() == "Senden"
