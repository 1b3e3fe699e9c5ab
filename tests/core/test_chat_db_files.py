"""The chats file as found on disk: older versions are upgraded, files from a newer version are
refused untouched, damaged ones are set aside."""

from __future__ import annotations

from pathlib import Path

import pytest

from gpt4local.core.chats import database as chat_db
from gpt4local.core.chats.store import ChatStore, ChatStoreError
from tests.core.chat_helpers import raw

V1_SCHEMA = [  # frozen copy of what release 1 wrote: the migrations must keep reading it
    """CREATE TABLE conversations (id INTEGER PRIMARY KEY, title TEXT NOT NULL,
        title_is_custom INTEGER NOT NULL DEFAULT 0, created_at REAL NOT NULL,
        updated_at REAL NOT NULL, model_path TEXT, system_prompt TEXT NOT NULL DEFAULT '',
        settings TEXT NOT NULL DEFAULT '{}')""",
    "CREATE INDEX conversations_by_activity ON conversations (updated_at)",
    """CREATE TABLE messages (id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
        position INTEGER NOT NULL, role TEXT NOT NULL, content TEXT NOT NULL,
        complete INTEGER NOT NULL DEFAULT 1, created_at REAL NOT NULL,
        UNIQUE (conversation_id, position))""",
    "PRAGMA user_version = 1",
]


def write_v1_file(path: Path) -> None:
    with raw(path) as db:
        db.execute("PRAGMA journal_mode = WAL")
        for statement in V1_SCHEMA:
            db.execute(statement)
        db.execute(
            "INSERT INTO conversations VALUES (7, 'Old chat', 1, 100.0, 200.0, '/m/old.gguf', "
            "'Be old.', '{\"temperature\": 0.9}')"
        )
        db.executemany(
            "INSERT INTO messages VALUES (?, 7, ?, ?, ?, ?, 150.0)",
            [(1, 0, "user", "Tell me about zebras", 1), (2, 1, "assistant", "Stripes", 0)],
        )


def test_a_version_1_file_is_upgraded_with_its_data(db_path: Path) -> None:
    write_v1_file(db_path)
    with ChatStore(db_path) as store:
        assert store.schema_version == 2
        (chat,) = store.list_conversations()
        assert (chat.id, chat.title, chat.title_is_custom, chat.model_path) == (
            7,
            "Old chat",
            True,
            "/m/old.gguf",
        )
        assert (chat.system_prompt, chat.settings, chat.updated_at) == (
            "Be old.",
            {"temperature": 0.9},
            200.0,
        )
        messages = store.messages(7)
        assert [(m.id, m.role, m.content, m.complete, m.stats) for m in messages] == [
            (1, "user", "Tell me about zebras", True, None),
            (2, "assistant", "Stripes", False, None),
        ]
        assert [c.id for c in store.list_conversations("ZEBRA")] == [7]
        store.update_message(2, "Stripes!", complete=True, stats={"completion_tokens": 2})
        assert store.messages(7)[1].stats == {"completion_tokens": 2}
    with raw(db_path.with_name("chats.db.v1.bak")) as backup:
        assert backup.execute("PRAGMA user_version").fetchone() == (1,)
        assert backup.execute("SELECT content FROM messages WHERE id = 2").fetchone() == (
            "Stripes",
        )


def test_a_failing_upgrade_leaves_the_chats_as_they_were(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_v1_file(db_path)
    broken = (*chat_db._MIGRATIONS, ("ALTER TABLE messages ADD COLUMN stats TEXT",))
    monkeypatch.setattr(chat_db, "_MIGRATIONS", broken)  # v3 repeats v2: it must fail
    monkeypatch.setattr(chat_db, "SCHEMA_VERSION", 3)
    with pytest.raises(ChatStoreError, match="upgrade your chats to version 3"):
        ChatStore(db_path)
    monkeypatch.undo()
    with ChatStore(db_path) as store:  # v2 had committed, v3 rolled back
        assert store.schema_version == 2
        assert [m.content for m in store.messages(7)] == ["Tell me about zebras", "Stripes"]


def folder_snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_a_file_from_a_newer_version_is_refused_untouched(db_path: Path) -> None:
    with ChatStore(db_path) as store:
        store.add_message(store.create_conversation().id, "user", "from the future")
    with raw(db_path) as db:
        db.execute("PRAGMA user_version = 99")
    before = folder_snapshot(db_path.parent)
    with pytest.raises(ChatStoreError, match="written by a newer gpt4local") as caught:
        ChatStore(db_path)
    assert "version 99" in str(caught.value) and "left unchanged" in str(caught.value)
    assert folder_snapshot(db_path.parent) == before


def test_a_newer_version_still_in_the_wal_is_refused_too(db_path: Path) -> None:
    with ChatStore(db_path):
        pass
    with raw(db_path) as newer:  # a newer gpt4local, its upgrade not yet checkpointed
        newer.execute("PRAGMA wal_autocheckpoint = 0")
        newer.execute("PRAGMA user_version = 99")
        with pytest.raises(ChatStoreError, match="written by a newer gpt4local"):
            ChatStore(db_path)
        assert newer.execute("PRAGMA user_version").fetchone() == (99,)


def test_a_file_that_is_not_a_database_is_set_aside(db_path: Path) -> None:
    db_path.write_bytes(b"my notes, not chats\n" * 500)
    with ChatStore(db_path) as store:
        assert store.notice is not None and "damaged" in store.notice
        (aside,) = db_path.parent.glob("chats.db.bad-*")
        assert aside.name in store.notice
        assert aside.read_bytes() == b"my notes, not chats\n" * 500
        store.create_conversation()
        assert len(store.list_conversations()) == 1


def test_a_database_with_damaged_pages_is_set_aside(db_path: Path) -> None:
    with ChatStore(db_path) as store:
        chat = store.create_conversation()
        for n in range(300):
            store.add_message(chat.id, "user", f"message {n} " + "x" * 500)
    data = bytearray(db_path.read_bytes())
    page = 4096
    for start in range(page, len(data), page):  # every b-tree page header but the first
        data[start : start + 8] = b"\xee" * 8
    db_path.write_bytes(bytes(data))
    with ChatStore(db_path) as store:
        assert store.notice is not None and "damaged" in store.notice
        assert store.list_conversations() == []
    assert len(list(db_path.parent.glob("chats.db.bad-*"))) == 1


def test_an_empty_file_is_simply_a_new_history(db_path: Path) -> None:
    db_path.touch()
    with ChatStore(db_path) as store:
        assert store.notice is None and store.schema_version == 2
