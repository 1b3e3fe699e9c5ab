"""File operations that must not leave half-written files behind, or leave files for others.

Chats, settings and download records are the user's alone: files are created 0600 and folders
0700 on POSIX systems (Windows has no such modes; its per-user folders already keep others out).
Only what we create gets these modes: a folder that exists (a models folder the user chose and
shares) keeps its own.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700


def make_private_dirs(folder: Path) -> None:
    """Create ``folder`` and its missing parents, each readable by the user alone."""
    if os.name != "posix":
        folder.mkdir(parents=True, exist_ok=True)
        return
    missing = []
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    for created in reversed(missing):
        try:
            created.mkdir(mode=PRIVATE_DIR_MODE)
        except FileExistsError:  # made meanwhile by another process: fine, if it is a folder
            if not created.is_dir():
                raise


def create_private_file(path: Path) -> None:
    """Create ``path`` empty and readable by the user alone, unless it exists.

    For files another library opens (SQLite gives its -wal and -shm files the mode of the
    database file): create it first, and the library finds it with the right mode.
    """
    if os.name != "posix":
        return
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write to a temporary file beside ``path``, fsync, then rename over it.

    A crash or a full disk leaves either the old file or the new one, never a mix. The file is
    the user's alone (mkstemp creates it 0600).
    """
    make_private_dirs(path.parent)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
