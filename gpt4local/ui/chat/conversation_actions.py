"""The conversation on screen: choosing it (open, new, delete, import) and changing it (regenerate,
continue, edit and resend, taking back a message whose answer never began). The page owns one
ConversationActions and hands it itself, as the few parts the actions use (ActingPage); the page
module keeps the layout and the flow of one answer.

Leaving the chat while an answer runs stops the answer, saves it, then leaves: the chat on screen
is always the one Send writes to.

The store deletes by message id, and only messages this window has seen
(ChatSession.truncate_after). When the saved chat is not what the window shows (another window
wrote to it, an earlier save failed), it is opened again as saved; nothing is guessed at.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from gpt4local.core.chats.store import Conversation, StoredMessage
from gpt4local.core.inference.events import GenerationStats
from gpt4local.ui.chat.chat_state import IDLE, OPENING, SAVING, ChatFlow
from gpt4local.ui.chat.conversation_list import ConversationList
from gpt4local.ui.chat.conversation_model import ConversationModel, OutOfStepError, shown_stats
from gpt4local.ui.chat.message_input import MessageInput
from gpt4local.ui.chat.session import ChatSession
from gpt4local.ui.i18n.formatting import format_number, format_token_rate
from gpt4local.ui.window.error_banner import Cause

translate = QCoreApplication.translate  # lupdate reads calls by this name too

# In English here, translated where shown: the stored stats keep only the reason's code.
STOP_REASONS = {
    "eos": str(QT_TRANSLATE_NOOP("ConversationActions", "finished")),
    "length": str(QT_TRANSLATE_NOOP("ConversationActions", "reached the answer length limit")),
    "stop_string": str(QT_TRANSLATE_NOOP("ConversationActions", "finished")),
    "cancelled": str(QT_TRANSLATE_NOOP("ConversationActions", "stopped")),
    "context_full": str(QT_TRANSLATE_NOOP("ConversationActions", "context full")),
    "interrupted": str(QT_TRANSLATE_NOOP("ConversationActions", "cut off")),
}


class ActionsHost(Protocol):
    """What the actions need from the window."""

    def show_error(self, message: str, cause: Cause | None = None) -> None: ...
    def resolve_error(self, *causes: Cause) -> None: ...
    def show_status(self, text: str, timeout_ms: int = 0) -> None: ...
    def show_answer_stats(self, text: str) -> None: ...
    def chat_opened(self, conversation: Conversation | None, use_its_model: bool) -> None: ...


class ActingPage(Protocol):
    """The parts of the chat page the actions use."""

    after_answer: Callable[[], None] | None  # leaving the chat, once the answer has ended

    @property
    def host(self) -> ActionsHost: ...
    @property
    def session(self) -> ChatSession: ...
    @property
    def conversation(self) -> ConversationModel: ...
    @property
    def flow(self) -> ChatFlow: ...
    @property
    def input(self) -> MessageInput: ...
    @property
    def sidebar(self) -> ConversationList: ...
    def send(self) -> None: ...
    def stop(self) -> None: ...
    def ask(self, continue_answer: bool = False) -> None: ...
    def start_answering(self, fresh: bool) -> None: ...
    def answer_over(self) -> None: ...
    def update_controls(self) -> None: ...
    def give_back(self, text: str) -> None: ...
    def window(self) -> QWidget: ...  # what dialogs open over


class ConversationActions(QObject):
    """A QObject for its texts' translation context (and plural forms)."""

    def __init__(self, page: ActingPage) -> None:
        super().__init__()
        self.page = page

    # --- choosing it --------------------------------------------------------------------------

    def when_idle(self, leave: Callable[[], None]) -> None:
        """Leave the chat on screen now, or, while an answer runs, once it has stopped and been
        saved (the store runs jobs in order: the save, then whatever ``leave`` asks)."""
        page = self.page
        if not page.flow.busy:
            leave()
            return
        page.after_answer = leave
        page.sidebar.select(page.session.current_id)  # the chat on screen until it is left
        page.host.show_status(self.tr("Stopping the answer first…"), 5000)
        page.stop()

    def new_chat(self) -> None:
        self.when_idle(self._new_chat)

    def _new_chat(self) -> None:
        page = self.page
        page.host.resolve_error(Cause.ANSWER)
        page.session.new_chat()
        page.input.setFocus()

    def open_conversation(self, conversation_id: int) -> None:
        self.when_idle(lambda: self.open(conversation_id))

    def open(self, conversation_id: int) -> None:
        page = self.page
        if page.flow.closed:
            return
        page.host.resolve_error(Cause.ANSWER)
        page.flow.move(OPENING)
        page.update_controls()
        page.session.select(conversation_id, failed=self._not_opened)

    def _not_opened(self, _error: Exception) -> None:
        if self.page.flow.state is OPENING:
            self.page.flow.move(IDLE)
        self.page.update_controls()

    def delete_conversation(self, conversation_id: int) -> None:
        session = self.page.session
        if conversation_id == session.current_id:
            self.when_idle(lambda: session.delete(conversation_id))
        else:
            session.delete(conversation_id)

    def import_chat(self, path: Path) -> None:
        self.when_idle(lambda: self.page.session.import_file(path))

    def show_conversation(self, conversation: Conversation | None,
                          messages: list[StoredMessage], use_its_model: bool) -> None:  # fmt: skip
        """The session has put a chat on screen (its messages are in the conversation model)."""
        page = self.page
        if page.flow.state is OPENING:
            page.flow.move(IDLE)
        page.sidebar.select(conversation.id if conversation else None)
        answers = [m for m in messages if m.role == "assistant"]
        last = (shown_stats(answers[-1]) if answers else None) or {}
        page.host.show_answer_stats(
            stats_text(GenerationStats.from_dict(last)) if "completion_tokens" in last else "")
        page.host.chat_opened(conversation, use_its_model)
        page.update_controls()

    # --- changing it --------------------------------------------------------------------------

    def _can_change(self) -> bool:
        messages = self.page.conversation.messages
        return self.page.flow.state is IDLE and bool(messages)

    def regenerate(self) -> None:
        """Ask again for the last answer (it is replaced)."""
        messages = self.page.conversation.messages
        if not self._can_change() or messages[-1].role != "assistant":
            return
        keep = len(messages) - 1
        try:
            keep_id = self._stored_id(keep - 1)
        except OutOfStepError:
            return
        page = self.page
        page.start_answering(fresh=False)
        page.conversation.truncate(keep)
        page.session.truncate_after(keep_id, page.ask, self._not_truncated)

    def continue_answer(self) -> None:
        messages = self.page.conversation.messages
        if not self._can_change() or messages[-1].role != "assistant":
            return
        self.page.ask(continue_answer=True)

    def edit_message(self, index: int) -> None:
        """Edit an earlier message and ask again; what came after it is replaced."""
        messages = self.page.conversation.messages
        if self.page.flow.state is not IDLE or not 0 <= index < len(messages):
            return
        later = len(messages) - index - 1
        text, accepted = QInputDialog.getMultiLineText(
            self.page.window(), self.tr("Edit message"), self.tr("Your message:"),
            messages[index].text)  # fmt: skip
        if not accepted or not text.strip():
            return
        if later and not self.confirm_replace(later):
            return
        self.resend_edited(index, text.strip())

    def confirm_replace(self, later: int) -> bool:
        """Asks the user; tests replace it."""
        answer = QMessageBox.question(
            self.page.window(),
            self.tr("Edit message"),
            self.tr("The %n message(s) after it will be replaced. Go on?", "", later),
        )
        return answer == QMessageBox.StandardButton.Yes  # fmt: skip

    def resend_edited(self, index: int, text: str) -> None:
        """Send ``text`` instead of message ``index``; what came after it is replaced."""
        try:
            keep_id = self._stored_id(index - 1)
        except OutOfStepError:
            return
        page = self.page
        page.conversation.truncate(index)
        page.input.setPlainText(text)  # sent once the later messages are gone; kept if not
        page.flow.move(SAVING)  # until then: no second Send of the same text
        page.update_controls()

        def send_it() -> None:
            if page.flow.closed:
                return
            stopped = page.flow.state is not SAVING  # Stop was pressed meanwhile
            page.flow.move(IDLE)
            page.send()
            if stopped:  # the message is stored, then taken back: as any Stop before an answer
                page.stop()

        page.session.truncate_after(keep_id, send_it, self._not_truncated)

    def _stored_id(self, index: int) -> int | None:
        """The stored id of message ``index``, None before the first. When the chat on screen is
        not the saved one any more, it is opened again as saved and OutOfStepError raised."""
        if index < 0:
            return None
        page = self.page
        try:
            return page.conversation.stored_id_of(index)
        except OutOfStepError as error:
            page.host.show_error(str(error), Cause.CHATS)
            conversation_id = page.session.current_id
            if conversation_id is not None and not page.flow.busy:
                self.open(conversation_id)
            elif conversation_id is not None and page.after_answer is None:
                page.after_answer = lambda: self.open(conversation_id)
            raise

    def _not_truncated(self, _error: Exception) -> None:
        """Nothing was deleted before asking again (another window wrote to this chat, or a full
        disk): no answer; the chat is shown as saved, an edited message stays in the box."""
        page = self.page
        if page.flow.closed:
            return
        conversation_id = page.session.current_id
        leaving = page.after_answer is not None
        page.answer_over()
        if conversation_id is not None and not leaving:
            self.open(conversation_id)

    def take_back(self, fresh: bool) -> None:
        """The answer never began: drop its stored row. A message sent just now (``fresh``)
        goes back into the box, and with it a chat it began (no empty chat is left behind)."""
        page = self.page
        messages = page.conversation.messages
        if messages and messages[-1] is page.conversation.answer:
            messages = messages[:-1]
        fresh = fresh and bool(messages) and messages[-1].role == "user"
        taken = messages[-1] if fresh else None
        page.conversation.truncate(len(messages) - 1 if fresh else len(messages))
        if taken is not None:
            page.give_back(taken.text)
        try:
            keep_id = self._stored_id(len(page.conversation.messages) - 1)
        except OutOfStepError:
            return
        conversation_id = page.session.current_id

        def not_taken_back(_error: Exception) -> None:  # shown again as it is saved
            if conversation_id is not None and not page.flow.busy:
                self.open(conversation_id)

        page.session.truncate_after(keep_id, failed=not_taken_back, drop_if_empty=fresh)


def stats_text(stats: GenerationStats) -> str:
    """The last answer's figures, as the window's language writes them (the store keeps the
    numbers)."""
    reason = STOP_REASONS.get(stats.stop_reason)
    reason = translate("ConversationActions", reason) if reason else stats.stop_reason
    text = translate("ConversationActions",
                     "{tokens} tokens · {rate} · first token after {seconds} s · {reason}")
    return text.format(tokens=format_number(stats.completion_tokens),
                       rate=format_token_rate(stats.tokens_per_s),
                       seconds=format_number(stats.ttft_s, 2), reason=reason)  # fmt: skip
