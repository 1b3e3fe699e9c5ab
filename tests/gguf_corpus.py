"""A corpus of malformed GGUF files: everything a damaged download or a hostile file can be.

Each file is a small loadable model (``synthetic_model.write_model``) with one thing wrong: cut
short, a bit flipped, a length or count that claims more than the file holds, a key of the wrong
type or out of range, tensors missing or misshapen, a tokenizer missing or inconsistent. The
files are written with a raw serializer (not the ``gguf`` package's writer), so anything the
format can express can be written, including what the package would refuse to write.

Used by tests/core/test_gguf_corpus.py (every file gets one clear reason, never a traceback) and
benchmarks/gguf_corpus_vs_llama.py (what llama.cpp itself does with each file).
"""

from __future__ import annotations

import copy
import random
import struct
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import gguf

from gpt4local.diagnostics.synthetic_model import write_model

# GGUF value types.
U8, I8, U16, I16, U32, I32, F32, BOOL, STRING, ARRAY, U64, I64, F64 = range(13)
_SCALAR_CODES = {U8: "<B", I8: "<b", U16: "<H", I16: "<h", U32: "<I", I32: "<i", F32: "<f",
                 BOOL: "<?", U64: "<Q", I64: "<q", F64: "<d"}  # fmt: skip
F32_TENSOR, F16_TENSOR, Q4_0_TENSOR, I8_TENSOR = 0, 1, 2, 24


@dataclass
class Kv:
    key: str
    type: int
    value: Any
    item_type: int | None = None  # for arrays


@dataclass
class Tensor:
    name: str
    dims: list[int]  # ggml order: the row length first
    ggml_type: int
    data: bytes
    offset: int | None = None  # None: the next aligned position


@dataclass
class RawGguf:
    """A GGUF file as a list of keys and tensors, serialized exactly as given."""

    kvs: list[Kv]
    tensors: list[Tensor]
    version: int = 3
    alignment: int = 32
    # Counts written in the header instead of the real ones.
    n_kv: int | None = None
    n_tensors: int | None = None

    def get(self, key: str) -> Kv:
        return next(kv for kv in self.kvs if kv.key == key)

    def set(self, key: str, type_: int, value: Any, item_type: int | None = None) -> RawGguf:
        kvs = [kv for kv in self.kvs if kv.key != key]
        self.kvs = [*kvs, Kv(key, type_, value, item_type)]
        return self

    def drop(self, *keys: str) -> RawGguf:
        self.kvs = [kv for kv in self.kvs if kv.key not in keys]
        return self

    def drop_tensors(self, predicate: Callable[[str], bool]) -> RawGguf:
        self.tensors = [t for t in self.tensors if not predicate(t.name)]
        return self

    def tensor(self, name: str) -> Tensor:
        return next(t for t in self.tensors if t.name == name)

    def to_bytes(self) -> bytes:
        data = [_sized(t) for t in self.tensors]
        out = bytearray(self.header_bytes(data))
        out += bytes(_aligned(len(out), self.alignment) - len(out))
        for raw in data:
            out += raw + bytes(_aligned(len(raw), self.alignment) - len(raw))
        return bytes(out)

    def header_size(self) -> int:
        """Bytes of the header (metadata and tensor directory), before the alignment padding."""
        return len(self.header_bytes([_sized(t) for t in self.tensors]))

    def header_bytes(self, data: list[bytes]) -> bytes:
        out = bytearray(b"GGUF")
        out += struct.pack("<I", self.version)
        out += struct.pack("<Q", len(self.tensors) if self.n_tensors is None else self.n_tensors)
        out += struct.pack("<Q", len(self.kvs) if self.n_kv is None else self.n_kv)
        for kv in self.kvs:
            out += _string(kv.key) + struct.pack("<I", kv.type)
            if kv.type == ARRAY:
                assert kv.item_type is not None
                out += struct.pack("<IQ", kv.item_type, len(kv.value))
                for item in kv.value:
                    out += _value(kv.item_type, item)
            else:
                out += _value(kv.type, kv.value)
        position = 0
        for tensor, raw in zip(self.tensors, data, strict=True):
            offset = position if tensor.offset is None else tensor.offset
            position = _aligned(position + len(raw), self.alignment)
            out += _string(tensor.name) + struct.pack("<I", len(tensor.dims))
            out += b"".join(struct.pack("<Q", d % (1 << 64)) for d in tensor.dims)
            out += struct.pack("<IQ", tensor.ggml_type, offset)
        return bytes(out)


