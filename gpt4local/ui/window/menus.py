"""The window's menus and the dialogs they open: chats (export, import, copy), settings, About.

A mixin of MainWindow, kept apart so the window module holds the layout, models and chat glue.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMenu

from gpt4local.core.settings import Settings, assign_settings, sampling_for
from gpt4local.ui.settings.dialog import SettingsDialog
from gpt4local.ui.theme import apply_theme
from gpt4local.ui.window.error_banner import Cause

if TYPE_CHECKING:
    from PySide6.QtWidgets import QComboBox

    from gpt4local.ui.chat.message_input import MessageInput
    from gpt4local.ui.chat.page import ChatPage
    from gpt4local.ui.transcript.view import Transcript


class WindowMenus(QMainWindow):
    """Menus and dialogs; MainWindow provides the attributes below."""

    settings: Settings
    chat: ChatPage
    loaded_model: dict | None
    input: MessageInput
    transcript: Transcript
    model_picker: QComboBox

    def show_error(self, message: str, cause: Cause | None = None) -> None:
        raise NotImplementedError

    def refresh_models(self) -> None:
        raise NotImplementedError

    def _save_settings(self) -> None:
        raise NotImplementedError

    def _loaded_path(self) -> str:
        raise NotImplementedError

    def new_chat(self) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def _action(self, menu: QMenu, text: str, slot: Callable[[], object],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                ) -> QAction:  # fmt: skip
        action = menu.addAction(text)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        self.addAction(action)  # shortcuts work whichever widget has the focus
        return action

    def _build_menus(self) -> None:
        chat = self.menuBar().addMenu("&Chat")
        self._action(chat, "New chat", self.new_chat, QKeySequence.StandardKey.New)
        self._action(chat, "Focus the message box", self.input.setFocus, "Ctrl+L")
        self._action(chat, "Stop generating", self.stop, QKeySequence(Qt.Key.Key_Escape))
        self._action(chat, "Copy the last answer", self.copy_last_answer, "Ctrl+Shift+C")
        chat.addSeparator()
        self._action(chat, "Export as Markdown…", lambda: self.export_chat(as_json=False))
        self._action(chat, "Export as JSON…", lambda: self.export_chat(as_json=True))
        self._action(chat, "Import from JSON…", self.import_chat)
        chat.addSeparator()
        self._action(chat, "Settings…", self.open_settings, "Ctrl+,")
        self._action(chat, "Quit", self.close, QKeySequence.StandardKey.Quit)
        help_menu = self.menuBar().addMenu("&Help")
        self._action(help_menu, "About gpt4local", self.open_about)

    def copy_last_answer(self) -> None:
        text = self.transcript.last_answer_text()
        if text:
            QGuiApplication.clipboard().setText(text)
            self.statusBar().showMessage("Copied the last answer.", 3000)

    # --- export, import, settings --------------------------------------------------------------

    def export_chat(self, as_json: bool) -> None:
        conversation = self.chat.session.current
        if conversation is None:
            self.show_error("Nothing to export yet: this chat has no messages.", Cause.EXPORT)
            return
        kind = ("JSON (*.json)", ".json") if as_json else ("Markdown (*.md)", ".md")
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in conversation.title)
        suggested = str(Path.home() / (safe + kind[1]))
        path, _ = QFileDialog.getSaveFileName(self, "Export chat", suggested, kind[0])
        if path:
            self.chat.session.export(conversation.id, Path(path), as_json, lambda: self.statusBar(
                ).showMessage(f"Exported the chat to {path}.", 8000))  # fmt: skip

    def import_chat(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Import a chat", str(Path.home()),
                                              "gpt4local chat (*.json)")  # fmt: skip
        if path:
            self.chat.import_chat(Path(path))

    def open_settings(self) -> None:
        models = [self.model_picker.itemData(i) for i in range(self.model_picker.count())]
        self.settings_dialog = SettingsDialog(self.settings, [m for m in models if m], self,
                                              self._loaded_path())  # fmt: skip

        def accepted() -> None:
            folder = self.settings.models_folder
            assign_settings(self.settings, self.settings_dialog.result_settings())
            if self.chat.session.current is not None:  # the open chat takes the new values
                with contextlib.suppress(ValueError):
                    sampling = sampling_for(self.settings, self._loaded_path())
                    self.chat.session.update_current(settings=dataclasses.asdict(sampling))
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_theme(app, self.settings.theme, self.settings.font_size)
            self._save_settings()
            if self.settings.models_folder != folder:
                self.refresh_models()

        self.settings_dialog.accepted.connect(accepted)
        self.settings_dialog.finished.connect(self.settings_dialog.deleteLater)
        self.settings_dialog.open()

    def open_about(self) -> None:
        from gpt4local.ui.window.about import AboutDialog  # only when asked: it reads metadata

        self.about_dialog = AboutDialog(self)
        self.about_dialog.finished.connect(self.about_dialog.deleteLater)
        self.about_dialog.open()

    def restore_state(self) -> None:
        """Window size and splitter from the last session."""
        with contextlib.suppress(ValueError, binascii.Error):
            if self.settings.window_geometry:
                self.restoreGeometry(QByteArray(base64.b64decode(self.settings.window_geometry)))
            if self.settings.splitter_state:
                self.chat.splitter.restoreState(
                    QByteArray(base64.b64decode(self.settings.splitter_state)))  # fmt: skip
