"""The models the user has: GGUF files in the models folder plus files added from elsewhere."""

from __future__ import annotations

import os
import stat
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from gpt4local.core.downloads import part_files as download_files
from gpt4local.core.errors import ModelFileError, UserFacingError, Wording, said_of
from gpt4local.core.hub.api import quantization_from_filename
from gpt4local.core.models.gguf_info import check_loadable, read_info

FOLDER_NOT_PERMITTED = Wording("models_folder.no_permission",
                               "No permission to read the models folder {folder}")
FOLDER_UNREADABLE = Wording("models_folder.unreadable",
                            "Cannot read the models folder {folder}: {reason}")
COULD_NOT_BE_READ = Wording("model.could_not_be_read", "{name} could not be read: {detail}")
NOT_DELETED_OUTSIDE = Wording("model.not_deleted_outside",
                              "{path} is not in the models folder; it is not deleted.")
CANNOT_DELETE = Wording("model.cannot_delete", "Cannot delete {name}: {reason}")


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
    files are skipped; a broken link (a loop, a missing target) is listed, so the list can say
    what is wrong with it. Partial downloads end in ``.part`` and so are never listed.
    """
    try:
        with os.scandir(folder):
            pass
    except FileNotFoundError:
        return []
    except PermissionError:
        raise ModelFileError(FOLDER_NOT_PERMITTED(folder=folder)) from None
    except OSError as error:
        raise ModelFileError(FOLDER_UNREADABLE(folder=folder, reason=error.strerror)) from None
    found: dict[Path, ModelFile] = {}
    for pattern in ("*.gguf", "*/*.gguf"):
        try:
            candidates = list(folder.glob(pattern))
        except OSError:
            continue
        for path in candidates:
            model = _model_file(path)
            if model is not None:
                found[_identity(path)] = model
    return sorted(found.values(), key=lambda m: m.name.lower())


def _model_file(path: Path) -> ModelFile | None:
    """A regular file, or a link that cannot be followed (size 0); None for anything else."""
    try:
        info = path.stat()
    except OSError:
        return ModelFile(path, 0) if path.is_symlink() else None
    return ModelFile(path, info.st_size) if stat.S_ISREG(info.st_mode) else None


def _identity(path: Path) -> Path:
    """The file a path leads to, so two links to one file are one model; a link that leads
    nowhere (Python 3.11 raises RuntimeError on a loop) is its own."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()


def _model_files(folder: Path, side_loaded: Sequence[str]) -> list[tuple[ModelFile, bool]]:
    """The models folder's GGUFs, then the files added from elsewhere that still exist (True)."""
    found = [(model, False) for model in scan_models(folder)]
    known = {_identity(model.path) for model, _ in found}
    for entry in side_loaded:
        model = _model_file(Path(entry))
        if model is not None and _identity(model.path) not in known:
            known.add(_identity(model.path))
            found.append((model, True))
    return found


def model_paths(folder: Path, side_loaded: Sequence[str] = ()) -> list[Path]:
    """The models folder's GGUFs, then the files added from elsewhere that still exist."""
    return [model.path for model, _ in _model_files(folder, side_loaded)]


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




def _problem(path: Path, error: Exception) -> str:
    """The row's problem: the error's own message (with its id, for the window), or what the
    unforeseen exception was."""
    if isinstance(error, UserFacingError):
        return said_of(error) or str(error)
    detail = f"{type(error).__name__}: {error}".rstrip(": ")
    return COULD_NOT_BE_READ(name=path.name, detail=detail)


def describe_model(model: ModelFile, side_loaded: bool = False) -> InstalledModel:
    """Read the header (milliseconds); a broken file is described, not hidden.

    Whatever reading one file raises becomes that file's ``problem``: one hostile file must
    never empty the whole list. A file llama.cpp cannot load keeps the facts its header gives.
    """
    quantization = quantization_from_filename(model.path.name)
    try:
        info = read_info(model.path, check=False)
    except Exception as error:  # any failure is this row's problem, see above
        return InstalledModel(
            model.path, model.size, side_loaded, model.name, quantization=quantization,
            problem=_problem(model.path, error),
        )  # fmt: skip
    problem = None
    try:
        check_loadable(info)
    except Exception as error:  # as above
        problem = _problem(model.path, error)
    return InstalledModel(
        path=model.path,
        size=model.size,
        side_loaded=side_loaded,
        name=info.name or model.name,
        architecture=info.architecture,
        quantization=info.file_type or quantization,
        parameters=info.parameter_count,
        context_length=info.context_length,
        problem=problem,
    )


def installed_models(folder: Path, side_loaded: Sequence[str] = ()) -> list[InstalledModel]:
    """The models folder's GGUFs plus side-loaded files that still exist, with their metadata."""
    return [describe_model(model, side) for model, side in _model_files(folder, side_loaded)]


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
        raise UserFacingError(NOT_DELETED_OUTSIDE(path=path))
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError as error:
        raise UserFacingError(CANNOT_DELETE(name=path.name, reason=error.strerror)) from None
    download_files.discard_partial(path)
