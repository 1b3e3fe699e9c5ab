"""The conversation store: every chat and message, and answers while they stream.

Every change is one transaction, committed before the method returns; opening, upgrading and
durability are chat_db's job. Threading: one connection behind a lock, so any thread may call; the
app calls from one worker thread so that saves land in the order the GUI asked for them.
"""

from __future__ import annotations

import contextlib
import enum
import sqlite3
import threading
import time
from collections.abc import Collection, Iterator
from pathlib import Path
from typing import Any

from gpt4local.core import paths
from gpt4local.core.chats import export as chat_export
from gpt4local.core.chats.database import (
    IMPORT_FAILED,
    READ_FAILED,
    SAVE_FAILED,
    SearchIndex,
    open_database,
    transaction,
)
from gpt4local.core.chats.database import SCHEMA_VERSION as SCHEMA_VERSION
from gpt4local.core.chats.database import ChatStoreError as ChatStoreError
from gpt4local.core.chats.records import (
    CONVERSATION_COLUMNS,
    MESSAGE_COLUMNS,
    dump,
    dump_stats,
    to_conversation,
    to_message,
)
from gpt4local.core.chats.records import Conversation as Conversation  # part of this API
from gpt4local.core.chats.records import StoredMessage as StoredMessage
from gpt4local.core.errors import Wording

DEFAULT_TITLE = "New chat"

_INSERT_CONVERSATION = (
    "INSERT INTO conversations (title, title_is_custom, created_at, updated_at, model_path, "
    "system_prompt, settings) VALUES (?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_MESSAGE = (
    "INSERT INTO messages (conversation_id, position, role, content, complete, stats, created_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)"
)


class ChatNotFoundError(ChatStoreError):
    """The conversation or message is gone (deleted meanwhile)."""


class ChatChangedError(ChatStoreError):
    """The chat holds messages the caller has not seen (written by another window)."""


class _Keep(enum.Enum):
    KEEP = enum.auto()


KEEP = _Keep.KEEP  # update_conversation: leave this field as it is


def chats_file() -> Path:
    return paths.data_dir() / "chats.db"


