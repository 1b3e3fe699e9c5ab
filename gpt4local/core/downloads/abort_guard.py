"""Stopping a transfer from another thread, even while it is blocked reading a stalled socket.

Setting a cancel event is enough between chunks, but a thread blocked in ``recv()`` on a server
that stopped sending would only notice after the read timeout (a minute). Closing the response
does not wake it either; shutting the socket down does. The guard holds the response being read
so that ``abort()`` can reach its socket, and takes turns with the worker under one lock, so an
abort that lands between "headers arrived" and "response registered" is never lost.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator
from typing import Any


class DownloadCancelled(Exception):
    """The transfer was asked to stop; the part is kept (pause). Not an error."""


class AbortGuard:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._aborted = False
        self._cancel: threading.Event | None = None
        self._response: Any = None

    def bind(self, cancel: threading.Event) -> None:
        """Attach the worker's cancel event; an abort that came earlier sets it now."""
        with self._lock:
            self._cancel = cancel
            if self._aborted:
                cancel.set()

    def abort(self) -> None:
        """From any thread: set the cancel event and break a read in progress."""
        with self._lock:
            self._aborted = True
            if self._cancel is not None:
                self._cancel.set()
            response = self._response
        if response is not None:
            with contextlib.suppress(Exception):
                stream = response.extensions.get("network_stream")
                sock = stream.get_extra_info("socket") if stream is not None else None
                if sock is not None:
                    sock.shutdown(socket.SHUT_RDWR)

    @contextlib.contextmanager
    def reading(self, response: Any) -> Iterator[None]:
        """While the body of ``response`` is read, abort() may break the connection under it.

        Raises DownloadCancelled at once if an abort came first. Afterwards the response is
        forgotten: its connection may go back to the pool, where it must never be shut down.
        """
        with self._lock:
            if self._aborted or (self._cancel is not None and self._cancel.is_set()):
                raise DownloadCancelled
            self._response = response
        try:
            yield
        finally:
            with self._lock:
                self._response = None
