"""The models the user has: GGUF files in the models folder plus files added from elsewhere."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from gpt4local.core import download_files
from gpt4local.core.errors import ModelFileError, UserFacingError
from gpt4local.core.gguf_info import read_info
from gpt4local.core.hub import quantization_from_filename


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


def model_paths(folder: Path, side_loaded: Sequence[str] = ()) -> list[Path]:
    """The models folder's GGUFs, then the files added from elsewhere that still exist."""
    found = [model.path for model in scan_models(folder)]
    known = {path.resolve() for path in found}
    for entry in side_loaded:
        path = Path(entry)
        try:
            if path.is_file() and path.resolve() not in known:
                known.add(path.resolve())
                found.append(path)
        except OSError:
            continue
    return found


def model_names(paths: Sequence[Path]) -> dict[Path, str]:
    """The name each model goes by in `models list`, `chat --model`, `models fit` and `delete`.

    The file name without .gguf; where two files share it (a subfolder, a file added from
    elsewhere), each is named with its folder too ("sub/model"), and where even that is shared,
    by its full path (which every command accepts as a path).
    """
    names = {path: path.stem for path in paths}
    for qualify in (lambda path: f"{path.parent.name}/{path.stem}", str):
        taken = Counter(names.values())
        names = {path: qualify(path) if taken[name] > 1 else name for path, name in names.items()}
    return names


def may_exist(path: Path) -> bool:
    """False only if ``path`` is surely not there; a folder that may not be read says nothing,
    and whatever reads the file then explains (no permission) instead of a traceback here."""
    try:
        return path.exists()
    except OSError:
        return True


def find_model(name_or_path: str, folder: Path, side_loaded: Sequence[str] = ()) -> Path:
    """A path as given, or the model of that name (``model_names``, with or without .gguf)."""
    candidate = Path(name_or_path).expanduser()
    if may_exist(candidate):
        return candidate
    wanted = name_or_path.removesuffix(".gguf")
    for path, name in model_names(model_paths(folder, side_loaded)).items():
        if name == wanted:
            return path
    return candidate


@dataclass(frozen=True)
class InstalledModel:
    """A model file with what its GGUF header says, for the Models page and `models list`."""

    path: Path
    size: int
    side_loaded: bool  # added from elsewhere, not in the models folder
    name: str
    architecture: str | None = None
    quantization: str | None = None
    parameters: int | None = None
    context_length: int | None = None
    problem: str | None = None  # why it cannot be used (truncated, not a GGUF...)

    def as_dict(self) -> dict:
        return {
            "name": self.name, "file": self.path.name, "path": str(self.path), "size": self.size,
            "side_loaded": self.side_loaded, "architecture": self.architecture,
            "quantization": self.quantization, "parameters": self.parameters,
            "context_length": self.context_length, "problem": self.problem,
        }  # fmt: skip


def describe_model(model: ModelFile, side_loaded: bool = False) -> InstalledModel:
    """Read the header (milliseconds); a broken file is described, not hidden."""
    quantization = quantization_from_filename(model.path.name)
    try:
        info = read_info(model.path)
    except ModelFileError as error:
        return InstalledModel(
            model.path, model.size, side_loaded, model.name, quantization=quantization,
            problem=str(error),
        )  # fmt: skip
    return InstalledModel(
        path=model.path,
        size=model.size,
        side_loaded=side_loaded,
        name=info.name or model.name,
        architecture=info.architecture,
        quantization=info.file_type or quantization,
        parameters=info.parameter_count,
        context_length=info.context_length,
    )


def installed_models(folder: Path, side_loaded: list[str] | None = None) -> list[InstalledModel]:
    """The models folder's GGUFs plus side-loaded files that still exist, with their metadata."""
    found = [describe_model(m) for m in scan_models(folder)]
    known = {m.path.resolve() for m in found}
    for entry in side_loaded or []:
        path = Path(entry)
        try:
            if path.is_file() and path.resolve() not in known:
                known.add(path.resolve())
                found.append(describe_model(ModelFile(path, path.stat().st_size), True))
        except OSError:
            continue
    return found


def delete_model(path: Path, folder: Path) -> None:
    """Delete a model in the models folder, and any partial download of the same file.

    Files outside the folder were side-loaded: they are the user's, so the app never deletes
    them (the caller just forgets them).
    """
    try:
        inside = path.resolve().is_relative_to(folder.resolve())
    except OSError:
        inside = False
    if not inside:
        raise UserFacingError(f"{path} is not in the models folder; it is not deleted.")
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError as error:
        raise UserFacingError(f"Cannot delete {path.name}: {error.strerror}") from None
    download_files.discard_partial(path)
