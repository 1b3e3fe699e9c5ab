"""Resumable, verified downloads of one file from the Hub.

huggingface-hub resolves the file (URL, commit, size, sha256 from ``X-Linked-Etag``, auth,
mirror, offline mode); the transfer itself is ours, because ``hf_hub_download`` deletes its
temporary file on failure and so cannot resume after a crash or a restart. Bytes go to
``<models>/<file>.part``; a ranged GET continues where the part ends. Connection errors, 429 and
5xx are retried with backoff; a server that ignores Range is handled without losing or
re-counting bytes; the sha256 is checked before the part becomes ``<file>`` by an atomic rename.

``run()`` blocks and is meant for a worker thread; it reports through a callback and stops at
the next chunk when its cancel event is set (raising DownloadCancelled, the part kept).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from gpt4local.core.downloads import failures as wording
from gpt4local.core.downloads import part_files as files
from gpt4local.core.downloads.abort_guard import AbortGuard, DownloadCancelled
from gpt4local.core.downloads.part_files import DownloadSpec, PartRecord
from gpt4local.core.downloads.progress import PROGRESS_INTERVAL, Progress, RateMeter
from gpt4local.core.errors import Bytes, UserFacingError, said_of
from gpt4local.core.files import make_private_dirs
from gpt4local.core.http import describe_failure, not_web_address, retryable_errors, session
from gpt4local.core.hub.api import HubError, endpoint, hub_errors

CHUNK = 1 << 20
DISK_MARGIN = 256 << 20  # room left for the OS and the settings after the model is complete
RETRYABLE_STATUS = {408, 429, 500, 502, 503, 504}


class DownloadError(UserFacingError):
    """The download stopped; the message says why and whether resuming can help."""


class ChecksumMismatch(DownloadError):
    """The finished file is not the published one; the part was deleted."""


class DiskFullError(DownloadError):
    """Not enough free space; the part is kept for later."""


def resolve_token(token: str | None) -> str | None:
    """The explicit token, else huggingface-hub's (HF_TOKEN or the one saved by `hf auth login`)."""
    if token:
        return token
    from huggingface_hub import get_token

    return get_token()


def _retry_after(response: Any) -> float | None:
    try:
        return max(0.0, float(response.headers.get("Retry-After", "")))
    except ValueError:
        return None


