"""The chats file itself: opening it safely, upgrading its schema, and the search index.

Durability: the file is in WAL mode with synchronous=NORMAL. A returned commit is in the WAL, in the
OS's hands, so killing or crashing the app loses nothing committed; only a power cut or OS crash can
lose the last commits, and never corrupts the file. FULL would flush the disk on every
partial-answer save (once a second while streaming) for that much rarer case.

Upgrades: the schema version is ``PRAGMA user_version``. ``_MIGRATIONS`` is append-only; an
existing file is copied to ``<name>.v<N>.bak`` before it is upgraded and each step runs in a
transaction, so a failed step leaves the chats as they were. A file from a newer gpt4local is
refused without a single write. A damaged file is set aside as ``<name>.bad-<time>`` and the caller
gets a notice.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from gpt4local.core.errors import UserFacingError, Wording
from gpt4local.core.files import create_private_file, make_private_dirs

_MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # v1, the first release. Never edit a released step (users' files were made by it): append.
    (
        """CREATE TABLE conversations (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            title_is_custom INTEGER NOT NULL DEFAULT 0,
            created_at REAL NOT NULL,
            updated_at REAL NOT NULL,
            model_path TEXT,
            system_prompt TEXT NOT NULL DEFAULT '',
            settings TEXT NOT NULL DEFAULT '{}'
        )""",
        "CREATE INDEX conversations_by_activity ON conversations (updated_at)",
        """CREATE TABLE messages (
            id INTEGER PRIMARY KEY,
            conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            role TEXT NOT NULL,
            content TEXT NOT NULL,
            complete INTEGER NOT NULL DEFAULT 1,
            created_at REAL NOT NULL,
            UNIQUE (conversation_id, position)
        )""",
    ),
    # v2: generation statistics of each answer (tokens/s, time to first token, stop reason), JSON.
    ("ALTER TABLE messages ADD COLUMN stats TEXT",),
)
SCHEMA_VERSION = len(_MIGRATIONS)


class ChatStoreError(UserFacingError):
    """The chat history could not be read, saved or imported; str(error) says why."""


# What failed, for transaction(): each says {reason}, SQLite's words or DISK_FULL.
SAVE_FAILED = Wording("chats.save_failed", "Could not save your chats: {reason}")
IMPORT_FAILED = Wording("chats.import_failed", "Could not import the chat: {reason}")
INDEX_FAILED = Wording("chats.index_failed", "Could not update the search index: {reason}")
UPGRADE_FAILED = Wording("chats.upgrade_failed", "Could not upgrade your chats to version "
                         "{version} (they were left as they were): {reason}")
DISK_FULL = Wording("chats.disk_full",
                    "the disk is full ({detail}). Free some space, then try again")
READ_FAILED = Wording("chats.read_failed", "Could not read your chats: {reason}")
OPEN_FAILED = Wording("chats.open_failed", "Could not open your chats ({path}): {reason}")
FOLDER_FAILED = Wording("chats.folder_failed",
                        "Could not create the folder for your chats: {reason}")
NOT_SET_ASIDE = Wording("chats.not_set_aside",
                        "Your chats ({path}) are damaged and could not be set aside: {reason}")
SET_ASIDE = Wording(
    "chats.set_aside", "Your chat history was damaged and could not be read. It was kept as "
    "{name} in {folder} and a new, empty history was started.")
NEWER_VERSION = Wording(
    "chats.newer_version", "Your chats ({path}) were written by a newer gpt4local (chat file "
    "version {version}; this one reads up to version {supported}). Update gpt4local to open them; "
    "the file was left unchanged.")
BACKUP_FAILED = Wording("chats.backup_failed", "Could not back up your chats before upgrading "
                        "them ({reason}); nothing was changed.")


@contextlib.contextmanager
def transaction(db: sqlite3.Connection, failed: Wording,
                **params: object) -> Iterator[sqlite3.Connection]:  # fmt: skip
    """All of it is committed, or none of it; SQLite errors become ``failed`` (with ``params``
    and the reason): "Could not save your chats: …"."""
    try:
        db.execute("BEGIN IMMEDIATE")  # take the write lock now, not halfway through
        yield db
        db.execute("COMMIT")
    except BaseException as error:
        if db.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                db.execute("ROLLBACK")
        if isinstance(error, sqlite3.Error):
            raise ChatStoreError(failed(**params, reason=explain(error))) from error
        raise


def explain(error: sqlite3.Error) -> str:
    """SQLite's words, with what to do where the user can do something."""
    if getattr(error, "sqlite_errorname", "") == "SQLITE_FULL":
        return DISK_FULL(detail=error)
    return str(error)


