"""Resumable, verified downloads against a Hub-like server on 127.0.0.1 (tests/fake_hub/)."""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from gpt4local.core.downloads import part_files as download_files
from gpt4local.core.downloads import transfer as downloads
from gpt4local.core.downloads.part_files import DownloadSpec, target_path
from gpt4local.core.downloads.transfer import (
    ChecksumMismatch,
    DiskFullError,
    DownloadCancelled,
    DownloadError,
    Progress,
    Transfer,
)
from gpt4local.core.errors import UserFacingError
from gpt4local.core.hub.api import GatedRepoError, HubError

REPO = "tester/tiny-GGUF"
FILE = "tiny-chatml-Q8_0.gguf"


@pytest.fixture
def hub(fake_hub, tiny_model, monkeypatch):
    monkeypatch.setenv("HF_ENDPOINT", fake_hub.url)
    fake_hub.add_repo(REPO, {FILE: tiny_model, "README.md": b"# tiny\n"}, downloads=5)
    return fake_hub


@pytest.fixture
def models(tmp_path) -> Path:
    return tmp_path / "models"


class Recorder:
    """Collects progress reports; checks that bytes done never go backwards while downloading."""

    def __init__(self) -> None:
        self.reports: list[Progress] = []

    def __call__(self, progress: Progress) -> None:
        if progress.phase == "downloading" and self.reports:
            earlier = [p.done for p in self.reports if p.phase in ("downloading", "retrying")]
            assert not earlier or progress.done >= max(earlier), "progress went backwards"
        self.reports.append(progress)

    def phases(self) -> list[str]:
        return list(dict.fromkeys(p.phase for p in self.reports))


def quick(spec: DownloadSpec, models: Path, **options) -> Transfer:
    """A transfer whose retries wait milliseconds, not seconds."""
    return Transfer(spec, models, backoff=0.01, max_backoff=0.05, **options)


def test_full_download_is_verified_and_installed(hub, models, tiny_model) -> None:
    recorder = Recorder()
    path = quick(DownloadSpec(REPO, FILE), models).run(recorder, threading.Event())
    assert path == models.resolve() / FILE
    assert path.read_bytes() == tiny_model.read_bytes()
    assert recorder.phases()[0] == "connecting" and "verifying" in recorder.phases()
    assert recorder.reports[-1].done == recorder.reports[-1].total == tiny_model.stat().st_size
    assert sorted(p.name for p in models.iterdir()) == [FILE]  # no .part, no sidecar


def test_a_pause_keeps_the_part_and_resume_continues_with_range(hub, models, tiny_model) -> None:
    hub.throttle = 40_000  # bytes/s: the file takes several reports to arrive
    cancel = threading.Event()

    def pause_midway(progress: Progress) -> None:
        if progress.phase == "downloading" and progress.done > 30_000:
            cancel.set()

    with pytest.raises(DownloadCancelled):
        quick(DownloadSpec(REPO, FILE), models).run(pause_midway, cancel)
    part = download_files.part_path(models.resolve() / FILE)
    kept = part.stat().st_size
    assert 30_000 < kept < tiny_model.stat().st_size
    hub.throttle = None
    hub.requests.clear()
    path = quick(DownloadSpec(REPO, FILE), models).run(Recorder(), threading.Event())
    assert path.read_bytes() == tiny_model.read_bytes()
    ranges = [r.headers.get("range") for r in hub.requests if r.method == "GET"]
    assert f"bytes={kept}-" in ranges


