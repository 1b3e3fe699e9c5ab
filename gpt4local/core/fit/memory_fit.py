"""Will it fit? The memory a model needs while chatting, and a verdict for this machine.

needed = weights (as llama.cpp holds them) + KV cache for the context + compute buffers + the
runtime's own overhead. The parts were calibrated against what llama.cpp reports it allocates and
against the process's peak RSS (benchmarks/bench_memory.py, tests/core/test_memory_fit.py):

- Weights: every tensor's bytes. On a CPU llama.cpp repacks Q4_0 and friends into a second
  buffer; with memory-mapping the file pages of the repacked tensors stay mapped but unused, so
  RSS shows them twice although the working set is the weights once. Without mmap there is one
  copy: that is why ``choose_mmap`` turns mmap off when RAM is short. A tied output matrix
  (a file without output.weight) can be held twice: see ``tied_output_copy_bytes``.
- KV cache: 2 (K, V) x layers x context (padded to 256) x KV heads x head dim x 2 bytes (f16);
  a q8_0 or q4_0 cache stores 32 values in 34 or 18 bytes (exact against llama.cpp's buffer; its
  compute buffer stays within a few MiB of the f16 one).
  Also for sliding-window layers (Gemma 2's every other one): llama-cpp-python creates contexts
  with ``swa_full`` on, so their cache is as long as the others' (measured: Gemma 2 2B shapes,
  26 layers, context 8192: 2 x 416 MiB, as estimated; with ``swa_full`` off it would be 650 MiB).
- Compute: llama.cpp reserves the largest graph of a 512-token batch. With flash attention its
  peak is the feed-forward stage, ``batch x 4 x (3 n_ff + 3 n_embd)`` bytes, plus the attention
  mask (``context x batch x 2``); its reservation can be larger (the logits of a whole batch,
  ``batch x 4 x (n_vocab + 2 n_embd)``), but a chat asks for one row of logits, so those pages are
  never touched. Without flash attention the score matrix adds ``context x batch x heads x 4``.
- Overhead: the Python runtime with llama.cpp loaded and the tokenizer's tables.
"""

from __future__ import annotations

import platform
from dataclasses import dataclass, field

from gpt4local.core.errors import Bytes, Wording
from gpt4local.core.fit.system_probe import SystemInfo
from gpt4local.core.inference.options import KV_CACHE_TYPES
from gpt4local.core.models.facts import ModelFacts
from gpt4local.core.units import human_size

MIB = 1 << 20
# Measured on Linux (benchmarks/bench_memory.py): Python with llama.cpp loaded is ~42 MiB of RSS
# before any model; llama.cpp's model structures and the tokenizer's tables add ~6 MiB plus
# ~150 bytes per vocabulary entry.
RUNTIME_OVERHEAD = 48 * MIB
VOCAB_OVERHEAD = 150
COMFORT = 0.85  # "fits comfortably" leaves this share of the available memory for everything else
KV_PADDING = 256  # llama.cpp sizes the cache in steps of 256 cells
MIN_CONTEXT = 512
FITS, TIGHT, DOES_NOT_FIT = "fits", "tight", "does_not_fit"
CANNOT_LOAD = "cannot_load"  # the file itself is unusable (gguf_info): memory does not matter
VERDICT_WORDS = {FITS: "fits comfortably", TIGHT: "tight", DOES_NOT_FIT: "does not fit",
                 CANNOT_LOAD: "cannot load"}  # fmt: skip

# The notes a verdict comes with (the window translates them by their ids).
CLOSE_PROGRAMS = Wording("fit.close_programs", "Closing other programs could free enough memory.")
TRAINED_CONTEXT = Wording("fit.trained_context",
                          "The model was trained on {n_ctx_train} tokens of context.")
NO_SWAP = Wording("fit.no_swap", "This computer has no swap space: if it is loaded anyway, it may "
                  "fail, or the system may stop programs (this one too) to free memory.")
SWAP_TOO_SMALL = Wording(
    "fit.swap_too_small", "Loading it anyway needs about {shortfall} more than is free, and only "
    "{free_swap} of swap is free: it may fail, or the system may stop programs (this one too) to "
    "free memory.")
