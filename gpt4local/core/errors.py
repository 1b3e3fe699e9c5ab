"""Errors that carry a message fit to show a user as it is (no traceback needed)."""

from __future__ import annotations


class UserFacingError(Exception):
    """Something the user can understand and act on; str(error) is the whole message."""


class ModelFileError(UserFacingError):
    """The file is missing, unreadable, not a GGUF, truncated or otherwise unusable."""


class ModelLoadError(UserFacingError):
    """llama.cpp refused to load a file that looked like a valid GGUF."""


class PromptTooLongError(UserFacingError):
    """A single message (with the system prompt) does not fit in the context window."""


class ChatTemplateError(UserFacingError):
    """The chat template could not be rendered."""
