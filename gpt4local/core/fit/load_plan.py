"""Load settings that suit this machine: the memory check before a model is loaded.

Used by the command line and the app alike: the verdict decides whether to load at all (the
caller asks the user before loading a model that does not fit), "auto" memory-mapping is decided
from the free RAM, and automatic GPU layers become the number that fits in VRAM.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from gpt4local.core.errors import Bytes, Wording, sentences
from gpt4local.core.fit.memory_fit import (
    DOES_NOT_FIT,
    MIN_CONTEXT,
    Fit,
    assess,
    choose_mmap,
    max_context,
)
from gpt4local.core.fit.system_probe import SystemInfo
from gpt4local.core.inference.options import LoadSettings
from gpt4local.core.models.facts import ModelFacts, facts_for_file

MMAP_MODES = ("auto", "on", "off")

_NEEDS = ("{name} does not fit in memory: it needs {needed} at context {n_ctx} and {available} is "
          "available")
REFUSED = Wording("fit.refused", _NEEDS + ".")
REFUSED_CONTEXT_WOULD_FIT = Wording("fit.refused_context_would_fit",
                                    _NEEDS + "; a context of {fitting} would fit.")
REFUSED_CACHE_WOULD_FIT = Wording(
    "fit.refused_cache_would_fit",
    _NEEDS + "; with a {kv_cache} KV cache a context of {fitting} would fit.")


@dataclass(frozen=True)
class LoadPlan:
    load: LoadSettings  # what to load with
    fit: Fit  # the verdict for it
    # When it does not fit: the settings closest to the asked ones that do (None: nothing fits).
    suggestion: LoadSettings | None = None

    @property
    def fits(self) -> bool:
        return self.fit.verdict != DOES_NOT_FIT

    def refusal(self, name: str) -> str:
        """The one-line reason not to load, with what would fit instead and what loading it
        anyway would do here."""
        e, fit = self.fit.estimate, self.fit
        figures = {"name": name, "needed": Bytes(e.total_bytes), "n_ctx": e.n_ctx,
                   "available": Bytes(fit.available_bytes)}  # fmt: skip
        better = self.suggestion
        if better is not None and better.kv_cache_type != self.load.kv_cache_type:
            text = REFUSED_CACHE_WOULD_FIT(**figures, kv_cache=better.kv_cache_type,
                                           fitting=better.n_ctx)  # fmt: skip
        elif better is not None:
            text = REFUSED_CONTEXT_WOULD_FIT(**figures, fitting=better.n_ctx)
        else:
            text = REFUSED(**figures)
        return sentences(text, *fit.notes)  # the notes say what loading anyway risks


def plan_load(path: Path, load: LoadSettings, system: SystemInfo, mmap: str = "auto") -> LoadPlan:
    """Check ``path`` against the machine and settle the automatic settings in ``load``."""
    return plan_for_facts(facts_for_file(path), load, system, mmap)


def plan_for_facts(facts: ModelFacts, load: LoadSettings, system: SystemInfo,
                   mmap: str = "auto") -> LoadPlan:  # fmt: skip
    """plan_load for a model whose facts are known already (its header was read)."""
    if mmap not in MMAP_MODES:
        raise ValueError(f"mmap must be one of {', '.join(MMAP_MODES)}")
    fit = assess(facts, system, load.n_ctx, n_batch=load.n_batch, flash_attn=load.flash_attn,
                 kv_type=load.kv_cache_type)  # fmt: skip
    changes: dict = {}
    if mmap == "auto":
        changes["use_mmap"] = choose_mmap(facts, system, fit.estimate.total_bytes)
    else:
        changes["use_mmap"] = mmap == "on"
    vram_known = system.gpu_offload and system.vram_free is not None
    if load.n_gpu_layers < 0 and vram_known and fit.gpu_layers < facts.n_layers:
        changes["n_gpu_layers"] = fit.gpu_layers  # "all" would not fit in VRAM
    load = dataclasses.replace(load, **changes)
    suggestion = None if fit.verdict != DOES_NOT_FIT else _suggest(facts, system, load, fit)
    return LoadPlan(load, fit, suggestion)


def _suggest(facts: ModelFacts, system: SystemInfo, load: LoadSettings,
             fit: Fit) -> LoadSettings | None:  # fmt: skip
    """The longest context up to the asked one that fits: with the same KV cache, or with a
    q8_0 one (half the memory, almost no loss) when that keeps more of the context."""
    options = []
    if fit.max_context >= MIN_CONTEXT:
        options.append(dataclasses.replace(load, n_ctx=min(load.n_ctx, fit.max_context)))
    if load.kv_cache_type == "f16" and load.flash_attn:
        halved = max_context(facts, system, load.n_batch, load.flash_attn, fit.gpu_layers, "q8_0")
        n_ctx = min(load.n_ctx, halved)
        if n_ctx >= MIN_CONTEXT and n_ctx > fit.max_context:
            options.append(dataclasses.replace(load, n_ctx=n_ctx, kv_cache_type="q8_0"))
    return max(options, key=lambda option: option.n_ctx, default=None)
