"""The real llama.cpp path, on small synthetic GGUF models built by the fixtures."""

import threading

import pytest

from gpt4local.core.errors import ModelLoadError, PromptTooLongError
from gpt4local.core.inference.decoding import IncrementalUtf8
from gpt4local.core.inference.engine import Engine
from gpt4local.core.inference.events import (
    ContextTrimmed,
    GenerationStats,
    PromptProgress,
    TextChunk,
)
from gpt4local.core.inference.options import LoadSettings, SamplingSettings
from gpt4local.core.messages import Message


@pytest.fixture
def engine(tiny_model):
    engine = Engine(tiny_model, LoadSettings(n_ctx=512, n_threads=2))
    yield engine
    engine.close()


def run(engine, messages, sampling, cancel=None, on_chunk=None, continue_answer=False):
    chunks, others = [], []
    stats = None
    for event in engine.stream(messages, sampling, cancel, continue_answer=continue_answer):
        if isinstance(event, TextChunk):
            chunks.append(event.text)
            if on_chunk:
                on_chunk(event.text)
        elif isinstance(event, GenerationStats):
            stats = event
        else:
            others.append(event)
    assert stats is not None, "the stream must always end with its statistics"
    return chunks, stats, others


def test_streams_text_and_reports_stats(engine):
    messages = [Message("system", "Be nice."), Message("user", "hello world")]
    chunks, stats, others = run(engine, messages, SamplingSettings(max_tokens=24, seed=3))
    assert "".join(chunks) == stats.text
    assert 0 < stats.completion_tokens <= 24
    assert stats.stop_reason in ("eos", "length")
    assert stats.prompt_tokens == stats.evaluated_tokens > 10  # first turn: nothing cached
    assert stats.ttft_s > 0
    assert isinstance(others[-1], PromptProgress) and others[-1].done == others[-1].total
    assert engine.info.template_origin == "gguf"
    assert engine.info.device == "CPU"


def test_same_seed_same_answer(tiny_model):
    messages = [Message("user", "the model")]
    sampling = SamplingSettings(max_tokens=16, seed=42)
    answers = []
    for _ in range(2):
        engine = Engine(tiny_model, LoadSettings(n_ctx=256))
        answers.append(run(engine, messages, sampling)[1].text)
        engine.close()
    assert answers[0] == answers[1]


def test_byte_tokens_assemble_into_valid_utf8(engine):
    """Random weights emit many raw byte tokens: the text must equal their bytes, decoded once."""
    seen_high_byte_tokens = 0
    for seed in range(6):
        chunks, stats, _ = run(
            engine, [Message("user", "é 中文 😀")], SamplingSettings(max_tokens=60, seed=seed)
        )
        raw = b"".join(engine.piece(t) for t in engine.last_completion_tokens)
        assert stats.text == raw.decode("utf-8", errors="replace").lstrip()
        assert "".join(chunks) == stats.text
        seen_high_byte_tokens += sum(
            1
            for t in engine.last_completion_tokens
            if len(engine.piece(t)) == 1 and engine.piece(t)[0] >= 0x80
        )
    assert seen_high_byte_tokens > 10  # the test really exercised partial UTF-8


def test_stop_ends_generation_at_the_current_token(engine):
    cancel = threading.Event()
    chunks, stats, _ = run(
        engine,
        [Message("user", "write a long story")],
        SamplingSettings(max_tokens=400, seed=5),
        cancel=cancel,
        on_chunk=lambda _: cancel.set(),
    )
    assert stats.stop_reason == "cancelled"
    assert stats.text == "".join(chunks)
    # The very token that produced the first visible text is the last one sampled.
    decoder, first_visible = IncrementalUtf8(), None
    for index, token in enumerate(engine.last_completion_tokens):
        if decoder.feed(engine.piece(token)).strip():
            first_visible = index
            break
    assert first_visible == stats.completion_tokens - 1


def test_cancel_before_start_generates_nothing(engine):
    cancel = threading.Event()
    cancel.set()
    _, stats, _ = run(engine, [Message("user", "hi")], SamplingSettings(seed=1), cancel=cancel)
    assert stats.completion_tokens == 0
    assert stats.stop_reason == "cancelled"


def test_follow_up_turns_only_evaluate_new_tokens(engine):
    sampling = SamplingSettings(max_tokens=12, seed=7)
    history = [Message("system", "You are a helpful assistant."), Message("user", "hello")]
    previous = None
    for turn in range(4):
        _, stats, _ = run(engine, history, sampling)
        if previous is not None:
            # KV holds the last prompt plus the answer (the final sampled token unless it was EOS
            # is not decoded yet); everything beyond is new this turn.
            cached = previous.prompt_tokens + previous.completion_tokens
            cached -= 0 if previous.stop_reason == "eos" else 1
            assert stats.evaluated_tokens == stats.prompt_tokens - cached, f"turn {turn + 1}"
            assert stats.evaluated_tokens < 40 < stats.prompt_tokens
        previous = stats
        history += [Message("assistant", stats.text), Message("user", f"and then {turn}?")]