def test_an_interrupted_download_resumes_in_a_new_process(hub, models, tiny_model) -> None:
    """The connection drops, retries are exhausted, the app quits; the next run finishes it."""
    hub.drop_after(FILE, 50_000, times=10)
    with pytest.raises(DownloadError, match="downloaded so far is kept"):
        quick(DownloadSpec(REPO, FILE), models, retries=0).run(Recorder(), threading.Event())
    part = download_files.part_path(models.resolve() / FILE)
    kept = part.stat().st_size
    assert 0 < kept < tiny_model.stat().st_size
    hub.requests.clear()
    hub.drop_after(FILE, 0, times=0)  # the line is good again
    env = dict(os.environ, GPT4LOCAL_HOME=str(models.parent / "home2"), HF_ENDPOINT=hub.url)
    script = (
        "import sys, threading; from pathlib import Path;"
        "from gpt4local.core.downloads.transfer import Transfer;"
        "from gpt4local.core.downloads.part_files import DownloadSpec;"
        f"Transfer(DownloadSpec({REPO!r}, {FILE!r}), Path(sys.argv[1]))"
        ".run(lambda p: None, threading.Event())"
    )
    subprocess.run([sys.executable, "-c", script, str(models)], env=env, check=True, timeout=60)
    assert (models / FILE).read_bytes() == tiny_model.read_bytes()
    assert any(r.headers.get("range") == f"bytes={kept}-" for r in hub.requests)


def test_corrupted_bytes_are_detected_and_the_part_deleted(hub, models) -> None:
    hub.corrupt(FILE, offset=1234)
    with pytest.raises(ChecksumMismatch, match="sha256 does not match"):
        quick(DownloadSpec(REPO, FILE), models).run(Recorder(), threading.Event())
    assert list(models.iterdir()) == []


def test_the_catalog_hash_is_checked_too(hub, models) -> None:
    """A catalog entry's sha256 that the Hub no longer serves: refused before any byte."""
    spec = DownloadSpec(REPO, FILE, sha256="0" * 64)
    with pytest.raises(DownloadError, match="changed on the Hub"):
        quick(spec, models).run(Recorder(), threading.Event())
    assert not any(r.path.endswith(FILE) and r.method == "GET" for r in hub.requests)


def test_missing_file_and_missing_repo_say_so(hub, models) -> None:
    with pytest.raises(HubError, match="not in tester/tiny-GGUF"):
        quick(DownloadSpec(REPO, "nope.gguf"), models).run(Recorder(), threading.Event())
    with pytest.raises(HubError, match="was not found"):
        quick(DownloadSpec("tester/nothing", FILE), models).run(Recorder(), threading.Event())


def test_gated_repo_needs_a_token(hub, models, tiny_model) -> None:
    hub.add_repo("corp/gated-GGUF", {FILE: tiny_model}, gated=True)
    spec = DownloadSpec("corp/gated-GGUF", FILE)
    with pytest.raises(GatedRepoError, match="accept its conditions"):
        quick(spec, models).run(Recorder(), threading.Event())
    path = quick(spec, models, token=hub.token).run(Recorder(), threading.Event())
    assert path.read_bytes() == tiny_model.read_bytes()


@pytest.mark.parametrize("status", [429, 500, 502, 503])
def test_busy_and_failing_servers_are_retried(hub, models, tiny_model, status) -> None:
    hub.fail_next(FILE, status, times=2, retry_after=0)
    recorder = Recorder()
    path = quick(DownloadSpec(REPO, FILE), models).run(recorder, threading.Event())
    assert path.read_bytes() == tiny_model.read_bytes()
    retries = [p.note for p in recorder.reports if p.phase == "retrying"]
    assert len(retries) == 2 and f"answered {status}" in retries[0]


def test_retries_give_up_with_the_part_kept(hub, models) -> None:
    hub.drop_after(FILE, 20_000, times=1)
    with pytest.raises(DownloadError):
        quick(DownloadSpec(REPO, FILE), models, retries=0).run(Recorder(), threading.Event())
    hub.fail_next(FILE, 503, times=50, retry_after=0)
    with pytest.raises(DownloadError, match=r"answered 503.*19.5 KB downloaded so far is kept"):
        quick(DownloadSpec(REPO, FILE), models, retries=3).run(Recorder(), threading.Event())
    assert download_files.part_path(models.resolve() / FILE).stat().st_size == 20_000


