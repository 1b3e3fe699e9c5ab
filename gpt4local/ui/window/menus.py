"""The window's menus and the dialogs they open: chats (export, import, copy), About."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMenu

from gpt4local.ui.chat.page import ChatPage
from gpt4local.ui.window.error_banner import Cause


class WindowMenus:
    """The window's menu bar and the dialogs its entries open."""

    def __init__(self, window: QMainWindow, chat: ChatPage,
                 show_error: Callable[[str, Cause], None],
                 show_settings: QAction, choose_model: QAction) -> None:  # fmt: skip
        """``show_settings``: the Settings page's action (its shortcuts are the page's);
        ``choose_model``: the model selector's (Ctrl+L)."""
        self.window, self.chat, self._show_error = window, chat, show_error
        self.about_dialog: QDialog | None = None
        self._build(show_settings, choose_model)

    def _action(self, menu: QMenu, text: str, slot: Callable[[], object],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                ) -> QAction:  # fmt: skip
        action = menu.addAction(text)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        self.window.addAction(action)  # shortcuts work whichever widget has the focus
        return action

    def _build(self, show_settings: QAction, choose_model: QAction) -> None:
        chat = self.window.menuBar().addMenu("&Chat")
        self._action(chat, "New chat", self.chat.new_chat, QKeySequence.StandardKey.New)
        chat.addAction(choose_model)
        self._action(chat, "Focus the message box", self.chat.input.setFocus, "Shift+Esc")
        self._action(chat, "Stop generating", self.chat.stop, QKeySequence(Qt.Key.Key_Escape))
        self._action(chat, "Copy the last answer", self.copy_last_answer, "Ctrl+Shift+C")
        chat.addSeparator()
        self._action(chat, "Export as Markdown…", lambda: self.export_chat(as_json=False))
        self._action(chat, "Export as JSON…", lambda: self.export_chat(as_json=True))
        self._action(chat, "Import from JSON…", self.import_chat)
        chat.addSeparator()
        chat.addAction(show_settings)
        self._action(chat, "Quit", self.window.close, QKeySequence.StandardKey.Quit)
        help_menu = self.window.menuBar().addMenu("&Help")
        self._action(help_menu, "About gpt4local", self.open_about)

    def copy_last_answer(self) -> None:
        text = self.chat.transcript.last_answer_text()
        if text:
            QGuiApplication.clipboard().setText(text)
            self.window.statusBar().showMessage("Copied the last answer.", 3000)

    # --- export, import --------------------------------------------------------------

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

    def open_about(self) -> None:
        from gpt4local.ui.window.about import AboutDialog  # only when asked: it reads metadata

        dialog = self.about_dialog = AboutDialog(self.window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
