"""A fast, streaming reader for the GGUF header: metadata and tensor directory, never the weights.

The ``gguf`` package's GGUFReader builds a numpy view of every field and every array element,
which takes about a second for a 32,000-token vocabulary and longer for today's 150,000-token
ones; the Models page lists many files and the fit estimate reads headers of files still on the
Hub, from the first bytes of a ranged HTTP read. This parser walks the header once with
``struct``, keeps scalars and short arrays, and skips long arrays (vocabularies, merges) after
recording their length. It works on any bytes-like buffer: a memory-mapped local file, or a
downloaded prefix, where running out of bytes raises :class:`HeaderIncomplete` so the caller
can fetch more.

Format: https://github.com/ggml-org/ggml/blob/master/docs/gguf.md
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MAGIC = b"GGUF"
DEFAULT_ALIGNMENT = 32
KEEP_ARRAY_ITEMS = 64  # longer arrays are skipped; their length is kept (e.g. vocabulary size)

# Value types of the format, with struct codes for the fixed-size ones.
_SCALARS = {0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 6: "<f", 7: "<?", 10: "<Q",
            11: "<q", 12: "<d"}  # fmt: skip
_STRING, _ARRAY = 8, 9


class HeaderError(ValueError):
    """The bytes are not a GGUF header this reader understands."""


class HeaderIncomplete(HeaderError):
    """The buffer ends inside the header; ``needed`` is a lower bound for the bytes required."""

    def __init__(self, needed: int) -> None:
        super().__init__(f"the GGUF header needs more than {needed:,} bytes")
        self.needed = needed


@dataclass(frozen=True)
class SkippedArray:
    """A long array that was not kept: its element type and length."""

    item_type: int
    length: int

    def __len__(self) -> int:
        return self.length


@dataclass(frozen=True)
class TensorInfo:
    name: str
    shape: tuple[int, ...]
    ggml_type: int
    offset: int  # from the start of the data section

    @property
    def n_elements(self) -> int:
        count = 1
        for dim in self.shape:
            count *= dim
        return count

    @property
    def n_bytes(self) -> int:
        from gguf import GGML_QUANT_SIZES, GGMLQuantizationType

        try:
            block_size, type_size = GGML_QUANT_SIZES[GGMLQuantizationType(self.ggml_type)]
        except (KeyError, ValueError):
            raise HeaderError(f"tensor {self.name} has unknown type {self.ggml_type}") from None
        return self.n_elements // block_size * type_size


@dataclass(frozen=True)
class GgufHeader:
    version: int
    metadata: dict[str, Any]
    tensors: list[TensorInfo] = field(repr=False)
    data_offset: int  # where the tensor data starts in the file
    header_size: int  # bytes parsed (before alignment padding)

    def get(self, key: str, default: Any = None) -> Any:
        return self.metadata.get(key, default)

    @property
    def end_of_data(self) -> int:
        """The file size the tensor directory needs: the end of the last tensor."""
        return max((self.data_offset + t.offset + t.n_bytes for t in self.tensors), default=0)


class _Cursor:
    def __init__(self, buffer: Any) -> None:
        self.view = memoryview(buffer)
        self.pos = 0

    def take(self, size: int) -> memoryview:
        end = self.pos + size
        if end > len(self.view):
            raise HeaderIncomplete(end)
        chunk = self.view[self.pos : end]
        self.pos = end
        return chunk

    def unpack(self, code: str) -> Any:
        size = struct.calcsize(code)
        if self.pos + size > len(self.view):
            raise HeaderIncomplete(self.pos + size)
        (value,) = struct.unpack_from(code, self.view, self.pos)
        self.pos += size
        return value

    def string(self) -> str:
        length = self.unpack("<Q")
        return bytes(self.take(length)).decode("utf-8", errors="replace")

    def skip_strings(self, count: int) -> None:
        view, pos, end = self.view, self.pos, len(self.view)
        for _ in range(count):
            if pos + 8 > end:
                raise HeaderIncomplete(pos + 8)
            pos += 8 + struct.unpack_from("<Q", view, pos)[0]
        if pos > end:
            raise HeaderIncomplete(pos)
        self.pos = pos

    def value(self, value_type: int) -> Any:
        if value_type in _SCALARS:
            return self.unpack(_SCALARS[value_type])
        if value_type == _STRING:
            return self.string()
        if value_type == _ARRAY:
            item_type, length = self.unpack("<I"), self.unpack("<Q")
            if item_type == _ARRAY:  # allowed by the spec, used by no model, and a recursion trap
                raise HeaderError(f"nested arrays (at byte {self.pos}) are not supported")
            if length <= KEEP_ARRAY_ITEMS:
                return [self.value(item_type) for _ in range(length)]
            if item_type in _SCALARS:
                self.take(length * struct.calcsize(_SCALARS[item_type]))
            elif item_type == _STRING:
                self.skip_strings(length)
            else:
                raise HeaderError(f"unknown GGUF array type {item_type} at byte {self.pos}")
            return SkippedArray(item_type, length)
        raise HeaderError(f"unknown GGUF value type {value_type} at byte {self.pos}")


def parse_header(buffer: Any) -> GgufHeader:
    """Parse a GGUF header from the start of ``buffer`` (bytes, bytearray, mmap, memoryview)."""
    cursor = _Cursor(buffer)
    if bytes(cursor.take(4)) != MAGIC:
        raise HeaderError("not a GGUF file (it does not start with 'GGUF')")
    version = cursor.unpack("<I")
    if version not in (2, 3):
        raise HeaderError(f"GGUF version {version} is not supported (2 and 3 are)")
    n_tensors, n_fields = cursor.unpack("<Q"), cursor.unpack("<Q")
    if n_tensors > 1_000_000 or n_fields > 1_000_000:
        raise HeaderError("the GGUF header is corrupt (impossible tensor or field count)")
    metadata: dict[str, Any] = {}
    for _ in range(n_fields):
        key = cursor.string()
        metadata[key] = cursor.value(cursor.unpack("<I"))
    tensors = []
    for _ in range(n_tensors):
        name = cursor.string()
        n_dims = cursor.unpack("<I")
        if n_dims > 8:
            raise HeaderError(f"the GGUF header is corrupt (tensor {name} has {n_dims} dims)")
        shape = tuple(cursor.unpack("<Q") for _ in range(n_dims))
        tensors.append(TensorInfo(name, shape, cursor.unpack("<I"), cursor.unpack("<Q")))
    alignment = metadata.get("general.alignment", DEFAULT_ALIGNMENT)
    if not isinstance(alignment, int) or alignment <= 0:
        alignment = DEFAULT_ALIGNMENT
    data_offset = -(-cursor.pos // alignment) * alignment
    return GgufHeader(version, metadata, tensors, data_offset, cursor.pos)


def read_header(path: Path, first_read: int = 1 << 20) -> GgufHeader:
    """Parse a local file's header, reading only as many bytes as the header needs.

    Raises HeaderIncomplete if the file ends inside its header (a truncated download).
    """
    with path.open("rb") as handle:
        data = handle.read(first_read)
        while True:
            try:
                return parse_header(data)
            except HeaderIncomplete as short:
                more = handle.read(max(short.needed - len(data), len(data)))
                if not more:
                    raise
                data += more
