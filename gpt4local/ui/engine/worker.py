"""The bridge between the window and the engine: a QObject living in its own QThread.

The engine (and its llama.cpp context) is created, used and closed only in this worker's thread.
The window talks to it with queued signals carrying plain data and gets plain data back. Text is
coalesced here and sent at most ~30 times a second, so the GUI thread does little per token.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, replace
from pathlib import Path

from PySide6.QtCore import QMetaObject, QObject, Qt, QThread, Signal, Slot

from gpt4local.core.chats.titles import clean_title, provisional_title, title_request
from gpt4local.core.errors import UserFacingError
from gpt4local.core.fit.load_plan import plan_load
from gpt4local.core.fit.system_probe import SystemInfo, probe
from gpt4local.core.inference.events import (
    ContextTrimmed,
    GenerationStats,
    PromptProgress,
    TextChunk,
)
from gpt4local.core.inference.options import LoadSettings, SamplingSettings
from gpt4local.core.messages import Message
from gpt4local.core.models.gguf_info import GgufInfo, read_info

log = logging.getLogger(__name__)

EMIT_INTERVAL_S = 1 / 30

# Builds an engine from a path, load settings and the file's header. The real one is
# core.engine.Engine; UI tests may pass a fake with the same interface.
EngineFactory = Callable[[Path, LoadSettings, GgufInfo], object]


def _real_engine(path: Path, load: LoadSettings, gguf: GgufInfo) -> object:
    from gpt4local.core.inference.engine import Engine

    return Engine(path, load, gguf)


class EngineWorker(QObject):
    model_loaded = Signal(dict)  # EngineInfo as a dict
    # path, Fit as a dict, the load settings asked for, a LoadSettings that fits (or None)
    load_needs_confirmation = Signal(str, dict, object, object)
    load_failed = Signal(str, bool)  # message, whether the previous model is still loaded
    prompt_progress = Signal(int, int)
    text_arrived = Signal(str)
    context_trimmed = Signal(int)
    generation_finished = Signal(dict)  # GenerationStats as a dict
    generation_failed = Signal(str)
    title_ready = Signal(int, str)  # conversation id, title
    prefilled = Signal(int, int)  # request number, tokens decoded ahead of Send

    def __init__(self, engine_factory: EngineFactory = _real_engine) -> None:
        super().__init__()
        self._engine_factory = engine_factory
        self._engine: object | None = None
        self._loaded_bytes = 0  # the current model's estimated RAM, freed before the next load
        self._cancel = threading.Event()
        # Prefill requests up to this number are out of date (written from the GUI thread).
        self._prefill_cutoff = 0

    def _machine(self) -> SystemInfo:
        """This machine, counting the current model's memory as free (it is unloaded first)."""
        system = probe()
        if self._engine is not None:
            system = replace(system, available_ram=system.available_ram + self._loaded_bytes)
        return system

    def request_stop(self) -> None:
        """Thread-safe: the stream checks this flag before every token."""
        self._cancel.set()

    @Slot(str, object, bool, str)
    def load_model(self, path: str, load: LoadSettings, force: bool = False,
                   memory_map: str = "auto") -> None:  # fmt: skip
        # Check the header first: a bad file then costs nothing, the current model stays loaded.
        try:
            gguf = read_info(path)
            plan = plan_load(Path(path), load, self._machine(), memory_map)
        except UserFacingError as error:
            self.load_failed.emit(str(error), self._engine is not None)
            return
        except Exception as error:  # a file no check foresaw is still refused before unloading
            log.exception("model check failed")
            reason = f"Could not read {Path(path).name}: {str(error) or type(error).__name__}"
            self.load_failed.emit(reason, self._engine is not None)
            return
        if not plan.fits and not force:
            # Ask first: loading would swap the machine to a crawl. The current model stays.
            self.load_needs_confirmation.emit(path, plan.fit.as_dict(), plan.load, plan.suggestion)
            return
        load = plan.load
        self._close_engine()  # before loading the next: two models at once may not fit in RAM
        self._loaded_bytes = plan.fit.estimate.ram_bytes
        try:
            self._engine = self._engine_factory(Path(path), load, gguf)
        except UserFacingError as error:
            self.load_failed.emit(str(error), False)
            return
        except Exception as error:  # the app stays up whatever the file does to the loader
            log.exception("model load failed")
            self.load_failed.emit(f"Could not load {Path(path).name}: {error}", False)
            return
        self.model_loaded.emit(asdict(self._engine.info))  # type: ignore[attr-defined]

    @Slot(object, object, bool)
    def generate(self, messages: Sequence[Message], sampling: SamplingSettings,
                 continue_answer: bool = False) -> None:  # fmt: skip
        if self._engine is None:
            self.generation_failed.emit("No model is loaded.")
            return
        self._cancel.clear()
        pending: list[str] = []
        last_emit = time.monotonic()
        extra = {"continue_answer": True} if continue_answer else {}
        try:
            for event in self._engine.stream(messages, sampling, self._cancel, **extra):  # type: ignore[attr-defined]
                if isinstance(event, TextChunk):
                    pending.append(event.text)
                    now = time.monotonic()
                    if now - last_emit >= EMIT_INTERVAL_S:
                        self.text_arrived.emit("".join(pending))
                        pending.clear()
                        last_emit = now
                elif isinstance(event, PromptProgress):
                    self.prompt_progress.emit(event.done, event.total)
                elif isinstance(event, ContextTrimmed):
                    self.context_trimmed.emit(event.dropped_messages)
                elif isinstance(event, GenerationStats):
                    if pending:
                        self.text_arrived.emit("".join(pending))
                    self.generation_finished.emit(asdict(event))
        except UserFacingError as error:
            self.generation_failed.emit(str(error))
        except Exception as error:
            log.exception("generation failed")
            self.generation_failed.emit(f"Generation failed: {error}")

    def supersede_prefills(self, up_to: int) -> None:
        """Thread-safe (called directly from the GUI thread): prefill requests numbered up to
        ``up_to`` stop at their next small batch, or do not start. Send calls this first."""
        self._prefill_cutoff = max(self._prefill_cutoff, up_to)

    @Slot(object, int, int)
    def prefill(self, messages: Sequence[Message], max_tokens: int, number: int) -> None:
        """Decode the prompt of a message still being typed (Engine.prefill), unless a newer
        request or Send came since it was asked for."""
        if self._engine is None or number <= self._prefill_cutoff:
            return
        superseded = _Superseded(self, number)
        try:
            decoded = self._engine.prefill(messages, max_tokens, superseded)  # type: ignore[attr-defined]
        except UserFacingError:  # e.g. a draft too long for the context: Send will say so
            return
        except Exception:  # only a head start: the answer decodes whatever is missing anyway
            log.exception("prefill failed")
            return
        self.prefilled.emit(number, decoded)

    @Slot(int, object)
    def generate_title(self, conversation_id: int, messages: Sequence[Message]) -> None:
        """A short title by the model; the conversation's prefix is already in its KV cache."""
        if self._engine is None:
            return
        fallback = provisional_title(next((m.content for m in messages if m.role == "user"), ""))
        sampling = SamplingSettings(temperature=0.3, max_tokens=16)
        text = ""
        try:
            for event in self._engine.stream(title_request(messages), sampling,  # type: ignore[attr-defined]
                                             threading.Event()):  # fmt: skip
                if isinstance(event, GenerationStats):
                    text = event.text
        except Exception:  # a title is a nicety: never an error the user has to see
            log.exception("title generation failed")
        self.title_ready.emit(conversation_id, clean_title(text, fallback))

    @Slot()
    def shutdown(self) -> None:
        self._close_engine()
        self.thread().quit()

    def _close_engine(self) -> None:
        if self._engine is not None:
            self._engine.close()  # type: ignore[attr-defined]
            self._engine = None
            self._loaded_bytes = 0


