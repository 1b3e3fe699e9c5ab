"""Chats as files: Markdown to read or share, JSON to back up and to import again.

Pure functions over plain data. Invalid import data raises ValueError with a message fit for the
user; the store (chats.py) turns it into a ChatStoreError.
"""

from __future__ import annotations

import json
import math
import stat
import time
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any, get_args

from gpt4local.core.messages import Role
from gpt4local.core.units import human_size

if TYPE_CHECKING:
    from gpt4local.core.chats.records import Conversation, StoredMessage

FORMAT = "gpt4local-chat"
VERSION = 1
ROLES: tuple[str, ...] = get_args(Role)
SPEAKERS = {"user": "You", "assistant": "Assistant", "system": "System"}
# Timestamps outside this range cannot be shown as dates on every OS (localtime overflows).
_LATEST_TIME = 1e11
# A long chat exports to a few MB. Far more is not a chat one reads again, and storing it holds
# the chat store's thread (every save waits behind it) for about 2 s per MB.
MAX_IMPORT_BYTES = 16 * 1024 * 1024
# Opening a chat lists its messages on the GUI thread (200,000 took 0.9 s here) and draws them at
# about 0.5 ms each: 20,000 is a long evening's chat, and opens within a blink.
MAX_IMPORT_MESSAGES = 20_000

_MISSING = object()


@dataclass(frozen=True)
class ImportedMessage:
    role: str
    content: str
    complete: bool
    stats: dict[str, Any] | None
    created_at: float


@dataclass(frozen=True)
class ImportedChat:
    """A validated JSON export, ready to be stored under a new id."""

    title: str
    title_is_custom: bool
    created_at: float
    model_path: str | None
    system_prompt: str
    settings: dict[str, Any]
    messages: list[ImportedMessage]


def to_markdown(conversation: Conversation, messages: list[StoredMessage]) -> str:
    title = " ".join(conversation.title.split()) or "Chat"
    facts = [time.strftime("%Y-%m-%d %H:%M", time.localtime(conversation.created_at))]
    if conversation.model_path:
        # The file name only: a shared transcript should not reveal the user's folders.
        facts.append(PurePath(conversation.model_path).name)
    parts = [f"# {title}", f"*{' · '.join(facts)}*"]
    if conversation.system_prompt:
        parts += ["## System prompt", conversation.system_prompt]
    for message in messages:
        parts += [f"## {SPEAKERS.get(message.role, message.role)}", _closed_fences(message.content)]
        line = stats_line(message.stats, message.complete)
        if line:
            parts.append(f"*{line}*")
    return "\n\n".join(part.strip("\n") for part in parts) + "\n"


def _closed_fences(text: str) -> str:
    """Verbatim, but a code block left open (a stopped answer) is closed, or the rest of the
    file would render as code."""
    fence = ""
    for line in text.splitlines():
        stripped = line.lstrip(" ")
        if len(line) - len(stripped) > 3:
            continue  # indented: inside a code block, not a fence
        marker = stripped.rstrip()
        if fence:
            if len(marker) >= len(fence) and set(marker) == {fence[0]}:
                fence = ""
        elif stripped.startswith(("```", "~~~")):
            fence = stripped[: len(stripped) - len(stripped.lstrip(stripped[0]))]
    return f"{text.rstrip(chr(10))}\n{fence}" if fence else text


def stats_line(stats: dict[str, Any] | None, complete: bool = True) -> str:
    """'unfinished · 120 tokens · 14.2 tokens/s · first token after 0.8 s', from what is known."""
    stats = stats or {}
    bits = [] if complete else ["unfinished"]
    if _is_number(stats.get("completion_tokens")):
        bits.append(f"{round(stats['completion_tokens'])} tokens")
    if _is_number(stats.get("tokens_per_s")):
        bits.append(f"{stats['tokens_per_s']:.1f} tokens/s")
    if _is_number(stats.get("ttft_s")):
        bits.append(f"first token after {stats['ttft_s']:.1f} s")
    if isinstance(stats.get("stop_reason"), str) and stats["stop_reason"] not in ("", "stop"):
        bits.append(f"stop reason: {stats['stop_reason']}")
    return " · ".join(bits)


def to_json(conversation: Conversation, messages: list[StoredMessage]) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": time.time(),
        "title": conversation.title,
        "title_is_custom": conversation.title_is_custom,
        "created_at": conversation.created_at,
        "updated_at": conversation.updated_at,
        "model_path": conversation.model_path,
        "system_prompt": conversation.system_prompt,
        "settings": conversation.settings,
        "messages": [
            {
                "role": m.role,
                "content": m.content,
                "complete": m.complete,
                "stats": m.stats,
                "created_at": m.created_at,
            }
            for m in messages
        ],
    }


