"""The window's menus and the dialogs they open: chats (export, import, copy), About.

WindowMenus is no QObject, so its texts name their context: translate("WindowMenus", …).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMenu

from gpt4local.ui.chat.page import ChatPage
from gpt4local.ui.window.error_banner import Cause

translate = QCoreApplication.translate  # lupdate reads calls by this name too


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
        chat = self.window.menuBar().addMenu(translate("WindowMenus", "&Chat"))
        self._action(chat, translate("WindowMenus", "New chat"), self.chat.new_chat,
                     QKeySequence.StandardKey.New)  # fmt: skip
        chat.addAction(choose_model)
        self._action(chat, translate("WindowMenus", "Focus the message box"),
                     self.chat.input.setFocus, "Shift+Esc")  # fmt: skip
        self._action(chat, translate("WindowMenus", "Stop generating"), self.chat.stop,
                     QKeySequence(Qt.Key.Key_Escape))  # fmt: skip
        self._action(chat, translate("WindowMenus", "Copy the last answer"),
                     self.copy_last_answer, "Ctrl+Shift+C")  # fmt: skip
        chat.addSeparator()
        self._action(chat, translate("WindowMenus", "Export as Markdown…"),
                     lambda: self.export_chat(as_json=False))  # fmt: skip
        self._action(chat, translate("WindowMenus", "Export as JSON…"),
                     lambda: self.export_chat(as_json=True))  # fmt: skip
        self._action(chat, translate("WindowMenus", "Import from JSON…"), self.import_chat)
        chat.addSeparator()
        chat.addAction(show_settings)
        self._action(chat, translate("WindowMenus", "Quit"), self.window.close,
                     QKeySequence.StandardKey.Quit)  # fmt: skip
        help_menu = self.window.menuBar().addMenu(translate("WindowMenus", "&Help"))
        self._action(help_menu, translate("WindowMenus", "About gpt4local"), self.open_about)

    def copy_last_answer(self) -> None:
        text = self.chat.transcript.last_answer_text()
        if text:
            QGuiApplication.clipboard().setText(text)
            copied = translate("WindowMenus", "Copied the last answer.")
            self.window.statusBar().showMessage(copied, 3000)

    # --- export, import --------------------------------------------------------------

    def export_chat(self, as_json: bool) -> None:
        conversation = self.chat.session.current
        if conversation is None:
            nothing = translate("WindowMenus", "Nothing to export yet: this chat has no messages.")
            self._show_error(nothing, Cause.EXPORT)
            return
        kind = ((translate("WindowMenus", "JSON (*.json)"), ".json") if as_json
                else (translate("WindowMenus", "Markdown (*.md)"), ".md"))  # fmt: skip
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in conversation.title)
        suggested = str(Path.home() / (safe + kind[1]))
        title = translate("WindowMenus", "Export chat")
        path, _ = QFileDialog.getSaveFileName(self.window, title, suggested, kind[0])
        if path:
            done = translate("WindowMenus", "Exported the chat to {path}.").format(path=path)
            status = self.window.statusBar()
            self.chat.session.export(conversation.id, Path(path), as_json,
                                     lambda: status.showMessage(done, 8000))  # fmt: skip

    def import_chat(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, translate("WindowMenus", "Import a chat"),
            str(Path.home()), translate("WindowMenus", "gpt4local chat (*.json)"))
        if path:
            self.chat.import_chat(Path(path))

    def open_about(self) -> None:
        from gpt4local.ui.window.about import AboutDialog  # only when asked: it reads metadata

        dialog = self.about_dialog = AboutDialog(self.window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
