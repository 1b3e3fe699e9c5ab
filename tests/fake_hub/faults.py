"""Fault injection: make the fake Hub misbehave the way a real network sometimes does.

``fail_next`` answers an HTTP error, ``drop_after`` cuts a body short, ``corrupt`` flips a byte,
``redirect_next`` sends the client elsewhere (``ftp://``, ``file://``...), ``drip`` sends a whole
answer, headers included, one byte at a time, and ``pause_transfers`` holds every body
mid-flight; ``ignore_range`` and ``throttle`` are plain attributes of FakeHub, read by the
file-serving code (tests/fake_hub/files.py).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass


class _Abort(Exception):
    """Raised inside a handler to drop its connection (the hub is shutting down)."""


@dataclass
class _Fault:
    kind: str  # "fail" | "drop" | "corrupt" | "redirect" | "drip"
    remaining: int
    status: int = 0
    retry_after: float | None = None
    methods: tuple[str, ...] = ("GET",)
    nbytes: int = 0
    offset: int = 0
    location: str = ""
    interval: float = 0.0


class _FaultInjection:
    """FakeHub's fault controls (a mixin: FakeHub.__init__ creates the state declared here)."""

    _lock: threading.Condition  # re-entrant; notified on every change
    _stopping: threading.Event
    _flowing: threading.Event  # cleared while transfers are paused
    _held: int  # file bodies waiting at the pause
    _faults: list[tuple[str, _Fault]]

    def fail_next(
        self,
        filename: str,
        status: int,
        times: int = 1,
        retry_after: float | None = None,
        methods: tuple[str, ...] = ("GET",),
    ) -> None:
        """The next ``times`` resolve/CDN requests (``methods``) for the file answer ``status``."""
        self._add_fault(
            filename,
            _Fault("fail", times, status=status, retry_after=retry_after, methods=methods),
        )

    def drop_after(self, filename: str, nbytes: int, times: int = 1) -> None:
        """The next ``times`` bodies of the file stop after ``nbytes``; the connection closes."""
        self._add_fault(filename, _Fault("drop", times, nbytes=nbytes))

    def corrupt(self, filename: str, offset: int = 0, times: int = 1) -> None:
        """The next ``times`` bodies holding byte ``offset`` of the file have that byte inverted."""
        self._add_fault(filename, _Fault("corrupt", times, offset=offset))

    def redirect_next(self, filename: str, location: str, times: int = 1) -> None:
        """The next ``times`` GETs of the file (resolve or CDN) answer 302 to ``location``."""
        self._add_fault(filename, _Fault("redirect", times, location=location))

    def drip(self, filename: str, interval: float, times: int = 1) -> None:
        """The next ``times`` GETs of the file send their answer, status line and headers
        included, one byte every ``interval`` seconds: every single read is quick, the whole
        answer takes minutes."""
        self._add_fault(filename, _Fault("drip", times, interval=interval))

    def pause_transfers(self) -> None:
        """Hold every file body before its next chunk (headers already sent) until resumed."""
        self._flowing.clear()

    def resume_transfers(self) -> None:
        """Let paused file bodies continue."""
        self._flowing.set()

    @property
    def held_transfers(self) -> int:
        """How many file bodies are waiting at the pause right now."""
        with self._lock:
            return self._held

    # -- used by the handler --------------------------------------------------------------------

    def _add_fault(self, filename: str, fault: _Fault) -> None:
        if fault.remaining > 0:
            with self._lock:
                self._faults.append((filename, fault))

    def _take_fault(
        self, kind: str, filename: str, applies: Callable[[_Fault], bool]
    ) -> _Fault | None:
        with self._lock:
            for index, (name, fault) in enumerate(self._faults):
                if name == filename and fault.kind == kind and applies(fault):
                    fault.remaining -= 1
                    if fault.remaining <= 0:
                        del self._faults[index]
                    return fault
        return None

    def _wait_while_paused(self) -> None:
        if not self._flowing.is_set():
            with self._lock:
                self._held += 1
                self._lock.notify_all()
            try:
                while not self._flowing.wait(0.05):
                    if self._stopping.is_set():
                        raise _Abort
            finally:
                with self._lock:
                    self._held -= 1
                    self._lock.notify_all()
        if self._stopping.is_set():
            raise _Abort
