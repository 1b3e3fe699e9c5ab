"""The conversation store's export (Markdown, JSON) and import, and how bad imports are refused."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from gpt4local.core.chats import export as chat_export
from gpt4local.core.chats.store import ChatStore, ChatStoreError
from tests.core.chat_helpers import fill


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
        ("{not json", "not valid JSON (Expecting property name"),
        ("", "the file is empty"),
        (b" \n", "the file is empty"),
        (b"\x89PNG\r\n\x1a\n\xff\xfe", "not a text file"),
        ("[" * 100_000, "nested too deeply"),
        (spoiled("messages", []), "it has no messages"),
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


def test_an_import_file_is_read_with_a_size_limit(
    store: ChatStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 10, 4: imports have a size limit (an 18.6 MB answer froze the window for 27.5 s)."""
    monkeypatch.setattr(chat_export, "MAX_IMPORT_BYTES", 1000)
    small, big = tmp_path / "small.json", tmp_path / "big.json"
    small.write_text(json.dumps(good_export()))
    big.write_text(json.dumps(spoiled("message.content", "x" * 1000)))
    assert [m.content for m in store.messages(store.import_file(small).id)] == ["hi"]
    for path, reason in ((big, "it is larger than 1000 bytes, the most a chat import may be"),
                         (tmp_path / "gone.json", "it could not be read (No such file"),
                         (tmp_path, "it is not a file")):  # fmt: skip
        with pytest.raises(ChatStoreError, match="could not be imported") as caught:
            store.import_file(path)
        assert str(caught.value).startswith(f"{path.name} could not be imported: {reason}")
    assert len(store.list_conversations()) == 1
