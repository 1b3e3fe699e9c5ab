"""What the engine's stream yields: plain, immutable data that can cross threads safely."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

StopReason = Literal["eos", "length", "stop_string", "cancelled", "context_full"]


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
