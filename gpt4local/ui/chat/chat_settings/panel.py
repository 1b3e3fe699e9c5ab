"""The chat's settings panel: its system prompt, its sampling values, and what the loaded model
sets for every chat (context length, chat template), with a way to the model's own settings.

Changes apply as they are made, without an Apply button: unlike the defaults on the Settings
page, nothing here restyles the window or reloads the model, and the chat on screen is the only
thing they touch (see values.py). A value the engine refuses (the same check as the Settings
page's) is not stored; it stays in its field, marked, with the reason under the form, until it
is corrected.

The context length is the loaded model's, not the chat's: changing it means loading the model
again, which switching chats must not do. The panel shows it, with the chat template in use, and
links to the model's own settings on the Settings page, where both are changed.
"""

from __future__ import annotations

import dataclasses
import itertools

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gpt4local.core.inference.chat_backend import EngineInfo
from gpt4local.core.inference.options import SamplingSettings
from gpt4local.core.settings import check_generation, invalid_keys
from gpt4local.ui.chat.chat_settings.values import SAMPLING_KEYS, ChatValues
from gpt4local.ui.i18n.core_messages import describe
from gpt4local.ui.i18n.formatting import format_number, names_and
from gpt4local.ui.icons import icon
from gpt4local.ui.settings.pages import FIELD_LABELS, GenerationForm, row
from gpt4local.ui.style.scale import em_pixels, space
from gpt4local.ui.theme import error_label, set_text_style, show_problem

PANEL_MIN_WIDTH_EM = 20  # the form's own widest row decides beyond that

translate = QCoreApplication.translate  # lupdate reads calls by this name too


def _section(title: str) -> QLabel:
    label = QLabel(title)
    set_text_style(label, "subtitle")
    label.setContentsMargins(0, space("s"), 0, 0)  # apart from the section above
    return label


