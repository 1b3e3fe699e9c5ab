"""What the engine's stream yields: plain, immutable data that can cross threads safely."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any, Literal, get_args

# "interrupted": an answer cut off by quitting or a crash; only stored answers say it.
StopReason = Literal["eos", "length", "stop_string", "cancelled", "context_full", "interrupted"]


@dataclass(frozen=True)
class ContextTrimmed:
    """Older messages were left out of this prompt so it fits the context window."""

    dropped_messages: int
    kept_messages: int


@dataclass(frozen=True)
class PromptProgress:
    """Prompt processing (before the first token) advanced: ``done`` of ``total`` tokens."""

    done: int
    total: int


@dataclass(frozen=True)
class TextChunk:
    text: str


@dataclass(frozen=True)
class GenerationStats:
    text: str
    prompt_tokens: int  # the whole rendered prompt
    evaluated_tokens: int  # prompt tokens actually decoded this turn (after KV prefix reuse)
    completion_tokens: int
    ttft_s: float
    tokens_per_s: float
    prompt_tokens_per_s: float
    stop_reason: StopReason
    dropped_messages: int

    @classmethod
    def cancelled(cls) -> GenerationStats:
        """An answer stopped before its first token: nothing written, nothing measured."""
        return cls("", 0, 0, 0, 0.0, 0.0, 0.0, "cancelled", 0)

    @classmethod
    def from_dict(cls, stored: Mapping[str, Any]) -> GenerationStats:
        """Back from ``as_dict`` (the database, an export). Missing numbers read as 0 and an
        unknown stop reason as "cancelled", so a record from an older version still reads."""
        values: dict[str, Any] = {}
        for field in fields(cls):
            value = stored.get(field.name)
            if field.name == "text":
                values["text"] = value if isinstance(value, str) else ""
            elif field.name == "stop_reason":
                values["stop_reason"] = value if value in get_args(StopReason) else "cancelled"
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                values[field.name] = value
            else:
                values[field.name] = 0
        return cls(**values)

    def as_dict(self) -> dict[str, object]:
        return {
            "text": self.text,
            "prompt_tokens": self.prompt_tokens,
            "evaluated_tokens": self.evaluated_tokens,
            "completion_tokens": self.completion_tokens,
            "ttft_s": round(self.ttft_s, 4),
            "tokens_per_s": round(self.tokens_per_s, 2),
            "prompt_tokens_per_s": round(self.prompt_tokens_per_s, 2),
            "stop_reason": self.stop_reason,
            "dropped_messages": self.dropped_messages,
        }


StreamEvent = ContextTrimmed | PromptProgress | TextChunk | GenerationStats
