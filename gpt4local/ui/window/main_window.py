"""The main window: pick a model, chat with it, see what the engine is doing."""

from __future__ import annotations

import contextlib
import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QProgressBar, QTabWidget, QVBoxLayout, QWidget

from gpt4local.core.chats.store import Conversation
from gpt4local.core.fit.load_plan import MMAP_MODES
from gpt4local.core.hub.access_token import access_token
from gpt4local.core.inference.options import LoadSettings, SamplingSettings
from gpt4local.core.messages import Message
from gpt4local.core.settings import (
    Settings,
    copy_settings,
    load_for,
    sampling_for,
    save_settings,
    system_prompt_for,
    template_override_for,
)
from gpt4local.ui.background import run_in_background
from gpt4local.ui.chat.model_picker import ModelPicking
from gpt4local.ui.chat.page import ChatPage
from gpt4local.ui.chat.session import ChatSession
from gpt4local.ui.engine.fit_dialog import LOAD_ANYWAY, LOAD_SUGGESTED, FitDialog
from gpt4local.ui.engine.worker import EngineFactory, EngineThread, _real_engine
from gpt4local.ui.models.download_manager import DownloadManager
from gpt4local.ui.models.page import ModelsPage
from gpt4local.ui.window.error_banner import Cause, ErrorBanner
from gpt4local.ui.window.menus import WindowMenus


