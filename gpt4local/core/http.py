"""HTTP for everything that leaves the machine: one client, huggingface-hub's.

``huggingface_hub.get_session()`` is an ``httpx2`` client that follows redirects, honours proxy
settings (``HTTPS_PROXY``/``NO_PROXY`` and the OS's proxy configuration through urllib), and
refuses to connect when ``HF_HUB_OFFLINE`` is set. Sharing it keeps the app's traffic under the
user's Hub configuration. This module turns its failures into one-line messages.
"""

from __future__ import annotations

from typing import Any

from gpt4local.core.errors import UserFacingError


class NetworkError(UserFacingError):
    """The server could not be reached or the connection broke; trying again may help."""


class OfflineError(UserFacingError):
    """The user switched network access off (HF_HUB_OFFLINE)."""


def session() -> Any:
    from huggingface_hub import get_session

    return get_session()


def transport_errors() -> tuple[type[BaseException], ...]:
    """Exceptions that mean "the connection failed", worth a retry."""
    import httpx2

    return (httpx2.TransportError,)


def describe_failure(error: BaseException, url: str) -> UserFacingError:
    """A one-line, user-facing version of an exception raised while talking to ``url``."""
    import httpx2
    from huggingface_hub.errors import OfflineModeIsEnabled

    host = httpx2.URL(url).host or url
    if isinstance(error, OfflineModeIsEnabled):
        return OfflineError(
            "Network access is switched off (HF_HUB_OFFLINE is set); unset it to download."
        )
    if isinstance(error, httpx2.TimeoutException):
        return NetworkError(f"{host} did not answer in time.")
    if isinstance(error, httpx2.ConnectError):
        return NetworkError(f"Cannot connect to {host}: check the internet connection or proxy.")
    if isinstance(error, httpx2.TransportError):
        return NetworkError(f"The connection to {host} broke: {error or type(error).__name__}.")
    if isinstance(error, httpx2.HTTPStatusError):
        return NetworkError(f"{host} answered {error.response.status_code} for {url}.")
    return NetworkError(f"Talking to {host} failed: {error}")


def fetch_small(url: str, timeout: float, limit: int) -> bytes:
    """GET a small document (at most ``limit`` bytes); raises UserFacingError on any failure."""
    import httpx2
    from huggingface_hub.errors import OfflineModeIsEnabled

    if not url.startswith(("https://", "http://")):
        raise UserFacingError(f"Not a web address: {url!r}")
    try:
        with session().stream("GET", url, timeout=timeout) as response:
            response.raise_for_status()
            data = bytearray()
            for chunk in response.iter_bytes():
                data += chunk
                if len(data) > limit:
                    raise UserFacingError(f"{url} sent more than {limit:,} bytes; ignored.")
            return bytes(data)
    except (httpx2.HTTPError, OfflineModeIsEnabled) as error:
        raise describe_failure(error, url) from None
