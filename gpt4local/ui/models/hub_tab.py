"""The Hugging Face tab of the Models page: search GGUF repositories, list a repository's files
with a verdict for each (by size, then exact from a header read), and download one. Before a
search, and when one finds nothing, it says what to type."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gpt4local.core.downloads.part_files import DownloadSpec
from gpt4local.core.fit.memory_fit import Fit, assess
from gpt4local.core.fit.verdicts import hub_file_fits
from gpt4local.core.hub import api as hub
from gpt4local.core.hub.access_token import access_token
from gpt4local.core.models.remote_header import facts_for_hub_file
from gpt4local.ui.background import run_in_background
from gpt4local.ui.i18n.core_messages import describe
from gpt4local.ui.i18n.formatting import format_date, format_number, format_size
from gpt4local.ui.models.context import ModelsContext
from gpt4local.ui.models.fit_labels import fit_summary, verdict_cell, verdict_tooltip
from gpt4local.ui.theme import mark_primary
from gpt4local.ui.widgets.empty_state import EmptyStack, EmptyState
from gpt4local.ui.widgets.table_model import Column, RecordTableModel
from gpt4local.ui.widgets.tables import make_table, selected_record


class HubTab(QWidget):
    failed = Signal(object)  # the Exception that stopped a search or a listing
    token_wanted = Signal()  # the user asked to give or remove the access token
    # For tests: emitted on the GUI thread once results are on screen.
    search_shown = Signal()
    files_shown = Signal()
    file_fit_shown = Signal(object)  # the exact Fit of the picked file

    def __init__(self, context: ModelsContext) -> None:
        super().__init__()
        self._context = context
        self.file_verdicts: dict[str, Fit] = {}  # by repo file name; exact once selected
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(
            self.tr("Search Hugging Face for GGUF models, e.g. “qwen 7b”"))
        self.search_box.setAccessibleName(self.tr("Search Hugging Face"))
        self.search_box.setAccessibleDescription(
            self.tr("Words in a GGUF repository's name; Enter searches"))
        self.search_box.returnPressed.connect(self.search)
        self.sort_box = QComboBox()
        self.sort_box.setAccessibleName(self.tr("Order of the results"))
        sort_labels = {"downloads": self.tr("Most downloaded"), "likes": self.tr("Most liked"),
                       "recent": self.tr("Recently updated"), "trending": self.tr("Trending")}
        for key, order in hub.SORTS.items():
            self.sort_box.addItem(sort_labels.get(key, order.label), key)
        self.search_button = QPushButton(self.tr("Search", "verb"))
        self.search_button.setAccessibleDescription(self.tr("Search Hugging Face for GGUF models"))
        mark_primary(self.search_button)
        self.search_button.clicked.connect(self.search)
        self.token_button = QPushButton(self.tr("Access token…"))
        self.token_button.setToolTip(self.tr("For gated models (Llama, Gemma…): a Hugging Face "
                                             "token of an account that accepted the model's "
                                             "conditions"))  # fmt: skip
        self.token_button.setAccessibleDescription(self.token_button.toolTip())
        self.token_button.clicked.connect(self.token_wanted)  # the page keeps the token
        bar = QHBoxLayout()
        bar.addWidget(self.search_box, 1)
        bar.addWidget(self.sort_box)
        bar.addWidget(self.search_button)
        bar.addWidget(self.token_button)
        gated = self.tr("{repository}  🔒 gated")
        self.repo_model: RecordTableModel[hub.HubRepo] = RecordTableModel([
            Column(self.tr("Repository"),
                   lambda r: gated.format(repository=r.repo_id) if r.gated else r.repo_id),
            Column(self.tr("Downloads", "how often a model was downloaded"),
                   lambda r: format_number(r.downloads), lambda r: r.downloads, True),
            Column(self.tr("Likes"), lambda r: format_number(r.likes), lambda r: r.likes, True),
            Column(self.tr("Updated"), lambda r: format_date(r.last_modified, with_time=False)
                   if r.last_modified else "", lambda r: str(r.last_modified or "")),
        ])  # fmt: skip
        self.repo_view = make_table(self.repo_model)
        self.repo_view.setAccessibleName(self.tr("Repositories found"))
        self.repo_view.setAccessibleDescription(self.tr("Choose one to list its GGUF files"))
        self.repo_view.selectionModel().selectionChanged.connect(self.list_files)
        installed, unsupported = self.tr("✓ installed"), self.tr("not supported")
        self.file_model: RecordTableModel[hub.HubFile] = RecordTableModel([
            Column(self.tr("File"), lambda f: f.filename, tooltip=self._unsupported_reason),
            Column(self.tr("Size"), lambda f: format_size(f.size) if f.size else "?",
                   lambda f: f.size or 0, True),
            Column(self.tr("Quantisation"), lambda f: f.quantization or "?"),
            Column(self.tr("Fits here?"),
                   lambda f: verdict_cell(self.file_verdicts.get(f.filename)),
                   tooltip=lambda f: verdict_tooltip(self.file_verdicts.get(f.filename))),
            Column("", lambda f: installed if context.is_installed(f.filename)
                   else (unsupported if f.unsupported_reason else "")),
        ])  # fmt: skip
        self.file_view = make_table(self.file_model)
        self.file_view.setAccessibleName(self.tr("GGUF files of the chosen repository"))
        self.file_view.setAccessibleDescription(
            self.tr("One file per quantisation; double-click downloads it"))
        self.file_view.selectionModel().selectionChanged.connect(self._show_file)
        self.file_view.doubleClicked.connect(lambda _index: self.download_selected_file())
        self.file_note = QLabel(
            self.tr("Pick a repository, then a file (quantisation) to download."))
        self.file_note.setWordWrap(True)
        self.file_download = QPushButton(self.tr("Download", "verb: download the model"))
        self.file_download.setAccessibleDescription(
            self.tr("Download the chosen file into the models folder"))
        self.file_download.setEnabled(False)
        self.file_download.clicked.connect(self.download_selected_file)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.repo_view)
        split.addWidget(self.file_view)
        self.empty = EmptyState(
            "search", self.tr("Search Hugging Face for a model"),
            self.tr("Type a name above, e.g. “qwen 7b” or “llama 3.2”, and press Enter. Each "
                    "file then says whether it fits this computer."),
        )  # fmt: skip
        self.stack = EmptyStack(split, self.empty)
        self.stack.show_empty(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.file_note, 1)
        bottom.addWidget(self.file_download)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bottom)

    def search(self) -> None:
        query, sort = self.search_box.text(), self.sort_box.currentData()
        plain_text = self._context.settings.hf_token  # the token itself is looked up off-thread
        self.search_button.setEnabled(False)
        self.search_button.setText(self.tr("Searching…"))

        def shown(repos: list[hub.HubRepo]) -> None:
            self._search_done()
            self.repo_model.set_records(repos)
            self.file_model.set_records([])
            self.file_note.setText(self.tr("%n repositories found.", "", len(repos)) if repos
                                   else self.tr("Nothing found; try other words."))  # fmt: skip
            self._show_nothing_found(query, not repos)
            self.search_shown.emit()

        def failed(error: Exception) -> None:
            self._search_done()
            self.failed.emit(error)

        run_in_background(lambda: hub.search_repos(query, sort, 50, access_token(plain_text)),
                          shown, failed, self)  # fmt: skip

    def _show_nothing_found(self, query: str, nothing: bool) -> None:
        if nothing:
            words = query.strip()
            self.empty.set_message(
                self.tr("Nothing on Hugging Face matches “{words}”").format(words=words) if words
                else self.tr("Nothing found"),
                self.tr("Try other words, or fewer: a model family alone (“qwen”, “gemma”, "
                        "“phi”) finds the most. Only repositories with GGUF files are listed."),
            )  # fmt: skip
        self.stack.show_empty(nothing)

    def _search_done(self) -> None:
        self.search_button.setEnabled(True)
        self.search_button.setText(self.tr("Search", "verb"))

    def list_files(self) -> None:
        repo = selected_record(self.repo_view, self.repo_model)
        if repo is None:
            return
        plain_text = self._context.settings.hf_token  # the token itself is looked up off-thread
        probe_machine = self._context.probe_machine
        self.file_note.setText(self.tr("Listing the files of {repository}…").format(
            repository=repo.repo_id))
        self.file_model.set_records([])

        def shown(result: tuple[list[hub.HubFile], dict[str, Fit]]) -> None:
            files, self.file_verdicts = result
            self.file_model.set_records(files)
            note = (self.tr("%n GGUF files in {repository}.", "", len(files)) if files
                    else self.tr("{repository} has no GGUF files."))  # fmt: skip
            self.file_note.setText(note.format(repository=repo.repo_id))
            self.files_shown.emit()

        def failed(error: Exception) -> None:
            self.file_note.setText(describe(error))
            self.failed.emit(error)

        def work() -> tuple[list[hub.HubFile], dict[str, Fit]]:
            files = hub.list_gguf_files(repo.repo_id, token=access_token(plain_text))
            return files, hub_file_fits(files, probe_machine())

        run_in_background(work, shown, failed, self)

    def _show_file(self) -> None:
        file = selected_record(self.file_view, self.file_model)
        if file is None:
            self.file_download.setEnabled(False)
            return
        reason = self._unsupported_reason(file)
        installed = self._context.is_installed(file.filename)
        self.file_download.setEnabled(reason is None and not installed)
        self.file_note.setText(f"{file.filename}: {reason}" if reason else
                               f"{file.filename} · {format_size(file.size or 0)}")  # fmt: skip
        if reason is None:
            self._check_file_fit(file)

    def _check_file_fit(self, file: hub.HubFile) -> None:
        """Read the file's header from the Hub (its first megabytes) for an exact verdict."""
        plain_text = self._context.settings.hf_token  # the token itself is looked up off-thread
        probe_machine = self._context.probe_machine

        def work() -> Fit:
            facts = facts_for_hub_file(file.repo_id, file.filename, file.revision, file.size,
                                       access_token(plain_text))  # fmt: skip
            return assess(facts, probe_machine())

        def shown(fit: Fit) -> None:
            self.file_verdicts[file.filename] = fit
            self.file_model.refresh()
            if selected_record(self.file_view, self.file_model) == file:
                self.file_note.setText(f"{file.filename} · {format_size(file.size or 0)} · "
                                       f"{fit_summary(fit)}")  # fmt: skip
            self.file_fit_shown.emit(fit)

        run_in_background(work, shown, lambda _error: None, self)

    def _unsupported_reason(self, file: hub.HubFile) -> str | None:
        """HubFile.unsupported_reason (English, for the command line) in the window's language."""
        if file.is_split:
            return self.tr("split into %n files; gpt4local downloads single-file GGUFs only "
                           "(choose a smaller quantisation)", "", file.split_count or 0)
        if file.is_projector:
            return self.tr("a vision projector (mmproj), not a chat model")
        return file.unsupported_reason

    def download_selected_file(self) -> None:
        file = selected_record(self.file_view, self.file_model)
        if file is None or file.unsupported_reason or self._context.is_installed(file.filename):
            return
        spec = DownloadSpec(file.repo_id, file.filename, file.revision, file.size, file.sha256)
        self._context.downloads.enqueue(spec, self._context.models_dir)
