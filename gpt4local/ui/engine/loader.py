"""Loading a model from the window: settings for it, the question when it does not fit, the
model selector kept in step (its list, the load in progress, the model in use), side-loaded
files remembered once they load, and the previous model shown again when a load does not happen
(a bad file is refused before anything is unloaded).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from gpt4local.core.fit.load_plan import MMAP_MODES
from gpt4local.core.inference.chat_backend import EngineInfo
from gpt4local.core.inference.options import LoadSettings
from gpt4local.core.service.events import LoadQuestion
from gpt4local.core.settings import Settings, load_for, template_override_for
from gpt4local.ui.engine.adapter import EngineAdapter
from gpt4local.ui.engine.fit_dialog import LOAD_ANYWAY, LOAD_SUGGESTED, FitDialog
from gpt4local.ui.i18n.core_messages import describe
from gpt4local.ui.model_selector.selector import ModelSelector


class ModelLoader(QObject):
    started = Signal(str)  # a load began: the path
    shown = Signal(object)  # the model in use changed: its EngineInfo, or None
    # After the window has shown the outcome (tests and future panels wait on these).
    ready = Signal(object)  # EngineInfo of the model just loaded
    failed = Signal(str)
    fit_question = Signal(object)  # the FitDialog, once shown
    problem = Signal(str)  # something to tell the user that did not stop the load

    def __init__(self, settings: Settings, engine: EngineAdapter, picker: ModelSelector,
                 window: QWidget, save_settings: Callable[[], None],
                 refresh_models: Callable[[], None]) -> None:  # fmt: skip
        super().__init__(window)
        self.settings, self.engine, self.picker = settings, engine, picker
        self._window = window
        self._save_settings, self._refresh_models = save_settings, refresh_models
        self.loaded_model: EngineInfo | None = None  # None while a load runs
        self._previous_model: EngineInfo | None = None
        self.fit_dialog: FitDialog | None = None
        picker.chosen.connect(self.load)
        engine.load_progress.connect(picker.show_load_progress)
        engine.model_loaded.connect(self._on_loaded)
        engine.load_failed.connect(self._on_failed)
        engine.load_question.connect(self._ask_about_fit)

    @property
    def loaded_path(self) -> str:
        return str(self.loaded_model.path) if self.loaded_model else ""

    def load(self, path: str, load: LoadSettings | None = None, force: bool = False) -> None:
        """Load in the engine; it first checks the memory and may ask (``fit_question``)."""
        if self.loaded_model is not None:
            self._previous_model = self.loaded_model
        self.loaded_model, self.picker.loaded = None, None
        self.picker.show_loading(path)
        self.started.emit(path)
        if load is None:
            try:
                load = load_for(self.settings, path)
            except ValueError as error:
                self.problem.emit(
                    self.tr("Load settings: {problem}; the defaults are used.").format(
                        problem=describe(error))
                )  # fmt: skip
                load = LoadSettings()
            load = dataclasses.replace(load, chat_template=template_override_for(self.settings,
                                                                                 path))  # fmt: skip
        memory_map = self.settings.memory_map if self.settings.memory_map in MMAP_MODES else "auto"
        self.engine.load(path, load, force, memory_map)

    def add_model_file(self, path: str) -> None:
        """Side-load a file from anywhere; it is remembered once it has loaded successfully."""
        if self.picker.keep(path):
            self.picker.unproven = path  # dropped from the picker again if the load fails
        self.picker.select(path)
        self.load(path)

    def use_model(self, path: str) -> None:
        """Chosen outside the picker (the Models page)."""
        self.picker.keep(path)
        self.picker.select(path)
        self.load(path)

    def _ask_about_fit(self, question: LoadQuestion) -> None:
        path = str(question.path)
        dialog = self.fit_dialog = FitDialog(self._window, path, question.fit, question.asked,
                                             question.suggestion)  # fmt: skip

        def answered(result: int) -> None:
            if result == LOAD_SUGGESTED:
                self.load(path, dialog.chosen_load)
            elif result == LOAD_ANYWAY:
                self.load(path, question.asked, force=True)
            else:  # cancelled: as if it had not been chosen; the current model stays
                self._restore_previous(previous_still_loaded=True)

        dialog.finished.connect(answered)
        dialog.open()
        self.fit_question.emit(dialog)

    def _on_loaded(self, info: EngineInfo) -> None:
        path = str(info.path)
        if path == self.picker.unproven and path not in self.settings.side_loaded_models:
            self.settings.side_loaded_models.append(path)
            self._refresh_models()  # it joins the installed list
        self.picker.unproven = None
        self.settings.last_model = path
        self._save_settings()
        self._show(info)
        self.ready.emit(info)

    def _on_failed(self, message: str, previous_still_loaded: bool) -> None:
        self._restore_previous(previous_still_loaded)
        self.failed.emit(message)

    def _restore_previous(self, previous_still_loaded: bool) -> None:
        """After a load that did not happen: show the model that is still loaded, if any."""
        if self.picker.unproven:
            self.picker.drop(self.picker.unproven)
            self.picker.unproven = None
        self._show(self._previous_model if previous_still_loaded else None)

    def _show(self, info: EngineInfo | None) -> None:
        self.loaded_model = info
        self.picker.loaded = str(info.path) if info else None
        self.picker.keep(self.picker.loaded)
        self.picker.select(self.picker.loaded)
        self.picker.show_model(info)
        self.shown.emit(info)