def test_when_no_byte_arrived_the_message_says_nothing_was_downloaded(hub, models) -> None:
    """Issue 10: with no bytes downloaded, "The partial download is kept" was false. Nothing is
    left behind either: a sidecar alone would list a 0-byte paused download after a restart."""
    hub.fail_next(FILE, 503, times=50, retry_after=0)
    recorder = Recorder()
    with pytest.raises(DownloadError, match="Nothing was downloaded") as failure:
        quick(DownloadSpec(REPO, FILE), models, retries=2).run(recorder, threading.Event())
    assert "kept" not in str(failure.value)
    assert [p.note for p in recorder.reports if p.phase == "retrying"] == [
        "the server answered 503 — retry 1 of 2 in 0 s",
        "the server answered 503 — retry 2 of 2 in 0 s",
    ]
    assert list(models.iterdir()) == []
    assert download_files.paused_downloads(models) == []


@pytest.mark.parametrize("location", ["ftp://127.0.0.1/tiny.gguf", "file:///etc/passwd"])
def test_a_redirect_away_from_the_web_fails_at_once(hub, models, location) -> None:
    """Issue 10: a redirect to file:// or ftp:// was retried for 61 s as "connection broke"."""
    hub.redirect_next(FILE, location, times=20)
    recorder = Recorder()
    with pytest.raises(DownloadError, match="only http:// and https://") as failure:
        quick(DownloadSpec(REPO, FILE), models).run(recorder, threading.Event())
    assert location.split(":")[0] + "://" in str(failure.value)
    assert "retrying" not in recorder.phases()
    assert len(hub.file_requests(FILE, "GET")) == 1  # asked once, not six more times


def test_a_server_that_ignores_range_still_gives_a_correct_file(hub, models, tiny_model) -> None:
    hub.drop_after(FILE, 40_000, times=1)
    hub.ignore_range = True
    recorder = Recorder()  # asserts that progress never went backwards
    path = quick(DownloadSpec(REPO, FILE), models).run(recorder, threading.Event())
    assert path.read_bytes() == tiny_model.read_bytes()
    assert any("cannot resume" in p.note for p in recorder.reports)


def test_not_enough_disk_space_is_refused_before_downloading(hub, models, monkeypatch) -> None:
    usage = shutil.disk_usage(models.parent)
    monkeypatch.setattr(downloads.shutil, "disk_usage", lambda _path: usage._replace(free=1000))
    with pytest.raises(DiskFullError, match="Not enough disk space"):
        quick(DownloadSpec(REPO, FILE), models).run(Recorder(), threading.Event())
    assert not any(r.method == "GET" and r.path.endswith(FILE) for r in hub.requests)


class FillingDisk:
    """A part file on a disk that is full after the first write."""

    def __init__(self, real) -> None:
        self.real, self.writes = real, 0

    def write(self, chunk: bytes) -> int:
        if self.writes:
            raise OSError(errno.ENOSPC, "No space left on device")
        self.writes += 1
        return self.real.write(chunk)

    def __getattr__(self, name: str):
        return getattr(self.real, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info) -> None:
        self.real.close()


def test_a_disk_that_fills_up_midway_keeps_the_part(hub, models, monkeypatch) -> None:
    hub.throttle = 100_000  # several chunks
    real_open = Transfer._open_part
    monkeypatch.setattr(Transfer, "_open_part", lambda self: FillingDisk(real_open(self)))
    with pytest.raises(DiskFullError, match="disk is full"):
        quick(DownloadSpec(REPO, FILE), models).run(Recorder(), threading.Event())
    assert download_files.part_path(models.resolve() / FILE).stat().st_size > 0


def test_an_installed_file_is_not_downloaded_again(hub, models) -> None:
    models.mkdir()
    (models / FILE).write_bytes(b"mine")
    with pytest.raises(DownloadError, match="already installed"):
        quick(DownloadSpec(REPO, FILE), models).run(Recorder(), threading.Event())
    assert (models / FILE).read_bytes() == b"mine"


