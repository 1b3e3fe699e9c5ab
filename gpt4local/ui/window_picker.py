"""The model picker above the chat: installed models, side-loaded files, the model in use.

A mixin of MainWindow (whose widgets, settings and load_model it uses).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog

from gpt4local.core.units import human_size

if TYPE_CHECKING:
    from gpt4local.ui.main_window import MainWindow


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
        self._keep_in_picker(self.loaded_model and str(self.loaded_model["path"]))
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
        """Add ``path`` to the picker unless it is there; returns whether it was added."""
        if not path or self.model_picker.findData(path) >= 0:
            return False
        self.model_picker.addItem(Path(path).stem, path)
        return True

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
