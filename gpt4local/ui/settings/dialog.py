"""The settings dialog: General, Generation (defaults for every model) and Per model tabs.

It edits a copy: the caller reads ``result_settings()`` after ``accepted`` and saves it. OK stays
disabled while any value would be refused by the engine (the same validators core/ uses), and the
reason is shown under the offending form. When a value the loaded model was loaded with changes
(context, batch, GPU layers, KV cache, threads, its chat template), a note above the buttons says
it applies from the next load: in the dialog, wrapped, while the choice can still be undone.
"""

from __future__ import annotations

import copy
import dataclasses
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gpt4local.core.settings import (
    GenerationSettings,
    Settings,
    check_generation,
    copy_settings,
    generation_for,
    invalid_keys,
    template_override_for,
)
from gpt4local.ui.settings.pages import FIELD_LABELS, GeneralPage, GenerationForm, row
from gpt4local.ui.settings.template_editor import TemplateEditor
from gpt4local.ui.theme import error_label, show_problem

# The settings a model is loaded with, by the name the note gives them.
LOAD_TIME_FIELDS = {"context_length": "context length", "batch_size": "batch size",
                    "gpu_layers": "GPU layers", "kv_cache_type": "KV cache"}  # fmt: skip


def load_time_values(settings: Settings, model: str) -> dict[str, Any]:
    """What ``model`` is loaded with, by the name the note gives each value."""
    values = generation_for(settings, model)
    found = {label: values[key] for key, label in LOAD_TIME_FIELDS.items()}
    found["CPU threads"] = settings.threads
    found["chat template"] = template_override_for(settings, model)
    return found


def default_generation() -> dict[str, Any]:
    return {**dataclasses.asdict(GenerationSettings()), "context_length": Settings.context_length}


