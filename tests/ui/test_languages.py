"""The window in the user's language: which one, its translators (ours and Qt's), --lang, and the
window's rail, menus, banner and About dialog in German and Chinese."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from gpt4local.ui.i18n.languages import (
    available_languages,
    current_language,
    install_language,
    remove_translations,
    resolve_language,
)
from gpt4local.ui.window.about import AboutDialog
from gpt4local.ui.window.restart import restart_command


@pytest.fixture
def language(qapp):
    """Install a language for one test; English and the old number format afterwards."""
    default = QLocale()
    yield install_language
    remove_translations()
    QLocale.setDefault(default)


def test_german_and_chinese_ship():
    assert available_languages()[:3] == ["en", "de", "zh_CN"]


def test_the_other_languages_ship_in_their_order():
    assert available_languages()[3:] == ["es", "fr", "it", "pt_BR", "ja"]


@pytest.mark.parametrize(
    ("preferred", "shown"),
    [
        (["de-AT", "en-US"], "de"),  # a region we have no file for: its language
        (["de_DE"], "de"),
        (["zh-Hans"], "zh_CN"),
        (["zh-SG"], "zh_CN"),  # Singapore writes Simplified Chinese
        (["zh"], "zh_CN"),
        (["zh-TW", "de"], "de"),  # Traditional: not Simplified characters, the next choice
        (["zh-Hant-HK"], "en"),
        (["pt-BR"], "pt_BR"),
        (["pt-PT", "en"], "pt_BR"),  # Portugal reads Brazilian Portuguese before English
        (["en-GB", "de"], "en"),  # English first: English, not the second choice
        (["sv-SE", "de-CH"], "de"),  # no Swedish: the next language that has a file
        (["sv"], "en"),
        (["es-MX", "de"], "es"),  # Latin American Spanish: the one Spanish file
        (["fr-CA", "de"], "fr"),  # Canadian French is served by French
        (["fr"], "fr"),
        (["it-CH"], "it"),
        (["pt-PT"], "pt_BR"),  # the one Portuguese file, as de_AT gets de
        (["ja-JP"], "ja"),
        ([], "en"),
    ],
)
def test_the_system_default_is_the_first_preferred_language_we_have(preferred, shown):
    assert resolve_language("", preferred) == shown


@pytest.mark.parametrize(
    ("setting", "shown"),
    [("de", "de"), ("zh_CN", "zh_CN"), ("en", "en"), ("de_AT", "de"), ("zh_TW", "en"),
     ("sv", "en"), ("../../etc", "en")],
)  # fmt: skip
def test_a_chosen_language_wins_over_the_system(setting, shown):
    assert resolve_language(setting, ["de"]) == shown


def test_qt_own_buttons_are_translated_too(language):
    """qtbase_<lang>.qm: the standard buttons of message boxes and dialogs."""
    language("de")
    buttons = QMessageBox.StandardButton
    box = QMessageBox(QMessageBox.Icon.Question, "t", "q", buttons.Cancel | buttons.Apply)
    assert box.button(buttons.Cancel).text() == "Abbrechen"
    assert box.button(buttons.Apply).text() == "Anwenden"
    language("zh_CN")
    box = QMessageBox(QMessageBox.Icon.Question, "t", "q", QMessageBox.StandardButton.Cancel)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "取消"


def test_numbers_follow_the_language(language):
    assert language("de") == "de" and current_language() == "de"
    assert QLocale().toString(1234.5, "f", 1) == "1.234,5"


def test_english_needs_no_file_and_a_missing_file_falls_back_to_it(language):
    assert language("en") == "en"
    assert language("sv") == "en"  # no gpt4local_sv.qm
    assert QApplication.translate("WindowMenus", "&Help") == "&Help"


def test_french_translates_ours_and_qt_own_buttons(language):
    assert language("fr") == "fr"
    assert QApplication.translate("WindowMenus", "&Help") == "&Aide"
    box = QMessageBox(QMessageBox.Icon.Question, "t", "q", QMessageBox.StandardButton.Cancel)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Annuler"


def _menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def _menu_entries(window) -> list[str]:
    menu = window.menuBar().actions()[0].menu()
    return [action.text() for action in menu.actions() if not action.isSeparator()]


def _rail(window) -> list[str]:
    return [button.text() for button in window.navigation.rail.buttons.values()]


def test_the_window_speaks_german(language, make_window):
    language("de")
    window = make_window()
    assert _menu_titles(window) == ["&Chat", "&Hilfe"]
    assert _rail(window) == ["Start", "Chats", "Modelle", "Einstellungen"]
    entries = _menu_entries(window)
    assert {"Neuer Chat", "Generierung stoppen", "Als Markdown exportieren…", "Beenden",
            "Einstellungen"} <= set(entries)  # fmt: skip
    rail = window.navigation.rail.buttons["settings"]
    assert rail.toolTip() == "Einstellungen (Strg+, oder Strg+3)"  # Qt names the keys
    assert rail.accessibleDescription() == (
        "Seite „Einstellungen“ zeigen; Tastenkürzel Strg+, oder Strg+3")
    window.settings_link._mark(True)
    assert rail.toolTip().endswith(": Änderungen noch nicht übernommen")
    window.show_error("Etwas ging schief.")
    assert [b.toolTip() for b in window.error_banner.close_buttons()] == ["Diese Meldung schließen"]


def test_the_window_speaks_chinese(language, make_window):
    language("zh_CN")
    window = make_window()
    assert _menu_titles(window) == ["聊天(&C)", "帮助(&H)"]
    assert _rail(window) == ["首页", "聊天", "模型", "设置"]
    assert {"新建聊天", "停止生成", "退出", "设置"} <= set(_menu_entries(window))


def test_the_about_dialog_in_german(language, qtbot):
    language("de")
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Über gpt4local"
    assert "Ein privates ChatGPT" in dialog.title.text()
    html = dialog.details.toPlainText()
    assert "Dieser Build" in html and "Lizenzen der mitgelieferten Komponenten" in html
    assert dialog.copy_button.text() == "Details kopieren"
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    assert close.text() == "Schließen"  # Qt's own translation


START_AND_LOOK = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
from gpt4local.cli.main import main as run_cli

seen = {}
def look_and_close():
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMainWindow) and widget.isVisible():
            seen["menus"] = [a.text() for a in widget.menuBar().actions()]
            seen["rail"] = [b.text() for b in widget.navigation.rail.buttons.values()]
            widget.close()

app = QApplication(sys.argv)
QTimer.singleShot(200, look_and_close)
status = run_cli(sys.argv[1:])
print(json.dumps({"status": status, **seen}))
"""


