"""The main window: pick a model, chat with it, see what the engine is doing."""

from __future__ import annotations

import base64
import binascii
import contextlib
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QProgressBar, QWidget

from gpt4local.core.chats.store import Conversation
from gpt4local.core.hub.access_token import access_token
from gpt4local.core.inference.chat_backend import EngineInfo
from gpt4local.core.inference.options import SamplingSettings
from gpt4local.core.messages import Message
from gpt4local.core.service.engine_service import BackendFactory, EngineService, llama_backend
from gpt4local.core.settings import (
    Settings,
    copy_settings,
    sampling_for,
    save_settings,
    system_prompt_for,
)
from gpt4local.ui.background import run_in_background
from gpt4local.ui.chat.page import ChatPage
from gpt4local.ui.chat.session import ChatSession
from gpt4local.ui.engine.adapter import EngineAdapter
from gpt4local.ui.engine.loader import ModelLoader
from gpt4local.ui.i18n.core_messages import describe
from gpt4local.ui.model_selector.selector import SHORTCUT as CHOOSE_MODEL_SHORTCUT
from gpt4local.ui.model_selector.selector import ModelSelector
from gpt4local.ui.models.download_manager import DownloadManager
from gpt4local.ui.models.page import ModelsPage
from gpt4local.ui.settings.page import SettingsPage
from gpt4local.ui.welcome.link import WelcomeLink
from gpt4local.ui.window.error_banner import Cause, ErrorBanner
from gpt4local.ui.window.geometry import place_window
from gpt4local.ui.window.menus import WindowMenus
from gpt4local.ui.window.nav_rail import Navigation
from gpt4local.ui.window.settings_link import SettingsLink


