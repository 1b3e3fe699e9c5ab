"""Asked before loading a model that does not fit: the numbers, and settings that would fit."""

from __future__ import annotations

import dataclasses
import html
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gpt4local.core.errors import sentences
from gpt4local.core.fit.memory_fit import Fit
from gpt4local.core.inference.options import LoadSettings
from gpt4local.ui.i18n.core_messages import describe
from gpt4local.ui.i18n.formatting import format_number, format_size
from gpt4local.ui.settings.generation_form import KV_CACHE_NAMES, kv_cache_name

# The dialog's answers (QDialog.done codes beyond Accepted/Rejected).
LOAD_SUGGESTED, LOAD_ANYWAY = 10, 11


class FitDialog(QDialog):
    """Shown non-modally; ``chosen_load`` holds the settings to load with after ``finished``."""

    def __init__(self, parent: QWidget | None, path: str | Path, fit: Fit, asked: LoadSettings,
                 suggestion: LoadSettings | None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("This model may not fit in memory"))
        self.asked, self.chosen_load = asked, asked
        needed = fit.estimate
        if needed.approximate:
            sentence = self.tr("{model} needs about {needed} of memory at a context of {context} "
                               "tokens, and {available} is available now.")  # fmt: skip
        else:
            sentence = self.tr("{model} needs {needed} of memory at a context of {context} "
                               "tokens, and {available} is available now.")  # fmt: skip
        figures = sentence.format(
            model=f"<b>{html.escape(Path(path).name)}</b>",
            needed=f"<b>{format_size(needed.total_bytes)}</b>",
            context=format_number(needed.n_ctx),
            available=f"<b>{format_size(fit.available_bytes)}</b>",
        )
        notes = describe(sentences(*fit.notes))  # loading it anyway: the swap, closing programs
        self.message = text = QLabel(figures + "<br><br>" + html.escape(notes))
        text.setWordWrap(True)
        self.context = QSpinBox()
        self.context.setRange(512, max(512, asked.n_ctx))
        self.context.setSingleStep(256)
        self.context.setGroupSeparatorShown(True)  # 4,096 as the message writes it
        self.context.setSuffix(self.tr(" tokens"))
        self.gpu_layers = QSpinBox()
        self.gpu_layers.setRange(0, max(fit.gpu_layers, 0))
        self.gpu_layers.setValue(fit.gpu_layers)
        self.gpu_layers.setEnabled(fit.gpu_layers > 0)
        self.kv_cache = QComboBox()
        for kind in KV_CACHE_NAMES:
            self.kv_cache.addItem(kv_cache_name(kind), kind)
        self.kv_cache.setCurrentIndex(self.kv_cache.findData(asked.kv_cache_type))
        self.kv_cache.setEnabled(asked.flash_attn)  # llama.cpp quantises V only with it
        form = QFormLayout()
        form.addRow(self.tr("Context length"), self.context)
        form.addRow(self.tr("KV cache"), self.kv_cache)
        form.addRow(self.tr("GPU layers"), self.gpu_layers)
        buttons = QDialogButtonBox()
        self.suggested_button = QPushButton(self.tr("Load with these settings"))
        self.anyway_button = QPushButton(self.tr("Load anyway"))
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.suggested_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.anyway_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.suggested_button.clicked.connect(self._load_suggested)
        self.anyway_button.clicked.connect(lambda: self.done(LOAD_ANYWAY))
        self.cancel_button.clicked.connect(self.reject)
        if suggestion is not None:  # the longest context that fits, pre-filled
            self.context.setValue(suggestion.n_ctx)
            self.kv_cache.setCurrentIndex(self.kv_cache.findData(suggestion.kv_cache_type))
            context = format_number(suggestion.n_ctx)
            if suggestion.kv_cache_type != asked.kv_cache_type:
                hint = QLabel(self.tr("A context of {context} tokens fits if the KV cache is "
                                      "{cache}.").format(
                    context=context, cache=kv_cache_name(suggestion.kv_cache_type)))  # fmt: skip
            else:
                hint = QLabel(
                    self.tr("A context of {context} tokens fits.").format(context=context)
                )
        else:
            self.context.setValue(512)
            self.suggested_button.setEnabled(False)
            hint = QLabel(
                self.tr("Even the shortest context does not fit; choose a smaller model.")
            )
        self.hint = hint
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.suggested_button.setDefault(suggestion is not None)

    def _load_suggested(self) -> None:
        self.chosen_load = dataclasses.replace(
            self.asked, n_ctx=self.context.value(), kv_cache_type=self.kv_cache.currentData(),
            n_gpu_layers=self.gpu_layers.value()
            if self.gpu_layers.isEnabled() else self.asked.n_gpu_layers,
        )  # fmt: skip
        self.done(LOAD_SUGGESTED)
