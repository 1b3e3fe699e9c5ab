"""Collect llama.cpp's own log lines, so a failed load can say *why* it failed.

llama-cpp-python prints llama.cpp's log to stderr (or swallows it when not verbose) and only raises
"Failed to load model from file". Routing the log here keeps the last lines for error messages and
forwards everything to Python logging at debug level.
"""

from __future__ import annotations

import ctypes
import logging
from collections import deque

import llama_cpp

# ggml_log_level: NONE 0, DEBUG 1, INFO 2, WARN 3, ERROR 4, CONT 5 (continues the previous line)
_LEVEL_DEBUG, _LEVEL_WARN, _LEVEL_ERROR, _LEVEL_CONT = 1, 3, 4, 5
_logger = logging.getLogger("gpt4local.llama_cpp")
_recent: deque[tuple[int, int, str]] = deque(maxlen=400)  # (sequence number, level, text)
_last_level = 0
_count = 0


@llama_cpp.llama_log_callback
def _on_log(level: int, text: bytes, _user_data: ctypes.c_void_p) -> None:
    global _last_level, _count
    if level == _LEVEL_CONT:
        level = _last_level
    _last_level = level
    line = text.decode("utf-8", errors="replace").rstrip()
    if line and level != _LEVEL_DEBUG:  # llama.cpp's debug chatter would push out what matters
        _count += 1
        _recent.append((_count, level, line))
        _logger.debug("%s", line)


def install() -> None:
    """Route llama.cpp's log here (idempotent; the callback object lives as long as the module)."""
    llama_cpp.llama_log_set(_on_log, ctypes.c_void_p(0))


def mark() -> int:
    """A position in the log; pass it to ``problems_since`` to see only what came after."""
    return _count


def problems_since(position: int) -> list[str]:
    """Error and warning lines logged after ``mark()`` returned ``position``."""
    return [
        text
        for seq, level, text in list(_recent)
        if seq > position and level in (_LEVEL_ERROR, _LEVEL_WARN)
    ]


def lines_since(position: int) -> list[str]:
    """Every line (any level) logged after ``mark()`` returned ``position`` (the last 400 kept)."""
    return [text for seq, _level, text in list(_recent) if seq > position]
