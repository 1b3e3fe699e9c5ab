"""The engine service: one thread, named "engine", alone creates, uses and closes the model.

llama.cpp objects must stay on one thread, and one model in memory is all most machines hold, so
every front end (the window through its Qt adapter, the command line, later the API server) shares
this one service. A front end submits a request with a callback and gets a Ticket back:

- requests run one at a time, by priority, then in the order they came (Priority);
- ``Ticket.cancel()`` works from any thread: a request cancelled before it began never runs, a
  running one stops at its next token or batch; either way it still ends with its final event,
  and the next request runs as usual (a failure, too, is only an event);
- the callback is called on the engine thread: it must be quick and thread-safe (the Qt adapter
  re-posts to the GUI thread);
- ``subscribe()`` tells every client when the shared model changes (ModelChanged).
"""

from __future__ import annotations

import heapq
import itertools
import logging
import queue
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from gpt4local.core.chats.titles import clean_title, provisional_title, title_request
from gpt4local.core.errors import UserFacingError, Wording, said_of
from gpt4local.core.fit.load_decision import decide_load
from gpt4local.core.fit.system_probe import SystemInfo, probe
from gpt4local.core.inference.chat_backend import ChatBackend, EngineInfo
from gpt4local.core.inference.events import GenerationStats
from gpt4local.core.inference.options import LoadSettings, SamplingSettings
from gpt4local.core.models.gguf_info import GgufInfo
from gpt4local.core.service.events import (
    FINAL,
    GenerationFailed,
    LoadFailed,
    LoadProgressed,
    LoadQuestion,
    LoadRefused,
    ModelChanged,
    ModelLoaded,
    ModelUnloaded,
    Prefilled,
    ServiceEvent,
    Skipped,
    TitleReady,
)
from gpt4local.core.service.requests import Answer, Load, Prefill, Priority, Request, Title, Unload

log = logging.getLogger(__name__)

# Builds a backend from a path, its load settings and its header (read once, by decide_load).
BackendFactory = Callable[[Path, LoadSettings, GgufInfo], ChatBackend]
OnEvent = Callable[[ServiceEvent], None]
TITLE_SAMPLING = SamplingSettings(temperature=0.3, max_tokens=16)
NO_MODEL = Wording("engine.no_model", "No model is loaded.")()
COULD_NOT_READ = Wording("engine.could_not_read", "Could not read {name}: {reason}")
COULD_NOT_LOAD = Wording("engine.could_not_load", "Could not load {name}: {reason}")
GENERATION_FAILED = Wording("engine.generation_failed", "Generation failed: {reason}")
NO_STATISTICS = Wording("engine.no_statistics",
                        "Generation failed: the answer ended without its statistics.")


# Steps of the load progress passed on: llama.cpp reports every tensor, thousands for a 7B.
PROGRESS_STEP = 0.01


class _LoadReports(threading.local):
    """The progress reporter of the load running on this (the engine) thread. Backend factories
    keep their three arguments; the llama.cpp one, which can report, reads it here."""

    report: Callable[[float], None] | None = None


_load_reports = _LoadReports()


def llama_backend(path: Path, load: LoadSettings, gguf: GgufInfo) -> ChatBackend:
    from gpt4local.core.inference.engine import Engine  # llama.cpp loads when a model does

    return Engine(path, load, gguf, on_progress=_load_reports.report)


def _progress_reporter(ticket: Ticket) -> Callable[[float], None]:
    """Delivers LoadProgressed to ``ticket`` in steps of PROGRESS_STEP (and at the end)."""
    last = -1.0

    def report(fraction: float) -> None:
        nonlocal last
        if fraction - last >= PROGRESS_STEP or (fraction >= 1.0 > last) or fraction < last:
            last = fraction
            ticket.deliver(LoadProgressed(min(1.0, max(0.0, fraction))))

    return report


class Ticket:
    """One submitted request: cancel it, or wait until its final event was delivered."""

    def __init__(self, request: Request, on_event: OnEvent, priority: Priority) -> None:
        self.request, self.priority = request, priority
        self._on_event = on_event
        # What the backend checks between tokens and batches (a real Event: fakes may wait on it)
        self.cancel_event = threading.Event()
        self._done = threading.Event()

    def cancel(self) -> None:
        """Thread-safe: a request not begun never begins, a running one stops soon."""
        self.cancel_event.set()

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    @property
    def done(self) -> bool:
        return self._done.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        return self._done.wait(timeout)

    def deliver(self, event: ServiceEvent) -> None:
        try:
            self._on_event(event)
        except Exception:  # a client's bug must not stop the engine for every other client
            log.exception("an engine client failed to take an event")

    def finish(self, event: ServiceEvent) -> None:
        self.deliver(event)
        self._done.set()


