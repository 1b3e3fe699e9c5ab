"""Where a download's bytes live while it runs, and what survives an app restart.

A download writes ``<models>/<file>.part`` and, beside it, ``<file>.part.json`` describing what
the part is (repo, file, commit, expected size and sha256). The description is what lets a
download resume in a new process, from the right commit, and lets the app list paused
downloads at start. Only a verified file is renamed to ``<file>``, so a ``.part`` is never a model.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path, PurePosixPath

from gpt4local.core.errors import UserFacingError
from gpt4local.core.files import atomic_write_bytes

PART_SUFFIX = ".part"
SIDECAR_SUFFIX = ".part.json"


@dataclass(frozen=True)
class DownloadSpec:
    """What to fetch. ``size``/``sha256`` are known up front for catalog entries."""

    repo_id: str
    filename: str  # the path inside the repo; only its last part names the local file
    revision: str = "main"
    size: int | None = None
    sha256: str | None = None

    @property
    def local_name(self) -> str:
        return PurePosixPath(self.filename).name


@dataclass(frozen=True)
class PartRecord:
    """The sidecar's content: a started download, pinned to one commit."""

    repo_id: str
    filename: str
    commit: str
    size: int
    sha256: str | None

    def spec(self) -> DownloadSpec:
        return DownloadSpec(self.repo_id, self.filename, self.commit, self.size, self.sha256)


def target_path(models_dir: Path, filename: str) -> Path:
    """The local file for a repo path, guaranteed to be directly inside ``models_dir``.

    Repo paths come from the network: "../../.bashrc", "/etc/x.gguf", "a\\..\\b.gguf" and names
    that are not .gguf are refused rather than cleaned up.
    """
    name = PurePosixPath(filename.replace("\\", "/")).name
    if (
        not name
        or name in {".", ".."}
        or not name.lower().endswith(".gguf")
        or name != name.strip()
        or any(ord(c) < 32 for c in name)
        or ":" in name  # drive letters and NTFS streams on Windows
    ):
        raise UserFacingError(f"Refusing to save a download as {filename!r}: not a safe file name.")
    folder = models_dir.resolve()
    target = (folder / name).resolve()
    if target.parent != folder:
        raise UserFacingError(f"Refusing to save {filename!r} outside the models folder.")
    return target


def part_path(target: Path) -> Path:
    return target.with_name(target.name + PART_SUFFIX)


def sidecar_path(target: Path) -> Path:
    return target.with_name(target.name + SIDECAR_SUFFIX)


def write_record(target: Path, record: PartRecord) -> None:
    atomic_write_bytes(sidecar_path(target), json.dumps(asdict(record), indent=2).encode())


def read_record(target: Path) -> PartRecord | None:
    """The sidecar of ``target``'s download, or None if missing or unreadable."""
    try:
        raw = json.loads(sidecar_path(target).read_text(encoding="utf-8"))
        record = PartRecord(**raw)
    except (OSError, ValueError, TypeError):
        return None
    if not isinstance(record.size, int) or not isinstance(record.commit, str):
        return None
    return record


def discard_partial(target: Path) -> None:
    """Forget a download: its ``.part`` and its sidecar."""
    for path in (part_path(target), sidecar_path(target)):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def paused_downloads(models_dir: Path) -> list[tuple[PartRecord, int]]:
    """Downloads that were started and not finished (each with its bytes done), by file name."""
    found = []
    try:
        sidecars = sorted(models_dir.glob("*" + SIDECAR_SUFFIX))
    except OSError:
        return []
    for sidecar in sidecars:
        target = sidecar.with_name(sidecar.name.removesuffix(SIDECAR_SUFFIX))
        record = read_record(target)
        if record is None:
            continue
        try:
            done = part_path(target).stat().st_size
        except OSError:
            done = 0
        found.append((record, done))
    return found
