"""The sidebar: conversations newest first, search, New chat, rename in place, delete; and, with
no chat to list, what to do next.

A thin Qt list model over the store's Conversation records; the window does the store work (in
its store thread) and hands the results back with ``set_conversations``.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gpt4local.ui.i18n.formatting import format_date
from gpt4local.ui.widgets.empty_state import EmptyStack, EmptyState

translate = QCoreApplication.translate  # lupdate reads calls by this name too

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _when(timestamp: float, now: float) -> str:
    """How long ago, in the window's language: minutes, then the time, then the date."""
    age = now - timestamp
    if age < 60:
        return translate("ConversationList", "just now")
    if age < 3600:
        return translate("ConversationList", "{minutes} min ago").format(minutes=int(age // 60))
    moment = datetime.fromtimestamp(timestamp)
    if age < 86400:
        clock = QTime(moment.hour, moment.minute)
        return QLocale().toString(clock, QLocale.FormatType.ShortFormat)
    return format_date(moment, with_time=False)


class ConversationModel(QAbstractListModel):
    rename_requested = Signal(int, str)  # conversation id, new title (edited in place)

    def __init__(self) -> None:
        super().__init__()
        self.conversations: list[Any] = []

    def set_conversations(self, conversations: Sequence[Any]) -> None:
        self.beginResetModel()
        self.conversations = list(conversations)
        self.endResetModel()

    def row_of(self, conversation_id: int) -> int:
        return next((i for i, c in enumerate(self.conversations) if c.id == conversation_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.conversations)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.conversations):
            return None
        conversation = self.conversations[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return conversation.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{conversation.title}\n{_when(conversation.updated_at, time.time())}"
        if role == ID_ROLE:
            return conversation.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        title = str(value).strip()
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not title:
            return False
        conversation = self.conversations[index.row()]
        if title != conversation.title:
            self.rename_requested.emit(conversation.id, title)  # the store answers with the list
        return True


class ConversationList(QWidget):
    new_requested = Signal()
    selected = Signal(int)  # conversation id
    rename_requested = Signal(int, str)
    delete_requested = Signal(int)  # after the user confirmed
    search_changed = Signal(str)  # debounced

    def __init__(self) -> None:
        super().__init__()
        self.model = ConversationModel()
        self.model.rename_requested.connect(self.rename_requested)
        self.new_button = QPushButton(self.tr("New chat"))
        keys = QKeySequence("Ctrl+N").toString(QKeySequence.SequenceFormat.NativeText)
        self.new_button.setToolTip(keys)
        self.new_button.setAccessibleDescription(
            self.tr("Start a new chat ({keys})").format(keys=keys))
        self.new_button.clicked.connect(self.new_requested)
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Search chats"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAccessibleName(self.tr("Search chats"))
        self.search_box.setAccessibleDescription(
            self.tr("Shows the chats whose title or messages hold these words"))
        self.searched = ""  # the search the list on screen answers
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self._search)
        self.search_box.textChanged.connect(lambda _text: self._search_timer.start())
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Chats"))
        self.view.setAccessibleDescription(self.tr(
            "Newest first. Enter or double-click renames, Delete deletes; the context menu has "
            "both."))  # fmt: skip
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)  # fmt: skip
        self.view.setUniformItemSizes(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)  # long titles end in "…"
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)
        self.view.selectionModel().currentChanged.connect(self._on_current)
        delete = QAction(self.tr("Delete chat"), self.view)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_current)
        self.view.addAction(delete)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.new_button)
        layout.addWidget(self.search_box)
        self.empty = EmptyState("message-square", "")
        self.stack = EmptyStack(self.view, self.empty)
        layout.addWidget(self.stack, 1)
        self._show_empty_state()
        self._quiet = False  # selection set by code: do not echo it as a user choice

    def _search(self) -> None:
        self.searched = self.search_box.text()
        self.search_changed.emit(self.searched)

    def _show_empty_state(self) -> None:
        """With no chat to list, say why and what to do: start one, or search for other words."""
        if self.model.rowCount():
            self.stack.show_empty(False)
            return
        words = self.searched.strip()
        if words:
            hint = self.tr("Search looks at titles and messages; try other words.")
            self.empty.set_message(self.tr("No chat matches “{words}”").format(words=words), hint)
        else:
            self.empty.set_message(self.tr("No chats yet"), self.tr("Type a message to start one."))
        self.stack.show_empty(True)

    def set_conversations(self, conversations: Sequence[Any], current_id: int | None) -> None:
        self._quiet = True
        try:
            self.model.set_conversations(conversations)
            self._show_empty_state()
            self.select(current_id)
        finally:
            self._quiet = False

    def select(self, conversation_id: int | None) -> None:
        row = self.model.row_of(conversation_id) if conversation_id is not None else -1
        quiet, self._quiet = self._quiet, True
        try:
            if row >= 0:
                self.view.setCurrentIndex(self.model.index(row))
            else:
                self.view.clearSelection()
                self.view.setCurrentIndex(QModelIndex())
        finally:
            self._quiet = quiet

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._quiet and current.isValid():
            self.selected.emit(current.data(ID_ROLE))

    def _menu(self, position: Any) -> None:
        index = self.view.indexAt(position)
        if not index.isValid():
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Rename"), lambda: self.view.edit(index))
        menu.addAction(self.tr("Delete…"), lambda: self.delete(index.data(ID_ROLE)))
        menu.popup(self.view.viewport().mapToGlobal(position))

    def delete_current(self) -> None:
        conversation_id = self.current_id()
        if conversation_id is not None:
            self.delete(conversation_id)

    def delete(self, conversation_id: int) -> None:
        row = self.model.row_of(conversation_id)
        title = self.model.conversations[row].title if row >= 0 else self.tr("this chat")
        if self.confirm_delete(title):
            self.delete_requested.emit(conversation_id)

    def confirm_delete(self, title: str) -> bool:
        """Asks the user; tests replace it."""
        answer = QMessageBox.question(
            self, self.tr("Delete chat"),
            self.tr("Delete “{title}” and all its messages?").format(title=title))  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes
