"""The chat's own system prompt and sampling values, apart from the defaults.

The Settings page sets the defaults a new chat starts from (for every model, and per model); the
chat's settings panel sets the values of the chat on screen. A stored chat keeps them in its
record, so a change is written there and used from its next answer, and other chats keep theirs.
A chat not begun yet has no record: what is set before its first message waits here and is stored
with that message; left alone, the defaults of the moment are used (a model chosen meanwhile
brings its own).
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable

from gpt4local.core.inference.options import SamplingSettings
from gpt4local.ui.chat.session import ChatSession

SAMPLING_KEYS = tuple(field.name for field in dataclasses.fields(SamplingSettings))


def stored_sampling(settings: dict) -> SamplingSettings | None:
    """A chat record's sampling values; None when it has none the engine accepts (a chat from an
    older version, or one imported): the defaults are used then."""
    with contextlib.suppress(TypeError, ValueError):
        return SamplingSettings(**settings) if settings else None
    return None


class ChatValues:
    """The system prompt and sampling values of the chat on screen (see the module's note)."""

    def __init__(self, session: ChatSession, default_system_prompt: Callable[[], str],
                 default_sampling: Callable[[], SamplingSettings]) -> None:  # fmt: skip
        self.session = session
        self.default_system_prompt, self.default_sampling = default_system_prompt, default_sampling
        # Set before a new chat's first message; also kept for a chat whose only message is taken
        # back (it is not begun again, and keeps what was chosen for it).
        self.pending_system_prompt: str | None = None
        self.pending_sampling: SamplingSettings | None = None

    def forget_pending(self) -> None:
        """Another chat is on screen: a new one starts from the defaults."""
        self.pending_system_prompt = self.pending_sampling = None

    def system_prompt(self) -> str:
        if self.session.current is not None:
            return self.session.current.system_prompt
        pending = self.pending_system_prompt
        return pending if pending is not None else self.default_system_prompt()

    def own_sampling(self) -> SamplingSettings | None:
        """The chat's own values; None: it follows the defaults."""
        if self.session.current is not None:
            return stored_sampling(self.session.current.settings)
        return self.pending_sampling

    def sampling(self) -> SamplingSettings:
        return self.own_sampling() or self.default_sampling()

    def set_system_prompt(self, text: str) -> None:
        self.pending_system_prompt = text
        self.session.update_current(system_prompt=text)

    def set_sampling(self, sampling: SamplingSettings) -> None:
        self.pending_sampling = sampling
        self.session.update_current(settings=dataclasses.asdict(sampling))

    def keep_late_changes(self) -> None:
        """Store what the panel set while a new chat's first message was being saved: the chat
        was created with the values of the moment Send was pressed."""
        current = self.session.current
        if current is None:
            return
        prompt, sampling = self.pending_system_prompt, self.pending_sampling
        if prompt is not None and prompt != current.system_prompt:
            self.set_system_prompt(prompt)
        if sampling is not None and sampling != stored_sampling(current.settings):
            self.set_sampling(sampling)

    def reset_to_defaults(self) -> None:
        """The model's defaults, from now on: stored in a begun chat, followed by a new one."""
        if self.session.current is None:
            self.forget_pending()
            return
        self.set_system_prompt(self.default_system_prompt())
        self.set_sampling(self.default_sampling())
