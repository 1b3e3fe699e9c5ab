"""Conversation titles: a provisional one from the first message, then a short one by the model."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from gpt4local.core.messages import Message

MAX_TITLE = 60
INSTRUCTION = (
    "Give this conversation a short title of at most six words. "
    "Answer with the title only, without quotes."
)


def provisional_title(first_message: str) -> str:
    """The first words of the user's first message, until the model suggests better."""
    words = first_message.split()
    title = " ".join(words[:7])
    return (title[:MAX_TITLE].rstrip() + "…") if len(words) > 7 or len(title) > MAX_TITLE else (
        title or "New chat")  # fmt: skip


def title_request(messages: Sequence[Message]) -> list[Message]:
    """The conversation so far plus the instruction: its prefix is already in the KV cache."""
    return [*messages, Message("user", INSTRUCTION)]


def clean_title(text: str, fallback: str) -> str:
    """The model's answer as a title: first line, no quotes, markdown or trailing dot."""
    # Control characters and undecodable bytes (U+FFFD) have no place in a list of chats.
    text = "".join(
        " " if ch == "\ufffd" or (unicodedata.category(ch) in ("Cc", "Cf") and ch != "\n") else ch
        for ch in text
    )
    line = next((" ".join(part.split()) for part in text.splitlines() if part.strip()), "")
    line = line.strip(" \t\"'“”‘’*#`.").strip()
    line = re.sub(r"^title\s*:\s*", "", line, flags=re.IGNORECASE)
    line = line.strip(" \t\"'“”‘’*#`.").strip()
    if not line or not any(ch.isalnum() for ch in line):
        return fallback
    return line if len(line) <= MAX_TITLE else line[: MAX_TITLE - 1].rstrip() + "…"
