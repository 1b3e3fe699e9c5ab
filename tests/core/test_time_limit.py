"""Python code interrupted from outside its thread: the deadline of chat templates."""

from __future__ import annotations

import contextlib
import threading
import time

import pytest

from gpt4local.core.templates.time_limit import DeadlinePassed, StopRequested, call_with_time_limit


def spin() -> None:
    while True:
        pass


def spin_swallowing_errors() -> None:
    while True:
        with contextlib.suppress(Exception):  # the code's own error handling cannot keep it alive
            sum(range(100))


@pytest.mark.parametrize("function", [spin, spin_swallowing_errors])
def test_a_python_loop_is_stopped_at_the_deadline(function):
    with pytest.raises(DeadlinePassed, match=r"ran for more than 0\.2 seconds"):
        call_with_time_limit(function, 0.2)


def test_a_stop_request_ends_it_before_the_deadline():
    stop = threading.Event()
    threading.Timer(0.1, stop.set).start()
    with pytest.raises(StopRequested):
        call_with_time_limit(spin, 60, stop.is_set)


def test_a_call_within_a_call_keeps_the_outer_limit():
    with pytest.raises(DeadlinePassed, match=r"0\.2 seconds"):
        call_with_time_limit(lambda: call_with_time_limit(spin, 60), 0.2)


def test_results_come_back_and_nothing_arrives_after_the_call():
    """The interruption can be sent just as the call ends: it must then be withdrawn, never
    delivered to whatever code runs next in the thread."""
    outcomes = set()
    for _ in range(300):  # calls that end about when their deadline passes
        try:
            outcomes.add(call_with_time_limit(lambda: time.sleep(0.001) or "done", 0.001))
        except DeadlinePassed:
            outcomes.add("deadline")
    end = time.monotonic() + 0.3
    while time.monotonic() < end:  # a stray interruption would be raised here
        pass
    assert "done" in outcomes
    assert call_with_time_limit(lambda: 42, 1.0) == 42
