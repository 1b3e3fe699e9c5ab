"""The generation-settings form (used for the defaults, per model, and in the chat's settings
panel) and the texts of its fields."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from gpt4local.ui.theme import error_color

MAX_TOKENS_LIMIT = 1 << 20  # beyond any context a model on a personal computer has

translate = QCoreApplication.translate  # lupdate reads calls by this name too

if TYPE_CHECKING:  # PySide's stub says object; it returns the text it was given

    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class _Field:
    key: str
    label: str
    low: float = 0
    high: float = 0
    step: float = 1
    decimals: int = 0  # 0: a whole number
    special: str = ""  # shown instead of the lowest value
    suffix: str = ""
    tip: str = ""
    choices: tuple[tuple[str, str], ...] = ()  # (value, label): a drop-down list instead


# The texts are marked here and translated where they are shown (GenerationForm, field_label):
# the generation fields serve the Settings page and the chat's settings panel alike.
TOKENS = QT_TRANSLATE_NOOP("GenerationForm", " tokens")

# KV cache types by their names in the window (the fit question names them too).
KV_CACHE_NAMES = {
    "f16": QT_TRANSLATE_NOOP("KvCache", "16-bit (f16)"),
    "q8_0": QT_TRANSLATE_NOOP("KvCache", "8-bit (q8_0)"),
    "q4_0": QT_TRANSLATE_NOOP("KvCache", "4-bit (q4_0)"),
}


def kv_cache_name(kind: str) -> str:
    return translate("KvCache", KV_CACHE_NAMES[kind]) if kind in KV_CACHE_NAMES else kind


FIELDS = (
    _Field("system_prompt", QT_TRANSLATE_NOOP("GenerationForm", "System prompt"),
           tip=QT_TRANSLATE_NOOP("GenerationForm",
                                 "Instructions the model sees before every chat.")),
    _Field("temperature", QT_TRANSLATE_NOOP("GenerationForm", "Temperature"), 0, 5, 0.05, 2,
           tip=QT_TRANSLATE_NOOP("GenerationForm", "Higher gives more varied answers; 0 always "
                                 "picks the likeliest word.")),
    _Field("top_p", QT_TRANSLATE_NOOP("GenerationForm", "Top P"), 0, 1, 0.05, 2,
           tip=QT_TRANSLATE_NOOP("GenerationForm", "Sample only from the likeliest words whose "
                                 "probabilities add up to this.")),
    _Field("top_k", QT_TRANSLATE_NOOP("GenerationForm", "Top K"), 0, 1000,
           special=QT_TRANSLATE_NOOP("GenerationForm", "Off"),
           tip=QT_TRANSLATE_NOOP("GenerationForm", "Sample only from this many likeliest words.")),
    _Field("min_p", QT_TRANSLATE_NOOP("GenerationForm", "Min P"), 0, 1, 0.01, 2,
           tip=QT_TRANSLATE_NOOP("GenerationForm", "Drop words less likely than this fraction "
                                 "of the likeliest one.")),
    _Field("repeat_penalty", QT_TRANSLATE_NOOP("GenerationForm", "Repeat penalty"), 0, 3, 0.01, 2,
           tip=QT_TRANSLATE_NOOP("GenerationForm", "Above 1 discourages repeating recent words; "
                                 "1 turns it off.")),
    _Field("repeat_last_n", QT_TRANSLATE_NOOP("GenerationForm", "Repeat penalty window"), 0, 8192,
           suffix=TOKENS,
           tip=QT_TRANSLATE_NOOP("GenerationForm",
                                 "How many recent tokens the repeat penalty looks at.")),
    _Field("max_tokens", QT_TRANSLATE_NOOP("GenerationForm", "Max answer length"), 0,
           MAX_TOKENS_LIMIT, 256,
           special=QT_TRANSLATE_NOOP("GenerationForm", "Until the context is full"), suffix=TOKENS,
           tip=QT_TRANSLATE_NOOP("GenerationForm", "The longest answer; a token is about three "
                                 "quarters of a word. Without a limit the model writes until it "
                                 "is done or the context is full.")),
    _Field("context_length", QT_TRANSLATE_NOOP("GenerationForm", "Context length"), 64,
           MAX_TOKENS_LIMIT, 256, suffix=TOKENS,
           tip=QT_TRANSLATE_NOOP("GenerationForm", "How much of the conversation the model sees. "
                                 "More needs more memory.")),
    _Field("batch_size", QT_TRANSLATE_NOOP("GenerationForm", "Batch size"), 1, 8192, 64,
           suffix=TOKENS,
           tip=QT_TRANSLATE_NOOP("GenerationForm", "Prompt tokens processed at once: larger is "
                                 "faster and needs more memory.")),
    _Field("gpu_layers", QT_TRANSLATE_NOOP("GenerationForm", "GPU layers"), -1, 999,
           special=QT_TRANSLATE_NOOP("GenerationForm", "As many as fit"),
           tip=QT_TRANSLATE_NOOP("GenerationForm", "Layers to run on the GPU, where this build "
                                 "can use one; 0 runs on the CPU only.")),
    _Field("kv_cache_type", QT_TRANSLATE_NOOP("GenerationForm", "KV cache"),
           choices=(("f16", QT_TRANSLATE_NOOP("GenerationForm", "16-bit (f16)")),
                    ("q8_0", QT_TRANSLATE_NOOP("GenerationForm", "8-bit (q8_0): half the memory")),
                    ("q4_0", QT_TRANSLATE_NOOP("GenerationForm",
                                               "4-bit (q4_0): a quarter of the memory"))),
           tip=QT_TRANSLATE_NOOP("GenerationForm", "Where the model keeps the conversation. "
                                 "8-bit fits twice the context in the same memory, with almost "
                                 "no loss; 4-bit four times, with some.")),
    _Field("seed", QT_TRANSLATE_NOOP("GenerationForm", "Seed"), -1, 2**31 - 1,
           special=QT_TRANSLATE_NOOP("GenerationForm", "Random"),
           tip=QT_TRANSLATE_NOOP("GenerationForm",
                                 "A fixed seed gives the same answer to the same prompt.")),
)  # fmt: skip


class _TranslatedLabels(Mapping[str, str]):
    """The fields' labels by key, in the window's language when they are read (the chat's
    settings panel names refused values with them too)."""

    def __getitem__(self, key: str) -> str:
        return translate("GenerationForm", _ENGLISH_LABELS[key])

    def __iter__(self) -> Iterator[str]:
        return iter(_ENGLISH_LABELS)

    def __len__(self) -> int:
        return len(_ENGLISH_LABELS)


_ENGLISH_LABELS = {spec.key: spec.label for spec in FIELDS}
FIELD_LABELS: Mapping[str, str] = _TranslatedLabels()


def _tr(text: str) -> str:
    return translate("GenerationForm", text) if text else ""


class GenerationForm(QWidget):
    """Every generation setting (or those named in ``keys``); with ``checkable``, each row has an
    "override" check box and unchecked rows show (disabled) the defaults given to
    ``set_defaults``. ``compact``: no hint column and no minimum editor width, for a side panel
    (the hints stay in the tooltips)."""

    changed = Signal()

    def __init__(self, checkable: bool = False, keys: Collection[str] | None = None,
                 compact: bool = False) -> None:  # fmt: skip
        super().__init__()
        self.checkable = checkable
        self.editors: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel | QCheckBox] = {}
        self.checks: dict[str, QCheckBox] = {}
        self._defaults: dict[str, Any] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        hints = not (checkable or compact)
        grid.setColumnStretch(2 if hints else 1, 1)
        fields = [spec for spec in FIELDS if keys is None or spec.key in keys]
        for row, spec in enumerate(fields):
            editor = self._make_editor(spec, compact)
            label_text, tip = _tr(spec.label), _tr(spec.tip)
            editor.setToolTip(tip)
            editor.setAccessibleName(label_text)
            self.editors[spec.key] = editor
            label: QLabel | QCheckBox
            if checkable:
                label = self.checks[spec.key] = QCheckBox(label_text)
                label.setToolTip(self.tr("Use a different value for this model"))
                label.toggled.connect(lambda on, key=spec.key: self._on_toggled(key, on))
                editor.setEnabled(False)
            else:
                label = QLabel(self.tr("{label}:", "a form label").format(label=label_text))
            self.labels[spec.key] = label
            multi_line = isinstance(editor, QPlainTextEdit)
            align = Qt.AlignmentFlag.AlignTop if multi_line else Qt.AlignmentFlag.AlignVCenter
            grid.addWidget(label, row, 0, align)
            if multi_line or not hints:
                grid.addWidget(editor, row, 1, 1, 2 if hints else 1)
                continue
            grid.addWidget(editor, row, 1)
            hint = QLabel(tip)  # tooltips are easy to miss; the defaults page has room
            hint.setWordWrap(True)
            hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            grid.addWidget(hint, row, 2)
        grid.setRowStretch(len(fields), 1)

    def mark_invalid(self, keys: list[str]) -> None:
        """Paint the labels of the rows whose values are refused."""
        for key, label in self.labels.items():
            label.setStyleSheet(f"color: {error_color()};" if key in keys else "")

    def _make_editor(self, spec: _Field, compact: bool) -> QWidget:
        if spec.key == "system_prompt":
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.setFixedHeight(text.fontMetrics().lineSpacing() * 4 + 12)
            text.textChanged.connect(self.changed)
            return text
        if spec.choices:
            combo = QComboBox()
            for value, label in spec.choices:
                combo.addItem(_tr(label), value)
            combo.currentIndexChanged.connect(self.changed)
            return combo
        spin: QSpinBox | QDoubleSpinBox
        if spec.decimals:
            spin = QDoubleSpinBox()
            spin.setDecimals(spec.decimals)
            spin.setRange(spec.low, spec.high)
            spin.setSingleStep(spec.step)
        else:
            spin = QSpinBox()
            spin.setRange(int(spec.low), int(spec.high))
            spin.setSingleStep(int(spec.step))
            spin.setGroupSeparatorShown(True)
        spin.setSpecialValueText(_tr(spec.special))
        spin.setSuffix(_tr(spec.suffix))
        spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        if not compact:
            spin.setMinimumWidth(190)
        spin.valueChanged.connect(self.changed)
        return spin

    def _on_toggled(self, key: str, on: bool) -> None:
        self.editors[key].setEnabled(on)
        if not on and key in self._defaults:
            self._set(key, self._defaults[key])
        self.changed.emit()

    def _set(self, key: str, value: Any) -> None:
        editor = self.editors[key]
        if isinstance(editor, QPlainTextEdit):
            if editor.toPlainText() != value:
                editor.setPlainText(str(value))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(editor.findData(value))  # -1 (blank) for an unknown value
        elif isinstance(editor, (QSpinBox, QDoubleSpinBox)):
            editor.setValue(-1 if value is None else value)

    def _get(self, key: str) -> Any:
        editor = self.editors[key]
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        if isinstance(editor, QComboBox):
            return editor.currentData()
        assert isinstance(editor, (QSpinBox, QDoubleSpinBox))
        value = editor.value()
        if key == "seed":
            return None if value < 0 else int(value)
        return round(value, editor.decimals()) if isinstance(editor, QDoubleSpinBox) else value

    def set_values(self, values: dict[str, Any]) -> None:
        for key, value in values.items():
            if key in self.editors:
                self._set(key, value)

    def values(self) -> dict[str, Any]:
        return {key: self._get(key) for key in self.editors}

    # --- per-model use ---

    def set_defaults(self, defaults: dict[str, Any]) -> None:
        """What unchecked rows show; checked rows keep their own value."""
        self._defaults = dict(defaults)
        for key, check in self.checks.items():
            if not check.isChecked():
                self._set(key, defaults[key])

    def set_overrides(self, overrides: dict[str, Any]) -> None:
        for key, check in self.checks.items():
            check.blockSignals(True)
            check.setChecked(key in overrides)
            check.blockSignals(False)
            self.editors[key].setEnabled(key in overrides)
            self._set(key, overrides.get(key, self._defaults.get(key)))
        self.changed.emit()

    def overrides(self) -> dict[str, Any]:
        return {key: self._get(key) for key, check in self.checks.items() if check.isChecked()}
