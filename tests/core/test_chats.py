"""The conversation store: CRUD, the conversation list, search, threads and closing.

Export/import, upgrades and damaged files, and crashes have their own modules
(test_chat_export.py, test_chat_db_files.py, test_chat_crash_safety.py).
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from gpt4local.core.chats import database as chat_db
from gpt4local.core.chats.store import (
    KEEP,
    ChatChangedError,
    ChatNotFoundError,
    ChatStore,
    ChatStoreError,
    chats_file,
)
from tests.core.chat_helpers import fill, raw
from tests.small_disk import SmallDisk


@pytest.fixture(params=["indexed", "scan"])
def search_mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Search must give the same answers with the FTS5 index and with the fallback scan."""
    if request.param == "scan":
        monkeypatch.setattr(chat_db.SearchIndex, "supported", staticmethod(lambda: False))
    return str(request.param)


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
    question, answer = store.messages(printer)
    store.truncate_after(printer, question.id, seen=[question.id, answer.id])
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
    ids = [store.add_message(chat.id, "user" if n % 2 == 0 else "assistant", f"m{n}").id
           for n in range(4)]  # fmt: skip
    assert store.truncate_after(chat.id, ids[1], seen=ids) == 2
    assert [m.content for m in store.messages(chat.id)] == ["m0", "m1"]
    again = store.add_message(chat.id, "user", "m2 again")
    assert again.position == 2
    assert store.truncate_after(chat.id, None, seen=[*ids, again.id]) == 0
    assert store.messages(chat.id) == []


def test_truncating_never_deletes_a_message_the_caller_has_not_seen(store: ChatStore) -> None:
    """Issue 10, 5: two windows on one chat. A Regenerate in one deleted the other's saved message
    and answer, because it truncated by a count of messages it held in memory."""
    chat = store.create_conversation()
    question = store.add_message(chat.id, "user", "window A asks")
    answer = store.add_message(chat.id, "assistant", "A's answer")
    seen_by_a = [question.id, answer.id]
    store.add_message(chat.id, "user", "window B asks")  # B, on the same chat, meanwhile
    store.add_message(chat.id, "assistant", "B's answer")
    with pytest.raises(ChatChangedError, match=r"2 messages not shown here\. Nothing was deleted"):
        store.truncate_after(chat.id, question.id, seen=seen_by_a)  # A regenerates
    assert [m.content for m in store.messages(chat.id)] == [
        "window A asks", "A's answer", "window B asks", "B's answer"]  # fmt: skip
    with pytest.raises(ChatNotFoundError, match="no longer exists"):
        store.truncate_after(store.create_conversation().id, question.id, seen=seen_by_a)


def test_missing_targets_and_bad_roles(store: ChatStore) -> None:
    with pytest.raises(ChatNotFoundError):
        store.add_message(999, "user", "hello")
    with pytest.raises(ChatNotFoundError):
        store.update_message(999, "text", complete=False)
    with pytest.raises(ChatNotFoundError):
        store.truncate_after(999, None, seen=())
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


def test_a_store_in_memory_works_without_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """For when the chats file cannot be opened: the session's chats last until the app quits.
    No file at all: creating the database file 0600 first once made a file named ':memory:' in
    the working folder."""
    monkeypatch.chdir(tmp_path)
    with ChatStore(in_memory=True) as store:
        chat = store.create_conversation("kept for now")
        store.add_message(chat.id, "user", "hello")
        assert store.path is None and [m.content for m in store.messages(chat.id)] == ["hello"]
    assert not chats_file().exists()
    assert not (tmp_path / ":memory:").exists()


def test_a_chat_and_its_first_message_are_stored_together(store: ChatStore) -> None:
    """A chat whose first message cannot be stored is not stored either (no empty chat)."""
    chat, message = store.start_conversation("hello", "Greeting", "/m/x.gguf", "Be brief.")
    assert (chat.title, chat.model_path, chat.system_prompt) == ("Greeting", "/m/x.gguf",
                                                                 "Be brief.")  # fmt: skip
    assert store.messages(chat.id) == [message] and message.content == "hello"
    with pytest.raises(UnicodeEncodeError):
        store.start_conversation("\ud800 cannot be stored")
    assert store.list_conversations() == [chat]


def test_a_full_disk_is_said_plainly_and_leaves_no_empty_chat(small_disk: SmallDisk) -> None:
    """Issue 10, 4: with the data folder full, Send saved nothing and said nothing. The store
    says the disk is full, and a chat whose first message could not be saved does not exist."""
    with ChatStore(small_disk.path / "chats.db") as store:
        store.start_conversation("saved before the disk filled")
        small_disk.fill()
        with pytest.raises(ChatStoreError, match="Could not save your chats: the disk is full"):
            for n in range(100):  # SQLite may still have room in the pages it holds
                store.start_conversation(f"chat {n} " + "x" * 5000)
        chats = store.list_conversations()
        assert all(store.messages(chat.id) for chat in chats)
        small_disk.free()
        store.start_conversation("after some space was freed")
        assert len(store.list_conversations()) == len(chats) + 1
