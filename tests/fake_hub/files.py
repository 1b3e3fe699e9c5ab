"""File content: ``resolve`` on the Hub, the CDN it redirects LFS files to, Range requests and the
faults (tests/fake_hub/faults.py) that bodies can be told to suffer."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote

from tests.fake_hub.faults import _Abort, _Fault
from tests.fake_hub.repos import _File

_CHUNK = 64 * 1024  # body write size when not throttled
_TICK = 0.02  # seconds of transfer per chunk when throttled
_RANGE_RE = re.compile(r"^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$", re.IGNORECASE)
_STATUS_MESSAGES = {
    408: "Request Timeout",
    429: "Too Many Requests",
    500: "Internal Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}


class _FileContent:
    """The file-serving endpoints of _Handler (a mixin; it uses the handler's helpers)."""

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
        if self._fail_if_told(method, path) or self._redirect_if_told(method, path):
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
        if self._fail_if_told(method, file.path) or self._redirect_if_told(method, file.path):
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

    def _redirect_if_told(self, method: str, path: str) -> bool:
        fault = self.hub._take_fault("redirect", path, lambda f: method == "GET")
        if fault is not None:
            self._send(method, 302, {"Location": fault.location}, b"Found.")
        return fault is not None

    def _drip(self, fault: _Fault, status: int, headers: dict[str, str], body: bytes) -> None:
        lines = [f"HTTP/1.1 {status} {self.responses[status][0]}"]
        lines += [f"{name}: {value}" for name, value in headers.items()]
        answer = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body
        for index in range(len(answer)):
            self.wfile.write(answer[index : index + 1])
            self.wfile.flush()
            if self.hub._stopping.wait(fault.interval):
                raise _Abort
        self.close_connection = True

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
        drip = hub._take_fault("drip", file.path, lambda f: method == "GET")
        if drip is not None:
            with file.open() as reader:
                reader.seek(start)
                body = reader.read(length)
            self._drip(drip, status, {**headers, "Content-Length": str(length)}, body)
            return
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
