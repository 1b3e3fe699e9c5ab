"""The budget of one chat-template compile or render: time, memory, depth (see template_sandbox).

Memory is counted in characters: every value a template makes is charged as it is made, against a
budget in proportion to the conversation. Containers are also weighed as if written out in full:
lists may share parts (``[a, a]`` nested 40 times is tiny but prints as 2^40 items), and printing
or comparing one runs in C, where no deadline reaches, so one heavier than the budget is refused.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable, Iterable, MappingView, Set
from typing import Any, TypeVar, cast

from gpt4local.core.templates.time_limit import DeadlinePassed, call_with_time_limit

T = TypeVar("T")

RENDER_SECONDS = 2.0  # a 50-turn conversation renders in about a millisecond
MAX_SOURCE_CHARS = 256 * 1024  # the largest real templates are around 30 KB
BUDGET_CHARS = 32 * 2**20  # plus BUDGET_PER_INPUT_CHAR for each character of the conversation
BUDGET_PER_INPUT_CHAR = 32
MAX_CALL_DEPTH = 64
MAX_INT_BITS = 65_536  # beyond that, multiplying numbers costs seconds in C
EXPANSION = 12  # the most a filter makes from one character (urlencode: 4 UTF-8 bytes × "%XX")
SMALL = 8  # a number, None, a function, a namespace: short when printed
TEXT = (str, bytes)
CONTAINERS = (list, tuple, dict, set, frozenset, Set, MappingView)


class LimitExceeded(Exception):
    """The template went past a bound; the message says which, e.g. "it ran for more than…"."""


class Limits:
    """One compile or render's budget and call depth."""

    def __init__(self, budget: int) -> None:
        self.budget = self.room = budget
        self.depth = 0
        # Weights of the containers seen, by id; each kept alive so that its id stays its own.
        self._weights: dict[int, tuple[object, int]] = {}

    def too_big(self) -> LimitExceeded:
        return LimitExceeded(
            f"it builds more text than a chat prompt needs (over {self.budget // 10**6:,} million"
            " characters)"
        )

    def reserve(self, size: int) -> None:
        """Refuse an operation that would make ``size`` characters, before it runs."""
        if size > self.room:
            raise self.too_big()

    def spend(self, size: int) -> None:
        self.room -= size
        if self.room < 0:
            raise self.too_big()

    def charge(self, value: object) -> object:
        """Count a value the template just made; returns it."""
        if type(value) is str or isinstance(value, TEXT):
            self.room -= len(value)
        elif isinstance(value, int):
            self.room -= int_size(value.bit_length())
        elif isinstance(value, CONTAINERS):
            self.room -= SMALL * (len(value) + 1)  # its items exist already: only references
            if self.weight(value) > self.budget:
                raise self.too_big()
        if self.room < 0:
            raise self.too_big()
        return value

    def weight(self, value: object) -> int:
        """About how many characters ``value`` takes when written out in full."""
        if type(value) is str or isinstance(value, TEXT):
            return len(value)
        if isinstance(value, int):
            return value.bit_length() // 8 + SMALL
        if not isinstance(value, CONTAINERS):
            return SMALL
        known = self._weights.get(id(value))
        if known is not None:
            return known[1]
        if isinstance(value, dict):
            items: Iterable[Any] = itertools.chain.from_iterable(value.items())
        else:
            items = cast("Iterable[Any]", value)  # MappingView iterates, though not typed so
        total = SMALL * (len(value) + 1)
        for item in items:
            total += len(item) if type(item) is str else self.weight(item)
        if not isinstance(value, MappingView):
            self._weights[id(value)] = (value, total)
        return total


def int_size(bits: int) -> int:
    if bits > MAX_INT_BITS:
        raise LimitExceeded(f"it makes a number of more than {MAX_INT_BITS:,} bits")
    return bits // 8 + SMALL


class _ThreadLimits(threading.local):
    limits: Limits | None = None


_local = _ThreadLimits()


def current() -> Limits:
    limits = _local.limits
    if limits is None:  # a template was compiled or rendered outside run_bounded
        raise RuntimeError("template code ran without bounds")
    return limits


def run_bounded(
    work: Callable[[], T], *, input_chars: int = 0, should_stop: Callable[[], bool] | None = None
) -> T:
    """``work()`` (compiling or rendering a template of a BoundedEnvironment) within the bounds.

    Raises LimitExceeded, or time_limit.StopRequested once ``should_stop()`` turns true.
    """
    previous = _local.limits
    _local.limits = Limits(BUDGET_CHARS + BUDGET_PER_INPUT_CHAR * input_chars)
    try:
        return call_with_time_limit(work, RENDER_SECONDS, should_stop)
    except DeadlinePassed as error:
        raise LimitExceeded(str(error)) from None
    except RecursionError:
        raise LimitExceeded("it nests too deeply") from None
    except MemoryError:
        raise LimitExceeded("it ran out of memory") from None
    finally:
        _local.limits = previous