def open_database(path: Path | None) -> tuple[sqlite3.Connection, str | None]:
    """A connection to an up-to-date chats file, and a notice if a damaged one was set aside.

    ``None`` gives a database in memory: chats that last until the app quits, for when the file
    cannot be opened.
    """
    if path is None:
        db = _connect(None)
        _migrate(db, Path(":memory:"))
        return db, None
    try:
        make_private_dirs(path.parent)
    except OSError as error:
        raise ChatStoreError(FOLDER_FAILED(reason=error)) from error
    notice = _check_existing(path) if path.exists() else None
    db = _connect(path)
    try:
        _migrate(db, path)
    except BaseException:
        db.close()
        raise
    return db, notice


def _check_existing(path: Path) -> str | None:
    try:
        with path.open("rb") as file:
            header = file.read(100)
    except OSError as error:
        raise ChatStoreError(OPEN_FAILED(path=path, reason=error)) from error
    if not header:
        return None  # an empty file is an empty database to SQLite
    # The version is read from the header, not through SQLite: even a read-only connection
    # leaves -wal/-shm files beside a WAL database, and a refused file must stay as it was.
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        return _set_aside(path)
    version = int.from_bytes(header[60:64], "big", signed=True)
    if version > SCHEMA_VERSION:
        raise _newer_error(path, version)
    return None if version >= 0 and _healthy(path) else _set_aside(path)


def _newer_error(path: Path, version: int) -> ChatStoreError:
    return ChatStoreError(NEWER_VERSION(path=path, version=str(version),
                                        supported=str(SCHEMA_VERSION)))  # fmt: skip


def _healthy(path: Path) -> bool:
    # Read-only, so a damaged file is set aside exactly as it was found.
    try:
        probe = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise ChatStoreError(OPEN_FAILED(path=path, reason=error)) from error
    try:
        return probe.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    except sqlite3.DatabaseError as error:
        # Locked or unreadable is not damaged: only a bad file is set aside.
        name = getattr(error, "sqlite_errorname", "")
        if name in ("SQLITE_NOTADB", "SQLITE_CORRUPT") or "malformed" in str(error):
            return False
        raise ChatStoreError(OPEN_FAILED(path=path, reason=error)) from error
    finally:
        probe.close()


