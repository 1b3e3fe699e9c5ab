"""The Per model section of the Settings page: generation overrides and a chat template for one
model at a time, the others' kept while the user switches between models."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gpt4local.core.settings import Settings, check_generation, generation_for, invalid_keys
from gpt4local.ui.i18n.core_messages import describe
from gpt4local.ui.settings.generation_form import GenerationForm
from gpt4local.ui.settings.pages import row
from gpt4local.ui.settings.template_editor import TemplateEditor
from gpt4local.ui.theme import error_label


def scrolling(inner: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(inner)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    # Not a Tab stop of its own: Tab goes to the fields inside, and the area scrolls to them.
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
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
        self.picker.setAccessibleName(self.tr("Model"))
        for path in models:
            if self.picker.findText(Path(path).name) < 0:  # overrides go by file name
                self.picker.addItem(Path(path).name, path)
        self.reset_button = QPushButton(self.tr("Reset this model to the defaults"))
        self.reset_button.clicked.connect(self.reset_current)
        # Compact: the editors narrow with the column rather than scroll out of it (long labels).
        self.form = GenerationForm(checkable=True, compact=True)
        self.form.changed.connect(self.changed)
        self.editor = TemplateEditor()
        self.editor.changed.connect(self.changed)
        self.error = error_label()

        top = row(QLabel(self.tr("Model:")), (self.picker, 1), self.reset_button)
        form_box = QGroupBox(self.tr("Settings for this model (checked ones replace the defaults)"))
        form_layout = QVBoxLayout(form_box)
        form_layout.addWidget(scrolling(self.form), 1)
        form_layout.addWidget(self.error)
        template_box = QGroupBox(self.tr("Chat template"))
        QVBoxLayout(template_box).addWidget(self.editor)
        # The form gets more of the width: its editors cannot narrow as far as the template can.
        columns = row((form_box, 3), (template_box, 2))
        layout = QVBoxLayout(self)
        if not models:
            layout.addWidget(
                QLabel(self.tr("No models are installed yet: add one on the Models page."))
            )
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
        """Why the settings cannot be applied, for any model; the current model's template
        problem is left to the editor, which shows it under the template."""
        self._store_current()
        self.form.mark_invalid(invalid_keys(self.form.overrides()))
        for name, values in self._overrides.items():
            problem = check_generation({**defaults, **values})
            if problem:
                problem = describe(problem)
                if name == self._current:
                    return problem
                return self.tr("{model}: {problem}").format(model=name, problem=problem)
        for name, problem in self._template_problems.items():
            if name != self._current:
                return self.tr("The chat template of {model}: {problem}").format(
                    model=name, problem=problem)  # fmt: skip
        return None

    def model_overrides(self) -> dict[str, dict[str, Any]]:
        self._store_current()
        return copy.deepcopy(self._overrides)

    def template_overrides(self) -> dict[str, str]:
        self._store_current()
        return dict(self._templates)
