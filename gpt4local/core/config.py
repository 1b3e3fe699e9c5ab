"""Load and sampling settings for the engine, with GPT4All's defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass


def default_threads() -> int:
    return max(1, min(4, os.cpu_count() or 1))


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

    def __post_init__(self) -> None:
        if self.n_ctx < 64:
            raise ValueError("The context length must be at least 64 tokens.")
        if self.n_threads < 0 or self.n_batch < 1:
            raise ValueError("Threads must be 0 (automatic) or more, batch size at least 1.")

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
    max_tokens: int = 4096
    seed: int | None = None  # None = a fresh random seed each answer

    def __post_init__(self) -> None:
        if self.temperature < 0 or not 0 < self.top_p <= 1 or not 0 <= self.min_p <= 1:
            raise ValueError("Temperature must be ≥ 0, top_p in (0, 1] and min_p in [0, 1].")
        if self.top_k < 0 or self.max_tokens < 1 or self.repeat_last_n < 0:
            raise ValueError("top_k and the repeat window must be ≥ 0, max tokens ≥ 1.")
        if self.repeat_penalty <= 0:
            raise ValueError("The repeat penalty must be > 0 (1.0 turns it off).")
