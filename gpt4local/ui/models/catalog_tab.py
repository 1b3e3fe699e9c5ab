"""The Catalog tab of the Models page: the curated models, each with its verdict for this
computer, the best one picked for the user, and a Download button; if the catalog cannot be read,
why, and what to do instead."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from gpt4local.core.downloads.part_files import DownloadSpec
from gpt4local.core.fit.memory_fit import Fit
from gpt4local.core.fit.verdicts import best_for_machine, catalog_fits
from gpt4local.core.models import catalog as catalog_module
from gpt4local.core.models.catalog import Catalog, CatalogEntry
from gpt4local.ui.background import run_in_background
from gpt4local.ui.i18n.core_messages import describe
from gpt4local.ui.i18n.formatting import format_number, format_size
from gpt4local.ui.models.context import ModelsContext
from gpt4local.ui.models.fit_labels import parameters_text, verdict_cell, verdict_tooltip
from gpt4local.ui.theme import mark_primary
from gpt4local.ui.widgets.empty_state import EmptyStack, EmptyState
from gpt4local.ui.widgets.table_model import Column, RecordTableModel
from gpt4local.ui.widgets.tables import make_table, select_row, selected_record


class CatalogTab(QWidget):
    failed = Signal(object)  # the Exception that stopped loading the catalog
    message = Signal(str)  # a notice, e.g. that the catalog URL could not be reached
    hub_wanted = Signal()  # the catalog cannot be read: the user turns to Hugging Face
    # For tests: emitted on the GUI thread once results are on screen.
    shown = Signal()
    fetched = Signal()  # the catalog URL's answer (or its failure) was dealt with

    def __init__(self, context: ModelsContext) -> None:
        super().__init__()
        self._context = context
        self.catalog: Catalog | None = None
        self.verdicts: dict[str, Fit] = {}  # by catalog id
        self.best: CatalogEntry | None = None
        installed_mark = self.tr("✓ installed")
        installed = lambda e: installed_mark if context.is_installed(e.filename) else ""  # noqa: E731
        self.model: RecordTableModel[CatalogEntry] = RecordTableModel([
            Column(self.tr("Model"), lambda e: ("★ " if e.recommended else "") + e.name,
                   sort_key=lambda e: ("0" if e.recommended else "1") + e.name.lower()),
            Column(self.tr("Size"), lambda e: format_size(e.size_bytes), lambda e: e.size_bytes,
                   True),
            Column(self.tr("Parameters"), lambda e: parameters_text(e.parameters_billions),
                   lambda e: e.parameters_billions, True),
            Column(self.tr("Quantisation"), lambda e: e.quantization),
            Column(self.tr("Context"), lambda e: format_number(e.context_length),
                   lambda e: e.context_length, True),
            Column(self.tr("License"), lambda e: e.license),
            Column(self.tr("Fits here?"), lambda e: verdict_cell(self.verdicts.get(e.id)),
                   tooltip=lambda e: verdict_tooltip(self.verdicts.get(e.id))),
            Column("", installed),
        ])  # fmt: skip
        self.view = make_table(self.model)
        self.view.setAccessibleName(self.tr("Model catalog"))
        self.view.setAccessibleDescription(self.tr("★ marks a good first choice; double-click "
                                                   "downloads the chosen model"))  # fmt: skip
        self.view.selectionModel().selectionChanged.connect(self._show_entry)
        self.view.doubleClicked.connect(lambda _index: self.download_selected())
        self.empty = EmptyState("circle-alert", self.tr("The model catalog could not be read"))
        self.empty.add_action(self.tr("Try again"), self.load, self.tr("Read the catalog again"),
                              primary=True)  # fmt: skip
        self.empty.add_action(self.tr("Search Hugging Face"), self.hub_wanted.emit,
                              self.tr("Find a GGUF model on Hugging Face instead"))  # fmt: skip
        self.stack = EmptyStack(self.view, self.empty)
        self.detail = QLabel(self.tr("Choose a model to read about it. ★ = a good first choice."))
        self.detail.setWordWrap(True)
        self.download_button = QPushButton(self.tr("Download", "verb: download the model"))
        self.download_button.setAccessibleDescription(
            self.tr("Download the chosen model into the models folder"))
        mark_primary(self.download_button)
        self.download_button.setEnabled(False)
        self.download_button.clicked.connect(self.download_selected)
        row = QHBoxLayout()
        row.addWidget(self.detail, 1)
        row.addWidget(self.download_button, 0, Qt.AlignmentFlag.AlignTop)
        self.best_label = QLabel()
        self.best_label.setWordWrap(True)
        self.best_label.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.best_label)
        layout.addWidget(self.stack, 1)
        layout.addLayout(row)

    def load(self) -> None:
        """The local catalog (cached or bundled) at once; with a catalog URL set, the fetched one
        replaces it when it comes, so the tab is never empty while a slow server is asked."""
        url = self._context.settings.catalog_url.strip()
        probe_machine = self._context.probe_machine

        def with_fits(found: tuple[Catalog, str | None]) -> tuple[Catalog, str | None, dict]:
            return *found, catalog_fits(found[0], probe_machine())

        def local_shown(result: tuple[Catalog, str | None, dict[str, Fit]]) -> None:
            self._show_catalog(result)
            if url:
                run_in_background(lambda: with_fits(catalog_module.refresh_catalog(url)),
                                  self._show_fetched, self.failed.emit, self)  # fmt: skip

        run_in_background(lambda: with_fits(catalog_module.load_catalog()), local_shown,
                          self._show_unreadable, self)  # fmt: skip

    def _show_unreadable(self, error: Exception) -> None:
        """Neither the cached nor the bundled catalog could be read: say so where it would be."""
        reason = (describe(error) or type(error).__name__).rstrip(".。")
        self.empty.set_message(self.tr("The model catalog could not be read"),
                               self.tr("{reason}. Try again, or search Hugging Face for a model "
                                       "meanwhile.").format(reason=reason))  # fmt: skip
        self.stack.show_empty(self.catalog is None)
        self.failed.emit(error)

    def _show_fetched(self, result: tuple[Catalog, str | None, dict[str, Fit]]) -> None:
        catalog, note, _verdicts = result
        shown = self.catalog
        if shown is not None and (catalog.entries, catalog.updated) == (shown.entries,
                                                                        shown.updated):  # fmt: skip
            if note:  # the same models: keep the user's selection, just say what happened
                self.message.emit(note)
            self.fetched.emit()
            return
        self._show_catalog(result)
        self.fetched.emit()

    def _show_catalog(self, result: tuple[Catalog, str | None, dict[str, Fit]]) -> None:
        self.catalog, note, self.verdicts = result
        self.stack.show_empty(False)
        self.model.set_records(self.catalog.entries)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.best = best_for_machine(self.catalog, self.verdicts)
        if self.best is not None:
            fit = self.verdicts[self.best.id]
            self.best_label.setText(
                self.tr("Best for this computer: <b>{name}</b> — it needs {need} and {free} is "
                        "free now.").format(name=html.escape(self.best.name),
                                            need=format_size(fit.estimate.total_bytes),
                                            free=format_size(fit.available_bytes))
            )  # fmt: skip
            select_row(self.view, self.model, self.catalog.entries.index(self.best))
        else:
            self.best_label.setText(self.tr(
                "None of these models fits comfortably in the memory that is free now; close "
                "some programs, or look for a smaller quantisation on Hugging Face."))
        self.best_label.show()
        if note:
            self.message.emit(note)
        self.shown.emit()

    def _show_entry(self) -> None:
        entry = selected_record(self.view, self.model)
        self.download_button.setEnabled(entry is not None)
        if entry is None:
            return
        installed = self._context.is_installed(entry.filename)
        self.download_button.setEnabled(not installed)
        self.download_button.setText(
            self.tr("Installed") if installed else
            self.tr("Download {size}").format(size=format_size(entry.size_bytes)))  # fmt: skip
        # The description is catalog content (resources/catalog.json): English for now.
        self.detail.setText(
            f"<b>{entry.name}</b> — {entry.description}<br><small>{entry.repo_id} · "
            f"{entry.filename} · "
            + self.tr("license {license}").format(license=entry.license) + "</small>"
        )

    def download_selected(self) -> None:
        entry = selected_record(self.view, self.model)
        if entry is None or self._context.is_installed(entry.filename):
            return
        spec = DownloadSpec(entry.repo_id, entry.filename, entry.revision, entry.size_bytes,
                            entry.sha256)  # fmt: skip
        self._context.downloads.enqueue(spec, self._context.models_dir)
