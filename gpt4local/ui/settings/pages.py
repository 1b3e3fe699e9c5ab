"""The General section of the Settings page."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gpt4local.core import paths
from gpt4local.core.settings import MAX_FONT_SIZE, MIN_FONT_SIZE, THEMES, Settings
from gpt4local.ui.i18n.formatting import format_number

# The chat's settings panel imports the form from here, as before it had a module of its own.
from gpt4local.ui.settings.generation_form import FIELD_LABELS as FIELD_LABELS
from gpt4local.ui.settings.generation_form import GenerationForm as GenerationForm
from gpt4local.ui.settings.language_choice import LanguageChoice
from gpt4local.ui.theme import system_font_size


def row(*items: QWidget | int | tuple[QWidget, int], align_top: bool = False) -> QWidget:
    """Widgets side by side in a container widget: an int is a stretch, (widget, n) a widget
    with stretch factor n.

    A container, not a nested layout: widgets added to a layout that has no parent widget yet
    are owned, in PySide's bookkeeping, by that layout; with such layouts in the settings
    (then a dialog), the garbage collector running on a worker thread (``run_in_background``)
    while Qt deleted the closed dialog crashed in PySide 6.12. The Settings page deletes its
    sections the same way when it rebuilds them.
    """
    container = QWidget()
    layout = QHBoxLayout(container)
    layout.setContentsMargins(0, 0, 0, 0)
    align = Qt.AlignmentFlag.AlignTop if align_top else Qt.AlignmentFlag(0)
    for item in items:
        if isinstance(item, int):
            layout.addStretch(item)
        elif isinstance(item, tuple):
            layout.addWidget(item[0], item[1], align)
        else:
            layout.addWidget(item, 0, align)
    return container


class FontSizeBox(QSpinBox):
    """0 ("System default") or MIN_FONT_SIZE to MAX_FONT_SIZE points.

    Steps leave "System default" from the system's size, not from 1 pt, and step back to it
    below the smallest size; a typed size outside the bounds is brought within them.
    """

    def __init__(self) -> None:
        super().__init__()
        self.system_size = system_font_size()
        self.setRange(0, MAX_FONT_SIZE)
        self.setSuffix(self.tr(" pt", "font size in points"))
        self.setSpecialValueText(
            self.tr("System default ({size} pt)").format(size=format_number(self.system_size))
        )
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)

    def stepBy(self, steps: int) -> None:
        start = self.value() or self.system_size
        wanted = start + steps
        if wanted < MIN_FONT_SIZE:
            wanted = 0 if self.value() else MIN_FONT_SIZE
        self.setValue(min(wanted, MAX_FONT_SIZE))

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        flags = QAbstractSpinBox.StepEnabledFlag.StepNone
        if self.value() < MAX_FONT_SIZE:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        if self.value() > 0:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        return flags

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        state, text, pos = super().validate(text, pos)
        if state == QValidator.State.Acceptable and 0 < self.valueFromText(text) < MIN_FONT_SIZE:
            state = QValidator.State.Intermediate  # "1" may become "12": not yet a size
        return state, text, pos

    def fixup(self, text: str) -> str:
        value = self.valueFromText(text)
        return self.textFromValue(MIN_FONT_SIZE) if 0 < value < MIN_FONT_SIZE else text


class GeneralPage(QWidget):
    changed = Signal()

    def __init__(self, settings: Settings, models: list[str]) -> None:
        super().__init__()
        # Replaceable so tests (and a future in-app browser) need no native dialog.
        self.choose_folder_with: Callable[[QWidget, str], str] = lambda parent, start: (
            QFileDialog.getExistingDirectory(parent, self.tr("Folder for models"), start)
        )
        self.models_folder = QLineEdit()
        self.models_folder.setPlaceholderText(str(paths.models_dir()))
        self.models_folder.setClearButtonEnabled(True)
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.clicked.connect(self._choose_folder)

        self.theme = QComboBox()
        theme_names = {"system": self.tr("Same as the system"), "light": self.tr("Light"),
                       "dark": self.tr("Dark")}  # fmt: skip
        for theme in THEMES:
            self.theme.addItem(theme_names.get(theme, theme.title()), theme)
        self.font_size = FontSizeBox()
        self.language = LanguageChoice()
        self.default_model = QComboBox()
        self.default_model.addItem(self.tr("The model used last"), "")
        for path in models:
            self.default_model.addItem(Path(path).name, path)
        self.threads = QSpinBox()
        self.threads.setRange(0, 512)
        self.threads.setSpecialValueText(self.tr("Automatic"))
        self.threads.setToolTip(
            self.tr("CPU threads for generating. Automatic uses up to 4 cores.")
        )
        self.prefill = QCheckBox(self.tr("Read my message while I type"))
        self.prefill.setToolTip(self.tr(
            "When typing pauses, the model reads what is written so far, so the answer starts "
            "at once when it is sent. Uses the CPU during those pauses."
        ))  # fmt: skip
        for short in (self.theme, self.font_size, self.default_model, self.threads):
            short.setMinimumWidth(190)

        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)  # before its rows: see row()
        # Only the folder path grows with the window; short choices keep their natural width.
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        folder_row = row(self.models_folder, self.choose_button)
        form.addRow(self.tr("Models folder:"), folder_row)
        # The row's label names the path field, not the row around it (screen readers, Alt+key).
        folder_label = form.labelForField(folder_row)
        if isinstance(folder_label, QLabel):
            folder_label.setBuddy(self.models_folder)
        form.addRow(self.tr("Theme:"), self.theme)
        form.addRow(self.tr("Font size:"), self.font_size)
        form.addRow(self.tr("Language:"), self.language)
        language_label = form.labelForField(self.language)
        if isinstance(language_label, QLabel):
            language_label.setBuddy(self.language.combo)
        form.addRow(self.tr("Model at start:"), self.default_model)
        form.addRow(self.tr("CPU threads:"), self.threads)
        form.addRow("", self.prefill)
        self.reset_button = QPushButton(self.tr("Reset to defaults"))
        self.reset_button.clicked.connect(lambda: self.set_values(Settings()))
        layout.addStretch(1)
        layout.addWidget(row(1, self.reset_button))
        self.set_values(settings)
        for signal in (
            self.models_folder.textChanged,
            self.theme.currentIndexChanged,
            self.font_size.valueChanged,
            self.language.changed,
            self.default_model.currentIndexChanged,
            self.threads.valueChanged,
            self.prefill.toggled,
        ):
            signal.connect(self.changed)

    def set_values(self, settings: Settings) -> None:
        self.models_folder.setText(settings.models_folder)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        self.font_size.setValue(settings.font_size)
        self.language.set_value(settings.language)
        index = self.default_model.findData(settings.default_model)
        if index < 0:  # a model no longer installed: keep it rather than lose the choice silently
            self.default_model.addItem(
                self.tr("{name} (not found)").format(name=Path(settings.default_model).name),
                settings.default_model,
            )
            index = self.default_model.count() - 1
        self.default_model.setCurrentIndex(index)
        self.threads.setValue(settings.threads)
        self.prefill.setChecked(settings.prefill_while_typing)

    def values(self) -> dict[str, Any]:
        return {
            "models_folder": self.models_folder.text().strip(),
            "theme": self.theme.currentData(),
            "font_size": self.font_size.value(),
            "language": self.language.value(),
            "default_model": self.default_model.currentData(),
            "threads": self.threads.value(),
            "prefill_while_typing": self.prefill.isChecked(),
        }

    def _choose_folder(self) -> None:
        start = self.models_folder.text().strip() or str(paths.models_dir())
        chosen = self.choose_folder_with(self, start)
        if chosen:
            self.models_folder.setText(chosen)
