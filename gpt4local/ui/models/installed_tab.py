"""The Installed tab of the Models page: the models on disk with their verdicts, to chat with,
delete, show in their folder, and where the models folder is."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from gpt4local.core.errors import UserFacingError
from gpt4local.core.fit.memory_fit import Fit, assess
from gpt4local.core.fit.system_probe import probe
from gpt4local.core.models.facts import facts_for_file
from gpt4local.core.models.library import InstalledModel, delete_model, installed_models
from gpt4local.core.units import human_count, human_size
from gpt4local.ui.background import run_in_background
from gpt4local.ui.models.fit_labels import verdict_cell, verdict_tooltip
from gpt4local.ui.widgets.table_model import Column, RecordTableModel
from gpt4local.ui.widgets.tables import make_table, selected_record

if TYPE_CHECKING:
    from gpt4local.ui.models.page import ModelsPage


def scan_installed(
    folder: Path, side_loaded: list[str]
) -> tuple[list[InstalledModel], dict[str, Fit]]:
    """The installed models and, by path, a verdict for each one that can be read (blocking).

    A file whose verdict fails unexpectedly gets that as its problem: one file never empties
    the list.
    """
    models, system, verdicts = installed_models(folder, side_loaded), probe(), {}
    for index, model in enumerate(models):
        if model.problem is not None:
            continue
        try:
            facts = facts_for_file(model.path, check=False)  # installed_models checked it
            verdicts[str(model.path)] = assess(facts, system)
        except UserFacingError:
            pass  # no verdict (e.g. an architecture whose memory needs are not known)
        except Exception as error:  # see above
            reason = str(error) or type(error).__name__
            problem = f"{model.path.name} could not be assessed: {reason}"
            models[index] = dataclasses.replace(model, problem=problem)
    return models, verdicts


class InstalledTab(QWidget):
    def __init__(self, page: ModelsPage) -> None:
        super().__init__()
        self._page = page
        self.verdicts: dict[str, Fit] = {}  # by path
        self.model: RecordTableModel[InstalledModel] = RecordTableModel([
            Column("Model", lambda m: m.path.stem + (" (added from elsewhere)"
                                                       if m.side_loaded else ""),
                   tooltip=lambda m: m.problem or m.name),
            Column("Size", lambda m: human_size(m.size), lambda m: m.size, True),
            Column("Quantisation", lambda m: m.quantization or "?"),
            Column("Parameters", lambda m: human_count(m.parameters) if m.parameters else "?",
                   lambda m: m.parameters or 0, True),
            Column("Context", lambda m: f"{m.context_length:,}" if m.context_length else "?",
                   lambda m: m.context_length or 0, True),
            Column("Fits here?",
                   lambda m: verdict_cell(self.verdicts.get(str(m.path)), m.problem),
                   tooltip=lambda m: verdict_tooltip(self.verdicts.get(str(m.path)), m.problem)),
            Column("File", lambda m: "⚠ " + m.problem if m.problem else str(m.path),
                   tooltip=lambda m: m.problem or str(m.path)),
        ])  # fmt: skip
        self.view = make_table(self.model)
        self.view.doubleClicked.connect(lambda _index: self._use_selected())
        self.folder_label = QLabel()
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.use_button = QPushButton("Chat with it")
        self.use_button.clicked.connect(self._use_selected)
        self.delete_button = QPushButton("Delete…")
        # Not connected directly: clicked(bool) would arrive as confirm=False and skip the question
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.reveal_button = QPushButton("Show in folder")
        self.reveal_button.clicked.connect(self._reveal_selected)
        self.folder_button = QPushButton("Change models folder…")
        self.folder_button.clicked.connect(self._ask_for_folder)
        buttons = QHBoxLayout()
        for button in (self.use_button, self.delete_button, self.reveal_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.folder_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.folder_label)
        layout.addLayout(buttons)

    def show_models(self, models: list[InstalledModel], verdicts: dict[str, Fit],
                    folder: Path) -> None:  # fmt: skip
        self.verdicts = verdicts
        self.model.set_records(models)
        self.folder_label.setText(f"Models folder: {folder}")

    def _use_selected(self) -> None:
        model = selected_record(self.view, self.model)
        if model is not None:
            self._page.use_model.emit(str(model.path))

    def delete_selected(self, confirm: bool = True) -> None:
        page = self._page
        model = selected_record(self.view, self.model)
        if model is None:
            return
        if model.side_loaded:
            question = (f"Remove {model.path.name} from the list? The file stays where it is "
                        f"({model.path.parent}).")  # fmt: skip
        else:
            question = f"Delete {model.path.name} ({human_size(model.size)}) from disk?"
        # Asked through the page: its _confirm is the one place to answer (tests replace it).
        if confirm and not page._confirm("Delete model", question):
            return
        if model.side_loaded:
            if str(model.path) in page.settings.side_loaded_models:
                page.settings.side_loaded_models.remove(str(model.path))
                page._save_settings()
            page.refresh_installed()
            return
        folder = page.models_dir
        run_in_background(lambda: delete_model(model.path, folder),
                          lambda _: page.refresh_installed(), page._fail, self)  # fmt: skip

    def _reveal_selected(self) -> None:
        model = selected_record(self.view, self.model)
        folder = model.path.parent if model else self._page.models_dir
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _ask_for_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Choose the models folder",
                                                  str(self._page.models_dir))  # fmt: skip
        if folder:
            self._page.set_models_folder(folder)
