"""How a verdict reads in a table cell, its tooltip and a one-line summary, in the window's
language. Written here from the Fit's figures rather than from core's English ``Fit.summary``
(which the command line prints), so every word and number can be translated."""

from __future__ import annotations

from PySide6.QtCore import QObject

from gpt4local.core.fit.memory_fit import CANNOT_LOAD, DOES_NOT_FIT, FITS, TIGHT, Fit
from gpt4local.ui.i18n.core_messages import describe
from gpt4local.ui.i18n.formatting import format_number, format_size


class FitWords(QObject):
    """The verdicts' words; a QObject so that its plurals are marked as such (see formatting)."""

    def cell(self, verdict: str) -> str:
        return {
            FITS: self.tr("✓ fits"),
            TIGHT: self.tr("⚠ tight", "the model only just fits in memory"),
            DOES_NOT_FIT: self.tr("✗ too big"),
            CANNOT_LOAD: self.tr("✗ cannot load"),
        }[verdict]

    def summary(self, fit: Fit) -> str:
        """"fits comfortably: needs 1.20 GB at context 2,048, 3.50 GB available"."""
        e = fit.estimate
        figures = {"need": format_size(e.total_bytes), "context": format_number(e.n_ctx),
                   "available": format_size(fit.available_bytes)}  # fmt: skip
        if fit.verdict == FITS:
            text = (self.tr("fits comfortably: needs about {need} at context {context}, "
                            "{available} available") if e.approximate else
                    self.tr("fits comfortably: needs {need} at context {context}, "
                            "{available} available"))  # fmt: skip
        elif fit.verdict == TIGHT:
            text = (self.tr("tight: needs about {need} at context {context}, {available} "
                            "available") if e.approximate else
                    self.tr("tight: needs {need} at context {context}, {available} "
                            "available"))  # fmt: skip
        else:
            text = (self.tr("does not fit: needs about {need} at context {context}, "
                            "{available} available") if e.approximate else
                    self.tr("does not fit: needs {need} at context {context}, {available} "
                            "available"))  # fmt: skip
        return text.format(**figures)

    def largest_context(self, tokens: int) -> str:
        return self.tr("Largest context that fits: {tokens} tokens.").format(
            tokens=format_number(tokens))

    def gpu_layers(self, count: int) -> str:
        return self.tr("%n layers fit in the GPU's memory.", "", count)

    def parameters(self, number: str) -> str:
        return self.tr("{number} B", "billions of parameters").format(number=number)

    def millions(self, number: str) -> str:
        return self.tr("{number} M", "millions of parameters").format(number=number)

    def approximate(self) -> str:
        return self.tr("Approximate: estimated from the file size alone.")


def verdict_cell(fit: Fit | None, problem: str | None = None) -> str:
    """``problem``: why the file cannot be loaded at all, which outweighs any memory verdict."""
    if problem:
        return FitWords().cell(CANNOT_LOAD)
    if fit is None:
        return ""
    return FitWords().cell(fit.verdict) + (" ≈" if fit.estimate.approximate else "")


def fit_summary(fit: Fit) -> str:
    return FitWords().summary(fit)


def verdict_tooltip(fit: Fit | None, problem: str | None = None) -> str | None:
    if problem:
        return describe(problem)
    if fit is None:
        return None
    words = FitWords()
    summary = words.summary(fit)
    lines = [summary[0].upper() + summary[1:] + "."]
    if fit.max_context:
        lines.append(words.largest_context(fit.max_context))
    if fit.gpu_layers:
        lines.append(words.gpu_layers(fit.gpu_layers))
    if fit.estimate.approximate:
        lines.append(words.approximate())
    return "\n".join(lines + [describe(note) for note in fit.notes])


def parameters_text(billions: float) -> str:
    """A catalog's parameter count, as exact as the catalog gives it: "7 B", "1.5 B" ("1,5 Mrd."
    in German)."""
    decimals = 0 if float(billions).is_integer() else len(f"{billions:g}".split(".")[1])
    return FitWords().parameters(format_number(billions, decimals))


def parameter_count(count: int) -> str:
    """A counted number of parameters, rounded as core.units.human_count does: 7_241_732_096 →
    "7.2 B", 135_000_000 → "135 M"."""
    for scale, unit in ((1e9, FitWords().parameters), (1e6, FitWords().millions)):
        if count >= scale:
            scaled = count / scale
            return unit(format_number(scaled, 1 if scaled < 9.95 else 0))
    return format_number(count)