@pytest.mark.parametrize(
    ("argv", "menus", "rail"),
    [(["--lang", "de"], ["&Chat", "&Hilfe"], ["Start", "Chats", "Modelle", "Einstellungen"]),
     (["--lang=zh_CN"], ["聊天(&C)", "帮助(&H)"], ["首页", "聊天", "模型", "设置"]),
     (["--lang", "pt_BR"], ["&Chat", "A&juda"], ["Início", "Chats", "Modelos", "Configurações"])],
)  # fmt: skip
def test_lang_on_the_command_line_chooses_the_window_language(argv, menus, rail):
    """In a child process: the app's event loop must not end this session's."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANGUAGE": "en",
                   "LC_ALL": "C.UTF-8"}  # fmt: skip
    result = subprocess.run([sys.executable, "-c", START_AND_LOOK, *argv], capture_output=True,
                            text=True, timeout=120, env=environment, check=False)  # fmt: skip
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report == {"status": 0, "menus": menus, "rail": rail}


@pytest.mark.parametrize(
    ("argv", "frozen", "command"),
    [(["/usr/bin/gpt4local", "--lang", "de"], True, ["/opt/gpt4local/gpt4local"]),
     (["gpt4local", "--lang=zh_CN", "-x"], False, ["/py", "-m", "gpt4local", "-x"]),
     (["/opt/gpt4local/gpt4local"], True, ["/opt/gpt4local/gpt4local"])],
)  # fmt: skip
def test_a_restart_runs_the_same_command_in_the_chosen_language(argv, frozen, command):
    executable = "/opt/gpt4local/gpt4local" if frozen else "/py"
    assert restart_command(argv, executable, frozen) == command
