"""The Settings page in the window: brought up to date when shown, marked in the rail while edits
wait on it, its Apply given to the window's settings, and asked about before the window closes,
so that no edit is lost unasked.

The page sets the defaults a new chat starts from; Apply leaves the chat on screen as it is (its
own values are the chat settings panel's, and it keeps them). The panel shows the new defaults
where the chat follows them, links to the page's Per model section for what only the model sets,
and its being open is remembered in the settings.

SettingsLink is no QObject: its texts name their context, translate("SettingsLink", …)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from gpt4local.core.inference.chat_backend import EngineInfo
from gpt4local.core.settings import Settings, assign_settings
from gpt4local.ui.chat.page import ChatPage
from gpt4local.ui.engine.loader import ModelLoader
from gpt4local.ui.settings.page import PER_MODEL_TAB, SettingsPage
from gpt4local.ui.theme import apply_theme
from gpt4local.ui.window.nav_rail import Navigation
from gpt4local.ui.window.restart import request_restart

KEY = "settings"  # the page's key in the navigation
translate = QCoreApplication.translate  # lupdate reads calls by this name too


class SettingsLink:
    def __init__(self, window: QMainWindow, page: SettingsPage, navigation: Navigation,
                 settings: Settings, chat: ChatPage, loader: ModelLoader,
                 save_settings: Callable[[], None],
                 refresh_models: Callable[[], None]) -> None:  # fmt: skip
        self.window, self.page, self.navigation = window, page, navigation
        self.settings, self.chat, self.loader = settings, chat, loader
        self._save_settings, self._refresh_models = save_settings, refresh_models
        # Replaceable in tests: a modal box would wait for a user.
        self.ask: Callable[[], QMessageBox.StandardButton] = self._ask
        self._page_on_screen = navigation.current_page if navigation.keys else ""
        page.applied.connect(self.apply)
        page.pending_changed.connect(self._mark)
        page.restart_requested.connect(lambda: request_restart(window))
        navigation.page_changed.connect(self._on_page_changed)
        loader.ready.connect(lambda info: page.set_loaded_model(str(info.path)))
        loader.shown.connect(self._on_model_shown)
        chat.settings_panel.model_settings_requested.connect(self.show_model_settings)
        chat.chat_area.set_panel_open(settings.chat_settings_open)
        chat.settings_toggle.toggled.connect(self._remember_panel)

    def _on_model_shown(self, info: EngineInfo | None) -> None:
        if info is None:  # none in memory now
            self.page.set_loaded_model("")

    def _on_page_changed(self, key: str) -> None:
        if key == KEY:  # what was stored and installed meanwhile, unless edits wait there
            self.page.refresh(self.loader.picker.model_paths())
        elif self._page_on_screen == KEY and self.page.pending:
            waiting = translate("SettingsLink", "Your changed settings are not applied yet: they "
                                "wait on the Settings page.")  # fmt: skip
            self.window.statusBar().showMessage(waiting, 8000)
        self._page_on_screen = key

    def show_model_settings(self, model: str) -> None:
        """The Per model section of the page, at ``model`` (a path)."""
        self.navigation.show_page(KEY)
        self.page.tabs.setCurrentIndex(PER_MODEL_TAB)
        picker = self.page.per_model.picker
        index = picker.findText(Path(model).name)  # the section lists models by file name
        if index >= 0:
            picker.setCurrentIndex(index)

    def _remember_panel(self, open_: bool) -> None:
        self.settings.chat_settings_open = open_
        self._save_settings()

    def _mark(self, pending: bool) -> None:
        self.navigation.rail.buttons[KEY].set_marked(
            translate("SettingsLink", "changes not applied yet") if pending else "")  # fmt: skip

    def apply(self, new: Settings) -> None:
        folder = self.settings.models_folder
        assign_settings(self.settings, new)
        self.chat.settings_panel.show_values()  # a chat without values of its own shows these
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, self.settings.theme, self.settings.font_size)
        self._save_settings()
        if self.settings.models_folder != folder:
            self._refresh_models()

    def settled(self) -> bool:
        """True when the window may close: no edits wait, or the user applied or discarded
        them; else the Settings page is shown and the window stays."""
        if not self.page.pending:
            return True
        answer = self.ask()
        if answer == QMessageBox.StandardButton.Apply:
            self.page.apply()  # refused values, or a template check under way: it stays
        settled = answer == QMessageBox.StandardButton.Discard or not self.page.pending
        if not settled:
            self.navigation.show_page(KEY)
        return settled

    def _ask(self) -> QMessageBox.StandardButton:
        buttons = QMessageBox.StandardButton
        return QMessageBox.question(
            self.window, translate("SettingsLink", "Settings not applied"),
            translate("SettingsLink", "Some settings were changed on the Settings page but not "
                      "applied. Apply them?"),
            buttons.Apply | buttons.Discard | buttons.Cancel, buttons.Apply)  # fmt: skip
