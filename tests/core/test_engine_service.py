"""The engine service with a fake backend: order, priorities, cancelling, failures, clients."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from gpt4local.core.fit.memory_fit import DOES_NOT_FIT
from gpt4local.core.inference.chat_backend import Cancel, EngineInfo
from gpt4local.core.inference.events import GenerationStats, TextChunk
from gpt4local.core.inference.options import LoadSettings, SamplingSettings
from gpt4local.core.messages import Message
from gpt4local.core.service.engine_service import EngineService, Ticket
from gpt4local.core.service.events import (
    GenerationFailed,
    LoadFailed,
    LoadQuestion,
    LoadRefused,
    ModelChanged,
    ModelLoaded,
    ModelUnloaded,
    Prefilled,
    Skipped,
    TitleReady,
)
from gpt4local.core.service.requests import Answer, Load, Prefill, Priority, Title, Unload
from tests.core.test_fit_wording import GIB, machine

WAIT_S = 20


class Script:
    """What the fake backends do and saw, shared by every one a service builds."""

    def __init__(self) -> None:
        self.asked: list[str] = []  # the last message of each stream, in the order run
        self.threads: set[str] = set()  # the threads that built, used and closed backends
        self.closed: list[str] = []
        self.release = threading.Event()  # a "hold" answer waits for it
        self.holding = threading.Event()  # a "hold" answer has begun


class FakeBackend:
    def __init__(self, path: Path, load: LoadSettings, script: Script) -> None:
        self.script = script
        script.threads.add(threading.current_thread().name)
        self.info = EngineInfo(model_name=path.stem, path=path, n_ctx=load.n_ctx,
                               n_ctx_train=None, device="CPU", threads=1,
                               template_origin="gguf")  # fmt: skip

    def stream(self, messages, sampling=None, cancel: Cancel | None = None,
               continue_answer=False):  # fmt: skip
        script, last = self.script, messages[-1].content
        script.threads.add(threading.current_thread().name)
        script.asked.append(last)
        if last == "boom":
            raise RuntimeError("the backend broke")
        if last == "hold":
            script.holding.set()
            script.release.wait(WAIT_S)
        words, reason = [], "length"
        for i in range((sampling or SamplingSettings()).max_tokens or 10_000):
            if cancel is not None and cancel.is_set():
                reason = "cancelled"
                break
            words.append(f"w{i} ")
            yield TextChunk(words[-1])
            if last == "until stopped":
                script.holding.set()
                script.release.wait(0.001)  # the fake's pace, so Stop has tokens to stop
        yield GenerationStats("".join(words), 5, 5, len(words), 0.1, 10.0, 50.0, reason, 0)

    def prefill(self, messages, max_tokens, cancel) -> int:
        return len(messages)

    def close(self) -> None:
        self.script.threads.add(threading.current_thread().name)
        self.script.closed.append(self.info.model_name)


class Collected(list):
    """One client's callback: the events it was given, in order."""

    def __call__(self, event) -> None:
        self.append(event)


@pytest.fixture
def script() -> Script:
    return Script()


@pytest.fixture
def service(script):
    roomy = machine(0, 0, available=16 * GIB)
    service = EngineService(lambda path, load, gguf: FakeBackend(path, load, script),
                            machine=lambda: roomy)  # fmt: skip
    yield service
    script.release.set()
    service.close()
    assert not service.running


def done(ticket: Ticket) -> Ticket:
    assert ticket.wait(WAIT_S), "the request never ended"
    return ticket


def loaded(service: EngineService, model: Path) -> EngineInfo:
    events = Collected()
    done(service.submit(Load(model), events))
    assert isinstance(events[-1], ModelLoaded)
    return events[-1].info


def answer(text: str, max_tokens: int = 3) -> Answer:
    return Answer((Message("user", text),), SamplingSettings(max_tokens=max_tokens))


def test_requests_run_one_at_a_time_in_the_order_they_came(service, script, tiny_model):
    loaded(service, tiny_model)
    first = service.submit(answer("hold"), Collected())
    assert script.holding.wait(WAIT_S)
    later = [service.submit(answer(text), Collected()) for text in ("one", "two", "three")]
    assert not any(ticket.done for ticket in later)  # waiting behind the running one
    script.release.set()
    for ticket in [first, *later]:
        done(ticket)
    assert script.asked == ["hold", "one", "two", "three"]


def test_an_interactive_request_goes_ahead_of_queued_background_work(service, script, tiny_model):
    loaded(service, tiny_model)
    service.submit(answer("hold"), Collected())
    assert script.holding.wait(WAIT_S)
    api = [service.submit(answer(f"api {n}"), Collected(), Priority.BACKGROUND) for n in (1, 2)]
    gui = service.submit(answer("gui"), Collected(), Priority.INTERACTIVE)
    script.release.set()
    for ticket in [*api, gui]:
        done(ticket)
    assert script.asked == ["hold", "gui", "api 1", "api 2"]


def test_a_stop_before_the_answer_began_is_not_lost(service, script, tiny_model):
    loaded(service, tiny_model)
    service.submit(answer("hold"), Collected())
    assert script.holding.wait(WAIT_S)
    events, after = Collected(), Collected()
    stopped = service.submit(answer("never asked"), events)
    stopped.cancel()
    following = service.submit(answer("asked"), after)
    script.release.set()
    done(stopped), done(following)
    assert events == [GenerationStats.cancelled()]  # ended as any Stop, without running
    assert "never asked" not in script.asked
    assert isinstance(after[-1], GenerationStats) and after[-1].stop_reason == "length"