class _Superseded:
    """The cancel flag of one prefill request: set once a newer request or Send came."""

    def __init__(self, worker: EngineWorker, number: int) -> None:
        self._worker, self._number = worker, number

    def is_set(self) -> bool:
        return self._number <= self._worker._prefill_cutoff


class EngineThread:
    """Owns the worker's QThread: starts it, and stops it cleanly (engine closed in its thread)."""

    def __init__(self, engine_factory: EngineFactory = _real_engine) -> None:
        self.thread = QThread()
        self.thread.setObjectName("engine")
        self.worker = EngineWorker(engine_factory)
        self.worker.moveToThread(self.thread)
        self.thread.start()

    def stop(self, patience_ms: int = 10_000) -> None:
        """Stop the answer being written (a template still rendering it stops too), close the
        engine and end the thread, and return only once it has ended: Qt aborts the process
        ("QThread: Destroyed while thread 'engine' is still running") when a running QThread
        is destroyed. The engine comes back soon from anything but a model load, which
        llama.cpp cannot interrupt; past ``patience_ms`` that is logged, and waited for."""
        if not self.thread.isRunning():
            return
        self.worker.request_stop()
        # Queued into the worker's thread, after any generation still finishing there.
        QMetaObject.invokeMethod(self.worker, "shutdown", Qt.ConnectionType.QueuedConnection)
        if not self.thread.wait(patience_ms):
            log.warning("The engine is still busy after %d s; waiting for it.", patience_ms // 1000)
            self.thread.wait()
