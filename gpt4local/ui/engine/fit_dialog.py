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

from gpt4local.core.fit.memory_fit import Fit
from gpt4local.core.inference.options import KV_CACHE_LABELS, LoadSettings
from gpt4local.core.units import human_size

# The dialog's answers (QDialog.done codes beyond Accepted/Rejected).
LOAD_SUGGESTED, LOAD_ANYWAY = 10, 11


class FitDialog(QDialog):
    """Shown non-modally; ``chosen_load`` holds the settings to load with after ``finished``."""

    def __init__(self, parent: QWidget | None, path: str | Path, fit: Fit, asked: LoadSettings,
                 suggestion: LoadSettings | None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle("This model may not fit in memory")
        self.asked, self.chosen_load = asked, asked
        needed = fit.estimate
        about = "about " if needed.approximate else ""
        self.message = text = QLabel(
            f"<b>{Path(path).name}</b> needs {about}<b>{human_size(needed.total_bytes)}</b> of "
            f"memory at a context of {needed.n_ctx:,} tokens, and "
            f"<b>{human_size(fit.available_bytes)}</b> is available now.<br><br>"
            + html.escape(" ".join(fit.notes))  # what loading it anyway does, from the swap
        )
        text.setWordWrap(True)
        self.context = QSpinBox()
        self.context.setRange(512, max(512, asked.n_ctx))
        self.context.setSingleStep(256)
        self.context.setSuffix(" tokens")
        self.gpu_layers = QSpinBox()
        self.gpu_layers.setRange(0, max(fit.gpu_layers, 0))
        self.gpu_layers.setValue(fit.gpu_layers)
        self.gpu_layers.setEnabled(fit.gpu_layers > 0)
        self.kv_cache = QComboBox()
        for kind, label in KV_CACHE_LABELS.items():
            self.kv_cache.addItem(label, kind)
        self.kv_cache.setCurrentIndex(self.kv_cache.findData(asked.kv_cache_type))
        self.kv_cache.setEnabled(asked.flash_attn)  # llama.cpp quantises V only with it
        form = QFormLayout()
        form.addRow("Context length", self.context)
        form.addRow("KV cache", self.kv_cache)
        form.addRow("GPU layers", self.gpu_layers)
        buttons = QDialogButtonBox()
        self.suggested_button = QPushButton("Load with these settings")
        self.anyway_button = QPushButton("Load anyway")
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.suggested_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.anyway_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.suggested_button.clicked.connect(self._load_suggested)
        self.anyway_button.clicked.connect(lambda: self.done(LOAD_ANYWAY))
        self.cancel_button.clicked.connect(self.reject)
        if suggestion is not None:  # the longest context that fits, pre-filled
            self.context.setValue(suggestion.n_ctx)
            self.kv_cache.setCurrentIndex(self.kv_cache.findData(suggestion.kv_cache_type))
            cache = ""
            if suggestion.kv_cache_type != asked.kv_cache_type:
                cache = f" if the KV cache is {KV_CACHE_LABELS[suggestion.kv_cache_type]}"
            hint = QLabel(f"A context of {suggestion.n_ctx:,} tokens fits{cache}.")
        else:
            self.context.setValue(512)
            self.suggested_button.setEnabled(False)
            hint = QLabel("Even the shortest context does not fit; choose a smaller model.")
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
