"""The model selector at the top of the chat (LM Studio's model loader): a wide button that shows
the model in use, its size, context and device; "Loading NAME…" with a busy bar in its place
while a load runs; "Choose a model" when none is loaded. Clicking it, Enter, Space, Down or
Ctrl+L (the window's shortcut) opens the searchable popup (popup.py).

It says which model the user chose (``chosen``); the model loader decides what that means and
tells it which model is in use (``loaded``, ``show_model``), which one is loading
(``show_loading``) and which file is still on trial (``unproven``: side-loaded, listed until its
load fails). Models installed, side-loaded ones and one removed while still loaded are its
entries (entries.py).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from gpt4local.core.fit.memory_fit import Fit
from gpt4local.core.inference.chat_backend import EngineInfo
from gpt4local.core.models.library import InstalledModel
from gpt4local.ui.i18n.formatting import format_number
from gpt4local.ui.icons import icon
from gpt4local.ui.model_selector.entries import REMOVED_STILL_LOADED, ModelEntry, ModelListModel
from gpt4local.ui.model_selector.popup import ModelPopup
from gpt4local.ui.style.scale import em_pixels, space
from gpt4local.ui.theme import set_text_style

SHORTCUT = "Ctrl+L"
WIDEST_EMS = 36  # in lines of text: as wide as a readable line, not the whole chat
translate = QCoreApplication.translate  # lupdate reads calls by this name too
CHOOSE = str(QT_TRANSLATE_NOOP("ModelSelector", "Choose a model"))  # translated where shown


class _ElidedLabel(QLabel):
    """One line that shortens with "…" instead of widening the selector."""

    def minimumSizeHint(self) -> QSize:
        return QSize(space("xxl", self.font()), super().minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideMiddle,
                                             self.width())  # fmt: skip
        self.style().drawItemText(painter, self.rect(), int(self.alignment()), self.palette(),
                                  self.isEnabled(), text, self.foregroundRole())  # fmt: skip


class ModelSelector(QPushButton):
    chosen = Signal(str)  # the path of the model the user picked
    add_file_requested = Signal()
    manage_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("modelSelector")
        self.setAccessibleName(self.tr("Model"))
        self.installed: list[str] = []
        self.loaded: str | None = None
        self.unproven: str | None = None
        self.current_path: str | None = None  # the entry shown as chosen
        self._entries: dict[str, ModelEntry] = {}  # by path, in the order listed
        self._info: EngineInfo | None = None
        self._loading: str | None = None
        self._loaded_fraction: float | None = None  # of the load running, when it says
        self.list_model = ModelListModel()
        self.popup = ModelPopup(self.list_model, self)
        self.popup.chosen.connect(self.chosen)
        self.popup.add_file_requested.connect(self.add_file_requested)
        self.popup.manage_requested.connect(self.manage_requested)
        self.clicked.connect(self.open_popup)
        self._build()
        self._show_face()
        self.setMaximumWidth(round(em_pixels(self.font()) * WIDEST_EMS))

    def _build(self) -> None:
        self.icon_label = QLabel()
        self.title = _ElidedLabel()
        set_text_style(self.title, "body")
        self.details = _ElidedLabel()
        set_text_style(self.details, "caption", muted=True)
        self.hint = QLabel(QKeySequence(SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText))
        set_text_style(self.hint, "caption", muted=True)
        self.arrow = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy, until the load says how far it is
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Loading the model"))
        # A hairline under the name, not a platform progress bar: it only says "busy".
        self.progress.setFixedHeight(space("xxs") + 1)
        self.progress.setStyleSheet(
            "QProgressBar { border: none; background: palette(midlight); }"
            "QProgressBar::chunk { background: palette(highlight); }"
        )
        self.progress.hide()
        for label in (self.icon_label, self.title, self.details, self.hint, self.arrow,
                      self.progress):  # fmt: skip
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        texts = QVBoxLayout()
        texts.setSpacing(0)
        texts.addWidget(self.title)
        texts.addWidget(self.details)
        row = QHBoxLayout()
        row.setSpacing(space("s"))
        row.addWidget(self.icon_label)
        row.addLayout(texts, 1)
        row.addWidget(self.hint)
        row.addWidget(self.arrow)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(space("m"), space("s"), space("m"), space("s"))
        layout.setSpacing(space("xxs"))
        layout.addLayout(row)
        layout.addWidget(self.progress)

    # A push button sizes itself by its text; this one by what its layout holds.
    def sizeHint(self) -> QSize:
        layout = self.layout()
        return layout.sizeHint() if layout else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        layout = self.layout()
        return layout.minimumSize() if layout else super().minimumSizeHint()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        layout = self.layout()
        if layout and event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Show):
            # Its full height even beside fixed-height buttons (a row is as high as the lowest
            # of their maximums, unless an item's minimum asks for more).
            self.setMinimumHeight(layout.sizeHint().height())
        return handled

    # --- the model list (the loader's side) ------------------------------------------------------

    def fill(self, models: Sequence[InstalledModel], fits: Mapping[str, Fit] | None = None) -> None:
        """List ``models`` (the usable installed ones, with their verdicts by path), keeping the
        entries still in use."""
        fits = fits or {}
        self.installed = [str(model.path) for model in models]
        current = self.current_path
        self._entries = {str(m.path): ModelEntry.installed(m, fits.get(str(m.path)))
                         for m in models}  # fmt: skip
        # A scan that started before a side-loaded file was chosen does not know it yet.
        self.keep(self.unproven)
        if self.loaded and self.keep(self.loaded):  # removed from the list, still in memory
            self._entries[self.loaded] = ModelEntry(self.loaded, Path(self.loaded).stem,
                                                    note=REMOVED_STILL_LOADED)  # fmt: skip
        self.select(current)

    def keep(self, path: str | None) -> bool:
        """Add ``path`` unless it is listed; returns whether it was added.

        Entries of models neither installed nor in use any more go: a model removed from the
        Installed list while loaded stays only until another one is loaded.
        """
        wanted = {path, self.unproven, self.loaded, *self.installed}
        self._entries = {p: e for p, e in self._entries.items() if p in wanted}
        added = bool(path) and path not in self._entries
        if path and added:
            self._entries[path] = ModelEntry.file(path)
        self._changed()
        return added

    def select(self, path: str | None) -> None:
        """Show ``path`` as the chosen entry (None, or a path not listed: none)."""
        self.current_path = path if path in self._entries else None
        self._changed()

    def drop(self, path: str) -> None:
        self._entries.pop(path, None)
        if self.current_path == path:
            self.current_path = None
        self._changed()

    def model_paths(self) -> list[str]:
        return list(self._entries)

    def entry(self, path: str) -> ModelEntry | None:
        return self._entries.get(path)

    # --- what the face says ---------------------------------------------------------------------

    def show_loading(self, path: str) -> None:
        """A load of ``path`` began: its name and a busy bar in the selector's place."""
        self._loading, self._loaded_fraction = path, None
        self._show_face()

    def show_load_progress(self, fraction: float) -> None:
        """How far the weights are read; at 1.0 the context is still being made: busy again."""
        if self._loading is not None:
            self._loaded_fraction = fraction if fraction < 1.0 else None
            self._show_face()

    def show_model(self, info: EngineInfo | None) -> None:
        """The model in use (None: none), once a load ended either way."""
        self._loading, self._loaded_fraction, self._info = None, None, info
        self._show_face()

    def summary(self) -> str:
        """What the selector shows, in one line (its accessible description)."""
        return " · ".join(filter(None, [self.title.text(), self.details.text()]))

    def _changed(self) -> None:
        self.list_model.set_entries(self._entries.values(), self.loaded)
        self._show_face()

    def _show_face(self) -> None:
        loading, info = self._loading, self._info
        self.progress.setVisible(loading is not None)
        fraction = self._loaded_fraction
        self.progress.setRange(0, 0 if fraction is None else 100)
        self.progress.setValue(0 if fraction is None else round(fraction * 100))
        if loading is not None:
            entry = self._entries.get(loading)
            name = entry.name if entry else Path(loading).stem
            if fraction is None:
                self.title.setText(self.tr("Loading {name}…").format(name=name))
            else:
                self.title.setText(self.tr("Loading {name}… {percent}%").format(
                    name=name, percent=format_number(fraction * 100)))  # fmt: skip
            self.details.setText(entry.details if entry else "")
            self.icon_label.setPixmap(icon("download").pixmap(self._icon_size()))
        elif info is not None:
            entry = self._entries.get(str(info.path))
            kv = (self.tr("{type} KV cache").format(type=info.kv_cache_type)
                  if info.kv_cache_type != "f16" else None)  # fmt: skip
            self.title.setText(info.model_name)
            context = self.tr("context {tokens}").format(tokens=format_number(info.n_ctx))
            self.details.setText(" · ".join(filter(None, [
                entry.size_text if entry else None, context, info.device, kv])))  # fmt: skip
            self.icon_label.setPixmap(icon("bot").pixmap(self._icon_size()))
        else:
            count = len(self.installed)
            self.title.setText(translate("ModelSelector", CHOOSE))
            self.details.setText(self.tr("No model loaded · %n installed", "", count) if count
                                 else self.tr("No model loaded · add one or download one"))
            self.icon_label.setPixmap(icon("boxes").pixmap(self._icon_size()))
        self.arrow.setPixmap(icon("chevron-down").pixmap(self._icon_size() * 0.75))
        self.setAccessibleDescription(self.summary())
        path = loading or (str(info.path) if info else None)
        keys = QKeySequence(SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
        choose = self.tr("Choose the model to chat with ({keys})").format(keys=keys)
        self.setToolTip(f"{path}\n\n{choose}" if path else choose)

    def _icon_size(self) -> QSize:
        side = round(em_pixels(self.font()) * 1.2)
        return QSize(side, side)

    # --- opening the popup ----------------------------------------------------------------------

    def open_popup(self) -> None:
        if self.isEnabled() and not self.popup.isVisible():
            self.popup.open_below(self, self.loaded)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter and Down open it too, as they open a combo box."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
            self.open_popup()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._show_face()  # the icons again, in the new colours and size
        if event.type() == QEvent.Type.FontChange:
            self.setMaximumWidth(round(em_pixels(self.font()) * WIDEST_EMS))

