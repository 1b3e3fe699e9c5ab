"""GenerationStats crosses threads as itself and goes to the database through one serialisation."""

from __future__ import annotations

from gpt4local.core.inference.events import GenerationStats

STATS = GenerationStats("an answer", 120, 30, 42, 0.25, 12.5, 300.0, "length", 2)


def test_stats_go_to_the_database_and_come_back_the_same(store):
    conversation, _ = store.start_conversation("hi", "hi", None, "", {})
    answer = store.add_message(conversation.id, "assistant", "", complete=False)
    store.update_message(answer.id, STATS.text, complete=False, stats=STATS.as_dict())
    saved = store.messages(conversation.id)[-1].stats
    assert saved is not None and GenerationStats.from_dict(saved) == STATS


def test_a_record_from_an_older_version_still_reads():
    old = {"completion_tokens": 7, "tokens_per_s": 3.5, "stop_reason": "eos", "ttft_s": "?"}
    stats = GenerationStats.from_dict(old)
    assert (stats.completion_tokens, stats.tokens_per_s, stats.stop_reason) == (7, 3.5, "eos")
    assert stats.ttft_s == 0 and stats.text == "" and stats.prompt_tokens == 0
    assert GenerationStats.from_dict({"stop_reason": "stop"}).stop_reason == "cancelled"
    assert GenerationStats.from_dict({"stop_reason": "interrupted"}).stop_reason == "interrupted"
