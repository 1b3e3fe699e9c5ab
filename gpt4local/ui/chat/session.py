"""The current conversation and the saved ones: the window's bridge to the chat store.

Every store call runs on one dedicated thread, in the order it was asked for (a serial pool), so
the GUI thread never waits on the disk and "save the user's message, then answer" holds: the
answer starts from the callback of the commit. While an answer streams, the window calls
``save_partial`` at its first words and then about once a second.

Every failure reaches the window as ``problem`` (a message for its banner); the caller's own
``failed`` callback, where it gives one, puts the window back as it was before the call.

The messages of the chat on screen are in ``conversation`` (shared with the page and the
transcript): the session loads it when a chat opens and marks each message the store holds.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from gpt4local.core.chats.store import (
    ChatNotFoundError,
    ChatStore,
    ChatStoreError,
    Conversation,
    StoredMessage,
    chats_file,
)
from gpt4local.core.chats.titles import provisional_title
from gpt4local.core.errors import UserFacingError
from gpt4local.ui.background import run_in_background, serial_pool
from gpt4local.ui.chat.conversation_model import ChatMessage, ConversationModel
from gpt4local.ui.window.error_banner import Cause

Failed = Callable[[Exception], None]
# What a job returns when it had nothing to write (an answer whose row could not be created):
# it must not count as a save that worked.
NOTHING_WRITTEN = object()


class ChatSession(QObject):
    # All on the GUI thread.
    listed = Signal(list, object)  # conversations (newest first, filtered), current id
    # Conversation | None, list[StoredMessage], whether the window should switch to its model;
    # ``conversation`` holds its messages by then.
    opened = Signal(object, list, bool)
    problem = Signal(str, object)  # a message for the window's banner, its Cause (or None)
    resolved = Signal(object)  # a Cause that is over: a write of that kind went through
    saved = Signal()  # the last queued job has finished (tests wait on it)

    def __init__(self, path: Path | None = None) -> None:
        super().__init__()
        self.pool = serial_pool("chats")
        self.store: ChatStore | None = None
        self.current: Conversation | None = None  # the record of the chat on screen
        self.conversation = ConversationModel(self)  # its messages
        self.search_text = ""
        self._path = path
        # The answer being written, and its row ("id") once made: set in the store's thread, so
        # every job queued after that one sees it.
        self._answer: tuple[ChatMessage | None, dict[str, int]] = (None, {})
        self._touched = False  # the user chose or wrote something: the startup view must not win
        self._closed = False
        # Per chat, the ids of the messages this window has shown or written: only those may be
        # deleted (see ChatStore.truncate_after). Read and written by jobs only, in the store's
        # thread, so it is always in step with the store calls before it.
        self._seen: dict[int, set[int]] = {}

    # --- plumbing ------------------------------------------------------------------------------

    def _run(self, work: Callable[[ChatStore], Any], then: Callable[[Any], None] | None = None,
             failed: Failed | None = None, cause: Cause = Cause.CHATS, writes: bool = True,
             ) -> None:  # fmt: skip
        """Queue ``work``; ``then`` gets its result. A write that works resolves ``cause``."""
        if self._closed:  # the window is gone; so is the store
            return

        def job() -> Any:
            if self.store is None:
                raise ChatStoreError(self.tr("The chat history is closed."))
            return work(self.store)

        def done(result: Any) -> None:
            if writes and result is not NOTHING_WRITTEN:
                self.resolved.emit(cause)
            if then is not None:
                then(result)
            self.saved.emit()

        def fail(error: Exception) -> None:
            if isinstance(error, UserFacingError):
                self.problem.emit(str(error), cause)
            else:
                self.problem.emit(self.tr("Chats: {kind}: {error}").format(
                    kind=type(error).__name__, error=error), cause)  # fmt: skip
            if failed is not None:
                failed(error)

        run_in_background(job, done, fail, self, self.pool)

    def open(self, select_id: int | None) -> None:
        """Open (or create, or repair) the database; list the chats and open ``select_id``.

        A file that cannot be opened is left alone and the chats of this session are kept in
        memory, so chatting still works; the banner says they will not be saved."""
        path = self._path or chats_file()

        def work() -> tuple[list[Conversation], Conversation | None, list, list[str]]:
            notices = []
            try:
                store = ChatStore(path)
            except ChatStoreError as error:
                store = ChatStore(in_memory=True)
                notices.append(self.tr(
                    "{error} Your chats are kept only until you quit, this time.").format(
                        error=error))  # fmt: skip
            if store.notice:
                notices.append(store.notice)
            self.store = store  # here, not in the callback: the next queued job needs it
            conversations = store.list_conversations()
            chosen = next((c for c in conversations if c.id == select_id), None)
            messages = store.messages(chosen.id) if chosen else []
            if chosen:
                self._seen[chosen.id] = {m.id for m in messages}
            return conversations, chosen, messages, notices

        def opened(result: tuple[list[Conversation], Conversation | None, list, list[str]]) -> None:
            conversations, chosen, messages, notices = result
            for notice in notices:
                self.problem.emit(notice, None)  # stays until closed: nothing will resolve it
            if self._touched:  # the user started chatting before the list arrived: keep that
                self.refresh_list()
                return
            self._show(chosen, messages, use_its_model=True, listed=conversations)

        def failed(error: Exception) -> None:
            self.problem.emit(
                self.tr("Your chats cannot be opened: {error}").format(error=error), None)

        run_in_background(work, opened, failed, self, self.pool)

    def close(self) -> None:
        """Finish the queued jobs (the last save of an answer among them), then close."""
        self._closed = True
        self.pool.waitForDone(10_000)
        store, self.store = self.store, None
        if store is not None:
            store.close()

    @property
    def current_id(self) -> int | None:
        return self.current.id if self.current else None

    def _show(self, conversation: Conversation | None, messages: list[StoredMessage],
              use_its_model: bool, listed: list[Conversation] | None = None) -> None:  # fmt: skip
        self.current = conversation
        self.conversation.replace([ChatMessage.from_stored(m) for m in messages
                                   if m.role != "system"])  # fmt: skip
        if listed is not None:
            self.listed.emit(listed, self.current_id)
        self.opened.emit(conversation, messages, use_its_model)

    def refresh_list(self, search: str | None = None) -> None:
        if search is not None:
            self.search_text = search
        text = self.search_text
        self._run(lambda s: s.list_conversations(text),
                  lambda found: self.listed.emit(found, self.current_id), writes=False)  # fmt: skip

    # --- choosing ------------------------------------------------------------------------------

    def new_chat(self) -> None:
        """An empty chat; it is stored when its first message is."""
        self._touched = True
        self._show(None, [], use_its_model=False)
        self.refresh_list()

    def select(self, conversation_id: int, failed: Failed | None = None) -> None:
        self._touched = True

        def load(store: ChatStore) -> tuple[Conversation, list[StoredMessage]]:
            conversation = store.get_conversation(conversation_id)
            messages = store.messages(conversation_id)
            self._seen[conversation_id] = {m.id for m in messages}
            return conversation, messages

        def loaded(result: tuple[Conversation, list[StoredMessage]]) -> None:
            self._show(*result, use_its_model=True)

        def not_loaded(error: Exception) -> None:
            self.refresh_list()  # it may be gone: the list shows what there is
            if failed is not None:
                failed(error)

        self._run(load, loaded, not_loaded, writes=False)

    def rename(self, conversation_id: int, title: str, custom: bool = True) -> None:
        def renamed(conversation: Conversation) -> None:
            if self.current and self.current.id == conversation.id:
                self.current = conversation
            self.refresh_list()

        self._run(lambda s: s.rename(conversation_id, title, custom), renamed,
                  lambda _: self.refresh_list())  # fmt: skip

    def title_from_model(self, conversation_id: int, title: str) -> None:
        """The model's suggestion, unless the user named the chat themselves meanwhile (or
        deleted it: a title is a nicety, never worth a message)."""

        def maybe(store: ChatStore) -> object:
            try:
                if store.get_conversation(conversation_id).title_is_custom:
                    return NOTHING_WRITTEN
                return store.rename(conversation_id, title, custom=False)
            except ChatNotFoundError:  # nothing written: an earlier failure is not resolved
                return NOTHING_WRITTEN

        self._run(maybe, lambda changed: self.refresh_list() if changed is not NOTHING_WRITTEN
                  else None)  # fmt: skip

    def delete(self, conversation_id: int) -> None:
        if self.current and self.current.id == conversation_id:
            self._show(None, [], use_its_model=False)

        def work(store: ChatStore) -> None:
            store.delete_conversation(conversation_id)
            self._seen.pop(conversation_id, None)

        self._run(work, lambda _: self.refresh_list(), lambda _: self.refresh_list())

    def update_current(self, **fields: Any) -> None:
        """Remember the chat's model, system prompt or settings (see update_conversation).

        ``current`` has them at once, so the next answer uses them even while the write waits
        in the queue; the store's copy of the record is not taken back when the write is done,
        since by then ``current`` may hold later changes still queued."""
        if self.current is None:
            return
        conversation_id = self.current.id
        self.current = dataclasses.replace(self.current, **fields)
        self._run(lambda s: s.update_conversation(conversation_id, **fields))

    # --- messages ------------------------------------------------------------------------------

    def add_user_message(self, message: ChatMessage, then: Callable[[], None], failed: Failed,
                         *, model_path: str | None, system_prompt: str, settings: dict,
                         ) -> None:  # fmt: skip
        """Store the message (creating the chat on its first one); ``then`` runs after the
        commit, ``failed`` if it did not happen; both on the GUI thread."""
        self._touched = True
        existing = self.current
        text = message.text

        def work(store: ChatStore) -> tuple[Conversation, StoredMessage]:
            if existing is None:
                conversation, row = store.start_conversation(
                    text, provisional_title(text), model_path, system_prompt, settings
                )
            else:
                conversation = existing
                row = store.add_message(conversation.id, "user", text)
            self._seen.setdefault(conversation.id, set()).add(row.id)
            return conversation, row

        def stored(result: tuple[Conversation, StoredMessage]) -> None:
            conversation, row = result
            if self.current is None:  # a chat begun: its record (a begun one's may be newer)
                self.current = conversation
            self.conversation.mark_stored(message, row.id, saved=True)
            self.refresh_list()
            then()

        self._run(work, stored, failed)

    def begin_answer(self, answer: ChatMessage) -> None:
        """A row for the answer, saved as incomplete until it ends."""
        holder: dict[str, int] = {}
        self._answer = answer, holder
        conversation_id = self.current_id
        if conversation_id is None:
            return

        def work(store: ChatStore) -> int:
            holder["id"] = store.add_message(conversation_id, "assistant", "",
                                             complete=False).id  # fmt: skip
            self._seen.setdefault(conversation_id, set()).add(holder["id"])
            return holder["id"]

        self._run(work, lambda row: self.conversation.mark_stored(answer, row, saved=False))

    def resume_answer(self, answer: ChatMessage) -> None:
        """``answer`` is being continued: saves go to its stored row again."""
        written, holder = self._answer
        if written is not answer:  # not the answer just written: its row is known by now
            holder = {"id": answer.stored_id} if answer.stored_id is not None else {}
            self._answer = answer, holder

    def save_partial(self, text: str) -> None:
        _, holder = self._answer
        self._run(lambda s: s.update_message(holder["id"], text, complete=False)
                  if "id" in holder else NOTHING_WRITTEN)  # fmt: skip

    def finish_answer(self, text: str, stats: dict | None,
                      answer: ChatMessage | None = None) -> None:  # fmt: skip
        """The answer as it ended; complete unless cut off (Stop, length, full context). Once
        stored, ``answer`` (on screen) is marked saved."""
        _, holder = self._answer
        complete = (stats or {}).get("stop_reason") in ("eos", "stop_string")

        def work(store: ChatStore) -> object:
            if "id" not in holder:
                return NOTHING_WRITTEN
            store.update_message(holder["id"], text, complete=complete, stats=stats)
            return holder["id"]

        def stored(row: object) -> None:
            if isinstance(row, int) and answer is not None:
                self.conversation.mark_stored(answer, row, saved=True)
            self.refresh_list()

        self._run(work, stored)

    def truncate_after(self, message_id: int | None, then: Callable[[], None] | None = None,
                       failed: Failed | None = None, *, drop_if_empty: bool = False,
                       ) -> None:  # fmt: skip
        """Delete the current chat's messages after ``message_id`` (all of them for None):
        regenerate, edit and resend, a message taken back. Only messages this window has seen
        are deleted, or none. ``drop_if_empty``: a chat left without messages goes too (a first
        message taken back leaves no empty chat behind)."""
        if self.current is None:  # nothing stored yet: nothing to drop
            if then is not None:
                then()
            return
        conversation_id = self.current.id
        if drop_if_empty and message_id is None:  # from now on a message starts a new chat
            self.current = None

        def work(store: ChatStore) -> bool:
            seen = self._seen.get(conversation_id, set())
            left = store.truncate_after(conversation_id, message_id, seen=seen)
            # Later messages have larger ids (SQLite gives a new row a larger id than any other).
            self._seen[conversation_id] = {
                i for i in seen if message_id is not None and i <= message_id
            }
            if left == 0 and drop_if_empty:
                store.delete_conversation(conversation_id)
                return True
            return False

        def done(dropped: bool) -> None:
            if dropped:
                self.refresh_list()
            if then is not None:
                then()

        self._run(work, done, failed)

    # --- export and import ---------------------------------------------------------------------

    def export(self, conversation_id: int, path: Path, as_json: bool,
               then: Callable[[], None]) -> None:  # fmt: skip
        def work(store: ChatStore) -> None:
            if as_json:
                text = json.dumps(store.export_json(conversation_id), indent=2, ensure_ascii=False)
            else:
                text = store.export_markdown(conversation_id)
            try:
                path.write_text(text + ("\n" if not text.endswith("\n") else ""), encoding="utf-8")
            except OSError as error:
                raise UserFacingError(self.tr("Could not export the chat to {path}: {reason}.")
                                      .format(path=path, reason=error.strerror or error)
                                      ) from error  # fmt: skip

        self._run(work, lambda _: then(), cause=Cause.EXPORT)

    def import_file(self, path: Path) -> None:
        """Read, check and store an export in the store's thread; the chat is shown, but its
        model is not loaded (a file from elsewhere chooses nothing for this machine)."""

        def work(store: ChatStore) -> tuple[Conversation, list[StoredMessage]]:
            conversation = store.import_file(path)
            messages = store.messages(conversation.id)
            self._seen[conversation.id] = {m.id for m in messages}
            return conversation, messages

        def imported(result: tuple[Conversation, list[StoredMessage]]) -> None:
            self._touched = True
            self._show(*result, use_its_model=False)
            self.refresh_list()

        self._run(work, imported, cause=Cause.IMPORT)
