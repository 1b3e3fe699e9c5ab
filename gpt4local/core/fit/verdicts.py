"""Verdicts for many models at once: the catalog's (and the one to suggest to a new user), a Hub
repository's files, and the installed models."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from pathlib import Path

from gpt4local.core.errors import UserFacingError
from gpt4local.core.fit.memory_fit import FITS, Fit, assess
from gpt4local.core.fit.system_probe import SystemInfo
from gpt4local.core.hub.api import HubFile
from gpt4local.core.models.catalog import Catalog, CatalogEntry
from gpt4local.core.models.facts import facts_for_file, facts_from_catalog, facts_from_size
from gpt4local.core.models.library import InstalledModel, installed_models


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


def hub_file_fits(files: Iterable[HubFile], system: SystemInfo) -> dict[str, Fit]:
    """By file name, an approximate verdict from each file's size alone, for a whole listing
    at once; reading one file's header (when the user picks it) makes its verdict exact. Files
    of unknown size get none."""
    return {f.filename: assess(facts_from_size(f.size), system) for f in files if f.size}


def scan_installed(
    folder: Path, side_loaded: list[str], system: SystemInfo
) -> tuple[list[InstalledModel], dict[str, Fit]]:
    """The installed models and, by path, a verdict for each one that can be read (blocking).

    A file whose verdict fails unexpectedly gets that as its problem: one file never empties
    the list.
    """
    models, verdicts = installed_models(folder, side_loaded), {}
    for index, model in enumerate(models):
        if model.problem is not None:
            continue
        try:
            facts = facts_for_file(model.path, check=False)  # installed_models checked it
            verdicts[str(model.path)] = assess(facts, system)
        except UserFacingError:
            pass  # no verdict (e.g. an architecture whose memory needs are not known)
        except Exception as error:  # see above
            reason = str(error) or type(error).__name__
            problem = f"{model.path.name} could not be assessed: {reason}"
            models[index] = dataclasses.replace(model, problem=problem)
    return models, verdicts
