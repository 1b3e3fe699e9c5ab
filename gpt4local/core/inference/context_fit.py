"""Keeping a conversation inside the context window.

llama-cpp-python raises once a prompt reaches n_ctx, so the app trims first: the system prompt
stays, the oldest exchanges go (a user message together with the answers that followed it), and the
caller is told how many messages were left out. A newest message that cannot fit even alone is
refused with the numbers, instead of being silently cut.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from gpt4local.core.errors import PromptTooLongError, Wording
from gpt4local.core.messages import Message

# Never start an answer with less room than this.
MIN_ANSWER_TOKENS = 16

PROMPT_TOO_LONG = Wording(
    "chat.prompt_too_long", "The message is too long for the context window: it needs {needed} "
    "tokens (with the system prompt and chat template) and the context holds {n_ctx}, with room "
    "for an answer. Shorten the message or raise the context length.")


@dataclass(frozen=True)
class FittedPrompt:
    messages: tuple[Message, ...]
    tokens: list[int]
    text: str
    dropped_messages: int


def answer_reserve(n_ctx: int, max_tokens: int) -> int:
    """Room kept free for the answer when deciding whether history must be trimmed
    (``max_tokens`` 0: no limit of its own, as much as the context allows)."""
    return max(MIN_ANSWER_TOKENS, min(max_tokens or n_ctx, n_ctx // 4))


def _drop_oldest_exchange(messages: list[Message]) -> int:
    """Remove the oldest user message and the replies up to the next one; return how many went."""
    first = next(i for i, m in enumerate(messages) if m.role != "system")
    end = first + 1
    while end < len(messages) and messages[end].role != "user":
        end += 1
    del messages[first:end]
    return end - first


def fit_history(
    messages: Sequence[Message],
    to_prompt: Callable[[Sequence[Message]], tuple[str, list[int]]],
    *,
    n_ctx: int,
    max_tokens: int,
) -> FittedPrompt:
    """Drop the oldest exchanges until the rendered prompt leaves room for an answer."""
    kept = list(messages)
    budget = n_ctx - answer_reserve(n_ctx, max_tokens)
    dropped = 0
    while True:
        text, tokens = to_prompt(kept)
        if len(tokens) <= budget:
            return FittedPrompt(tuple(kept), tokens, text, dropped)
        non_system = [m for m in kept if m.role != "system"]
        if len(non_system) <= 1 or all(m.role != "user" for m in non_system[1:]):
            break
        dropped += _drop_oldest_exchange(kept)
    # Only the newest message is left: accept a smaller answer room, but never none.
    if len(tokens) <= n_ctx - MIN_ANSWER_TOKENS:
        return FittedPrompt(tuple(kept), tokens, text, dropped)
    raise PromptTooLongError(PROMPT_TOO_LONG(needed=len(tokens), n_ctx=n_ctx))
