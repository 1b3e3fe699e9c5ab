"""Which llama.cpp backend a build has, and how installer builds bake it in."""

from __future__ import annotations

import runpy
import sys
import types
from pathlib import Path

import pytest

from gpt4local.core.inference import llama_build as backend


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CPU : SSE3 = 1 | AVX = 1 | OPENMP = 1 | ", ("cpu",)),
        ("CUDA : ARCHS = 890 | USE_GRAPHS = 1 | CPU : SSE3 = 1 | AVX2 = 1 | ", ("cuda", "cpu")),
        ("Metal : EMBED_LIBRARY = 1 | CPU : NEON = 1 | ARM_FMA = 1 | ", ("metal", "cpu")),
        ("", ()),
    ],
)
def test_backends_named_in_the_system_info(text: str, expected: tuple[str, ...]) -> None:
    assert backend.registered_from_system_info(text) == expected


@pytest.mark.parametrize(
    ("registered", "name"),
    [
        (("cpu",), "cpu"),
        (("cpu", "cuda"), "cuda"),
        (("metal", "blas", "cpu"), "metal"),
        (("vulkan", "cpu", "rpc"), "vulkan"),
        ((), "cpu"),
    ],
)
def test_a_gpu_backend_names_the_build(registered: tuple[str, ...], name: str) -> None:
    assert backend.best_backend(registered) == name


def test_this_machine_has_the_cpu_backend() -> None:
    report = backend.detect()
    assert report.name == "cpu" and "cpu" in report.registered and not report.missing
    assert report.devices and report.llama_cpp_python
    assert report.system_info.startswith("CPU :")
    assert backend.shipped_backends() == ("cpu",)
    assert backend.baked_backend() is None  # a checkout is never baked


def test_a_baked_backend_wins_and_is_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    baked = types.ModuleType("gpt4local._build_info")
    baked.BACKEND = "cuda"  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "gpt4local._build_info", baked)
    assert backend.backend_name() == "cuda"
    report = backend.detect()
    assert report.name == "cuda" and report.missing  # this machine's llama.cpp has no CUDA


def test_the_written_build_info_is_what_is_read(tmp_path: Path) -> None:
    written = backend.write_build_info("vulkan", tmp_path / "_build_info.py")
    assert runpy.run_path(str(written))["BACKEND"] == "vulkan"
    with pytest.raises(ValueError, match="unknown backend"):
        backend.write_build_info("quantum", tmp_path / "other.py")


def test_the_build_check_looks_for_the_library(capsys: pytest.CaptureFixture[str]) -> None:
    assert backend.main(["--check", "cpu"]) == 0
    assert backend.main(["--check", "cuda"]) == 1
    assert "no cuda library" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("from_registry", "gpu_offload", "missing"),
    [(True, True, True), (True, False, True), (False, True, False), (False, False, True)],
)
def test_a_vulkan_build_without_the_registry_trusts_a_working_gpu(
    from_registry: bool, gpu_offload: bool, missing: bool
) -> None:
    # Vulkan lists no features in the system info: only the registry names it for certain.
    report = backend.BackendReport(
        name="vulkan",
        registered=("cpu",),
        devices=(),
        gpu_offload=gpu_offload,
        llama_cpp_python="0",
        ggml=None,
        system_info="CPU : AVX2 = 1",
        from_registry=from_registry,
    )
    assert report.missing is missing
