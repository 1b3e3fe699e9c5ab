"""What the chat page is doing, as one state, and the moves between states that can happen.

Before, six flags (generating, continuing, request sent, stop early, opening, closed) said it
together, and nothing stopped them from saying something impossible, such as "opening a chat while
an answer streams". Here a move the table does not list raises, so such a path shows up in a test
instead of leaving the window stuck with Stop shown.

The kind of answer (a new one, one asked again, one continued) is not a state: the conversation
model knows it (ConversationModel.continuing) and the page the reason it asked (fresh).
"""

from __future__ import annotations

from enum import Enum


class ChatState(Enum):
    IDLE = "idle"  # nothing under way: Send, Regenerate, Continue and Edit may start something
    OPENING = "opening"  # a chat is being read from the store: Send waits for it
    # The store is written before the engine is asked: the user's message, or the cut before a
    # message is asked again (regenerate, edit and resend).
    SAVING = "saving"
    CANCELLING = "cancelling"  # Stop came while saving: once saved, the engine is not asked
    ANSWERING = "answering"  # the engine was asked: its text streams in
    STOPPING = "stopping"  # Stop came while answering: the engine's last word is awaited
    CLOSED = "closed"  # the window is quitting: what the engine still sends is ignored


IDLE, OPENING, SAVING, CANCELLING, ANSWERING, STOPPING, CLOSED = ChatState

# Every state may close (quitting comes at any time); nothing comes after closing.
MOVES: dict[ChatState, frozenset[ChatState]] = {
    IDLE: frozenset({OPENING, SAVING, ANSWERING, CLOSED}),  # Continue asks at once: no save
    OPENING: frozenset({OPENING, IDLE, CLOSED}),  # another chat chosen while one opens
    SAVING: frozenset({ANSWERING, CANCELLING, IDLE, CLOSED}),  # IDLE: the save failed
    CANCELLING: frozenset({IDLE, CLOSED}),
    ANSWERING: frozenset({STOPPING, IDLE, CLOSED}),
    STOPPING: frozenset({IDLE, CLOSED}),
    CLOSED: frozenset(),
}

# An answer is under way (the send button says Stop): from the first save to the last word.
BUSY = frozenset({SAVING, CANCELLING, ANSWERING, STOPPING})


class IllegalMoveError(RuntimeError):
    """A move the table does not allow: a bug in the page's flow, never the user's doing."""


class ChatFlow:
    """The page's state; ``move`` is the only way to change it."""

    def __init__(self) -> None:
        self.state = IDLE

    def move(self, to: ChatState) -> None:
        if to not in MOVES[self.state]:
            raise IllegalMoveError(f"The chat cannot go from {self.state.value} to {to.value}.")
        self.state = to

    @property
    def busy(self) -> bool:
        return self.state in BUSY

    @property
    def engine_asked(self) -> bool:
        """The engine was asked for the current answer: its text, stats or failure will come."""
        return self.state in (ANSWERING, STOPPING)

    @property
    def closed(self) -> bool:
        return self.state is CLOSED
