"""A read-only Qt table model over a list of plain records (catalog entries, files, models)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Record = TypeVar("Record")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[Record]):
    title: str
    text: Callable[[Record], str]
    # A number or a string (Qt compares those): sizes and counts sort as numbers.
    sort_key: Callable[[Record], int | float | str] | None = None
    align_right: bool = False
    tooltip: Callable[[Record], str | None] | None = None


class RecordTableModel(QAbstractTableModel, Generic[Record]):
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, columns: Sequence[Column[Record]]) -> None:
        super().__init__()
        self.columns = list(columns)
        self.records: list[Record] = []

    def set_records(self, records: Sequence[Record]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def refresh(self) -> None:
        """Cells computed from outside state (verdicts, "installed") changed: repaint them."""
        if self.records:
            last = self.index(len(self.records) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def record(self, row: int) -> Record | None:
        return self.records[row] if 0 <= row < len(self.records) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.records):
            return None
        record, column = self.records[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == self.SORT_ROLE:
            return (column.sort_key or column.text)(record)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(record)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.TextAlignmentRole:  # a title sits over its column's values
            side = Qt.AlignmentFlag.AlignRight if column.align_right else Qt.AlignmentFlag.AlignLeft
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        return None
