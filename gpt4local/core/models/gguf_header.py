"""A fast, streaming reader for the GGUF header: metadata and tensor directory, never the weights.

The ``gguf`` package's GGUFReader builds a numpy view of every field and every array element,
which takes about a second for a 32,000-token vocabulary and longer for today's 150,000-token
ones; the Models page lists many files and the fit estimate reads headers of files still on the
Hub, from the first bytes of a ranged HTTP read. This parser walks the header once with
``struct``, keeps scalars and short arrays, and skips long arrays (vocabularies, merges) after
recording their length. It works on any bytes-like buffer: a memory-mapped local file, or a
downloaded prefix, where running out of bytes raises :class:`HeaderIncomplete` so the caller
can fetch more.

Every length and count is checked against the bytes that can follow it before anything is read
or allocated: a file's header claiming a 2**63-byte key or 999,999 tensors is refused at once,
never a MemoryError or a long loop. With ``file_size`` known (a local file, or a Hub file whose
size the ranged read reported), a claim past the end of the file is an error; without it, only
a claim past MAX_HEADER_BYTES is, so a hostile length cannot make a caller fetch gigabytes. The
format rules llama.cpp's gguf.cpp enforces (unique keys and tensor names, at most 4 dimensions,
known tensor types, whole blocks per row, tensors packed in order) are enforced here too, so a
file it would refuse is refused first, with the reason.

Format: https://github.com/ggml-org/ggml/blob/master/docs/gguf.md
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MAGIC = b"GGUF"
DEFAULT_ALIGNMENT = 32
KEEP_ARRAY_ITEMS = 64  # longer arrays are skipped; their length is kept (e.g. vocabulary size)
# The largest real headers (a 256,000-token vocabulary with its merges) are about 16 MiB.
MAX_HEADER_BYTES = 64 << 20
# Real files have about 50 keys and at most a few thousand tensors (tens of thousands for old
# mixture-of-experts files with one tensor per expert); more is a damaged count.
MAX_KEYS, MAX_TENSORS = 1 << 16, 1 << 17
MAX_ARRAY_ITEMS = 1 << 30  # llama.cpp's GGUF_MAX_ARRAY_ELEMENTS
MAX_TENSOR_NAME = 63  # llama.cpp's GGML_MAX_NAME, 64, counts the terminating NUL
MAX_DIMS = 4  # GGML_MAX_DIMS
# The fewest bytes a key-value pair (key length, one character, type, a one-byte value) and a
# tensor entry (name length, dimension count, type, offset) take.
MIN_KV_BYTES, MIN_TENSOR_BYTES = 8 + 1 + 4 + 1, 8 + 4 + 4 + 8

# Value types of the format, with struct codes for the fixed-size ones.
_SCALARS = {0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 6: "<f", 7: "<?", 10: "<Q",
            11: "<q", 12: "<d"}  # fmt: skip
UINT32, STRING, ARRAY = 4, 8, 9
TYPE_NAMES = {0: "uint8", 1: "int8", 2: "uint16", 3: "int16", 4: "uint32", 5: "int32",
              6: "float32", 7: "bool", 8: "string", 9: "array", 10: "uint64", 11: "int64",
              12: "float64"}  # fmt: skip


class HeaderError(ValueError):
    """The bytes are not a GGUF header this reader understands."""


class HeaderIncomplete(HeaderError):
    """The buffer ends inside the header; ``needed`` is a lower bound for the bytes required."""

    def __init__(self, needed: int) -> None:
        super().__init__(f"the GGUF header needs more than {needed:,} bytes")
        self.needed = needed


class HeaderTruncated(HeaderError):
    """The header claims more bytes than the file has: cut short, or a length is damaged."""


@dataclass(frozen=True)
class SkippedArray:
    """A long array that was not kept: its element type, length, and where its items are."""

    item_type: int
    length: int
    start: int = 0  # byte offset of the first item in the file
    end: int = 0  # byte offset just past the last item

    def __len__(self) -> int:
        return self.length


def block_size(ggml_type: int) -> tuple[int, int] | None:
    """(values per block, bytes per block) of a tensor type llama.cpp can load, or None."""
    from gguf import GGML_QUANT_SIZES, GGMLQuantizationType

    try:
        return GGML_QUANT_SIZES[GGMLQuantizationType(ggml_type)]
    except (KeyError, ValueError):
        return None


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
        sizes = block_size(self.ggml_type)
        if sizes is None:
            raise HeaderError(f"tensor {self.name} has unknown type {self.ggml_type}")
        return self.n_elements // sizes[0] * sizes[1]


@dataclass(frozen=True)
class GgufHeader:
    version: int
    metadata: dict[str, Any]
    tensors: list[TensorInfo] = field(repr=False)
    data_offset: int  # where the tensor data starts in the file
    header_size: int  # bytes parsed (before alignment padding)
    # Each key's GGUF value type; an array's is (ARRAY, item type).
    types: dict[str, tuple[int, ...]] = field(default_factory=dict, repr=False)

    def get(self, key: str, default: Any = None) -> Any:
        return self.metadata.get(key, default)

    @property
    def end_of_data(self) -> int:
        """The file size the tensor directory needs: the end of the last tensor."""
        return max((self.data_offset + t.offset + t.n_bytes for t in self.tensors), default=0)


class _Cursor:
    def __init__(self, buffer: Any, file_size: int | None) -> None:
        self.view = memoryview(buffer)
        self.pos = 0
        self.file_size = file_size
        # What the header may not pass: the end of the file, and in any case MAX_HEADER_BYTES.
        self.limit = MAX_HEADER_BYTES if file_size is None else min(file_size, MAX_HEADER_BYTES)

    def room(self) -> int:
        return self.limit - self.pos

    def need(self, size: int, what: str) -> None:
        """Make sure ``size`` bytes can follow, before reading or allocating them."""
        end = self.pos + size
        if end > self.limit:
            if self.file_size is not None and end > self.file_size:
                raise HeaderTruncated(f"{what} at byte {self.pos:,} runs past the end of the file "
                                      f"({self.file_size:,} bytes)")  # fmt: skip
            raise HeaderError(f"{what} at byte {self.pos:,} would make the header larger than "
                              f"{MAX_HEADER_BYTES >> 20} MiB")  # fmt: skip
        if end > len(self.view):
            raise HeaderIncomplete(end)

    def take(self, size: int, what: str) -> memoryview:
        self.need(size, what)
        chunk = self.view[self.pos : self.pos + size]
        self.pos += size
        return chunk

    def unpack(self, code: str, what: str = "a number") -> Any:
        size = struct.calcsize(code)
        self.need(size, what)
        (value,) = struct.unpack_from(code, self.view, self.pos)
        self.pos += size
        return value

    def string(self, what: str = "a string") -> str:
        length = self.unpack("<Q", what)
        return bytes(self.take(length, f"{what} of {length:,} bytes")).decode("utf-8", "replace")

    def skip_strings(self, count: int) -> None:
        view, pos, end = self.view, self.pos, len(self.view)
        for _ in range(count):
            if pos + 8 > end:
                self.pos = pos
                self.need(8, "a string")
            length = struct.unpack_from("<Q", view, pos)[0]
            if pos + 8 + length > end:
                self.pos = pos + 8
                self.need(length, f"a string of {length:,} bytes")
            pos += 8 + length
        self.pos = pos

    def value(self, value_type: int) -> Any:
        if value_type in _SCALARS:
            return self.unpack(_SCALARS[value_type])
        if value_type == STRING:
            return self.string()
        if value_type == ARRAY:
            return self.array()[1]
        raise HeaderError(f"unknown GGUF value type {value_type} at byte {self.pos:,}")

    def array(self) -> tuple[int, list | SkippedArray]:
        """(item type, items): the items as a list, or a SkippedArray if there are many."""
        item_type, length = self.unpack("<I"), self.unpack("<Q")
        if item_type == ARRAY:  # allowed by the spec, used by no model, and a recursion trap
            raise HeaderError(f"nested arrays (at byte {self.pos:,}) are not supported")
        if item_type != STRING and item_type not in _SCALARS:
            raise HeaderError(f"unknown GGUF array type {item_type} at byte {self.pos:,}")
        item_size = 8 if item_type == STRING else struct.calcsize(_SCALARS[item_type])
        if length > MAX_ARRAY_ITEMS:
            raise HeaderError(f"an array at byte {self.pos:,} claims {length:,} items")
        self.need(length * item_size, f"an array of {length:,} items")  # the least it takes
        if length <= KEEP_ARRAY_ITEMS:
            return item_type, [self.value(item_type) for _ in range(length)]
        start = self.pos
        if item_type == STRING:
            self.skip_strings(length)
        else:
            self.take(length * item_size, f"an array of {length:,} items")
        return item_type, SkippedArray(item_type, length, start, self.pos)


def _metadata(cursor: _Cursor, n_kv: int) -> tuple[dict[str, Any], dict[str, tuple[int, ...]]]:
    metadata: dict[str, Any] = {}
    types: dict[str, tuple[int, ...]] = {}
    for index in range(n_kv):
        key = cursor.string("a key")
        if not key:
            raise HeaderError(f"key {index} is empty")
        if key in metadata:
            raise HeaderError(f"the key {key!r} appears twice")
        value_type = cursor.unpack("<I")
        if value_type == ARRAY:
            item_type, metadata[key] = cursor.array()
            types[key] = (ARRAY, item_type)
        else:
            metadata[key] = cursor.value(value_type)
            types[key] = (value_type,)
    return metadata, types


def _tensor(cursor: _Cursor) -> TensorInfo:
    name = cursor.string("a tensor name")
    if len(name.encode()) > MAX_TENSOR_NAME:
        raise HeaderError(f"a tensor name is {len(name.encode())} bytes long (at most "
                          f"{MAX_TENSOR_NAME}): {name[:40]!r}…")  # fmt: skip
    n_dims = cursor.unpack("<I")
    if n_dims > MAX_DIMS:
        raise HeaderError(f"tensor {name} has {n_dims:,} dimensions (at most {MAX_DIMS})")
    shape = tuple(cursor.unpack("<q") for _ in range(n_dims))
    if any(dim < 0 for dim in shape):
        raise HeaderError(f"tensor {name} has a negative dimension {shape}")
    count = 1
    for dim in shape:
        count *= dim
    if count >= 1 << 63:
        raise HeaderError(f"tensor {name} has more elements than llama.cpp can count {shape}")
    ggml_type = cursor.unpack("<I")
    sizes = block_size(ggml_type)
    if sizes is None:
        raise HeaderError(f"tensor {name} has unknown type {ggml_type}")
    if shape and shape[0] % sizes[0]:
        raise HeaderError(f"tensor {name} has rows of {shape[0]:,} values, not whole blocks of "
                          f"{sizes[0]} for its type")  # fmt: skip
    return TensorInfo(name, shape, ggml_type, cursor.unpack("<Q"))


def _alignment(metadata: dict[str, Any], types: dict[str, tuple[int, ...]]) -> int:
    if "general.alignment" not in metadata:
        return DEFAULT_ALIGNMENT
    alignment = metadata["general.alignment"]
    if types["general.alignment"] != (UINT32,):
        raise HeaderError("general.alignment is not a 32-bit unsigned integer")
    if alignment <= 0 or alignment & (alignment - 1):
        raise HeaderError(f"general.alignment {alignment} is not a power of 2")
    return int(alignment)


def _check_packing(tensors: list[TensorInfo], alignment: int) -> None:
    """llama.cpp wants the tensors one after the other, each padded to the alignment."""
    expected = 0
    for tensor in tensors:
        if tensor.offset != expected:
            raise HeaderError(f"tensor {tensor.name} starts at byte {tensor.offset:,} of the data "
                              f"section, where {expected:,} was expected")  # fmt: skip
        expected += -(-tensor.n_bytes // alignment) * alignment


def parse_header(buffer: Any, file_size: int | None = None) -> GgufHeader:
    """Parse a GGUF header from the start of ``buffer`` (bytes, bytearray, mmap, memoryview).

    ``file_size``: the size of the whole file ``buffer`` starts, when known: a length past it
    is then a HeaderTruncated error instead of a request for more bytes (HeaderIncomplete).
    """
    cursor = _Cursor(buffer, file_size)
    if bytes(cursor.take(4, "the file type")) != MAGIC:
        raise HeaderError("not a GGUF file (it does not start with 'GGUF')")
    version = cursor.unpack("<I")
    if version not in (2, 3):
        raise HeaderError(f"GGUF version {version} is not supported (2 and 3 are)")
    n_tensors, n_kv = cursor.unpack("<Q"), cursor.unpack("<Q")
    if n_tensors > MAX_TENSORS or n_kv > MAX_KEYS:
        raise HeaderError(f"the header claims {n_kv:,} keys and {n_tensors:,} tensors, more than "
                          "any model has")  # fmt: skip
    cursor.need(n_kv * MIN_KV_BYTES + n_tensors * MIN_TENSOR_BYTES,
                f"a header of {n_kv:,} keys and {n_tensors:,} tensors")  # fmt: skip
    metadata, types = _metadata(cursor, n_kv)
    tensors: list[TensorInfo] = []
    names: set[str] = set()
    for _ in range(n_tensors):
        tensor = _tensor(cursor)
        if tensor.name in names:
            raise HeaderError(f"the tensor {tensor.name} appears twice")
        names.add(tensor.name)
        tensors.append(tensor)
    alignment = _alignment(metadata, types)
    _check_packing(tensors, alignment)
    data_offset = -(-cursor.pos // alignment) * alignment
    return GgufHeader(version, metadata, tensors, data_offset, cursor.pos, types)


def read_header(path: Path, first_read: int = 1 << 20) -> GgufHeader:
    """Parse a local file's header, reading only as many bytes as the header needs.

    Raises HeaderTruncated if the file ends inside its header (a truncated download).
    """
    with path.open("rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        data = handle.read(first_read)
        while True:
            try:
                return parse_header(data, size)
            except HeaderIncomplete as short:
                more = handle.read(max(short.needed - len(data), len(data)))
                if not more:  # shorter than it was a moment ago: being written or truncated
                    raise HeaderTruncated(f"the file ends at byte {len(data):,}") from None
                data += more


def read_array(path: Path, array: SkippedArray) -> list[Any]:
    """The items of a long array the header reader skipped: strings as bytes.

    Raises HeaderTruncated if the file no longer holds them (it changed since it was parsed).
    """
    with path.open("rb") as handle:
        handle.seek(array.start)
        data = handle.read(array.end - array.start)
    if len(data) != array.end - array.start:
        raise HeaderTruncated(f"the file ends at byte {array.start + len(data):,}")
    if array.item_type != STRING:
        code = _SCALARS.get(array.item_type, "")[1:]
        return list(struct.unpack(f"<{array.length}{code}", data))
    items, pos = [], 0
    for _ in range(array.length):
        (length,) = struct.unpack_from("<Q", data, pos)
        items.append(data[pos + 8 : pos + 8 + length])
        pos += 8 + length
    return items
