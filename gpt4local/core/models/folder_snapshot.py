"""A cheap look at the models folder: which model files it holds, and which folders to watch.

The window watches the folder to notice models dropped in or deleted while it runs. A watcher
says that something changed, not what; comparing two snapshots (names and sizes of the files the
library lists, no header read) says whether the models did.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from gpt4local.core.errors import ModelFileError
from gpt4local.core.models.library import scan_models


@dataclass(frozen=True)
class FolderSnapshot:
    models: frozenset[tuple[str, int]]  # (path, size) of each model file the library lists
    # The folder and its subfolders (the library looks one level down), or, while the folder
    # does not exist yet, the nearest folder above it that does: its creation shows there.
    watch: tuple[str, ...]


def snapshot(folder: Path) -> FolderSnapshot:
    """Blocking but quick: one listing of the folder and of each subfolder."""
    try:
        models = frozenset((str(m.path), m.size) for m in scan_models(folder))
    except ModelFileError:  # unreadable: the rescan says why; nothing to compare meanwhile
        models = frozenset()
    try:
        with os.scandir(folder) as entries:
            subfolders = [e.path for e in entries if e.is_dir(follow_symlinks=True)]
    except OSError:
        existing = next((p for p in folder.parents if p.is_dir()), None)
        return FolderSnapshot(models, (str(existing),) if existing else ())
    return FolderSnapshot(models, (str(folder), *sorted(subfolders)))
