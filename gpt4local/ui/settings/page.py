"""The Settings page: General, Generation (defaults for every model) and Per model sections.

The page edits what it shows, never the settings themselves: Apply hands a new Settings to the
window (``applied``), Revert shows the stored values again. Apply, not apply-on-change: a value
is often refused while it is being typed (a context of "2" on the way to "2048"), a theme or font
size applied per keystroke would restyle the whole window under the user's fingers, and the
values a model is loaded with should change once, when the user means it.

Apply stays disabled while any value would be refused by the engine (the same validators core/
uses), and the reason is shown under the offending form. Edits not applied yet stay on the page
while the user looks at other pages (``pending_changed`` lets the rail mark it). When a value the
loaded model was loaded with differs (context, batch, GPU layers, KV cache, threads, its chat
template), a note above the buttons says it applies from the next load, until that load.
"""

from __future__ import annotations

import copy
import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
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
from gpt4local.ui.i18n.core_messages import describe
from gpt4local.ui.i18n.formatting import names_and
from gpt4local.ui.settings.generation_form import FIELD_LABELS, GenerationForm
from gpt4local.ui.settings.pages import GeneralPage, row
from gpt4local.ui.settings.per_model import PerModelPage, scrolling
from gpt4local.ui.theme import error_label, mark_primary, set_text_style, show_problem

translate = QCoreApplication.translate  # lupdate reads calls by this name too

if TYPE_CHECKING:  # PySide's stub says object; it returns the text it was given

    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

# The settings a model is loaded with, by the name the note gives them (translated there).
LOAD_TIME_FIELDS = {"context_length": QT_TRANSLATE_NOOP("SettingsPage", "context length"),
                    "batch_size": QT_TRANSLATE_NOOP("SettingsPage", "batch size"),
                    "gpu_layers": QT_TRANSLATE_NOOP("SettingsPage", "GPU layers"),
                    "kv_cache_type": QT_TRANSLATE_NOOP("SettingsPage", "KV cache")}  # fmt: skip
CPU_THREADS = QT_TRANSLATE_NOOP("SettingsPage", "CPU threads")
CHAT_TEMPLATE = QT_TRANSLATE_NOOP("SettingsPage", "chat template")
GENERAL_FIELDS = ("models_folder", "theme", "font_size", "language", "default_model", "threads",
                  "prefill_while_typing")  # fmt: skip
GENERATION_TAB, PER_MODEL_TAB = 1, 2


def load_time_values(settings: Settings, model: str) -> dict[str, Any]:
    """What ``model`` is loaded with, by the name the note gives each value."""
    values = generation_for(settings, model)
    found = {label: values[key] for key, label in LOAD_TIME_FIELDS.items()}
    found[CPU_THREADS] = settings.threads
    found[CHAT_TEMPLATE] = template_override_for(settings, model)
    return found


def default_generation() -> dict[str, Any]:
    return {**dataclasses.asdict(GenerationSettings()), "context_length": Settings.context_length}


