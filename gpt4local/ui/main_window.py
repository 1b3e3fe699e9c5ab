"""The main window: pick a model, chat with it, see what the engine is doing."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gpt4local.core.config import LoadSettings, SamplingSettings
from gpt4local.core.load_plan import MMAP_MODES
from gpt4local.core.messages import Message
from gpt4local.core.units import human_size
from gpt4local.settings import Settings, save_settings
from gpt4local.ui.background import run_in_background
from gpt4local.ui.download_manager import DownloadManager
from gpt4local.ui.engine_worker import EngineFactory, EngineThread, _real_engine
from gpt4local.ui.fit_dialog import LOAD_ANYWAY, LOAD_SUGGESTED, FitDialog
from gpt4local.ui.message_input import MessageInput
from gpt4local.ui.models_page import ModelsPage
from gpt4local.ui.transcript import Transcript

STOP_REASONS = {
    "eos": "finished",
    "length": "reached the answer length limit",
    "stop_string": "finished",
    "cancelled": "stopped",
    "context_full": "context full",
}


class MainWindow(QMainWindow):
    # path, LoadSettings, load even if it does not fit, memory-map mode ("auto", "on", "off")
    request_load = Signal(str, object, bool, str)
    # tuple[Message, ...], SamplingSettings, whether to continue the last (assistant) message
    request_generate = Signal(object, object, bool)
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
        self.sampling = SamplingSettings()
        self.history: list[Message] = []
        self.loaded_model: dict | None = None
        self._previous_model: dict | None = None
        self._unproven_entry: str | None = None
        self.generating = False
        self._picker_filled_once = False
        self._build_widgets()
        self._engine = EngineThread(engine_factory)
        worker = self._engine.worker
        self.request_load.connect(worker.load_model)
        self.request_generate.connect(worker.generate)
        worker.model_loaded.connect(self._on_model_loaded)
        worker.load_failed.connect(self._on_load_failed)
        worker.load_needs_confirmation.connect(self._ask_about_fit)
        worker.text_arrived.connect(self._on_text)
        worker.prompt_progress.connect(self._on_prompt_progress)
        worker.context_trimmed.connect(self._on_context_trimmed)
        worker.generation_finished.connect(self._on_generation_finished)
        worker.generation_failed.connect(self._on_generation_failed)
        if startup_message:
            self.show_error(startup_message)

    # --- layout -------------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.setWindowTitle("gpt4local")
        self.resize(900, 700)
        self.model_picker = QComboBox()
        self.model_picker.setMinimumWidth(320)
        self.model_picker.setAccessibleName("Model")
        self.model_picker.activated.connect(self._on_model_chosen)
        self.add_model_button = QPushButton("Add model file…")
        self.add_model_button.clicked.connect(self._ask_for_model_file)
        self.new_chat_button = QPushButton("New chat")
        self.new_chat_button.clicked.connect(self.new_chat)
        top = QHBoxLayout()
        top.addWidget(QLabel("Model:"))
        top.addWidget(self.model_picker, 1)
        top.addWidget(self.add_model_button)
        top.addWidget(self.new_chat_button)

        self.error_banner = QLabel()
        self.error_banner.setWordWrap(True)
        self.error_banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_banner.setStyleSheet(
            "QLabel { background: #fdecea; color: #611a15; border: 1px solid #f5c2c0;"
            " border-radius: 4px; padding: 6px; }"
        )
        self.error_banner.hide()

        self.transcript = Transcript()
        self.input = MessageInput()
        self.input.submitted.connect(self.send)
        self.send_button = QPushButton("Send")
        self.send_button.setMinimumWidth(90)
        self.send_button.clicked.connect(self._on_send_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.input, 1)
        bottom.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignBottom)

        chat_page = QWidget()
        layout = QVBoxLayout(chat_page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.transcript, 1)
        layout.addLayout(bottom)

        self.downloads = DownloadManager(token=lambda: self.settings.hf_token or None)
        self.models_page = ModelsPage(self.settings, self.downloads, self._save_settings)
        self.models_page.use_model.connect(self._use_model_from_page)
        self.models_page.models_changed.connect(self._fill_picker)
        self.models_page.message.connect(self.show_error)
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
        self.statusBar().addPermanentWidget(self.busy_bar)
        self.statusBar().addPermanentWidget(self.model_status)

        stop_action = QAction("Stop generating", self)
        stop_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        stop_action.triggered.connect(self.stop)
        new_chat_action = QAction("New chat", self)
        new_chat_action.setShortcut(QKeySequence.StandardKey.New)
        new_chat_action.triggered.connect(self.new_chat)
        self.addActions([stop_action, new_chat_action])

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

    def show_error(self, message: str) -> None:
        self.error_banner.setText(message)
        self.error_banner.show()

    def clear_error(self) -> None:
        self.error_banner.clear()
        self.error_banner.hide()

    # --- models -------------------------------------------------------------------------------

    def refresh_models(self) -> None:
        """Rescan in the background; the picker follows the Models page's installed list."""
        self.models_page.refresh_installed()

    def _fill_picker(self) -> None:
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
        if current:
            self.model_picker.setCurrentIndex(max(0, self.model_picker.findData(current)))
        if not models:
            self.model_picker.setItemText(
                0, "No models yet — download one in the Models tab, or “Add model file…”"
            )

    def _on_model_chosen(self, index: int) -> None:
        path = self.model_picker.itemData(index)
        if path:
            self.load_model(path)

    def _ask_for_model_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Add a GGUF model file", str(Path.home()), "GGUF models (*.gguf);;All files (*)"
        )
        if path:
            self.add_model_file(path)

    def _use_model_from_page(self, path: str) -> None:
        self.pages.setCurrentIndex(0)
        if self.model_picker.findData(path) < 0:
            self.model_picker.addItem(Path(path).stem, path)
        self.model_picker.setCurrentIndex(self.model_picker.findData(path))
        self.load_model(path)

    def add_model_file(self, path: str) -> None:
        """Side-load a file from anywhere; it is remembered once it has loaded successfully."""
        if self.model_picker.findData(path) < 0:
            self.model_picker.addItem(Path(path).stem, path)
            self._unproven_entry = path  # dropped from the picker again if the load fails
        self.model_picker.setCurrentIndex(self.model_picker.findData(path))
        self.load_model(path)

    def load_model(self, path: str, load: LoadSettings | None = None, force: bool = False) -> None:
        """Load in the worker; it first checks the memory and may ask (``fit_question``)."""
        if self.generating:
            self.stop()
        self.clear_error()
        if self.loaded_model is not None:
            self._previous_model = self.loaded_model
        self.loaded_model = None
        self.model_status.clear()
        self._set_busy(f"Loading {Path(path).name}…")
        self._update_controls()
        if load is None:
            load = LoadSettings(n_ctx=self.settings.context_length, n_threads=self.settings.threads)
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
        self.model_status.setText(
            f"{info['model_name']} · {info['device']} · context {info['n_ctx']:,}"
        )
        index = self.model_picker.findData(str(info["path"]))
        if index >= 0:
            self.model_picker.setCurrentIndex(index)

    def _on_model_loaded(self, info: dict) -> None:
        self._set_busy(None)
        path = str(info["path"])
        if path == self._unproven_entry and path not in self.settings.side_loaded_models:
            self.settings.side_loaded_models.append(path)
            self.refresh_models()  # it joins the installed list
        self._unproven_entry = None
        self._show_loaded_model(info)
        if info.get("gpu_fallback_reason"):
            self.show_error(info["gpu_fallback_reason"])
        if not info["template_origin"].startswith("gguf"):
            family = info["template_origin"].split(":")[-1]
            self.statusBar().showMessage(
                f"This model has no chat template; using the {family} format.", 8000
            )
        self.settings.last_model = str(info["path"])
        self._save_settings()
        self._update_controls()
        self.input.setFocus()
        self.model_ready.emit(info)

    def _on_load_failed(self, message: str, previous_still_loaded: bool) -> None:
        self._restore_previous(previous_still_loaded)
        self.show_error(message)
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
        snapshot = dataclasses.replace(
            self.settings, side_loaded_models=list(self.settings.side_loaded_models)
        )
        run_in_background(
            lambda: save_settings(snapshot),
            lambda _: None,
            lambda e: self.show_error(f"Could not save settings: {e}"),
            self,
        )

    # --- chat ---------------------------------------------------------------------------------

    def _update_controls(self) -> None:
        self.send_button.setText("Stop" if self.generating else "Send")
        self.send_button.setEnabled(self.generating or self.loaded_model is not None)
        self.model_picker.setEnabled(not self.generating)
        self.add_model_button.setEnabled(not self.generating)

    def _on_send_button(self) -> None:
        if self.generating:
            self.stop()
        else:
            self.send()

    def send(self) -> None:
        text = self.input.toPlainText().strip()
        if not text or self.generating:
            return
        if self.loaded_model is None:
            self.show_error("Choose a model first — your message is kept in the box.")
            return
        self.clear_error()
        self.history.append(Message("user", text))
        self.input.clear()
        self.transcript.add_message("user", text)
        self.transcript.begin_answer()
        self.generating = True
        self._update_controls()
        # Until the first words arrive (a long history can take seconds on a CPU) show activity;
        # prompt_progress then turns it into a determinate bar.
        self._set_busy("Reading the conversation…")
        self.request_generate.emit(tuple(self.history), self.sampling, False)

    def stop(self) -> None:
        if self.generating:
            self._engine.worker.request_stop()

    def new_chat(self) -> None:
        if self.generating:
            return
        self.history.clear()
        self.transcript.clear()
        self.clear_error()
        self.input.setFocus()

    def _on_prompt_progress(self, done: int, total: int) -> None:
        if done < total:
            self._set_busy(f"Reading the conversation… {done:,}/{total:,} tokens", done, total)

    def _on_context_trimmed(self, dropped: int) -> None:
        self.statusBar().showMessage(
            f"The conversation is longer than the context: the oldest {dropped} messages were "
            "left out of the model's view.",
            10000,
        )

    def _on_text(self, text: str) -> None:
        if self.busy_bar.isVisible():
            self._set_busy(None)
        self.transcript.append_answer_text(text)

    def _on_generation_finished(self, stats: dict) -> None:
        self.generating = False
        self._set_busy(None)
        if stats["stop_reason"] == "cancelled" and not stats["text"]:
            # Stopped before a word was written: as if never sent, and the message is kept.
            self._retract_last_message()
            self.statusBar().showMessage("Stopped before the answer began.")
        else:
            self.history.append(Message("assistant", stats["text"]))
            self.transcript.end_answer()
            reason = STOP_REASONS.get(stats["stop_reason"], stats["stop_reason"])
            self.statusBar().showMessage(
                f"{stats['completion_tokens']} tokens · {stats['tokens_per_s']:.1f} tokens/s · "
                f"first token after {stats['ttft_s']:.2f} s · {reason}"
            )
        self._update_controls()
        self.answer_finished.emit(stats)

    def _retract_last_message(self) -> None:
        """Take back the unanswered user message, returning its text to the box if that is empty."""
        failed = self.history.pop() if self.history and self.history[-1].role == "user" else None
        self.transcript.show_history(self.history)
        if failed and not self.input.toPlainText().strip():
            self.input.setPlainText(failed.content)

    def _on_generation_failed(self, message: str) -> None:
        """Nothing typed is lost: the message goes back into the box, the history is unchanged."""
        self.generating = False
        self._set_busy(None)
        self._retract_last_message()
        self.show_error(message)
        self._update_controls()
        self.answer_failed.emit(message)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._engine.stop()
        self.downloads.shutdown()
        super().closeEvent(event)
