"""Putting a conversation on a transcript, as the session does when a chat opens."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from gpt4local.core.messages import Message
from gpt4local.ui.chat.conversation_model import ChatMessage
from gpt4local.ui.transcript.view import Transcript


def show(view: Transcript, messages: Sequence[Message],
         stats: Sequence[dict[str, Any] | None] | None = None) -> None:  # fmt: skip
    """``stats``: one entry per message (None for most), or None for none at all."""
    view.conversation.replace([
        ChatMessage(m.role, m.content, stats[i] if stats and i < len(stats) else None)
        for i, m in enumerate(messages)
    ])  # fmt: skip
