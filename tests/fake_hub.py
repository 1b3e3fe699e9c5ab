"""A fake Hugging Face Hub on 127.0.0.1, for tests that must never reach huggingface.co.

It answers the endpoints huggingface_hub 2.4 uses to search, inspect and download models
(``/api/models``, ``/api/models/{id}[/revision/{rev}]``, ``/api/models/{id}/tree/{rev}[/{path}]``,
``/api/models/{id}/auth-check``, ``HEAD``/``GET /{id}/resolve/{rev}/{file}``) with the same status
codes, ``X-Error-Code`` headers and JSON shapes as the real Hub, so ``HfApi(endpoint=hub.url)``,
``hf_hub_url(..., endpoint=hub.url)``, ``get_hf_file_metadata`` and ``hf_hub_download`` work
against it.

Like the real Hub, LFS files (``*.gguf`` and friends) are not served by the Hub itself: ``resolve``
answers ``302`` to a separate "CDN" origin (``hub.cdn_url``, another port), carrying the file's
sha256/size in ``X-Linked-Etag``/``X-Linked-Size``. Because the CDN is another origin,
huggingface_hub stops its metadata ``HEAD`` at the 302 and httpx drops the ``Authorization``
header when it follows the redirect -- exactly as with huggingface.co and its CDN.

Gated repos behave like the real Hub: their metadata (``model_info``, tree, ``list_models``) is
public; file content needs ``Authorization: Bearer <hub.token>``. Without a token: 401 +
``X-Error-Code: GatedRepo``; with a valid token that was not granted access
(``hub.unapproved_token``): 403 + ``GatedRepo``. Any other token: 401 "Invalid credentials in
Authorization header" on every Hub endpoint, even for public repos (as the real Hub does).

Fault injection (``fail_next``, ``drop_after``, ``corrupt``, ``ignore_range``, ``throttle``,
``pause_transfers``) lets download code be tested against a misbehaving network.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import re
import socket
import socketserver
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import IO, Any, NamedTuple
from urllib.parse import parse_qs, quote, unquote, urlencode, urlsplit

import pytest

DEFAULT_TOKEN = "hf_FakeHubValidToken0123456789abcdefgh"
UNAPPROVED_TOKEN = "hf_FakeHubUnapprovedToken0123456789abc"

# Suffixes stored with Git LFS by the Hub's default .gitattributes (plus .gguf, which is always LFS
# in practice). Any file of 10 MiB or more is LFS too, as the Hub's upload path decides.
LFS_SUFFIXES = frozenset(
    {
        ".7z", ".arrow", ".bin", ".bz2", ".ckpt", ".ftz", ".gguf", ".gz", ".h5", ".joblib",
        ".mlmodel", ".model", ".msgpack", ".npy", ".npz", ".onnx", ".ot", ".parquet", ".pb",
        ".pickle", ".pkl", ".pt", ".pth", ".rar", ".safetensors", ".tar", ".tflite", ".tgz",
        ".wasm", ".xz", ".zip", ".zst",
    }
)  # fmt: skip
LFS_SIZE_THRESHOLD = 10 * 1024 * 1024

_CHUNK = 64 * 1024  # body write size when not throttled
_TICK = 0.02  # seconds of transfer per chunk when throttled
_RANGE_RE = re.compile(r"^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$", re.IGNORECASE)
_HEX40_RE = re.compile(r"^[0-9a-f]{40}$")
_SORT_KEYS = {
    "downloads": "downloads",
    "likes": "likes",
    "lastModified": "last_modified",
    "last_modified": "last_modified",
    "createdAt": "created_at",
    "created_at": "created_at",
    "trendingScore": "trending_score",
    "trending_score": "trending_score",
    "trending": "trending_score",
    "id": "repo_id",
}
_STATUS_MESSAGES = {
    408: "Request Timeout",
    429: "Too Many Requests",
    500: "Internal Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}


class RecordedRequest(NamedTuple):
    """One request received by the Hub or its CDN (the CDN's paths start with ``/cdn/``)."""

    method: str
    path: str  # percent-decoded, without the query string
    query: dict[str, list[str]]  # as parse_qs gives it: every value is a list
    headers: dict[str, str]  # header names lower-cased


class _Abort(Exception):
    """Raised inside a handler to drop its connection (the hub is shutting down)."""


def _git_blob_sha1(chunks: Iterator[bytes], size: int) -> str:
    """Git's object id of a blob: sha1 over ``blob <size>\\0`` and the content."""
    sha1 = hashlib.sha1(f"blob {size}\0".encode())
    for chunk in chunks:
        sha1.update(chunk)
    return sha1.hexdigest()


def _parse_date(value: str) -> datetime:
    """Parse the Hub's ISO-8601 dates ("2026-01-01T00:00:00.000Z")."""
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


class _File:
    """One file of a repo; hashes are computed lazily and a Path source is only ever streamed."""

    def __init__(self, path: str, source: bytes | Path) -> None:
        self.path = path
        self.source: bytes | Path = source if isinstance(source, Path) else bytes(source)
        self.size = (
            self.source.stat().st_size if isinstance(self.source, Path) else len(self.source)
        )
        suffix = Path(path).suffix.lower()
        self.lfs = suffix in LFS_SUFFIXES or self.size >= LFS_SIZE_THRESHOLD
        self._lock = threading.Lock()
        self._sha256: str | None = None
        self._blob_id: str | None = None

    def open(self) -> IO[bytes]:
        """A binary reader over the content (a real file handle for Path sources)."""
        if isinstance(self.source, Path):
            return self.source.open("rb")
        return io.BytesIO(self.source)

    def chunks(self) -> Iterator[bytes]:
        """The content in 1 MiB pieces."""
        with self.open() as reader:
            while chunk := reader.read(1024 * 1024):
                yield chunk

    @property
    def sha256(self) -> str:
        """Hex sha256 of the content (what the Hub calls the LFS oid)."""
        with self._lock:
            if self._sha256 is None:
                digest = hashlib.sha256()
                for chunk in self.chunks():
                    digest.update(chunk)
                self._sha256 = digest.hexdigest()
            return self._sha256

    @property
    def pointer(self) -> bytes:
        """The Git LFS pointer file that git stores in place of an LFS file."""
        return (
            "version https://git-lfs.github.com/spec/v1\n"
            f"oid sha256:{self.sha256}\nsize {self.size}\n"
        ).encode()

    @property
    def blob_id(self) -> str:
        """Git oid: of the LFS pointer for LFS files, of the content otherwise."""
        if self.lfs:
            pointer = self.pointer
            return _git_blob_sha1(iter([pointer]), len(pointer))
        with self._lock:
            if self._blob_id is None:
                self._blob_id = _git_blob_sha1(self.chunks(), self.size)
            return self._blob_id

    @property
    def etag(self) -> str:
        """The quoted ETag the Hub sends: sha256 for LFS files, git oid otherwise."""
        return f'"{self.sha256 if self.lfs else self.blob_id}"'


@dataclass
class _Repo:
    repo_id: str
    files: dict[str, _File]
    gated: str | bool
    private: bool
    downloads: int
    likes: int
    trending_score: int
    last_modified: str
    created_at: str
    tags: list[str]
    commit: str
    object_id: str = field(default="")

    def sort_value(self, key: str) -> Any:
        """Value used by /api/models?sort=..."""
        if key in ("last_modified", "created_at"):
            return _parse_date(getattr(self, key))
        return getattr(self, key)


@dataclass
class _Fault:
    kind: str  # "fail" | "drop" | "corrupt"
    remaining: int
    status: int = 0
    retry_after: float | None = None
    methods: tuple[str, ...] = ("GET",)
    nbytes: int = 0
    offset: int = 0


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


class _Handler(BaseHTTPRequestHandler):
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
        body = json.dumps(data).encode()
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

    # -- /api/models ----------------------------------------------------------------------------

    def _list_models(self, method: str, query: dict[str, list[str]], auth: str) -> None:
        hub = self.hub

        def one(name: str) -> str | None:
            values = query.get(name)
            return values[-1] if values else None

        repos = [r for r in hub._repos.values() if not r.private or auth == "valid"]
        if (search := one("search")) is not None:
            repos = [r for r in repos if search.lower() in r.repo_id.lower()]
        if (author := one("author")) is not None:
            repos = [r for r in repos if r.repo_id.split("/")[0].lower() == author.lower()]
        for tag in query.get("filter", []) + query.get("pipeline_tag", []):
            repos = [r for r in repos if tag in r.tags]
        if (gated := one("gated")) is not None:
            want = gated.lower() in ("true", "1")
            repos = [r for r in repos if bool(r.gated) == want]
        if (sort := one("sort")) is not None:
            if sort not in _SORT_KEYS:
                self._error(method, 400, f'Invalid sort parameter "{sort}"')
                return
            descending = one("direction") != "1"
            repos.sort(key=lambda r: r.sort_value(_SORT_KEYS[sort]), reverse=descending)
        try:
            limit_text = one("limit")
            limit = int(limit_text) if limit_text else None
            cursor = int(one("cursor") or 0)
        except ValueError:
            self._error(method, 400, "Invalid limit or cursor")
            return
        if limit is not None:
            repos = repos[:limit]
        full = (one("full") or "").lower() in ("true", "1")
        expand = query.get("expand", []) + query.get("expand[]", [])
        page_size = max(1, min(hub.page_size, limit or hub.page_size))
        page = repos[cursor : cursor + page_size]
        items = [hub._model_json(r, listing=True, full=full, expand=expand) for r in page]
        headers = {}
        if cursor + page_size < len(repos):
            next_query = {k: v for k, v in query.items() if k != "cursor"}
            next_query["cursor"] = [str(cursor + page_size)]
            headers["Link"] = (
                f'<{hub.url}/api/models?{urlencode(next_query, doseq=True)}>; rel="next"'
            )
        self._json(method, items, headers)

    def _model_api(
        self, method: str, rest: list[str], query: dict[str, list[str]], auth: str
    ) -> None:
        hub = self.hub
        subpaths = {"revision", "tree", "auth-check", "resolve", "refs", "commits", "paths-info"}
        if len(rest) >= 2 and ("/".join(rest[:2]) in hub._repos or rest[1] not in subpaths):
            repo_id, tail = "/".join(rest[:2]), rest[2:]
        else:
            repo_id, tail = rest[0], rest[1:]

        if tail == ["auth-check"]:
            if self._repo_or_error(method, repo_id, auth, content=True) is not None:
                self._json(method, {})
            return
        if not (tail == [] or (len(tail) == 2 and tail[0] == "revision") or tail[:1] == ["tree"]):
            self._error(method, 404, "Sorry, we can't find the page you are looking for.")
            return
        repo = self._repo_or_error(method, repo_id, auth, content=False)
        if repo is None:
            return
        if tail[:1] == ["tree"]:
            if len(tail) < 2:
                self._error(method, 404, "Sorry, we can't find the page you are looking for.")
                return
            if self._revision_ok(method, repo, tail[1]):
                self._tree(method, repo, "/".join(tail[2:]).strip("/"), query)
            return
        if tail and not self._revision_ok(method, repo, tail[1]):
            return
        blobs = query.get("blobs", ["false"])[-1].lower() in ("true", "1")
        security = query.get("securityStatus", ["false"])[-1].lower() in ("true", "1")
        expand = query.get("expand", []) + query.get("expand[]", [])
        data = hub._model_json(repo, listing=False, full=True, expand=expand, blobs=blobs)
        if security:
            data["securityRepoStatus"] = {"scansDone": True, "filesWithIssues": []}
        self._json(method, data)

    def _tree(self, method: str, repo: _Repo, base: str, query: dict[str, list[str]]) -> None:
        hub = self.hub
        recursive = query.get("recursive", ["false"])[-1].lower() in ("true", "1")
        expand = query.get("expand", ["false"])[-1].lower() in ("true", "1")
        prefix = f"{base}/" if base else ""
        under = [f for path, f in sorted(repo.files.items()) if path.startswith(prefix)]
        if base and not under:
            self._error(method, 404, f"Entry not found: {base}", "EntryNotFound")
            return
        directories: set[str] = set()
        files: list[_File] = []
        for file in under:
            relative_parts = file.path[len(prefix) :].split("/")
            for depth in range(1, len(relative_parts)):
                directories.add(prefix + "/".join(relative_parts[:depth]))
                if not recursive:
                    break
            if recursive or len(relative_parts) == 1:
                files.append(file)
        last_commit = {"id": repo.commit, "title": "Upload folder", "date": repo.last_modified}
        entries: list[dict[str, Any]] = []
        for directory in sorted(directories):
            entry: dict[str, Any] = {
                "type": "directory",
                "oid": hashlib.sha1(f"tree {repo.commit} {directory}".encode()).hexdigest(),
                "size": 0,
                "path": directory,
            }
            if expand:
                entry["lastCommit"] = last_commit
            entries.append(entry)
        for file in files:
            entry = {"type": "file", "oid": file.blob_id, "size": file.size, "path": file.path}
            if file.lfs:
                entry["lfs"] = {
                    "oid": file.sha256,
                    "size": file.size,
                    "pointerSize": len(file.pointer),
                }
            if expand:
                entry["lastCommit"] = last_commit
                entry["securityFileStatus"] = {
                    "status": "safe",
                    "avScan": {"virusFound": False, "virusNames": None},
                    "pickleImportScan": None,
                }
            entries.append(entry)
        entries.sort(key=lambda e: e["path"])
        cursor = int(query.get("cursor", ["0"])[-1] or 0)
        page_size = max(1, min(hub.page_size, 50) if expand else hub.page_size)
        headers = {}
        if cursor + page_size < len(entries):
            next_query = {k: v for k, v in query.items() if k != "cursor"}
            next_query["cursor"] = [str(cursor + page_size)]
            path = urlsplit(self.path).path  # the page links repeat the request's own path
            headers["Link"] = f'<{hub.url}{path}?{urlencode(next_query, doseq=True)}>; rel="next"'
        self._json(method, entries[cursor : cursor + page_size], headers)

    # -- file content ---------------------------------------------------------------------------

    def _resolve(self, method: str, repo_id: str, revision: str, path: str, auth: str) -> None:
        hub = self.hub
        repo = self._repo_or_error(method, repo_id, auth, content=True)
        if repo is None or not self._revision_ok(method, repo, revision):
            return
        file = repo.files.get(path)
        if file is None:
            headers = {"X-Repo-Commit": repo.commit}
            self._error(method, 404, "Entry not found", "EntryNotFound", headers)
            return
        if self._fail_if_told(method, path):
            return
        headers = {"X-Repo-Commit": repo.commit, "ETag": file.etag, "Accept-Ranges": "bytes"}
        if file.lfs:
            headers["X-Linked-Etag"] = f'"{file.sha256}"'
            headers["X-Linked-Size"] = str(file.size)
        if file.lfs and hub.redirect_lfs:
            location = hub._cdn_location(repo, file)
            headers.update({"Location": location, "Content-Type": "text/plain; charset=utf-8"})
            self._send(method, 302, headers, f"Found. Redirecting to {location}".encode())
            return
        self._serve_file(method, file, headers, inline_name=Path(path).name)

    def _cdn(self, method: str, sha256: str, query: dict[str, list[str]]) -> None:
        hub = self.hub
        repo = hub._repos.get(query.get("repo", [""])[-1])
        file = repo.files.get(query.get("file", [""])[-1]) if repo is not None else None
        if file is None or file.sha256 != sha256:
            self._send(method, 404, {"Content-Type": "text/plain"}, b"NoSuchKey")
            return
        if self._fail_if_told(method, file.path):
            return
        headers = {"ETag": f'"{file.sha256}"', "Accept-Ranges": "bytes"}
        disposition = query.get("response-content-disposition")
        if disposition:
            headers["Content-Disposition"] = disposition[-1]
        self._serve_file(method, file, headers, inline_name=None)

    def _fail_if_told(self, method: str, path: str) -> bool:
        fault = self.hub._take_fault("fail", path, lambda f: method in f.methods)
        if fault is None:
            return False
        headers = {}
        if fault.retry_after is not None:
            headers["Retry-After"] = f"{fault.retry_after:g}"
        message = _STATUS_MESSAGES.get(fault.status, "Injected failure")
        self._error(method, fault.status, message, headers=headers)
        return True

    def _serve_file(
        self, method: str, file: _File, headers: dict[str, str], inline_name: str | None
    ) -> None:
        hub = self.hub
        total = file.size
        start, end = 0, total - 1
        status = 200
        range_header = self.headers.get("Range")
        if range_header is not None and not hub.ignore_range:
            match = _RANGE_RE.match(range_header)  # several ranges or garbage: ignored, 200
            if match and (match.group(1) or match.group(2)):
                first, last = match.group(1), match.group(2)
                if first:
                    wanted_start = int(first)
                    wanted_end = int(last) if last else total - 1
                else:  # suffix range "bytes=-N": the last N bytes
                    wanted_start, wanted_end = max(0, total - int(last)), total - 1
                    if int(last) == 0:
                        wanted_start = total
                if wanted_start >= total:
                    body = b"Requested Range Not Satisfiable"
                    range_headers = {
                        "Content-Range": f"bytes */{total}",
                        "Content-Type": "text/plain",
                    }
                    self._send(method, 416, {**headers, **range_headers}, body)
                    return
                if wanted_end >= wanted_start:
                    start, end = wanted_start, min(wanted_end, total - 1)
                    status = 206
        length = end - start + 1
        headers = {**headers, "Content-Type": "application/octet-stream"}
        if inline_name is not None:
            quoted = quote(inline_name)
            headers["Content-Disposition"] = (
                f"inline; filename*=UTF-8''{quoted}; filename=\"{quoted}\";"
            )
        if status == 206:
            headers["Content-Range"] = f"bytes {start}-{end}/{total}"
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(length))
        self.end_headers()
        if method == "HEAD" or length == 0:
            return

        drop = hub._take_fault("drop", file.path, lambda f: True)
        corrupt = hub._take_fault("corrupt", file.path, lambda f: start <= f.offset <= end)
        limit = length if drop is None else min(length, drop.nbytes)
        position, sent = start, 0
        with file.open() as reader:
            reader.seek(start)
            while sent < limit:
                hub._wait_while_paused()
                rate = hub.throttle
                size = _CHUNK if not rate else max(1, min(_CHUNK, int(rate * _TICK)))
                data = reader.read(min(size, limit - sent))
                if not data:
                    raise RuntimeError(f"{file.path} is shorter than its advertised {total} bytes")
                if corrupt is not None and position <= corrupt.offset < position + len(data):
                    flipped = bytearray(data)
                    flipped[corrupt.offset - position] ^= 0xFF
                    data = bytes(flipped)
                self.wfile.write(data)
                sent += len(data)
                position += len(data)
                hub._count_served(file.path, len(data))
                if rate and hub._stopping.wait(len(data) / rate):
                    raise _Abort
        if drop is not None:
            self.close_connection = True  # FIN after the partial body: client sees a short read


