"""The current conversation and the saved ones: the window's bridge to the chat store.

Every store call runs on one dedicated thread, in the order it was asked for (a serial pool), so
the GUI thread never waits on the disk and "save the user's message, then answer" holds: the
answer starts from the callback of the commit. While an answer streams, the window calls
``save_partial`` about once a second; a crash then loses at most that second.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from gpt4local.core.chats import ChatStore, Conversation, StoredMessage, chats_file
from gpt4local.core.titles import provisional_title
from gpt4local.ui.background import run_in_background, serial_pool


class ChatSession(QObject):
    # All on the GUI thread.
    listed = Signal(list, object)  # conversations (newest first, filtered), current id
    opened = Signal(object, list)  # Conversation | None, list[StoredMessage]
    problem = Signal(str)  # a message for the window's banner
    saved = Signal()  # the last queued write has reached the disk (tests wait on it)

    def __init__(self, path: Path | None = None) -> None:
        super().__init__()
        self.pool = serial_pool("chats")
        self.store: ChatStore | None = None
        self.current: Conversation | None = None
        self.messages: list[StoredMessage] = []
        self.search_text = ""
        self._path = path
        self._answer: dict[str, Any] = {}  # the streaming answer's stored message, once created
        self._touched = False  # the user chose or wrote something: the startup view must not win

    # --- plumbing ------------------------------------------------------------------------------

    def _run(self, work: Callable[[ChatStore], Any], then: Callable[[Any], None] | None = None,
             ) -> None:  # fmt: skip
        def job() -> Any:
            if self.store is None:
                raise RuntimeError("chats are not available")
            return work(self.store)

        def done(result: Any) -> None:
            if then is not None:
                then(result)
            self.saved.emit()

        run_in_background(job, done, self._fail, self, self.pool)

    def _fail(self, error: Exception) -> None:
        if self.store is not None:  # without a store the window already said so once
            self.problem.emit(f"Chats: {error}")

    def open(self, select_id: int | None) -> None:
        """Open (or create, or repair) the database; list the chats and open ``select_id``."""
        path = self._path or chats_file()

        def work() -> tuple[ChatStore, list[Conversation], Conversation | None, list]:
            store = ChatStore(path)
            self.store = store  # here, not in the callback: the next queued job needs it
            conversations = store.list_conversations()
            chosen = next((c for c in conversations if c.id == select_id), None)
            return store, conversations, chosen, store.messages(chosen.id) if chosen else []

        def opened(result: tuple[ChatStore, list[Conversation], Conversation | None, list]) -> None:
            _store, conversations, chosen, messages = result
            if _store.notice:
                self.problem.emit(_store.notice)
            if self._touched:  # the user started chatting before the list arrived: keep that
                self.refresh_list()
                return
            self.current, self.messages = chosen, messages
            self.listed.emit(conversations, self.current_id)
            self.opened.emit(self.current, list(self.messages))

        def failed(error: Exception) -> None:
            self.problem.emit(f"Chats cannot be saved this time: {error}")

        run_in_background(work, opened, failed, self, self.pool)

    def close(self) -> None:
        """Finish queued writes, then close the database."""
        store, self.store = self.store, None
        self.pool.waitForDone(10_000)
        if store is not None:
            store.close()

    @property
    def current_id(self) -> int | None:
        return self.current.id if self.current else None

    def refresh_list(self, search: str | None = None) -> None:
        if search is not None:
            self.search_text = search
        text = self.search_text
        self._run(lambda s: s.list_conversations(text),
                  lambda found: self.listed.emit(found, self.current_id))  # fmt: skip

    # --- choosing ------------------------------------------------------------------------------

    def new_chat(self) -> None:
        """An empty chat; it is stored when its first message is."""
        self._touched = True
        self.current, self.messages = None, []
        self.opened.emit(None, [])
        self.refresh_list()

    def select(self, conversation_id: int) -> None:
        self._touched = True

        def loaded(result: tuple[Conversation, list[StoredMessage]]) -> None:
            self.current, self.messages = result
            self.opened.emit(self.current, list(self.messages))

        self._run(lambda s: (s.get_conversation(conversation_id), s.messages(conversation_id)),
                  loaded)  # fmt: skip

    def rename(self, conversation_id: int, title: str, custom: bool = True) -> None:
        def renamed(conversation: Conversation) -> None:
            if self.current and self.current.id == conversation.id:
                self.current = conversation
            self.refresh_list()

        self._run(lambda s: s.rename(conversation_id, title, custom), renamed)

    def title_from_model(self, conversation_id: int, title: str) -> None:
        """The model's suggestion, unless the user named the chat themselves meanwhile."""

        def maybe(store: ChatStore) -> Conversation | None:
            if store.get_conversation(conversation_id).title_is_custom:
                return None
            return store.rename(conversation_id, title, custom=False)

        self._run(maybe, lambda changed: self.refresh_list() if changed else None)

    def delete(self, conversation_id: int) -> None:
        if self.current and self.current.id == conversation_id:
            self.current, self.messages = None, []
            self.opened.emit(None, [])
        self._run(lambda s: s.delete_conversation(conversation_id), lambda _: self.refresh_list())

    def update_current(self, **fields: Any) -> None:
        """Remember the chat's model, system prompt or settings (see update_conversation)."""
        if self.current is None:
            return
        conversation_id = self.current.id

        def updated(conversation: Conversation) -> None:
            if self.current and self.current.id == conversation.id:
                self.current = conversation

        self._run(lambda s: s.update_conversation(conversation_id, **fields), updated)

    # --- messages ------------------------------------------------------------------------------

    def add_user_message(self, text: str, then: Callable[[], None], *, model_path: str | None,
                         system_prompt: str, settings: dict) -> None:  # fmt: skip
        """Store the message (creating the chat on its first one); ``then`` runs after the
        commit, on the GUI thread."""
        self._touched = True
        existing = self.current

        def work(store: ChatStore) -> tuple[Conversation, StoredMessage]:
            conversation = existing or store.create_conversation(
                provisional_title(text), model_path, system_prompt, settings
            )
            return conversation, store.add_message(conversation.id, "user", text)

        def stored(result: tuple[Conversation, StoredMessage]) -> None:
            conversation, message = result
            if self.current is None or self.current.id == conversation.id:
                self.current = conversation
                self.messages.append(message)
            self.refresh_list()
            then()

        self._run(work, stored)

    def begin_answer(self) -> None:
        """A row for the answer, saved as incomplete until it ends."""
        conversation_id = self.current_id
        if conversation_id is None:
            return
        holder = self._answer = {}

        def work(store: ChatStore) -> StoredMessage:
            holder["message"] = store.add_message(conversation_id, "assistant", "",
                                                  complete=False)  # fmt: skip
            return holder["message"]

        self._run(work)

    def resume_answer(self) -> None:
        """The last answer is being continued: saves go to its stored row again."""
        conversation_id = self.current_id
        holder = self._answer = {}

        def work(store: ChatStore) -> None:
            last = store.messages(conversation_id)[-1:] if conversation_id is not None else []
            if last and last[0].role == "assistant":
                holder["message"] = last[0]

        self._run(work)

    def save_partial(self, text: str) -> None:
        holder = self._answer
        self._run(lambda s: s.update_message(holder["message"].id, text, complete=False)
                  if "message" in holder else None)  # fmt: skip

    def finish_answer(self, text: str, stats: dict | None) -> None:
        """The answer as it ended; complete unless cut off (Stop, length, full context)."""
        holder = self._answer
        complete = (stats or {}).get("stop_reason") in ("eos", "stop_string")

        def work(store: ChatStore) -> StoredMessage | None:
            if "message" not in holder:
                return None
            store.update_message(holder["message"].id, text, complete=complete, stats=stats)
            return store.messages(holder["message"].conversation_id)[-1]

        def stored(message: StoredMessage | None) -> None:
            if message is not None and self.current and message.conversation_id == self.current.id:
                ids = [m.id for m in self.messages]
                if message.id in ids:  # a continued answer: the same row, longer
                    self.messages[ids.index(message.id)] = message
                else:
                    self.messages.append(message)
            self.refresh_list()

        self._run(work, stored)

    def keep_first(self, count: int, then: Callable[[], None] | None = None) -> None:
        """Drop every message after the first ``count`` (regenerate, edit and resend, retract)."""
        if self.current is None:  # nothing stored yet: nothing to drop
            if then is not None:
                then()
            return
        conversation_id = self.current.id
        del self.messages[count:]
        self._run(lambda s: s.truncate_after(conversation_id, count - 1),
                  lambda _: then() if then else None)  # fmt: skip

    # --- export and import ---------------------------------------------------------------------

    def export(self, conversation_id: int, path: Path, as_json: bool) -> None:
        import json

        def work(store: ChatStore) -> None:
            if as_json:
                text = json.dumps(store.export_json(conversation_id), indent=2, ensure_ascii=False)
            else:
                text = store.export_markdown(conversation_id)
            path.write_text(text + ("\n" if not text.endswith("\n") else ""), encoding="utf-8")

        self._run(work)

    def import_file(self, path: Path) -> None:
        def work(store: ChatStore) -> tuple[Conversation, list[StoredMessage]]:
            conversation = store.import_json(path.read_bytes())
            return conversation, store.messages(conversation.id)

        def imported(result: tuple[Conversation, list[StoredMessage]]) -> None:
            self.current, self.messages = result
            self.opened.emit(self.current, list(self.messages))
            self.refresh_list()

        self._run(work, imported)