SWAP_SLOW = Wording("fit.swap_slow", "Loading it anyway puts about {shortfall} in swap "
                    "({free_swap} free): the whole computer can become slow while it swaps to "
                    "disk.")


# The ggml types llama.cpp's CPU backend repacks for matrix products (ggml-cpu/repack.cpp,
# ggml_repack_get_optimal_repack_type): x86-64 with AVX2 repacks Q4_0, Q4_K, IQ4_NL and MXFP4;
# ARM with NEON dot products also Q5_K, Q6_K and Q8_0. (Q2_K with AVX-512 is left out: rare.)
Q4_0, Q8_0, Q4_K, Q5_K, Q6_K, IQ4_NL, MXFP4 = 2, 8, 12, 13, 14, 20, 39
REPACKED_X86 = frozenset({Q4_0, Q4_K, IQ4_NL, MXFP4})
REPACKED_ARM = REPACKED_X86 | {Q5_K, Q6_K, Q8_0}


def tied_output_copy_bytes(facts: ModelFacts, machine: str | None = None) -> int:
    """The second copy llama.cpp holds of a tied output matrix on a CPU (0 when it holds one).

    A file without output.weight (Gemma's always, small Llama 3.2 and Qwen2.5 too) uses its
    token embedding as the output matrix. Token look-ups read it as stored; the output layer
    wants it in the buffer type that suits a matrix product, and when that is the repack buffer
    (its type is repacked on this CPU) the loader allocates it a second time: measured on
    Gemma 2 2B shapes, a Q4_0 embedding adds 316 MiB to the 1,403 MiB of the file's tensors.
    llama-quantize writes tied embeddings as Q6_K in Q4_K_M files, which x86 does not repack:
    such files pay twice on ARM only. ``machine``: ``platform.machine()`` by default.
    """
    if facts.tied_embedding_type is None:
        return 0  # it has its own output matrix, or only catalog facts or a size are known
    arm = (machine or platform.machine()).lower() in ("arm64", "aarch64")
    repacked = REPACKED_ARM if arm else REPACKED_X86
    return facts.tied_embedding_bytes if facts.tied_embedding_type in repacked else 0


