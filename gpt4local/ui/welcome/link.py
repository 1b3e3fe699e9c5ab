"""The Home page in the window: fed by the Models page (its catalog with verdicts, the installed
models, the folder), its flow run by the window's downloads and loader, and its buttons turned
into pages shown and chats opened. The window only creates it and adds the page."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from gpt4local.core.fit.recommendation import recommend_first_model
from gpt4local.core.inference.chat_backend import EngineInfo
from gpt4local.core.settings import Settings
from gpt4local.ui.chat.page import ChatPage
from gpt4local.ui.engine.loader import ModelLoader
from gpt4local.ui.models.page import ModelsPage
from gpt4local.ui.settings.page import SettingsPage
from gpt4local.ui.welcome.flow import FirstStartFlow
from gpt4local.ui.welcome.page import WelcomePage

KEY = "home"  # the page's key in the navigation


class WelcomeLink:
    def __init__(self, settings: Settings, models_page: ModelsPage, loader: ModelLoader,
                 chat: ChatPage, settings_page: SettingsPage,
                 show_page: Callable[[str], None]) -> None:  # fmt: skip
        self.settings, self.models_page = settings, models_page
        self.loader, self.chat = loader, chat
        self.settings_page, self.show_page = settings_page, show_page
        self.flow = FirstStartFlow(models_page.downloads, loader, lambda: models_page.models_dir)
        self.page = WelcomePage(self.flow)
        self.page.set_models_folder(models_page.models_dir)
        models_page.catalog_shown.connect(self._show_recommendation)
        models_page.models_changed.connect(self._show_installed)
        self.flow.chat_ready.connect(self._open_chat)
        self.page.start_chat_wanted.connect(self.start_chatting)
        self.page.browse_wanted.connect(self._browse)
        self.page.model_file_chosen.connect(self._add_model_file)
        self.page.change_folder_wanted.connect(self._change_folder)
        if models_page.catalog is not None:  # read before the link was made
            self._show_recommendation()

    @property
    def usable_models(self) -> list[Path]:
        return [m.path for m in self.models_page.installed if m.problem is None]

    def _show_recommendation(self) -> None:
        catalog = self.models_page.catalog
        if catalog is not None:
            verdicts = self.models_page.catalog_verdicts
            self.page.show_recommendation(recommend_first_model(catalog, verdicts))
            self._show_installed()

    def _show_installed(self) -> None:
        entry = self.page.card.recommendation.entry if self.page.card.recommendation else None
        installed = entry is not None and self.models_page.context.is_installed(entry.filename)
        self.page.set_has_models(bool(self.usable_models), installed)
        self.page.set_models_folder(self.models_page.models_dir)

    def start_chatting(self) -> None:
        """A new chat, with the model already in memory or else the one used last (or the
        first installed), so the user can type at once."""
        if self.loader.loaded_model is None:
            models = [str(p) for p in self.usable_models]
            wanted = self.settings.last_model if self.settings.last_model in models else None
            if wanted or models:
                self.loader.use_model(wanted or models[0])
        self._open_chat(None)

    def _open_chat(self, _info: EngineInfo | None) -> None:
        self.show_page("chats")
        self.chat.new_chat()  # it puts the focus in the input
        self.chat.input.setFocus()

    def _browse(self) -> None:
        self.models_page.tabs.setCurrentWidget(self.models_page.catalog_tab)
        self.show_page("models")

    def _add_model_file(self, path: str) -> None:
        self.show_page("chats")  # the load shows its progress there
        self.loader.add_model_file(path)

    def _change_folder(self) -> None:
        self.show_page("settings")
        self.settings_page.tabs.setCurrentWidget(self.settings_page.general)
        self.settings_page.general.models_folder.setFocus()
