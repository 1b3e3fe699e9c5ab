"""The conversation on screen: choosing it (open, new, delete, import) and changing it (regenerate,
continue, edit and resend, taking back a message whose answer never began). A mixin of ChatPage
(whose history, transcript and session it uses), kept apart so the page module holds the layout
and the flow of one answer.

Leaving the chat while an answer runs stops the answer, saves it, then leaves: the chat on screen
is always the one Send writes to.

The store deletes by message id, and only messages this window has seen
(ChatSession.truncate_after). When the saved chat is not what the window shows (another window
wrote to it, an earlier save failed), it is opened again as saved; nothing is guessed at.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from gpt4local.core.chats.store import Conversation, StoredMessage
from gpt4local.core.inference.events import GenerationStats
from gpt4local.core.messages import Message
from gpt4local.ui.chat.session import ChatSession, OutOfStepError
from gpt4local.ui.window.error_banner import Cause

if TYPE_CHECKING:
    from gpt4local.ui.chat.conversation_list import ConversationList
    from gpt4local.ui.chat.message_input import MessageInput
    from gpt4local.ui.chat.page import Host
    from gpt4local.ui.transcript.view import Transcript

# An answer saved unfinished without saying why was cut off by a crash; one cut off by quitting
# says so itself. Either way the transcript offers Continue under it.
INTERRUPTED = {"stop_reason": "interrupted"}
STOP_REASONS = {"eos": "finished", "length": "reached the answer length limit",
                "stop_string": "finished", "cancelled": "stopped",
                "context_full": "context full", "interrupted": "cut off"}  # fmt: skip


class ConversationActions(QWidget):
    """ChatPage provides the attributes and methods below."""

    host: Host
    session: ChatSession
    history: list[Message]
    transcript: Transcript
    input: MessageInput
    sidebar: ConversationList
    generating: bool
    _fresh: bool
    _opening: int | None
    _after_answer: Callable[[], None] | None
    _pending_system_prompt: str | None

    def stop(self) -> None:
        raise NotImplementedError

    def send(self) -> None:
        raise NotImplementedError

    def _ask(self, continue_answer: bool = False) -> None:
        raise NotImplementedError

    def _start_answering(self) -> None:
        raise NotImplementedError

    def _answer_over(self) -> None:
        raise NotImplementedError

    def _update_controls(self) -> None:
        raise NotImplementedError

    # --- choosing it --------------------------------------------------------------------------

    def _when_idle(self, leave: Callable[[], None]) -> None:
        """Leave the chat on screen now, or, while an answer runs, once it has stopped and been
        saved (the store runs jobs in order: the save, then whatever ``leave`` asks)."""
        if not self.generating:
            leave()
            return
        self._after_answer = leave
        self.sidebar.select(self.session.current_id)  # the chat on screen until it is left
        self.host.show_status("Stopping the answer first…", 5000)
        self.stop()

    def new_chat(self) -> None:
        self._when_idle(self._new_chat)

    def _new_chat(self) -> None:
        self.host.resolve_error(Cause.ANSWER)
        self._pending_system_prompt = None
        self.session.new_chat()
        self.input.setFocus()

    def open_conversation(self, conversation_id: int) -> None:
        self._when_idle(lambda: self._open(conversation_id))

    def _open(self, conversation_id: int) -> None:
        self.host.resolve_error(Cause.ANSWER)
        self._opening = conversation_id
        self._update_controls()
        self.session.select(conversation_id, failed=self._not_opened)

    def _not_opened(self, _error: Exception) -> None:
        self._opening = None
        self._update_controls()

    def delete_conversation(self, conversation_id: int) -> None:
        if conversation_id == self.session.current_id:
            self._when_idle(lambda: self.session.delete(conversation_id))
        else:
            self.session.delete(conversation_id)

    def import_chat(self, path: Path) -> None:
        self._when_idle(lambda: self.session.import_file(path))

    def _show_conversation(self, conversation: Conversation | None,
                           messages: list[StoredMessage], use_its_model: bool) -> None:  # fmt: skip
        self._opening = None
        kept = [m for m in messages if m.role != "system"]
        self.history = [Message("user" if m.role == "user" else "assistant", m.content)
                        for m in kept]  # fmt: skip
        stats = [shown_stats(m) for m in kept]
        self.transcript.show_history(self.history, stats)
        self.sidebar.select(conversation.id if conversation else None)
        last = next((s for m, s in zip(reversed(kept), reversed(stats), strict=True)
                     if m.role == "assistant"), None) or {}  # fmt: skip
        self.host.show_answer_stats(
            stats_text(GenerationStats.from_dict(last)) if "completion_tokens" in last else "")
        self.host.chat_opened(conversation, use_its_model)
        self._update_controls()

    # --- changing it --------------------------------------------------------------------------

    def regenerate(self) -> None:
        """Ask again for the last answer (it is replaced)."""
        if (self.generating or self._opening is not None or not self.history
                or self.history[-1].role != "assistant"):  # fmt: skip
            return
        keep = len(self.history) - 1
        try:
            keep_id = self._stored_id(keep - 1)
        except OutOfStepError:
            return
        self.history.pop()
        self._fresh = False
        self._start_answering()
        self.transcript.show_history(self.history, self._stats_of(keep))
        self.session.truncate_after(keep_id, self._ask, self._not_truncated)

    def continue_answer(self) -> None:
        if (self.generating or self._opening is not None or not self.history
                or self.history[-1].role != "assistant"):  # fmt: skip
            return
        self._fresh = False
        self._start_answering()
        self.session.resume_answer()
        self._ask(continue_answer=True)

    def edit_message(self, index: int) -> None:
        """Edit an earlier message and ask again; what came after it is replaced."""
        if self.generating or self._opening is not None or not 0 <= index < len(self.history):
            return
        later = len(self.history) - index - 1
        text, accepted = QInputDialog.getMultiLineText(self, "Edit message", "Your message:",
                                                       self.history[index].content)  # fmt: skip
        if not accepted or not text.strip():
            return
        if later and not self.confirm_replace(later):
            return
        self.resend_edited(index, text.strip())

    def confirm_replace(self, later: int) -> bool:
        """Asks the user; tests replace it."""
        answer = QMessageBox.question(
            self,
            "Edit message",
            f"The {later} message{'s' if later > 1 else ''} after it will be replaced. Go on?",
        )
        return answer == QMessageBox.StandardButton.Yes  # fmt: skip

    def resend_edited(self, index: int, text: str) -> None:
        try:
            keep_id = self._stored_id(index - 1)
        except OutOfStepError:
            return
        del self.history[index:]
        self.transcript.show_history(self.history, self._stats_of(index))
        self.input.setPlainText(text)  # sent once the later messages are gone; kept if not
        self.generating = True  # until then: no second Send of the same text
        self._update_controls()

        def send_it() -> None:
            self.generating = False
            self.send()

        self.session.truncate_after(keep_id, send_it, self._not_truncated)

    def _stored_id(self, index: int) -> int | None:
        """The stored id of history[index], None before the first. When the chat on screen is
        not the saved one any more, it is opened again as saved and OutOfStepError raised."""
        if index < 0:
            return None
        try:
            return self.session.id_of(index, self.history[index])
        except OutOfStepError as error:
            self.host.show_error(str(error), Cause.CHATS)
            conversation_id = self.session.current_id
            if conversation_id is not None and not self.generating:
                self._open(conversation_id)
            elif conversation_id is not None and self._after_answer is None:
                self._after_answer = lambda: self._open(conversation_id)
            raise

    def _not_truncated(self, _error: Exception) -> None:
        """Nothing was deleted before asking again (another window wrote to this chat, or a full
        disk): no answer; the chat is shown as saved, an edited message stays in the box."""
        conversation_id = self.session.current_id
        leaving = self._after_answer is not None
        self._answer_over()
        if conversation_id is not None and not leaving:
            self._open(conversation_id)

    def _stats_of(self, count: int) -> list[dict | None]:
        stored = [m for m in self.session.messages if m.role != "system"]
        return [shown_stats(m) for m in stored[:count]] + [None] * max(0, count - len(stored))

    def _take_back(self) -> None:
        """The answer never began: drop its stored row. A message sent just now goes back into
        the box, and with it a chat it began (no empty chat is left behind)."""
        fresh = self._fresh and bool(self.history) and self.history[-1].role == "user"
        taken = self.history.pop() if fresh else None
        self.transcript.show_history(self.history, self._stats_of(len(self.history)))
        if taken is not None:
            self._give_back(taken.content)
        try:
            keep_id = self._stored_id(len(self.history) - 1)
        except OutOfStepError:
            return
        conversation_id = self.session.current_id

        def not_taken_back(_error: Exception) -> None:  # shown again as it is saved
            if conversation_id is not None and not self.generating:
                self._open(conversation_id)

        self.session.truncate_after(keep_id, failed=not_taken_back, drop_if_empty=fresh)

    def _give_back(self, text: str) -> None:
        """Into the message box, before anything typed since, which is kept too."""
        typed = self.input.toPlainText().strip()
        if text not in typed:
            self.input.setPlainText(f"{text}\n\n{typed}" if typed else text)


def shown_stats(message: StoredMessage) -> dict | None:
    """A message's stats as the transcript shows them: an answer saved unfinished without a
    reason was cut off by a crash."""
    stats = message.stats
    if message.role == "assistant" and not message.complete and not (stats or {}).get(
            "stop_reason"):  # fmt: skip
        return {**(stats or {}), **INTERRUPTED}
    return stats


def stats_text(stats: GenerationStats) -> str:
    reason = STOP_REASONS.get(stats.stop_reason, stats.stop_reason)
    return (f"{stats.completion_tokens} tokens · {stats.tokens_per_s:.1f} tokens/s · "
            f"first token after {stats.ttft_s:.2f} s · {reason}")  # fmt: skip
