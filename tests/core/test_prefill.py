"""Prefill while typing: the prompt of a draft is decoded ahead, and Send finds it cached."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from gpt4local.core.inference import engine as engine_module
from gpt4local.core.inference.engine import PREFILL_BATCH, PREFILL_HOLD_BACK, Engine
from gpt4local.core.inference.events import GenerationStats
from gpt4local.core.inference.options import LoadSettings, SamplingSettings
from gpt4local.core.messages import Message
from gpt4local.diagnostics.synthetic_model import ModelShape, write_model

HISTORY = [Message("user", "Tell me a story about a dragon. " * 10),
           Message("assistant", "Once upon a time there was a dragon. " * 15)]  # fmt: skip
DRAFT = "And what happened to the dragon after that? Tell me everything you know"
GREEDY = SamplingSettings(max_tokens=12, temperature=0.0, seed=1)


@pytest.fixture(scope="module")
def model(tmp_path_factory) -> Path:
    shape = ModelShape(n_embd=128, n_layers=2, n_head=2, n_head_kv=2, n_ff=256)
    return write_model(tmp_path_factory.mktemp("prefill") / "small.gguf", shape)


def answer(engine: Engine, messages: list[Message]) -> GenerationStats:
    stats = list(engine.stream(messages, GREEDY))[-1]
    assert isinstance(stats, GenerationStats)
    return stats


def test_send_decodes_only_the_last_tokens_and_answers_the_same(model):
    with_prefill = Engine(model, LoadSettings(n_ctx=2048))
    decoded = with_prefill.prefill([*HISTORY, Message("user", DRAFT)], GREEDY.max_tokens,
                                   threading.Event())  # fmt: skip
    sent = answer(with_prefill, [*HISTORY, Message("user", DRAFT)])
    assert decoded == sent.prompt_tokens - PREFILL_HOLD_BACK
    assert sent.evaluated_tokens == PREFILL_HOLD_BACK

    without = Engine(model, LoadSettings(n_ctx=2048))
    fresh = answer(without, [*HISTORY, Message("user", DRAFT)])
    assert fresh.evaluated_tokens == fresh.prompt_tokens == sent.prompt_tokens
    assert fresh.text == sent.text  # the same cache, decoded in other batches (greedy: same)


def test_text_typed_after_the_prefill_costs_only_itself(model):
    engine = Engine(model, LoadSettings(n_ctx=2048))
    engine.prefill([*HISTORY, Message("user", DRAFT)], GREEDY.max_tokens, threading.Event())
    longer = DRAFT + ", and then some more words at the end."
    sent = answer(engine, [*HISTORY, Message("user", longer)])
    # Left for Send: the words typed since, and the answer cue after them (prefilled after the
    # shorter draft, so no longer in the cache), give or take a token where the two meet.
    prompt = engine.template.render([*HISTORY, Message("user", longer)])
    up_to_draft = prompt[: prompt.index(DRAFT) + len(DRAFT)]
    left = sent.prompt_tokens - len(engine.tokenize_prompt(up_to_draft))
    assert left < 40 and sent.evaluated_tokens <= left + 2


def test_a_superseded_prefill_stops_at_its_next_small_batch(model, monkeypatch):
    monkeypatch.setattr(engine_module, "PREFILL_HOLD_BACK", 1)
    engine = Engine(model, LoadSettings(n_ctx=2048))

    class AfterFirstBatch:
        checks = 0

        def is_set(self) -> bool:
            self.checks += 1
            return self.checks > 1

    decoded = engine.prefill([*HISTORY, Message("user", DRAFT)], GREEDY.max_tokens,
                             AfterFirstBatch())  # fmt: skip
    assert decoded == PREFILL_BATCH
    # What was decoded is kept: the answer picks up from there.
    sent = answer(engine, [*HISTORY, Message("user", DRAFT)])
    assert sent.evaluated_tokens == sent.prompt_tokens - PREFILL_BATCH


def test_a_draft_too_long_for_the_context_is_refused_as_send_would(model):
    from gpt4local.core.errors import PromptTooLongError

    engine = Engine(model, LoadSettings(n_ctx=128))
    with pytest.raises(PromptTooLongError):
        engine.prefill([Message("user", "word " * 400)], 16, threading.Event())
