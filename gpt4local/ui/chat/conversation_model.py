"""The messages of the chat on screen, in one place that the page, the session and the transcript
share.

The page writes what the user sends and what the engine answers; the session loads a chat from
the store and notes which messages the store holds as shown; the transcript draws from the
signals. Before, each kept its own list, copied by hand at every step.

A message's ``stored_id`` is its row in the chat store (None before it has one) and ``saved``
says that row holds exactly the text shown: an answer whose save failed, or one being written,
is not saved. Deleting by id is only safe up to a message when every one before it is saved
(stored_id_of).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from gpt4local.core.chats.store import StoredMessage
from gpt4local.core.errors import UserFacingError
from gpt4local.core.messages import Message, Role

# An answer saved unfinished without saying why was cut off by a crash; one cut off by quitting
# says so itself. Either way the transcript offers Continue under it.
INTERRUPTED = {"stop_reason": "interrupted"}


class OutOfStepError(UserFacingError):
    """The chat on screen is not the saved one up to the message asked about."""


@dataclass(eq=False)  # compared by identity: the same text may be said twice
class ChatMessage:
    role: Role
    text: str  # as written: raw Markdown for answers (what Copy puts on the clipboard)
    stats: dict[str, Any] | None = None  # an answer's GenerationStats.as_dict(), as shown
    stored_id: int | None = None
    saved: bool = False

    @classmethod
    def from_stored(cls, message: StoredMessage) -> ChatMessage:
        """A stored user message or answer (system prompts are not shown as messages)."""
        role: Role = "user" if message.role == "user" else "assistant"
        return cls(role, message.content, shown_stats(message), message.id, saved=True)


def shown_stats(message: StoredMessage) -> dict[str, Any] | None:
    """A message's stats as the transcript shows them: an answer saved unfinished without a
    reason was cut off by a crash."""
    stats = message.stats
    if message.role == "assistant" and not message.complete and not (stats or {}).get(
            "stop_reason"):  # fmt: skip
        return {**(stats or {}), **INTERRUPTED}
    return stats


class ConversationModel(QObject):
    # Messages from this index on were replaced by new ones (none, some or all); the ones
    # before it are as they were. A chat opened, or messages cut off the end.
    replaced = Signal(int)
    appended = Signal()  # one finished message was added at the end (a message sent)
    answer_begun = Signal()  # an empty answer was added at the end; its text streams in
    answer_resumed = Signal()  # the last answer goes on (Continue); its text streams in
    answer_text = Signal(str)  # more text of the answer being written
    answer_ended = Signal()  # the answer being written is complete; its stats are set

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.messages: list[ChatMessage] = []
        self.answer: ChatMessage | None = None  # the answer being written, if any
        self.continuing = False  # it is an earlier answer that goes on
        self._answer_start = 0  # the length of its text when this turn began
        self._resumed_from: tuple[dict[str, Any] | None, bool] = (None, False)  # stats, saved

    # --- the chat as a whole -------------------------------------------------------------------

    def replace(self, messages: Sequence[ChatMessage]) -> None:
        """Show these messages instead; those that start the same as before stay drawn."""
        keep = 0
        for old, new in zip(self.messages, messages, strict=False):
            if (old.role, old.text) != (new.role, new.text):
                break
            keep += 1
        self.messages = list(messages)
        self._forget_answer()
        self.replaced.emit(keep)

    def truncate(self, count: int) -> None:
        """Keep the first ``count`` messages (an answer being written among the others goes)."""
        del self.messages[count:]
        if self.answer is not None and self.answer not in self.messages:
            self._forget_answer()
        self.replaced.emit(count)

    def append(self, role: Role, text: str) -> ChatMessage:
        message = ChatMessage(role, text)
        self.messages.append(message)
        self.appended.emit()
        return message

    def as_messages(self) -> list[Message]:
        """The conversation as the model reads it (without the system prompt)."""
        return [Message(m.role, m.text) for m in self.messages]

    def stored_id_of(self, index: int) -> int:
        """The stored id of message ``index``. OutOfStepError unless it and every message before
        it are saved as shown (not so after a save that failed): deleting after it could then
        delete what the user does not see."""
        shown = self.messages[: index + 1]
        if len(shown) <= index or not all(m.saved for m in shown):
            raise OutOfStepError(self.tr(
                "Part of this chat could not be saved earlier, so it was opened again as it is "
                "saved; nothing was deleted."))  # fmt: skip
        stored_id = shown[index].stored_id
        assert stored_id is not None  # saved
        return stored_id

    def mark_stored(self, message: ChatMessage, stored_id: int, saved: bool) -> None:
        """The store holds ``message`` in row ``stored_id`` (``saved``: with its text as shown).
        A message no longer on screen (another chat was opened meanwhile) is simply not shown."""
        message.stored_id, message.saved = stored_id, saved

    # --- the answer being written --------------------------------------------------------------

    def begin_answer(self) -> ChatMessage:
        answer = ChatMessage("assistant", "")
        self.messages.append(answer)
        self.answer, self.continuing, self._answer_start = answer, False, 0
        self.answer_begun.emit()
        return answer

    def resume_answer(self) -> ChatMessage:
        """The last message, an answer, goes on: until it ends, it is not what the store holds."""
        answer = self.messages[-1]
        assert answer.role == "assistant"
        self._resumed_from = answer.stats, answer.saved
        answer.stats, answer.saved = None, False
        self.answer, self.continuing, self._answer_start = answer, True, len(answer.text)
        self.answer_resumed.emit()
        return answer

    @property
    def written(self) -> str:
        """The text the answer being written has gained this turn."""
        return self.answer.text[self._answer_start :] if self.answer is not None else ""

    def add_answer_text(self, text: str) -> None:
        if self.answer is None or not text:
            return
        self.answer.text += text
        self.answer_text.emit(text)

    def end_answer(self, stats: dict[str, Any] | None, text: str | None = None) -> None:
        """The answer is complete: ``stats`` shown under it, ``text`` (when given) as its whole
        text (what the engine says it wrote)."""
        answer = self.answer
        if answer is None:
            return
        if text is not None:
            answer.text = text
        answer.stats = stats
        self._forget_answer()
        self.answer_ended.emit()

    def end_failed_continuation(self) -> None:
        """Continuing the answer failed: it ends as it is, and as it was when it gained nothing
        (its stats shown again, still what the store holds)."""
        answer = self.answer
        if answer is None or not self.continuing:
            return
        stats, saved = self._resumed_from if not self.written else (None, False)
        answer.stats, answer.saved = stats, saved
        self._forget_answer()
        self.answer_ended.emit()

    def _forget_answer(self) -> None:
        self.answer, self.continuing, self._answer_start = None, False, 0