class EngineService:
    def __init__(self, backend_factory: BackendFactory = llama_backend,
                 machine: Callable[[], SystemInfo] = probe) -> None:  # fmt: skip
        self._factory, self._machine = backend_factory, machine
        self._queue: list[tuple[int, int, Ticket]] = []
        self._order = itertools.count()
        self._condition = threading.Condition()
        self._closing = False
        self._running: Ticket | None = None
        self._subscribers: list[Callable[[ModelChanged], None]] = []
        # The engine thread's own: the backend and its estimated RAM (freed before the next load)
        self._backend: ChatBackend | None = None
        self._loaded_bytes = 0
        self.info: EngineInfo | None = None  # the model loaded now, for any thread to read
        self._thread = threading.Thread(target=self._serve_all, name="engine", daemon=True)
        self._thread.start()

    # --- any thread ----------------------------------------------------------------------------

    def submit(self, request: Request, on_event: OnEvent,
               priority: Priority = Priority.INTERACTIVE) -> Ticket:  # fmt: skip
        ticket = Ticket(request, on_event, priority)
        with self._condition:
            if self._closing:
                ticket.cancel()
                ticket.finish(Skipped("The engine has been shut down."))
                return ticket
            heapq.heappush(self._queue, (priority, next(self._order), ticket))
            self._condition.notify()
        return ticket

    def iterate(self, request: Request, priority: Priority = Priority.INTERACTIVE,
                ) -> tuple[Ticket, Iterator[ServiceEvent]]:  # fmt: skip
        """For a client that can wait (the command line, the self-test, an HTTP handler): the
        request's events, on the caller's thread, up to and including its final one."""
        events: queue.SimpleQueue[ServiceEvent] = queue.SimpleQueue()
        ticket = self.submit(request, events.put, priority)

        def until_final() -> Iterator[ServiceEvent]:
            while True:
                event = events.get()
                yield event
                if isinstance(event, FINAL):
                    return

        return ticket, until_final()

    def subscribe(self, on_change: Callable[[ModelChanged], None]) -> Callable[[], None]:
        """``on_change`` (called on the engine thread) hears of every model change; the
        function returned ends that."""
        with self._condition:
            self._subscribers.append(on_change)

        def unsubscribe() -> None:
            with self._condition:  # by identity: two callbacks may compare equal
                self._subscribers = [s for s in self._subscribers if s is not on_change]

        return unsubscribe

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def close(self, patience_s: float = 10.0) -> None:
        """Cancel what is queued and running, close the model and end the thread; return once
        it has ended. A model load cannot be interrupted: past ``patience_s`` that is logged,
        and waited for."""
        with self._condition:
            self._closing = True
            for _, _, ticket in self._queue:
                ticket.cancel()
            if self._running is not None:
                self._running.cancel()
            self._condition.notify()
        if self._thread is threading.current_thread():
            return
        self._thread.join(patience_s)
        if self._thread.is_alive():
            log.warning("The engine is still busy after %.0f s; waiting for it.", patience_s)
            self._thread.join()

    # --- the engine thread ---------------------------------------------------------------------

    def _serve_all(self) -> None:
        while True:
            with self._condition:
                while not self._queue and not self._closing:
                    self._condition.wait()
                if not self._queue:
                    break
                _, _, ticket = heapq.heappop(self._queue)
                self._running = ticket
            ticket.finish(self._serve(ticket))
            with self._condition:
                self._running = None
        if self._backend is not None:
            self._close_backend()
            self._tell_subscribers(None)

    def _serve(self, ticket: Ticket) -> ServiceEvent:
        request = ticket.request
        if ticket.cancelled:  # before it began: it never runs; an answer ends as any Stop does
            return GenerationStats.cancelled() if isinstance(request, Answer) else Skipped(
                "Cancelled before it began.")  # fmt: skip
        try:
            if isinstance(request, Load):
                return self._load(request, ticket)
            if isinstance(request, Answer):
                return self._answer(request, ticket)
            if isinstance(request, Prefill):
                return self._prefill(request, ticket)
            if isinstance(request, Title):
                return self._title(request, ticket)
            if isinstance(request, Unload):
                return self._unload()
        except Exception as error:  # the handlers say their own failures; this is a last guard
            log.exception("engine request failed")
            return Skipped(f"{type(error).__name__}: {error}")
        raise TypeError(f"not an engine request: {request!r}")

    def _load(self, request: Load, ticket: Ticket) -> ServiceEvent:
        name = Path(request.path).name
        loaded = self._backend is not None
        # Check the header first: a bad file then costs nothing, the current model stays loaded.
        try:
            decision = decide_load(request.path, request.load, self._machine(),
                                   request.memory_map, force=request.force,
                                   can_ask=request.can_ask, freed_bytes=self._loaded_bytes)
        except UserFacingError as error:
            return LoadFailed(said_of(error) or str(error), loaded)
        except Exception as error:  # a file no check foresaw is still refused before unloading
            log.exception("model check failed")
            return LoadFailed(COULD_NOT_READ(name=name, reason=str(error) or type(error).__name__),
                              loaded)  # fmt: skip
        if decision.action == "ask":  # loading would swap the machine to a crawl
            return LoadQuestion(Path(request.path), decision.fit, decision.load,
                                decision.suggestion)  # fmt: skip
        if decision.action == "refuse":
            return LoadRefused(decision.refusal)
        self._close_backend()  # before loading the next: two models at once may not fit in RAM
        _load_reports.report = _progress_reporter(ticket)
        try:
            backend = self._factory(Path(request.path), decision.load, decision.gguf)
        except Exception as error:  # the app stays up whatever the file does to the loader
            if not isinstance(error, UserFacingError):
                log.exception("model load failed")
            if loaded:
                self._tell_subscribers(None)
            message = (said_of(error) or str(error)) if isinstance(error, UserFacingError) else (
                COULD_NOT_LOAD(name=name, reason=error))  # fmt: skip
            return LoadFailed(message, False)
        finally:
            _load_reports.report = None
        self._backend, self._loaded_bytes = backend, decision.fit.estimate.ram_bytes
        self.info = backend.info
        self._tell_subscribers(backend.info)
        return ModelLoaded(backend.info)

    def _answer(self, request: Answer, ticket: Ticket) -> ServiceEvent:
        if self._backend is None:
            return GenerationFailed(NO_MODEL)
        try:
            for event in self._backend.stream(request.messages, request.sampling,
                                              ticket.cancel_event,
                                              continue_answer=request.continue_answer):  # fmt: skip
                if isinstance(event, GenerationStats):
                    return event
                ticket.deliver(event)
        except UserFacingError as error:
            return GenerationFailed(said_of(error) or str(error))
        except Exception as error:
            log.exception("generation failed")
            return GenerationFailed(GENERATION_FAILED(reason=error))
        return GenerationFailed(NO_STATISTICS())

    def _prefill(self, request: Prefill, ticket: Ticket) -> ServiceEvent:
        if self._backend is None:
            return Skipped(NO_MODEL)
        try:
            return Prefilled(self._backend.prefill(request.messages, request.max_tokens,
                                                   ticket.cancel_event))  # fmt: skip
        except UserFacingError as error:  # e.g. a draft too long for the context: Send says so
            return Skipped(str(error))
        except Exception as error:  # only a head start: the answer decodes what is missing
            log.exception("prefill failed")
            return Skipped(f"Prefill failed: {error}")

    def _title(self, request: Title, ticket: Ticket) -> ServiceEvent:
        """A short title by the model; the conversation's prefix is already in its KV cache."""
        if self._backend is None:
            return Skipped(NO_MODEL)
        first = next((m.content for m in request.messages if m.role == "user"), "")
        text = ""
        try:
            for event in self._backend.stream(title_request(request.messages), TITLE_SAMPLING,
                                              ticket.cancel_event):  # fmt: skip
                if isinstance(event, GenerationStats):
                    text = event.text
        except Exception:  # a title is a nicety: never an error the user has to see
            log.exception("title generation failed")
        return TitleReady(clean_title(text, provisional_title(first)))

    def _unload(self) -> ServiceEvent:
        if self._backend is not None:
            self._close_backend()
            self._tell_subscribers(None)
        return ModelUnloaded()

    def _close_backend(self) -> None:
        backend, self._backend, self._loaded_bytes, self.info = self._backend, None, 0, None
        if backend is not None:
            backend.close()

    def _tell_subscribers(self, info: EngineInfo | None) -> None:
        with self._condition:
            subscribers = list(self._subscribers)
        for on_change in subscribers:
            try:
                on_change(ModelChanged(info))
            except Exception:
                log.exception("an engine subscriber failed to take a model change")
