"""A quantised KV cache (q8_0, q4_0): what llama.cpp allocates, the estimate, engine and CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gpt4local.core.fit.load_plan import plan_load
from gpt4local.core.fit.memory_fit import assess, estimate
from gpt4local.core.inference.engine import Engine
from gpt4local.core.inference.events import GenerationStats
from gpt4local.core.inference.options import LoadSettings, SamplingSettings
from gpt4local.core.messages import Message
from gpt4local.core.models.facts import facts_for_file
from gpt4local.core.settings import Settings, check_generation, load_for
from gpt4local.diagnostics.synthetic_model import ModelShape, write_model
from tests.core.test_memory_fit import llama_cpp_buffers, machine

MIB = 1 << 20


@pytest.mark.parametrize("kv_type", ["q8_0", "q4_0"])
@pytest.mark.parametrize("name", ["llama2-7b", "llama3-8b"])
def test_the_kv_estimate_is_what_llama_cpp_allocates(shaped_models, name, kv_type):
    path = shaped_models[name]
    reported = llama_cpp_buffers(path, 8192, flash_attn=True, kv_type=kv_type)
    ours = estimate(facts_for_file(path), 8192, kv_type=kv_type)
    assert ours.kv_bytes == pytest.approx(reported["KV"], rel=0.001)
    # Flash attention reads the quantised cache in place: the compute buffer hardly changes.
    assert ours.compute_reserved_bytes == pytest.approx(reported["compute"], rel=0.10)
    f16 = estimate(facts_for_file(path), 8192).kv_bytes
    assert ours.kv_bytes / f16 == pytest.approx(34 / 64 if kv_type == "q8_0" else 18 / 64)


def test_a_quantised_cache_fits_a_longer_context_in_the_same_memory(shaped_models):
    facts = facts_for_file(shaped_models["llama2-7b"])
    facts = type(facts)(**{**facts.__dict__, "n_layers": 32, "n_ctx_train": 32768})
    small = machine(8, available_gib=4)
    f16, q8_0 = assess(facts, small), assess(facts, small, kv_type="q8_0")
    assert q8_0.estimate.kv_bytes < f16.estimate.kv_bytes
    assert q8_0.max_context > 1.6 * f16.max_context > 0


def test_load_settings_refuse_unknown_types_and_quantised_v_without_flash_attention():
    with pytest.raises(ValueError, match="one of f16, q8_0, q4_0"):
        LoadSettings(kv_cache_type="q5_1")
    with pytest.raises(ValueError, match="needs flash attention"):
        LoadSettings(kv_cache_type="q8_0", flash_attn=False)


@pytest.fixture(scope="module")
def small_model(tmp_path_factory) -> Path:
    """Heads of 64 values: llama.cpp's flash attention reads a quantised cache in blocks of 32
    (the 16-value heads of the tiny test model make it refuse, and the engine falls back)."""
    shape = ModelShape(n_embd=128, n_layers=2, n_head=2, n_head_kv=2, n_ff=256)
    return write_model(tmp_path_factory.mktemp("kv") / "small.gguf", shape)


def test_the_engine_answers_with_a_q8_0_cache_and_says_so(small_model, tiny_model):
    engine = Engine(small_model, LoadSettings(n_ctx=512, kv_cache_type="q8_0"))
    try:
        assert engine.info.kv_cache_type == "q8_0" and engine.info.fallback_reason is None
        events = list(engine.stream([Message("user", "Hello")],
                                    SamplingSettings(max_tokens=8, seed=1)))  # fmt: skip
        stats = events[-1]
        assert isinstance(stats, GenerationStats) and stats.completion_tokens > 0
    finally:
        engine.close()
    # Where flash attention refuses the cache, the engine loads with f16 and says that it did.
    fallback = Engine(tiny_model, LoadSettings(n_ctx=512, kv_cache_type="q8_0"))
    try:
        assert fallback.info.kv_cache_type == "f16"
        assert "cannot use a q8_0 KV cache" in (fallback.info.fallback_reason or "")
    finally:
        fallback.close()


def test_the_load_plan_checks_memory_with_the_chosen_cache(tiny_model):
    roomy = machine(16)
    f16 = plan_load(tiny_model, LoadSettings(n_ctx=4096), roomy)
    q4_0 = plan_load(tiny_model, LoadSettings(n_ctx=4096, kv_cache_type="q4_0"), roomy)
    assert q4_0.load.kv_cache_type == "q4_0"
    assert q4_0.fit.estimate.kv_bytes * 64 == f16.fit.estimate.kv_bytes * 18


def test_settings_carry_the_cache_type_per_model(tiny_model):
    settings = Settings(model_overrides={tiny_model.name: {"kv_cache_type": "q8_0"}})
    assert load_for(settings, str(tiny_model)).kv_cache_type == "q8_0"
    assert load_for(settings, "other.gguf").kv_cache_type == "f16"
    assert "one of f16" in check_generation({"kv_cache_type": "q3"})


def test_cli_fit_takes_the_cache_type(tiny_model, isolated_home, capsys):
    from gpt4local.cli.main import main

    assert main(["models", "fit", str(tiny_model), "--ctx", "4096", "--json"]) == 0
    f16 = json.loads(capsys.readouterr().out)
    assert main(["models", "fit", str(tiny_model), "--ctx", "4096", "--kv-cache", "q8_0",
                 "--json"]) == 0  # fmt: skip
    q8_0 = json.loads(capsys.readouterr().out)
    assert q8_0["kv_bytes"] * 64 == f16["kv_bytes"] * 34
    assert main(["models", "fit", str(tiny_model), "--kv-cache", "q8_0"]) == 0
    assert "(q8_0)" in capsys.readouterr().out


def test_what_does_not_fit_gets_a_q8_0_cache_suggested_when_it_keeps_more_context(shaped_models):
    path = shaped_models["llama2-7b"]  # 256 MiB of f16 KV cache at 4,096 tokens
    facts = facts_for_file(path)
    f16, q8_0 = estimate(facts, 4096).total_bytes, estimate(facts, 4096, kv_type="q8_0").total_bytes
    between = machine(16, available_gib=(f16 + q8_0) / 2 / (1 << 30))
    plan = plan_load(path, LoadSettings(n_ctx=4096), between)
    assert not plan.fits
    assert plan.suggestion is not None
    assert (plan.suggestion.n_ctx, plan.suggestion.kv_cache_type) == (4096, "q8_0")
    assert "with a q8_0 KV cache a context of 4,096 would fit" in plan.refusal(path.name)
    # Already quantised: the suggestion is a shorter context with the same cache.
    q4_2048 = estimate(facts, 2048, kv_type="q4_0").total_bytes
    short = machine(16, available_gib=(q4_2048 + 1024) / (1 << 30))
    quantised = plan_load(path, LoadSettings(n_ctx=4096, kv_cache_type="q4_0"), short)
    assert quantised.suggestion is not None
    assert (quantised.suggestion.n_ctx, quantised.suggestion.kv_cache_type) == (2048, "q4_0")
    assert plan_load(path, LoadSettings(n_ctx=4096), machine(64)).suggestion is None  # fits
