"""What the engine service reports: plain, immutable events, safe to hand to any thread.

A load may report LoadProgressed before its final event. An answer reports the engine's own
events (core.inference.events: TextChunk, PromptProgress, ContextTrimmed) and ends with
GenerationStats or GenerationFailed. Every request ends with
exactly one final event (FINAL); ``Ticket.done`` is set after it was delivered.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from gpt4local.core.fit.memory_fit import Fit
from gpt4local.core.inference.chat_backend import EngineInfo
from gpt4local.core.inference.events import GenerationStats, StreamEvent
from gpt4local.core.inference.options import LoadSettings


@dataclass(frozen=True)
class LoadProgressed:
    """How far llama.cpp has read the weights (0.0 to 1.0); more work follows at 1.0 (the
    context), and ModelLoaded ends it. Not every backend reports it."""

    fraction: float


@dataclass(frozen=True)
class ModelLoaded:
    info: EngineInfo


@dataclass(frozen=True)
class LoadQuestion:
    """The model does not fit: ask the user (nothing was unloaded)."""

    path: Path
    fit: Fit
    asked: LoadSettings  # with the automatic settings settled (memory map, GPU layers)
    suggestion: LoadSettings | None  # settings that would fit (None: nothing does)


@dataclass(frozen=True)
class LoadRefused:
    """The model does not fit and the request could not ask (Load.can_ask)."""

    reason: str


@dataclass(frozen=True)
class LoadFailed:
    message: str
    previous_still_loaded: bool  # a bad file is refused before the current model is unloaded


@dataclass(frozen=True)
class ModelUnloaded:
    pass


@dataclass(frozen=True)
class GenerationFailed:
    message: str


@dataclass(frozen=True)
class Prefilled:
    decoded: int  # prompt tokens decoded ahead of Send


@dataclass(frozen=True)
class TitleReady:
    title: str


@dataclass(frozen=True)
class Skipped:
    """Nothing was done: no model is loaded, the request was cancelled before it began, or a
    prefill failed (only a head start: the answer decodes whatever is missing anyway)."""

    reason: str


@dataclass(frozen=True)
class ModelChanged:
    """To every subscriber: the model all clients share changed (None: none is loaded)."""

    info: EngineInfo | None


FINAL = (ModelLoaded, LoadQuestion, LoadRefused, LoadFailed, ModelUnloaded, GenerationStats,
         GenerationFailed, Prefilled, TitleReady, Skipped)  # fmt: skip

ServiceEvent = (
    StreamEvent | LoadProgressed | ModelLoaded | LoadQuestion | LoadRefused | LoadFailed
    | ModelUnloaded | GenerationFailed | Prefilled | TitleReady | Skipped
)
