"""The welcome page's suggestion: the catalog's best for this computer, or why there is none."""

from __future__ import annotations

from gpt4local.core.fit.recommendation import recommend_first_model
from gpt4local.core.fit.system_probe import SystemInfo
from gpt4local.core.fit.verdicts import catalog_fits
from gpt4local.core.models.catalog import Catalog, bundled_catalog
from gpt4local.core.units import human_size

GIB = 1 << 30


def machine(available_gib: float) -> SystemInfo:
    return SystemInfo(total_ram=16 * GIB, available_ram=int(available_gib * GIB), total_swap=0,
                      free_swap=0, physical_cores=4, logical_cores=8,
                      gpu_offload=False)  # fmt: skip


def test_a_machine_with_room_gets_the_catalogs_best_with_its_verdict() -> None:
    catalog = bundled_catalog()
    fits = catalog_fits(catalog, machine(12))
    choice = recommend_first_model(catalog, fits)
    assert choice.entry is not None and choice.entry.recommended
    assert choice.fit is fits[choice.entry.id]
    assert choice.reason == ""


def test_a_small_machine_gets_a_smaller_model() -> None:
    catalog = bundled_catalog()
    roomy = recommend_first_model(catalog, catalog_fits(catalog, machine(12))).entry
    small = recommend_first_model(catalog, catalog_fits(catalog, machine(3))).entry
    assert roomy is not None and small is not None
    assert small.size_bytes < roomy.size_bytes


def test_when_nothing_fits_the_reason_names_the_smallest_and_the_free_memory() -> None:
    catalog = bundled_catalog()
    choice = recommend_first_model(catalog, catalog_fits(catalog, machine(0.1)))
    smallest = min(catalog.entries, key=lambda e: e.size_bytes)
    assert choice.entry is None and choice.fit is None
    assert smallest.name in choice.reason
    assert f"({human_size(int(0.1 * GIB))})" in choice.reason  # the memory free now
    assert "browse all models" in choice.reason


def test_an_empty_catalog_says_so() -> None:
    choice = recommend_first_model(Catalog((), "2026-01-01", "remote"), {})
    assert choice.entry is None and "no models" in choice.reason
