"""The model selector's popup: a search field with the focus, the models grouped by where they
run (Installed first) with their fit verdicts, and a footer to add a file or manage models.

Typing filters; Up and Down move through the models (headers are skipped) while the search field
keeps the focus; Enter loads the model under the highlight; Escape closes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gpt4local.ui.icons import icon
from gpt4local.ui.model_selector.entries import ModelListModel
from gpt4local.ui.model_selector.row_delegate import ModelRowDelegate
from gpt4local.ui.style.scale import em_pixels, space
from gpt4local.ui.theme import current_colors, set_text_style

# Translated where shown.
NO_MODELS = str(QT_TRANSLATE_NOOP(
    "ModelPopup", "No models yet — download one on the Models page, or “Add model file…”"))
WIDTH_EMS = 30  # at least this wide, in lines of text, whatever the selector's width
HEIGHT_EMS = 18  # the list grows to about 7 models, then scrolls


class ModelPopup(QFrame):
    chosen = Signal(str)  # the path of the model picked
    add_file_requested = Signal()
    manage_requested = Signal()

    def __init__(self, model: ModelListModel, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("modelPopup")
        self.setAccessibleName(self.tr("Choose a model"))
        self.model = model
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search models"))
        self.search.setAccessibleName(self.tr("Search models"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        self.view = QListView()
        self.view.setAccessibleName(self.tr("Models"))
        self.view.setModel(model)
        self.view.setItemDelegate(ModelRowDelegate(self.view))
        self.view.setMouseTracking(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.clicked.connect(self._choose_index)
        self.view.activated.connect(self._choose_index)  # Enter in the list, or a double-click
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_text_style(self.empty, "body", muted=True)
        self.add_file_button = QPushButton(icon("file-plus"), self.tr("Add model file…"))
        self.add_file_button.setAccessibleDescription(self.tr("Load a GGUF file from anywhere"))
        self.add_file_button.clicked.connect(lambda: self._close_then(self.add_file_requested.emit))
        self.manage_button = QPushButton(icon("boxes"), self.tr("Manage models"))
        self.manage_button.setAccessibleDescription(
            self.tr("Show the Models page: download, delete and see every installed model"))
        self.manage_button.clicked.connect(lambda: self._close_then(self.manage_requested.emit))
        footer = QHBoxLayout()
        footer.addWidget(self.add_file_button)
        footer.addStretch(1)
        footer.addWidget(self.manage_button)
        layout = self._layout = QVBoxLayout(self)
        gap = space("s")
        layout.setContentsMargins(gap, gap, gap, gap)
        layout.setSpacing(gap)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(footer)
        self.setTabOrder(self.search, self.view)
        self.setTabOrder(self.view, self.add_file_button)
        self.setTabOrder(self.add_file_button, self.manage_button)

    def open_below(self, anchor: QWidget, current: str | None) -> None:
        """Shown under ``anchor``, as wide as it (or WIDTH_EMS), the search empty and focused,
        the highlight on ``current`` (the model in use) or the first model."""
        colors = current_colors()
        self.setStyleSheet(
            f"#modelPopup {{ background: {colors.base}; border: 1px solid {colors.border}; }}"
            "#modelPopup QListView { border: none; background: transparent; }"
        )
        self.search.clear()
        self._filter("")
        em = em_pixels(self.font())
        width = max(anchor.width(), round(WIDTH_EMS * em))
        place = anchor.mapToGlobal(QPoint(0, anchor.height() + space("xxs")))
        place.setX(place.x() + (anchor.width() - width) // 2)
        screen = anchor.screen().availableGeometry()
        place.setX(max(screen.left(), min(place.x(), screen.right() - width)))
        rows = sum(self.view.sizeHintForRow(row) for row in range(self.model.rowCount()))
        self.view.setFixedHeight(min(rows + 2 * self.view.frameWidth() + space("xs"),
                                     round(HEIGHT_EMS * em)))  # fmt: skip
        self._layout.activate()
        self.resize(width, min(self.sizeHint().height(), screen.bottom() - place.y()))
        self.move(place)
        row = self.model.row_of(current)
        self._highlight(row if row >= 0 else self.model.next_entry_row(-1, 1))
        self.show()
        self.search.setFocus(Qt.FocusReason.PopupFocusReason)

    @property
    def highlighted_path(self) -> str | None:
        entry = self.model.entry(self.view.currentIndex().row())
        return entry.path if entry else None

    def _filter(self, text: str) -> None:
        self.model.set_query(text)
        found = self.model.entry_count > 0
        self.view.setVisible(found)
        self.empty.setVisible(not found)
        if not self.model.has_entries:
            self.empty.setText(QCoreApplication.translate("ModelPopup", NO_MODELS))
        elif not found:
            self.empty.setText(self.tr("No model matches “{words}”").format(words=text.strip()))
        self._highlight(self.model.next_entry_row(-1, 1))

    def _highlight(self, row: int) -> None:
        if self.model.entry(row) is None:
            self.view.setCurrentIndex(QModelIndex())
            return
        index = self.model.index(row)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def _choose_index(self, index: QModelIndex) -> None:
        entry = self.model.entry(index.row())
        if entry is not None:
            self.hide()
            self.chosen.emit(entry.path)

    def _close_then(self, emit: Callable[[], object]) -> None:
        self.hide()
        emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The search field keeps the focus; the arrows, Enter and Escape act on the list."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if key == Qt.Key.Key_Down else -1
                self._highlight(self.model.next_entry_row(self.view.currentIndex().row(), step))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._choose_index(self.view.currentIndex())
                return True
            if key == Qt.Key.Key_Escape:
                self.hide()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)
