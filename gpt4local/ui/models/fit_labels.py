"""How a verdict reads in a table cell and its tooltip."""

from __future__ import annotations

from gpt4local.core.fit.memory_fit import CANNOT_LOAD, DOES_NOT_FIT, FITS, Fit

CELL = {FITS: "✓ fits", "tight": "⚠ tight", DOES_NOT_FIT: "✗ too big", CANNOT_LOAD: "✗ cannot load"}


def verdict_cell(fit: Fit | None, problem: str | None = None) -> str:
    """``problem``: why the file cannot be loaded at all, which outweighs any memory verdict."""
    if problem:
        return CELL[CANNOT_LOAD]
    if fit is None:
        return ""
    return CELL[fit.verdict] + (" ≈" if fit.estimate.approximate else "")


def verdict_tooltip(fit: Fit | None, problem: str | None = None) -> str | None:
    if problem:
        return problem
    if fit is None:
        return None
    lines = [fit.summary[0].upper() + fit.summary[1:] + "."]
    if fit.max_context:
        lines.append(f"Largest context that fits: {fit.max_context:,} tokens.")
    if fit.gpu_layers:
        lines.append(f"{fit.gpu_layers} layers fit in the GPU's memory.")
    if fit.estimate.approximate:
        lines.append("Approximate: estimated from the file size alone.")
    return "\n".join(lines + fit.notes)
