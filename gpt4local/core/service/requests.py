"""What a front end can ask of the engine service: plain, immutable requests.

Adding a kind of work (embeddings, later) is a new request here and its handler in the service.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import IntEnum
from pathlib import Path

from gpt4local.core.inference.options import LoadSettings, SamplingSettings
from gpt4local.core.messages import Message


class Priority(IntEnum):
    """Lower runs first; requests of the same priority run in the order they came."""

    INTERACTIVE = 0  # someone is watching the window
    BACKGROUND = 1  # API clients, batch work: may wait behind the window's requests


@dataclass(frozen=True)
class Load:
    path: Path
    load: LoadSettings = field(default_factory=LoadSettings)
    force: bool = False  # load even if it does not fit in memory
    memory_map: str = "auto"  # "auto", "on" or "off" (core.fit.load_plan.MMAP_MODES)
    can_ask: bool = True  # a model that does not fit: LoadQuestion (else LoadRefused)


@dataclass(frozen=True)
class Answer:
    """Answer the last message, or go on with the last answer (``continue_answer``)."""

    messages: Sequence[Message]
    sampling: SamplingSettings = field(default_factory=SamplingSettings)
    continue_answer: bool = False


@dataclass(frozen=True)
class Prefill:
    """Decode ahead the prompt of a message still being typed (the last of ``messages``)."""

    messages: Sequence[Message]
    max_tokens: int


@dataclass(frozen=True)
class Title:
    """A short title for a conversation, written by the model."""

    messages: Sequence[Message]


@dataclass(frozen=True)
class Unload:
    pass


Request = Load | Answer | Prefill | Title | Unload
