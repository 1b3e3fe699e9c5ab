"""Settings ▸ General ▸ Language: the choices, the restart note, and Restart now."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gpt4local.core.settings import Settings, load_settings
from gpt4local.ui.settings.page import SettingsPage
from gpt4local.ui.window import restart


def _page(qtbot, settings: Settings) -> SettingsPage:
    page = SettingsPage(settings, [])
    qtbot.addWidget(page)
    return page


def test_each_language_is_listed_in_its_own_name(qtbot):
    combo = _page(qtbot, Settings()).general.language.combo
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names == ["System default", "English", "Deutsch", "简体中文", "Español", "Français",
                     "Italiano", "Português (Brasil)", "日本語"]
    assert [combo.itemData(i) for i in range(combo.count())] == [
        "", "en", "de", "zh_CN", "es", "fr", "it", "pt_BR", "ja"]


def test_another_language_is_applied_and_shows_after_a_restart(qtbot):
    page = _page(qtbot, Settings(language="en"))
    choice = page.general.language
    page.show()
    assert not choice.note.isVisible()  # English is on screen
    choice.combo.setCurrentIndex(choice.combo.findData("de"))
    assert choice.note.isVisible() and choice.restart_button.isVisible()
    assert page.result_settings().language == "de"
    choice.combo.setCurrentIndex(choice.combo.findData("en"))
    assert not choice.restart_button.isVisible()


def test_a_language_without_a_file_here_keeps_its_code(qtbot):
    choice = _page(qtbot, Settings(language="sv")).general.language
    assert choice.combo.currentText() == "sv" and choice.value() == "sv"


def test_restart_now_applies_closes_and_starts_again(qtbot, make_window, monkeypatch):
    started = []
    monkeypatch.setattr(restart.subprocess, "Popen", lambda command, **_: started.append(command))
    window = make_window()
    window.show()
    window.show_page("settings")
    choice = window.settings_page.general.language
    choice.combo.setCurrentIndex(choice.combo.findData("zh_CN"))
    qtbot.mouseClick(choice.restart_button, Qt.MouseButton.LeftButton)
    assert window.settings.language == "zh_CN"
    qtbot.waitUntil(lambda: load_settings()[0].language == "zh_CN")  # saved on the way out
    assert not window.isVisible()
    assert restart.restart_if_requested(["gpt4local", "--lang", "de"])
    assert started and started[0][-3:] == [restart.sys.executable, "-m", "gpt4local"][-3:]
    assert not restart.restart_if_requested(["gpt4local"])  # once


def test_restart_now_waits_while_the_window_may_not_close(qtbot, make_window, monkeypatch):
    window = make_window()
    window.show()
    monkeypatch.setattr(window.settings_link, "settled", lambda: False)
    restart.request_restart(window)
    assert window.isVisible()
    assert not restart.restart_if_requested(["gpt4local"])
    monkeypatch.undo()  # the window may close at the end of the test