def _scrolling(inner: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(inner)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    # Let the tab's own background show through instead of a differently shaded box.
    area.viewport().setAutoFillBackground(False)
    inner.setAutoFillBackground(False)
    return area


def _put(store: dict[str, Any], key: str, value: Any) -> None:
    """Keep ``value`` under ``key``; nothing (an empty override, no problem) removes the key."""
    if value:
        store[key] = value
    else:
        store.pop(key, None)


class PerModelPage(QWidget):
    """Overrides for one model at a time; the others' are kept while the user switches."""

    changed = Signal()

    def __init__(self, settings: Settings, models: list[str]) -> None:
        super().__init__()
        self._overrides = copy.deepcopy(settings.model_overrides)
        self._templates = dict(settings.template_overrides)
        self._template_problems: dict[str, str] = {}
        self._current: str | None = None
        self.picker = QComboBox()
        self.picker.setAccessibleName("Model")
        for path in models:
            if self.picker.findText(Path(path).name) < 0:  # overrides go by file name
                self.picker.addItem(Path(path).name, path)
        self.reset_button = QPushButton("Reset this model to the defaults")
        self.reset_button.clicked.connect(self.reset_current)
        self.form = GenerationForm(checkable=True)
        self.form.changed.connect(self.changed)
        self.editor = TemplateEditor()
        self.editor.changed.connect(self.changed)
        self.error = error_label()

        top = row(QLabel("Model:"), (self.picker, 1), self.reset_button)
        form_box = QGroupBox("Settings for this model (checked ones replace the defaults)")
        form_layout = QVBoxLayout(form_box)
        form_layout.addWidget(_scrolling(self.form), 1)
        form_layout.addWidget(self.error)
        template_box = QGroupBox("Chat template")
        QVBoxLayout(template_box).addWidget(self.editor)
        columns = row((form_box, 1), (template_box, 1))
        layout = QVBoxLayout(self)
        if not models:
            layout.addWidget(QLabel("No models are installed yet: add one on the Models page."))
        layout.addWidget(top)
        layout.addWidget(columns, 1)
        for widget in (self.picker, self.reset_button, form_box, template_box):
            widget.setEnabled(bool(models))
        self.picker.currentIndexChanged.connect(self._on_picked)
        self.form.set_defaults(generation_for(settings, ""))
        if models:
            self._on_picked(0)

    def set_defaults(self, defaults: dict[str, Any]) -> None:
        self.form.set_defaults(defaults)

    def _store_current(self) -> None:
        name = self._current
        if name is None:
            return
        _put(self._overrides, name, self.form.overrides())
        _put(self._templates, name, self.editor.override())
        _put(self._template_problems, name, self.editor.problem())

    def _on_picked(self, index: int) -> None:
        self._store_current()
        path = self.picker.itemData(index)
        self._current = Path(path).name
        self.form.set_overrides(self._overrides.get(self._current, {}))
        self.editor.show_model(path, self._templates.get(self._current))

    def reset_current(self) -> None:
        self.form.set_overrides({})
        self.editor.reset()

    def problem(self, defaults: dict[str, Any]) -> str | None:
        """Why OK cannot be accepted, for any model; the current model's template problem is
        left to the editor, which shows it under the template."""
        self._store_current()
        self.form.mark_invalid(invalid_keys(self.form.overrides()))
        for name, values in self._overrides.items():
            problem = check_generation({**defaults, **values})
            if problem:
                return problem if name == self._current else f"{name}: {problem}"
        for name, problem in self._template_problems.items():
            if name != self._current:
                return f"The chat template of {name}: {problem}"
        return None

    def model_overrides(self) -> dict[str, dict[str, Any]]:
        self._store_current()
        return copy.deepcopy(self._overrides)

    def template_overrides(self) -> dict[str, str]:
        self._store_current()
        return dict(self._templates)


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        models: list[str],
        parent: QWidget | None = None,
        loaded_model: str = "",
    ) -> None:
        """``loaded_model``: the path of the model in memory, whose load settings the note
        watches ("" when none is)."""
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self._original = copy_settings(settings)
        self._loaded_model = loaded_model
        self.general = GeneralPage(settings, models)
        self.generation = GenerationForm()
        self.generation.set_values(generation_for(settings, ""))
        self.generation_error = error_label()
        self.generation_reset = QPushButton("Reset to defaults")
        self.generation_reset.clicked.connect(
            lambda: self.generation.set_values(default_generation())
        )
        generation_page = QWidget()
        generation_layout = QVBoxLayout(generation_page)
        generation_layout.addWidget(
            QLabel("Used for every model, except where the Per model tab says otherwise.")
        )
        generation_layout.addWidget(_scrolling(self.generation), 1)
        generation_layout.addWidget(self.generation_error)
        generation_layout.addWidget(row(1, self.generation_reset))
        self.per_model = PerModelPage(settings, models)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.general, "General")
        self.tabs.addTab(generation_page, "Generation")
        self.tabs.addTab(self.per_model, "Per model")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.elsewhere = error_label()  # points at a problem on a tab not in view
        self.reload_note = QLabel()
        self.reload_note.setWordWrap(True)
        self.reload_note.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.reload_note)
        layout.addWidget(row((self.elsewhere, 1), self.buttons))

        self.general.changed.connect(self._validate)
        self.generation.changed.connect(self._on_generation_changed)
        self.per_model.changed.connect(self._validate)
        self.tabs.currentChanged.connect(self._validate)
        self.problems: dict[int, str] = {}  # tab index → why a value on it is refused
        self.resize(980, 640)
        self._validate()

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _on_generation_changed(self) -> None:
        self.per_model.set_defaults(self.generation.values())  # unchecked rows show the defaults
        self._validate()

    def _validate(self) -> None:
        defaults = self.generation.values()
        bad = invalid_keys(defaults)
        self.generation.mark_invalid(bad)
        problem = check_generation(defaults, threads=self.general.values()["threads"])
        if problem and bad:  # the core's message covers several values: name the culprits
            problem = f"{' and '.join(FIELD_LABELS[key] for key in bad)}: {problem}"
        show_problem(self.generation_error, problem)
        model_problem = self.per_model.problem(defaults)
        show_problem(self.per_model.error, model_problem)
        found = {1: problem, 2: model_problem or self.per_model.editor.problem()}
        self.problems = problems = {tab: text for tab, text in found.items() if text}
        self.ok_button.setEnabled(not problems)
        elsewhere = [self.tabs.tabText(t) for t in problems if t != self.tabs.currentIndex()]
        show_problem(
            self.elsewhere,
            f"Fix the value on the {elsewhere[0]} tab first." if elsewhere else None,
        )
        if not problems:  # a refused value has no settings to compare
            self._show_reload_note()

    def _show_reload_note(self) -> None:
        model = self._loaded_model
        if not model:
            return
        before = load_time_values(self._original, model)
        after = load_time_values(self.result_settings(), model)
        changed = [name for name, value in after.items() if before[name] != value]
        if changed:
            names = " and ".join(filter(None, (", ".join(changed[:-1]), changed[-1])))
            verb = "applies" if len(changed) == 1 else "apply"
            self.reload_note.setText(
                f"The new {names} {verb} when {Path(model).stem} is loaded again: choose it "
                "again in the model picker. The other settings apply from the next answer."
            )
        self.reload_note.setVisible(bool(changed))

    def accept(self) -> None:
        editor = self.per_model.editor
        editor.flush()  # an edit still in its typing pause is checked now, in the background
        if editor.checking():  # OK is answered once the check is in
            editor.preview_updated.connect(
                self._accept_if_open, Qt.ConnectionType.SingleShotConnection
            )
            return
        self._validate()
        if self.ok_button.isEnabled():
            super().accept()

    def _accept_if_open(self) -> None:
        if self.isVisible():
            self.accept()

    def result_settings(self) -> Settings:
        """A new Settings: the one given, with this dialog's values."""
        generation = self.generation.values()
        context_length = generation.pop("context_length")
        return dataclasses.replace(
            copy_settings(self._original),
            **self.general.values(),
            context_length=context_length,
            generation=GenerationSettings(**generation),
            model_overrides=self.per_model.model_overrides(),
            template_overrides=self.per_model.template_overrides(),
        )
