"""What the model selector lists: one row per model it can load, grouped by where the model runs.

Installed models come first; a later kind of model (a remote server's, "Runs on NAME") is one
more group of entries, listed under its own header. Search matches every word typed against the
name, the file name, the quantisation and the group.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from gpt4local.core.fit.memory_fit import Fit
from gpt4local.core.models.library import InstalledModel
from gpt4local.ui.i18n.formatting import format_size
from gpt4local.ui.models.fit_labels import verdict_cell, verdict_tooltip

translate = QCoreApplication.translate  # lupdate reads calls by this name too

# Groups and notes are kept in English (entries compare them) and translated where shown.
INSTALLED = str(QT_TRANSLATE_NOOP("ModelSelector", "Installed"))
REMOVED_STILL_LOADED = str(QT_TRANSLATE_NOOP("ModelSelector", "removed; still loaded"))
# As the Models page says it.
ADDED_FROM_ELSEWHERE = str(QT_TRANSLATE_NOOP("ModelSelector", "added from elsewhere"))

ENTRY_ROLE = Qt.ItemDataRole.UserRole  # the row's ModelEntry (None on a header)
LOADED_ROLE = Qt.ItemDataRole.UserRole + 1  # the row is the model in use

Index = QModelIndex | QPersistentModelIndex


@dataclasses.dataclass(frozen=True)
class ModelEntry:
    path: str  # what choosing the row loads
    name: str
    size: int | None = None  # bytes; None when not known yet (a file just side-loaded)
    quantization: str | None = None
    fit: Fit | None = None  # how it fits this computer, when judged
    note: str | None = None  # e.g. REMOVED_STILL_LOADED
    group: str = INSTALLED

    @classmethod
    def installed(cls, model: InstalledModel, fit: Fit | None) -> ModelEntry:
        return cls(str(model.path), model.path.stem, model.size, model.quantization, fit,
                   ADDED_FROM_ELSEWHERE if model.side_loaded else None)

    @classmethod
    def file(cls, path: str) -> ModelEntry:
        """A file known only by its path (side-loaded, not scanned yet)."""
        return cls(path, Path(path).stem)

    @property
    def size_text(self) -> str:
        return format_size(self.size) if self.size is not None else ""

    @property
    def details(self) -> str:
        """The quieter line under the name: size, quantisation, and the note."""
        note = translate("ModelSelector", self.note) if self.note else None
        return " · ".join(filter(None, [self.size_text, self.quantization, note]))

    @property
    def verdict(self) -> str:
        return verdict_cell(self.fit)

    def matches(self, words: Sequence[str]) -> bool:
        haystack = " ".join([self.name, Path(self.path).name, self.quantization or "", self.group,
                             translate("ModelSelector", self.group)]).casefold()  # fmt: skip
        return all(word in haystack for word in words)


class ModelListModel(QAbstractListModel):
    """The popup's rows: a header per group with entries that match the search, then those
    entries. Headers cannot be selected."""

    def __init__(self) -> None:
        super().__init__()
        self._entries: list[ModelEntry] = []
        self._loaded: str | None = None
        self._words: list[str] = []
        self._rows: list[ModelEntry | str] = []  # a str is a group's header

    def set_entries(self, entries: Iterable[ModelEntry], loaded: str | None) -> None:
        self._entries, self._loaded = list(entries), loaded
        self._rebuild()

    def set_query(self, text: str) -> None:
        self._words = text.casefold().split()
        self._rebuild()

    @property
    def entry_count(self) -> int:
        """Entries shown (the search's matches)."""
        return sum(isinstance(row, ModelEntry) for row in self._rows)

    @property
    def has_entries(self) -> bool:
        return bool(self._entries)

    def _rebuild(self) -> None:
        groups: dict[str, list[ModelEntry]] = {INSTALLED: []}  # Installed first, always
        for entry in self._entries:
            if entry.matches(self._words):
                groups.setdefault(entry.group, []).append(entry)
        self.beginResetModel()
        self._rows = []
        for group, members in groups.items():
            if members:
                self._rows += [group, *members]
        self.endResetModel()

    def entry(self, row: int) -> ModelEntry | None:
        found = self._rows[row] if 0 <= row < len(self._rows) else None
        return found if isinstance(found, ModelEntry) else None

    def row_of(self, path: str | None) -> int:
        return next((r for r, row in enumerate(self._rows)
                     if isinstance(row, ModelEntry) and row.path == path), -1)  # fmt: skip

    def next_entry_row(self, row: int, step: int) -> int:
        """The next entry's row from ``row`` going by ``step`` (±1), skipping headers; ``row``
        itself when there is none that way."""
        candidate = row + step
        while 0 <= candidate < len(self._rows):
            if isinstance(self._rows[candidate], ModelEntry):
                return candidate
            candidate += step
        return row

    # --- QAbstractListModel ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008  (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self._rows[index.row()], str):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if isinstance(row, str):
            shown = role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
            return translate("ModelSelector", row) if shown else None
        loaded = row.path == self._loaded
        if role == Qt.ItemDataRole.DisplayRole:
            return row.name
        if role == ENTRY_ROLE:
            return row
        if role == LOADED_ROLE:
            return loaded
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(filter(None, [row.path, verdict_tooltip(row.fit)]))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            note = translate("ModelSelector", row.note) if row.note else None
            return ", ".join(filter(None, [
                row.name, row.size_text, row.quantization, row.verdict, note,
                translate("ModelSelector", "loaded") if loaded else None]))  # fmt: skip
        return None
