"""The Home page: where a first start opens. A greeting, the recommended model's card with its
one button (ui/welcome/card.py, driven by the FirstStartFlow), the other ways in (a model file
the user already has, the whole catalog) and where models are kept.

With models installed it greets the user back: Start chatting is the main button, and the card
stays only while the recommended model is not installed yet.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gpt4local.core.fit.recommendation import Recommendation
from gpt4local.ui.icons import icon
from gpt4local.ui.models.installed_tab import model_file_filter
from gpt4local.ui.style.scale import em_pixels, space
from gpt4local.ui.theme import current_colors, mark_primary, set_text_style
from gpt4local.ui.welcome.card import RecommendationCard, set_primary
from gpt4local.ui.welcome.flow import IDLE, READY, FirstStartFlow, FlowStatus

COLUMN_EMS = 38  # the widest the page's column runs, in lines of text: a card, not a form
LOGO_EMS = 3  # the app's mark above the greeting, in lines of text


def _choose_model_file(parent: QWidget) -> str:
    title = QCoreApplication.translate("WelcomePage", "Add a GGUF model file")
    path, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), model_file_filter())
    return path


def _open_folder(folder: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class WelcomePage(QWidget):
    start_chat_wanted = Signal()  # models are installed: open a chat
    browse_wanted = Signal()  # the whole catalog, on the Models page
    model_file_chosen = Signal(str)  # a GGUF file the user already has
    change_folder_wanted = Signal()  # the folder setting, on the Settings page

    def __init__(self, flow: FirstStartFlow) -> None:
        super().__init__()
        self.flow = flow
        # Replaceable in tests (and by a future in-app browser): native dialogs wait for a user.
        self.choose_model_file: Callable[[QWidget], str] = _choose_model_file
        self.open_folder: Callable[[Path], None] = _open_folder
        self.has_models = False
        self._folder = Path()
        self.logo = QLabel()
        self.logo.setAccessibleName("gpt4local")
        self.title = QLabel()
        self.title.setWordWrap(True)
        set_text_style(self.title, "display")
        self.text = QLabel()
        self.text.setWordWrap(True)
        set_text_style(self.text, "body", muted=True)
        self.start_button = QPushButton(self.tr("Start chatting"))
        self.start_button.setAccessibleName(self.tr("Start chatting"))
        self.start_button.setAccessibleDescription(self.tr("Open a new chat with your models"))
        mark_primary(self.start_button)
        self.start_button.clicked.connect(self.start_chat_wanted)
        self.card = RecommendationCard()
        self.card.download_clicked.connect(self._download)
        self.card.cancel_clicked.connect(flow.cancel)
        self.card.retry_clicked.connect(flow.retry)
        flow.changed.connect(self._show_status)
        self.add_file_button = self._side_button(
            "file-plus", self.tr("Add a model file I already have"),
            self.tr("Choose a GGUF file on this computer; it is loaded and a chat opens"))
        self.add_file_button.clicked.connect(self._add_model_file)
        self.browse_button = self._side_button(
            "boxes", self.tr("Browse all models"),
            self.tr("See the whole catalog and search Hugging Face"))
        self.browse_button.clicked.connect(self.browse_wanted)
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_text_style(self.folder_label, "caption", muted=True)
        self.open_folder_button = self._side_button(
            "folder-open", self.tr("Open folder"),
            self.tr("Show the models folder in the file manager"))
        self.open_folder_button.clicked.connect(lambda: self.open_folder(self._folder))
        self.change_folder_button = QPushButton(self.tr("Change…"))
        self.change_folder_button.setAccessibleName(self.tr("Change the models folder"))
        self.change_folder_button.setToolTip(self.tr("Choose another folder in Settings"))
        self.change_folder_button.clicked.connect(self.change_folder_wanted)
        self._lay_out()
        self.set_has_models(False, recommended_installed=False)

    def _side_button(self, icon_name: str, text: str, description: str) -> QPushButton:
        button = QPushButton(icon(icon_name), text)
        button.setAccessibleName(text)
        button.setAccessibleDescription(description)
        button.setToolTip(description)
        return button

    def _lay_out(self) -> None:
        """One centred column a little above the middle, scrolling when the window is short."""
        self.column = QWidget()
        self.column.setObjectName("welcomeColumn")
        self.column.installEventFilter(self)
        column = self._column = QVBoxLayout(self.column)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.logo)
        column.addWidget(self.title)
        column.addWidget(self.text)
        start_row = QHBoxLayout()
        start_row.addWidget(self.start_button)
        start_row.addStretch(1)
        column.addLayout(start_row)
        column.addWidget(self.card)
        others = self._others = QHBoxLayout()
        others.addWidget(self.add_file_button)
        others.addWidget(self.browse_button)
        others.addStretch(1)
        column.addLayout(others)
        folder = self._folder_row = QHBoxLayout()
        folder.addWidget(self.folder_label, 1)
        folder.addWidget(self.open_folder_button)
        folder.addWidget(self.change_folder_button)
        column.addLayout(folder)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(self.column, 100)
        centre.addStretch(1)
        inner = QWidget()
        self._outer = QVBoxLayout(inner)
        self._outer.addStretch(1)
        self._outer.addLayout(centre)
        self._outer.addStretch(2)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # Not a Tab stop of its own: Tab goes to the buttons, and the area follows the focus.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        inner.setAutoFillBackground(False)
        scroll.viewport().setAutoFillBackground(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._restyle()

    # --- what the window tells it ----------------------------------------------------------------

    def show_recommendation(self, recommendation: Recommendation) -> None:
        if self.flow.status.state not in (IDLE, READY):  # a fetched catalog must not swap
            return  # the model being downloaded, or the one whose failure is on screen
        self.card.show_recommendation(recommendation)
        self.flow.offer(recommendation.entry)  # its status (e.g. a part left) comes back
        self._update()

    def set_has_models(self, has_models: bool, recommended_installed: bool) -> None:
        self.has_models = has_models
        self._recommended_installed = recommended_installed
        self._update()

    def set_models_folder(self, folder: Path) -> None:
        self._folder = folder
        text = self.tr("Models are kept in {folder}").format(folder=folder)
        self.folder_label.setText(text)
        self.folder_label.setAccessibleName(text)

    def _update(self) -> None:
        """The greeting, the card (always while the flow runs or failed, otherwise while it has
        something to offer) and the one accent button: Start chatting with models installed,
        else Download and start chatting, else (nothing to suggest) Browse all models."""
        recommendation = self.card.recommendation
        suggests = recommendation is None or recommendation.entry is not None
        self.title.setText(self.tr("Welcome back") if self.has_models else
                           self.tr("Welcome to gpt4local"))  # fmt: skip
        if self.has_models:
            text = self.tr("Your models are ready. Pick up where you left off, or try another "
                           "model.")  # fmt: skip
        elif suggests:
            text = self.tr("Chat with an AI model that runs entirely on this computer: nothing "
                           "you type leaves it. Start with the model below, picked for this "
                           "computer.")  # fmt: skip
        else:
            text = self.tr("Chat with an AI model that runs entirely on this computer: nothing "
                           "you type leaves it.")  # fmt: skip
        self.text.setText(text)
        self.start_button.setVisible(self.has_models)
        self.card.set_primary(not self.has_models)
        browse_leads = not self.has_models and not suggests
        set_primary(self.browse_button, browse_leads)
        # On the accent the icon takes the accent's text colour, as the label does.
        on_accent = QColor(current_colors().on_accent) if browse_leads else None
        self.browse_button.setIcon(icon("boxes", on_accent))
        working = self.flow.status.state not in (IDLE, READY)
        self.card.setVisible(working or not (self.has_models and self._recommended_installed))

    # --- the user's choices ------------------------------------------------------------------

    def _download(self) -> None:
        recommendation = self.card.recommendation
        if recommendation is not None and recommendation.entry is not None:
            self.flow.start(recommendation.entry)

    def _add_model_file(self) -> None:
        path = self.choose_model_file(self)
        if path:
            self.model_file_chosen.emit(path)

    def _show_status(self, status: FlowStatus) -> None:
        self.card.show_status(status)
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self._restyle()
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self._fit_rows()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_rows()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a label changed, e.g. translated
            self._fit_rows()
        return False

    def _fit_rows(self) -> None:
        """The other ways in side by side, or one under the other when their labels (longer in
        some languages) would not fit the column: never cut short."""
        buttons = (self.add_file_button, self.browse_button)
        needed = sum(b.sizeHint().width() for b in buttons) + self._others.spacing()
        room = min(self.column.maximumWidth(), self.width() - 2 * space("xxl", self.font()))
        self._others.setDirection(QBoxLayout.Direction.TopToBottom if needed > room
                                  else QBoxLayout.Direction.LeftToRight)  # fmt: skip

    def _restyle(self) -> None:
        font = self.font()
        side = round(LOGO_EMS * em_pixels(font))
        self.logo.setPixmap(icon("bot", QColor(current_colors().accent)).pixmap(
            QSize(side, side), self.devicePixelRatioF()))  # fmt: skip
        self.column.setMaximumWidth(round(COLUMN_EMS * em_pixels(font)))
        self._column.setSpacing(space("l", font))
        self._others.setSpacing(space("s", font))
        self._folder_row.setSpacing(space("s", font))
        margin = space("xxl", font)
        self._outer.setContentsMargins(margin, margin, margin, margin)
