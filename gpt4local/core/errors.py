"""Errors that carry a message fit to show a user as it is (no traceback needed), and the
message ids that let the window say them in the user's language.

core/ has no Qt and speaks English: the command line prints ``str(error)``. A message the window
may show is defined once as a ``Wording`` (an id and its English template); calling it gives a
``Said``, a ``str`` (the English sentence, so every existing use of the text still works) that
also carries the id and the arguments. The window translates by the id
(gpt4local/ui/i18n/core_messages.py) and falls back to the English for an id it does not know.
"""

from __future__ import annotations

import string
from collections.abc import Mapping

from gpt4local.core.units import human_size


class Bytes(int):
    """A size argument: English writes it as human_size does, the window as its locale does."""


class Said(str):
    """An English message (the str itself) with the id and arguments it was made from."""

    code: str
    params: Mapping[str, object]

    def __new__(cls, code: str, english: str, params: Mapping[str, object]) -> Said:
        said = super().__new__(cls, english)
        said.code, said.params = code, dict(params)
        return said

    def __reduce__(self) -> tuple[object, ...]:  # picklable, as exceptions must be
        return (Said, (self.code, str(self), self.params))


def english(value: object) -> str:
    """An argument as the English text writes it."""
    if isinstance(value, Bytes):
        return human_size(value)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    return f"{value:,}" if isinstance(value, int) else f"{value:g}"


WORDINGS: dict[str, Wording] = {}  # every message id core defines (the UI test lists them)


class Wording:
    """One message core may say: its id and English template with named placeholders."""

    def __init__(self, code: str, template: str) -> None:
        if code in WORDINGS:
            raise ValueError(f"message id {code!r} is defined twice")
        self.code, self.template = code, template
        self.placeholders = frozenset(
            name for _, name, _, _ in string.Formatter().parse(template) if name
        )
        WORDINGS[code] = self

    def __call__(self, **params: object) -> Said:
        if set(params) != self.placeholders:
            raise TypeError(f"{self.code} takes {sorted(self.placeholders)}, not {sorted(params)}")
        text = self.template.format(**{name: english(value) for name, value in params.items()})
        return Said(self.code, text, params)

    def __repr__(self) -> str:
        return f"Wording({self.code!r})"


SENTENCES = Wording("sentences", "{first} {then}")  # Chinese writes no space between them


def sentences(*parts: str | None) -> str:
    """Sentences said one after the other, as one message (empty parts left out)."""
    kept = [part for part in parts if part]
    text = kept[0] if kept else ""
    for part in kept[1:]:
        text = SENTENCES(first=text, then=part)
    return text


def said_of(message: object) -> Said | None:
    """The Said behind a message or an error, if it has one."""
    if isinstance(message, Said):
        return message
    if isinstance(message, BaseException) and message.args and isinstance(message.args[0], Said):
        return message.args[0]
    return None


class UserFacingError(Exception):
    """Something the user can understand and act on; str(error) is the whole message, and
    ``error.said`` its id and arguments when it was made from a Wording."""

    @property
    def said(self) -> Said | None:
        return said_of(self)


class ModelFileError(UserFacingError):
    """The file is missing, unreadable, not a GGUF, truncated or otherwise unusable."""


class ModelLoadError(UserFacingError):
    """llama.cpp refused to load a file that looked like a valid GGUF."""


class PromptTooLongError(UserFacingError):
    """A single message (with the system prompt) does not fit in the context window."""


class ChatTemplateError(UserFacingError):
    """The chat template could not be rendered."""
