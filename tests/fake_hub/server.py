"""The fake Hub itself: two threaded HTTP servers (Hub and CDN), their content and the fixture."""

from __future__ import annotations

import contextlib
import hashlib
import re
import socket
import socketserver
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import pytest

from tests.fake_hub.faults import _Abort, _Fault, _FaultInjection
from tests.fake_hub.handler import RecordedRequest, _Handler
from tests.fake_hub.repos import _File, _parse_date, _Repo

DEFAULT_TOKEN = "hf_FakeHubValidToken0123456789abcdefgh"
UNAPPROVED_TOKEN = "hf_FakeHubUnapprovedToken0123456789abc"
_HEX40_RE = re.compile(r"^[0-9a-f]{40}$")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # FakeHub joins the handler threads itself, with a timeout

    def __init__(self, hub: FakeHub, role: str) -> None:
        self.hub = hub
        self.role = role
        super().__init__(("127.0.0.1", 0), _Handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind would call socket.getfqdn(), a reverse DNS lookup.
        socketserver.TCPServer.server_bind(self)
        self.server_name = "127.0.0.1"
        self.server_port = self.server_address[1]

    def process_request(self, request: Any, client_address: Any) -> None:
        thread = threading.Thread(
            target=self.process_request_thread,
            args=(request, client_address),
            name=f"fake-hub-{self.role}-conn",
            daemon=self.daemon_threads,
        )
        self.hub._track_thread(thread)
        thread.start()

    def handle_error(self, request: Any, client_address: Any) -> None:
        error = sys.exc_info()[1]
        if isinstance(error, (ConnectionError, _Abort)) or (
            isinstance(error, OSError) and self.hub._stopping.is_set()
        ):
            return
        self.hub.errors.append(traceback.format_exc())


class FakeHub(_FaultInjection):
    """A fake huggingface.co (``url``) and its LFS CDN (``cdn_url``): two threaded HTTP servers.

    Public attributes (all may be changed while serving; file bodies re-read them per chunk):

    - ``url`` / ``cdn_url``: "http://127.0.0.1:PORT" of the Hub / of the CDN it redirects LFS to.
    - ``token``: opens gated and private repos. ``unapproved_token``: valid, but gated repos
      answer it 403 GatedRepo. Any other bearer token: 401 "Invalid credentials..." everywhere.
    - ``requests``: every RecordedRequest, Hub and CDN, in arrival order (``.clear()`` is fine).
    - ``ignore_range``: answer 200 and the whole file even when a Range is asked for.
    - ``throttle``: cap file bodies at this many bytes per second (None: no cap).
    - ``redirect_lfs``: LFS files answer 302 to the CDN (True) or are served by resolve itself.
    - ``reject_invalid_tokens``: unknown tokens get 401 (True) or count as no token (False).
    - ``gate_metadata``: gated repos also hide model_info/tree/auth-check without the token
      (the real Hub does not; default False).
    - ``page_size``: entries per page of /api/models and tree listings (Link header paging).
    - ``mangle_api``: if set, every ``/api/models`` JSON answer passes through it first (a
      mirror or a future Hub that answers in an unexpected shape); bytes it returns are sent
      as they are.
    - ``bytes_served``: body bytes written so far, by repo file path.
    - ``errors``: tracebacks of unexpected server-side exceptions (the fixture fails on any).
    """

    def __init__(self) -> None:
        self.token: str = DEFAULT_TOKEN
        self.unapproved_token: str = UNAPPROVED_TOKEN
        self.requests: list[RecordedRequest] = []
        self.errors: list[str] = []  # tracebacks of unexpected server-side exceptions
        self.ignore_range: bool = False
        self.throttle: float | None = None
        self.redirect_lfs: bool = True
        self.reject_invalid_tokens: bool = True
        self.gate_metadata: bool = False
        self.page_size: int = 1000
        self.mangle_api: Callable[[Any], Any] | None = None
        self.bytes_served: dict[str, int] = {}
        self._repos: dict[str, _Repo] = {}
        self._faults: list[tuple[str, _Fault]] = []
        self._lock = threading.Condition()  # re-entrant; notified on every change
        self._stopping = threading.Event()
        self._flowing = threading.Event()
        self._flowing.set()
        self._held = 0
        self._connections: set[socket.socket] = set()
        self._handler_threads: list[threading.Thread] = []
        self._serve_threads: list[threading.Thread] = []
        self._servers = [_Server(self, "hub"), _Server(self, "cdn")]
        self.url = f"http://127.0.0.1:{self._servers[0].server_port}"
        self.cdn_url = f"http://127.0.0.1:{self._servers[1].server_port}"
        self._closed = False

    # -- lifecycle ------------------------------------------------------------------------------

    def start(self) -> FakeHub:
        """Start serving (both the Hub and the CDN) in background threads."""
        for server in self._servers:
            thread = threading.Thread(
                target=server.serve_forever,
                kwargs={"poll_interval": 0.02},
                name=f"fake-hub-{server.role}",
                daemon=True,
            )
            thread.start()
            self._serve_threads.append(thread)
        return self

    def close(self, timeout: float = 5.0) -> None:
        """Stop both servers, cut open connections (even mid-transfer) and join every thread."""
        if self._closed:
            return
        self._closed = True
        self._stopping.set()
        self._flowing.set()
        if self._serve_threads:
            for server in self._servers:
                server.shutdown()
        for server in self._servers:
            server.server_close()
        with self._lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
        deadline = time.monotonic() + timeout
        for thread in self._serve_threads + self._handler_threads:
            thread.join(max(0.0, deadline - time.monotonic()))
            if thread.is_alive():
                self.errors.append(f"thread {thread.name} still alive after close()")

    def __enter__(self) -> FakeHub:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- content --------------------------------------------------------------------------------

    def add_repo(
        self,
        repo_id: str,
        files: dict[str, bytes | Path],
        *,
        gated: bool | str = False,
        private: bool = False,
        downloads: int = 0,
        likes: int = 0,
        trending_score: int = 0,
        last_modified: str = "2026-01-01T00:00:00.000Z",
        created_at: str | None = None,
        tags: list[str] | None = None,
        commit: str | None = None,
    ) -> None:
        """Add or replace a model repo (gated=True means "auto"; a *.gguf file implies tag gguf)."""
        if commit is None:
            commit = hashlib.sha1(f"commit {repo_id}".encode()).hexdigest()
        if not _HEX40_RE.match(commit):
            raise ValueError(f"commit must be 40 lower-case hex digits, got {commit!r}")
        _parse_date(last_modified)
        all_tags = list(tags or [])
        if any(p.lower().endswith(".gguf") for p in files) and "gguf" not in all_tags:
            all_tags.append("gguf")
        self._repos[repo_id] = _Repo(
            repo_id=repo_id,
            files={path: _File(path, source) for path, source in files.items()},
            gated="auto" if gated is True else gated,
            private=private,
            downloads=downloads,
            likes=likes,
            trending_score=trending_score,
            last_modified=last_modified,
            created_at=created_at or last_modified,
            tags=all_tags,
            commit=commit,
            object_id=hashlib.sha1(f"id {repo_id}".encode()).hexdigest()[:24],
        )

    def file_url(self, repo_id: str, filename: str, revision: str = "main") -> str:
        """The resolve URL of a file, as hf_hub_url(..., endpoint=hub.url) builds it."""
        return f"{self.url}/{repo_id}/resolve/{quote(revision, safe='')}/{quote(filename)}"

    # -- observing ------------------------------------------------------------------------------

    def wait_until(self, condition: Callable[[], bool], timeout: float = 5.0) -> None:
        """Wait until ``condition`` holds (re-checked whenever the server's state changes);
        AssertionError after ``timeout`` seconds."""
        with self._lock:
            if not self._lock.wait_for(condition, timeout):
                raise AssertionError(f"condition not met within {timeout} s")

    def file_requests(self, filename: str, method: str | None = None) -> list[RecordedRequest]:
        """Recorded requests for one repo file (its resolve URL or its CDN URL)."""
        found = []
        for request in self.requests:
            on_cdn = request.query.get("file", [None])[-1] == filename
            on_hub = "/resolve/" in request.path and request.path.endswith(f"/{filename}")
            if (on_cdn or on_hub) and (method is None or request.method == method):
                found.append(request)
        return found

    # -- internals used by the handler ----------------------------------------------------------

    def _cdn_location(self, repo: _Repo, file: _File) -> str:
        name = quote(Path(file.path).name)
        params = {
            "repo": repo.repo_id,
            "file": file.path,
            "response-content-disposition": (
                f"attachment; filename*=UTF-8''{name}; filename=\"{name}\";"
            ),
            "Expires": str(int(time.time()) + 3600),
            "Signature": "fake",
        }
        return f"{self.cdn_url}/cdn/{file.sha256}?{urlencode(params)}"

    def _track_thread(self, thread: threading.Thread) -> None:
        with self._lock:
            self._handler_threads = [t for t in self._handler_threads if t.is_alive()]
            self._handler_threads.append(thread)

    def _register_connection(self, connection: socket.socket) -> None:
        with self._lock:
            self._connections.add(connection)
            stopping = self._stopping.is_set()
        if stopping:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)

    def _unregister_connection(self, connection: socket.socket) -> None:
        with self._lock:
            self._connections.discard(connection)

    def _count_served(self, filename: str, nbytes: int) -> None:
        with self._lock:
            self.bytes_served[filename] = self.bytes_served.get(filename, 0) + nbytes
            self._lock.notify_all()


@pytest.fixture
def fake_hub(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeHub]:
    """A running FakeHub; huggingface_hub is made hermetic (no implicit token, not offline)."""
    from huggingface_hub import constants
    from huggingface_hub.utils import close_session

    # A developer's saved token or HF_HUB_OFFLINE must not change what the tests see.
    monkeypatch.setattr(constants, "HF_HUB_DISABLE_IMPLICIT_TOKEN", True)
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False)
    hub = FakeHub().start()
    try:
        yield hub
    finally:
        close_session()  # the shared httpx2 client keeps connections to this hub alive otherwise
        hub.close()
    if hub.errors:
        pytest.fail("fake Hub server errors:\n" + "\n".join(hub.errors))
