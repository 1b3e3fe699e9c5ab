"""The chat page's one state: every move the table allows is made, every other one refused."""

from __future__ import annotations

from collections import deque

import pytest

from gpt4local.ui.chat.chat_state import (
    BUSY,
    CLOSED,
    IDLE,
    MOVES,
    ChatFlow,
    ChatState,
    IllegalMoveError,
)


def reached(state: ChatState) -> ChatFlow:
    """A flow brought to ``state`` by allowed moves only, from the state a page starts in."""
    paths = {IDLE: [IDLE]}
    waiting = deque([IDLE])
    while waiting:
        here = waiting.popleft()
        for there in sorted(MOVES[here], key=lambda s: s.value):
            if there not in paths:
                paths[there] = [*paths[here], there]
                waiting.append(there)
    flow = ChatFlow()
    for step in paths[state][1:]:
        flow.move(step)
    assert flow.state is state
    return flow


LEGAL = [(start, to) for start in ChatState for to in sorted(MOVES[start], key=lambda s: s.value)]
ILLEGAL = [(start, to) for start in ChatState for to in ChatState if to not in MOVES[start]]


def test_a_page_starts_idle_and_every_state_can_be_reached() -> None:
    assert ChatFlow().state is IDLE
    for state in ChatState:
        reached(state)


@pytest.mark.parametrize(("start", "to"), LEGAL, ids=lambda s: s.value)
def test_every_allowed_move_is_made(start: ChatState, to: ChatState) -> None:
    flow = reached(start)
    flow.move(to)
    assert flow.state is to


@pytest.mark.parametrize(("start", "to"), ILLEGAL, ids=lambda s: s.value)
def test_every_other_move_is_refused_and_changes_nothing(start: ChatState, to: ChatState) -> None:
    flow = reached(start)
    with pytest.raises(IllegalMoveError, match=f"from {start.value} to {to.value}"):
        flow.move(to)
    assert flow.state is start


def test_what_the_table_says_of_the_flows_it_replaced() -> None:
    """The moves the old flags allowed by mistake are refused, and quitting is always possible."""
    assert ("answering", "opening") in {(a.value, b.value) for a, b in ILLEGAL}  # leave first
    assert ("saving", "stopping") in {(a.value, b.value) for a, b in ILLEGAL}  # not asked yet
    assert all(CLOSED in MOVES[state] for state in ChatState if state is not CLOSED)
    assert MOVES[CLOSED] == frozenset()
    assert all(IDLE in MOVES[state] for state in BUSY)  # every answer can end
    assert [s.value for s in ChatState if reached(s).busy] == [s.value for s in ChatState
                                                               if s in BUSY]  # fmt: skip
    assert [s.value for s in ChatState if reached(s).engine_asked] == ["answering", "stopping"]
