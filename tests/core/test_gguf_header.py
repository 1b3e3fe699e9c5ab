"""The fast GGUF header reader agrees with the gguf package and fails cleanly on bad bytes."""

from __future__ import annotations

import contextlib
import random
import re
import time
from pathlib import Path

import gguf
import pytest

from gpt4local.core.models.gguf_header import (
    MAX_HEADER_BYTES,
    HeaderError,
    HeaderIncomplete,
    HeaderTruncated,
    SkippedArray,
    parse_header,
    read_array,
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
    whole = tiny_model.read_bytes()
    data = bytearray(whole[: read_header(tiny_model).header_size])
    rng = random.Random(11)
    for _ in range(300):
        damaged = bytearray(data)
        damaged[rng.randrange(4, len(damaged))] ^= 1 << rng.randrange(8)
        for file_size in (None, len(whole)):
            with contextlib.suppress(HeaderError):
                parse_header(damaged, file_size)


def test_not_a_gguf() -> None:
    with pytest.raises(HeaderError, match="not a GGUF"):
        parse_header(b"PK\x03\x04" + bytes(100))


def test_unsupported_version() -> None:
    with pytest.raises(HeaderError, match="version 7"):
        parse_header(b"GGUF" + (7).to_bytes(4, "little") + bytes(16))


# --- hostile lengths and counts (issue 10, section 3) -----------------------------------------

# The four files of the issue, and their kin: each claims more than any file of its size holds.
HOSTILE = ["first-key-length-2^63", "array-length-2^60", "999999-keys", "999999-tensors",
           "first-key-length-2^32", "string-array-length-2^60", "u64-array-length-2^61",
           "2^64-1-keys", "2^63-tensors", "one-key-too-many", "one-tensor-too-many"]  # fmt: skip


@pytest.mark.parametrize("case", HOSTILE)
def test_a_hostile_length_or_count_is_refused_at_once(gguf_corpus, case: str) -> None:
    """Issue 10: "Each of these files makes read_header try to read the claimed length at once
    (gguf_header.py), raising MemoryError or OverflowError: a first key length of 2^63; an array
    of length 2^60; 999,999 keys; 999,999 tensors." Every length is now checked against the
    bytes left before anything is read: a clean HeaderError in milliseconds, for a local file
    (whose size is known) and for a prefix of unknown size alike (where asking for the claimed
    bytes would mean fetching gigabytes)."""
    data = gguf_corpus.case(case)
    for file_size in (len(data), None):
        started = time.perf_counter()
        with pytest.raises(HeaderError) as refused:
            parse_header(data, file_size)
        assert time.perf_counter() - started < 0.5
        assert not isinstance(refused.value, HeaderIncomplete)  # never "fetch more"
    with pytest.raises(HeaderError):
        read_header(gguf_corpus.files[case])


def test_a_prefix_asks_for_more_bytes_only_up_to_a_cap(gguf_corpus) -> None:
    """A prefix of a Hub file: a plausible length past the prefix asks for more bytes (and how
    many); one that would make the header larger than MAX_HEADER_BYTES is an error, so a damaged
    length cannot make the caller fetch gigabytes."""
    key = (4 << 20).to_bytes(8, "little")  # a 4 MiB first key: odd, but a prefix cannot tell
    prefix = gguf_corpus.good[:24] + key + b"k" * 1000
    with pytest.raises(HeaderIncomplete) as short:
        parse_header(prefix)
    assert short.value.needed == 32 + (4 << 20)
    huge = gguf_corpus.good[:24] + (MAX_HEADER_BYTES + 1).to_bytes(8, "little")
    with pytest.raises(HeaderError, match="larger than 64 MiB") as refused:
        parse_header(huge + b"k" * 1000)
    assert not isinstance(refused.value, HeaderIncomplete)


def test_a_cut_with_the_file_size_known_is_truncated_not_incomplete(tiny_model: Path) -> None:
    """With the file's size known, running out of bytes is the file's end, not a reason to read
    more: every cut inside the header is HeaderTruncated."""
    data = tiny_model.read_bytes()
    header_size = read_header(tiny_model).header_size
    for cut in sorted(random.Random(5).sample(range(header_size), 100)):
        with pytest.raises(HeaderTruncated, match="runs past the end of the file"):
            parse_header(data[:cut], cut)


# The format rules llama.cpp's gguf.cpp enforces, refused here first with the reason.
FORMAT_RULES = {
    "empty-key": "key 20 is empty",
    "duplicate-key": "'general.name' appears twice",
    "duplicate-tensor": "output.weight appears twice",
    "tensor-name-64-bytes": "64 bytes long",
    "tensor-5-dims": "5 dimensions",
    "tensor-negative-dim": "negative dimension",
    "tensor-dims-overflow": "more elements than llama.cpp can count",
    "tensor-type-99": "unknown type 99",
    "tensor-type-removed-q4_2": "unknown type 4",
    "tensor-row-not-whole-blocks": "rows of 33 values",
    "tensor-offset-misaligned": "starts at byte 4 of the data section",
    "alignment-0": "alignment 0 is not a power of 2",
    "alignment-3": "alignment 3 is not a power of 2",
    "alignment-as-string": "not a 32-bit unsigned integer",
    "nested-array": "nested arrays",
    "unknown-value-type": "unknown GGUF value type 13",
    "unknown-array-type": "unknown GGUF array type 13",
}


@pytest.mark.parametrize("case", FORMAT_RULES)
def test_files_gguf_cpp_refuses_are_refused_with_the_reason(gguf_corpus, case: str) -> None:
    """llama.cpp says only "failed to load model" for these; the reader names what is wrong."""
    with pytest.raises(HeaderError, match=re.escape(FORMAT_RULES[case])):
        read_header(gguf_corpus.files[case])


def test_skipped_arrays_can_be_read_back(tiny_model: Path) -> None:
    header = read_header(tiny_model)
    reference = gguf.GGUFReader(tiny_model).fields
    tokens = header.get("tokenizer.ggml.tokens")
    assert [t.decode() for t in read_array(tiny_model, tokens)] == list(
        reference["tokenizer.ggml.tokens"].contents()
    )
    types = read_array(tiny_model, header.get("tokenizer.ggml.token_type"))
    assert types == list(reference["tokenizer.ggml.token_type"].contents())
    assert header.types["tokenizer.ggml.tokens"] == (9, 8)  # an array of strings
    assert header.types["general.architecture"] == (8,)


@pytest.mark.parametrize("case", ["first-key-length-2^32", "999999-tensors", "array-length-2^60"])
def test_a_hostile_header_on_the_hub_is_refused_after_one_read(
    fake_hub, gguf_corpus, monkeypatch, case
) -> None:
    """The fit estimate of a Hub file reads the header from a ranged GET of its first bytes and
    fetches more while the header needs it. With the size the ranged read reports, a damaged
    length is refused at once as what it is, after one read of the file's first bytes."""
    from gpt4local.core.hub.api import HubError
    from gpt4local.core.models.remote_header import fetch_header

    monkeypatch.setenv("HF_ENDPOINT", fake_hub.url)
    path = gguf_corpus.files[case]
    fake_hub.add_repo("someone/bad-GGUF", {"bad.gguf": path})
    with pytest.raises(HubError, match=r"is not a usable GGUF: .*(past the end|claims)"):
        fetch_header("someone/bad-GGUF", "bad.gguf")
    reads = [r for r in fake_hub.requests if r.method == "GET" and r.path.endswith("bad.gguf")]
    assert len(reads) == 1
    assert sum(fake_hub.bytes_served.values()) <= path.stat().st_size
