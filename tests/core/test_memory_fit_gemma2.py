"""The memory estimate for Gemma 2, and for tied output matrices, against llama.cpp's buffers.

Gemma 2 differs from the Llama shapes of test_memory_fit in what the estimate must get right:
sliding-window attention on every other layer (a second KV cache), a head size that is not
width / heads, a 256k vocabulary, and an output matrix tied to the token embedding, which Llama
3.2 1B/3B and the small Qwen2.5 models have too.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from gpt4local.core.fit.memory_fit import tied_output_copy_bytes
from gpt4local.core.inference.engine import Engine
from gpt4local.core.inference.events import GenerationStats
from gpt4local.core.inference.options import LoadSettings, SamplingSettings
from gpt4local.core.messages import Message
from gpt4local.core.models.facts import facts_for_file
from gpt4local.diagnostics.synthetic_model import ModelShape, write_model
from tests.core.test_memory_fit import assert_parts_match
from tests.synthetic_gemma2 import GEMMA2_2B, GEMMA2_9B, write_gemma2_model

MIB = 1 << 20
# Real widths, 2 layers (one sliding-window, one global): the compute buffer does not depend on
# depth, and the KV cache is per layer. "pure": every matrix Q4_0, the tied embedding too, which
# llama.cpp repacks on x86 and so holds twice. "q6k-embedding": as llama-quantize writes Q4_0
# and Q4_K_M files (the tied embedding in Q6_K), which x86 does not repack.
SHAPES = {
    "2b-pure": (dataclasses.replace(GEMMA2_2B, n_layers=2), False),
    "2b-q6k-embedding": (dataclasses.replace(GEMMA2_2B, n_layers=2), True),
    "9b-pure": (dataclasses.replace(GEMMA2_9B, n_layers=2), False),
}


@pytest.fixture(scope="module")
def gemma2_models(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("gemma2")
    return {
        name: write_gemma2_model(folder / f"gemma2-{name}.gguf", shape, q4_0=True,
                                 q6_k_embedding=q6k, chat_template=None)
        for name, (shape, q6k) in SHAPES.items()
    }  # fmt: skip


@pytest.mark.parametrize("name", list(SHAPES))
@pytest.mark.parametrize(("n_ctx", "flash_attn"), [(2048, True), (8192, True), (2048, False)])
def test_each_part_matches_what_llama_cpp_allocates(gemma2_models, name, n_ctx, flash_attn):
    # At 8192 the sliding-window layer's cache would be 4096 + 512 cells without swa_full,
    # which llama-cpp-python turns on: the estimate counts the whole context for every layer.
    assert_parts_match(gemma2_models[name], n_ctx, flash_attn)


def test_the_tied_output_is_counted_twice_only_where_llama_cpp_repacks_it(gemma2_models):
    pure = facts_for_file(gemma2_models["2b-pure"])
    q6k = facts_for_file(gemma2_models["2b-q6k-embedding"])
    q4_0_embedding = 256000 * 2304 // 32 * 18  # token_embd's bytes
    q6_k_embedding = 256000 * 2304 // 256 * 210
    assert tied_output_copy_bytes(pure, "x86_64") == q4_0_embedding
    assert tied_output_copy_bytes(q6k, "x86_64") == 0  # x86 does not repack Q6_K
    assert tied_output_copy_bytes(q6k, "aarch64") == q6_k_embedding  # ARM does


def test_a_model_with_its_own_output_matrix_is_not_counted_twice(tiny_model):
    facts = facts_for_file(tiny_model)
    assert facts.tied_embedding_type is None
    assert tied_output_copy_bytes(facts, "x86_64") == tied_output_copy_bytes(facts, "arm64") == 0


@pytest.mark.parametrize(("n_ctx", "flash_attn"), [(2048, True), (2048, False)])
def test_a_llama_with_a_tied_q4_0_output_matrix_matches_llama_cpp(tmp_path_factory, n_ctx,
                                                                   flash_attn):  # fmt: skip
    """Llama 3.2 1B widths (2048 wide, 128k vocabulary, no output.weight), 2 layers, all Q4_0."""
    shape = ModelShape(n_vocab=128256, n_embd=2048, n_layers=2, n_head=32, n_head_kv=8,
                       n_ff=8192, n_ctx_train=131072)  # fmt: skip
    folder = tmp_path_factory.mktemp("tied")
    path = write_model(folder / "llama-tied.gguf", shape, chat_template=None, q4_0=True,
                       tied_output=True)  # fmt: skip
    facts = facts_for_file(path)
    assert facts.tied_embedding_type == 2  # Q4_0, which x86 with AVX2 repacks
    assert_parts_match(path, n_ctx, flash_attn)


def test_a_synthetic_gemma2_model_answers_through_the_engine(tmp_path):
    path = write_gemma2_model(tmp_path / "tiny-gemma2.gguf")
    engine = Engine(path, LoadSettings(n_ctx=512, use_mmap=False))
    try:
        assert engine.gguf.architecture == "gemma2"
        assert "<start_of_turn>model" in engine.template.render([Message("user", "hi")])
        events = list(engine.stream([Message("user", "hello")], SamplingSettings(max_tokens=4)))
    finally:
        engine.close()
    stats = events[-1]
    assert isinstance(stats, GenerationStats) and stats.completion_tokens > 0


@pytest.mark.slow
@pytest.mark.parametrize("q6k", [True, False], ids=["q6k-embedding", "pure"])
def test_gemma2_2b_real_shapes_at_its_trained_context(tmp_path, q6k):
    """All 26 layers, 13 of them sliding-window, at context 8192 (~1.5 GB file, ~20 s)."""
    path = write_gemma2_model(tmp_path / "gemma2-2b.gguf", GEMMA2_2B, q4_0=True,
                              q6_k_embedding=q6k, chat_template=None)  # fmt: skip
    assert_parts_match(path, 8192, flash_attn=True)
