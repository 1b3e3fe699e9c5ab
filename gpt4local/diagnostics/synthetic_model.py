"""Build small (or realistically shaped) llama-architecture GGUF files with random weights.

No weights can be downloaded on a test machine, and none are committed, so tests, benchmarks and the
self-test build real GGUF files here: a real tokenizer vocabulary (SentencePiece-style with byte
fallback, so any text tokenizes), real tensor shapes, random weights. llama.cpp loads and runs them
like any model; the answers are random tokens, which is a good stress test for streaming.
``synthetic_gemma2`` builds Gemma 2 files from the shared pieces at the end of this module.
"""

from __future__ import annotations

import string
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

# SentencePiece token types as GGUF stores them.
NORMAL, UNKNOWN, CONTROL, BYTE = 1, 2, 3, 6

CHATML_TEMPLATE = (
    "{% for message in messages %}<|im_start|>{{ message['role'] }}\n"
    "{{ message['content'] }}<|im_end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)

_WORDS = [
    "the",
    "of",
    "and",
    "to",
    "in",
    "is",
    "you",
    "that",
    "it",
    "he",
    "was",
    "for",
    "on",
    "are",
    "as",
    "with",
    "his",
    "they",
    "at",
    "be",
    "this",
    "have",
    "from",
    "or",
    "one",
    "had",
    "by",
    "word",
    "but",
    "not",
    "what",
    "all",
    "were",
    "we",
    "when",
    "your",
    "can",
    "said",
    "there",
    "use",
    "an",
    "each",
    "which",
    "she",
    "do",
    "how",
    "their",
    "if",
    "will",
    "up",
    "other",
    "about",
    "out",
    "many",
    "then",
    "them",
    "these",
    "so",
    "some",
    "her",
    "would",
    "make",
    "like",
    "him",
    "into",
    "time",
    "has",
    "look",
    "two",
    "more",
    "write",
    "go",
    "see",
    "number",
    "no",
    "way",
    "could",
    "people",
    "my",
    "than",
    "first",
    "water",
    "been",
    "call",
    "who",
    "oil",
    "its",
    "now",
    "find",
    "long",
    "down",
    "day",
    "did",
    "get",
    "come",
    "made",
    "may",
    "part",
    "hello",
    "world",
    "model",
    "chat",
    "answer",
    "question",
    "local",
    "private",
    "computer",
    "token",
    "stream",
]


@dataclass(frozen=True)
class ModelShape:
    n_embd: int = 32
    n_layers: int = 2
    n_head: int = 2
    n_head_kv: int = 2
    n_ff: int = 64
    n_ctx_train: int = 4096
    n_vocab: int = 0  # 0 = just the built-in pieces (~450); larger pads with synthetic pieces

    @property
    def head_dim(self) -> int:
        return self.n_embd // self.n_head


TINY = ModelShape()
# TinyLlama-1.1B's real shapes: a fair stand-in for speed and memory measurements.
TINYLLAMA_1B = ModelShape(
    n_embd=2048, n_layers=22, n_head=32, n_head_kv=4, n_ff=5632, n_ctx_train=2048, n_vocab=32000
)


def build_vocab(n_vocab: int, extra_control: tuple[str, ...]) -> tuple[list[str], list[int]]:
    tokens = ["<unk>", "<s>", "</s>"]
    types = [UNKNOWN, CONTROL, CONTROL]
    tokens += list(extra_control)
    types += [CONTROL] * len(extra_control)
    tokens += [f"<0x{b:02X}>" for b in range(256)]
    types += [BYTE] * 256
    pieces = ["▁"] + ["▁" + w for w in _WORDS]
    pieces += list(string.ascii_letters + string.digits) + ["▁" + c for c in string.ascii_lowercase]
    pieces += [*list(".,!?;:'\"()-"), "\n", "▁" * 2]
    pieces += ["é", "ü", "ß", "中", "文", "😀"]  # multi-byte pieces, to exercise UTF-8 assembly
    pieces = list(dict.fromkeys(p for p in pieces if p not in tokens))
    tokens += pieces
    types += [NORMAL] * len(pieces)
    # Pad to a realistic vocabulary size with made-up but distinct pieces.
    letters = string.ascii_lowercase
    taken = set(tokens)  # llama.cpp expects every piece once; made-up ones may equal real words
    i = 0
    while len(tokens) < n_vocab:
        a, b, c = letters[i % 26], letters[(i // 26) % 26], letters[(i // 676) % 26]
        piece = f"▁{c}{b}{a}{i // 17576 or ''}"
        i += 1
        if piece not in taken:
            taken.add(piece)
            tokens.append(piece)
            types.append(NORMAL)
    return tokens, types


def write_model(
    path: Path,
    shape: ModelShape = TINY,
    *,
    chat_template: str | None = CHATML_TEMPLATE,
    architecture: str = "llama",
    name: str = "synthetic-llama",
    seed: int = 0,
    dtype: type = np.float32,
    q4_0: bool = False,
    tied_output: bool = False,
) -> Path:
    """Write a loadable GGUF to ``path`` and return it. ``dtype`` float16 halves the file.

    ``tied_output``: no output.weight, so the token embedding is the output matrix too (as in
    Llama 3.2 1B/3B and the small Qwen2.5 models).

    ``q4_0``: the 2-D weights are written directly as Q4_0 blocks (one small random pattern
    repeated, a fixed scale) instead of being generated in float and quantised. A 7B or 13B
    model with real shapes then takes as long as writing its ~4-7 GB, for memory measurements.
    """

    extra = ("<|im_start|>", "<|im_end|>") if chat_template else ()
    tokens, types = build_vocab(shape.n_vocab, extra)

    writer = start_writer(path, architecture, name, shape)
    writer.add_rope_dimension_count(shape.head_dim)
    writer.add_layer_norm_rms_eps(1e-5)
    writer.add_file_type(file_type(dtype, q4_0))
    add_spm_tokenizer(writer, tokens, types, chat_template)

    n_vocab, n_embd, kv_dim = len(tokens), shape.n_embd, shape.n_head_kv * shape.head_dim
    tensors: list[tuple[str, tuple[int, ...]]] = [("token_embd.weight", (n_vocab, n_embd))]
    for layer in range(shape.n_layers):
        prefix = f"blk.{layer}."
        tensors += [
            (prefix + "attn_norm.weight", (n_embd,)),
            (prefix + "attn_q.weight", (n_embd, n_embd)),
            (prefix + "attn_k.weight", (kv_dim, n_embd)),
            (prefix + "attn_v.weight", (kv_dim, n_embd)),
            (prefix + "attn_output.weight", (n_embd, n_embd)),
            (prefix + "ffn_norm.weight", (n_embd,)),
            (prefix + "ffn_gate.weight", (shape.n_ff, n_embd)),
            (prefix + "ffn_up.weight", (shape.n_ff, n_embd)),
            (prefix + "ffn_down.weight", (n_embd, shape.n_ff)),
        ]
    tensors.append(("output_norm.weight", (n_embd,)))
    if not tied_output:
        tensors.append(("output.weight", (n_vocab, n_embd)))
    write_tensors(writer, tensors, np.random.default_rng(seed), dtype=dtype, q4_0=q4_0)
    return path


# --- pieces shared with the builders of other architectures (synthetic_gemma2) ----------------


def start_writer(path: Path, architecture: str, name: str, shape: Any) -> Any:
    """A GGUFWriter with the name and the shape keys every architecture has (``shape``: a
    ModelShape or alike: n_ctx_train, n_embd, n_layers, n_ff, n_head, n_head_kv)."""
    import gguf

    writer = gguf.GGUFWriter(str(path), architecture)
    writer.add_name(name)
    writer.add_context_length(shape.n_ctx_train)
    writer.add_embedding_length(shape.n_embd)
    writer.add_block_count(shape.n_layers)
    writer.add_feed_forward_length(shape.n_ff)
    writer.add_head_count(shape.n_head)
    writer.add_head_count_kv(shape.n_head_kv)
    return writer


def file_type(dtype: type, q4_0: bool) -> int:
    """The ``general.file_type`` that describes the tensors ``write_tensors`` writes."""
    import gguf

    if q4_0:
        return gguf.LlamaFileType.MOSTLY_Q4_0
    return gguf.LlamaFileType.MOSTLY_F16 if dtype == np.float16 else gguf.LlamaFileType.ALL_F32


def add_spm_tokenizer(
    writer, tokens: list[str], types: list[int], chat_template: str | None, bos: int = 1,
    eos: int = 2, unk: int = 0,
) -> None:  # fmt: skip
    """The SentencePiece ("llama") tokenizer keys for a vocabulary from ``build_vocab``."""
    scores = [0.0] * len(tokens)
    for i, t in enumerate(types):
        if t == NORMAL:  # longer pieces win in SentencePiece merges
            scores[i] = -1000.0 + 10.0 * len(tokens[i]) - i * 1e-4
    writer.add_tokenizer_model("llama")
    writer.add_token_list(tokens)
    writer.add_token_scores(scores)
    writer.add_token_types(types)
    writer.add_bos_token_id(bos)
    writer.add_eos_token_id(eos)
    writer.add_unk_token_id(unk)
    writer.add_add_bos_token(True)
    if chat_template:
        writer.add_chat_template(chat_template)


def write_tensors(
    writer, tensors: list[tuple[str, tuple[int, ...]]], rng: np.random.Generator, *,
    dtype: type = np.float32, q4_0: bool = False, q6_k: Collection[str] = (),
) -> None:  # fmt: skip
    """Write the header, then each tensor (numpy order: rows first) streamed, and close.

    1-D tensors (norms) are ones in F32; 2-D ones random in ``dtype``, or with ``q4_0`` Q4_0
    blocks when their rows are a multiple of 32 long. The 2-D tensors named in ``q6_k`` are Q6_K
    blocks instead (rows a multiple of 256), as llama-quantize writes output matrices.
    """
    import gguf

    Q4_0, Q6_K = gguf.GGMLQuantizationType.Q4_0, gguf.GGMLQuantizationType.Q6_K
    # Q4_0 block: a float16 scale, then 32 four-bit values in 16 bytes (18 bytes per 32 weights).
    blocks = {Q4_0: np.frombuffer(np.float16(0.002).tobytes() + rng.bytes(16), dtype=np.uint8)}
    if q6_k:  # Q6_K: 256 six-bit values (128 + 64 bytes), 16 int8 scales, a float16 scale
        scales = rng.integers(1, 8, 16, dtype=np.int8).tobytes()
        raw = rng.bytes(192) + scales + np.float16(0.0005).tobytes()
        blocks[Q6_K] = np.frombuffer(raw, dtype=np.uint8)

    def quantisation(name: str, dims: tuple[int, ...]) -> gguf.GGMLQuantizationType | None:
        if len(dims) == 2 and name in q6_k and dims[-1] % 256 == 0:
            return Q6_K
        return Q4_0 if q4_0 and len(dims) == 2 and dims[-1] % 32 == 0 else None

    def byte_shape(kind: gguf.GGMLQuantizationType, dims: tuple[int, ...]) -> tuple[int, int]:
        per_block, block_bytes = gguf.GGML_QUANT_SIZES[kind]
        return dims[0], dims[-1] // per_block * block_bytes

    def make(name: str, dims: tuple[int, ...]) -> np.ndarray:
        """The tensor's data, built when it is written: one tensor in memory at a time."""
        if len(dims) == 1:
            return np.ones(dims, dtype=np.float32)  # norm weights, which llama.cpp wants in F32
        kind = quantisation(name, dims)
        if kind is not None:
            rows, row_bytes = byte_shape(kind, dims)
            row = np.resize(blocks[kind], row_bytes)  # every row the same random pattern
            return np.tile(row, (rows, 1))
        return (rng.standard_normal(dims, dtype=np.float32) * 0.02).astype(dtype)

    # Tensor infos first, data after, streamed: a 13B model never has to fit in memory twice.
    for name, dims in tensors:
        kind = quantisation(name, dims)
        if kind is not None:
            shape = byte_shape(kind, dims)
            writer.add_tensor_info(name, shape, np.dtype(np.uint8), shape[0] * shape[1],
                                   raw_dtype=kind)  # fmt: skip
        else:
            stored = np.dtype(np.float32 if len(dims) == 1 else dtype)
            writer.add_tensor_info(name, dims, stored, int(np.prod(dims)) * stored.itemsize)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_ti_data_to_file()
    for name, dims in tensors:
        writer.write_tensor_data(make(name, dims))
    writer.close()