class FakeHub:
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

    # -- faults ---------------------------------------------------------------------------------

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

    def _model_json(
        self,
        repo: _Repo,
        *,
        listing: bool,
        full: bool,
        expand: list[str],
        blobs: bool = False,
    ) -> dict[str, Any]:
        siblings = []
        for path, file in sorted(repo.files.items()):
            sibling: dict[str, Any] = {"rfilename": path}
            if blobs:
                sibling.update({"size": file.size, "blobId": file.blob_id})
                if file.lfs:
                    sibling["lfs"] = {
                        "sha256": file.sha256,
                        "size": file.size,
                        "pointerSize": len(file.pointer),
                    }
            siblings.append(sibling)
        everything: dict[str, Any] = {
            "_id": repo.object_id,
            "id": repo.repo_id,
            "modelId": repo.repo_id,
            "author": repo.repo_id.split("/")[0] if "/" in repo.repo_id else None,
            "sha": repo.commit,
            "lastModified": repo.last_modified,
            "createdAt": repo.created_at,
            "private": repo.private,
            "disabled": False,
            "gated": repo.gated,
            "downloads": repo.downloads,
            "likes": repo.likes,
            "trendingScore": repo.trending_score,
            "tags": list(repo.tags),
            "siblings": siblings,
            "spaces": [],
            "usedStorage": sum(f.size for f in repo.files.values()),
        }
        if expand:
            return {k: v for k, v in everything.items() if k in ("_id", "id", *expand)}
        if listing and not full:  # what /api/models returns without full/expand
            keys = ("_id", "id", "modelId", "likes", "trendingScore", "private", "downloads")
            return {k: everything[k] for k in (*keys, "tags", "createdAt")}
        if listing:
            everything.pop("spaces")
            everything.pop("usedStorage")
        return everything

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