def _sized(tensor: Tensor) -> bytes:
    """The tensor's data, cut or padded with zeros to what its shape and type take (as given
    when they make no sense), so a changed shape changes only what it is meant to."""
    try:
        sizes = gguf.GGML_QUANT_SIZES[gguf.GGMLQuantizationType(tensor.ggml_type)]
    except (KeyError, ValueError):
        return tensor.data
    count = 1
    for dim in tensor.dims:
        count *= dim
    if any(d < 0 for d in tensor.dims) or count >= 1 << 63:
        return tensor.data
    size = count // sizes[0] * sizes[1]
    return tensor.data[:size].ljust(size, b"\0")


def _aligned(n: int, alignment: int) -> int:
    return -(-n // alignment) * alignment if alignment > 0 else n


def _string(text: str | bytes) -> bytes:
    raw = text.encode() if isinstance(text, str) else text
    return struct.pack("<Q", len(raw)) + raw


def _value(type_: int, value: Any) -> bytes:
    if type_ == STRING:
        return _string(value)
    return struct.pack(_SCALAR_CODES.get(type_, "<I"), value)  # 4 bytes for an unknown type


def from_file(path: Path) -> RawGguf:
    """A GGUF file (written by the gguf package) as a RawGguf to modify."""
    reader = gguf.GGUFReader(path)
    kvs = []
    for key, item in reader.fields.items():
        if key.startswith("GGUF."):
            continue
        types = [int(t) for t in item.types]
        if types[0] == ARRAY:
            kvs.append(Kv(key, ARRAY, list(item.contents()), types[-1]))
        else:
            kvs.append(Kv(key, types[0], item.contents()))
    tensors = [
        Tensor(t.name, [int(d) for d in t.shape], int(t.tensor_type), t.data.tobytes())
        for t in reader.tensors
    ]
    return RawGguf(kvs, tensors)


# --- the corpus ------------------------------------------------------------------------------

Mutation = Callable[[RawGguf, bytes], bytes]


def _meta(change: Callable[[RawGguf], Any]) -> Mutation:
    """A mutation of the keys or tensors, serialized afterwards."""

    def mutate(model: RawGguf, _good: bytes) -> bytes:
        changed = copy.deepcopy(model)
        change(changed)
        return changed.to_bytes()

    return mutate


def _raw(change: Callable[[bytes], bytes]) -> Mutation:
    return lambda _model, good: change(good)


def _prefix(model: RawGguf, n_kv: int | None = None, n_tensors: int | None = None) -> bytes:
    """Magic, version and counts: the first 24 bytes."""
    return b"GGUF" + struct.pack("<IQQ", model.version,
                                 len(model.tensors) if n_tensors is None else n_tensors,
                                 len(model.kvs) if n_kv is None else n_kv)  # fmt: skip


def _flip(seed: int) -> Mutation:
    def mutate(model: RawGguf, good: bytes) -> bytes:
        rng = random.Random(seed)
        damaged = bytearray(good)
        for _ in range(3):
            position = rng.randrange(24, model.header_size())
            damaged[position] ^= 1 << rng.randrange(8)
        return bytes(damaged)

    return mutate


def _swap_kv_types(key: str, type_: int, value: Any, item_type: int | None = None) -> Mutation:
    return _meta(lambda m: m.set(key, type_, value, item_type))


def _huge_first_key(length: int) -> Mutation:
    return lambda model, good: _prefix(model) + struct.pack("<Q", length) + good[32:]


def _huge_array(item_type: int, length: int) -> Mutation:
    def mutate(model: RawGguf, _good: bytes) -> bytes:
        changed = copy.deepcopy(model)
        changed.set("general.tags", ARRAY, ["x"], STRING)
        data = bytearray(changed.to_bytes())
        marker = _string("general.tags") + struct.pack("<IIQ", ARRAY, STRING, 1)
        at = data.index(marker) + len(marker) - 12
        data[at : at + 12] = struct.pack("<IQ", item_type, length)
        return bytes(data)

    return mutate


def _tensor_field(tensor_name: str, **changes: Any) -> Mutation:
    def change(model: RawGguf) -> None:
        tensor = model.tensor(tensor_name)
        for attribute, value in changes.items():
            setattr(tensor, attribute, value)

    return _meta(change)


def _vocab_only(model: RawGguf) -> None:
    model.tensors = []


def _kv_heads_not_dividing(model: RawGguf) -> None:
    """4 query heads over 3 key-value heads, with tensors shaped to match: llama.cpp loads the
    weights, then aborts building the attention graph (heads cannot be shared out evenly)."""
    model.set("llama.attention.head_count", U32, 4)
    model.set("llama.attention.head_count_kv", U32, 3)
    model.set("llama.rope.dimension_count", U32, 8)
    for layer in (0, 1):
        for kind in ("attn_k", "attn_v"):
            model.tensor(f"blk.{layer}.{kind}.weight").dims = [32, 24]


def _duplicate_token(model: RawGguf) -> None:
    tokens = model.get("tokenizer.ggml.tokens").value
    tokens[300] = tokens[301]


def _two_empty_tokens(model: RawGguf) -> None:
    """Valid: llama.cpp names empty tokens "[EMPTY_<id>]", so two of them are not one twice."""
    tokens = model.get("tokenizer.ggml.tokens").value
    tokens[300] = tokens[301] = ""


def _vision_projector(model: RawGguf) -> None:
    """Shaped like an mmproj file from a vision model's repository: architecture "clip"."""
    model.kvs = [kv for kv in model.kvs if not kv.key.startswith(("llama.", "tokenizer."))]
    model.set("general.architecture", STRING, "clip")
    model.set("clip.has_vision_encoder", BOOL, True)


def _one_token(model: RawGguf) -> None:
    model.set("tokenizer.ggml.tokens", ARRAY, ["<unk>"], STRING)
    model.set("tokenizer.ggml.scores", ARRAY, [0.0], F32)
    model.set("tokenizer.ggml.token_type", ARRAY, [2], I32)
    model.tensor("token_embd.weight").dims = [32, 1]
    model.tensor("output.weight").dims = [32, 1]


def _bpe_without_merges(model: RawGguf) -> None:
    model.set("tokenizer.ggml.model", STRING, "gpt2")
    model.set("tokenizer.ggml.pre", STRING, "default")


# fmt: off
CORPUS: dict[str, Mutation] = {
    # The file itself
    "empty": _raw(lambda good: b""),
    "magic-only": _raw(lambda good: good[:4]),
    "cut-after-version": _raw(lambda good: good[:8]),
    "cut-after-counts": _raw(lambda good: good[:24]),
    "wrong-magic": _raw(lambda good: b"GGUG" + good[4:]),
    "zip-file": _raw(lambda good: b"PK\x03\x04" + good[4:200]),
    "version-1": _raw(lambda good: good[:4] + struct.pack("<I", 1) + good[8:]),
    "version-4": _raw(lambda good: good[:4] + struct.pack("<I", 4) + good[8:]),
    "version-big-endian": _raw(lambda good: good[:4] + struct.pack(">I", 3) + good[8:]),
    # Lengths and counts that claim more than the file holds
    "first-key-length-2^63": _huge_first_key(1 << 63),
    "first-key-length-2^32": _huge_first_key(1 << 32),
    "first-key-length-1MiB": _huge_first_key(1 << 20),
    "array-length-2^60": _huge_array(U8, 1 << 60),
    "string-array-length-2^60": _huge_array(STRING, 1 << 60),
    "u64-array-length-2^61": _huge_array(U64, 1 << 61),
    "999999-keys": lambda model, good: _prefix(model, n_kv=999_999) + good[24:],
    "999999-tensors": lambda model, good: _prefix(model, n_tensors=999_999) + good[24:],
    "2^64-1-keys": lambda model, good: _prefix(model, n_kv=(1 << 64) - 1) + good[24:],
    "2^63-tensors": lambda model, good: _prefix(model, n_tensors=1 << 63) + good[24:],
    "one-key-too-many": lambda model, good: _prefix(model, n_kv=len(model.kvs) + 1) + good[24:],
    "one-tensor-too-many": lambda model, good: (
        _prefix(model, n_tensors=len(model.tensors) + 1) + good[24:]
    ),
    "one-tensor-too-few": lambda model, good: (
        _prefix(model, n_tensors=len(model.tensors) - 1) + good[24:]
    ),
    # Cut short
    "cut-in-first-key": _raw(lambda good: good[:30]),
    "cut-in-vocabulary": lambda model, good: good[: model.header_size() // 3],
    "cut-in-tensor-infos": lambda model, good: good[: model.header_size() - 40],
    "cut-at-end-of-header": lambda model, good: good[: model.header_size()],
    "cut-in-tensor-data": _raw(lambda good: good[: len(good) * 2 // 3]),
    "one-byte-short": _raw(lambda good: good[:-1]),
    # Bits flipped in the header
    **{f"bit-flips-{seed}": _flip(seed) for seed in range(6)},
    # The key-value section
    "unknown-value-type": _swap_kv_types("general.name", 13, 0),
    "unknown-array-type": _meta(lambda m: m.set("general.tags", ARRAY, [], 13)),
    "nested-array": _meta(lambda m: m.set("general.tags", ARRAY, [], ARRAY)),
    "empty-key": _meta(lambda m: m.set("", STRING, "x")),
    "duplicate-key": _meta(lambda m: m.kvs.append(copy.deepcopy(m.get("general.name")))),
    "alignment-0": _swap_kv_types("general.alignment", U32, 0),
    "alignment-3": _swap_kv_types("general.alignment", U32, 3),
    "alignment-as-string": _swap_kv_types("general.alignment", STRING, "32"),
    "alignment-2^31": _swap_kv_types("general.alignment", U32, 1 << 31),
    # Tensor directory
    "duplicate-tensor": _meta(lambda m: m.tensors.append(copy.deepcopy(m.tensors[-1]))),
    "tensor-name-64-bytes": _tensor_field("output.weight", name="o" * 64),
    "tensor-5-dims": _tensor_field("output_norm.weight", dims=[32, 1, 1, 1, 1]),
    "tensor-negative-dim": _tensor_field("output_norm.weight", dims=[-32]),
    "tensor-dims-overflow": _tensor_field("output_norm.weight", dims=[1 << 40, 1 << 40]),
    "tensor-zero-dim": _tensor_field("output_norm.weight", dims=[0]),
    "tensor-type-99": _tensor_field("output_norm.weight", ggml_type=99),
    "tensor-type-removed-q4_2": _tensor_field("output_norm.weight", ggml_type=4),
    "tensor-row-not-whole-blocks": _tensor_field("blk.0.attn_q.weight", dims=[33, 32],
                                                 ggml_type=Q4_0_TENSOR),
    "tensor-offset-misaligned": _tensor_field("output_norm.weight", offset=4),
    "tensor-offset-past-end": _tensor_field("output.weight", offset=1 << 40),
    "tensor-wrong-shape-token-embd": _tensor_field("token_embd.weight", dims=[16, 478]),
    "tensor-wrong-shape-attn-q": _tensor_field("blk.0.attn_q.weight", dims=[32, 16]),
    "tensor-norm-in-f16": _tensor_field("output_norm.weight", ggml_type=F16_TENSOR),
    "tensor-weight-in-int8": _tensor_field("blk.0.attn_q.weight", ggml_type=I8_TENSOR),
    "tensor-token-embd-for-fewer-tokens": _tensor_field("token_embd.weight", dims=[32, 400]),
    "tensor-unknown-extra": _meta(lambda m: m.tensors.append(
        Tensor("blk.0.mystery.weight", [32], F32_TENSOR, bytes(128)))),
    # Missing parts
    "zero-tensors": _meta(lambda m: setattr(m, "tensors", [])),
    "vocabulary-only": _meta(_vocab_only),
    "no-token-embd": _meta(lambda m: m.drop_tensors(lambda n: n == "token_embd.weight")),
    "no-output-norm": _meta(lambda m: m.drop_tensors(lambda n: n == "output_norm.weight")),
    "no-layer-1": _meta(lambda m: m.drop_tensors(lambda n: n.startswith("blk.1."))),
    "no-architecture": _meta(lambda m: m.drop("general.architecture")),
    "architecture-empty": _swap_kv_types("general.architecture", STRING, ""),
    "architecture-as-int": _swap_kv_types("general.architecture", U32, 7),
    "vision-projector": _meta(_vision_projector),
    "architecture-unknown": _swap_kv_types("general.architecture", STRING, "martian-lm"),
    # Shape keys: missing, of the wrong type, out of range, inconsistent
    "context-length-0": _swap_kv_types("llama.context_length", U32, 0),
    "context-length-0xFFFFFFFF": _swap_kv_types("llama.context_length", U32, 0xFFFFFFFF),
    "context-length-as-string": _swap_kv_types("llama.context_length", STRING, "4096"),
    "context-length-missing": _meta(lambda m: m.drop("llama.context_length")),
    "embedding-length-0": _swap_kv_types("llama.embedding_length", U32, 0),
    "embedding-length-missing": _meta(lambda m: m.drop("llama.embedding_length")),
    "block-count-0": _swap_kv_types("llama.block_count", U32, 0),
    "block-count-3": _swap_kv_types("llama.block_count", U32, 3),
    "block-count-513": _swap_kv_types("llama.block_count", U32, 513),
    "block-count-0xFFFFFFFF": _swap_kv_types("llama.block_count", U32, 0xFFFFFFFF),
    "head-count-0": _swap_kv_types("llama.attention.head_count", U32, 0),
    "head-count-3": _swap_kv_types("llama.attention.head_count", U32, 3),
    "head-count-negative": _swap_kv_types("llama.attention.head_count", I32, -2),
    "head-count-0xFFFFFFFF": _swap_kv_types("llama.attention.head_count", U32, 0xFFFFFFFF),
    "head-count-kv-0": _swap_kv_types("llama.attention.head_count_kv", U32, 0),
    "head-count-kv-3": _swap_kv_types("llama.attention.head_count_kv", U32, 3),
    "head-count-kv-not-dividing": _meta(lambda m: (
        m.set("llama.attention.head_count", U32, 4), m.set("llama.rope.dimension_count", U32, 8),
        m.set("llama.attention.head_count_kv", U32, 3))),
    "head-count-kv-3-of-4": _meta(_kv_heads_not_dividing),
    "head-count-kv-per-layer-unlike-tensors": _swap_kv_types("llama.attention.head_count_kv",
                                                             ARRAY, [2, 1], U32),
    "head-count-per-layer-too-short": _swap_kv_types("llama.attention.head_count", ARRAY, [2],
                                                     U32),
    "rope-dimension-wrong": _swap_kv_types("llama.rope.dimension_count", U32, 8),
    "rope-scaling-bogus": _swap_kv_types("llama.rope.scaling.type", STRING, "bogus"),
    "nextn-layers-more-than-blocks": _swap_kv_types("llama.nextn_predict_layers", U32, 5),
    "rms-epsilon-nan": _swap_kv_types("llama.attention.layer_norm_rms_epsilon", F32,
                                      float("nan")),
    "rms-epsilon-negative": _swap_kv_types("llama.attention.layer_norm_rms_epsilon", F32, -1.0),
    "context-length-2^31-1": _swap_kv_types("llama.context_length", U32, (1 << 31) - 1),
    "context-length-as-uint64": _swap_kv_types("llama.context_length", U64, 4096),
    "embedding-length-2^31": _swap_kv_types("llama.embedding_length", U32, 1 << 31),
    "feed-forward-0": _swap_kv_types("llama.feed_forward_length", U32, 0),
    "rms-epsilon-as-string": _swap_kv_types("llama.attention.layer_norm_rms_epsilon", STRING,
                                            "1e-5"),
    "expert-count-1000": _meta(lambda m: (m.set("llama.expert_count", U32, 1000),
                                          m.set("llama.expert_used_count", U32, 2))),
    "expert-used-more-than-experts": _meta(lambda m: (m.set("llama.expert_count", U32, 2),
                                                      m.set("llama.expert_used_count", U32, 4))),
    # The tokenizer
    "no-tokenizer": _meta(lambda m: m.drop(*[kv.key for kv in m.kvs
                                             if kv.key.startswith("tokenizer.ggml.")])),
    "no-tokenizer-model": _meta(lambda m: m.drop("tokenizer.ggml.model")),
    "tokenizer-model-bogus": _swap_kv_types("tokenizer.ggml.model", STRING, "bogus"),
    "no-tokens": _meta(lambda m: m.drop("tokenizer.ggml.tokens")),
    "tokens-empty": _swap_kv_types("tokenizer.ggml.tokens", ARRAY, [], STRING),
    "tokens-as-ints": _meta(lambda m: m.set("tokenizer.ggml.tokens", ARRAY,
                                            list(range(len(m.get("tokenizer.ggml.tokens").value))),
                                            I32)),
    "scores-too-short": _swap_kv_types("tokenizer.ggml.scores", ARRAY, [0.0] * 5, F32),
    "token-types-as-strings": _meta(lambda m: m.set(
        "tokenizer.ggml.token_type", ARRAY, ["1"] * len(m.get("tokenizer.ggml.tokens").value),
        STRING)),
    "bpe-without-merges": _meta(_bpe_without_merges),
    "tokenizer-none": _swap_kv_types("tokenizer.ggml.model", STRING, "none"),
    "tokenizer-bert-with-byte-tokens": _swap_kv_types("tokenizer.ggml.model", STRING, "bert"),
    "duplicate-token": _meta(_duplicate_token),
    "two-empty-tokens": _meta(_two_empty_tokens),
    "one-token-vocabulary": _meta(_one_token),
    "bos-id-out-of-range": _swap_kv_types("tokenizer.ggml.bos_token_id", U32, 999_999),
    "eos-id-0xFFFFFFFF": _swap_kv_types("tokenizer.ggml.eos_token_id", U32, 0xFFFFFFFF),
    "unk-id-out-of-range": _swap_kv_types("tokenizer.ggml.unknown_token_id", U32, 478),
    "bos-id-as-string": _swap_kv_types("tokenizer.ggml.bos_token_id", STRING, "1"),
    "chat-template-as-int": _swap_kv_types("tokenizer.chat_template", U32, 7),
}
# fmt: on


@dataclass
class Corpus:
    folder: Path
    model: RawGguf  # the good model every case starts from
    good: bytes  # its file
    files: dict[str, Path] = field(default_factory=dict)  # by case name

    def case(self, name: str) -> bytes:
        """A case's bytes, written afresh (the mutations never change ``model``)."""
        return CORPUS[name](self.model, self.good)


def build_corpus(folder: Path, names: list[str] | None = None) -> Corpus:
    """Write the corpus (or the named cases) into ``folder`` as ``<case>.gguf``."""
    folder.mkdir(parents=True, exist_ok=True)
    base_path = write_model(folder / "base.gguf.tmp", name="corpus-base")
    good = base_path.read_bytes()
    model = from_file(base_path)
    base_path.unlink()
    assert model.to_bytes() == good, "the raw serializer must reproduce the gguf package's file"
    corpus = Corpus(folder, model, good)
    for name in CORPUS if names is None else names:
        path = folder / f"{name}.gguf"
        path.write_bytes(corpus.case(name))
        corpus.files[name] = path
    return corpus


# --- the command line over the whole corpus, in one process ----------------------------------

CLI_COMMANDS = {
    "fit": ["models", "fit", "{path}"],
    "chat": ["chat", "--model", "{path}", "--prompt", "hi", "--max-tokens", "2"],
}


def run_cli(paths: list[Path]) -> None:
    """Run `models fit` and `chat --prompt hi` on each file through gpt4local.cli.main.main(), the
    command line's own entry point, in this one process (a process per file would make the
    suite slow). One JSON line per run on stdout, with its exit code, what it wrote to stderr
    and how long it took; a "start" line before each, so a crash names the file."""
    import contextlib
    import io
    import json
    import sys
    import time
    import traceback

    from gpt4local.cli.main import main as run_cli

    report = sys.stdout
    for path in paths:
        for command, template in CLI_COMMANDS.items():
            argv = [part.format(path=path) for part in template]
            print(json.dumps({"start": path.name, "command": command}), file=report, flush=True)
            errors, started = io.StringIO(), time.monotonic()
            try:
                with contextlib.redirect_stderr(errors), contextlib.redirect_stdout(io.StringIO()):
                    code: int | str = run_cli(argv)
            except BaseException as escaped:  # what main let through: the test reports it
                code = f"escaped: {type(escaped).__name__}"
                errors.write(traceback.format_exc())
            seconds = time.monotonic() - started
            result = {"file": path.name, "command": command, "code": code,
                      "stderr": errors.getvalue(), "seconds": seconds}  # fmt: skip
            print(json.dumps(result), file=report, flush=True)


if __name__ == "__main__":  # python -m tests.gguf_corpus FILE...: used by test_gguf_corpus.py
    import resource
    import sys

    # A hostile size should fail fast here, not make the test machine swap.
    resource.setrlimit(resource.RLIMIT_AS, (8 << 30, 8 << 30))
    run_cli([Path(arg) for arg in sys.argv[1:]])
