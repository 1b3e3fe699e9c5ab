"""The fake Hub's content: model repos and their files.

A file's size, sha256, git blob id, LFS pointer and ETag are derived the way the real Hub derives
them, so huggingface_hub's checks (ETag vs. sha256, ``X-Linked-Size``, ``blobId``) hold against it.
"""

from __future__ import annotations

import hashlib
import io
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO, Any

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
