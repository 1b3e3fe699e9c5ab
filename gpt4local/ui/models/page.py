"""The Models page: the curated catalog, Hugging Face search, installed models, downloads.

Every network call, folder scan and header read runs through ``run_in_background``; the page
only shows results. Downloads are handed to the DownloadManager.

The three tabs live in their own modules (catalog_tab, hub_tab, installed_tab). What they share
(settings, the download manager, the installed list) reaches them in a ModelsContext, and what
they have to say comes back as their signals, which this page connects to its own: the signals the
window listens to. The page also exposes the tabs' widgets under the names the window and the
tests use.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from gpt4local.core.fit.memory_fit import Fit
from gpt4local.core.fit.verdicts import scan_installed
from gpt4local.core.hub import access_token as hub_token
from gpt4local.core.models.catalog import Catalog, CatalogEntry
from gpt4local.core.models.library import InstalledModel
from gpt4local.core.settings import Settings
from gpt4local.ui.background import run_in_background
from gpt4local.ui.i18n.core_messages import describe
from gpt4local.ui.models.catalog_tab import CatalogTab
from gpt4local.ui.models.context import ModelsContext
from gpt4local.ui.models.download_manager import DownloadManager
from gpt4local.ui.models.downloads_panel import DownloadsPanel
from gpt4local.ui.models.folder_watch import ModelsFolderWatch
from gpt4local.ui.models.hub_tab import HubTab
from gpt4local.ui.models.installed_tab import InstalledTab
from gpt4local.ui.models.token_dialog import SAVE, TokenDialog


class ModelsPage(QWidget):
    use_model = Signal(str)  # path: the user wants to chat with this model
    add_model_file = Signal(str)  # path of a GGUF file from anywhere, to add to the list and load
    models_changed = Signal()  # installed models appeared or went
    message = Signal(str)  # an error or notice for the window's banner
    # For tests: emitted on the GUI thread once results are on screen.
    catalog_shown = Signal()
    catalog_fetched = Signal()  # the catalog URL's answer (or its failure) was dealt with
    search_shown = Signal()
    files_shown = Signal()
    installed_shown = Signal()
    file_fit_shown = Signal(object)  # the exact Fit of the picked Hub file
    token_changed = Signal()  # a token was saved in the keychain, or removed

    def __init__(self, settings: Settings, downloads: DownloadManager,
                 save_settings: Callable[[], None]) -> None:  # fmt: skip
        super().__init__()
        self.settings = settings
        self.downloads = downloads
        self.context = ModelsContext(settings, downloads, save_settings)
        self.catalog_tab = CatalogTab(self.context)
        self.hub_tab = HubTab(self.context)
        self.installed_tab = InstalledTab(self.context)
        self._connect_tabs()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.catalog_tab, self.tr("Catalog"))
        self.tabs.addTab(self.hub_tab, "Hugging Face")
        self.tabs.addTab(self.installed_tab, self.tr("Installed", "the tab of installed models"))
        self.tabs.setAccessibleName(self.tr("Where models come from"))
        for index, tip in enumerate((
            self.tr("Curated models, each judged for this computer"),
            self.tr("Search Hugging Face for any GGUF model"),
            self.tr("The models on this computer"),
        )):  # fmt: skip
            self.tabs.setTabToolTip(index, tip)
        self._expose_tab_widgets()
        self.downloads_panel = DownloadsPanel(downloads)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.downloads_panel)
        downloads.completed.connect(lambda _path: self.refresh_installed())
        self.folder_watch = ModelsFolderWatch(self)  # models dropped in or deleted meanwhile
        self.folder_watch.changed.connect(self.refresh_installed)
        self._scans = 0  # refreshes asked for: only the latest one's result is shown
        self.load_catalog()
        self.refresh_installed()
        downloads.restore_paused(self.models_dir)

    def _connect_tabs(self) -> None:
        catalog, hub, installed = self.catalog_tab, self.hub_tab, self.installed_tab
        for tab in (catalog, hub, installed):
            tab.failed.connect(self._fail)
        catalog.message.connect(self.message)
        catalog.hub_wanted.connect(self.show_hub)
        installed.hub_wanted.connect(self.show_hub)
        installed.catalog_wanted.connect(lambda: self.tabs.setCurrentWidget(catalog))
        installed.model_file_chosen.connect(self.add_model_file)
        catalog.shown.connect(self.catalog_shown)
        catalog.fetched.connect(self.catalog_fetched)
        hub.token_wanted.connect(self._ask_for_token)
        hub.search_shown.connect(self.search_shown)
        hub.files_shown.connect(self.files_shown)
        hub.file_fit_shown.connect(self.file_fit_shown)
        installed.use_model.connect(self.use_model)
        installed.changed.connect(self.refresh_installed)
        installed.folder_chosen.connect(self.set_models_folder)

    def _expose_tab_widgets(self) -> None:
        """The names the window and the tests use, from before the tabs had their own modules."""
        catalog, hub, installed = self.catalog_tab, self.hub_tab, self.installed_tab
        self.catalog_model, self.catalog_view = catalog.model, catalog.view
        self.catalog_detail, self.catalog_download = catalog.detail, catalog.download_button
        self.best_label = catalog.best_label
        self.search_box, self.sort_box = hub.search_box, hub.sort_box
        self.search_button, self.token_button = hub.search_button, hub.token_button
        self.repo_model, self.repo_view = hub.repo_model, hub.repo_view
        self.file_model, self.file_view = hub.file_model, hub.file_view
        self.file_note, self.file_download = hub.file_note, hub.file_download
        self.installed_model, self.installed_view = installed.model, installed.view
        self.use_button, self.delete_button = installed.use_button, installed.delete_button

    # What the catalog tab found; replaced on each load, so read through.
    @property
    def catalog(self) -> Catalog | None:
        return self.catalog_tab.catalog

    @property
    def catalog_verdicts(self) -> dict[str, Fit]:  # by catalog id
        return self.catalog_tab.verdicts

    @property
    def best(self) -> CatalogEntry | None:
        return self.catalog_tab.best

    @property
    def installed(self) -> list[InstalledModel]:
        return self.context.installed

    @property
    def models_dir(self) -> Path:
        return self.context.models_dir

    def show_hub(self) -> None:
        """The Hugging Face tab, ready for typing."""
        self.tabs.setCurrentWidget(self.hub_tab)
        self.search_box.setFocus()

    def _fail(self, error: Exception) -> None:
        self.message.emit(describe(error))

    def load_catalog(self) -> None:
        self.catalog_tab.load()

    def search(self) -> None:
        self.hub_tab.search()

    def list_files(self) -> None:
        self.hub_tab.list_files()

    def _ask_for_token(self) -> None:
        """The keychain is asked off the GUI thread: it may wait for an unlock prompt."""
        plain_text = self.settings.hf_token
        run_in_background(lambda: hub_token.token_status(plain_text), self._show_token_dialog,
                          self._fail, self)  # fmt: skip

    def _show_token_dialog(self, status: hub_token.TokenStatus) -> None:
        dialog = TokenDialog(status, self)
        if dialog.exec() and dialog.choice is not None:
            self.set_token(dialog.token if dialog.choice == SAVE else "")

    def set_token(self, token: str) -> None:
        """Save ``token`` in the keychain, or with "" remove the saved one. Either way a
        plain-text token an older version left in the settings goes."""

        def done(_result: None) -> None:
            if self.settings.hf_token:
                self.settings.hf_token = ""
                self.context.save_settings()
            self.token_changed.emit()

        work = (lambda: hub_token.save_token(token)) if token else hub_token.forget_token
        run_in_background(work, done, self._fail, self)

    # --- installed models: shared by all three tabs --------------------------------------------

    def refresh_installed(self) -> None:
        folder, side_loaded = self.models_dir, list(self.settings.side_loaded_models)
        probe_machine = self.context.probe_machine
        self.folder_watch.watch(folder)  # the folder may have moved (settings, Installed tab)
        self._scans += 1
        scan = self._scans

        def shown(result: tuple[list[InstalledModel], dict[str, Fit]]) -> None:
            if scan != self._scans:  # an older scan finishing late, e.g. of the old folder
                return
            models, verdicts = result
            self.folder_watch.shown(folder, [(str(m.path), m.size) for m in models
                                             if not m.side_loaded])  # fmt: skip
            self.context.installed = models
            self.installed_tab.show_models(models, verdicts, folder)
            self.catalog_model.refresh()  # the "installed" marks
            self.models_changed.emit()
            self.installed_shown.emit()

        def failed(error: Exception) -> None:  # e.g. the folder cannot be read; never blank
            reason = describe(error) or type(error).__name__
            self.message.emit(
                self.tr("Could not list the installed models: {reason}").format(reason=reason))

        run_in_background(lambda: scan_installed(folder, side_loaded, probe_machine()), shown,
                          failed, self)  # fmt: skip

    def delete_selected(self, confirm: bool = True) -> None:
        self.installed_tab.delete_selected(confirm)

    def set_models_folder(self, folder: str) -> None:
        """Models already in the new folder are found; the old folder is left as it was."""
        self.settings.models_folder = folder
        self.context.save_settings()
        self.refresh_installed()
        self.downloads.restore_paused(Path(folder))
