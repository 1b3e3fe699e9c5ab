"""The window's side of the engine service: requests go in, Qt signals come out.

The service calls back on its own thread; the adapter coalesces an answer's text there (at most
~30 pieces a second, so the GUI thread does little per token) and re-posts every event to the
GUI thread, where its public signals are emitted. Signals carry the service's frozen dataclasses.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from gpt4local.core.inference.events import (
    ContextTrimmed,
    GenerationStats,
    PromptProgress,
    TextChunk,
)
from gpt4local.core.inference.options import LoadSettings, SamplingSettings
from gpt4local.core.messages import Message
from gpt4local.core.service.engine_service import EngineService, Ticket
from gpt4local.core.service.events import (
    GenerationFailed,
    LoadFailed,
    LoadProgressed,
    LoadQuestion,
    ModelLoaded,
    Prefilled,
    ServiceEvent,
    TitleReady,
)
from gpt4local.core.service.requests import Answer, Load, Prefill, Request, Title
from gpt4local.ui.i18n.core_messages import describe

EMIT_INTERVAL_S = 1 / 30


class EngineAdapter(QObject):
    load_progress = Signal(float)  # how far the weights are read, 0.0 to 1.0
    model_loaded = Signal(object)  # EngineInfo
    load_question = Signal(object)  # LoadQuestion: the model does not fit, ask first
    # The message in the window's language, whether the previous model is still loaded.
    load_failed = Signal(str, bool)
    prompt_progress = Signal(int, int)
    text_arrived = Signal(str)
    context_trimmed = Signal(int)
    generation_finished = Signal(object)  # GenerationStats
    generation_failed = Signal(str)  # the message in the window's language
    title_ready = Signal(int, str)  # conversation id, title
    prefilled = Signal(int, int)  # request number, tokens decoded ahead of Send
    # From the engine thread to this object's thread (queued): what to do with the event there.
    _arrived = Signal(object, object)

    def __init__(self, service: EngineService) -> None:
        super().__init__()
        self.service = service
        self._answer: Ticket | None = None
        self._prefills: dict[int, Ticket] = {}
        self.superseded_up_to = 0  # prefill requests up to this number are out of date
        self._closed = False
        self._arrived.connect(self._dispatch)

    # --- requests (GUI thread) ----------------------------------------------------------------

    def load(self, path: str, load: LoadSettings, force: bool = False,
             memory_map: str = "auto") -> None:  # fmt: skip
        self._submit(Load(Path(path), load, force, memory_map), self._on_load)

    def generate(self, messages: Sequence[Message], sampling: SamplingSettings,
                 continue_answer: bool = False) -> None:  # fmt: skip
        self._answer = self._submit(Answer(tuple(messages), sampling, continue_answer),
                                    self._on_answer, coalesce=True)  # fmt: skip

    def stop(self) -> None:
        """Stop the answer being written; one asked for but not begun never begins."""
        if self._answer is not None:
            self._answer.cancel()

    def prefill(self, messages: Sequence[Message], max_tokens: int, number: int) -> None:
        """Decode the prompt of a message still being typed (Engine.prefill), unless a newer
        request or Send came before it begins."""
        if number <= self.superseded_up_to:
            return
        ticket = self._submit(Prefill(tuple(messages), max_tokens),
                              lambda event: self._on_prefill(number, event))  # fmt: skip
        self._prefills[number] = ticket

    def supersede_prefills(self, up_to: int) -> None:
        """Prefill requests numbered up to ``up_to`` stop at their next small batch, or do not
        begin. Send calls this first, so the answer does not wait behind a draft."""
        self.superseded_up_to = max(self.superseded_up_to, up_to)
        for number in [n for n in self._prefills if n <= up_to]:
            self._prefills.pop(number).cancel()

    def generate_title(self, conversation_id: int, messages: Sequence[Message]) -> None:
        self._submit(Title(tuple(messages)), lambda event: self._on_title(conversation_id, event))

    def shutdown(self) -> None:
        """Stop the answer, close the model and end the engine thread; what it still reports
        is dropped."""
        self._closed = True
        self.service.close()

    def _submit(self, request: Request, handle: Callable[[ServiceEvent], None],
                coalesce: bool = False) -> Ticket:  # fmt: skip
        relay = _TextCoalescer(self._arrived.emit, handle) if coalesce else None
        return self.service.submit(
            request, relay.take if relay else lambda event: self._arrived.emit(handle, event)
        )

    # --- events (GUI thread) ------------------------------------------------------------------

    @Slot(object, object)
    def _dispatch(self, handle: Callable[[ServiceEvent], None], event: ServiceEvent) -> None:
        if not self._closed:
            handle(event)

    def _on_load(self, event: ServiceEvent) -> None:
        if isinstance(event, LoadProgressed):
            self.load_progress.emit(event.fraction)
        elif isinstance(event, ModelLoaded):
            self.model_loaded.emit(event.info)
        elif isinstance(event, LoadQuestion):
            self.load_question.emit(event)
        elif isinstance(event, LoadFailed):
            self.load_failed.emit(describe(event.message), event.previous_still_loaded)

    def _on_answer(self, event: ServiceEvent) -> None:
        if isinstance(event, TextChunk):
            self.text_arrived.emit(event.text)
        elif isinstance(event, PromptProgress):
            self.prompt_progress.emit(event.done, event.total)
        elif isinstance(event, ContextTrimmed):
            self.context_trimmed.emit(event.dropped_messages)
        elif isinstance(event, GenerationStats):
            self.generation_finished.emit(event)
        elif isinstance(event, GenerationFailed):
            self.generation_failed.emit(describe(event.message))

    def _on_prefill(self, number: int, event: ServiceEvent) -> None:
        self._prefills.pop(number, None)
        if isinstance(event, Prefilled):
            self.prefilled.emit(number, event.decoded)

    def _on_title(self, conversation_id: int, event: ServiceEvent) -> None:
        if isinstance(event, TitleReady):
            self.title_ready.emit(conversation_id, event.title)


class _TextCoalescer:
    """On the engine thread: joins an answer's text pieces and passes them on at most every
    EMIT_INTERVAL_S; whatever is pending goes before the answer's statistics."""

    def __init__(self, post: Callable[[Callable[[ServiceEvent], None], ServiceEvent], None],
                 handle: Callable[[ServiceEvent], None]) -> None:  # fmt: skip
        self._post, self._handle = post, handle
        self._pending: list[str] = []
        self._last_post = time.monotonic()

    def take(self, event: ServiceEvent) -> None:
        if isinstance(event, TextChunk):
            self._pending.append(event.text)
            now = time.monotonic()
            if now - self._last_post < EMIT_INTERVAL_S:
                return
            self._last_post = now
            event = TextChunk("".join(self._pending))
            self._pending.clear()
        elif self._pending and isinstance(event, GenerationStats):
            self._post(self._handle, TextChunk("".join(self._pending)))
            self._pending.clear()
        self._post(self._handle, event)
