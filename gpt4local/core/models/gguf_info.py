"""Read a GGUF file's metadata without loading its weights, and say clearly what is wrong with it.

llama.cpp's own error for every bad file is "Failed to load model from file", and some files
crash it outright, so files are checked here first: missing, unreadable, empty, not a GGUF,
truncated, damaged (``gguf_header``), and then whether llama.cpp can load what the header
describes (``gguf_checks``). The header is parsed in milliseconds, reading only its bytes.
"""

from __future__ import annotations

import errno
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gpt4local.core.errors import ModelFileError, Wording
from gpt4local.core.models.gguf_checks import loading_problem
from gpt4local.core.models.gguf_header import GgufHeader, HeaderError, HeaderTruncated, read_header

GGUF_MAGIC = b"GGUF"

LINK_LOOP = Wording("model.link_loop",
                    "{name} is a symbolic link that leads back to itself (a loop).")
LINK_BROKEN = Wording("model.link_broken", "{name} is a link to a file that no longer exists.")
NOT_FOUND = Wording("model.not_found", "Model file not found: {path}")
FOLDER_NO_PERMISSION = Wording("model.folder_no_permission",
                               "No permission to read the folder of {path}")
CANNOT_READ = Wording("model.cannot_read", "Cannot read {path}: {reason}")
NOT_A_FILE = Wording("model.not_a_file", "Not a file: {path}")
NO_PERMISSION = Wording("model.no_permission", "No permission to read {path}")
EMPTY = Wording("model.empty", "{name} is empty (0 bytes): there is no model in it.")
NOT_GGUF = Wording("model.not_gguf",
                   "{name} is not a GGUF model file (it does not start with 'GGUF').")
TRUNCATED_HEADER = Wording("model.truncated_header",
                           "{name} is truncated or damaged: {detail}. Download it again.")
DAMAGED = Wording("model.damaged", "{name} is damaged: {detail}.")
TRUNCATED = Wording(
    "model.truncated",
    "{name} is truncated: it needs {needed} bytes but has {size}. Download it again.")
CANNOT_LOAD = Wording("model.cannot_load", "{name} cannot be loaded: {problem}.")
NO_ARCHITECTURE = Wording("model.no_architecture",
                          "{name} has no 'general.architecture' in its metadata.")


@dataclass(frozen=True)
class GgufInfo:
    path: Path
    file_size: int
    architecture: str
    name: str
    context_length: int | None
    chat_template: str | None
    file_type: str | None
    parameter_count: int
    header: GgufHeader = field(repr=False, compare=False)

    @property
    def display_name(self) -> str:
        return self.name or self.path.stem


def _file_type_name(value: Any) -> str | None:
    import gguf

    try:
        return gguf.LlamaFileType(int(value)).name.removeprefix("MOSTLY_").removeprefix("ALL_")
    except (TypeError, ValueError):
        return None


def _stat_error(path: Path, error: OSError) -> ModelFileError:
    if error.errno == errno.ELOOP:
        return ModelFileError(LINK_LOOP(name=path.name))
    if isinstance(error, FileNotFoundError):
        if path.is_symlink():
            return ModelFileError(LINK_BROKEN(name=path.name))
        return ModelFileError(NOT_FOUND(path=path))
    if isinstance(error, PermissionError):
        return ModelFileError(FOLDER_NO_PERMISSION(path=path))
    return ModelFileError(CANNOT_READ(path=path, reason=error.strerror or error))


def check_readable(path: Path) -> int:
    """The file's size, after making sure it exists, is a file, and can be opened for reading."""
    try:
        stat = path.stat()
    except OSError as error:
        raise _stat_error(path, error) from None
    if not path.is_file():
        raise ModelFileError(NOT_A_FILE(path=path))
    try:
        with path.open("rb") as handle:
            magic = handle.read(4)
    except PermissionError:
        raise ModelFileError(NO_PERMISSION(path=path)) from None
    except OSError as error:
        raise ModelFileError(CANNOT_READ(path=path, reason=error.strerror or error)) from None
    if not magic:
        raise ModelFileError(EMPTY(name=path.name))
    if magic != GGUF_MAGIC:
        raise ModelFileError(NOT_GGUF(name=path.name))
    return stat.st_size


def _header(path: Path, size: int) -> GgufHeader:
    try:
        header = read_header(path)
        end_of_data = header.end_of_data
    except HeaderTruncated as error:
        raise ModelFileError(TRUNCATED_HEADER(name=path.name, detail=error)) from None
    except HeaderError as error:
        raise ModelFileError(DAMAGED(name=path.name, detail=error)) from None
    except OSError as error:
        raise ModelFileError(CANNOT_READ(path=path, reason=error.strerror or error)) from None
    if end_of_data > size:
        raise ModelFileError(TRUNCATED(name=path.name, needed=end_of_data, size=size))
    return header


def check_loadable(info: GgufInfo) -> None:
    """Raise ModelFileError saying why llama.cpp cannot load the file, if anything is in the way.

    Reads the vocabulary from the file again (tens of milliseconds for 150,000 tokens).
    """
    try:
        problem = loading_problem(info.header, info.path)
    except (OSError, HeaderError, struct.error) as error:  # it changed since it was parsed
        raise ModelFileError(CANNOT_READ(path=info.path, reason=error)) from None
    if problem:
        raise ModelFileError(CANNOT_LOAD(name=info.path.name, problem=problem))


def read_info(path: Path | str, check: bool = True) -> GgufInfo:
    """Parse the header; raises ModelFileError with a one-line reason for any unusable file.

    ``check``: also check that llama.cpp can load what the header describes (check_loadable);
    without it, a damaged model that still has a readable header is described, not refused.
    """
    path = Path(path)
    size = check_readable(path)
    header = _header(path, size)
    architecture = header.get("general.architecture")
    if not isinstance(architecture, str) or not architecture:
        raise ModelFileError(NO_ARCHITECTURE(name=path.name))
    context = header.get(f"{architecture}.context_length")
    template = header.get("tokenizer.chat_template")
    info = GgufInfo(
        path=path,
        file_size=size,
        architecture=architecture,
        name=str(header.get("general.name") or ""),
        context_length=int(context) if isinstance(context, int) else None,
        chat_template=template if isinstance(template, str) else None,
        file_type=_file_type_name(header.get("general.file_type")),
        parameter_count=sum(t.n_elements for t in header.tensors),
        header=header,
    )
    if check:
        check_loadable(info)
    return info
