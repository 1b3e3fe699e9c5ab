"""The memory estimate against what llama.cpp itself allocates, and verdicts for given machines."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import llama_cpp
import pytest

from gpt4local.core.fit.load_plan import plan_load
from gpt4local.core.fit.memory_fit import (
    DOES_NOT_FIT,
    FITS,
    TIGHT,
    assess,
    choose_mmap,
    estimate,
    gpu_layers_that_fit,
)
from gpt4local.core.fit.system_probe import SystemInfo
from gpt4local.core.inference import llama_log
from gpt4local.core.inference.options import KV_CACHE_TYPES, LoadSettings
from gpt4local.core.models.catalog import bundled_catalog
from gpt4local.core.models.facts import facts_for_file, facts_from_catalog, facts_from_size
from gpt4local.diagnostics.synthetic_model import write_model
from tests.core.conftest import SHAPES

GIB = 1 << 30
MIB = 1 << 20


def machine(ram_gib: float, available_gib: float | None = None, **extra) -> SystemInfo:
    available = available_gib if available_gib is not None else ram_gib * 0.8
    values = dict(total_ram=int(ram_gib * GIB), available_ram=int(available * GIB),
                  total_swap=0, free_swap=0, physical_cores=4, logical_cores=8,
                  gpu_offload=False)  # fmt: skip
    return SystemInfo(**(values | extra))


def llama_cpp_buffers(path: Path, n_ctx: int, flash_attn: bool,
                      kv_type: str = "f16") -> dict[str, float]:  # fmt: skip
    """The buffer sizes (bytes) llama.cpp reports when it really loads the file (no mmap)."""
    llama_log.install()
    position = llama_log.mark()
    kind = KV_CACHE_TYPES[kv_type][0]
    llm = llama_cpp.Llama(model_path=str(path), n_ctx=n_ctx, n_batch=512, n_threads=1,
                          use_mmap=False, flash_attn=flash_attn, type_k=kind, type_v=kind,
                          verbose=False)  # fmt: skip
    llm.close()
    found: dict[str, float] = {}
    for line in llama_log.lines_since(position):
        match = re.search(r"(\w+)\s+(model|KV|compute|output) buffer size\s*=\s*([\d.]+) MiB", line)
        if match:
            kind = match.group(2)
            found[kind] = found.get(kind, 0) + float(match.group(3)) * MIB
    return found


def assert_parts_match(path: Path, n_ctx: int, flash_attn: bool) -> None:
    """Each part of the estimate against the buffer llama.cpp reports for it."""
    reported = llama_cpp_buffers(path, n_ctx, flash_attn)
    ours = estimate(facts_for_file(path), n_ctx, flash_attn=flash_attn)
    assert ours.weights_bytes == pytest.approx(reported["model"], rel=0.01)
    assert ours.kv_bytes == pytest.approx(reported["KV"], rel=0.001)
    assert ours.compute_reserved_bytes == pytest.approx(reported["compute"], rel=0.10)
    assert ours.output_bytes == pytest.approx(reported["output"], rel=0.05)


@pytest.mark.parametrize("name", list(SHAPES))
@pytest.mark.parametrize(("n_ctx", "flash_attn"), [(2048, True), (4096, True), (2048, False)])
def test_each_part_matches_what_llama_cpp_allocates(shaped_models, name, n_ctx, flash_attn):
    assert_parts_match(shaped_models[name], n_ctx, flash_attn)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads Linux's VmHWM")
def test_the_total_is_within_ten_percent_of_the_peak_rss(tmp_path):
    """A fresh process loads a 3-layer TinyLlama-shaped model, answers once, reports its RSS."""
    path = write_model(tmp_path / "three-layers.gguf", SHAPES["tinyllama"], q4_0=True)
    script = (
        "import sys; from pathlib import Path;"
        "from gpt4local.core.inference.options import LoadSettings, SamplingSettings;"
        "from gpt4local.core.inference.engine import Engine;"
        "from gpt4local.core.messages import Message;"
        "e = Engine(Path(sys.argv[1]), LoadSettings(n_ctx=2048, use_mmap=False));"
        "text = ' '.join(['tell me about the sea and the local model'] * 30);"  # > one batch
        "[None for _ in e.stream([Message('user', text)], SamplingSettings(max_tokens=8))];"
        # VmHWM, not ru_maxrss: Linux keeps ru_maxrss across exec, so it would include the
        # (much larger) pytest process this one was started from.
        "print([int(l.split()[1]) * 1024 for l in open('/proc/self/status')"
        " if l.startswith('VmHWM')][0])"
    )
    result = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True,
                            text=True, check=True, timeout=120)  # fmt: skip
    peak = int(result.stdout.strip().splitlines()[-1])
    ours = estimate(facts_for_file(path), 2048)
    assert ours.total_bytes == pytest.approx(peak, rel=0.10)


def test_catalog_facts_agree_with_the_header_for_the_same_shape(shaped_models):
    """Facts from the catalog (no file) land near the exact ones from a header."""
    entry = next(e for e in bundled_catalog().entries if e.id.startswith("tinyllama"))
    facts = facts_from_catalog(entry)
    assert facts is not None and facts.source == "catalog"
    assert (facts.n_layers, facts.n_embd, facts.n_head_kv) == (22, 2048, 4)
    assert estimate(facts, 2048).kv_bytes == 44 * MIB  # the TinyLlama KV cache llama.cpp reports


# --- verdicts on machines of given sizes ----------------------------------------------------


def catalog_facts(prefix: str):
    entry = next(e for e in bundled_catalog().entries if e.id.startswith(prefix))
    facts = facts_from_catalog(entry)
    assert facts is not None
    return facts


def test_13b_q4_on_an_8_gb_machine_does_not_fit():
    fit = assess(catalog_facts("llama-2-13b"), machine(8, 6.5))
    assert fit.verdict == DOES_NOT_FIT
    assert fit.max_context == 0  # not even a short context
    assert "does not fit" in fit.summary and "6.50 GB available" in fit.summary


def test_7b_q4_on_a_16_gb_machine_fits():
    fit = assess(catalog_facts("mistral-7b"), machine(16, 13))
    assert fit.verdict == FITS
    assert fit.max_context == 32768  # GQA keeps the KV cache small: the trained context fits


def test_7b_q4_on_an_8_gb_machine_is_tight_but_possible():
    fit = assess(catalog_facts("mistral-7b"), machine(8, 5.2))
    assert fit.verdict == TIGHT
    assert 2048 < fit.max_context < 32768
    assert estimate(catalog_facts("mistral-7b"), fit.max_context).total_bytes <= 5.2 * GIB


def test_the_largest_context_shrinks_with_the_memory():
    facts = catalog_facts("llama-2-13b")  # no GQA: 0.8 MB of KV per token
    roomy, small = assess(facts, machine(64, 48)), assess(facts, machine(16, 9))
    assert roomy.max_context == 4096  # its trained context
    assert 512 <= small.max_context < 4096
    assert estimate(facts, small.max_context).total_bytes <= 9 * GIB
    assert estimate(facts, small.max_context + 256).total_bytes > 9 * GIB


def test_gpu_layers_fill_the_vram_and_relieve_the_ram():
    facts = catalog_facts("llama-2-13b")
    gpu = machine(16, 12, gpu_offload=True, vram_total=8 * GIB, vram_free=7 * GIB)
    layers = gpu_layers_that_fit(facts, gpu, 2048)
    assert 0 < layers < facts.n_layers  # 7 GB of VRAM holds part of a 9 GB model
    fit = assess(facts, gpu)
    assert fit.gpu_layers == layers and fit.estimate.gpu_bytes > 0
    assert fit.estimate.ram_bytes < fit.estimate.total_bytes
    cpu_only = assess(facts, machine(16, 12))
    assert cpu_only.gpu_layers == 0 and fit.available_bytes > cpu_only.available_bytes


def test_unified_memory_does_not_count_twice():
    facts = catalog_facts("llama-2-13b")
    apple = machine(8, 6, gpu_offload=True, vram_total=6 * GIB, vram_free=6 * GIB,
                    unified_memory=True)  # fmt: skip
    fit = assess(facts, apple)
    assert fit.verdict == DOES_NOT_FIT and fit.available_bytes == apple.available_ram


def test_a_size_alone_gives_an_approximate_answer():
    facts = facts_from_size(4_368_439_296)  # a 7B Q4_K_M file
    fit = assess(facts, machine(16, 13))
    assert facts.approximate and fit.estimate.approximate and fit.verdict == FITS
    assert "about" in fit.summary
    assert 4 * GIB < fit.estimate.total_bytes < 7 * GIB


def test_mmap_is_chosen_only_with_room_for_the_mapped_copy(shaped_models):
    facts = facts_for_file(shaped_models["llama2-7b"])
    need = estimate(facts, 2048).total_bytes
    assert choose_mmap(facts, machine(64, 60), need)
    assert not choose_mmap(facts, machine(8, (need + facts.file_size) / GIB * 0.9), need)


def test_load_plan_refuses_with_numbers_and_settles_auto_settings(tiny_model):
    roomy = plan_load(tiny_model, LoadSettings(), machine(16, 12))
    assert roomy.fits and roomy.load.use_mmap
    cramped = plan_load(tiny_model, LoadSettings(), machine(1, 0.02))
    assert not cramped.fits and not cramped.load.use_mmap
    assert re.search(r"needs [\d.]+ MB at context 2,048 and [\d.]+ MB is available",
                     cramped.refusal("tiny.gguf"))  # fmt: skip
    forced = plan_load(tiny_model, LoadSettings(), machine(16, 12), mmap="off")
    assert not forced.load.use_mmap


def test_cli_fit_and_chat_refusal_use_the_injected_machine(tiny_model, isolated_home):
    env_machine = json.dumps({"total_ram": 1 << 30, "available_ram": 20 << 20})
    env = {"GPT4LOCAL_SYSTEM": env_machine, "GPT4LOCAL_HOME": str(isolated_home),
           "PATH": "/usr/bin:/bin"}  # fmt: skip

    def run(*args):
        return subprocess.run(
            [sys.executable, "-m", "gpt4local", *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )

    fit = run("models", "fit", str(tiny_model), "--json")
    assert fit.returncode == 0, fit.stderr
    result = json.loads(fit.stdout)
    for key in (
        "weights_bytes",
        "kv_bytes",
        "compute_bytes",
        "overhead_bytes",
        "total_bytes",
        "available_bytes",
        "verdict",
        "max_context",
        "gpu_layers",
        "approximate",
    ):
        assert key in result
    assert result["verdict"] == "does_not_fit" and result["available_bytes"] == 20 << 20
    chat = run("chat", "--model", str(tiny_model), "--prompt", "hi", "--max-tokens", "2")
    assert chat.returncode == 1
    assert "does not fit in memory" in chat.stderr and "--force" in chat.stderr
    forced = run("chat", "--model", str(tiny_model), "--prompt", "hi", "--max-tokens", "2",
                 "--force")  # fmt: skip
    assert forced.returncode == 0, forced.stderr
    system = run("system", "--json")
    assert json.loads(system.stdout)["available_ram"] == 20 << 20
    bad = dict(env, GPT4LOCAL_SYSTEM='{"ram": 1}')
    broken = subprocess.run([sys.executable, "-m", "gpt4local", "system"], capture_output=True,
                            text=True, env=bad, timeout=60)  # fmt: skip
    assert broken.returncode == 1 and "GPT4LOCAL_SYSTEM is not valid" in broken.stderr
