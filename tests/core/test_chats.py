"""The conversation store: CRUD, search, export/import, upgrades, damaged files and crashes."""

from __future__ import annotations

import contextlib
import json
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from gpt4local.core import chat_db, chat_export
from gpt4local.core.chats import (
    KEEP,
    ChatNotFoundError,
    ChatStore,
    ChatStoreError,
    chats_file,
)

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(params=["indexed", "scan"])
def search_mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Search must give the same answers with the FTS5 index and with the fallback scan."""
    if request.param == "scan":
        monkeypatch.setattr(chat_db.SearchIndex, "supported", staticmethod(lambda: False))
    return str(request.param)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "chats.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[ChatStore]:
    with ChatStore(db_path) as opened:
        yield opened


@contextlib.contextmanager
def raw(path: Path) -> Iterator[sqlite3.Connection]:
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


def test_the_default_file_is_in_the_data_folder(isolated_home: Path) -> None:
    assert chats_file() == isolated_home / "data" / "chats.db"
    with ChatStore() as store:
        assert store.path == chats_file()
        assert store.schema_version == chat_db.SCHEMA_VERSION == 2
        assert store.notice is None
    assert chats_file().exists()


def test_conversations_remember_model_prompt_and_settings(store: ChatStore) -> None:
    created = store.create_conversation(
        model_path="/m/x.gguf", system_prompt="Be brief.", settings={"temperature": 0.2}
    )
    assert created.title == "New chat" and not created.title_is_custom
    assert store.get_conversation(created.id) == created
    assert created.settings == {"temperature": 0.2} and created.system_prompt == "Be brief."

    changed = store.update_conversation(created.id, model_path=None, settings={"top_k": 5})
    assert (changed.model_path, changed.system_prompt, changed.settings) == (
        None,
        "Be brief.",
        {"top_k": 5},
    )
    assert store.update_conversation(created.id, system_prompt="").system_prompt == ""
    unchanged = store.update_conversation(created.id, model_path=KEEP, settings=KEEP)
    assert unchanged == store.get_conversation(created.id)


def test_messages_are_kept_in_order_with_stats(store: ChatStore) -> None:
    chat = store.create_conversation()
    user = store.add_message(chat.id, "user", "Hi")
    answer = store.add_message(chat.id, "assistant", "Hel", complete=False)
    assert (user.position, answer.position) == (0, 1)
    store.update_message(answer.id, "Hello!", complete=True, stats={"completion_tokens": 3})
    stored = store.messages(chat.id)
    assert [(m.role, m.content, m.complete) for m in stored] == [
        ("user", "Hi", True),
        ("assistant", "Hello!", True),
    ]
    assert stored[0] == user
    assert stored[1].stats == {"completion_tokens": 3} and stored[0].stats is None


def test_the_list_follows_activity(store: ChatStore) -> None:
    first = store.create_conversation("first")
    second = store.create_conversation("second")
    assert [c.id for c in store.list_conversations()] == [second.id, first.id]
    answer = store.add_message(first.id, "assistant", "", complete=False)
    assert [c.id for c in store.list_conversations()] == [first.id, second.id]
    store.add_message(second.id, "user", "hello")
    assert [c.id for c in store.list_conversations()] == [second.id, first.id]
    before = store.get_conversation(first.id).updated_at
    store.update_message(answer.id, "streaming…", complete=False)
    assert store.get_conversation(first.id).updated_at > before
    assert [c.id for c in store.list_conversations()] == [first.id, second.id]
    store.rename(second.id, "renamed")  # not activity: the order stays
    assert [c.id for c in store.list_conversations()] == [first.id, second.id]


def test_search_by_title_and_content(search_mode: str, store: ChatStore) -> None:
    python, printer = fill(store)
    assert store.indexed_search == (search_mode == "indexed")

    def found(text: str) -> list[int]:
        return [c.id for c in store.list_conversations(text)]

    assert found("") == found("   ") == [printer, python]
    assert found("PYTHON") == [python]  # title, any case
    assert found("sorted(") == [python]  # content, punctuation and all
    assert found("ärger") == found("Ärger") == [printer]  # non-ASCII case folding
    assert found("dru") == [printer]
    assert found("st") == [printer, python]  # too short for trigrams: scanned
    assert found("zebra") == found('"quoted') == found("a*") == []


def test_search_follows_edits_and_deletes(search_mode: str, store: ChatStore) -> None:
    python, printer = fill(store)
    answer = store.messages(python)[1]
    store.update_message(answer.id, "Use a zebra sort.", complete=True)
    assert [c.id for c in store.list_conversations("zebra")] == [python]
    assert store.list_conversations("sorted(") == []
    store.delete_conversation(python)
    store.truncate_after(printer, 0)
    assert store.list_conversations("zebra") == store.list_conversations("ärger") == []
    if search_mode == "indexed":
        with raw(store.path) as db:  # the external-content index matches its table exactly
            db.execute("INSERT INTO message_search (message_search) VALUES ('integrity-check')")


def test_an_index_left_stale_by_a_build_without_fts5_is_rebuilt(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with ChatStore(db_path) as store:
        chat = store.create_conversation()
        store.add_message(chat.id, "user", "first words")
    with monkeypatch.context() as patched:
        patched.setattr(chat_db.SearchIndex, "supported", staticmethod(lambda: False))
        with ChatStore(db_path) as store:
            assert not store.indexed_search
            store.add_message(chat.id, "user", "the zebra arrives")
            assert [c.id for c in store.list_conversations("zebra")] == [chat.id]
    with ChatStore(db_path) as store:
        assert store.indexed_search
        assert [c.id for c in store.list_conversations("zebra")] == [chat.id]
        assert [c.id for c in store.list_conversations("first w")] == [chat.id]


def test_rename_and_the_custom_flag(store: ChatStore) -> None:
    chat = store.create_conversation()
    generated = store.rename(chat.id, "Sorting\nlists  in Python", custom=False)
    assert (generated.title, generated.title_is_custom) == ("Sorting lists in Python", False)
    mine = store.rename(chat.id, "My title")
    assert (mine.title, mine.title_is_custom) == ("My title", True)
    cleared = store.rename(chat.id, "  ")  # untitled again: the app may generate one
    assert (cleared.title, cleared.title_is_custom) == ("New chat", False)
    with pytest.raises(ChatNotFoundError):
        store.rename(chat.id + 1, "nope")


def test_delete_takes_the_messages_along(store: ChatStore) -> None:
    python, printer = fill(store)
    store.delete_conversation(python)
    store.delete_conversation(python)  # already gone: fine
    assert [c.id for c in store.list_conversations()] == [printer]
    assert store.messages(python) == []
    with raw(store.path) as db:
        rows = db.execute("SELECT DISTINCT conversation_id FROM messages").fetchall()
    assert rows == [(printer,)]
    with pytest.raises(ChatNotFoundError, match="no longer exists"):
        store.get_conversation(python)


def test_truncate_after_for_edit_and_regenerate(store: ChatStore) -> None:
    chat = store.create_conversation()
    for n in range(4):
        store.add_message(chat.id, "user" if n % 2 == 0 else "assistant", f"m{n}")
    store.truncate_after(chat.id, 1)
    assert [m.content for m in store.messages(chat.id)] == ["m0", "m1"]
    assert store.add_message(chat.id, "user", "m2 again").position == 2
    store.truncate_after(chat.id, -1)
    assert store.messages(chat.id) == []


def test_missing_targets_and_bad_roles(store: ChatStore) -> None:
    with pytest.raises(ChatNotFoundError):
        store.add_message(999, "user", "hello")
    with pytest.raises(ChatNotFoundError):
        store.update_message(999, "text", complete=False)
    with pytest.raises(ChatNotFoundError):
        store.truncate_after(999, 0)
    with pytest.raises(ValueError, match="role"):
        store.add_message(store.create_conversation().id, "robot", "beep")


def test_calls_from_many_threads_are_serialised(store: ChatStore) -> None:
    chat = store.create_conversation()

    def write(worker: int) -> None:
        for n in range(25):
            store.add_message(chat.id, "user", f"{worker}-{n}")

    threads = [threading.Thread(target=write, args=(w,)) for w in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [m.position for m in store.messages(chat.id)] == list(range(100))


def test_a_closed_store_says_so(db_path: Path) -> None:
    store = ChatStore(db_path)
    store.close()
    store.close()
    with pytest.raises(ChatStoreError, match="closed"):
        store.list_conversations()


# -- export and import


def test_markdown_export(store: ChatStore) -> None:
    chat = store.create_conversation(
        "Sorting", model_path="/home/me/models/tiny.gguf", system_prompt="Be brief."
    )
    store.add_message(chat.id, "user", "How do I sort?")
    code = "Like this:\n\n```python\nsorted(items)\n```"
    stats = {"completion_tokens": 12, "tokens_per_s": 30, "ttft_s": 0.25, "stop_reason": "stop"}
    store.add_message(chat.id, "assistant", code, stats=stats)
    store.add_message(chat.id, "assistant", "Also:\n~~~~sh\nls ~~~\n", complete=False)
    text = store.export_markdown(chat.id)
    assert text.startswith("# Sorting\n\n*")
    assert "tiny.gguf" in text and "/home/me" not in text
    assert "## System prompt\n\nBe brief.\n\n## You\n\nHow do I sort?\n\n## Assistant\n\n" in text
    assert f"{code}\n\n*12 tokens · 30.0 tokens/s · first token after 0.2 s*" in text
    # the stopped answer's code block is closed, so what follows is not swallowed as code
    assert text.endswith("## Assistant\n\nAlso:\n~~~~sh\nls ~~~\n~~~~\n\n*unfinished*\n")


def test_json_export_and_import_round_trip(store: ChatStore) -> None:
    python, _ = fill(store)
    store.update_conversation(python, system_prompt="Be kind.", settings={"temperature": 0.5})
    store.rename(python, "Mine")
    answer = store.messages(python)[1]
    store.update_message(answer.id, "partial", complete=False, stats={"stop_reason": "user"})
    exported = store.export_json(python)
    assert (exported["format"], exported["version"]) == ("gpt4local-chat", 1)

    imported = store.import_json(json.dumps(exported, ensure_ascii=False))
    assert imported.id != python
    assert store.list_conversations()[0].id == imported.id  # shown on top
    original = store.get_conversation(python)
    for field in ("title", "title_is_custom", "created_at", "model_path", "system_prompt"):
        assert getattr(imported, field) == getattr(original, field)
    assert imported.settings == {"temperature": 0.5}

    def essence(conversation_id: int) -> list[tuple[Any, ...]]:
        return [
            (m.position, m.role, m.content, m.complete, m.stats, m.created_at)
            for m in store.messages(conversation_id)
        ]

    assert essence(imported.id) == essence(python)
    assert store.import_json(exported).id not in (python, imported.id)  # a dict works too


def good_export() -> dict[str, Any]:
    return {
        "format": "gpt4local-chat",
        "version": 1,
        "title": "t",
        "messages": [{"role": "user", "content": "hi"}],
    }


def spoiled(path: str, value: Any) -> dict[str, Any]:
    """good_export() with one field replaced (or removed, for value=...)."""
    data = good_export()
    target = data["messages"][0] if path.startswith("message.") else data
    key = path.removeprefix("message.")
    if value is ...:
        del target[key]
    else:
        target[key] = value
    return data


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ([1, 2], "not a gpt4local chat export"),
        ("{not json", "Expecting property name"),
        (spoiled("format", "chatgpt"), "not a gpt4local chat export"),
        (spoiled("format", ...), "not a gpt4local chat export"),
        (spoiled("version", "1"), '"version" of the wrong type'),
        (spoiled("version", True), '"version" of the wrong type'),
        (spoiled("version", 2), "newer gpt4local"),
        (spoiled("version", 0), "not valid"),
        (spoiled("title", None), '"title" of the wrong type'),
        (spoiled("messages", ...), 'no "messages"'),
        (spoiled("messages", {"role": "user"}), '"messages" of the wrong type'),
        (spoiled("settings", ["temperature"]), '"settings" of the wrong type'),
        (spoiled("settings", {"x": object()}), "settings is not plain JSON"),
        (spoiled("created_at", float("nan")), "impossible"),
        (spoiled("created_at", 1e300), "impossible"),
        (spoiled("model_path", 7), '"model_path" of the wrong type'),
        ({**good_export(), "messages": ["hi"]}, "message 1 is not a JSON object"),
        (spoiled("message.role", "root"), "unknown role"),
        (spoiled("message.role", ...), 'message 1 has no "role"'),
        (spoiled("message.content", 42), '"content" of the wrong type'),
        (spoiled("message.content", "\ud800 lone surrogate"), "not valid text"),
        (spoiled("message.complete", "yes"), '"complete" of the wrong type'),
        (spoiled("message.stats", [1]), '"stats" of the wrong type'),
        (spoiled("message.created_at", -1), "impossible"),
    ],
)
def test_import_rejects_bad_input_clearly(store: ChatStore, data: Any, reason: str) -> None:
    with pytest.raises(ChatStoreError, match="could not be imported") as caught:
        store.import_json(data)
    assert reason in str(caught.value)
    assert store.list_conversations() == []  # all or nothing


def test_import_rejects_absurd_nesting(store: ChatStore) -> None:
    nested: dict[str, Any] = {}
    for _ in range(100_000):
        nested = {"x": nested}
    with pytest.raises(ChatStoreError, match="not plain JSON"):
        store.import_json(spoiled("settings", nested))


def test_import_takes_huge_strings_and_ignores_unknown_keys(store: ChatStore) -> None:
    data = spoiled("message.content", "é" * 5_000_000)
    data["title"] = "long " * 20_000
    data["from_the_future"] = {"anything": True}
    chat = store.import_json(data)
    assert store.messages(chat.id)[0].content == "é" * 5_000_000
    assert chat.title == ("long " * 20_000).strip()
    assert chat_export.from_json(store.export_json(chat.id)).messages[0].content.startswith("éé")


# -- upgrades, newer files, damaged files

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


# -- crashes: the app killed at any moment keeps everything it had committed

WRITER = r"""
import sys
from pathlib import Path
from gpt4local.core.chats import ChatStore
store = ChatStore(Path(sys.argv[1]))
chat = store.create_conversation("crash test")
print("chat", chat.id, flush=True)
n = 0
while True:
    message = store.add_message(chat.id, "user", f"message {n} " + "x" * 3000)
    print("committed", message.id, flush=True)
    n += 1
