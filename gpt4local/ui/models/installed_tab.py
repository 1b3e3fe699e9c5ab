"""The Installed tab of the Models page: the models on disk with their verdicts, to chat with,
delete, show in their folder, and where the models folder is; with none, how to get one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gpt4local.core.fit.memory_fit import Fit
from gpt4local.core.models.library import InstalledModel, delete_model
from gpt4local.ui.background import run_in_background
from gpt4local.ui.i18n.core_messages import describe
from gpt4local.ui.i18n.formatting import format_number, format_size
from gpt4local.ui.models.context import ModelsContext
from gpt4local.ui.models.fit_labels import parameter_count, verdict_cell, verdict_tooltip
from gpt4local.ui.widgets.empty_state import EmptyStack, EmptyState
from gpt4local.ui.widgets.table_model import Column, RecordTableModel
from gpt4local.ui.widgets.tables import make_table, selected_record

translate = QCoreApplication.translate  # lupdate reads calls by this name too


def model_file_filter() -> str:
    """The file dialog's filter for model files (also the welcome page's)."""
    return translate("ModelFiles", "GGUF models (*.gguf);;All files (*)")


class InstalledTab(QWidget):
    use_model = Signal(str)  # path: the user wants to chat with this model
    changed = Signal()  # a model was deleted or taken off the list: scan again
    folder_chosen = Signal(str)  # the user picked another models folder
    failed = Signal(object)  # the Exception that stopped a deletion
    # From the empty state: where to get a model.
    catalog_wanted = Signal()
    hub_wanted = Signal()
    model_file_chosen = Signal(str)  # a GGUF file from anywhere, to add and load

    def __init__(self, context: ModelsContext) -> None:
        super().__init__()
        self._context = context
        self.verdicts: dict[str, Fit] = {}  # by path
        elsewhere = self.tr("{name} (added from elsewhere)")
        self.model: RecordTableModel[InstalledModel] = RecordTableModel([
            Column(self.tr("Model"), lambda m: elsewhere.format(name=m.path.stem)
                   if m.side_loaded else m.path.stem,
                   tooltip=lambda m: describe(m.problem) if m.problem else m.name),
            Column(self.tr("Size"), lambda m: format_size(m.size), lambda m: m.size, True),
            Column(self.tr("Quantisation"), lambda m: m.quantization or "?"),
            Column(self.tr("Parameters"),
                   lambda m: parameter_count(m.parameters) if m.parameters else "?",
                   lambda m: m.parameters or 0, True),
            Column(self.tr("Context"),
                   lambda m: format_number(m.context_length) if m.context_length else "?",
                   lambda m: m.context_length or 0, True),
            Column(self.tr("Fits here?"),
                   lambda m: verdict_cell(self.verdicts.get(str(m.path)), m.problem),
                   tooltip=lambda m: verdict_tooltip(self.verdicts.get(str(m.path)), m.problem)),
            Column(self.tr("File"),
                   lambda m: "⚠ " + describe(m.problem) if m.problem else str(m.path),
                   tooltip=lambda m: describe(m.problem) if m.problem else str(m.path)),
        ])  # fmt: skip
        self.view = make_table(self.model)
        self.view.setAccessibleName(self.tr("Installed models"))
        self.view.setAccessibleDescription(self.tr("Double-click a model to chat with it"))
        self.view.doubleClicked.connect(lambda _index: self._use_selected())
        self.empty = EmptyState("hard-drive", self.tr("No models installed yet"))
        self.empty.add_action(self.tr("Browse the catalog"), self.catalog_wanted.emit,
                              self.tr("Curated models, each with whether it fits this computer"),
                              primary=True)  # fmt: skip
        self.empty.add_action(self.tr("Search Hugging Face"), self.hub_wanted.emit,
                              self.tr("Find any GGUF model on Hugging Face"))  # fmt: skip
        self.empty.add_action(self.tr("Add model file…"), self._ask_for_model_file,
                              self.tr("Use a GGUF file you already have, where it is"))
        self.stack = EmptyStack(self.view, self.empty)
        self.folder_label = QLabel()
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.use_button = QPushButton(self.tr("Chat with it"))
        self.use_button.setAccessibleDescription(
            self.tr("Load the selected model and open the chat"))
        self.use_button.clicked.connect(self._use_selected)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setAccessibleDescription(
            self.tr("Delete the selected model's file, after asking"))
        # Not connected directly: clicked(bool) would arrive as confirm=False and skip the question
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.reveal_button = QPushButton(self.tr("Show in folder"))
        self.reveal_button.setAccessibleDescription(
            self.tr("Open the folder that holds the selected model in the file manager"))
        self.reveal_button.clicked.connect(self._reveal_selected)
        self.folder_button = QPushButton(self.tr("Change models folder…"))
        self.folder_button.setAccessibleDescription(
            self.tr("Choose the folder models are downloaded to and looked for in"))
        self.folder_button.clicked.connect(self._ask_for_folder)
        buttons = QHBoxLayout()
        for button in (self.use_button, self.delete_button, self.reveal_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.folder_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.folder_label)
        layout.addLayout(buttons)
        # Buttons about "the selected model" wait for one (an empty list has none).
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.view.model().modelReset.connect(self._update_buttons)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = selected_record(self.view, self.model) is not None
        self.use_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def show_models(self, models: list[InstalledModel], verdicts: dict[str, Fit],
                    folder: Path) -> None:  # fmt: skip
        self.verdicts = verdicts
        self.model.set_records(models)
        self.folder_label.setText(self.tr("Models folder: {folder}").format(folder=folder))
        self.empty.set_message(
            self.tr("No models installed yet"),
            self.tr("Download one from the catalog (★ marks a good first choice), search Hugging "
                    "Face, or add a GGUF file you already have. Downloads go to the models "
                    "folder, {folder}; a model copied there shows up here by itself.")
            .format(folder=folder),
        )  # fmt: skip
        self.stack.show_empty(not models)

    def _use_selected(self) -> None:
        model = selected_record(self.view, self.model)
        if model is not None:
            self.use_model.emit(str(model.path))

    def delete_selected(self, confirm: bool = True) -> None:
        context = self._context
        model = selected_record(self.view, self.model)
        if model is None:
            return
        if model.side_loaded:
            question = self.tr("Remove {name} from the list? The file stays where it is "
                               "({folder}).").format(name=model.path.name,
                                                     folder=model.path.parent)  # fmt: skip
        else:
            question = self.tr("Delete {name} ({size}) from disk?").format(
                name=model.path.name, size=format_size(model.size))
        if confirm and not self.confirm(self.tr("Delete model"), question):
            return
        if model.side_loaded:
            if str(model.path) in context.settings.side_loaded_models:
                context.settings.side_loaded_models.remove(str(model.path))
                context.save_settings()
            self.changed.emit()
            return
        folder = context.models_dir
        run_in_background(lambda: delete_model(model.path, folder),
                          lambda _: self.changed.emit(), self.failed.emit, self)  # fmt: skip

    def confirm(self, title: str, question: str) -> bool:
        """The one place a deletion is asked about (tests answer in its stead)."""
        answer = QMessageBox.question(self, title, question)
        return answer == QMessageBox.StandardButton.Yes

    def _reveal_selected(self) -> None:
        model = selected_record(self.view, self.model)
        folder = model.path.parent if model else self._context.models_dir
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _ask_for_model_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Add a GGUF model file"),
                                              str(Path.home()), model_file_filter())  # fmt: skip
        if path:
            self.model_file_chosen.emit(path)

    def _ask_for_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the models folder"),
                                                  str(self._context.models_dir))  # fmt: skip
        if folder:
            self.folder_chosen.emit(folder)
