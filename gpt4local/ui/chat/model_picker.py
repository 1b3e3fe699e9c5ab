"""The model picker above the chat: installed models, side-loaded files, the model in use.

A combo box that says which model the user chose (``chosen``); the model loader decides what
that means and tells it which model is in use (``loaded``) and which file is still on trial
(``unproven``: side-loaded, listed until its load fails).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox

from gpt4local.core.models.library import InstalledModel
from gpt4local.core.units import human_size

NO_MODELS = "No models yet — download one on the Models page, or “Add model file…”"


class ModelPicker(QComboBox):
    chosen = Signal(str)  # the path of the model the user picked

    def __init__(self) -> None:
        super().__init__()
        self.setMinimumWidth(280)
        self.setAccessibleName("Model")
        self.addItem("Choose a model…", None)
        self.installed: list[str] = []
        self.loaded: str | None = None
        self.unproven: str | None = None
        self.activated.connect(self._on_activated)

    def _on_activated(self, index: int) -> None:
        path = self.itemData(index)
        if path:
            self.chosen.emit(path)

    def fill(self, models: Sequence[InstalledModel]) -> None:
        """List ``models`` (the usable installed ones), keeping the entries still in use."""
        self.installed = [str(model.path) for model in models]
        current = self.currentData()
        self.clear()
        self.addItem("Choose a model…", None)
        for model in models:
            self.addItem(f"{model.path.stem}  ({human_size(model.size)})", str(model.path))
        # A scan that started before a side-loaded file was chosen does not know it yet.
        self.keep(self.unproven)
        if self.loaded and self.keep(self.loaded):  # removed from the list, still in memory
            self.setItemText(self.findData(self.loaded), f"{Path(self.loaded).stem}  "
                             "(removed; still loaded)")  # fmt: skip
        if current:
            self.setCurrentIndex(max(0, self.findData(current)))
        if not models:
            self.setItemText(0, NO_MODELS)

    def keep(self, path: str | None) -> bool:
        """Add ``path`` unless it is listed; returns whether it was added.

        Entries of models neither installed nor in use any more go: a model removed from the
        Installed list while loaded stays only until another one is loaded.
        """
        wanted = {path, self.unproven, self.loaded, *self.installed}
        for index in reversed(range(1, self.count())):  # 0: "Choose a model…"
            if self.itemData(index) not in wanted:
                self.removeItem(index)
        if not path or self.findData(path) >= 0:
            return False
        self.addItem(Path(path).stem, path)
        return True

    def select(self, path: str | None) -> None:
        """Show ``path`` as the current entry (None: "Choose a model…")."""
        self.setCurrentIndex(max(0, self.findData(path)) if path else 0)

    def drop(self, path: str) -> None:
        self.removeItem(self.findData(path))

    def model_paths(self) -> list[str]:
        return [self.itemData(i) for i in range(1, self.count())]
