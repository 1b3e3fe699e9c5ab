"""Verdicts for many models at once: a Hub repository's files by size, the installed models by
their headers."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from gpt4local.core.errors import ModelFileError
from gpt4local.core.fit import verdicts
from gpt4local.core.fit.memory_fit import DOES_NOT_FIT, FITS
from gpt4local.core.fit.system_probe import SystemInfo
from gpt4local.core.fit.verdicts import hub_file_fits, scan_installed
from gpt4local.core.hub.api import HubFile

GIB = 1 << 30


def machine(ram_gib: float, available_gib: float) -> SystemInfo:
    return SystemInfo(total_ram=int(ram_gib * GIB), available_ram=int(available_gib * GIB),
                      total_swap=0, free_swap=0, physical_cores=4, logical_cores=8,
                      gpu_offload=False)  # fmt: skip


def hub_file(filename: str, size: int | None) -> HubFile:
    return HubFile("someone/Model-GGUF", filename, size, None, None)


def test_hub_files_are_judged_by_their_size_alone() -> None:
    files = [hub_file("small-Q4_0.gguf", 2 * GIB), hub_file("huge-F16.gguf", 140 * GIB),
             hub_file("unknown-size.gguf", None)]  # fmt: skip
    fits = hub_file_fits(files, machine(16, 13))
    assert set(fits) == {"small-Q4_0.gguf", "huge-F16.gguf"}  # no size, no verdict
    assert fits["small-Q4_0.gguf"].verdict == FITS
    assert fits["huge-F16.gguf"].verdict == DOES_NOT_FIT
    assert all(fit.estimate.approximate for fit in fits.values())
    assert hub_file_fits(files, machine(1, 0.01))["small-Q4_0.gguf"].verdict == DOES_NOT_FIT


@pytest.fixture
def models_folder(tmp_path: Path, tiny_model: Path, not_a_gguf: Path) -> Path:
    folder = tmp_path / "models"
    folder.mkdir()
    shutil.copy(tiny_model, folder / "good.gguf")
    shutil.copy(not_a_gguf, folder / "notes.gguf")
    return folder


def test_installed_models_get_a_verdict_for_the_given_machine(models_folder, untemplated_model):
    models, fits = scan_installed(models_folder, [str(untemplated_model)], machine(16, 13))
    by_name = {m.path.name: m for m in models}
    assert set(by_name) == {"good.gguf", "notes.gguf", untemplated_model.name}
    assert by_name[untemplated_model.name].side_loaded
    good, side_loaded = str(models_folder / "good.gguf"), str(untemplated_model)
    assert set(fits) == {good, side_loaded}  # a file that is not a GGUF has a problem instead
    assert by_name["notes.gguf"].problem is not None
    assert fits[good].verdict == FITS
    _models, on_no_memory = scan_installed(models_folder, [], machine(1, 0))
    assert on_no_memory[good].verdict == DOES_NOT_FIT


@pytest.mark.parametrize(
    ("failure", "problem"),
    [
        # unexpected: one file never empties the list
        (MemoryError(), "good.gguf could not be assessed: MemoryError"),
        # said in words (e.g. the memory needs of its architecture cannot be worked out)
        (ModelFileError("The memory good.gguf needs cannot be worked out."), None),
    ],
)
def test_a_file_that_cannot_be_assessed_has_no_verdict(models_folder, monkeypatch, failure,
                                                       problem):  # fmt: skip
    exact = verdicts.facts_for_file

    def facts_that_fail_for_one(path: Path, check: bool = True):
        if path.name == "good.gguf":
            raise failure
        return exact(path, check=check)

    monkeypatch.setattr(verdicts, "facts_for_file", facts_that_fail_for_one)
    shutil.copy(models_folder / "good.gguf", models_folder / "other.gguf")
    models, fits = scan_installed(models_folder, [], machine(16, 13))
    problems = {m.path.name: m.problem for m in models}
    assert problems["good.gguf"] == problem
    assert problems["other.gguf"] is None
    assert set(fits) == {str(models_folder / "other.gguf")}
