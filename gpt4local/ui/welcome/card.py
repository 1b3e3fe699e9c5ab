"""The welcome page's card: the one model recommended for this computer (name, what it is good
at, download size, fit verdict) and its button, which becomes the progress of the first-start
flow while it runs: bytes, speed and time left, "Verifying…", "Loading…", and a failure with
Retry. With no model to recommend it says why."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout

from gpt4local.core.fit.memory_fit import DOES_NOT_FIT, FITS
from gpt4local.core.fit.recommendation import Recommendation
from gpt4local.ui.i18n.core_messages import describe
from gpt4local.ui.i18n.formatting import format_size
from gpt4local.ui.models.fit_labels import parameters_text, verdict_cell, verdict_tooltip
from gpt4local.ui.style.scale import RADIUS, em_pixels, space
from gpt4local.ui.theme import current_colors, error_color, mark_primary, set_text_style
from gpt4local.ui.welcome.flow import BUSY, CANCELLABLE, FAILED, IDLE, FlowStatus

translate = QCoreApplication.translate  # lupdate reads calls by this name too
# The English source; the button shows its translation.
DOWNLOAD_TEXT = str(QT_TRANSLATE_NOOP("RecommendationCard", "Download and start chatting"))


def set_primary(button: QPushButton, primary: bool) -> None:
    """mark_primary that can also take the role away: the page's main action changes."""
    if bool(button.property("primary")) != primary:
        button.setProperty("primary", primary)
        button.style().unpolish(button)  # the style sheet's selectors are matched again
        button.style().polish(button)


def _label(style: str, muted: bool = False) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    set_text_style(label, style, muted)
    return label


class RecommendationCard(QFrame):
    download_clicked = Signal()
    cancel_clicked = Signal()
    retry_clicked = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("welcomeCard")
        self.recommendation: Recommendation | None = None
        self.kicker = _label("caption", muted=True)
        self.name = _label("title")
        self.description = _label("body", muted=True)
        self.facts = _label("body")
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Progress"))
        self.status = _label("body", muted=True)
        self.status.setAccessibleName(self.tr("Progress"))
        self.problem = _label("body")
        download_text = translate("RecommendationCard", DOWNLOAD_TEXT)
        self.download_button = QPushButton(download_text)
        self.download_button.setAccessibleName(download_text)
        self.download_button.clicked.connect(self.download_clicked)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the download"))
        self.cancel_button.setToolTip(self.tr("Stop downloading; what is already here is kept, "
                                              "and the next download resumes from it"))
        self.cancel_button.clicked.connect(self.cancel_clicked)
        self.retry_button = QPushButton(self.tr("Retry"))
        self.retry_button.setAccessibleName(self.tr("Retry"))
        self.retry_button.setAccessibleDescription(self.tr("Carry on from the step that failed"))
        self.retry_button.clicked.connect(self.retry_clicked)
        for button in (self.download_button, self.retry_button):
            mark_primary(button)

        buttons = QHBoxLayout()
        buttons.addWidget(self.download_button)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        self._column = QVBoxLayout(self)
        for widget in (self.kicker, self.name, self.description, self.facts, self.bar,
                       self.status, self.problem):  # fmt: skip
            self._column.addWidget(widget)
        self._column.addLayout(buttons)
        self.show_status(FlowStatus(IDLE))
        self._restyle()

    def show_recommendation(self, recommendation: Recommendation) -> None:
        self.recommendation = recommendation
        entry, fit = recommendation.entry, recommendation.fit
        if entry is None:
            self.kicker.setText(self.tr("NO MODEL TO SUGGEST"))
            self.name.setText(self.tr("No model in the catalog fits this computer comfortably"))
            self.description.setText(describe(recommendation.reason))  # core's, translated
            self.facts.hide()
        else:
            self.kicker.setText(self.tr("RECOMMENDED FOR THIS COMPUTER"))
            self.name.setText(entry.name)
            self.description.setText(entry.description)  # catalog content: English for now
            self.facts.setToolTip(verdict_tooltip(fit) or "")
            self.facts.setAccessibleDescription(verdict_tooltip(fit) or "")
            self.facts.show()
            self._show_facts()
        self.setAccessibleName(self.name.text())
        self.download_button.setAccessibleDescription(
            self.tr("Download {name} ({size}), load it and open a chat").format(
                name=entry.name, size=format_size(entry.size_bytes)) if entry else "")
        self.download_button.setEnabled(entry is not None)

    def show_status(self, status: FlowStatus) -> None:
        busy, failed = status.state in BUSY, status.state == FAILED
        has_entry = self.recommendation is not None and self.recommendation.entry is not None
        self.bar.setVisible(busy)
        if status.fraction is None:
            self.bar.setRange(0, 0)  # busy, length unknown
        else:
            self.bar.setRange(0, 1000)
            self.bar.setValue(round(status.fraction * 1000))
        self.status.setVisible(busy or (status.state == IDLE and bool(status.text)))
        self.status.setText(status.text)
        self.bar.setAccessibleDescription(status.text)
        self.problem.setVisible(failed)
        self.problem.setText(f"⚠ {status.text}" if failed else "")
        self.download_button.setVisible(has_entry and not busy and not failed)
        self.retry_button.setVisible(failed)
        self.cancel_button.setVisible(status.state in CANCELLABLE)

    def set_primary(self, primary: bool) -> None:
        """Another button of the page may be the main one (models installed: Start chatting)."""
        set_primary(self.download_button, primary)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._restyle()

    def _show_facts(self) -> None:
        """Size, parameters and the verdict, which is coloured when it is a warning; the
        tooltip gives the verdict's reasons."""
        entry = self.recommendation.entry if self.recommendation else None
        fit = self.recommendation.fit if self.recommendation else None
        if entry is None:
            return
        verdict = html.escape(verdict_cell(fit))
        if fit is not None and fit.verdict != FITS:  # tight or worse: draws the eye to why
            colour = error_color() if fit.verdict == DOES_NOT_FIT else current_colors().muted
            verdict = f'<span style="color:{colour}">{verdict}</span>'
        self.facts.setText(self.tr("{size} download · {parameters} parameters · {verdict}").format(
            size=format_size(entry.size_bytes), verdict=verdict,
            parameters=parameters_text(entry.parameters_billions)))

    def _restyle(self) -> None:
        """A raised surface with rounded corners, its gaps from the font of the moment."""
        colors = current_colors()
        radius = round(RADIUS * 2 * em_pixels(self.font()))
        sheet = (f"QFrame#welcomeCard {{ background: {colors.base}; border: 1px solid "
                 f"{colors.border}; border-radius: {radius}px; }}")  # fmt: skip
        if sheet != self.styleSheet():  # setting it sends a palette change: no loop
            self.setStyleSheet(sheet)
        problem_sheet = f"QLabel {{ color: {error_color()}; }}"
        if problem_sheet != self.problem.styleSheet():
            self.problem.setStyleSheet(problem_sheet)
        padding = space("xl", self.font())
        self._column.setContentsMargins(padding, padding, padding, padding)
        self._column.setSpacing(space("s", self.font()))
        self._show_facts()