def _set_aside(path: Path) -> str:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.bad-{stamp}")
    for n in range(1, 1000):
        if not aside.exists():
            break
        aside = path.with_name(f"{path.name}.bad-{stamp}-{n}")
    try:
        os.replace(path, aside)
        # The WAL belongs to the damaged file (it may help a rescue); the -shm is only a cache.
        wal = path.with_name(path.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            os.replace(wal, aside.with_name(aside.name + "-wal"))
        wal.unlink(missing_ok=True)
        path.with_name(path.name + "-shm").unlink(missing_ok=True)
    except OSError as error:
        raise ChatStoreError(NOT_SET_ASIDE(path=path, reason=error)) from error
    return SET_ASIDE(name=aside.name, folder=aside.parent)


def _connect(path: Path | None) -> sqlite3.Connection:
    """A connection to the chats file, or with None to a database in memory."""
    try:
        if path is not None:
            create_private_file(path)  # 0600; SQLite gives its -wal and -shm files the same mode
        # isolation_level=None: the transactions are ours (see transaction()), DDL included.
        # check_same_thread=False: the store serialises calls with its own lock.
        db = sqlite3.connect(path or ":memory:", timeout=5.0, isolation_level=None,
                             check_same_thread=False)  # fmt: skip
    except (sqlite3.Error, OSError) as error:
        raise ChatStoreError(OPEN_FAILED(path=path, reason=error)) from error
    try:
        db.execute("PRAGMA journal_mode = WAL")  # a network drive may refuse WAL: still safe
        db.execute("PRAGMA synchronous = NORMAL")  # see the module docstring
        db.execute("PRAGMA foreign_keys = ON")
        db.create_function("casefold_contains", 2, _casefold_contains, deterministic=True)
    except sqlite3.Error as error:
        db.close()
        raise ChatStoreError(OPEN_FAILED(path=path, reason=error)) from error
    return db


def _migrate(db: sqlite3.Connection, path: Path) -> None:
    found = int(db.execute("PRAGMA user_version").fetchone()[0])
    if found > SCHEMA_VERSION:  # a newer version's commit that was still in the WAL
        raise _newer_error(path, found)
    if 0 < found < SCHEMA_VERSION:
        _back_up(db, path.with_name(f"{path.name}.v{found}.bak"))
    for version in range(found, SCHEMA_VERSION):
        with transaction(db, UPGRADE_FAILED, version=version + 1):
            if db.execute("PRAGMA user_version").fetchone()[0] != version:
                continue  # another gpt4local window upgraded it meanwhile
            for statement in _MIGRATIONS[version]:
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {version + 1}")


def _back_up(db: sqlite3.Connection, target_path: Path) -> None:
    try:
        create_private_file(target_path)
        target = sqlite3.connect(target_path)
        try:
            db.backup(target)
        finally:
            target.close()
    except (sqlite3.Error, OSError) as error:
        raise ChatStoreError(BACKUP_FAILED(reason=error)) from error


def _casefold_contains(haystack: str | None, folded_needle: str) -> bool:
    return haystack is not None and folded_needle in haystack.casefold()


# The search index is derived data, so it lives outside the versioned schema: it is (re)built
# whenever this SQLite has FTS5 with the trigram tokenizer (substring search, case-insensitive).
# Without it, search scans with casefold, and the triggers are dropped so writes keep working; the
# stale index is rebuilt when a build with FTS5 opens the file again.
_SEARCH_TABLE = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS message_search USING fts5("
    "content, content='messages', content_rowid='id', tokenize='trigram')"
)
_FORGET = (
    "INSERT INTO message_search (message_search, rowid, content) "
    "VALUES ('delete', old.id, old.content);"
)
_LEARN = "INSERT INTO message_search (rowid, content) VALUES (new.id, new.content);"
_SEARCH_TRIGGERS = {
    "message_search_insert": f"AFTER INSERT ON messages BEGIN {_LEARN} END",
    "message_search_delete": f"AFTER DELETE ON messages BEGIN {_FORGET} END",
    "message_search_update": f"AFTER UPDATE OF content ON messages BEGIN {_FORGET} {_LEARN} END",
}
_SHORTEST_INDEXED = 3  # a trigram index cannot find anything shorter


class SearchIndex:
    """Finds conversations by title or message content, ignoring case."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.indexed = self._ensure(db)

    @staticmethod
    def supported() -> bool:
        probe = sqlite3.connect(":memory:")
        try:
            probe.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='trigram')")
            return True
        except sqlite3.Error:
            return False
        finally:
            probe.close()

    def _ensure(self, db: sqlite3.Connection) -> bool:
        rows = db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall()
        present = {name for (name,) in rows} & set(_SEARCH_TRIGGERS)
        supported = self.supported()
        if present == set(_SEARCH_TRIGGERS) and supported:
            return True
        try:
            with transaction(db, INDEX_FAILED):
                for name in present:
                    db.execute(f"DROP TRIGGER {name}")
                if supported:
                    db.execute(_SEARCH_TABLE)
                    for name, body in _SEARCH_TRIGGERS.items():
                        db.execute(f"CREATE TRIGGER {name} {body}")
                    db.execute("INSERT INTO message_search (message_search) VALUES ('rebuild')")
        except ChatStoreError:
            return False  # search still works, by scanning
        return supported

    def condition(self, search: str) -> tuple[str, tuple[Any, ...]]:
        """A WHERE clause over conversations, and its parameters."""
        needle = search.strip()
        if not needle:
            return "1", ()
        folded = needle.casefold()
        if self.indexed and len(needle) >= _SHORTEST_INDEXED:
            in_messages = (
                "SELECT m.conversation_id FROM message_search "
                "JOIN messages AS m ON m.id = message_search.rowid WHERE message_search MATCH ?"
            )
            term = '"' + needle.replace('"', '""') + '"'  # one phrase: a plain substring
        else:
            in_messages = "SELECT conversation_id FROM messages WHERE casefold_contains(content, ?)"
            term = folded
        return f"casefold_contains(title, ?) OR id IN ({in_messages})", (folded, term)
