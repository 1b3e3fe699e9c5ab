"""Read a GGUF file's metadata without loading its weights, and say clearly what is wrong with it.

llama.cpp's own error for every bad file is "Failed to load model from file", so files are checked
here first: missing, unreadable, not a GGUF, truncated. The header is parsed by the ``gguf`` package
(memory-mapped, so a multi-gigabyte file costs only the pages of its header).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gpt4local.core.errors import ModelFileError

GGUF_MAGIC = b"GGUF"


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

    @property
    def display_name(self) -> str:
        return self.name or self.path.stem


def _field(reader: Any, key: str) -> Any:
    field = reader.fields.get(key)
    return None if field is None else field.contents()


def _file_type_name(value: Any) -> str | None:
    import gguf

    try:
        return gguf.LlamaFileType(int(value)).name.removeprefix("MOSTLY_")
    except (TypeError, ValueError):
        return None


def check_readable(path: Path) -> int:
    """The file's size, after making sure it exists, is a file, and can be opened for reading."""
    try:
        stat = path.stat()
    except FileNotFoundError:
        raise ModelFileError(f"Model file not found: {path}") from None
    except PermissionError:
        raise ModelFileError(f"No permission to read the folder of {path}") from None
    if not path.is_file():
        raise ModelFileError(f"Not a file: {path}")
    try:
        with path.open("rb") as handle:
            magic = handle.read(4)
    except PermissionError:
        raise ModelFileError(f"No permission to read {path}") from None
    except OSError as error:
        raise ModelFileError(f"Cannot read {path}: {error.strerror or error}") from None
    if magic != GGUF_MAGIC:
        raise ModelFileError(
            f"{path.name} is not a GGUF model file (it does not start with 'GGUF')."
        )
    return stat.st_size


def read_info(path: Path | str) -> GgufInfo:
    """Parse the header; raises ModelFileError with a one-line reason for any unusable file."""
    import gguf

    path = Path(path)
    size = check_readable(path)
    try:
        reader = gguf.GGUFReader(os.fspath(path), "r")
    except (ValueError, IndexError, KeyError, OSError) as error:
        raise ModelFileError(
            f"{path.name} is truncated or corrupt: its header does not match its size "
            f"({size:,} bytes). Download it again. ({type(error).__name__})"
        ) from None
    end_of_data = max((t.data_offset + int(t.n_bytes) for t in reader.tensors), default=0)
    if end_of_data > size:
        raise ModelFileError(
            f"{path.name} is truncated: it needs {end_of_data:,} bytes but has {size:,}."
        )
    architecture = str(_field(reader, "general.architecture") or "")
    if not architecture:
        raise ModelFileError(f"{path.name} has no 'general.architecture' in its metadata.")
    context = _field(reader, f"{architecture}.context_length")
    return GgufInfo(
        path=path,
        file_size=size,
        architecture=architecture,
        name=str(_field(reader, "general.name") or ""),
        context_length=int(context) if context is not None else None,
        chat_template=_field(reader, "tokenizer.chat_template"),
        file_type=_file_type_name(_field(reader, "general.file_type")),
        parameter_count=sum(int(t.n_elements) for t in reader.tensors),
    )
