"""The window's menus and the dialogs they open: chats (export, import, copy), settings, About."""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMainWindow, QMenu

from gpt4local.core.settings import Settings, assign_settings, sampling_for
from gpt4local.ui.chat.page import ChatPage
from gpt4local.ui.engine.loader import ModelLoader
from gpt4local.ui.settings.dialog import SettingsDialog
from gpt4local.ui.theme import apply_theme
from gpt4local.ui.window.error_banner import Cause


class WindowMenus:
    """The window's menu bar and the dialogs its entries open."""

    def __init__(self, window: QMainWindow, settings: Settings, chat: ChatPage,
                 loader: ModelLoader, show_error: Callable[[str, Cause], None],
                 save_settings: Callable[[], None],
                 refresh_models: Callable[[], None]) -> None:  # fmt: skip
        self.window, self.settings, self.chat, self.loader = window, settings, chat, loader
        self._show_error, self._save_settings = show_error, save_settings
        self._refresh_models = refresh_models
        self.settings_dialog: SettingsDialog | None = None
        self.about_dialog: QDialog | None = None
        self._build()

    def _action(self, menu: QMenu, text: str, slot: Callable[[], object],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                ) -> QAction:  # fmt: skip
        action = menu.addAction(text)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        self.window.addAction(action)  # shortcuts work whichever widget has the focus
        return action

    def _build(self) -> None:
        chat = self.window.menuBar().addMenu("&Chat")
        self._action(chat, "New chat", self.chat.new_chat, QKeySequence.StandardKey.New)
        self._action(chat, "Focus the message box", self.chat.input.setFocus, "Ctrl+L")
        self._action(chat, "Stop generating", self.chat.stop, QKeySequence(Qt.Key.Key_Escape))
        self._action(chat, "Copy the last answer", self.copy_last_answer, "Ctrl+Shift+C")
        chat.addSeparator()
        self._action(chat, "Export as Markdown…", lambda: self.export_chat(as_json=False))
        self._action(chat, "Export as JSON…", lambda: self.export_chat(as_json=True))
        self._action(chat, "Import from JSON…", self.import_chat)
        chat.addSeparator()
        self._action(chat, "Settings…", self.open_settings, "Ctrl+,")
        self._action(chat, "Quit", self.window.close, QKeySequence.StandardKey.Quit)
        help_menu = self.window.menuBar().addMenu("&Help")
        self._action(help_menu, "About gpt4local", self.open_about)

    def copy_last_answer(self) -> None:
        text = self.chat.transcript.last_answer_text()
        if text:
            QGuiApplication.clipboard().setText(text)
            self.window.statusBar().showMessage("Copied the last answer.", 3000)

    # --- export, import, settings --------------------------------------------------------------

    def export_chat(self, as_json: bool) -> None:
        conversation = self.chat.session.current
        if conversation is None:
            self._show_error("Nothing to export yet: this chat has no messages.", Cause.EXPORT)
            return
        kind = ("JSON (*.json)", ".json") if as_json else ("Markdown (*.md)", ".md")
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in conversation.title)
        suggested = str(Path.home() / (safe + kind[1]))
        path, _ = QFileDialog.getSaveFileName(self.window, "Export chat", suggested, kind[0])
        if path:
            self.chat.session.export(conversation.id, Path(path), as_json, lambda: self.window.
                statusBar().showMessage(f"Exported the chat to {path}.", 8000))  # fmt: skip

    def import_chat(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, "Import a chat", str(Path.home()),
                                              "gpt4local chat (*.json)")  # fmt: skip
        if path:
            self.chat.import_chat(Path(path))

    def open_settings(self) -> None:
        dialog = self.settings_dialog = SettingsDialog(
            self.settings, self.loader.picker.model_paths(), self.window, self.loader.loaded_path)

        def accepted() -> None:
            folder = self.settings.models_folder
            assign_settings(self.settings, dialog.result_settings())
            if self.chat.session.current is not None:  # the open chat takes the new values
                with contextlib.suppress(ValueError):
                    sampling = sampling_for(self.settings, self.loader.loaded_path)
                    self.chat.session.update_current(settings=dataclasses.asdict(sampling))
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_theme(app, self.settings.theme, self.settings.font_size)
            self._save_settings()
            if self.settings.models_folder != folder:
                self._refresh_models()

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def open_about(self) -> None:
        from gpt4local.ui.window.about import AboutDialog  # only when asked: it reads metadata

        dialog = self.about_dialog = AboutDialog(self.window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
