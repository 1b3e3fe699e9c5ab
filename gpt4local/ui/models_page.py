"""The Models page: the curated catalog, Hugging Face search, installed models, downloads.

Every network call, folder scan and header read runs through ``run_in_background``; the page
only shows results. Downloads are handed to the DownloadManager.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gpt4local.core import catalog as catalog_module
from gpt4local.core import hub
from gpt4local.core.catalog import Catalog, CatalogEntry
from gpt4local.core.download_files import DownloadSpec
from gpt4local.core.errors import UserFacingError
from gpt4local.core.library import InstalledModel, delete_model, installed_models
from gpt4local.core.memory_fit import Fit, assess
from gpt4local.core.model_facts import facts_for_file, facts_from_size
from gpt4local.core.recommend import best_for_machine, catalog_fits
from gpt4local.core.remote_header import facts_for_hub_file
from gpt4local.core.system_probe import probe
from gpt4local.core.units import human_size
from gpt4local.settings import Settings, models_folder
from gpt4local.ui.background import run_in_background
from gpt4local.ui.download_manager import DownloadManager
from gpt4local.ui.downloads_panel import DownloadsPanel
from gpt4local.ui.fit_labels import verdict_cell, verdict_tooltip
from gpt4local.ui.table_model import Column, RecordTableModel


def _parameters(count: float | None) -> str:
    """3_212_749_824 -> '3.2 B', 217_000 -> '0.2 M' (synthetic test models are tiny)."""
    if not count:
        return "?"
    return f"{count / 1e9:.1f} B" if count >= 1e8 else f"{count / 1e6:.1f} M"


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
    view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
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


class ModelsPage(QWidget):
    use_model = Signal(str)  # path: the user wants to chat with this model
    models_changed = Signal()  # installed models appeared or went
    message = Signal(str)  # an error or notice for the window's banner
    # For tests: emitted on the GUI thread once results are on screen.
    catalog_shown = Signal()
    search_shown = Signal()
    files_shown = Signal()
    installed_shown = Signal()
    file_fit_shown = Signal(object)  # the exact Fit of the picked Hub file

    def __init__(self, settings: Settings, downloads: DownloadManager,
                 save_settings: Callable[[], None]) -> None:  # fmt: skip
        super().__init__()
        self.settings = settings
        self.downloads = downloads
        self._save_settings = save_settings
        self.catalog: Catalog | None = None
        self.installed: list[InstalledModel] = []
        self.catalog_verdicts: dict[str, Fit] = {}  # by catalog id
        self.installed_verdicts: dict[str, Fit] = {}  # by path
        self.file_verdicts: dict[str, Fit] = {}  # by repo file name; exact once selected
        self.best: CatalogEntry | None = None
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_catalog_tab(), "Catalog")
        self.tabs.addTab(self._build_hub_tab(), "Hugging Face")
        self.tabs.addTab(self._build_installed_tab(), "Installed")
        self.downloads_panel = DownloadsPanel(downloads)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.downloads_panel)
        downloads.completed.connect(lambda _path: self.refresh_installed())
        self.load_catalog()
        self.refresh_installed()
        downloads.restore_paused(self.models_dir)

    @property
    def models_dir(self) -> Path:
        return models_folder(self.settings)

    def _token(self) -> str | None:
        return self.settings.hf_token or None

    def _fail(self, error: Exception) -> None:
        self.message.emit(str(error))

    # --- catalog -------------------------------------------------------------------------------

    def _build_catalog_tab(self) -> QWidget:
        installed = lambda e: "✓ installed" if self._is_installed(e.filename) else ""  # noqa: E731
        self.catalog_model: RecordTableModel[CatalogEntry] = RecordTableModel([
            Column("Model", lambda e: ("★ " if e.recommended else "") + e.name,
                   sort_key=lambda e: ("0" if e.recommended else "1") + e.name.lower()),
            Column("Size", lambda e: human_size(e.size_bytes), lambda e: e.size_bytes, True),
            Column("Parameters", lambda e: f"{e.parameters_billions:g} B",
                   lambda e: e.parameters_billions, True),
            Column("Quantisation", lambda e: e.quantization),
            Column("Context", lambda e: f"{e.context_length:,}", lambda e: e.context_length, True),
            Column("License", lambda e: e.license),
            Column("On this computer", lambda e: verdict_cell(self.catalog_verdicts.get(e.id)),
                   tooltip=lambda e: verdict_tooltip(self.catalog_verdicts.get(e.id))),
            Column("", installed),
        ])  # fmt: skip
        self.catalog_view = make_table(self.catalog_model)
        self.catalog_view.selectionModel().selectionChanged.connect(self._show_catalog_entry)
        self.catalog_view.doubleClicked.connect(lambda _index: self.download_selected_entry())
        self.catalog_detail = QLabel("Choose a model to read about it. ★ = a good first choice.")
        self.catalog_detail.setWordWrap(True)
        self.catalog_download = QPushButton("Download")
        self.catalog_download.setEnabled(False)
        self.catalog_download.clicked.connect(self.download_selected_entry)
        row = QHBoxLayout()
        row.addWidget(self.catalog_detail, 1)
        row.addWidget(self.catalog_download, 0, Qt.AlignmentFlag.AlignTop)
        self.best_label = QLabel()
        self.best_label.setWordWrap(True)
        self.best_label.hide()
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.best_label)
        layout.addWidget(self.catalog_view, 1)
        layout.addLayout(row)
        return tab

    def load_catalog(self) -> None:
        url = self.settings.catalog_url.strip()

        def work() -> tuple[Catalog, str | None, dict[str, Fit]]:
            catalog, note = (catalog_module.refresh_catalog(url) if url
                             else catalog_module.load_catalog())  # fmt: skip
            return catalog, note, catalog_fits(catalog, probe())

        run_in_background(work, self._show_catalog, self._fail, self)

    def _show_catalog(self, result: tuple[Catalog, str | None, dict[str, Fit]]) -> None:
        self.catalog, note, self.catalog_verdicts = result
        self.catalog_model.set_records(self.catalog.entries)
        self.catalog_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.best = best_for_machine(self.catalog, self.catalog_verdicts)
        if self.best is not None:
            fit = self.catalog_verdicts[self.best.id]
            self.best_label.setText(
                f"👍 Best for this computer: <b>{self.best.name}</b> — it needs "
                f"{human_size(fit.estimate.total_bytes)} and {human_size(fit.available_bytes)} "
                "is free now."
            )
            select_row(self.catalog_view, self.catalog_model, self.catalog.entries.index(self.best))
        else:
            self.best_label.setText("None of these models fits comfortably in the memory that "
                                    "is free now; close some programs, or look for a smaller "
                                    "quantisation on Hugging Face.")  # fmt: skip
        self.best_label.show()
        if note:
            self.message.emit(note)
        self.catalog_shown.emit()

    def _show_catalog_entry(self) -> None:
        entry = selected_record(self.catalog_view, self.catalog_model)
        self.catalog_download.setEnabled(entry is not None)
        if entry is None:
            return
        installed = self._is_installed(entry.filename)
        self.catalog_download.setEnabled(not installed)
        self.catalog_download.setText("Installed" if installed else
                                      f"Download {human_size(entry.size_bytes)}")  # fmt: skip
        self.catalog_detail.setText(
            f"<b>{entry.name}</b> — {entry.description}<br><small>{entry.repo_id} · "
            f"{entry.filename} · license {entry.license}</small>"
        )

    def download_selected_entry(self) -> None:
        entry = selected_record(self.catalog_view, self.catalog_model)
        if entry is None or self._is_installed(entry.filename):
            return
        spec = DownloadSpec(entry.repo_id, entry.filename, entry.revision, entry.size_bytes,
                            entry.sha256)  # fmt: skip
        self.downloads.enqueue(spec, self.models_dir)

    # --- Hugging Face --------------------------------------------------------------------------

    def _build_hub_tab(self) -> QWidget:
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText("Search Hugging Face for GGUF models, e.g. “qwen 7b”")
        self.search_box.returnPressed.connect(self.search)
        self.sort_box = QComboBox()
        for label, key in (("Most downloaded", "downloads"), ("Most liked", "likes"),
                           ("Recently updated", "recent"), ("Trending", "trending")):  # fmt: skip
            self.sort_box.addItem(label, key)
        self.search_button = QPushButton("Search")
        self.search_button.clicked.connect(self.search)
        self.token_button = QPushButton("Access token…")
        self.token_button.setToolTip("For gated models (Llama, Gemma…): a Hugging Face token of "
                                     "an account that accepted the model's conditions")  # fmt: skip
        self.token_button.clicked.connect(self._ask_for_token)
        bar = QHBoxLayout()
        bar.addWidget(self.search_box, 1)
        bar.addWidget(self.sort_box)
        bar.addWidget(self.search_button)
        bar.addWidget(self.token_button)
        self.repo_model: RecordTableModel[hub.HubRepo] = RecordTableModel([
            Column("Repository", lambda r: r.repo_id + ("  🔒 gated" if r.gated else "")),
            Column("Downloads", lambda r: f"{r.downloads:,}", lambda r: r.downloads, True),
            Column("Likes", lambda r: f"{r.likes:,}", lambda r: r.likes, True),
            Column("Updated", lambda r: r.last_modified.date().isoformat()
                   if r.last_modified else "", lambda r: str(r.last_modified or "")),
        ])  # fmt: skip
        self.repo_view = make_table(self.repo_model)
        self.repo_view.selectionModel().selectionChanged.connect(self.list_files)
        self.file_model: RecordTableModel[hub.HubFile] = RecordTableModel([
            Column("File", lambda f: f.filename, tooltip=lambda f: f.unsupported_reason),
            Column("Size", lambda f: human_size(f.size) if f.size else "?",
                   lambda f: f.size or 0, True),
            Column("Quantisation", lambda f: f.quantization or "?"),
            Column("On this computer", lambda f: verdict_cell(self.file_verdicts.get(f.filename)),
                   tooltip=lambda f: verdict_tooltip(self.file_verdicts.get(f.filename))),
            Column("", lambda f: "✓ installed" if self._is_installed(f.filename)
                   else ("not supported" if f.unsupported_reason else "")),
        ])  # fmt: skip
        self.file_view = make_table(self.file_model)
        self.file_view.selectionModel().selectionChanged.connect(self._show_file)
        self.file_view.doubleClicked.connect(lambda _index: self.download_selected_file())
        self.file_note = QLabel("Pick a repository, then a file (quantisation) to download.")
        self.file_note.setWordWrap(True)
        self.file_download = QPushButton("Download")
        self.file_download.setEnabled(False)
        self.file_download.clicked.connect(self.download_selected_file)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.repo_view)
        split.addWidget(self.file_view)
        bottom = QHBoxLayout()
        bottom.addWidget(self.file_note, 1)
        bottom.addWidget(self.file_download)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        return tab

    def _ask_for_token(self) -> None:
        token, accepted = QInputDialog.getText(
            self, "Hugging Face access token",
            "Token (starts with hf_; leave empty to use HF_TOKEN or your `hf auth login`):",
            QLineEdit.EchoMode.Password, self.settings.hf_token,
        )  # fmt: skip
        if accepted:
            self.set_token(token.strip())

    def set_token(self, token: str) -> None:
        self.settings.hf_token = token
        self._save_settings()

    def search(self) -> None:
        query, sort, token = self.search_box.text(), self.sort_box.currentData(), self._token()
        self.search_button.setEnabled(False)
        self.search_button.setText("Searching…")

        def shown(repos: list[hub.HubRepo]) -> None:
            self._search_done()
            self.repo_model.set_records(repos)
            self.file_model.set_records([])
            self.file_note.setText(f"{len(repos)} repositories found." if repos
                                   else "Nothing found; try other words.")  # fmt: skip
            self.search_shown.emit()

        def failed(error: Exception) -> None:
            self._search_done()
            self._fail(error)

        run_in_background(lambda: hub.search_repos(query, sort, 50, token), shown, failed, self)

    def _search_done(self) -> None:
        self.search_button.setEnabled(True)
        self.search_button.setText("Search")

    def list_files(self) -> None:
        repo = selected_record(self.repo_view, self.repo_model)
        if repo is None:
            return
        token = self._token()
        self.file_note.setText(f"Listing the files of {repo.repo_id}…")
        self.file_model.set_records([])

        def shown(result: tuple[list[hub.HubFile], dict[str, Fit]]) -> None:
            files, self.file_verdicts = result
            self.file_model.set_records(files)
            self.file_note.setText(f"{len(files)} GGUF files in {repo.repo_id}." if files
                                   else f"{repo.repo_id} has no GGUF files.")  # fmt: skip
            self.files_shown.emit()

        def failed(error: Exception) -> None:
            self.file_note.setText(str(error))
            self._fail(error)

        def work() -> tuple[list[hub.HubFile], dict[str, Fit]]:
            files = hub.list_gguf_files(repo.repo_id, token=token)
            system = probe()  # by size for now (approximate); exact when a file is picked
            return files, {f.filename: assess(facts_from_size(f.size), system)
                           for f in files if f.size}  # fmt: skip

        run_in_background(work, shown, failed, self)

    def _show_file(self) -> None:
        file = selected_record(self.file_view, self.file_model)
        if file is None:
            self.file_download.setEnabled(False)
            return
        reason = file.unsupported_reason
        installed = self._is_installed(file.filename)
        self.file_download.setEnabled(reason is None and not installed)
        self.file_note.setText(f"{file.filename}: {reason}" if reason else
                               f"{file.filename} · {human_size(file.size or 0)}")  # fmt: skip
        if reason is None:
            self._check_file_fit(file)

    def _check_file_fit(self, file: hub.HubFile) -> None:
        """Read the file's header from the Hub (its first megabytes) for an exact verdict."""
        token = self._token()

        def work() -> Fit:
            facts = facts_for_hub_file(file.repo_id, file.filename, file.revision, file.size,
                                       token)  # fmt: skip
            return assess(facts, probe())

        def shown(fit: Fit) -> None:
            self.file_verdicts[file.filename] = fit
            self.file_model.refresh()
            if selected_record(self.file_view, self.file_model) == file:
                self.file_note.setText(f"{file.filename} · {human_size(file.size or 0)} · "
                                       f"{fit.summary}")  # fmt: skip
            self.file_fit_shown.emit(fit)

        run_in_background(work, shown, lambda _error: None, self)

    def download_selected_file(self) -> None:
        file = selected_record(self.file_view, self.file_model)
        if file is None or file.unsupported_reason or self._is_installed(file.filename):
            return
        spec = DownloadSpec(file.repo_id, file.filename, file.revision, file.size, file.sha256)
        self.downloads.enqueue(spec, self.models_dir)

    # --- installed -----------------------------------------------------------------------------

    def _build_installed_tab(self) -> QWidget:
        self.installed_model: RecordTableModel[InstalledModel] = RecordTableModel([
            Column("Model", lambda m: m.path.stem + (" (added from elsewhere)"
                                                       if m.side_loaded else ""),
                   tooltip=lambda m: m.problem or m.name),
            Column("Size", lambda m: human_size(m.size), lambda m: m.size, True),
            Column("Quantisation", lambda m: m.quantization or "?"),
            Column("Parameters", lambda m: _parameters(m.parameters), lambda m: m.parameters or 0,
                   True),
            Column("Context", lambda m: f"{m.context_length:,}" if m.context_length else "?",
                   lambda m: m.context_length or 0, True),
            Column("On this computer",
                   lambda m: verdict_cell(self.installed_verdicts.get(str(m.path))),
                   tooltip=lambda m: verdict_tooltip(self.installed_verdicts.get(str(m.path)))),
            Column("File", lambda m: "⚠ " + m.problem if m.problem else str(m.path),
                   tooltip=lambda m: m.problem or str(m.path)),
        ])  # fmt: skip
        self.installed_view = make_table(self.installed_model)
        self.installed_view.doubleClicked.connect(lambda _index: self._use_selected())
        self.folder_label = QLabel()
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.use_button = QPushButton("Chat with it")
        self.use_button.clicked.connect(self._use_selected)
        self.delete_button = QPushButton("Delete…")
        self.delete_button.clicked.connect(self.delete_selected)
        self.reveal_button = QPushButton("Show in folder")
        self.reveal_button.clicked.connect(self._reveal_selected)
        self.folder_button = QPushButton("Change models folder…")
        self.folder_button.clicked.connect(self._ask_for_folder)
        buttons = QHBoxLayout()
        for button in (self.use_button, self.delete_button, self.reveal_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.folder_button)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.installed_view, 1)
        layout.addWidget(self.folder_label)
        layout.addLayout(buttons)
        return tab

    def refresh_installed(self) -> None:
        folder, side_loaded = self.models_dir, list(self.settings.side_loaded_models)

        def work() -> tuple[list[InstalledModel], dict[str, Fit]]:
            models, system, verdicts = installed_models(folder, side_loaded), probe(), {}
            for model in models:
                if model.problem is None:
                    with contextlib.suppress(UserFacingError):
                        verdicts[str(model.path)] = assess(facts_for_file(model.path), system)
            return models, verdicts

        def shown(result: tuple[list[InstalledModel], dict[str, Fit]]) -> None:
            models, self.installed_verdicts = result
            self.installed = models
            self.installed_model.set_records(models)
            self.folder_label.setText(f"Models folder: {folder}")
            self.catalog_model.refresh()  # the "installed" marks
            self.models_changed.emit()
            self.installed_shown.emit()

        run_in_background(work, shown, self._fail, self)

    def _is_installed(self, filename: str) -> bool:
        name = Path(filename).name
        return any(m.path.name == name and not m.side_loaded for m in self.installed)

    def _use_selected(self) -> None:
        model = selected_record(self.installed_view, self.installed_model)
        if model is not None:
            self.use_model.emit(str(model.path))

    def delete_selected(self, confirm: bool = True) -> None:
        model = selected_record(self.installed_view, self.installed_model)
        if model is None:
            return
        if model.side_loaded:
            question = (f"Remove {model.path.name} from the list? The file stays where it is "
                        f"({model.path.parent}).")  # fmt: skip
        else:
            question = f"Delete {model.path.name} ({human_size(model.size)}) from disk?"
        if confirm and not self._confirm("Delete model", question):
            return
        if model.side_loaded:
            if str(model.path) in self.settings.side_loaded_models:
                self.settings.side_loaded_models.remove(str(model.path))
                self._save_settings()
            self.refresh_installed()
            return
        folder = self.models_dir
        run_in_background(lambda: delete_model(model.path, folder),
                          lambda _: self.refresh_installed(), self._fail, self)  # fmt: skip

    def _confirm(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self, title, question)
        return answer == QMessageBox.StandardButton.Yes

    def _reveal_selected(self) -> None:
        model = selected_record(self.installed_view, self.installed_model)
        folder = model.path.parent if model else self.models_dir
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _ask_for_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Choose the models folder",
                                                  str(self.models_dir))  # fmt: skip
        if folder:
            self.set_models_folder(folder)

    def set_models_folder(self, folder: str) -> None:
        """Models already in the new folder are found; the old folder is left as it was."""
        self.settings.models_folder = folder
        self._save_settings()
        self.refresh_installed()
        self.downloads.restore_paused(Path(folder))
