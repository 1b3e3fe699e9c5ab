"""Stop Python code running in this thread once a deadline passes or its caller gives up.

Why an exception raised from another thread: a chat template is untrusted code, and a loop such
as ``{% for i in r %}{% for j in r %}{% endfor %}{% endfor %}`` runs for hours without calling
anything of ours that could look at a clock. CPython can raise an exception in another thread
(``PyThreadState_SetAsyncExc``); that thread gets it at its next bytecode boundary, so every
Python loop stops, library code a filter runs (textwrap, pprint) included. A single long C call
(a huge ``str.replace``) is not interrupted: template_sandbox refuses those by size beforehand.

One watchdog thread serves the whole process; it sleeps while nothing is watched.
"""

from __future__ import annotations

import contextlib
import ctypes
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")

# How often a stop request (``should_stop``) is looked at while a watched call runs; a call that
# ends sooner never has it looked at.
STOP_POLL_S = 0.02

# ctypes.pythonapi keeps the GIL during the call, which this function requires.
_set_async_exc = ctypes.pythonapi.PyThreadState_SetAsyncExc


class DeadlinePassed(Exception):
    def __init__(self, seconds: float) -> None:
        super().__init__(f"it ran for more than {seconds:g} seconds")
        self.seconds = seconds


class StopRequested(Exception):
    """``should_stop`` said so before the call finished."""


class _Interrupted(BaseException):
    """Raised inside the watched call. A BaseException, so that the interrupted code's own
    ``except Exception`` cannot swallow it."""


@dataclass(eq=False)
class _Watch:
    thread_id: int
    deadline: float
    should_stop: Callable[[], bool] | None
    first_poll: float
    fired: type[Exception] | None = None  # which of DeadlinePassed and StopRequested, once sent


class _Watchdog:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._watches: set[_Watch] = set()
        # Released to wake the watchdog. A bare lock rather than a Condition: a watched thread
        # touches it while an exception may already be on its way to it, and a C-level lock
        # operation cannot be cut in half by one (a Condition's Python code can).
        self._wake = threading.Lock()
        self._wake.acquire()
        self._thread: threading.Thread | None = None

    def add(self, watch: _Watch) -> None:
        with self._lock:
            self._watches.add(watch)
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="template-watchdog", daemon=True
                )
                self._thread.start()
        if self._wake.locked():
            with contextlib.suppress(RuntimeError):  # another thread woke it in between
                self._wake.release()

    def release(self, watch: _Watch) -> None:
        """Stop watching. Once this returns, no exception can arrive for ``watch`` any more:
        firing and releasing exclude each other, and one sent but not yet delivered is
        withdrawn here (or is delivered here, which the caller catches)."""
        with self._lock:
            self._watches.discard(watch)
            fired = watch.fired
        if fired is not None:
            _set_async_exc(ctypes.c_ulong(watch.thread_id), None)

    def _run(self) -> None:
        while True:
            with self._lock:
                now = time.monotonic()
                waiting = [w for w in self._watches if w.fired is None]
                for watch in waiting:
                    if now >= watch.deadline:
                        watch.fired = DeadlinePassed
                    elif watch.should_stop and now >= watch.first_poll and watch.should_stop():
                        watch.fired = StopRequested
                    if watch.fired is not None:
                        _set_async_exc(
                            ctypes.c_ulong(watch.thread_id), ctypes.py_object(_Interrupted)
                        )
                waiting = [w for w in waiting if w.fired is None]
                timeout = min((w.deadline for w in waiting), default=now + 3600) - now
                if any(w.should_stop is not None for w in waiting):
                    timeout = min(timeout, STOP_POLL_S)
            self._wake.acquire(timeout=max(timeout, 0.001))


_watchdog = _Watchdog()
_in_call = threading.local()


def call_with_time_limit(
    function: Callable[[], T], seconds: float, should_stop: Callable[[], bool] | None = None
) -> T:
    """``function()``, interrupted after ``seconds`` (DeadlinePassed) or soon after
    ``should_stop()`` turns true (StopRequested). Within an outer call, the outer limit holds.

    Everything that can meet the interruption is in this one frame on purpose: it may arrive
    anywhere between ``add`` and ``release``, and a context manager's ``__exit__`` would let it
    escape between the block and the cleanup.
    """
    if getattr(_in_call, "active", False):
        return function()
    now = time.monotonic()
    watch = _Watch(threading.get_ident(), now + seconds, should_stop, now + STOP_POLL_S)
    _in_call.active = True
    try:
        try:
            _watchdog.add(watch)
            return function()
        finally:
            _watchdog.release(watch)
            _in_call.active = False
    except _Interrupted:
        _watchdog.release(watch)  # it fires once per watch: nothing more can come now
        _in_call.active = False
        if watch.fired is StopRequested:
            raise StopRequested() from None
        raise DeadlinePassed(seconds) from None
