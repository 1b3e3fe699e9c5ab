"""Settings ▸ General ▸ Language: "System default" and each language in its own name.

The window's texts are set when it is built, so a new language shows from the next start; until
then a note says so beside a Restart now button (``restart_requested``: the window applies the
settings, closes as on quit and starts again, see ui/window/restart.py).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from gpt4local.ui.i18n.languages import (
    NATIVE_NAMES,
    available_languages,
    current_language,
    resolve_language,
)
from gpt4local.ui.theme import set_text_style


class LanguageChoice(QWidget):
    changed = Signal()
    restart_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.combo = QComboBox()
        self.combo.setMinimumWidth(190)
        self.combo.addItem(self.tr("System default"), "")
        for code in available_languages():  # in their own names: a reader finds theirs
            self.combo.addItem(NATIVE_NAMES[code], code)
        self.note = QLabel(self.tr("The new language shows after a restart."))
        set_text_style(self.note, "caption", muted=True)
        self.note.setWordWrap(True)
        self.restart_button = QPushButton(self.tr("Restart now"))
        self.restart_button.clicked.connect(self.restart_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        line = QHBoxLayout()
        line.addWidget(self.combo)
        line.addStretch(1)
        layout.addLayout(line)
        restart = QHBoxLayout()  # the note beside its button, under the choice
        restart.addWidget(self.note)
        restart.addWidget(self.restart_button)
        restart.addStretch(1)
        layout.addLayout(restart)
        self.combo.currentIndexChanged.connect(self._on_changed)
        self._show_note()

    def value(self) -> str:
        return str(self.combo.currentData())

    def set_value(self, language: str) -> None:
        index = self.combo.findData(language)
        if index < 0:  # a language without a file here (yet): keep it, named by its code
            self.combo.addItem(language, language)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)

    def _on_changed(self) -> None:
        self._show_note()
        self.changed.emit()

    def _show_note(self) -> None:
        """The note while the choice is not the language on screen."""
        differs = resolve_language(self.value()) != current_language()
        self.note.setVisible(differs)
        self.restart_button.setVisible(differs)
