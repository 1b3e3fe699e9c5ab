"""HTTP for everything that leaves the machine: one client, huggingface-hub's.

``huggingface_hub.get_session()`` is an ``httpx2`` client that follows redirects, honours proxy
settings (``HTTPS_PROXY``/``NO_PROXY`` and the OS's proxy configuration through urllib), and
refuses to connect when ``HF_HUB_OFFLINE`` is set. Sharing it keeps the app's traffic under the
user's Hub configuration. This module turns its failures into one-line messages.

Importing it first sets huggingface-hub's environment (see hub_environment.py), so every module
that reaches the network through here gets the library configured before it is imported.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from typing import Any

from gpt4local.core.errors import UserFacingError, Wording
from gpt4local.core.hub import environment as hub_environment

hub_environment.configure()

OFFLINE = Wording("net.offline",
                  "Network access is switched off (HF_HUB_OFFLINE is set); unset it to download.")
REDIRECTED_AWAY = Wording("net.redirected_away", "The server redirected to {target}: only http:// "
                          "and https:// addresses are followed.")
NO_ANSWER_IN_TIME = Wording("net.timeout", "{host} did not answer in time.")
CANNOT_CONNECT = Wording("net.cannot_connect",
                         "Cannot connect to {host}: check the internet connection or proxy.")
CONNECTION_BROKE = Wording("net.connection_broke", "The connection to {host} broke: {detail}.")
SERVER_ANSWERED = Wording("net.status", "{host} answered {status} for {url}.")
TALKING_FAILED = Wording("net.failed", "Talking to {host} failed: {detail}")
NOT_WEB_ADDRESS = Wording("net.not_web_address", "Not a web address: {url}")
TOO_LARGE = Wording("net.too_large", "{url} sent more than {limit} bytes; ignored.")
TOO_SLOW = Wording("net.too_slow", "{host} did not send {url} within {seconds} s.")


class NetworkError(UserFacingError):
    """The server could not be reached or the connection broke; trying again may help."""


class OfflineError(UserFacingError):
    """The user switched network access off (HF_HUB_OFFLINE)."""


class NotWebAddressError(UserFacingError):
    """A URL, or a redirect, to something other than http(s): retrying cannot help."""


def session() -> Any:
    from huggingface_hub import get_session

    return get_session()


def retryable_errors() -> tuple[type[BaseException], ...]:
    """Exceptions that mean "the connection failed", worth a retry."""
    import httpx2

    return (httpx2.TransportError,)


def not_web_address(error: BaseException) -> NotWebAddressError | None:
    """The error to raise when ``error`` means a redirect led away from http(s), else None.

    httpx raises UnsupportedProtocol (a TransportError, so "the connection broke" to a naive
    retry loop) when a server redirects to ``file://`` or ``ftp://``; no retry can change that.
    """
    import httpx2

    if not isinstance(error, httpx2.UnsupportedProtocol):
        return None
    try:
        target = str(error.request.url)
    except RuntimeError:  # no request attached
        target = "an address that is not a web address"
    return NotWebAddressError(REDIRECTED_AWAY(target=target))


def describe_failure(error: BaseException, url: str) -> UserFacingError:
    """A one-line, user-facing version of an exception raised while talking to ``url``."""
    import httpx2
    from huggingface_hub.errors import OfflineModeIsEnabled

    host = httpx2.URL(url).host or url
    if isinstance(error, OfflineModeIsEnabled):
        return OfflineError(OFFLINE())
    if (redirect := not_web_address(error)) is not None:
        return redirect
    if isinstance(error, httpx2.TimeoutException):
        return NetworkError(NO_ANSWER_IN_TIME(host=host))
    if isinstance(error, httpx2.ConnectError):
        return NetworkError(CANNOT_CONNECT(host=host))
    if isinstance(error, httpx2.TransportError):
        return NetworkError(CONNECTION_BROKE(host=host, detail=str(error) or type(error).__name__))
    if isinstance(error, httpx2.HTTPStatusError):
        return NetworkError(SERVER_ANSWERED(host=host, status=str(error.response.status_code),
                                           url=url))
    return NetworkError(TALKING_FAILED(host=host, detail=error))


class _Deadline:
    """Breaks one request's connection when its time is up, whatever it is waiting for.

    httpx's timeouts count per operation: a server that sends a byte every second never times
    out. A timer that shuts the socket down wakes a blocked read at once; the socket is known
    from the moment it connects (the ``trace`` extension) or, on a pooled connection, from the
    response.
    """

    def __init__(self, seconds: float) -> None:
        self._lock = threading.Lock()
        self._stream: Any = None
        self.expired = False
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._timer.cancel()

    def trace(self, event: str, info: dict[str, Any]) -> None:
        if event in ("connection.connect_tcp.complete", "connection.start_tls.complete"):
            self.watch(info.get("return_value"))

    def watch(self, stream: Any) -> None:
        with self._lock:
            self._stream = stream
            expired = self.expired
        if expired:
            _shut(stream)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            stream = self._stream
        _shut(stream)


def _shut(stream: Any) -> None:
    with contextlib.suppress(Exception):
        sock = stream.get_extra_info("socket") if stream is not None else None
        if sock is not None:
            sock.shutdown(socket.SHUT_RDWR)


def fetch_small(url: str, timeout: float, limit: int) -> bytes:
    """GET a small document (at most ``limit`` bytes) within ``timeout`` seconds in all.

    Raises UserFacingError on any failure, a slow server included.
    """
    import httpx2
    from huggingface_hub.errors import OfflineModeIsEnabled

    if not url.startswith(("https://", "http://")):
        raise NotWebAddressError(NOT_WEB_ADDRESS(url=repr(url)))
    started = time.monotonic()
    with _Deadline(timeout) as deadline:
        try:
            request = session().build_request(
                "GET", url, timeout=timeout, extensions={"trace": deadline.trace}
            )
            response = session().send(request, stream=True)
            try:
                deadline.watch(response.extensions.get("network_stream"))
                response.raise_for_status()
                data = bytearray()
                for chunk in response.iter_bytes():
                    data += chunk
                    if len(data) > limit:
                        raise UserFacingError(TOO_LARGE(url=url, limit=limit))
                    if time.monotonic() - started > timeout:
                        break  # the timer is about to cut it: say so the same way
                else:
                    return bytes(data)
            finally:
                response.close()
        except (httpx2.HTTPError, OfflineModeIsEnabled) as error:
            if not deadline.expired:
                raise describe_failure(error, url) from None
    host = httpx2.URL(url).host or url
    raise NetworkError(TOO_SLOW(host=host, url=url, seconds=float(timeout)))
