"""The fast GGUF header reader agrees with the gguf package and fails cleanly on bad bytes."""

from __future__ import annotations

import contextlib
import random
from pathlib import Path

import gguf
import pytest

from gpt4local.core.gguf_header import (
    HeaderError,
    HeaderIncomplete,
    SkippedArray,
    parse_header,
    read_header,
)


def test_matches_the_gguf_package(tiny_model: Path) -> None:
    ours = read_header(tiny_model)
    reference = gguf.GGUFReader(tiny_model)
    assert [t.name for t in ours.tensors] == [t.name for t in reference.tensors]
    for mine, theirs in zip(ours.tensors, reference.tensors, strict=True):
        assert ours.data_offset + mine.offset == theirs.data_offset
        assert mine.n_bytes == int(theirs.n_bytes)
        assert mine.n_elements == int(theirs.n_elements)
    assert ours.end_of_data == tiny_model.stat().st_size
    for key, field in reference.fields.items():
        if key.startswith("GGUF."):
            continue  # the reader's own pseudo-fields
        value = ours.metadata[key]
        if isinstance(value, SkippedArray):
            assert len(value) == len(field.data)
        elif isinstance(value, float):
            assert value == pytest.approx(field.contents())
        else:
            assert value == field.contents(), key


def test_long_arrays_are_skipped_but_counted(tiny_model: Path) -> None:
    tokens = read_header(tiny_model).get("tokenizer.ggml.tokens")
    assert isinstance(tokens, SkippedArray)
    assert len(tokens) == len(gguf.GGUFReader(tiny_model).fields["tokenizer.ggml.tokens"].data)


def test_every_cut_inside_the_header_asks_for_more_bytes(tiny_model: Path) -> None:
    data = tiny_model.read_bytes()
    header_size = read_header(tiny_model).header_size
    for cut in [*sorted(random.Random(3).sample(range(header_size), 200)), header_size - 1]:
        with pytest.raises(HeaderIncomplete) as short:
            parse_header(data[:cut])
        assert short.value.needed > cut
    assert parse_header(data[:header_size]).header_size == header_size


def test_flipped_bytes_never_escape_as_other_errors(tiny_model: Path) -> None:
    """A damaged header raises HeaderError (or parses); never IndexError, MemoryError, etc."""
    data = bytearray(tiny_model.read_bytes()[: read_header(tiny_model).header_size])
    rng = random.Random(11)
    for _ in range(300):
        damaged = bytearray(data)
        damaged[rng.randrange(4, len(damaged))] ^= 1 << rng.randrange(8)
        with contextlib.suppress(HeaderError):
            parse_header(damaged)


def test_not_a_gguf() -> None:
    with pytest.raises(HeaderError, match="not a GGUF"):
        parse_header(b"PK\x03\x04" + bytes(100))


def test_unsupported_version() -> None:
    with pytest.raises(HeaderError, match="version 7"):
        parse_header(b"GGUF" + (7).to_bytes(4, "little") + bytes(16))
