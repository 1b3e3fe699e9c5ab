"""The chat store's records, and how they are kept in its rows (extras as JSON)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

CONVERSATION_COLUMNS = (
    "id, title, title_is_custom, created_at, updated_at, model_path, system_prompt, settings"
)
MESSAGE_COLUMNS = "id, conversation_id, position, role, content, complete, stats, created_at"


@dataclass(frozen=True)
class Conversation:
    id: int
    title: str
    title_is_custom: bool
    created_at: float
    updated_at: float
    model_path: str | None
    system_prompt: str
    settings: dict[str, Any]  # sampling overrides


@dataclass(frozen=True)
class StoredMessage:
    id: int
    conversation_id: int
    position: int
    role: str  # "user" | "assistant" | "system"
    content: str
    complete: bool  # False: a partial answer (streaming, stopped or crashed)
    stats: dict[str, Any] | None  # completion_tokens, tokens_per_s, ttft_s, stop_reason, ...
    created_at: float


def dump(value: dict[str, Any]) -> str:
    # ASCII JSON: any Python str (even a lone surrogate) can be stored and read back.
    return json.dumps(value, allow_nan=False)


def dump_stats(stats: dict[str, Any] | None) -> str | None:
    return None if stats is None else dump(stats)


def _load(text: str | None) -> Any:
    try:
        return None if text is None else json.loads(text)
    except ValueError:
        return None  # unreadable extras must not hide the chat itself


def to_conversation(row: tuple[Any, ...]) -> Conversation:
    settings = _load(row[7])
    settings = settings if isinstance(settings, dict) else {}
    return Conversation(row[0], row[1], bool(row[2]), row[3], row[4], row[5], row[6], settings)


def to_message(row: tuple[Any, ...]) -> StoredMessage:
    stats = _load(row[6])
    stats = stats if isinstance(stats, dict) else None
    return StoredMessage(row[0], row[1], row[2], row[3], row[4], bool(row[5]), stats, row[7])
