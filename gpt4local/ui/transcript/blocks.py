"""The pieces of a transcript: its messages' headers and footers, HTML made into fragments."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextDocument, QTextDocumentFragment

from gpt4local.ui.chat.conversation_model import ChatMessage

SPEAKERS = {"user": "You", "assistant": "Assistant", "system": "System"}
STOP_LABELS = {"eos": "end", "stop_string": "end", "cancelled": "stopped",
               "interrupted": "cut off"}  # others: as named (length, context full)  # fmt: skip
# Under the last answer when it did not end by itself: the length limit, or a quit or crash.
CONTINUABLE = ("length", "interrupted")
ACTION_SCHEME = "gpt4local"  # the transcript's own links: gpt4local:copy/3, gpt4local:code/3/0…


def stats_line(stats: dict[str, Any]) -> str:
    """What is known of them: an answer cut off by quitting has only its stop reason."""
    reason = str(stats.get("stop_reason", "")).replace("_", " ")  # length, context full
    reason = STOP_LABELS.get(str(stats.get("stop_reason")), reason)
    parts = []
    if "completion_tokens" in stats:
        parts.append(
            f"{stats['completion_tokens']:,} tokens · {stats.get('tokens_per_s', 0.0):.1f} "
            f"tokens/s · first token {stats.get('ttft_s', 0.0):.2f} s"
        )
    return " · ".join([*parts, reason] if reason else parts)


def header_html(role: str, first: bool) -> str:
    speaker = html.escape(SPEAKERS.get(role, role))
    return f'<p style="margin-top:{0 if first else 16}px; margin-bottom:0"><b>{speaker}</b></p>'


def footer_html(message: ChatMessage, index: int, last: bool, muted: str) -> str:
    """The action links under a message (Regenerate and Continue only under the last answer),
    and an answer's stats."""
    links = [("Copy", f"copy/{index}")]
    if message.role == "user":
        links.append(("Edit", f"edit/{index}"))
    elif last:
        links.append(("Regenerate", "regenerate"))
        if message.stats and message.stats.get("stop_reason") in CONTINUABLE:
            links.append(("Continue", "continue"))
    parts = [
        f'<a href="{ACTION_SCHEME}:{target}" style="text-decoration:none">{label}</a>'
        for label, target in links
    ]
    if message.role == "assistant" and message.stats:
        parts.append(html.escape(stats_line(message.stats)))
    return f'<p style="margin-top:4px; font-size:small; color:{muted}">{" · ".join(parts)}</p>'


def fragment(markup: str, lead: bool = True) -> QTextDocumentFragment:
    """``markup`` as a fragment that starts with a paragraph separator.

    QTextCursor.insertHtml merges the first block of the HTML into the block at the cursor and
    drops that block's format (a heading's level, a paragraph's margins). Qt carries a block's
    format with the separator in front of it, so give the first block one; the empty block before
    it merges into the cursor's block without changing it. Tables already start that way.
    """
    scratch = QTextDocument()
    scratch.setHtml(markup.strip())  # a trailing newline would become a trailing space
    frames = scratch.rootFrame().childFrames()
    if lead and not (frames and frames[0].firstPosition() <= 1):
        cursor = QTextCursor(scratch)
        cursor.insertBlock()
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        cursor.setBlockFormat(QTextBlockFormat())
    return QTextDocumentFragment(scratch)