class Transfer:
    """One file from the Hub to the models folder."""

    def __init__(
        self,
        spec: DownloadSpec,
        models_dir: Path,
        *,
        token: str | None = None,
        retries: int = 6,
        backoff: float = 1.0,
        max_backoff: float = 30.0,
    ) -> None:
        self.spec = spec
        self.models_dir = models_dir
        self.token = resolve_token(token)
        self.retries = retries
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.target = files.target_path(models_dir, spec.filename)
        self.part = files.part_path(self.target)
        self._guard = AbortGuard()

    def abort(self) -> None:
        """From any thread: stop now, even in the middle of a stalled read (the part is kept)."""
        self._guard.abort()

    # --- the steps -----------------------------------------------------------------------------

    def run(self, report: Callable[[Progress], None], cancel: threading.Event) -> Path:
        """Download, verify and install the file; returns its path in the models folder."""
        self._guard.bind(cancel)
        if cancel.is_set():
            raise DownloadCancelled
        if self.target.exists():
            raise DownloadError(wording.ALREADY_INSTALLED(name=self.target.name))
        make_private_dirs(self.models_dir)
        report(Progress("connecting", self._part_size(), self.spec.size))
        record = self._resolve(report, cancel)
        self._check_disk_space(record.size)
        self._transfer(record, report, cancel)
        self._verify(record, report, cancel)
        os.replace(self.part, self.target)
        files.discard_partial(self.target)  # only the sidecar is left by now
        return self.target

    def _resolve(self, report: Callable[[Progress], None], cancel: threading.Event) -> PartRecord:
        """The commit, size and sha256 to download, from the sidecar of an earlier run if any.

        A part from an earlier run stays pinned to its commit, so a resumed file is never a mix
        of two versions. A part whose sidecar describes another file or version is dropped; a
        part without one is continued (the sha256 check at the end has the last word).
        """
        earlier = files.read_record(self.target)
        if earlier is not None:
            same_file = (earlier.repo_id, earlier.filename) == (self.spec.repo_id,
                                                                self.spec.filename)  # fmt: skip
            if same_file and self.spec.sha256 in (None, earlier.sha256):
                return earlier
            files.discard_partial(self.target)
        record = self._with_retries(lambda: self._fetch_record(), report, cancel)
        files.write_record(self.target, record)
        return record

    def _fetch_record(self) -> PartRecord:
        from huggingface_hub import get_hf_file_metadata, hf_hub_url

        url = hf_hub_url(
            self.spec.repo_id, self.spec.filename, revision=self.spec.revision, endpoint=endpoint()
        )
        try:
            meta = get_hf_file_metadata(url, token=self.token or False, timeout=15)
        except retryable_errors():
            raise  # retried by _with_retries
        except Exception as error:
            response = getattr(error, "response", None)
            status = getattr(response, "status_code", None)
            if status in RETRYABLE_STATUS:
                raise _RetryableStatus(status, _retry_after(response)) from None
            with hub_errors(wording.LOOKING_UP(name=self.spec.local_name), self.spec.repo_id):
                raise
        size = meta.size if meta.size is not None else self.spec.size
        if size is None:
            raise DownloadError(wording.SIZE_UNKNOWN(name=self.spec.local_name))
        etag = (meta.etag or "").strip('"').lower()
        published = etag if len(etag) == 64 else None  # an LFS file's etag is its sha256
        expected = self.spec.sha256
        if expected and published and expected != published:
            raise DownloadError(wording.CHANGED_ON_HUB(name=self.spec.local_name))
        commit = meta.commit_hash or self.spec.revision
        sha256 = expected or published
        return PartRecord(self.spec.repo_id, self.spec.filename, commit, size, sha256)

    def _check_disk_space(self, size: int) -> None:
        missing = size - self._part_size()
        try:
            free = shutil.disk_usage(self.models_dir).free
        except OSError:
            return
        if free < missing + DISK_MARGIN:
            raise DiskFullError(wording.NO_DISK_SPACE(
                name=self.spec.local_name, needed=Bytes(missing + DISK_MARGIN),
                margin=Bytes(DISK_MARGIN), folder=self.models_dir, free=Bytes(free)))

    def _transfer(
        self, record: PartRecord, report: Callable[[Progress], None], cancel: threading.Event
    ) -> None:
        meter = RateMeter()
        state = {"last_report": 0.0}

        def progress(done: int, note: str = "", force: bool = False) -> None:
            now = time.monotonic()
            if not force and now - state["last_report"] < PROGRESS_INTERVAL:
                return
            state["last_report"] = now
            eta = meter.eta(record.size - done)
            report(Progress("downloading", done, record.size, meter.speed, eta, note))

        while self._part_size() < record.size:
            self._with_retries(lambda: self._one_request(record, meter, progress, cancel),
                               report, cancel, record.size)  # fmt: skip
        if self._part_size() > record.size:  # the server sent more than it announced
            files.discard_partial(self.target)
            raise DownloadError(wording.TOO_MANY_BYTES(name=self.spec.local_name))

    def _one_request(self, record: PartRecord, meter: RateMeter, progress: Callable,
                     cancel: threading.Event) -> None:  # fmt: skip
        """One GET from the end of the part; returns when the server stops sending."""
        import httpx2
        from huggingface_hub import hf_hub_url
        from huggingface_hub.utils import build_hf_headers

        have = self._part_size()
        url = hf_hub_url(record.repo_id, record.filename, revision=record.commit,
                         endpoint=endpoint())  # fmt: skip
        headers = build_hf_headers(token=self.token or False)
        headers["Range"] = f"bytes={have}-"
        timeout = httpx2.Timeout(connect=15, read=60, write=60, pool=15)
        with session().stream("GET", url, headers=headers, timeout=timeout) as response:
            if not self._accept(response, record, have):
                return
            with self._guard.reading(response):
                received = self._receive(response, record, have, meter, progress, cancel)
        if received == 0 and have < record.size:  # closed without sending anything
            raise _RetryableStatus(response.status_code, None)

    def _accept(self, response: Any, record: PartRecord, have: int) -> bool:
        """Whether the response carries bytes to append; raises for errors (retryable or not)."""
        from huggingface_hub.utils import hf_raise_for_status

        status = response.status_code
        if status == 416:  # nothing after `have`: the part is as long as it gets
            if have >= record.size:
                return False
            raise DownloadError(wording.REFUSED_TO_CONTINUE(name=self.spec.local_name))
        if status in RETRYABLE_STATUS:
            raise _RetryableStatus(status, _retry_after(response))
        if status >= 400:
            response.read()  # the error message is in the body
            with hub_errors(wording.DOWNLOADING(name=self.spec.local_name), record.repo_id):
                hf_raise_for_status(response)
            raise DownloadError(wording.SERVER_ANSWERED(status=str(status)))
        if status == 206:
            start = response.headers.get("Content-Range", "").removeprefix("bytes ").split("-")[0]
            if start != str(have):
                raise _RetryableStatus(status, None)  # a confused proxy: ask again
        return True

    def _receive(self, response: Any, record: PartRecord, have: int, meter: RateMeter,
                 progress: Callable, cancel: threading.Event) -> int:  # fmt: skip
        """Append the body to the part; returns the number of new bytes."""
        # A 200 answer to a Range request is the whole file: skip the bytes the part holds.
        skip = have if response.status_code == 200 else 0
        note = "the server cannot resume; skipping what is already here" if skip else ""
        if skip:
            progress(have, note, force=True)
        start = have
        with self._open_part() as out:
            for chunk in response.iter_bytes():  # as it arrives: prompt pause, smooth bar
                if cancel.is_set():
                    raise DownloadCancelled
                if skip:
                    dropped = min(skip, len(chunk))
                    chunk, skip = chunk[dropped:], skip - dropped
                    progress(have, note)
                    if not chunk:
                        continue
                self._write(out, chunk)
                have += len(chunk)
                meter.add(len(chunk))
                progress(have)
                if have > record.size:
                    break
            out.flush()
            os.fsync(out.fileno())
        return have - start

    def _open_part(self) -> BinaryIO:
        return self.part.open("ab")

    def _write(self, out: BinaryIO, chunk: bytes) -> None:
        try:
            out.write(chunk)
        except OSError as error:
            if error.errno in (28, 122):  # ENOSPC, EDQUOT
                full = wording.DISK_FULL(folder=self.models_dir, kept=self._what_is_kept())
                raise DiskFullError(full) from None
            unwritable = wording.CANNOT_WRITE(path=self.part, reason=error.strerror)
            raise DownloadError(unwritable) from None

    def _verify(
        self, record: PartRecord, report: Callable[[Progress], None], cancel: threading.Event
    ) -> None:
        if record.sha256 is None:
            report(Progress("verifying", record.size, record.size, note="no checksum published"))
            return
        digest = hashlib.sha256()
        done, last = 0, 0.0
        with self.part.open("rb") as source:
            while block := source.read(8 * CHUNK):
                if cancel.is_set():
                    raise DownloadCancelled
                digest.update(block)
                done += len(block)
                if time.monotonic() - last >= PROGRESS_INTERVAL:
                    last = time.monotonic()
                    report(Progress("verifying", done, record.size))
        if digest.hexdigest() != record.sha256:
            files.discard_partial(self.target)
            raise ChecksumMismatch(wording.CHECKSUM_MISMATCH(name=self.spec.local_name))
        report(Progress("verifying", record.size, record.size))

    # --- retries -------------------------------------------------------------------------------

    def _with_retries(
        self,
        attempt: Callable[[], Any],
        report: Callable[[Progress], None],
        cancel: threading.Event,
        total: int | None = None,
    ) -> Any:
        """Run ``attempt``; on connection errors, 429 and 5xx wait (backing off) and run it again.

        The count of failures starts again whenever bytes arrived, so a long download over a
        flaky line keeps going as long as it makes progress.
        """
        failures = 0
        retryable: tuple[type[BaseException], ...] = (_RetryableStatus, *retryable_errors())
        while True:
            before = self._part_size()
            try:
                return attempt()
            except DownloadCancelled:
                raise
            except retryable as error:
                if cancel.is_set():  # abort() closed the connection under the read
                    raise DownloadCancelled from None
                if (redirect := not_web_address(error)) is not None:
                    raise DownloadError(wording.CANNOT_DOWNLOAD(
                        name=self.spec.local_name, reason=said_of(redirect) or str(redirect),
                    )) from None
                if self._part_size() > before:
                    failures = 0
                failures += 1
                reason: str
                if isinstance(error, _RetryableStatus):
                    reason = wording.SERVER_STATUS_REASON(status=str(error.status))
                else:
                    failure = describe_failure(error, endpoint())
                    reason = said_of(failure) or str(failure)
                if failures > self.retries:
                    if self._part_size() == 0:  # else a restart would list a 0-byte download
                        files.discard_partial(self.target)
                    raise DownloadError(wording.STOPPED(
                        name=self.spec.local_name, reason=wording.without_full_stop(reason),
                        retries=self.retries, kept=self._what_is_kept())) from None
                delay = min(self.max_backoff, self.backoff * 2 ** (failures - 1))
                if isinstance(error, _RetryableStatus) and error.retry_after is not None:
                    delay = min(self.max_backoff, max(delay, error.retry_after))
                note = f"{reason.rstrip('.')} — retry {failures} of {self.retries} in {delay:.0f} s"
                report(Progress("retrying", self._part_size(), total, note=note))
                if cancel.wait(delay):
                    raise DownloadCancelled from None

    def _what_is_kept(self) -> str:
        """The end of a failure message: what is left on disk, so the user knows what Retry does."""
        kept = self._part_size()
        if kept == 0:
            return wording.NOTHING_KEPT()
        return wording.PART_KEPT(size=Bytes(kept))

    @property
    def downloaded(self) -> int:
        """Bytes of the file on disk so far (in the part)."""
        return self._part_size()

    def _part_size(self) -> int:
        try:
            return self.part.stat().st_size
        except FileNotFoundError:
            return 0


class _RetryableStatus(Exception):
    def __init__(self, status: int, retry_after: float | None) -> None:
        super().__init__(status)
        self.status = status
        self.retry_after = retry_after


__all__ = ["ChecksumMismatch", "DiskFullError", "DownloadCancelled", "DownloadError",
           "DownloadSpec", "HubError", "Progress", "Transfer"]  # fmt: skip
