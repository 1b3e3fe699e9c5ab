"""Prefill while typing: when typing pauses, the engine decodes the prompt the draft would need.

Deep in a long conversation on a CPU, reading the new message at Send takes seconds; decoded
ahead, only its last few tokens are left (Engine.prefill). Each request is numbered; a newer
draft or Send makes the older ones stop at their next small batch (EngineAdapter.prefill).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QPlainTextEdit

from gpt4local.core.messages import Message

PREFILL_DELAY_MS = 400  # a pause in typing this long starts decoding the draft's prompt

# The messages (the draft last) and the answer length to decode for, or None: not now.
DraftSource = Callable[[], tuple[Sequence[Message], int] | None]


class DraftPrefill(QObject):
    requested = Signal(object, int, int)  # messages with the draft, max tokens, request number
    superseded = Signal(int)  # requests up to this number are out of date

    def __init__(self, editor: QPlainTextEdit, draft: DraftSource) -> None:
        super().__init__(editor)
        self._draft = draft
        self._number = 0
        self._timer = QTimer(self, singleShot=True, interval=PREFILL_DELAY_MS)
        self._timer.timeout.connect(self._request)
        editor.textChanged.connect(self._timer.start)

    def stop(self) -> None:
        """An answer is starting: whatever is being prefilled must not hold it up."""
        self._timer.stop()
        self.superseded.emit(self._number)

    def _request(self) -> None:
        wanted = self._draft()
        if wanted is None:
            return
        messages, max_tokens = wanted
        self._number += 1
        self.superseded.emit(self._number - 1)  # the previous draft: stop decoding it
        self.requested.emit(messages, max_tokens, self._number)