def read_export(path: Path) -> bytes:
    """The bytes of an export file, refused when it is not a plain file or too big."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):  # a folder, or a pipe that would never end
            raise ValueError("it is not a file")
        with path.open("rb") as file:
            data = file.read(MAX_IMPORT_BYTES + 1)
    except OSError as error:
        raise ValueError(f"it could not be read ({error.strerror or error})") from None
    if len(data) > MAX_IMPORT_BYTES:
        raise ValueError(f"it is larger than {human_size(MAX_IMPORT_BYTES)}, the most a chat "
                         "import may be")  # fmt: skip
    return data


def parse(data: str | bytes) -> object:
    """The JSON in an export's text, or a ValueError that says what is wrong with it."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ValueError("it is not a text file (UTF-8), so not a JSON export") from None
    if not data.strip():
        raise ValueError("the file is empty")
    try:
        return json.loads(data)
    except json.JSONDecodeError as error:
        raise ValueError(
            f"it is not valid JSON ({error.msg}, line {error.lineno} column {error.colno})"
        ) from None
    except RecursionError:
        raise ValueError("it is nested too deeply to be a chat export") from None


def from_json(data: object) -> ImportedChat:
    """Validate an export strictly; unknown keys are ignored so later minor additions still load."""
    if not isinstance(data, dict):
        raise ValueError("it is not a gpt4local chat export (expected a JSON object)")
    if data.get("format") != FORMAT:
        raise ValueError(f'it is not a gpt4local chat export (no "format": "{FORMAT}")')
    version = _field(data, "version", int, "the export")
    if version > VERSION:
        raise ValueError(f"it was exported by a newer gpt4local (format version {version})")
    if version < 1:
        raise ValueError(f"its format version {version} is not valid")
    now = time.time()
    raw_messages = _field(data, "messages", list, "the export")
    if not raw_messages:
        raise ValueError("it has no messages")
    if len(raw_messages) > MAX_IMPORT_MESSAGES:
        raise ValueError(f"it has {len(raw_messages):,} messages, more than the "
                         f"{MAX_IMPORT_MESSAGES:,} a chat import may have")  # fmt: skip
    return ImportedChat(
        title=_text(_field(data, "title", str, "the export"), "title"),
        title_is_custom=_field(data, "title_is_custom", bool, "the export", default=True),
        created_at=_time(data, "created_at", "the export", now),
        model_path=_optional_text(data, "model_path", "the export"),
        system_prompt=_text(
            _field(data, "system_prompt", str, "the export", default=""), "system_prompt"
        ),
        settings=_json_object(_field(data, "settings", dict, "the export", default={}), "settings"),
        messages=[_message(item, index) for index, item in enumerate(raw_messages)],
    )


def _message(item: object, index: int) -> ImportedMessage:
    where = f"message {index + 1}"
    if not isinstance(item, dict):
        raise ValueError(f"{where} is not a JSON object")
    role = _field(item, "role", str, where)
    if role not in ROLES:
        raise ValueError(f"{where} has an unknown role {role[:40]!r}")
    stats = _field(item, "stats", (dict, type(None)), where, default=None)
    return ImportedMessage(
        role=role,
        content=_text(_field(item, "content", str, where), f"{where} content"),
        complete=_field(item, "complete", bool, where, default=True),
        stats=None if stats is None else _json_object(stats, f"{where} stats"),
        created_at=_time(item, "created_at", where, time.time()),
    )


def _field(
    data: dict[str, Any],
    key: str,
    kind: type | tuple[type, ...],
    where: str,
    default: Any = _MISSING,
) -> Any:
    value = data.get(key, _MISSING)
    if value is _MISSING:
        if default is _MISSING:
            raise ValueError(f'{where} has no "{key}"')
        return default
    kinds = kind if isinstance(kind, tuple) else (kind,)
    # bool is an int to Python, but `"version": true` is still a wrong type.
    if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds):
        raise ValueError(f'{where} has a "{key}" of the wrong type ({type(value).__name__})')
    return value


def _text(value: str, where: str) -> str:
    try:
        value.encode("utf-8")  # lone surrogates ("\\ud800") cannot be stored in SQLite
    except UnicodeEncodeError:
        raise ValueError(f"{where} is not valid text") from None
    return value


def _optional_text(data: dict[str, Any], key: str, where: str) -> str | None:
    value = _field(data, key, (str, type(None)), where, default=None)
    return None if value is None else _text(value, key)


def _time(data: dict[str, Any], key: str, where: str, default: float) -> float:
    value = _field(data, key, (int, float), where, default=default)
    if not (math.isfinite(value) and 0 <= value < _LATEST_TIME):
        raise ValueError(f'{where} has an impossible "{key}" ({value})')
    return float(value)


def _json_object(value: dict[str, Any], where: str) -> dict[str, Any]:
    try:
        json.dumps(value, ensure_ascii=False, allow_nan=False).encode("utf-8")
    except (TypeError, ValueError, RecursionError):
        raise ValueError(f"{where} is not plain JSON data") from None
    if not all(isinstance(key, str) for key in value):
        raise ValueError(f"{where} has keys that are not text")
    return value


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
