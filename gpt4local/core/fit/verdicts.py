"""Verdicts for every catalog entry on this machine, and the one to suggest to a new user."""

from __future__ import annotations

from gpt4local.core.fit.memory_fit import FITS, Fit, assess
from gpt4local.core.fit.system_probe import SystemInfo
from gpt4local.core.models.catalog import Catalog, CatalogEntry
from gpt4local.core.models.facts import facts_from_catalog, facts_from_size


def catalog_fits(catalog: Catalog, system: SystemInfo) -> dict[str, Fit]:
    """Each entry's verdict at a 2,048-token context, from its published facts (no download)."""
    fits = {}
    for entry in catalog.entries:
        facts = facts_from_catalog(entry) or facts_from_size(entry.size_bytes, entry.context_length)
        fits[entry.id] = assess(facts, system)
    return fits


def best_for_machine(catalog: Catalog, fits: dict[str, Fit]) -> CatalogEntry | None:
    """The largest model that fits comfortably, preferring the ones marked for first-timers."""
    comfortable = [e for e in catalog.entries if fits[e.id].verdict == FITS]
    if not comfortable:
        return None
    return max(comfortable, key=lambda e: (e.recommended, e.parameters_billions))
