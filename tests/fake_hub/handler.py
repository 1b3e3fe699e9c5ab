"""The request handler both fake servers share: plumbing, routing, authentication and access.

What each endpoint answers lives in mixins: the ``/api/models`` JSON API in api.py, file content
(``resolve`` and the CDN) in files.py.
"""

from __future__ import annotations

import json
from http.server import BaseHTTPRequestHandler
from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import parse_qs, unquote, urlsplit

from tests.fake_hub.api import _ModelApi
from tests.fake_hub.faults import _Abort
from tests.fake_hub.files import _FileContent
from tests.fake_hub.repos import _Repo

if TYPE_CHECKING:
    from tests.fake_hub.server import FakeHub, _Server


class RecordedRequest(NamedTuple):
    """One request received by the Hub or its CDN (the CDN's paths start with ``/cdn/``)."""

    method: str
    path: str  # percent-decoded, without the query string
    query: dict[str, list[str]]  # as parse_qs gives it: every value is a list
    headers: dict[str, str]  # header names lower-cased


class _Handler(_ModelApi, _FileContent, BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, like the real Hub; every response has a length
    timeout = 60  # an idle keep-alive connection never outlives a minute
    disable_nagle_algorithm = True  # headers and body are separate writes: no 40 ms ACK waits
    server: _Server

    # -- plumbing -------------------------------------------------------------------------------

    @property
    def hub(self) -> FakeHub:
        return self.server.hub

    def setup(self) -> None:
        super().setup()
        self.hub._register_connection(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.hub._unregister_connection(self.connection)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # keep test output clean; the requests are in hub.requests

    def do_GET(self) -> None:
        self._handle("GET")

    def do_HEAD(self) -> None:
        self._handle("HEAD")

    def do_POST(self) -> None:
        self._handle("POST")

    def do_PUT(self) -> None:
        self._handle("PUT")

    def do_DELETE(self) -> None:
        self._handle("DELETE")

    def _handle(self, method: str) -> None:
        try:
            self._route(method)
        except (_Abort, ConnectionError):
            self.close_connection = True
        except OSError:
            self.close_connection = True
            if not self.hub._stopping.is_set():
                raise

    def _send(self, method: str, status: int, headers: dict[str, str], body: bytes = b"") -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if method != "HEAD" and body:
            self.wfile.write(body)

    def _json(self, method: str, data: Any, headers: dict[str, str] | None = None) -> None:
        if self.hub.mangle_api is not None and urlsplit(self.path).path.startswith("/api/models"):
            data = self.hub.mangle_api(data)
        body = data if isinstance(data, bytes) else json.dumps(data).encode()
        self._send(
            method,
            200,
            {"Content-Type": "application/json; charset=utf-8", **(headers or {})},
            body,
        )

    def _error(
        self,
        method: str,
        status: int,
        message: str,
        code: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        all_headers = {
            "Content-Type": "application/json; charset=utf-8",
            "X-Error-Message": message,
        }
        if code is not None:
            all_headers["X-Error-Code"] = code
        all_headers.update(headers or {})
        self._send(method, status, all_headers, json.dumps({"error": message}).encode())

    # -- routing --------------------------------------------------------------------------------

    def _route(self, method: str) -> None:
        split = urlsplit(self.path)
        query = parse_qs(split.query, keep_blank_values=True)
        headers = {name.lower(): value for name, value in self.headers.items()}
        with self.hub._lock:
            self.hub.requests.append(RecordedRequest(method, unquote(split.path), query, headers))
            self.hub._lock.notify_all()
        if method in ("POST", "PUT"):
            self.close_connection = True  # we do not read request bodies
        segments = [unquote(part) for part in split.path.split("/")[1:]]

        if self.server.role == "cdn":
            if method in ("GET", "HEAD") and len(segments) == 2 and segments[0] == "cdn":
                self._cdn(method, segments[1], query)
            else:
                self._send(method, 404, {"Content-Type": "text/plain"}, b"Not Found")
            return

        auth = self._auth_state()
        if auth == "invalid" and self.hub.reject_invalid_tokens:
            self._error(method, 401, "Invalid credentials in Authorization header")
            return
        if method not in ("GET", "HEAD"):
            self._error(method, 405, "Method not allowed by the fake Hub")
            return
        if segments[:2] == ["api", "models"]:
            if len(segments) == 2 or segments[2:] == [""]:
                self._list_models(method, query, auth)
            else:
                self._model_api(method, segments[2:], query, auth)
        elif len(segments) >= 4 and segments[1] == "resolve":
            self._resolve(method, segments[0], segments[2], "/".join(segments[3:]), auth)
        elif len(segments) >= 5 and segments[2] == "resolve":
            repo_id = f"{segments[0]}/{segments[1]}"
            self._resolve(method, repo_id, segments[3], "/".join(segments[4:]), auth)
        else:
            self._error(method, 404, "Sorry, we can't find the page you are looking for.")

    def _auth_state(self) -> str:
        """'none', 'valid' (hub.token), 'unapproved' (hub.unapproved_token) or 'invalid'."""
        value = self.headers.get("Authorization")
        if value is None:
            return "none"
        scheme, _, credential = value.partition(" ")
        credential = credential.strip()
        if scheme.lower() == "bearer" and credential == self.hub.token:
            return "valid"
        if scheme.lower() == "bearer" and credential == self.hub.unapproved_token:
            return "unapproved"
        return "invalid" if self.hub.reject_invalid_tokens else "none"

    def _repo_or_error(
        self, method: str, repo_id: str, auth: str, *, content: bool
    ) -> _Repo | None:
        """The repo if the caller may see it (content=True: read its files); else an error reply."""
        repo = self.hub._repos.get(repo_id)
        if repo is None or (repo.private and auth != "valid"):
            # The real Hub answers 401 to anonymous callers (it won't tell private from missing).
            status = 404 if auth in ("valid", "unapproved") else 401
            self._error(method, status, "Repository not found", "RepoNotFound")
            return None
        if repo.gated and (content or self.hub.gate_metadata) and auth != "valid":
            if auth == "none":
                message = (
                    f"Access to model {repo_id} is restricted. You must have access to it and be"
                    " authenticated to access it. Please log in."
                )
                self._error(method, 401, message, "GatedRepo")
            else:
                message = (
                    f"Access to model {repo_id} is restricted and you are not in the authorized"
                    f" list. Visit {self.hub.url}/{repo_id} to ask for access."
                )
                self._error(method, 403, message, "GatedRepo")
            return None
        return repo

    def _revision_ok(self, method: str, repo: _Repo, revision: str) -> bool:
        if revision in ("main", repo.commit):
            return True
        self._error(method, 404, f"Invalid rev id: {revision}", "RevisionNotFound")
        return False
