"""A model's chat template: shown, editable, checked by rendering a sample conversation.

The model's own template is read from its GGUF header on a worker thread (file I/O never runs on
the GUI thread). Edits are rendered on the sample after a short pause in typing, in the same
bounded sandbox the engine uses, so a template that would fail in a chat fails here first. The
rendering runs in the background too: a hostile template takes up to the sandbox's deadline, and
the window must not freeze meanwhile. A newer rendering stops the one before it.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from gpt4local.core.errors import ChatTemplateError
from gpt4local.core.templates.chat_template import FileTemplate, render_sample, template_of_file
from gpt4local.ui.background import run_in_background
from gpt4local.ui.i18n.core_messages import describe
from gpt4local.ui.settings.pages import row
from gpt4local.ui.theme import error_label, show_problem

RENDER_DELAY_MS = 300  # after the last keystroke: rendering per key would flicker errors


class TemplateEditor(QWidget):
    changed = Signal()  # the override or its validity changed
    model_read = Signal()  # the model's own template arrived (and was rendered), or is unreadable
    preview_updated = Signal()  # the sample was rendered, or failed to

    def __init__(self) -> None:
        super().__init__()
        # The family only: the size follows the application's font (the font size setting).
        family = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
        mono = f'QPlainTextEdit {{ font-family: "{family}"; }}'
        self.origin = QLabel()
        self.origin.setWordWrap(True)
        self.note = QLabel()  # the model has no template of its own, or its file is unreadable
        self.note.setWordWrap(True)
        self.note.setStyleSheet(
            "QLabel { background: #fff4ce; color: #4d3800; border: 1px solid #e6d08a;"
            " border-radius: 4px; padding: 6px; }"
        )
        self.note.hide()
        self.source = QPlainTextEdit()
        self.source.setStyleSheet(mono)
        self.source.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.source.setAccessibleName(self.tr("Chat template"))
        self.source.textChanged.connect(self._on_edited)
        self.reset_button = QPushButton(self.tr("Reset to the model's template"))
        self.reset_button.clicked.connect(self.reset)
        self.reset_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.preview = QPlainTextEdit()
        self.preview.setStyleSheet(mono)
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Sample conversation rendered with the template"))
        self.error = error_label()
        self.preview_caption = QLabel(self._sample_caption())
        self.preview_caption.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.origin)
        layout.addWidget(self.source, 3)
        # The 0 stretch keeps the button at the right while the error line is hidden.
        layout.addWidget(row((self.error, 1), 0, self.reset_button, align_top=True))
        layout.addWidget(self.preview_caption)
        layout.addWidget(self.preview, 2)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RENDER_DELAY_MS)
        self._timer.timeout.connect(self.render_now)
        self._model_template: FileTemplate | None = None
        self._given_override: str | None = None
        self._ready = False  # the model's template has arrived and the editor shows the result
        self._problem: str | None = None
        self._request = 0  # results of an earlier model's read are dropped
        self._rendering = 0  # the rendering whose result is awaited; earlier ones are dropped
        self._stop_rendering = threading.Event()  # set: that rendering stops
        self._checking = False
        self._announce_read = False  # model_read is due when the rendering in flight lands
        self.show_model(None, None)

    # --- what the Settings page asks ---

    def override(self) -> str | None:
        """The custom template, or None to use the model's own."""
        if not self._ready:
            return self._given_override
        text = self.source.toPlainText()
        model_source = self._model_template.source if self._model_template else None
        return text if text.strip() and text != model_source else None

    def problem(self) -> str | None:
        """Why the custom template cannot be accepted, as of the last check (see ``flush``)."""
        return self._problem if self.override() is not None else None

    def flush(self) -> None:
        """Check an edit still waiting for the pause in typing now (e.g. when OK is pressed);
        ``checking()`` is true until the result is in (``preview_updated``)."""
        if self._timer.isActive():
            self.render_now()

    def checking(self) -> bool:
        return self._checking

    # --- showing a model ---

    def show_model(self, path: str | None, override: str | None) -> None:
        self._request += 1
        request = self._request
        self._timer.stop()
        self._drop_rendering()
        self._ready = False
        self._model_template = None
        self._given_override = override
        self._problem = None
        self._set_text("")
        self.source.setEnabled(False)
        self.reset_button.setEnabled(False)
        self.preview.clear()
        show_problem(self.error, None)
        self.note.hide()
        if path is None:
            self.origin.setText(self.tr("No model chosen."))
            return
        self.origin.setText(self.tr("Reading the model file…"))
        run_in_background(
            lambda: template_of_file(path),
            lambda found: self._on_read(request, found),
            lambda error: self._on_read(request, None, describe(error)),
            self,
        )

    def _on_read(self, request: int, found: FileTemplate | None, failure: str = "") -> None:
        if request != self._request:
            return
        self._model_template = found
        if failure:
            self._show_note(
                self.tr("The model's template could not be read: {problem}").format(problem=failure)
            )
        elif found and found.origin.startswith("fallback:"):
            family = found.origin.split(":", 1)[1]
            self._show_note(
                found.note
                or self.tr("This model has no chat template; gpt4local uses the {family} format.")
                .format(family=family)
            )
        self._set_text(self._given_override or (found.source if found else ""))
        self.source.setEnabled(True)
        self._ready = True
        self._announce_read = True
        self.render_now()

    def _sample_caption(self, note: str | None = None) -> str:
        caption = self.tr(
            "A sample conversation with this template (special tokens such as BOS left out):"
        )
        return self.tr("{caption} {note}").format(caption=caption, note=note) if note else caption

    def _show_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.show()

    def _set_text(self, text: str) -> None:
        self.source.blockSignals(True)
        self.source.setPlainText(text)
        self.source.blockSignals(False)

    # --- editing ---

    def reset(self) -> None:
        """Back to the model's own template (or the fallback gpt4local chose)."""
        if not self._ready:  # still reading: it will show the model's own when it arrives
            self._given_override = None
            return
        self.source.setPlainText(self._model_template.source if self._model_template else "")
        self.render_now()

    def _on_edited(self) -> None:
        if self._ready:
            self._update_origin()
            self._timer.start()
            self.changed.emit()

    def _update_origin(self) -> None:
        custom = self.override() is not None
        self.reset_button.setEnabled(custom)
        if custom:
            self.origin.setText(
                self.tr("Custom template: it replaces the model's own for this model.")
            )
        elif self._model_template and self._model_template.origin == "gguf":
            self.origin.setText(self.tr("The model's own template, from its file."))
        elif self._model_template:
            self.origin.setText(self.tr("The fallback template gpt4local chose for this model."))
        else:
            self.origin.setText(self.tr("Leave empty to use the model's own template."))

    def render_now(self) -> None:
        """Render the sample with the text as it is now, in the background."""
        self._timer.stop()
        self._update_origin()
        self._drop_rendering()
        rendering, stop = self._rendering, self._stop_rendering
        text = self.source.toPlainText()
        if not text.strip():
            self._show_rendering(rendering, ("", None), None)
            return
        self._checking = True
        run_in_background(
            lambda: render_sample(text, stop.is_set),
            lambda result: self._show_rendering(rendering, result, None),
            lambda error: self._show_rendering(rendering, ("", None), error),
            self,
        )

    def _drop_rendering(self) -> None:
        """Stop the rendering in flight, if any, and forget its result."""
        self._stop_rendering.set()
        self._stop_rendering = threading.Event()
        self._rendering += 1
        self._checking = False

    def _show_rendering(
        self, rendering: int, result: tuple[str, str | None], error: Exception | None
    ) -> None:
        if rendering != self._rendering:
            return
        self._checking = False
        rendered, note = result
        self._problem = None
        if error is not None:
            self._problem = describe(error) if isinstance(error, ChatTemplateError) else repr(error)
        self.preview.setPlainText(rendered)
        self.preview_caption.setText(self._sample_caption(note))
        if self._problem and self.override() is None:
            # The model's own template is what it is: say so, but do not block Apply.
            show_problem(
                self.error,
                self.tr("The model's own template fails: {problem}").format(problem=self._problem),
            )
        else:
            show_problem(self.error, self._problem)
        self.preview_updated.emit()
        self.changed.emit()
        if self._announce_read:
            self._announce_read = False
            self.model_read.emit()
