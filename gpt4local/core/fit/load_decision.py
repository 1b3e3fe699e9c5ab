"""Whether to load a model now: it fits, it is refused, or the user is asked first.

The one rule for every front end (the window asks, the command line refuses unless --force), so
the header is read once here and handed on to the engine with the decision.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from gpt4local.core.fit.load_plan import LoadPlan, plan_for_facts
from gpt4local.core.fit.memory_fit import Fit
from gpt4local.core.fit.system_probe import SystemInfo
from gpt4local.core.inference.options import LoadSettings
from gpt4local.core.models.facts import facts_for_info
from gpt4local.core.models.gguf_info import GgufInfo, read_info

Action = Literal["load", "ask", "refuse"]


@dataclass(frozen=True)
class LoadDecision:
    action: Action
    gguf: GgufInfo  # the header, read once: the engine takes it from here
    plan: LoadPlan

    @property
    def load(self) -> LoadSettings:
        """What to load with ("load"), or what was asked for ("ask", "refuse")."""
        return self.plan.load

    @property
    def fit(self) -> Fit:
        return self.plan.fit

    @property
    def suggestion(self) -> LoadSettings | None:
        """Asked or refused: the settings closest to the asked ones that fit (None: none do)."""
        return self.plan.suggestion

    @property
    def refusal(self) -> str:
        """Why not to load it, with what would fit instead (see LoadPlan.refusal)."""
        return self.plan.refusal(self.gguf.path.name)


def decide_load(path: Path | str, load: LoadSettings, system: SystemInfo, memory_map: str = "auto",
                *, force: bool = False, can_ask: bool = True,
                freed_bytes: int = 0) -> LoadDecision:  # fmt: skip
    """Check ``path`` against ``system`` with the settings asked for.

    ``force``: load even if it does not fit (the user said so). ``can_ask``: a model that does
    not fit is a question for the user, else refused. ``freed_bytes``: the RAM of the model
    loaded now, counted as free because it is unloaded before this one loads.
    Raises UserFacingError (ModelFileError) for a file that cannot be loaded at all.
    """
    gguf = read_info(path)
    if freed_bytes:
        system = dataclasses.replace(system, available_ram=system.available_ram + freed_bytes)
    plan = plan_for_facts(facts_for_info(gguf), load, system, memory_map)
    if plan.fits or force:
        action: Action = "load"
    else:
        action = "ask" if can_ask else "refuse"
    return LoadDecision(action, gguf, plan)
