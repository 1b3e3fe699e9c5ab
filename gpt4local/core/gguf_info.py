"""Read a GGUF file's metadata without loading its weights, and say clearly what is wrong with it.

llama.cpp's own error for every bad file is "Failed to load model from file", so files are checked
here first: missing, unreadable, not a GGUF, truncated. The header is parsed by ``gguf_header``
(milliseconds, reading only the header's bytes).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gpt4local.core.errors import ModelFileError
from gpt4local.core.gguf_header import GgufHeader, HeaderError, HeaderIncomplete, read_header

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
    path = Path(path)
    size = check_readable(path)
    try:
        header = read_header(path)
    except HeaderIncomplete:
        raise ModelFileError(
            f"{path.name} is truncated: it ends inside its header ({size:,} bytes). "
            "Download it again."
        ) from None
    except (HeaderError, OSError) as error:
        raise ModelFileError(f"{path.name} is corrupt: {error}.") from None
    try:
        end_of_data = header.end_of_data
    except HeaderError as error:
        raise ModelFileError(f"{path.name} cannot be used: {error}.") from None
    if end_of_data > size:
        raise ModelFileError(
            f"{path.name} is truncated: it needs {end_of_data:,} bytes but has {size:,}. "
            "Download it again."
        )
    architecture = header.get("general.architecture")
    if not isinstance(architecture, str) or not architecture:
        raise ModelFileError(f"{path.name} has no 'general.architecture' in its metadata.")
    context = header.get(f"{architecture}.context_length")
    template = header.get("tokenizer.chat_template")
    return GgufInfo(
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
