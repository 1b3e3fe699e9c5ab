"""The facts about a model that decide how much memory it needs, from wherever they are known.

Best: the GGUF header (a local file, or the first bytes of a file on the Hub): exact tensor sizes
and shapes. Next: the catalog's published shape and file size. Last: only the file size, with a
rule of thumb, and ``approximate`` set so the user is told.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gpt4local.core.errors import ModelFileError, Wording
from gpt4local.core.models.gguf_header import GgufHeader, SkippedArray

if TYPE_CHECKING:
    from gpt4local.core.models.gguf_info import GgufInfo

MEMORY_UNKNOWN = Wording("model.memory_unknown",
                         "The memory {name} needs cannot be worked out: {detail}.")

# Bits per weight of common quantisations, for splitting a file size without its header.
BITS_PER_WEIGHT = {"Q2_K": 2.6, "Q3_K_S": 3.5, "Q3_K_M": 3.9, "Q3_K_L": 4.3, "IQ4_XS": 4.3,
                   "Q4_0": 4.5, "Q4_K_S": 4.6, "Q4_K_M": 4.85, "Q5_0": 5.5, "Q5_K_S": 5.5,
                   "Q5_K_M": 5.7, "Q6_K": 6.6, "Q8_0": 8.5, "F16": 16.0, "BF16": 16.0,
                   "F32": 32.0}  # fmt: skip


@dataclass(frozen=True)
class ModelFacts:
    architecture: str
    n_layers: int
    n_embd: int
    n_head: int
    n_head_kv: int
    head_dim_k: int
    head_dim_v: int
    n_ff: int | None
    n_vocab: int | None
    n_ctx_train: int | None
    weights_bytes: int  # every tensor, as llama.cpp holds it
    layers_bytes: int  # the repeating blocks (what GPU offload moves, layer by layer)
    file_size: int
    approximate: bool = False
    source: str = "header"  # "header", "catalog" or "size"
    # A file without output.weight uses token_embd as its output matrix too (Gemma always,
    # small Llama 3.2 and Qwen2.5): its ggml type and bytes, which memory_fit may count twice.
    tied_embedding_type: int | None = None
    tied_embedding_bytes: int = 0


def _int(value: Any, default: int | None = None) -> int | None:
    if isinstance(value, bool):
        return default
    if isinstance(value, int):
        return value
    if isinstance(value, list) and value and all(isinstance(v, int) for v in value):
        return max(value)  # per-layer values (a few architectures): the largest is the safe one
    return default


def facts_from_header(header: GgufHeader, file_size: int) -> ModelFacts:
    """Exact facts from a GGUF header; raises ValueError if it lacks the basic shape keys."""
    arch = header.get("general.architecture")
    if not isinstance(arch, str):
        raise ValueError("no general.architecture")

    def key(name: str, default: int | None = None) -> int | None:
        return _int(header.get(f"{arch}.{name}"), default)

    n_embd, n_layers = key("embedding_length"), key("block_count")
    n_head = key("attention.head_count")
    if not (n_embd and n_layers and n_head):
        raise ValueError(f"the header lacks the shape of a '{arch}' model")
    n_head_kv = key("attention.head_count_kv", n_head) or n_head
    head_dim_k = key("attention.key_length", n_embd // n_head) or n_embd // n_head
    head_dim_v = key("attention.value_length", head_dim_k) or head_dim_k
    tokens = header.get("tokenizer.ggml.tokens")
    n_vocab = len(tokens) if isinstance(tokens, (list, SkippedArray)) else None
    weights = sum(t.n_bytes for t in header.tensors)
    layers = sum(t.n_bytes for t in header.tensors if t.name.startswith("blk."))
    by_name = {t.name: t for t in header.tensors}
    embedding = by_name.get("token_embd.weight")
    tied = embedding if embedding is not None and "output.weight" not in by_name else None
    return ModelFacts(
        architecture=arch, n_layers=n_layers, n_embd=n_embd, n_head=n_head, n_head_kv=n_head_kv,
        head_dim_k=head_dim_k, head_dim_v=head_dim_v, n_ff=key("feed_forward_length"),
        n_vocab=n_vocab, n_ctx_train=key("context_length"), weights_bytes=weights,
        layers_bytes=layers, file_size=file_size,
        tied_embedding_type=tied.ggml_type if tied else None,
        tied_embedding_bytes=tied.n_bytes if tied else 0,
    )  # fmt: skip


def facts_from_catalog(entry: Any) -> ModelFacts | None:
    """From a catalog entry's published shape; None when the entry has no shape facts."""
    shape = entry.architecture
    if shape is None or not (shape.block_count and shape.embedding_length and shape.head_count):
        return None
    n_embd, n_head = shape.embedding_length, shape.head_count
    head_dim_k = shape.key_length or n_embd // n_head
    weights = int(entry.size_bytes * 0.995)  # the rest is the header: vocabulary and metadata
    n_vocab = shape.vocab_size
    bits = BITS_PER_WEIGHT.get(entry.quantization.upper(), 5.0)
    # Token embeddings and the output matrix do not repeat per layer.
    non_layer = 2 * (n_vocab or 32000) * n_embd * bits / 8
    return ModelFacts(
        architecture=shape.name or "unknown", n_layers=shape.block_count, n_embd=n_embd,
        n_head=n_head, n_head_kv=shape.head_count_kv or n_head, head_dim_k=head_dim_k,
        head_dim_v=shape.value_length or head_dim_k, n_ff=shape.feed_forward_length,
        n_vocab=n_vocab, n_ctx_train=entry.context_length, weights_bytes=weights,
        layers_bytes=max(0, int(weights - non_layer)), file_size=entry.size_bytes,
        approximate=shape.feed_forward_length is None or n_vocab is None, source="catalog",
    )  # fmt: skip


def facts_from_size(file_size: int, n_ctx_train: int | None = None) -> ModelFacts:
    """Only the file size is known: assume a Llama-like shape of that size. Approximate."""
    # Llama 2 7B: 6.7 B parameters, 4096 wide, 32 layers, 32 KV heads. Scale width and depth
    # with the size (parameters grow roughly with width² × depth), as a 4.5-bit quantisation.
    parameters = file_size * 8 / 4.5
    scale = (parameters / 6.7e9) ** (1 / 3)
    n_layers, n_embd = max(1, round(32 * scale)), max(256, round(4096 * scale / 128) * 128)
    return ModelFacts(
        architecture="unknown", n_layers=n_layers, n_embd=n_embd, n_head=n_embd // 128,
        n_head_kv=n_embd // 128, head_dim_k=128, head_dim_v=128, n_ff=int(n_embd * 2.7),
        n_vocab=32000, n_ctx_train=n_ctx_train, weights_bytes=file_size,
        layers_bytes=int(file_size * 0.95), file_size=file_size, approximate=True,
        source="size",
    )  # fmt: skip


def facts_for_file(path: Path, check: bool = True) -> ModelFacts:
    """Exact facts of a local GGUF (milliseconds: only the header is read).

    ``check=False`` skips the load checks (gguf_info.check_loadable), for a file just checked.
    """
    from gpt4local.core.models.gguf_info import read_info

    # Clear errors for missing, unreadable, damaged and (checked) unloadable files.
    return facts_for_info(read_info(path, check))


def facts_for_info(info: GgufInfo) -> ModelFacts:
    """The facts of a header already read (read_info), so a load reads it once."""
    try:
        return facts_from_header(info.header, info.file_size)
    except ValueError as error:
        raise ModelFileError(MEMORY_UNKNOWN(name=info.path.name, detail=error)) from None