def test_a_stop_while_the_answer_runs_ends_it_with_what_was_written(service, script, tiny_model):
    loaded(service, tiny_model)
    events = Collected()
    ticket = service.submit(answer("until stopped", max_tokens=0), events)
    assert script.holding.wait(WAIT_S)
    ticket.cancel()
    done(ticket)
    stats = events[-1]
    assert isinstance(stats, GenerationStats) and stats.stop_reason == "cancelled"
    assert stats.text == "".join(e.text for e in events if isinstance(e, TextChunk)) != ""


def test_a_failed_request_does_not_block_the_next(service, script, tiny_model, tmp_path):
    loaded(service, tiny_model)
    broken, after = Collected(), Collected()
    done(service.submit(answer("boom"), broken))
    done(service.submit(answer("fine"), after))
    assert broken == [GenerationFailed("Generation failed: the backend broke")]
    assert isinstance(after[-1], GenerationStats) and after[-1].text == "w0 w1 w2 "

    missing, again = Collected(), Collected()
    done(service.submit(Load(tmp_path / "gone.gguf"), missing))
    assert isinstance(missing[-1], LoadFailed) and missing[-1].previous_still_loaded
    done(service.submit(answer("still here"), again))
    assert isinstance(again[-1], GenerationStats)  # the model stayed loaded


def test_a_backend_that_cannot_load_is_reported_and_the_next_load_works(script, tiny_model):
    attempts: list[Path] = []

    def factory(path, load, gguf):
        attempts.append(path)
        if len(attempts) == 1:
            raise RuntimeError("out of memory")
        return FakeBackend(path, load, script)

    service = EngineService(factory, machine=lambda: machine(0, 0, available=16 * GIB))
    try:
        failed = Collected()
        done(service.submit(Load(tiny_model), failed))
        assert failed == [LoadFailed(f"Could not load {tiny_model.name}: out of memory", False)]
        assert loaded(service, tiny_model).path == tiny_model
    finally:
        service.close()


def test_two_clients_share_one_model_and_hear_of_its_changes(service, script, tiny_model):
    gui, api = Collected(), Collected()
    heard_by_gui, heard_by_api = Collected(), Collected()
    service.subscribe(heard_by_gui)
    stop_hearing = service.subscribe(heard_by_api)
    done(service.submit(Load(tiny_model), gui))
    info = gui[-1].info
    assert heard_by_gui == heard_by_api == [ModelChanged(info)] and service.info == info
    done(service.submit(answer("from the api"), api, Priority.BACKGROUND))
    done(service.submit(answer("from the window"), gui))
    assert [type(e) for e in api] == [TextChunk] * 3 + [GenerationStats]  # only its own
    assert isinstance(gui[-1], GenerationStats) and len(gui) == 1 + 4
    stop_hearing()
    done(service.submit(Unload(), api))
    assert heard_by_gui[-1] == ModelChanged(None) and len(heard_by_api) == 1


def test_unloading_closes_the_model_on_the_engine_thread(service, script, tiny_model):
    loaded(service, tiny_model)
    events, after = Collected(), Collected()
    done(service.submit(Unload(), events))
    assert events == [ModelUnloaded()] and script.closed == [tiny_model.stem]
    assert service.info is None
    done(service.submit(answer("anyone?"), after))
    assert after == [GenerationFailed("No model is loaded.")]
    skipped = Collected()
    done(service.submit(Prefill((Message("user", "draft"),), 16), skipped))
    done(service.submit(Title((Message("user", "hi"),)), skipped))
    assert skipped == [Skipped("No model is loaded.")] * 2
    assert script.threads == {"engine"}


def test_prefill_and_title(service, script, tiny_model):
    loaded(service, tiny_model)
    events = Collected()
    done(service.submit(Prefill((Message("system", "s"), Message("user", "draft")), 16), events))
    done(service.submit(Title((Message("user", "what is a dragon"), Message("assistant", "a"))),
                        events))  # fmt: skip
    assert events[0] == Prefilled(2)
    assert isinstance(events[1], TitleReady) and events[1].title


def test_a_model_that_does_not_fit_is_a_question_or_a_refusal(script, tiny_model):
    service = EngineService(lambda path, load, gguf: FakeBackend(path, load, script),
                            machine=lambda: machine(0, 0))  # 20 MiB free  # fmt: skip
    try:
        asked, refused = Collected(), Collected()
        done(service.submit(Load(tiny_model), asked))
        done(service.submit(Load(tiny_model, can_ask=False), refused))
        question = asked[-1]
        assert isinstance(question, LoadQuestion) and question.path == tiny_model
        assert question.fit.verdict == DOES_NOT_FIT and question.asked.n_ctx == 2048
        assert isinstance(refused[-1], LoadRefused) and "does not fit" in refused[-1].reason
        assert service.info is None and script.closed == []
        forced = Collected()
        done(service.submit(Load(tiny_model, force=True), forced))
        assert isinstance(forced[-1], ModelLoaded)
    finally:
        service.close()


def test_closing_cancels_what_is_queued_and_closes_the_model(script, tiny_model):
    service = EngineService(lambda path, load, gguf: FakeBackend(path, load, script),
                            machine=lambda: machine(0, 0, available=16 * GIB))  # fmt: skip
    loaded(service, tiny_model)
    running, queued = Collected(), Collected()
    service.submit(answer("until stopped", max_tokens=0), running)
    assert script.holding.wait(WAIT_S)
    pending = service.submit(answer("never"), queued)
    service.close()
    assert not service.running and pending.done
    assert running[-1].stop_reason == "cancelled" and queued == [GenerationStats.cancelled()]
    assert script.closed == [tiny_model.stem] and script.threads == {"engine"}
    late = Collected()
    assert service.submit(answer("after"), late).done and isinstance(late[-1], Skipped)