def test_a_stale_part_of_another_version_is_dropped(hub, models, tiny_model) -> None:
    target = models.resolve() / FILE
    models.mkdir()
    download_files.part_path(target).write_bytes(b"x" * 5000)
    download_files.write_record(target, download_files.PartRecord(REPO, FILE, "a" * 40,
                                                                  5000, "f" * 64))  # fmt: skip
    spec = DownloadSpec(REPO, FILE, sha256=hashlib.sha256(tiny_model.read_bytes()).hexdigest())
    path = quick(spec, models).run(Recorder(), threading.Event())
    assert path.read_bytes() == tiny_model.read_bytes()


@pytest.mark.parametrize(
    "name",
    ["../evil.gguf", "..", "/etc/passwd", "notes.txt", "C:evil.gguf", " x.gguf", "a\x00.gguf"],
)
def test_file_names_from_the_network_cannot_escape_the_models_folder(tmp_path, name) -> None:
    if name == "../evil.gguf":  # the folder part is dropped; only the name is used
        assert target_path(tmp_path, name) == tmp_path.resolve() / "evil.gguf"
        return
    with pytest.raises(UserFacingError, match="Refusing"):
        target_path(tmp_path, name)


def test_paused_downloads_are_listed_after_a_restart(hub, models) -> None:
    hub.drop_after(FILE, 10_000, times=5)
    with pytest.raises(DownloadError):
        quick(DownloadSpec(REPO, FILE), models, retries=0).run(Recorder(), threading.Event())
    [(record, done)] = download_files.paused_downloads(models)
    assert (record.repo_id, record.filename, done) == (REPO, FILE, 10_000)
    assert len(record.commit) == 40


def start_in_thread(transfer: Transfer) -> tuple[threading.Thread, list[BaseException]]:
    """Run the transfer in a thread, as the download manager does; the list gets its error."""
    outcome: list[BaseException] = []

    def run() -> None:
        try:
            transfer.run(lambda _p: None, threading.Event())
        except BaseException as error:
            outcome.append(error)

    worker = threading.Thread(target=run)
    worker.start()
    return worker, outcome


def test_abort_stops_a_read_from_a_stalled_server(hub, models) -> None:
    """Quitting or pausing must not wait for a read timeout when the server stops sending."""
    hub.pause_transfers()  # headers sent, then the body never comes
    transfer = quick(DownloadSpec(REPO, FILE), models)
    worker, outcome = start_in_thread(transfer)
    hub.wait_until(lambda: hub.held_transfers > 0)
    transfer.abort()
    worker.join(timeout=20)  # far below the 60 s read timeout
    assert not worker.is_alive()
    assert len(outcome) == 1 and isinstance(outcome[0], DownloadCancelled)
    hub.resume_transfers()


class _AbortedWhileHeadersArrive(Transfer):
    """abort() lands after the server answered but before the body is being read: the window
    in which an abort used to be lost (the read then waited a minute for its timeout)."""

    def _accept(self, response, record, have) -> bool:
        accepted = super()._accept(response, record, have)
        self.abort()
        return accepted


def test_an_abort_between_headers_and_body_is_not_lost(hub, models) -> None:
    hub.pause_transfers()
    transfer = _AbortedWhileHeadersArrive(DownloadSpec(REPO, FILE), models, retries=0)
    worker, outcome = start_in_thread(transfer)
    worker.join(timeout=20)  # far below the 60 s read timeout
    hub.resume_transfers()
    assert not worker.is_alive()
    assert len(outcome) == 1 and isinstance(outcome[0], DownloadCancelled)


def test_an_abort_before_the_start_stops_it_before_any_request(hub, models) -> None:
    transfer = quick(DownloadSpec(REPO, FILE), models)
    transfer.abort()
    cancel = threading.Event()
    with pytest.raises(DownloadCancelled):
        transfer.run(lambda _p: None, cancel)
    assert cancel.is_set()
    assert hub.requests == []
