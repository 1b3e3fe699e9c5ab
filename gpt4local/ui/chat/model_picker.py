"""The model picker above the chat: installed models, side-loaded files, the model in use.

A mixin of MainWindow (whose widgets, settings and load_model it uses).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog

from gpt4local.core.units import human_size

if TYPE_CHECKING:
    from gpt4local.ui.window.main_window import MainWindow


class ModelPicking:
    def _fill_picker(self: MainWindow) -> None:
        models = [m for m in self.models_page.installed if m.problem is None]
        if not self._picker_filled_once and not models:
            self.pages.setCurrentWidget(self.models_page)  # a first start: find a model first
        self._picker_filled_once = True
        current = self.model_picker.currentData()
        self.model_picker.clear()
        self.model_picker.addItem("Choose a model…", None)
        for model in models:
            label = f"{model.path.stem}  ({human_size(model.size)})"
            self.model_picker.addItem(label, str(model.path))
        # A scan that started before a side-loaded file was chosen does not know it yet.
        self._keep_in_picker(self._unproven_entry)
        loaded = self._loaded_path()
        if self._keep_in_picker(loaded):  # deleted or removed from the list, but still in memory
            label = f"{Path(loaded).stem}  (removed; still loaded)"
            self.model_picker.setItemText(self.model_picker.findData(loaded), label)
        if current:
            self.model_picker.setCurrentIndex(max(0, self.model_picker.findData(current)))
        if not models:
            self.model_picker.setItemText(
                0, "No models yet — download one in the Models tab, or “Add model file…”"
            )

    def _on_model_chosen(self: MainWindow, index: int) -> None:
        path = self.model_picker.itemData(index)
        if path:
            self.load_model(path)

    def _ask_for_model_file(self: MainWindow) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Add a GGUF model file", str(Path.home()), "GGUF models (*.gguf);;All files (*)"
        )
        if path:
            self.add_model_file(path)

    def _keep_in_picker(self: MainWindow, path: str | None) -> bool:
        """Add ``path`` to the picker unless it is there; returns whether it was added.

        Entries of models neither installed nor in use any more go: a model removed from the
        Installed list while loaded stays only until another one is loaded.
        """
        self._drop_removed_entries(path)
        if not path or self.model_picker.findData(path) >= 0:
            return False
        self.model_picker.addItem(Path(path).stem, path)
        return True

    def _drop_removed_entries(self: MainWindow, wanted: str | None) -> None:
        keep: set[str | None] = {str(m.path) for m in self.models_page.installed if not m.problem}
        keep |= {wanted, self._unproven_entry, self._loaded_path()}
        for index in reversed(range(1, self.model_picker.count())):  # 0: "Choose a model…"
            if self.model_picker.itemData(index) not in keep:
                self.model_picker.removeItem(index)

    def _use_model_from_page(self: MainWindow, path: str) -> None:
        self.pages.setCurrentIndex(0)
        self._keep_in_picker(path)
        self.model_picker.setCurrentIndex(self.model_picker.findData(path))
        self.load_model(path)

    def add_model_file(self: MainWindow, path: str) -> None:
        """Side-load a file from anywhere; it is remembered once it has loaded successfully."""
        if self._keep_in_picker(path):
            self._unproven_entry = path  # dropped from the picker again if the load fails
        self.model_picker.setCurrentIndex(self.model_picker.findData(path))
        self.load_model(path)
