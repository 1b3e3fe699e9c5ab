"""Load and sampling settings for the engine, with GPT4All's defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass


def default_threads() -> int:
    return max(1, min(4, os.cpu_count() or 1))


# The KV cache types offered: llama.cpp's ggml type id, and (bytes, values) per block. q8_0 and
# q4_0 keep 32 values with an f16 scale in 34 and 18 bytes: about 1/2 and 1/4 of f16's memory,
# for a small loss of precision. llama.cpp needs flash attention for a quantised V cache.
KV_CACHE_TYPES = {"f16": (1, (2, 1)), "q8_0": (8, (34, 32)), "q4_0": (2, (18, 32))}
KV_CACHE_LABELS = {"f16": "16-bit (f16)", "q8_0": "8-bit (q8_0)", "q4_0": "4-bit (q4_0)"}


@dataclass(frozen=True)
class LoadSettings:
    n_ctx: int = 2048
    n_threads: int = 0  # 0 = automatic: min(4, cores)
    n_batch: int = 512
    n_gpu_layers: int = -1  # -1 = as many as fit, when this llama.cpp build can offload at all
    use_mmap: bool = True
    # llama.cpp's own tools default to flash attention where the backend has it; on this CPU it is
    # ~5 % faster per token and scales better with depth. Loading retries without it if refused.
    flash_attn: bool = True
    chat_template: str | None = None  # the user's own template for this model (None: the GGUF's)
    kv_cache_type: str = "f16"  # a key of KV_CACHE_TYPES

    def __post_init__(self) -> None:
        if self.n_ctx < 64:
            raise ValueError("The context length must be at least 64 tokens.")
        if self.n_threads < 0 or self.n_batch < 1:
            raise ValueError("Threads must be 0 (automatic) or more, batch size at least 1.")
        if self.kv_cache_type not in KV_CACHE_TYPES:
            raise ValueError(f"The KV cache type must be one of {', '.join(KV_CACHE_TYPES)}.")
        if self.kv_cache_type != "f16" and not self.flash_attn:
            raise ValueError("A quantised KV cache needs flash attention.")

    @property
    def threads(self) -> int:
        return self.n_threads or default_threads()


@dataclass(frozen=True)
class SamplingSettings:
    temperature: float = 0.7
    top_p: float = 0.4
    top_k: int = 40
    min_p: float = 0.0
    repeat_penalty: float = 1.18
    repeat_last_n: int = 64
    # 0 = no limit of its own: the answer goes on until the model ends it or the context is full
    # (llama.cpp's and Ollama's default too). A fixed number would have to follow the context.
    max_tokens: int = 0
    seed: int | None = None  # None = a fresh random seed each answer

    def __post_init__(self) -> None:
        if self.temperature < 0 or not 0 < self.top_p <= 1 or not 0 <= self.min_p <= 1:
            raise ValueError("Temperature must be ≥ 0, top_p in (0, 1] and min_p in [0, 1].")
        if self.top_k < 0 or self.max_tokens < 0 or self.repeat_last_n < 0:
            raise ValueError("top_k, the repeat window and max tokens must be ≥ 0.")
        if self.repeat_penalty <= 0:
            raise ValueError("The repeat penalty must be > 0 (1.0 turns it off).")
