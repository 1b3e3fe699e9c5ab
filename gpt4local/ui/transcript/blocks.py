"""The pieces of a transcript: its messages' headers, bodies and footers, HTML made into fragments.

A user's message is a tinted bubble at the right, under a small "You"; an answer carries a small
avatar and the name of the model that wrote it. Under each message is a quiet footer line: an
answer's stats, and room at its right for the floating action buttons (actions.py).
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import (
    QColor,
    QPalette,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextTable,
)

from gpt4local.core.chats.markdown import Theme, icon_src
from gpt4local.ui.chat.conversation_model import ChatMessage
from gpt4local.ui.i18n.formatting import format_number, format_token_rate

translate = QCoreApplication.translate  # lupdate reads calls by this name too

# How an answer ended, in English here and translated where shown (the stats keep the code).
STOP_LABELS = {"eos": str(QT_TRANSLATE_NOOP("Transcript", "end")),
               "stop_string": str(QT_TRANSLATE_NOOP("Transcript", "end")),
               "cancelled": str(QT_TRANSLATE_NOOP("Transcript", "stopped")),
               "interrupted": str(QT_TRANSLATE_NOOP("Transcript", "cut off")),
               "length": str(QT_TRANSLATE_NOOP("Transcript", "length")),
               "context_full": str(QT_TRANSLATE_NOOP("Transcript", "context full"))}  # fmt: skip
# Offered on the last answer when it did not end by itself: the length limit, or a quit or crash.
CONTINUABLE = ("length", "interrupted")
ACTION_SCHEME = "gpt4local"  # the transcript's own links: gpt4local:code/3/0 (a code block's Copy)
MESSAGE_GAP = 12  # pixels above each message but the first (its footer has some below it)
FOOTER_GAP = 8  # below a footer line: the action buttons are taller than its small text
ACTIONS_ROOM = 130  # pixels kept free at the right of a footer for the action buttons
RIGHT_INSET = 10  # the bubbles and the action buttons keep off the right edge (the scroll bar)
AVATAR_SIZE = 22
# An answer saved before answers recorded their model.
UNNAMED_MODEL = str(QT_TRANSLATE_NOOP("Transcript", "Assistant"))


@dataclass(frozen=True)
class Look:
    """The colours drawn into the HTML besides the Markdown theme's, from the palette."""

    muted: str
    bubble: str  # behind the user's messages
    accent: str  # the avatar

    @classmethod
    def of(cls, palette: QPalette, theme: Theme) -> Look:
        base = palette.color(QPalette.ColorRole.Base)
        accent = palette.color(QPalette.ColorRole.Highlight)
        # A tint of the accent over the page: the same hue as the selection, quiet enough that
        # the palette's text colour stays readable on it in light and dark.
        weight = 0.14 if base.lightness() >= 128 else 0.24
        bubble = QColor.fromRgbF(
            *(b + (a - b) * weight for a, b in zip(_rgb(accent), _rgb(base), strict=True))
        )
        return cls(theme.muted, bubble.name(), accent.name())


def _rgb(color: QColor) -> tuple[float, float, float]:
    return color.redF(), color.greenF(), color.blueF()


def stats_line(stats: dict[str, Any]) -> str:
    """What is known of them: an answer cut off by quitting has only its stop reason."""
    code = str(stats.get("stop_reason", ""))
    label = STOP_LABELS.get(code)
    reason = translate("Transcript", label) if label else code.replace("_", " ")
    parts = []
    if "completion_tokens" in stats:
        parts.append(translate("Transcript", "{tokens} tokens · {rate} · first token {seconds} s")
                     .format(tokens=format_number(stats["completion_tokens"]),
                             rate=format_token_rate(stats.get("tokens_per_s", 0.0)),
                             seconds=format_number(stats.get("ttft_s", 0.0), 2)))  # fmt: skip
    return " · ".join([*parts, reason] if reason else parts)


def model_name(message: ChatMessage, writing: str = "") -> str:
    """Who wrote an answer: the model its stats name; while it is written, the loaded one."""
    name = (message.stats or {}).get("model")
    if isinstance(name, str) and name.strip():
        return name.strip()
    return writing.strip() or translate("Transcript", UNNAMED_MODEL)


def header_html(role: str, name: str, look: Look, first: bool) -> str:
    top = 0 if first else MESSAGE_GAP
    if role == "user":
        you = html.escape(translate("Transcript", "You"))
        return (
            f'<p align="right" style="margin-top:{top}px; margin-bottom:4px;'
            f' margin-right:{RIGHT_INSET}px; font-size:small; color:{look.muted}">{you}</p>'
        )
    avatar = icon_src("bot-avatar", look.accent, AVATAR_SIZE)
    return (
        f'<p style="margin-top:{top}px; margin-bottom:4px">'
        f'<img src="{avatar}" width="{AVATAR_SIZE}" height="{AVATAR_SIZE}"'
        f' style="vertical-align:middle">&nbsp;&nbsp;<b>{html.escape(name)}</b></p>'
    )


def user_body_html(text: str, look: Look) -> str:
    """What people type is shown as typed, never interpreted, in a bubble at the right.

    A table cell is the one box with a background and padding that QTextDocument draws; without
    a width, the table is as wide as its text (up to the page), so short messages stay small.
    """
    return (
        f'<table align="right" cellspacing="0" cellpadding="10" border="0"'
        f' style="margin-top:0px; margin-bottom:0px; margin-right:{RIGHT_INSET}px">'
        f'<tr><td bgcolor="{look.bubble}"><p style="white-space:pre-wrap">{html.escape(text)}</p>'
        f"</td></tr></table>"
    )


def message_actions(message: ChatMessage, last: bool) -> tuple[str, ...]:
    """What can be done with a message: Copy; Edit for the user's; Regenerate for the last
    answer, and Continue when it did not end by itself."""
    if message.role == "user":
        return ("copy", "edit")
    if not last:
        return ("copy",)
    if message.stats and message.stats.get("stop_reason") in CONTINUABLE:
        return ("copy", "regenerate", "continue")
    return ("copy", "regenerate")


def footer_html(message: ChatMessage, look: Look) -> str:
    """An answer's stats, small and muted; a user's message gets the same line, empty, as the
    place of its actions."""
    stats = stats_line(message.stats) if message.role == "assistant" and message.stats else ""
    return (
        f'<p style="margin-top:4px; margin-bottom:{FOOTER_GAP}px; margin-right:{ACTIONS_ROOM}px;'
        f' font-size:small;'
        f' color:{look.muted}">{html.escape(stats) or "&nbsp;"}</p>'
    )


def fragment(markup: str, lead: bool = True) -> QTextDocumentFragment:
    """``markup`` as a fragment that starts with a paragraph separator.

    QTextCursor.insertHtml merges the first block of the HTML into the block at the cursor and
    drops that block's format (a heading's level, a paragraph's margins). Qt carries a block's
    format with the separator in front of it, so give the first block one; the empty block before
    it merges into the cursor's block without changing it. Tables already start that way.
    """
    scratch = QTextDocument()
    scratch.setHtml(markup.strip())  # a trailing newline would become a trailing space
    # (An image makes a child frame of its own too, an empty one: only a table counts here.)
    frames = scratch.rootFrame().childFrames()
    first = frames[0] if frames else None
    table_first = isinstance(first, QTextTable) and first.firstPosition() <= 1
    if lead and not table_first:
        cursor = QTextCursor(scratch)
        cursor.insertBlock()
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        cursor.setBlockFormat(QTextBlockFormat())
    return QTextDocumentFragment(scratch)
