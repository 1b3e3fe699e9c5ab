"""The seam every chat backend implements: the llama.cpp engine, test fakes, later remote servers.

The engine service (core.service) drives a backend from its one thread, so a backend needs no
locking of its own; only ``cancel`` is touched from other threads.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from gpt4local.core.inference.events import StreamEvent
from gpt4local.core.inference.options import SamplingSettings
from gpt4local.core.messages import Message


@dataclass(frozen=True)
class EngineInfo:
    model_name: str
    path: Path
    n_ctx: int
    n_ctx_train: int | None
    device: str  # "CPU" or "GPU (n layers)"
    threads: int
    template_origin: str
    fallback_reason: str | None = None  # what was asked for but not possible, and what is used
    kv_cache_type: str = "f16"  # as created (f16 after a fallback without flash attention)


class Cancel(Protocol):
    """A threading.Event, or anything else that can say it is set."""

    def is_set(self) -> bool: ...


class ChatBackend(Protocol):
    """One loaded model that answers conversations."""

    @property
    def info(self) -> EngineInfo: ...

    def stream(
        self,
        messages: Sequence[Message],
        sampling: SamplingSettings | None = None,
        cancel: Cancel | None = None,
        continue_answer: bool = False,
    ) -> Iterator[StreamEvent]:
        """Answer the last message (or go on with the last answer, ``continue_answer``); the
        events end with GenerationStats. Stops soon after ``cancel`` is set."""
        ...

    def prefill(self, messages: Sequence[Message], max_tokens: int, cancel: Cancel) -> int:
        """Decode ahead the prompt that sending ``messages`` would need; the tokens decoded."""
        ...

    def close(self) -> None: ...
