"""The one model the welcome page suggests to someone who has none: the catalog's best for this
computer, or, when none fits comfortably, a sentence saying why, with the figures to judge by."""

from __future__ import annotations

from dataclasses import dataclass

from gpt4local.core.errors import Bytes, Wording
from gpt4local.core.fit.memory_fit import Fit
from gpt4local.core.fit.verdicts import best_for_machine
from gpt4local.core.models.catalog import Catalog, CatalogEntry

NO_MODELS = Wording("recommend.no_models", "The model catalog lists no models to suggest.")
NONE_FITS = Wording(
    "recommend.none_fits",
    "None of the catalog's models fits comfortably in the memory free now ({available}); the "
    "smallest, {name}, needs about {needed}. Close some programs, or browse all models for a "
    "smaller one.")


@dataclass(frozen=True)
class Recommendation:
    """``entry`` and its ``fit``, or neither and ``reason`` says why there is none (a core message:
    the window says it in its language)."""

    entry: CatalogEntry | None
    fit: Fit | None
    reason: str = ""
    smallest: CatalogEntry | None = None  # nothing fits: the model needing least memory


def recommend_first_model(catalog: Catalog, fits: dict[str, Fit]) -> Recommendation:
    best = best_for_machine(catalog, fits)
    if best is not None:
        return Recommendation(best, fits[best.id])
    judged = [e for e in catalog.entries if e.id in fits]
    if not judged:
        return Recommendation(None, None, NO_MODELS())
    # The one needing least memory tells the user how far off this computer is.
    smallest = min(judged, key=lambda e: fits[e.id].estimate.total_bytes)
    fit = fits[smallest.id]
    return Recommendation(None, None, NONE_FITS(available=Bytes(fit.available_bytes),
                                                name=smallest.name,
                                                needed=Bytes(fit.estimate.total_bytes)),
                          smallest)  # fmt: skip