class MainWindow(QMainWindow):
    answer_finished = Signal(object)  # GenerationStats
    answer_failed = Signal(str)

    def __init__(
        self,
        settings: Settings | None = None,
        engine_factory: BackendFactory = llama_backend,
        startup_message: str | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.sampling: SamplingSettings | None = None  # None: the settings' (per model)
        self._picker_filled_once = False
        self._shut_down = False
        self.engine = EngineAdapter(EngineService(engine_factory))
        self.loader = ModelLoader(self.settings, self.engine, ModelSelector(), self,
                                  self._save_settings, self.refresh_models)  # fmt: skip
        self._build_widgets()
        self.loader.started.connect(self._on_load_started)
        self.loader.shown.connect(self._show_model)
        self.loader.ready.connect(self._on_model_ready)
        self.loader.failed.connect(lambda message: self.show_error(message, Cause.MODEL))
        self.loader.problem.connect(self.show_error)
        self.chat.answer_finished.connect(self.answer_finished)
        self.chat.answer_failed.connect(self.answer_failed)
        self.chat.session.problem.connect(self.show_error)
        self.chat.session.resolved.connect(self.resolve_error)
        self.restore_state()
        self.chat.session.open(self.settings.last_conversation_id)
        default = self.settings.default_model
        if default and Path(default).is_file():
            self.loader.load(default)
        if startup_message:  # after the load starts: starting one clears the banner
            self.show_error(startup_message)

    # --- layout -------------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.setWindowTitle("gpt4local")
        self.error_banner = ErrorBanner()

        self.chat = ChatPage(self, ChatSession(), self.engine, self.loader)
        chat_page = self.chat
        # The names the rest of the window (and its tests) use for the chat's widgets.
        self.model_picker = chat_page.model_picker
        self.transcript, self.input = chat_page.transcript, chat_page.input
        self.send_button, self.sidebar = chat_page.send_button, chat_page.sidebar
        self.model_picker.add_file_requested.connect(self._ask_for_model_file)
        self.model_picker.manage_requested.connect(lambda: self.show_page("models"))

        # Called on the download thread: the keychain may wait for an unlock prompt.
        self.downloads = DownloadManager(token=lambda: access_token(self.settings.hf_token))
        self.models_page = ModelsPage(self.settings, self.downloads, self._save_settings)
        self.models_page.use_model.connect(self._use_model_from_page)
        self.models_page.add_model_file.connect(self.loader.add_model_file)
        self.models_page.models_changed.connect(self._fill_picker)
        self.models_page.message.connect(lambda text: self.show_error(text, Cause.LIBRARY))
        self.settings_page = SettingsPage(self.settings, self.loader.picker.model_paths())
        self.welcome = WelcomeLink(self.settings, self.models_page, self.loader, chat_page,
                                   self.settings_page, self.show_page)  # fmt: skip

        self.navigation = Navigation(self, self.error_banner)
        self.pages = self.navigation.stack
        self.add_page("home", self.tr("Home"), "house", self.welcome.page, ["Ctrl+0"])
        self.add_page("chats", self.tr("Chats"), "message-square", chat_page, ["Ctrl+1"])
        self.add_page("models", self.tr("Models"), "boxes", self.models_page, ["Ctrl+2"])
        settings_action = self.add_page("settings", self.tr("Settings"), "settings",
                                        self.settings_page, ["Ctrl+,", "Ctrl+3"])  # fmt: skip
        self.settings_link = SettingsLink(self, self.settings_page, self.navigation, self.settings,
                                          chat_page, self.loader, self._save_settings,
                                          self.refresh_models)  # fmt: skip
        self.setCentralWidget(self.navigation)
        self.show_page("chats")  # until the first scan says whether this is a first start

        self.busy_bar = QProgressBar()
        self.busy_bar.setMaximumWidth(180)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        self.answer_stats = QLabel()  # the last answer of the chat on screen
        self.statusBar().addPermanentWidget(self.busy_bar)
        self.statusBar().addPermanentWidget(self.answer_stats)
        # The last answer's figures belong to the chat: not under the Models or Settings page.
        self.navigation.page_changed.connect(
            lambda key: self.answer_stats.setVisible(key == "chats"))  # fmt: skip
        # The model in use and its load are the model selector's to show, at the chat's top.
        self.choose_model_action = QAction(self.tr("Choose a model…"), self)
        self.choose_model_action.setShortcut(CHOOSE_MODEL_SHORTCUT)
        self.choose_model_action.triggered.connect(self.choose_model)
        self.addAction(self.choose_model_action)

        self.menus = WindowMenus(self, chat_page, self.show_error, settings_action,
                                 self.choose_model_action)

    # --- pages --------------------------------------------------------------------------------

    def add_page(self, key: str, label: str, icon_name: str, widget: QWidget,
                 shortcuts: Sequence[str] = ()) -> QAction:  # fmt: skip
        """A page in the rail (``icon_name``: see ui/icons.py), shown by ``show_page(key)`` and
        by its shortcuts; the returned action shows it too (menus). ``label``: translated."""
        return self.navigation.add_page(key, label, icon_name, widget, shortcuts)

    def show_page(self, key: str) -> None:
        self.navigation.show_page(key)

    @property
    def current_page(self) -> str:
        return self.navigation.current_page

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

    def _fill_picker(self) -> None:
        models = [m for m in self.models_page.installed if m.problem is None]
        if not self._picker_filled_once and not models and self.current_page == "chats":
            self.show_page("home")  # a first start: the welcome page
        self._picker_filled_once = True
        self.model_picker.fill(models, self.models_page.installed_tab.verdicts)

    def choose_model(self) -> None:
        """The model selector's popup, from any page (Ctrl+L, as in LM Studio)."""
        self.show_page("chats")
        self.model_picker.open_popup()

    def _ask_for_model_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Add a GGUF model file"), str(Path.home()),
            self.tr("GGUF models (*.gguf);;All files (*)"),
        )
        if path:
            self.loader.add_model_file(path)

    def _use_model_from_page(self, path: str) -> None:
        self.show_page("chats")
        self.loader.use_model(path)

    def _on_load_started(self, _path: str) -> None:
        """The selector shows the load in its place; an answer under way stops first."""
        if self.generating:
            self.stop()
        self.chat.update_controls()

    def _show_model(self, _info: EngineInfo | None) -> None:
        """The model in use (the selector shows it): loaded now, still loaded after a load that
        did not happen, or none; Send follows."""
        self.chat.update_controls()

    def _on_model_ready(self, info: EngineInfo) -> None:
        self.resolve_error(Cause.MODEL)  # "choose a model first", an earlier failed load
        if info.fallback_reason:
            self.show_error(describe(info.fallback_reason), Cause.MODEL)
        if not info.template_origin.startswith("gguf"):
            family = info.template_origin.split(":")[-1]
            self.statusBar().showMessage(
                self.tr("This model has no usable chat template; using the {family} format.")
                .format(family=family), 8000,
            )  # fmt: skip
        self.chat.session.update_current(model_path=str(info.path))  # the chat remembers it
        self.input.setFocus()

    def _save_settings(self) -> None:
        snapshot = copy_settings(self.settings)  # a deep copy: the nested dicts change later
        run_in_background(
            lambda: save_settings(snapshot),
            lambda _: self.resolve_error(Cause.SETTINGS),
            lambda e: self.show_error(
                self.tr("Could not save settings: {problem}").format(problem=e), Cause.SETTINGS
            ),
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

    def new_chat(self) -> None:
        self.chat.new_chat()

    def sampling_for_chat(self) -> SamplingSettings:
        """The chat's own settings (its record's, or set in its panel before its first message),
        else the model's defaults; ``self.sampling`` overrides both (scripts, tests)."""
        if self.sampling is not None:
            return self.sampling
        return self.chat.chat_values.sampling()

    def default_sampling(self) -> SamplingSettings:
        """The loaded model's sampling values from the settings: what a new chat starts from."""
        try:
            return sampling_for(self.settings, self.loader.loaded_path)
        except ValueError as error:  # settings edited by hand: say so, answer with defaults
            self.show_error(
                self.tr("Generation settings: {problem}; the defaults are used.").format(
                    problem=describe(error))
            )  # fmt: skip
            return SamplingSettings()

    def system_prompt_for_chat(self) -> str:
        """The loaded model's system prompt from the settings: what a new chat starts from."""
        return system_prompt_for(self.settings, self.loader.loaded_path)

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
        if wanted and wanted != self.loader.loaded_path and Path(wanted).is_file():
            self.loader.load(wanted)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.settings_link.settled():  # edits waiting on the Settings page
            event.ignore()
            return
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
        self.engine.shutdown()
        self.downloads.shutdown()
        self.chat.session.close()
        with contextlib.suppress(OSError):  # a full disk must not turn quitting into a crash
            save_settings(copy_settings(self.settings))

    def restore_state(self) -> None:
        """Window size and place (see geometry.py) and splitter from the last session."""
        saved = b""
        with contextlib.suppress(ValueError, binascii.Error):
            saved = base64.b64decode(self.settings.window_geometry)
        place_window(self, saved)
        with contextlib.suppress(ValueError, binascii.Error):
            if self.settings.splitter_state:
                self.chat.splitter.restoreState(
                    QByteArray(base64.b64decode(self.settings.splitter_state)))  # fmt: skip