class MainWindow(ModelPicking, WindowMenus):
    # path, LoadSettings, load even if it does not fit, memory-map mode ("auto", "on", "off")
    request_load = Signal(str, object, bool, str)
    # Emitted on the GUI thread once the window has shown the outcome (tests and future panels).
    model_ready = Signal(dict)
    model_failed = Signal(str)
    fit_question = Signal(object)  # the FitDialog, once shown
    answer_finished = Signal(dict)
    answer_failed = Signal(str)

    def __init__(
        self,
        settings: Settings | None = None,
        engine_factory: EngineFactory = _real_engine,
        startup_message: str | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.sampling: SamplingSettings | None = None  # None: the settings' (per model)
        self.loaded_model: dict | None = None
        self._previous_model: dict | None = None
        self._unproven_entry: str | None = None
        self._picker_filled_once = False
        self._shut_down = False
        self._build_widgets()
        self._engine = EngineThread(engine_factory)
        worker = self._engine.worker
        self.request_load.connect(worker.load_model)
        self.chat.request_generate.connect(worker.generate)
        self.chat.request_title.connect(worker.generate_title)
        self.chat.prefill.requested.connect(worker.prefill)
        # Direct: Send must reach a running prefill now, not after it (the worker is busy).
        direct = Qt.ConnectionType.DirectConnection
        self.chat.prefill.superseded.connect(worker.supersede_prefills, direct)
        worker.title_ready.connect(self.chat.session.title_from_model)
        worker.model_loaded.connect(self._on_model_loaded)
        worker.load_failed.connect(self._on_load_failed)
        worker.load_needs_confirmation.connect(self._ask_about_fit)
        worker.text_arrived.connect(self.chat.on_text)
        worker.prompt_progress.connect(self.chat.on_prompt_progress)
        worker.context_trimmed.connect(self.chat.on_context_trimmed)
        worker.generation_finished.connect(self.chat.on_finished)
        worker.generation_failed.connect(self.chat.on_failed)
        self.chat.answer_finished.connect(self.answer_finished)
        self.chat.answer_failed.connect(self.answer_failed)
        self.chat.session.problem.connect(self.show_error)
        self.chat.session.resolved.connect(self.resolve_error)
        self.restore_state()
        self.chat.session.open(self.settings.last_conversation_id)
        default = self.settings.default_model
        if default and Path(default).is_file():
            self.load_model(default)
        if startup_message:  # after the load starts: starting one clears the banner
            self.show_error(startup_message)

    # --- layout -------------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.setWindowTitle("gpt4local")
        self.resize(900, 700)
        self.error_banner = ErrorBanner()

        self.chat = ChatPage(self, ChatSession())
        chat_page = self.chat
        # The names the rest of the window (and its tests) use for the chat's widgets.
        self.model_picker = chat_page.model_picker
        self.add_model_button = chat_page.add_model_button
        self.transcript, self.input = chat_page.transcript, chat_page.input
        self.send_button, self.sidebar = chat_page.send_button, chat_page.sidebar
        self.model_picker.activated.connect(self._on_model_chosen)
        self.add_model_button.clicked.connect(self._ask_for_model_file)

        # Called on the download thread: the keychain may wait for an unlock prompt.
        self.downloads = DownloadManager(token=lambda: access_token(self.settings.hf_token))
        self.models_page = ModelsPage(self.settings, self.downloads, self._save_settings)
        self.models_page.use_model.connect(self._use_model_from_page)
        self.models_page.models_changed.connect(self._fill_picker)
        self.models_page.message.connect(lambda text: self.show_error(text, Cause.LIBRARY))
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(chat_page, "Chat")
        self.pages.addTab(self.models_page, "Models")

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.addWidget(self.error_banner)
        outer.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.busy_bar = QProgressBar()
        self.busy_bar.setMaximumWidth(180)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        self.model_status = QLabel("No model loaded")
        self.answer_stats = QLabel()  # the last answer of the chat on screen
        self.statusBar().addPermanentWidget(self.busy_bar)
        self.statusBar().addPermanentWidget(self.answer_stats)
        self.statusBar().addPermanentWidget(self.model_status)

        self._build_menus()

    def _set_busy(self, text: str | None, done: int = 0, total: int = 0) -> None:
        """Show (or hide, with None) the progress bar; total 0 means 'busy, length unknown'."""
        if text is None:
            self.busy_bar.hide()
            self.statusBar().clearMessage()
            return
        self.busy_bar.setRange(0, total)
        self.busy_bar.setValue(done)
        self.busy_bar.show()
        self.statusBar().showMessage(text)

    def show_error(self, message: str, cause: Cause | None = None) -> None:
        """In the banner until closed, or until ``cause`` is resolved (see error_banner)."""
        self.error_banner.show_message(message, cause)

    def resolve_error(self, *causes: Cause) -> None:
        self.error_banner.resolve(*causes)

    # --- models -------------------------------------------------------------------------------

    def refresh_models(self) -> None:
        """Rescan in the background; the picker follows the Models page's installed list."""
        self.models_page.refresh_installed()

    def load_model(self, path: str, load: LoadSettings | None = None, force: bool = False) -> None:
        """Load in the worker; it first checks the memory and may ask (``fit_question``)."""
        if self.generating:
            self.stop()
        if self.loaded_model is not None:
            self._previous_model = self.loaded_model
        self.loaded_model = None
        self.model_status.clear()
        self._set_busy(f"Loading {Path(path).name}…")
        self._update_controls()
        if load is None:
            try:
                load = load_for(self.settings, path)
            except ValueError as error:
                self.show_error(f"Load settings: {error}; the defaults are used.")
                load = LoadSettings()
            load = dataclasses.replace(load, chat_template=template_override_for(self.settings,
                                                                                 path))  # fmt: skip
        memory_map = self.settings.memory_map if self.settings.memory_map in MMAP_MODES else "auto"
        self.request_load.emit(path, load, force, memory_map)

    def _ask_about_fit(self, path: str, fit: dict, asked: LoadSettings,
                       suggestion: LoadSettings | None) -> None:  # fmt: skip
        self._set_busy(None)
        self.fit_dialog = FitDialog(self, path, fit, asked, suggestion)

        def answered(result: int) -> None:
            if result == LOAD_SUGGESTED:
                self.load_model(path, self.fit_dialog.chosen_load)
            elif result == LOAD_ANYWAY:
                self.load_model(path, asked, force=True)
            else:  # cancelled: as if it had not been chosen; the current model stays
                self._restore_previous(previous_still_loaded=True)

        self.fit_dialog.finished.connect(answered)
        self.fit_dialog.open()
        self.fit_question.emit(self.fit_dialog)

    def _show_loaded_model(self, info: dict) -> None:
        self.loaded_model = info
        kv = info.get("kv_cache_type", "f16")
        self.model_status.setText(
            f"{info['model_name']} · {info['device']} · context {info['n_ctx']:,}"
            + (f" · {kv} KV cache" if kv != "f16" else "")
        )
        self._keep_in_picker(str(info["path"]))
        self.model_picker.setCurrentIndex(self.model_picker.findData(str(info["path"])))

    def _on_model_loaded(self, info: dict) -> None:
        self._set_busy(None)
        path = str(info["path"])
        if path == self._unproven_entry and path not in self.settings.side_loaded_models:
            self.settings.side_loaded_models.append(path)
            self.refresh_models()  # it joins the installed list
        self._unproven_entry = None
        self._show_loaded_model(info)
        self.resolve_error(Cause.MODEL)  # "choose a model first", an earlier failed load
        if info.get("fallback_reason"):
            self.show_error(info["fallback_reason"], Cause.MODEL)
        if not info["template_origin"].startswith("gguf"):
            family = info["template_origin"].split(":")[-1]
            self.statusBar().showMessage(
                f"This model has no usable chat template; using the {family} format.", 8000
            )
        self.settings.last_model = str(info["path"])
        self._save_settings()
        self._update_controls()
        self.chat.session.update_current(model_path=str(info["path"]))  # the chat remembers it
        self.input.setFocus()
        self.model_ready.emit(info)

    def _on_load_failed(self, message: str, previous_still_loaded: bool) -> None:
        self._restore_previous(previous_still_loaded)
        self.show_error(message, Cause.MODEL)
        self.model_failed.emit(message)

    def _restore_previous(self, previous_still_loaded: bool) -> None:
        """After a load that did not happen: show the model that is still loaded, if any."""
        self._set_busy(None)
        if self._unproven_entry:
            self.model_picker.removeItem(self.model_picker.findData(self._unproven_entry))
            self._unproven_entry = None
        if previous_still_loaded and self._previous_model:
            self._show_loaded_model(self._previous_model)
        else:
            self.model_status.setText("No model loaded")
            self.model_picker.setCurrentIndex(0)
        self._update_controls()

    def _save_settings(self) -> None:
        snapshot = copy_settings(self.settings)  # a deep copy: the nested dicts change later
        run_in_background(
            lambda: save_settings(snapshot),
            lambda _: self.resolve_error(Cause.SETTINGS),
            lambda e: self.show_error(f"Could not save settings: {e}", Cause.SETTINGS),
            self,
        )

    # --- chat (the flow itself is in ChatPage) ------------------------------------------------

    @property
    def history(self) -> list[Message]:
        return self.chat.history

    @property
    def generating(self) -> bool:
        return self.chat.generating

    def send(self) -> None:
        self.chat.send()

    def stop(self) -> None:
        self.chat.stop()

    def stop_engine(self) -> None:
        self._engine.worker.request_stop()

    def new_chat(self) -> None:
        self.chat.new_chat()

    def _update_controls(self) -> None:
        self.chat.update_controls()

    def sampling_for_chat(self) -> SamplingSettings:
        """The chat's own settings (remembered when it began), else the model's from the
        settings; ``self.sampling`` overrides both (scripts, tests)."""
        if self.sampling is not None:
            return self.sampling
        conversation = self.chat.session.current
        if conversation is not None and conversation.settings:
            with contextlib.suppress(TypeError, ValueError):  # a chat from an older version
                return SamplingSettings(**conversation.settings)
        model = self.loaded_model["path"] if self.loaded_model else ""
        try:
            return sampling_for(self.settings, str(model))
        except ValueError as error:  # settings edited by hand: say so, answer with defaults
            self.show_error(f"Generation settings: {error}; the defaults are used.")
            return SamplingSettings()

    def system_prompt_for_chat(self) -> str:
        return system_prompt_for(self.settings, self._loaded_path())

    def _loaded_path(self) -> str:
        return str(self.loaded_model["path"]) if self.loaded_model else ""

    def chat_settings(self) -> dict:
        """What a new chat remembers: the generation settings it starts with."""
        return dataclasses.asdict(self.sampling_for_chat())

    def prefill_while_typing(self) -> bool:
        return self.settings.prefill_while_typing

    def show_status(self, text: str, timeout_ms: int = 0) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def set_busy(self, text: str | None, done: int = 0, total: int = 0) -> None:
        self._set_busy(text, done, total)

    def show_answer_stats(self, text: str) -> None:
        self.answer_stats.setText(text)

    def chat_opened(self, conversation: Conversation | None, use_its_model: bool) -> None:
        """A chat is on screen; a saved one chosen by the user brings its model when it differs
        from the loaded one (an imported one does not: its file chose nothing for this machine)."""
        self.settings.last_conversation_id = conversation.id if conversation else None
        wanted = conversation.model_path if conversation and use_its_model else None
        loaded = str(self.loaded_model["path"]) if self.loaded_model else None
        if wanted and wanted != loaded and Path(wanted).is_file():
            self.load_model(wanted)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop the threads and save, once: on close, and also when the application quits
        without closing the window (the session ends, the display goes away), so no QThread is
        destroyed while running — Qt aborts the process when that happens."""
        if self._shut_down:
            return
        self._shut_down = True
        self.chat.close_for_quit()  # the answer so far is saved before the store closes
        self.settings.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode()
        self.settings.splitter_state = bytes(
            self.chat.splitter.saveState().toBase64().data()).decode()  # fmt: skip
        self.settings.last_conversation_id = self.chat.session.current_id
        self._engine.stop()
        self.downloads.shutdown()
        self.chat.session.close()
        with contextlib.suppress(OSError):  # a full disk must not turn quitting into a crash
            save_settings(copy_settings(self.settings))
