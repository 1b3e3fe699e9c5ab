"""Load and sampling settings for the engine, with GPT4All's defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass

from gpt4local.core.errors import Wording


def default_threads() -> int:
    return max(1, min(4, os.cpu_count() or 1))


# The KV cache types offered: llama.cpp's ggml type id, and (bytes, values) per block. q8_0 and
# q4_0 keep 32 values with an f16 scale in 34 and 18 bytes: about 1/2 and 1/4 of f16's memory,
# for a small loss of precision. llama.cpp needs flash attention for a quantised V cache.
KV_CACHE_TYPES = {"f16": (1, (2, 1)), "q8_0": (8, (34, 32)), "q4_0": (2, (18, 32))}
KV_CACHE_LABELS = {"f16": "16-bit (f16)", "q8_0": "8-bit (q8_0)", "q4_0": "4-bit (q4_0)"}


# How the messages name each setting; the command line names its own options (cli.py).
SETTING_LABELS = {
    "n_ctx": "The context length", "n_threads": "Threads", "n_batch": "The batch size",
    "kv_cache_type": "The KV cache type", "temperature": "Temperature", "top_p": "top_p",
    "top_k": "top_k", "min_p": "min_p", "repeat_penalty": "The repeat penalty",
    "repeat_last_n": "The repeat window", "max_tokens": "The answer length",
}  # fmt: skip
# The same sentences (label, rule, value) with ids, for the window to translate.
SETTING_REFUSED = {field: Wording(f"setting.{field}", template) for field, template in {
    "n_ctx": "The context length must be at least 64 tokens, not {value}.",
    "n_threads": "Threads must be 0 (automatic) or more, not {value}.",
    "n_batch": "The batch size must be at least 1, not {value}.",
    "kv_cache_type": "The KV cache type must be one of {choices}, not {value}.",
    "temperature": "Temperature must be 0 or more, not {value}.",
    "top_p": "top_p must be more than 0 and at most 1, not {value}.",
    "top_k": "top_k must be 0 (off) or more, not {value}.",
    "min_p": "min_p must be from 0 (off) to 1, not {value}.",
    "repeat_penalty": "The repeat penalty must be more than 0 (1.0 turns it off), not {value}.",
    "repeat_last_n": "The repeat window must be 0 or more, not {value}.",
    "max_tokens": "The answer length must be 0 (until the context is full) or more, not {value}.",
}.items()}  # fmt: skip
QUANTISED_CACHE_NEEDS_FLASH = Wording("setting.quantised_cache_needs_flash",
                                      "A quantised KV cache needs flash attention.")


class SettingError(ValueError):
    """One setting has a value the engine refuses. ``field`` is its name in LoadSettings or
    SamplingSettings, ``rule`` what it must be; the message says both and the value."""

    def __init__(self, field: str, value: object, rule: str) -> None:
        choices = {"choices": ", ".join(KV_CACHE_TYPES)} if field == "kv_cache_type" else {}
        super().__init__(SETTING_REFUSED[field](value=repr(value), **choices))
        self.field, self.value, self.rule = field, value, rule


def _require(field: str, value: object, valid: bool, rule: str) -> None:
    if not valid:
        raise SettingError(field, value, rule)


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
        _require("n_ctx", self.n_ctx, self.n_ctx >= 64, "at least 64 tokens")
        _require("n_threads", self.n_threads, self.n_threads >= 0, "0 (automatic) or more")
        _require("n_batch", self.n_batch, self.n_batch >= 1, "at least 1")
        _require("kv_cache_type", self.kv_cache_type, self.kv_cache_type in KV_CACHE_TYPES,
                 f"one of {', '.join(KV_CACHE_TYPES)}")  # fmt: skip
        if self.kv_cache_type != "f16" and not self.flash_attn:
            raise ValueError(QUANTISED_CACHE_NEEDS_FLASH())

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
        _require("temperature", self.temperature, self.temperature >= 0, "0 or more")
        _require("top_p", self.top_p, 0 < self.top_p <= 1, "more than 0 and at most 1")
        _require("top_k", self.top_k, self.top_k >= 0, "0 (off) or more")
        _require("min_p", self.min_p, 0 <= self.min_p <= 1, "from 0 (off) to 1")
        _require("repeat_penalty", self.repeat_penalty, self.repeat_penalty > 0,
                 "more than 0 (1.0 turns it off)")  # fmt: skip
        _require("repeat_last_n", self.repeat_last_n, self.repeat_last_n >= 0, "0 or more")
        _require("max_tokens", self.max_tokens, self.max_tokens >= 0,
                 "0 (until the context is full) or more")  # fmt: skip
