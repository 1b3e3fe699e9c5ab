"""Table views over a RecordTableModel: sortable, one row at a time, read-only."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from gpt4local.ui.table_model import RecordTableModel


def make_table(model: RecordTableModel) -> QTableView:
    """A sortable, single-row-selection table over ``model``."""
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(RecordTableModel.SORT_ROLE)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # headers never cut
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    view.setWordWrap(False)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep the model's own order at first
    return view


def select_row(view: QTableView, model: RecordTableModel, source_row: int) -> None:
    proxy = view.model()
    assert isinstance(proxy, QSortFilterProxyModel)
    index = proxy.mapFromSource(model.index(source_row, 0))
    view.selectionModel().select(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows,
    )  # fmt: skip
    view.scrollTo(index)


def selected_record(view: QTableView, model: RecordTableModel):
    rows = view.selectionModel().selectedRows()
    if not rows:
        return None
    proxy = view.model()
    assert isinstance(proxy, QSortFilterProxyModel)
    return model.record(proxy.mapToSource(rows[0]).row())
