"""The engine service driving the real llama.cpp engine on a synthetic model."""

from __future__ import annotations

import threading
from typing import ClassVar

import pytest

from gpt4local.core.inference.engine import PREFILL_HOLD_BACK, Engine
from gpt4local.core.inference.events import GenerationStats, PromptProgress, TextChunk
from gpt4local.core.inference.options import LoadSettings, SamplingSettings
from gpt4local.core.messages import Message
from gpt4local.core.service.engine_service import EngineService, llama_backend
from gpt4local.core.service.events import ModelLoaded, ModelUnloaded, Prefilled
from gpt4local.core.service.requests import Answer, Load, Prefill, Unload

LOAD = LoadSettings(n_ctx=512, n_threads=2)


class Watched(Engine):
    """The real engine, noting the thread of each call into llama.cpp."""

    threads: ClassVar[list[tuple[str, str]]] = []

    def __init__(self, *args, **kwargs) -> None:
        Watched.threads.append(("load", threading.current_thread().name))
        super().__init__(*args, **kwargs)

    def stream(self, *args, **kwargs):
        Watched.threads.append(("stream", threading.current_thread().name))
        yield from super().stream(*args, **kwargs)

    def prefill(self, *args, **kwargs) -> int:
        Watched.threads.append(("prefill", threading.current_thread().name))
        return super().prefill(*args, **kwargs)

    def close(self) -> None:
        Watched.threads.append(("close", threading.current_thread().name))
        super().close()


@pytest.fixture
def service():
    Watched.threads = []
    service = EngineService(Watched)
    yield service
    service.close()


def final(service: EngineService, request):
    *_, last = service.iterate(request)[1]
    return last


def test_load_stream_prefill_unload_all_on_the_engine_thread(service, tiny_model):
    loaded = final(service, Load(tiny_model, LOAD, force=True))
    assert isinstance(loaded, ModelLoaded) and loaded.info.n_ctx == 512
    conversation = (Message("user", "hello world"),)
    _, events = service.iterate(Answer(conversation, SamplingSettings(max_tokens=8, seed=3)))
    events = list(events)
    stats = events[-1]
    assert isinstance(stats, GenerationStats) and 0 < stats.completion_tokens <= 8
    assert stats.text == "".join(e.text for e in events if isinstance(e, TextChunk))
    assert any(isinstance(e, PromptProgress) for e in events)

    draft = (*conversation, Message("assistant", stats.text), Message("user", "and then?"))
    prefilled = final(service, Prefill(draft, 16))
    assert isinstance(prefilled, Prefilled) and prefilled.decoded > 0
    after = final(service, Answer(draft, SamplingSettings(max_tokens=4, seed=1)))
    assert after.evaluated_tokens == PREFILL_HOLD_BACK  # Send found the draft decoded

    assert final(service, Unload()) == ModelUnloaded() and service.info is None
    assert [call for call, _ in Watched.threads] == ["load", "stream", "prefill", "stream",
                                                     "close"]  # fmt: skip
    assert {thread for _, thread in Watched.threads} == {"engine"}


def test_the_default_backend_is_the_llama_engine(tiny_model):
    service = EngineService(llama_backend)
    try:
        loaded = final(service, Load(tiny_model, LOAD, force=True))
        assert isinstance(loaded, ModelLoaded) and isinstance(service._backend, Engine)
    finally:
        service.close()
    assert not service.running and service._backend is None
