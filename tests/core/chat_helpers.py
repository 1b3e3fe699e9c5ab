"""Helpers shared by the conversation-store tests (tests/core/test_chat*.py)."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from gpt4local.core.chats.store import ChatStore


@contextlib.contextmanager
def raw(path: Path) -> Iterator[sqlite3.Connection]:
    """A plain sqlite3 connection to the file (autocommit), past the store."""
    db = sqlite3.connect(path, isolation_level=None)
    try:
        yield db
    finally:
        db.close()


def fill(store: ChatStore) -> tuple[int, int]:
    """Two chats: one about Python (title), one whose answer mentions a printer in German."""
    python = store.create_conversation("Python tips", model_path="/models/a.gguf")
    store.add_message(python.id, "user", "How do I sort a list?")
    store.add_message(python.id, "assistant", "Use `sorted(items)`.")
    printer = store.create_conversation("Office")
    store.add_message(printer.id, "user", "Mein Drucker streikt")
    store.add_message(printer.id, "assistant", "So viel ÄRGER mit dem Drucker!")
    return python.id, printer.id