def _padded(n_ctx: int) -> int:
    return -(-n_ctx // KV_PADDING) * KV_PADDING


@dataclass(frozen=True)
class Estimate:
    n_ctx: int
    weights_bytes: int
    kv_bytes: int
    compute_bytes: int  # resident at the peak of a batch
    compute_reserved_bytes: int  # what llama.cpp reserves (and reports) for the same
    output_bytes: int
    overhead_bytes: int
    gpu_layers: int = 0
    gpu_bytes: int = 0  # weights and KV of the offloaded layers, in VRAM instead of RAM
    approximate: bool = False

    @property
    def total_bytes(self) -> int:
        """Everything the model needs, wherever it lives."""
        return (self.weights_bytes + self.kv_bytes + self.compute_bytes + self.output_bytes
                + self.overhead_bytes)  # fmt: skip

    @property
    def ram_bytes(self) -> int:
        return self.total_bytes - self.gpu_bytes


def compute_bytes(facts: ModelFacts, n_ctx: int, n_batch: int = 512,
                  flash_attn: bool = True) -> tuple[int, int]:  # fmt: skip
    """(resident, reserved) bytes of llama.cpp's compute buffer for a batch of ``n_batch``."""
    n_ub, n_kv = min(n_batch, n_ctx), _padded(n_ctx)
    n_ff = facts.n_ff or int(facts.n_embd * 2.7)  # Llama-like when unknown
    n_vocab = facts.n_vocab or 32000
    ffn = n_ub * 4 * (3 * n_ff + 3 * facts.n_embd)
    logits = n_ub * 4 * (n_vocab + 2 * facts.n_embd)
    if flash_attn:
        attention = ffn + n_kv * n_ub * 2  # the mask, in f16
    else:
        attention = n_ub * (n_kv * (facts.n_head + 1) * 4 + 7 * facts.n_embd * 4)
    resident = max(ffn, attention) + n_vocab * 4
    return resident, max(resident, logits, attention)


def kv_cache_bytes(facts: ModelFacts, n_ctx: int, kv_type: str = "f16") -> int:
    """K and V for every layer at ``n_ctx`` (padded as llama.cpp does) in ``kv_type``."""
    block_bytes, block_values = KV_CACHE_TYPES[kv_type][1]
    values = facts.n_layers * facts.n_head_kv * (facts.head_dim_k + facts.head_dim_v)
    return values * _padded(n_ctx) * block_bytes // block_values


def estimate(facts: ModelFacts, n_ctx: int, *, n_batch: int = 512, flash_attn: bool = True,
             gpu_layers: int = 0, kv_type: str = "f16") -> Estimate:  # fmt: skip
    kv = kv_cache_bytes(facts, n_ctx, kv_type)
    resident, reserved = compute_bytes(facts, n_ctx, n_batch, flash_attn)
    layers = max(0, min(gpu_layers, facts.n_layers))
    per_layer = (facts.layers_bytes + kv) / max(1, facts.n_layers)
    return Estimate(
        n_ctx=n_ctx,
        weights_bytes=facts.weights_bytes + tied_output_copy_bytes(facts),
        kv_bytes=kv,
        compute_bytes=resident,
        compute_reserved_bytes=reserved,
        output_bytes=(facts.n_vocab or 32000) * 4,
        overhead_bytes=RUNTIME_OVERHEAD + VOCAB_OVERHEAD * (facts.n_vocab or 32000),
        gpu_layers=layers,
        gpu_bytes=int(per_layer * layers),
        approximate=facts.approximate,
    )


@dataclass(frozen=True)
class Fit:
    verdict: str  # FITS, TIGHT or DOES_NOT_FIT
    estimate: Estimate
    available_bytes: int  # RAM available now (plus VRAM used by offloaded layers)
    max_context: int  # the largest context that fits (0: not even the minimum)
    gpu_layers: int  # layers to offload (0 without a usable GPU)
    notes: list[str] = field(default_factory=list)

    @property
    def summary(self) -> str:
        e = self.estimate
        about = "about " if e.approximate else ""
        text = (f"{VERDICT_WORDS[self.verdict]}: needs {about}{human_size(e.total_bytes)} at "
                f"context {e.n_ctx:,}, {human_size(self.available_bytes)} available")  # fmt: skip
        if self.gpu_layers:
            text += f" ({self.gpu_layers} layers on the GPU)"
        return text

    def as_dict(self) -> dict:
        e = self.estimate
        return {
            "verdict": self.verdict, "weights_bytes": e.weights_bytes, "kv_bytes": e.kv_bytes,
            "compute_bytes": e.compute_bytes, "compute_reserved_bytes": e.compute_reserved_bytes,
            "output_bytes": e.output_bytes, "overhead_bytes": e.overhead_bytes,
            "total_bytes": e.total_bytes, "ram_bytes": e.ram_bytes, "gpu_bytes": e.gpu_bytes,
            "available_bytes": self.available_bytes, "n_ctx": e.n_ctx,
            "max_context": self.max_context, "gpu_layers": self.gpu_layers,
            "approximate": e.approximate, "summary": self.summary, "notes": self.notes,
        }  # fmt: skip


def gpu_layers_that_fit(facts: ModelFacts, system: SystemInfo, n_ctx: int, n_batch: int = 512,
                        flash_attn: bool = True, kv_type: str = "f16") -> int:  # fmt: skip
    """How many layers (weights + their KV) fit in free VRAM next to the GPU's compute buffer."""
    if not system.gpu_offload or not system.vram_free:
        return 0
    full = estimate(facts, n_ctx, n_batch=n_batch, flash_attn=flash_attn, kv_type=kv_type)
    room = system.vram_free * 0.9 - full.compute_reserved_bytes - full.output_bytes
    per_layer = (facts.layers_bytes + full.kv_bytes) / max(1, facts.n_layers)
    return max(0, min(facts.n_layers, int(room // per_layer))) if per_layer > 0 else 0


def _budget(system: SystemInfo, gpu_bytes: int) -> int:
    """Memory the model can use now: available RAM, plus the VRAM its offloaded layers take."""
    if system.unified_memory:  # the GPU's memory is the RAM: offloading adds nothing
        return system.available_ram
    return system.available_ram + gpu_bytes


def max_context(facts: ModelFacts, system: SystemInfo, n_batch: int = 512,
                flash_attn: bool = True, gpu_layers: int = 0,
                kv_type: str = "f16") -> int:  # fmt: skip
    """The largest context (a multiple of 256, up to the trained one) that fits at all.

    At the limit the verdict is "tight"; it is what to offer when the asked-for context does
    not fit.
    """
    limit = facts.n_ctx_train or 4096
    low, high, best = 1, max(1, limit // KV_PADDING), 0
    while low <= high:  # the need grows with the context: bisect over multiples of 256
        middle = (low + high) // 2
        n_ctx = middle * KV_PADDING
        need = estimate(facts, n_ctx, n_batch=n_batch, flash_attn=flash_attn,
                        gpu_layers=gpu_layers, kv_type=kv_type)  # fmt: skip
        if need.total_bytes <= _budget(system, need.gpu_bytes):
            best, low = n_ctx, middle + 1
        else:
            high = middle - 1
    return min(best, limit) if best >= min(MIN_CONTEXT, limit) else 0


def assess(facts: ModelFacts, system: SystemInfo, n_ctx: int | None = None, *,
           n_batch: int = 512, flash_attn: bool = True, kv_type: str = "f16") -> Fit:  # fmt: skip
    """The verdict for ``n_ctx`` (default: 2048, or less if the model was trained on less)."""
    n_ctx = n_ctx or min(2048, facts.n_ctx_train or 2048)
    layers = gpu_layers_that_fit(facts, system, n_ctx, n_batch, flash_attn, kv_type)
    need = estimate(facts, n_ctx, n_batch=n_batch, flash_attn=flash_attn, gpu_layers=layers,
                    kv_type=kv_type)  # fmt: skip
    budget = _budget(system, need.gpu_bytes)
    if need.total_bytes <= COMFORT * budget:
        verdict = FITS
    elif need.total_bytes <= budget:
        verdict = TIGHT
    else:
        verdict = DOES_NOT_FIT
    notes: list[str] = []
    if verdict == DOES_NOT_FIT and need.ram_bytes < system.total_ram - 1024 * MIB:
        notes.append(CLOSE_PROGRAMS())
    if verdict == DOES_NOT_FIT:
        notes.append(if_loaded_anyway(need.total_bytes - budget, system))
    if facts.n_ctx_train and n_ctx > facts.n_ctx_train:
        notes.append(TRAINED_CONTEXT(n_ctx_train=facts.n_ctx_train))
    fitting = max_context(facts, system, n_batch, flash_attn, layers, kv_type)
    return Fit(verdict, need, budget, fitting, layers, notes)


def if_loaded_anyway(shortfall: int, system: SystemInfo) -> str:
    """What loading a model ``shortfall`` bytes too big does on this machine: the swap decides
    between a slow computer and a failed load (or programs stopped to free memory)."""
    if system.total_swap <= 0:
        return NO_SWAP()
    if system.free_swap < shortfall:
        return SWAP_TOO_SMALL(shortfall=Bytes(shortfall), free_swap=Bytes(system.free_swap))
    return SWAP_SLOW(shortfall=Bytes(shortfall), free_swap=Bytes(system.free_swap))


def choose_mmap(facts: ModelFacts, system: SystemInfo, needed_bytes: int) -> bool:
    """Memory-map the file only when RAM has room for the mapped copy as well.

    With mmap, loading is about twice as fast (the page cache is reused), but on a CPU the file
    pages of repacked tensors stay mapped, so the process shows up to twice the weights in RSS.
    When RAM is short those pages compete with the working set; reading the file instead keeps
    a single copy, which is what lets an 8 GB machine run a 7B model.
    """
    if system.unified_memory or (system.gpu_offload and system.vram_free):
        return True  # the weights go to the GPU; the mapped file is only read once
    return needed_bytes + facts.file_size <= COMFORT * system.available_ram