class ChatSettingsPanel(QFrame):
    """The panel's widgets; ``show_values`` shows the chat on screen, edits go to ``values``."""

    close_requested = Signal()
    model_settings_requested = Signal(str)  # the path of the model whose settings to show

    def __init__(self, values: ChatValues) -> None:
        super().__init__()
        self.values = values
        self._model: EngineInfo | None = None
        self._showing = False  # filling the fields from the chat: not an edit to store
        self.setObjectName("chatSettingsPanel")
        self.setAccessibleName(self.tr("Chat settings"))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoFillBackground(True)  # drawn over the transcript on narrow windows

        heading = QLabel(self.tr("Chat settings"))
        set_text_style(heading, "title")
        self.close_button = QToolButton()
        self.close_button.setIcon(icon("x"))
        self.close_button.setToolTip(self.tr("Close the chat settings"))
        self.close_button.setAccessibleName(self.tr("Close the chat settings"))
        self.close_button.clicked.connect(self.close_requested)
        intro = QLabel(self.tr("For this chat only, from its next answer. New chats start from "
                               "the defaults on the Settings page."))  # fmt: skip
        intro.setWordWrap(True)
        set_text_style(intro, "caption", muted=True)

        self.system_prompt = QPlainTextEdit()
        instructions = self.tr("Instructions the model follows in this chat")
        self.system_prompt.setAccessibleName(self.tr("System prompt"))
        self.system_prompt.setAccessibleDescription(instructions)
        self.system_prompt.setToolTip(instructions)
        self.system_prompt.setPlaceholderText(instructions)
        self.system_prompt.setTabChangesFocus(True)
        self.system_prompt.setFixedHeight(round(em_pixels() * 6))
        self.system_prompt.textChanged.connect(self._on_system_prompt_edited)

        self.form = GenerationForm(keys=SAMPLING_KEYS, compact=True)
        self.form.changed.connect(self._on_sampling_edited)
        self.error = error_label()

        self.context = QLabel()
        self.context.setWordWrap(True)
        self.template_note = QLabel()
        self.template_note.setWordWrap(True)
        set_text_style(self.template_note, "caption", muted=True)
        self.model_settings_button = QPushButton(self.tr("Change it in the model's settings…"))
        self.model_settings_button.setToolTip(self.tr(
            "The context length and chat template are the model's: the Settings page's Per model "
            "section changes them for every chat, and the model is loaded again."))
        self.model_settings_button.setAccessibleName(self.tr(
            "Change the context length or chat template in the model's settings"))
        self.model_settings_button.clicked.connect(self._ask_for_model_settings)
        self.reset_button = QPushButton(self.tr("Reset to the model's defaults"))
        self.reset_button.setToolTip(self.tr(
            "This chat's system prompt and sampling values become the ones a new chat with this "
            "model starts from"))  # fmt: skip
        self.reset_button.setAccessibleName(self.tr("Reset this chat to the model's defaults"))
        self.reset_button.clicked.connect(self._reset)

        self._content = content = QWidget()
        inner = QVBoxLayout(content)
        inner.setSpacing(space("s"))
        inner.addWidget(intro)
        inner.addWidget(_section(self.tr("System prompt")))
        inner.addWidget(self.system_prompt)
        inner.addWidget(_section(self.tr("Sampling")))
        inner.addWidget(self.form)
        inner.addWidget(self.error)
        inner.addWidget(_section(self.tr("Context and template")))
        inner.addWidget(self.context)
        inner.addWidget(self.template_note)
        inner.addWidget(self.model_settings_button)
        inner.addStretch(1)
        inner.addWidget(self.reset_button)
        self._scroll = scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its fields, scrolled to
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(space("s"), space("xs"), space("xs"), space("s"))
        layout.addWidget(row((heading, 1), self.close_button))
        layout.addWidget(scroll, 1)
        # Top to bottom (the heading's close button is added to the layout last).
        order = [self.close_button, self.system_prompt, *self.form.editors.values(),
                 self.model_settings_button, self.reset_button]  # fmt: skip
        for before, after in itertools.pairwise(order):
            QWidget.setTabOrder(before, after)
        self.show_model(None)

    def preferred_width(self) -> int:
        """Room for the widest row of the form (it follows the font size) and a scroll bar."""
        margins = self._layout.contentsMargins()
        needed = (self._content.minimumSizeHint().width() + margins.left() + margins.right()
                  + self._scroll.verticalScrollBar().sizeHint().width())  # fmt: skip
        return max(round(em_pixels() * PANEL_MIN_WIDTH_EM), needed)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)  # the edge toward the conversation, in the border colour
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.drawLine(0, 0, 0, self.height())

    # --- showing -------------------------------------------------------------------------------

    def show_values(self) -> None:
        """The chat on screen's values (another chat opened, new defaults, another model)."""
        self._showing = True
        try:
            prompt = self.values.system_prompt()
            if self.system_prompt.toPlainText().strip() != prompt:
                self.system_prompt.setPlainText(prompt)
            self.form.set_values(dataclasses.asdict(self.values.sampling()))
        finally:
            self._showing = False
        self.form.mark_invalid([])
        show_problem(self.error, None)

    def show_model(self, info: EngineInfo | None) -> None:
        """The loaded model's context and chat template; its defaults may differ too."""
        self._model = info
        self.model_settings_button.setEnabled(info is not None)
        if info is None:
            self.context.setText(self.tr("Context length: no model is loaded."))
            self.template_note.setText("")
        else:
            self.context.setText(self.tr(
                "Context length: {tokens} tokens. It belongs to the model ({model}), not to the "
                "chat: every chat shares it, and changing it loads the model again.").format(
                    tokens=format_number(info.n_ctx), model=info.model_name))  # fmt: skip
            self.template_note.setText(template_note(info.template_origin))
        self.template_note.setVisible(info is not None)
        self.show_values()

    # --- editing -------------------------------------------------------------------------------

    def _on_system_prompt_edited(self) -> None:
        if not self._showing:
            self.values.set_system_prompt(self.system_prompt.toPlainText().strip())

    def _on_sampling_edited(self) -> None:
        if self._showing:
            return
        edited = self.form.values()
        bad = invalid_keys(edited)
        self.form.mark_invalid(bad)
        problem = check_generation(edited)
        problem = describe(problem) if problem else None
        if problem and bad:  # the core's message names the setting its own way: add the label
            fields = names_and([FIELD_LABELS[key] for key in bad])
            problem = self.tr("{fields}: {problem}").format(fields=fields, problem=problem)
        if problem:
            problem = self.tr(
                "{problem} Until it is corrected, this chat keeps its last accepted value."
            ).format(problem=problem)
        show_problem(self.error, problem)
        if problem is None:
            self.values.set_sampling(SamplingSettings(**edited))

    def _reset(self) -> None:
        self.values.reset_to_defaults()
        self.show_values()

    def _ask_for_model_settings(self) -> None:
        if self._model is not None:
            self.model_settings_requested.emit(str(self._model.path))


def template_note(origin: str) -> str:
    """Which chat template the loaded model's prompts are written with (see ChatTemplate)."""
    if origin == "custom":
        return translate("ChatSettingsPanel",
                         "Chat template: your own, from this model's settings.")  # fmt: skip
    if origin.startswith("fallback"):
        family = origin.split(":")[-1]
        return translate("ChatSettingsPanel",
                         "This model has no usable chat template; using the {family} format."
                         ).format(family=family)  # fmt: skip
    return translate("ChatSettingsPanel", "Chat template: the one in the model file.")
