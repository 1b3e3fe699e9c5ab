"""Table views over a RecordTableModel: sortable, one row at a time, read-only, every column
readable."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSize, QSortFilterProxyModel, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from gpt4local.ui.widgets.table_model import RecordTableModel

# The first column (the model's or file's name) is never narrower than this many characters:
# with a large font the other columns' contents would otherwise squeeze it to a few pixels.
READABLE_CHARS = 24
MIN_ROWS = 3  # rows a table keeps in view when the window is short (large fonts)


class _RecordTable(QTableView):
    """The first column takes the width the others leave, but never less than a readable width;
    past that the table scrolls sideways. The width is worked out again whenever the view, the
    font or another column's contents change it, so nothing stale is ever kept."""

    def __init__(self) -> None:
        super().__init__()
        # Tab leaves the table for the next control (arrow keys move between the rows); a table
        # that kept Tab for its cells would trap keyboard users in it.
        self.setTabKeyNavigation(False)
        self.horizontalHeader().sectionResized.connect(self._on_section_resized)

    def minimumSizeHint(self) -> QSize:
        rows = self.verticalHeader().defaultSectionSize() * MIN_ROWS
        bars = (
            self.horizontalHeader().sizeHint().height()
            + self.horizontalScrollBar().sizeHint().height()
        )
        height = bars + rows + 2 * self.frameWidth()
        return QSize(super().minimumSizeHint().width(), height)

    def resizeEvent(self, event: QResizeEvent) -> None:  # the viewport's size, too
        super().resizeEvent(event)
        self._fit_first_column()

    def _on_section_resized(self, index: int, _old: int, _new: int) -> None:
        if index:  # the first column's own changes come from here
            self._fit_first_column()

    def _fit_first_column(self) -> None:
        header = self.horizontalHeader()
        others = sum(header.sectionSize(i) for i in range(1, header.count())
                     if not header.isSectionHidden(i))  # fmt: skip
        readable = self.fontMetrics().averageCharWidth() * READABLE_CHARS
        header.resizeSection(0, max(readable, self.viewport().width() - others))


def make_table(model: RecordTableModel) -> QTableView:
    """A sortable, single-row-selection table over ``model``."""
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(RecordTableModel.SORT_ROLE)
    view = _RecordTable()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # headers never cut
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)  # see _RecordTable
    view.setWordWrap(False)
    view.setShowGrid(False)  # rows told apart by their shading, as in a modern list
    view.setAlternatingRowColors(True)
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
