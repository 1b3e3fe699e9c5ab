"""Run a short blocking call (a folder scan, a settings save) off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    """Carries the result back: created on the GUI thread, so its signals are delivered there."""

    succeeded = Signal(object)
    failed = Signal(object)


# Relays waiting for their result. They have no Qt parent on purpose: the window that asked may
# close while the work still runs, and the result must then be dropped quietly, not crash.
_in_flight: set[_Relay] = set()


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # handed to the GUI thread, which decides what to show
            self._relay.failed.emit(error)
        else:
            self._relay.succeeded.emit(result)


def run_in_background(
    work: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    owner: QObject,
    pool: QThreadPool | None = None,
) -> None:
    """Call ``work`` on ``pool`` (the global thread pool by default); a callback runs on the GUI
    thread if ``owner`` still exists by then. A pool of one thread runs jobs in order."""
    relay = _Relay()
    _in_flight.add(relay)

    def deliver(callback: Callable[[Any], None], value: Any) -> None:
        _in_flight.discard(relay)
        relay.deleteLater()
        if shiboken6.isValid(owner):
            callback(value)

    relay.succeeded.connect(lambda value: deliver(on_success, value))
    relay.failed.connect(lambda error: deliver(on_error, error))
    (pool or QThreadPool.globalInstance()).start(_Task(work, relay))


def serial_pool(name: str) -> QThreadPool:
    """A pool with one thread: jobs run one after another, in the order they were given."""
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    pool.setExpiryTimeout(-1)  # keep the one thread: its jobs may share a thread-bound resource
    pool.setObjectName(name)
    return pool
