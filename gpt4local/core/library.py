"""The models the user has: GGUF files in the models folder plus files added from elsewhere."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from gpt4local.core.errors import ModelFileError


@dataclass(frozen=True)
class ModelFile:
    path: Path
    size: int

    @property
    def name(self) -> str:
        return self.path.stem


def scan_models(folder: Path) -> list[ModelFile]:
    """Every *.gguf in ``folder`` (and one level of subfolders), sorted by name.

    A missing folder is simply empty. An unreadable one raises ModelFileError (pathlib's glob would
    silently find nothing, which hides the cause from the user). Unreadable subfolders and vanished
    files are skipped. Partial downloads end in ``.part`` and so are never listed.
    """
    try:
        with os.scandir(folder):
            pass
    except FileNotFoundError:
        return []
    except PermissionError:
        raise ModelFileError(f"No permission to read the models folder {folder}") from None
    except OSError as error:
        raise ModelFileError(f"Cannot read the models folder {folder}: {error.strerror}") from None
    found: dict[Path, ModelFile] = {}
    for pattern in ("*.gguf", "*/*.gguf"):
        try:
            candidates = list(folder.glob(pattern))
        except OSError:
            continue
        for path in candidates:
            try:
                if path.is_file():
                    found[path.resolve()] = ModelFile(path, path.stat().st_size)
            except OSError:
                continue
    return sorted(found.values(), key=lambda m: m.name.lower())


def find_model(name_or_path: str, folder: Path) -> Path:
    """A path as given, or the installed model whose file name (with or without .gguf) matches."""
    candidate = Path(name_or_path).expanduser()
    if candidate.exists() or candidate.suffix == ".gguf" or "/" in name_or_path:
        return candidate
    for model in scan_models(folder):
        if name_or_path in (model.name, model.path.name):
            return model.path
    return candidate
