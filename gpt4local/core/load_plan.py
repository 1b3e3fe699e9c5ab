"""Load settings that suit this machine: the memory check before a model is loaded.

Used by the command line and the app alike: the verdict decides whether to load at all (the
caller asks the user before loading a model that does not fit), "auto" memory-mapping is decided
from the free RAM, and automatic GPU layers become the number that fits in VRAM.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from gpt4local.core.config import LoadSettings
from gpt4local.core.memory_fit import DOES_NOT_FIT, Fit, assess, choose_mmap
from gpt4local.core.model_facts import facts_for_file
from gpt4local.core.system_probe import SystemInfo
from gpt4local.core.units import human_size

MMAP_MODES = ("auto", "on", "off")


@dataclass(frozen=True)
class LoadPlan:
    load: LoadSettings  # what to load with
    fit: Fit  # the verdict for it

    @property
    def fits(self) -> bool:
        return self.fit.verdict != DOES_NOT_FIT

    def refusal(self, name: str) -> str:
        """The one-line reason not to load, with what would fit instead."""
        e, fit = self.fit.estimate, self.fit
        text = (f"{name} does not fit in memory: it needs {human_size(e.total_bytes)} at context "
                f"{e.n_ctx:,} and {human_size(fit.available_bytes)} is available")  # fmt: skip
        if fit.max_context and fit.max_context < e.n_ctx:
            text += f"; a context of {fit.max_context:,} would fit"
        return text + "."


def plan_load(path: Path, load: LoadSettings, system: SystemInfo, mmap: str = "auto") -> LoadPlan:
    """Check ``path`` against the machine and settle the automatic settings in ``load``."""
    if mmap not in MMAP_MODES:
        raise ValueError(f"mmap must be one of {', '.join(MMAP_MODES)}")
    facts = facts_for_file(path)
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
    return LoadPlan(dataclasses.replace(load, **changes), fit)