def test_history_is_trimmed_to_fit_and_the_caller_is_told(tiny_model):
    engine = Engine(tiny_model, LoadSettings(n_ctx=256))
    history = [Message("system", "sys")]
    for i in range(12):
        history += [Message("user", f"question number {i} " * 4), Message("assistant", "ok " * 10)]
    history.append(Message("user", "final"))
    _, stats, others = run(engine, history, SamplingSettings(max_tokens=32, seed=1))
    trimmed = [e for e in others if isinstance(e, ContextTrimmed)]
    assert trimmed and trimmed[0].dropped_messages == stats.dropped_messages > 0
    assert stats.prompt_tokens <= 256 - 32
    engine.close()


def test_message_too_long_is_refused(tiny_model):
    engine = Engine(tiny_model, LoadSettings(n_ctx=128))
    with pytest.raises(PromptTooLongError, match="too long for the context"):
        run(engine, [Message("user", "the " * 400)], SamplingSettings())
    # The engine is still usable afterwards.
    assert run(engine, [Message("user", "hi")], SamplingSettings(max_tokens=4, seed=1))[1]
    engine.close()


@pytest.mark.parametrize("max_tokens", [10_000, 0])
def test_answer_stops_when_the_context_is_full(tiny_model, max_tokens):
    """max_tokens 0, the default, is no limit of its own (issue 10 §6: the old default of 4,096
    was larger than the default context, so long answers ended "context full" anyway)."""
    engine = Engine(tiny_model, LoadSettings(n_ctx=96))
    # Repeat penalty off and a fixed seed: a long random answer that runs into the context's end.
    sampling = SamplingSettings(max_tokens=max_tokens, seed=11, repeat_penalty=1.0,
                                temperature=1.5)  # fmt: skip
    stats = None
    for seed in range(11, 30):  # EOS can come early by chance; try seeds until one fills it
        _, stats, _ = run(
            engine, [Message("user", "hi")], SamplingSettings(**{**sampling.__dict__, "seed": seed})
        )
        if stats.stop_reason != "eos":
            break
    assert stats.stop_reason == "context_full"
    assert stats.prompt_tokens + stats.completion_tokens >= 96
    engine.close()


def test_model_without_template_gets_a_fallback(untemplated_model):
    engine = Engine(untemplated_model, LoadSettings(n_ctx=256))
    assert engine.info.template_origin == "fallback:plain"
    _, stats, _ = run(engine, [Message("user", "hi")], SamplingSettings(max_tokens=8, seed=2))
    assert stats.prompt_tokens > 5
    engine.close()


def test_load_retries_without_flash_attention_when_refused(tiny_model, monkeypatch):
    from gpt4local.core.inference import llama_open

    real_llama, attempts = llama_open.TemplateFreeLlama, []

    def picky_llama(*args, **kwargs):
        attempts.append(kwargs["flash_attn"])
        if kwargs["flash_attn"]:
            raise ValueError("Failed to create llama_context")  # as llama-cpp-python words it
        return real_llama(*args, **kwargs)

    monkeypatch.setattr(llama_open, "TemplateFreeLlama", picky_llama)
    engine = Engine(tiny_model, LoadSettings(n_ctx=128))
    assert attempts == [True, False]
    assert run(engine, [Message("user", "hi")], SamplingSettings(max_tokens=4, seed=1))[1]
    engine.close()


def test_a_model_that_fails_to_load_is_not_loaded_twice(unknown_arch_gguf, monkeypatch):
    from gpt4local.core.inference import llama_open

    real_llama, attempts = llama_open.TemplateFreeLlama, []

    def counting_llama(*args, **kwargs):
        attempts.append(kwargs["flash_attn"])
        return real_llama(*args, **kwargs)

    monkeypatch.setattr(llama_open, "TemplateFreeLlama", counting_llama)
    with pytest.raises(ModelLoadError):
        Engine(unknown_arch_gguf)
    assert attempts == [True]


def test_a_cut_off_answer_continues_where_it_stopped(engine):
    history = [Message("user", "Tell me a story")]
    for seed in range(20):  # random weights: find an answer the length limit cut off
        _chunks, first, _ = run(engine, history, SamplingSettings(max_tokens=6, seed=seed))
        if first.stop_reason == "length":
            break
    assert first.stop_reason == "length"
    partial = Message("assistant", first.text)
    chunks, more, _ = run(engine, [*history, partial], SamplingSettings(max_tokens=6, seed=4),
                          continue_answer=True)  # fmt: skip
    assert more.completion_tokens > 0 and "".join(chunks) == more.text
    # The prompt is the previous prompt plus the answer so far: all of it is in the KV cache.
    assert more.evaluated_tokens <= 2
    with pytest.raises(ValueError, match="Only an assistant answer"):
        run(engine, history, SamplingSettings(max_tokens=2), continue_answer=True)


def test_a_template_from_the_settings_replaces_the_models(tiny_model):
    custom = "{% for m in messages %}<<{{ m.content }}>>{% endfor %}"
    engine = Engine(tiny_model, LoadSettings(n_ctx=256, chat_template=custom))
    try:
        assert engine.template.origin == "custom"
        assert engine.template.render([Message("user", "hi")]) == "<<hi>>"
    finally:
        engine.close()