class SettingsPage(QWidget):
    applied = Signal(object)  # a new Settings: the stored one with the page's values
    pending_changed = Signal(bool)  # the page holds edits that are not applied yet (or no more)
    restart_requested = Signal()  # General ▸ Language's Restart now (the page is applied first)

    def __init__(self, settings: Settings, models: list[str], loaded_model: str = "") -> None:
        """``settings``: the stored settings, read (at build, Revert and Apply) but never
        written. ``loaded_model``: the path of the model in memory, whose load settings the
        note watches ("" when none is)."""
        super().__init__()
        self._settings = settings
        self._models: list[str] = []  # the ones the sections show
        self._latest_models = list(models)
        self._built_from: tuple[Any, ...] = ()  # the stored values the sections show
        self._baseline: tuple[Any, ...] = ()  # the sections' values when built or last applied
        self.pending = False
        self.problems: dict[int, str] = {}  # tab index → why a value on it is refused
        self._loaded_with: dict[str, Any] = {}

        heading = QLabel(self.tr("Settings"))
        set_text_style(heading, "title")  # from the type scale: it follows the font size
        heading.setAccessibleName(self.tr("Settings"))
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.elsewhere = error_label()  # points at a problem on a tab not in view
        self.reload_note = QLabel()
        self.reload_note.setWordWrap(True)
        self.reload_note.hide()
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setToolTip(self.tr("Show the settings as they were last applied"))
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.setDefault(True)
        mark_primary(self.apply_button)  # the page's one main action, in the accent colour
        self.revert_button.clicked.connect(self.revert)
        self.apply_button.clicked.connect(self.apply)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.reload_note)
        # The 0 stretch keeps the buttons at the right while the error line is hidden.
        layout.addWidget(row((self.elsewhere, 1), 0, self.revert_button, self.apply_button))
        self.tabs.currentChanged.connect(self._validate)
        self.set_loaded_model(loaded_model)
        self._build(models)

    # --- building and refreshing -----------------------------------------------------------

    def _build(self, models: list[str]) -> None:
        """(Re)create the sections from the stored settings, on the same tab as before."""
        index = max(0, self.tabs.currentIndex())
        self.tabs.blockSignals(True)  # no validation of half-built sections
        while self.tabs.count():
            old = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if old is not None:
                old.deleteLater()
        settings = self._settings
        self.general = GeneralPage(settings, models)
        self.generation = GenerationForm()
        self.generation.set_values(generation_for(settings, ""))
        self.generation_error = error_label()
        self.generation_reset = QPushButton(self.tr("Reset to defaults"))
        self.generation_reset.clicked.connect(
            lambda: self.generation.set_values(default_generation())
        )
        generation_page = QWidget()
        generation_layout = QVBoxLayout(generation_page)
        generation_layout.addWidget(
            QLabel(self.tr("Used for every model, except where the Per model tab says otherwise."))
        )
        generation_layout.addWidget(scrolling(self.generation), 1)
        generation_layout.addWidget(self.generation_error)
        generation_layout.addWidget(row(1, self.generation_reset))
        self.per_model = PerModelPage(settings, models)
        self.tabs.addTab(self.general, self.tr("General"))
        self.tabs.addTab(generation_page, self.tr("Generation"))
        self.tabs.addTab(self.per_model, self.tr("Per model"))
        self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)

        self.general.changed.connect(self._validate)
        self.general.language.restart_requested.connect(self._restart)
        self.generation.changed.connect(self._on_generation_changed)
        self.per_model.changed.connect(self._validate)
        self._models = list(models)
        self._built_from = self._stored()
        self._baseline = self._edited()
        self._validate()

    def refresh(self, models: list[str]) -> None:
        """Show the stored settings and these models, unless edits not applied yet are on the
        page: those are kept (the user comes back to them); Revert shows these models then."""
        self._latest_models = list(models)
        if not self.pending and (models != self._models or self._stored() != self._built_from):
            self._build(models)

    def revert(self) -> None:
        self._build(self._latest_models)

    def set_loaded_model(self, path: str) -> None:
        """The model now in memory ("" for none), loaded with the stored settings as they are."""
        self._loaded_model = path
        self._loaded_with = load_time_values(self._settings, path) if path else {}
        if self._baseline:
            self._validate()

    def _stored(self) -> tuple[Any, ...]:
        settings = self._settings
        return (
            {name: getattr(settings, name) for name in GENERAL_FIELDS},
            generation_for(settings, ""),
            copy.deepcopy(settings.model_overrides),
            dict(settings.template_overrides),
        )

    def _edited(self) -> tuple[Any, ...]:
        return (
            self.general.values(),
            self.generation.values(),
            self.per_model.model_overrides(),
            self.per_model.template_overrides(),
        )

    # --- checking ------------------------------------------------------------------------------

    def _on_generation_changed(self) -> None:
        self.per_model.set_defaults(self.generation.values())  # unchecked rows show the defaults
        self._validate()

    def _validate(self) -> None:
        defaults = self.generation.values()
        bad = invalid_keys(defaults)
        self.generation.mark_invalid(bad)
        problem = check_generation(defaults, threads=self.general.values()["threads"])
        problem = describe(problem) if problem else None
        if problem and bad:  # the core's message covers several values: name the culprits
            names = names_and([FIELD_LABELS[key] for key in bad])
            problem = self.tr("{settings}: {problem}").format(settings=names, problem=problem)
        show_problem(self.generation_error, problem)
        model_problem = self.per_model.problem(defaults)
        show_problem(self.per_model.error, model_problem)
        found = {GENERATION_TAB: problem,
                 PER_MODEL_TAB: model_problem or self.per_model.editor.problem()}  # fmt: skip
        self.problems = problems = {tab: text for tab, text in found.items() if text}
        elsewhere = [self.tabs.tabText(t) for t in problems if t != self.tabs.currentIndex()]
        show_problem(
            self.elsewhere,
            self.tr("Fix the value on the {tab} tab first.").format(tab=elsewhere[0])
            if elsewhere else None,
        )
        if problems:  # a refused value has no settings to compare
            self.reload_note.hide()
        else:
            self._show_reload_note()
        pending = self._edited() != self._baseline
        self.apply_button.setEnabled(pending and not problems)
        self.revert_button.setEnabled(pending)
        if pending != self.pending:
            self.pending = pending
            self.pending_changed.emit(pending)

    def _show_reload_note(self) -> None:
        model = self._loaded_model
        if not model:
            self.reload_note.hide()
            return
        after = load_time_values(self.result_settings(), model)
        changed = [name for name, value in after.items() if self._loaded_with[name] != value]
        if changed:
            names = names_and([translate("SettingsPage", name) for name in changed])
            if len(changed) == 1:  # two sentences: the verb agrees with the names in English
                note = self.tr(
                    "The new {setting} applies when {model} is loaded again: choose it again in "
                    "the model picker. The other settings apply from the next answer."
                )
            else:
                note = self.tr(
                    "The new {setting} apply when {model} is loaded again: choose it again in "
                    "the model picker. The other settings apply from the next answer."
                )
            self.reload_note.setText(note.format(setting=names, model=Path(model).stem))
        self.reload_note.setVisible(bool(changed))

    # --- applying ------------------------------------------------------------------------------

    def apply(self) -> None:
        """Hand the page's values on (``applied``), unless one is refused or none changed."""
        editor = self.per_model.editor
        editor.flush()  # an edit still in its typing pause is checked now, in the background
        if editor.checking():  # Apply is answered once the check is in
            editor.preview_updated.connect(self.apply, Qt.ConnectionType.SingleShotConnection)
            return
        self._validate()
        if self.problems or not self.pending:
            return
        settings = self.result_settings()
        self._baseline = self._edited()
        self.applied.emit(settings)
        self._built_from = self._stored()  # the window stored them while the signal ran
        self._validate()

    def _restart(self) -> None:
        """Apply, then ask for the restart; refused values keep the window as it is."""
        self.apply()
        if not self.pending:
            self.restart_requested.emit()

    def result_settings(self) -> Settings:
        """A new Settings: the stored one, with this page's values."""
        generation = self.generation.values()
        context_length = generation.pop("context_length")
        return dataclasses.replace(
            copy_settings(self._settings),
            **self.general.values(),
            context_length=context_length,
            generation=GenerationSettings(**generation),
            model_overrides=self.per_model.model_overrides(),
            template_overrides=self.per_model.template_overrides(),
        )