class ChatStore:
    def __init__(self, path: Path | None = None, *, in_memory: bool = False) -> None:
        """The chats file (by default the data folder's); ``in_memory``: no file, chats that last
        until the app quits, for when the file cannot be opened."""
        self.path = None if in_memory else path or chats_file()
        self._lock = threading.RLock()
        self._last_time = 0.0
        db, self.notice = open_database(self.path)  # notice: a damaged file was set aside
        self._db: sqlite3.Connection | None = db
        try:
            self._search = SearchIndex(db)
        except BaseException:
            self.close()
            raise

    @property
    def schema_version(self) -> int:
        with self._read() as db:
            return int(db.execute("PRAGMA user_version").fetchone()[0])

    @property
    def indexed_search(self) -> bool:
        """Whether search uses the full-text index (this SQLite has FTS5) or scans."""
        return self._search.indexed

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                with contextlib.suppress(sqlite3.Error):
                    self._db.execute("PRAGMA optimize")  # cheap; keeps query plans good
                self._db.close()
                self._db = None

    def __enter__(self) -> ChatStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- conversations

    def create_conversation(
        self,
        title: str = DEFAULT_TITLE,
        model_path: str | None = None,
        system_prompt: str = "",
        settings: dict[str, Any] | None = None,
    ) -> Conversation:
        with self._write() as db:
            return self._new_conversation(db, title, model_path, system_prompt, settings)

    def start_conversation(self, first_message: str, title: str = DEFAULT_TITLE,
                           model_path: str | None = None, system_prompt: str = "",
                           settings: dict[str, Any] | None = None,
                           ) -> tuple[Conversation, StoredMessage]:  # fmt: skip
        """A new chat with the user's first message, both or neither (never an empty chat)."""
        with self._write() as db:
            conversation = self._new_conversation(db, title, model_path, system_prompt, settings)
            message = self._append(db, conversation.id, "user", first_message)
            return self._conversation(db, conversation.id), message

    def list_conversations(self, search: str = "") -> list[Conversation]:
        """Newest activity first; `search` matches the title or any message, ignoring case."""
        where, params = self._search.condition(search)
        with self._read() as db:
            rows = db.execute(
                f"SELECT {CONVERSATION_COLUMNS} FROM conversations WHERE {where} "
                "ORDER BY updated_at DESC, id DESC",
                params,
            ).fetchall()
        return [to_conversation(row) for row in rows]

    def get_conversation(self, conversation_id: int) -> Conversation:
        with self._read() as db:
            return self._conversation(db, conversation_id)

    def rename(self, conversation_id: int, title: str, custom: bool = True) -> Conversation:
        """Set the title; an empty one means "untitled", which the app may title again."""
        title = _clean_title(title)
        custom = custom and title != DEFAULT_TITLE
        with self._write() as db:
            db.execute(
                "UPDATE conversations SET title = ?, title_is_custom = ? WHERE id = ?",
                (title, custom, conversation_id),
            )
            return self._conversation(db, conversation_id)

    def update_conversation(
        self,
        conversation_id: int,
        *,
        model_path: str | _Keep | None = KEEP,
        system_prompt: str | _Keep = KEEP,
        settings: dict[str, Any] | _Keep = KEEP,
    ) -> Conversation:
        changes: dict[str, Any] = {}
        if model_path is not KEEP:
            changes["model_path"] = model_path
        if system_prompt is not KEEP:
            changes["system_prompt"] = system_prompt
        if not isinstance(settings, _Keep):
            changes["settings"] = dump(settings)
        with self._write() as db:
            if changes:
                assignments = ", ".join(f"{column} = ?" for column in changes)
                db.execute(
                    f"UPDATE conversations SET {assignments} WHERE id = ?",
                    (*changes.values(), conversation_id),
                )
            return self._conversation(db, conversation_id)

    def delete_conversation(self, conversation_id: int) -> None:
        """Delete it and its messages; deleting one that is already gone is not an error."""
        with self._write() as db:
            db.execute("DELETE FROM conversations WHERE id = ?", (conversation_id,))

    # -- messages

    def messages(self, conversation_id: int) -> list[StoredMessage]:
        with self._read() as db:
            rows = db.execute(
                f"SELECT {MESSAGE_COLUMNS} FROM messages WHERE conversation_id = ? "
                "ORDER BY position",
                (conversation_id,),
            ).fetchall()
        return [to_message(row) for row in rows]

    def add_message(
        self,
        conversation_id: int,
        role: str,
        content: str,
        *,
        complete: bool = True,
        stats: dict[str, Any] | None = None,
    ) -> StoredMessage:
        """Append a message; it is committed (survives a crash) when this returns."""
        with self._write() as db:
            return self._append(db, conversation_id, role, content, complete, stats)

    def update_message(
        self,
        message_id: int,
        content: str,
        *,
        complete: bool,
        stats: dict[str, Any] | None = None,
    ) -> None:
        """Replace a message's content and stats: the partial-answer save while streaming."""
        with self._write() as db:
            row = db.execute(
                "SELECT conversation_id FROM messages WHERE id = ?", (message_id,)
            ).fetchone()
            if row is None:
                raise ChatNotFoundError("This message no longer exists (its chat was deleted?).")
            db.execute(
                "UPDATE messages SET content = ?, complete = ?, stats = ? WHERE id = ?",
                (content, complete, dump_stats(stats), message_id),
            )
            self._touch(db, row[0])

    def truncate_after(
        self, conversation_id: int, message_id: int | None, *, seen: Collection[int]
    ) -> int:
        """Remove the messages after ``message_id`` (all of them for None): edit and resend,
        regenerate, a message taken back. Returns how many messages the chat still has.

        ``seen`` holds the ids of the messages the caller knows of. Only those are ever deleted:
        if another window added a message after ``message_id`` meanwhile, nothing is deleted and
        ChatChangedError says so (a count of messages kept, taken from memory, would delete it).
        """
        with self._write() as db:
            self._touch(db, conversation_id)
            position = -1
            if message_id is not None:
                row = db.execute(
                    "SELECT position FROM messages WHERE id = ? AND conversation_id = ?",
                    (message_id, conversation_id),
                ).fetchone()
                if row is None:
                    raise ChatNotFoundError("This message no longer exists in its chat.")
                position = row[0]
            later = db.execute(
                "SELECT id FROM messages WHERE conversation_id = ? AND position > ?",
                (conversation_id, position),
            ).fetchall()
            unseen = {message for (message,) in later} - set(seen)
            if unseen:
                raise ChatChangedError(
                    f"This chat was changed elsewhere meanwhile (another gpt4local window?): it "
                    f"has {len(unseen)} message{'s' if len(unseen) > 1 else ''} not shown here. "
                    "Nothing was deleted."
                )
            db.execute(
                "DELETE FROM messages WHERE conversation_id = ? AND position > ?",
                (conversation_id, position),
            )
            left = db.execute(
                "SELECT COUNT(*) FROM messages WHERE conversation_id = ?", (conversation_id,)
            ).fetchone()
            return int(left[0])

    # -- export and import

    def export_markdown(self, conversation_id: int) -> str:
        with self._lock:  # the chat and its messages as of one moment
            conversation = self.get_conversation(conversation_id)
            return chat_export.to_markdown(conversation, self.messages(conversation_id))

    def export_json(self, conversation_id: int) -> dict[str, Any]:
        with self._lock:
            conversation = self.get_conversation(conversation_id)
            return chat_export.to_json(conversation, self.messages(conversation_id))

    def import_file(self, path: Path) -> Conversation:
        """Store a JSON export file as a new conversation (see import_json)."""
        try:
            data = chat_export.read_export(path)
        except ValueError as error:
            raise ChatStoreError(f"{path.name} could not be imported: {error}.") from None
        return self.import_json(data, path.name)

    def import_json(self, data: dict[str, Any] | str | bytes, name: str = "This file"
                    ) -> Conversation:  # fmt: skip
        """Store an export (parsed, or its text) as a new conversation, at the top of the list.

        Invalid data raises ChatStoreError: "<name> could not be imported: <why>."
        """
        try:
            chat = chat_export.from_json(
                chat_export.parse(data) if isinstance(data, str | bytes) else data
            )
        except (ValueError, RecursionError) as error:
            raise ChatStoreError(f"{name} could not be imported: {error}.") from None
        with self._write(IMPORT_FAILED) as db:
            title = (_clean_title(chat.title), chat.title_is_custom)
            values = (chat.model_path, chat.system_prompt, dump(chat.settings))
            cursor = db.execute(
                _INSERT_CONVERSATION, (*title, chat.created_at, self._now(), *values)
            )
            conversation_id = _row_id(cursor)
            for position, m in enumerate(chat.messages):
                message = (m.role, m.content, m.complete, dump_stats(m.stats), m.created_at)
                db.execute(_INSERT_MESSAGE, (conversation_id, position, *message))
            return self._conversation(db, conversation_id)

    # -- internals

    @property
    def _connection(self) -> sqlite3.Connection:
        if self._db is None:
            raise ChatStoreError("The chat history is closed.")
        return self._db

    @contextlib.contextmanager
    def _write(self, failed: Wording = SAVE_FAILED) -> Iterator[sqlite3.Connection]:
        with self._lock, transaction(self._connection, failed) as db:
            yield db

    @contextlib.contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                yield self._connection
            except sqlite3.Error as error:
                raise ChatStoreError(READ_FAILED(reason=error)) from error

    def _new_conversation(self, db: sqlite3.Connection, title: str, model_path: str | None,
                          system_prompt: str, settings: dict[str, Any] | None,
                          ) -> Conversation:  # fmt: skip
        now = self._now()
        values = (model_path, system_prompt, dump(settings or {}))
        cursor = db.execute(_INSERT_CONVERSATION, (_clean_title(title), False, now, now, *values))
        return self._conversation(db, _row_id(cursor))

    def _append(self, db: sqlite3.Connection, conversation_id: int, role: str, content: str,
                complete: bool = True, stats: dict[str, Any] | None = None,
                ) -> StoredMessage:  # fmt: skip
        if role not in chat_export.ROLES:
            raise ValueError(f"unknown role {role!r}")
        now = self._touch(db, conversation_id)
        position = db.execute(
            "SELECT COALESCE(MAX(position), -1) + 1 FROM messages WHERE conversation_id = ?",
            (conversation_id,),
        ).fetchone()[0]
        values = (role, content, complete, dump_stats(stats), now)
        cursor = db.execute(_INSERT_MESSAGE, (conversation_id, position, *values))
        return StoredMessage(
            _row_id(cursor), conversation_id, position, role, content, complete, stats, now
        )

    def _now(self) -> float:
        # Strictly increasing, so the order follows activity even where the clock is coarse
        # (about 16 ms on Windows) and two saves share a tick.
        self._last_time = max(time.time(), self._last_time + 1e-6)
        return self._last_time

    def _touch(self, db: sqlite3.Connection, conversation_id: int) -> float:
        now = self._now()
        cursor = db.execute(
            "UPDATE conversations SET updated_at = ? WHERE id = ?", (now, conversation_id)
        )
        if cursor.rowcount == 0:
            raise ChatNotFoundError("This chat no longer exists.")
        return now

    def _conversation(self, db: sqlite3.Connection, conversation_id: int) -> Conversation:
        row = db.execute(
            f"SELECT {CONVERSATION_COLUMNS} FROM conversations WHERE id = ?", (conversation_id,)
        ).fetchone()
        if row is None:
            raise ChatNotFoundError("This chat no longer exists.")
        return to_conversation(row)


def _clean_title(title: str) -> str:
    return " ".join(title.split()) or DEFAULT_TITLE


def _row_id(cursor: sqlite3.Cursor) -> int:
    assert cursor.lastrowid is not None  # an INSERT into a rowid table always sets it
    return cursor.lastrowid