"""

GENERATOR = r"""
import sys
from pathlib import Path
from gpt4local.core.chats import ChatStore
store = ChatStore(Path(sys.argv[1]))
chat = store.create_conversation()
print("user", chat.id, store.add_message(chat.id, "user", "Tell me a story").id, flush=True)
answer = store.add_message(chat.id, "assistant", "", complete=False)
text, n = "", 0
while True:
    text += f"token{n} "
    n += 1
    if n % 5 == 0:
        store.update_message(answer.id, text, complete=False)
        print("saved", answer.id, len(text), flush=True)
"""


def kill_after(script: str, db_path: Path, lines_wanted: int) -> list[list[str]]:
    """Run a child writer, SIGKILL it once it has reported enough, return all it reported."""
    log = db_path.with_name("child-stderr.txt")
    with (
        log.open("w") as stderr,
        subprocess.Popen(
            [sys.executable, "-c", script, str(db_path)],
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            cwd=REPO,
        ) as child,
    ):
        assert child.stdout is not None
        watchdog = threading.Timer(60, child.kill)  # a hung child fails the test, never hangs it
        watchdog.start()
        try:
            lines = []
            while len(lines) < lines_wanted:
                line = child.stdout.readline()
                assert line, f"the child ended early: {log.read_text()}"
                lines.append(line)
            child.kill()  # SIGKILL: no cleanup, no close, mid-transaction if it can be
            lines += child.stdout.readlines()  # reported before it died
            child.wait()
        finally:
            watchdog.cancel()
    return [line.split() for line in lines if line.endswith("\n")]


def assert_intact(db_path: Path) -> None:
    with raw(db_path) as db:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        db.execute("INSERT INTO message_search (message_search) VALUES ('integrity-check')")


def test_a_killed_writer_loses_nothing_it_committed(db_path: Path) -> None:
    reported = kill_after(WRITER, db_path, lines_wanted=300)
    chat_id = int(reported[0][1])
    committed = {int(words[1]) for words in reported[1:]}
    assert len(committed) >= 299
    assert_intact(db_path)
    with ChatStore(db_path) as store:
        assert store.notice is None
        stored = store.messages(chat_id)
        assert committed <= {m.id for m in stored}
        assert [m.position for m in stored] == list(range(len(stored)))


def test_killed_during_generation_keeps_the_question_and_the_partial_answer(
    db_path: Path,
) -> None:
    reported = kill_after(GENERATOR, db_path, lines_wanted=40)
    _, chat_id, user_id = reported[0]
    saves = [words for words in reported[1:] if words[0] == "saved"]
    answer_id, last_length = int(saves[-1][1]), int(saves[-1][2])
    assert_intact(db_path)
    with ChatStore(db_path) as store:
        user, answer = store.messages(int(chat_id))
        assert (user.id, user.role, user.content) == (int(user_id), "user", "Tell me a story")
        assert (answer.id, answer.role, answer.complete) == (answer_id, "assistant", False)
        expected = "".join(f"token{n} " for n in range(len(answer.content)))
        assert len(answer.content) >= last_length  # a later save may have beaten the print
        assert answer.content == expected[: len(answer.content)]
