"""Can llama.cpp load this GGUF? The structural checks made before it is asked to.

llama.cpp checks the file format (``gguf_header`` mirrors those rules) but trusts what a model
says about itself: a block count of 0, fewer experts than it uses, 4 attention heads over 3
key-value heads, a NaN epsilon, a token listed twice or a norm in F16 end in an assertion
(SIGABRT) or a segfault that takes the whole app down with it, and a trained context of 2**31
tokens makes llama-cpp-python set aside 8 GB for every tokenization. Each rule below mirrors one
such assertion or crash in the llama.cpp llama-cpp-python bundles (tests/gguf_corpus.py has a
file for each), or one plain refusal users meet, said in words: no weights (a vocabulary-only
file), no tokenizer, a tensor missing or shaped for another vocabulary.

Rules hold for every architecture llama.cpp knows, so a valid model is never refused; what only
one architecture needs is left to llama.cpp, which then refuses with a message, not a crash.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from gpt4local.core.models.gguf_header import (
    ARRAY,
    STRING,
    TYPE_NAMES,
    GgufHeader,
    SkippedArray,
    read_array,
)

MAX_LAYERS = 512  # LLAMA_MAX_LAYERS
MAX_EXPERTS = 1024  # LLAMA_MAX_EXPERTS
# llama-cpp-python's tokenize() allocates 4 bytes per token of the trained context on every
# call; the longest real contexts are ~10 million tokens (40 MB).
MAX_TRAINED_CONTEXT = 1 << 25
ROPE_SCALING_TYPES = ("none", "linear", "yarn", "longrope")
# ggml types a matrix product cannot take (integers, F64): a weight in one is a segfault.
NOT_COMPUTABLE = {24: "I8", 25: "I16", 26: "I32", 27: "I64", 28: "F64"}
F32_TYPE, BYTE_TOKEN = 0, 6

U32, I32, F32, BOOL = 4, 5, 6, 7
_SCALAR, _PER_LAYER = "scalar", "per-layer"
# Keys llama.cpp reads with an exact type (it refuses any other): "{arch}." is the architecture.
# _PER_LAYER keys may also be an array of 32-bit integers, one per layer.
KEY_TYPES: dict[str, tuple[int, str]] = {
    "{arch}.context_length": (U32, _SCALAR),
    "{arch}.embedding_length": (U32, _SCALAR),
    "{arch}.block_count": (U32, _SCALAR),
    "{arch}.feed_forward_length": (U32, _PER_LAYER),
    "{arch}.attention.head_count": (U32, _PER_LAYER),
    "{arch}.attention.head_count_kv": (U32, _PER_LAYER),
    "{arch}.attention.key_length": (U32, _SCALAR),
    "{arch}.attention.value_length": (U32, _SCALAR),
    "{arch}.attention.layer_norm_epsilon": (F32, _SCALAR),
    "{arch}.attention.layer_norm_rms_epsilon": (F32, _SCALAR),
    "{arch}.rope.dimension_count": (U32, _SCALAR),
    "{arch}.rope.freq_base": (F32, _SCALAR),
    "{arch}.rope.scaling.type": (STRING, _SCALAR),
    "{arch}.expert_count": (U32, _SCALAR),
    "{arch}.expert_used_count": (U32, _PER_LAYER),
    "{arch}.nextn_predict_layers": (U32, _SCALAR),
    "tokenizer.ggml.model": (STRING, _SCALAR),
    "tokenizer.ggml.pre": (STRING, _SCALAR),
    "tokenizer.ggml.bos_token_id": (U32, _SCALAR),
    "tokenizer.ggml.eos_token_id": (U32, _SCALAR),
    "tokenizer.ggml.unknown_token_id": (U32, _SCALAR),
    "tokenizer.ggml.seperator_token_id": (U32, _SCALAR),
    "tokenizer.ggml.padding_token_id": (U32, _SCALAR),
    "tokenizer.ggml.add_bos_token": (BOOL, _SCALAR),
    "tokenizer.ggml.add_eos_token": (BOOL, _SCALAR),
}
# What llama.cpp reads for every architecture, and refuses a file without.
REQUIRED_KEYS = ("context_length", "embedding_length", "block_count")
ARRAY_TYPES = {"tokenizer.ggml.tokens": STRING, "tokenizer.ggml.scores": F32,
               "tokenizer.ggml.token_type": I32, "tokenizer.ggml.merges": STRING}  # fmt: skip
TYPE_WORDS = {U32: "a 32-bit unsigned integer", F32: "a 32-bit float", STRING: "a string",
              BOOL: "a true/false value"}  # fmt: skip
# The tokenizers whose default beginning-of-text token llama.cpp falls back to (llama-vocab.cpp).
DEFAULT_BOS = {"llama": 1, "gpt2": 11, "plamo2": 1}
DEFAULT_EOS = {"llama": 2, "gpt2": 11, "plamo2": 2}

Problem = str | None
_LAYER = re.compile(r"blk\.(\d+)\.")


class _Model:
    """The header, with the helpers the rules share."""

    def __init__(self, header: GgufHeader, path: Path) -> None:
        self.header, self.path = header, path
        self.arch = str(header.get("general.architecture") or "")
        self.tensors = {t.name: t for t in header.tensors}

    def key(self, name: str) -> Any:
        return self.header.get(f"{self.arch}.{name}")

    def n_layers(self) -> int:
        count = self.key("block_count")
        return count if isinstance(count, int) else 0

    def per_layer(self, name: str) -> list[int]:
        """A per-layer key's value for each layer ([] when absent or not a number)."""
        value = self.key(name)
        if isinstance(value, (list, SkippedArray)):
            return [int(v) for v in self.items(f"{self.arch}.{name}")]
        return [value] * self.n_layers() if isinstance(value, int) else []

    def n_tokens(self) -> int | None:
        tokens = self.header.get("tokenizer.ggml.tokens")
        return len(tokens) if isinstance(tokens, (list, SkippedArray)) else None

    def items(self, key: str) -> list[Any]:
        """An array's items, read from the file when the header reader skipped them."""
        value = self.header.get(key)
        if isinstance(value, SkippedArray):
            return read_array(self.path, value)
        return list(value) if isinstance(value, list) else []


def _type_name(types: tuple[int, ...]) -> str:
    """The type in words: "a string", "an int32", "an array of float32"."""
    if types[0] == ARRAY:
        return f"an array of {TYPE_NAMES.get(types[1], 'unknown')}"
    name = TYPE_NAMES.get(types[0], "unknown")
    return f"{'an' if name.startswith(('int', 'unknown')) else 'a'} {name}"


def _weights(model: _Model) -> Problem:
    if model.header.tensors:
        return None
    if "tokenizer.ggml.tokens" in model.header.metadata:
        return ("this file has a vocabulary but no weights: it holds a tokenizer only, not a model "
                "you can chat with")  # fmt: skip
    return "it has no weights (its header lists no tensors)"


def _key_types(model: _Model) -> Problem:
    for name in REQUIRED_KEYS:
        if f"{model.arch}.{name}" not in model.header.metadata:
            return f"{model.arch}.{name} is missing from its metadata"
    for pattern, (wanted, kind) in KEY_TYPES.items():
        key = pattern.format(arch=model.arch)
        types = model.header.types.get(key)
        if types is None or types == (wanted,):
            continue
        if kind == _PER_LAYER and types[0] == ARRAY and types[1] in (U32, I32, BOOL):
            continue
        return f"{key} is {_type_name(types)}, where llama.cpp needs {TYPE_WORDS[wanted]}"
    for key, item in ARRAY_TYPES.items():
        types = model.header.types.get(key)
        if types is not None and types != (ARRAY, item):
            needed = TYPE_NAMES[item]
            return f"{key} is {_type_name(types)}, where llama.cpp needs an array of {needed}"
    return None


def _floats(model: _Model) -> Problem:
    for key, value in model.header.metadata.items():
        if not key.startswith(f"{model.arch}.") or not isinstance(value, float):
            continue
        if not math.isfinite(value) or (key.endswith("epsilon") and value < 0):
            return f"{key} is {value}, which no model can compute with"
    return None


def _layers(model: _Model) -> Problem:
    n_layers = model.key("block_count")
    if n_layers is None:
        return None  # llama.cpp says which key is missing
    if not 0 < n_layers <= MAX_LAYERS:
        return f"it claims {n_layers:,} layers (llama.cpp handles 1 to {MAX_LAYERS})"
    nextn = model.key("nextn_predict_layers")
    if isinstance(nextn, int) and nextn > n_layers:
        return f"it claims {nextn:,} prediction layers among its {n_layers} layers"
    for name in ("feed_forward_length", "attention.head_count", "attention.head_count_kv",
                 "expert_used_count"):  # fmt: skip
        value = model.key(name)
        if isinstance(value, (list, SkippedArray)) and len(value) != n_layers:
            return f"{model.arch}.{name} lists {len(value)} layers, the model has {n_layers}"
    return None


def _experts(model: _Model) -> Problem:
    """The expert counts llama.cpp asserts on (llama-model.cpp, load_hparams)."""
    n_expert = model.key("expert_count") or 0
    used = max(model.per_layer("expert_used_count"), default=0)
    groups, groups_used = model.key("expert_group_count") or 0, model.key("expert_group_used_count")
    if not isinstance(n_expert, int) or not isinstance(groups, int):
        return None
    if n_expert > MAX_EXPERTS:
        return f"it claims {n_expert:,} experts (llama.cpp handles up to {MAX_EXPERTS})"
    if used > n_expert or (n_expert > 0 and used == 0):
        return f"it uses {used} of its {n_expert} experts per token"
    if n_expert == 0 and groups:
        return "it has expert groups but no experts"
    if n_expert and groups >= n_expert:
        return f"it claims {groups} expert groups for {n_expert} experts"
    if n_expert and groups > 1:
        groups_used_fit = isinstance(groups_used, int) and 0 < groups_used < groups
        if n_expert % groups or not groups_used_fit:
            return f"its {n_expert} experts do not divide into {groups} groups as it says"
    return None


def _rope_scaling(model: _Model) -> Problem:
    scaling = model.key("rope.scaling.type")
    if scaling is None or scaling in ROPE_SCALING_TYPES:
        return None
    return f"its RoPE scaling type {scaling!r} is unknown (llama.cpp knows {ROPE_SCALING_TYPES})"


def _context(model: _Model) -> Problem:
    context = model.key("context_length")
    if isinstance(context, int) and context > MAX_TRAINED_CONTEXT:
        return (f"it claims a trained context of {context:,} tokens; llama-cpp-python would set "
                f"aside {context * 4:,} bytes to read every message")  # fmt: skip
    return None


def _attention(model: _Model) -> Problem:
    n_embd = model.key("embedding_length")
    if n_embd == 0:
        return "its embedding length is 0"
    heads = model.per_layer("attention.head_count")
    kv_heads = model.per_layer("attention.head_count_kv") or heads  # llama.cpp's default
    for layer, (n_head, n_head_kv) in enumerate(zip(heads, kv_heads, strict=False)):
        if n_head_kv and not n_head:
            return f"layer {layer} has {n_head_kv} key-value heads but no attention heads"
        if n_head_kv and (n_head_kv > n_head or n_head % n_head_kv):
            return (f"layer {layer}'s {n_head} attention heads cannot share {n_head_kv} key-value "
                    "heads evenly")  # fmt: skip
    n_head = max(heads, default=0)
    no_head_size = model.key("attention.key_length") is None
    if isinstance(n_embd, int) and n_head and no_head_size and n_embd % n_head:
        return f"its embedding length {n_embd:,} does not divide into {n_head} attention heads"
    return None


def _tokenizer(model: _Model) -> Problem:
    kind = model.header.get("tokenizer.ggml.model")
    if kind is None:
        return "it has no tokenizer (no tokenizer.ggml.model), so text cannot be turned into tokens"
    if kind in ("none", "no_vocab"):
        return "it has no vocabulary, so it cannot read or write text"
    n_tokens = model.n_tokens()
    if not n_tokens:
        return "its tokenizer has no tokens (tokenizer.ggml.tokens is missing or empty)"
    for key in ("tokenizer.ggml.scores", "tokenizer.ggml.token_type"):
        values = model.header.get(key)
        if values is not None and len(values) < n_tokens:
            return f"{key} has {len(values):,} entries for {n_tokens:,} tokens"
    no_merges = "tokenizer.ggml.merges" not in model.header.metadata
    if kind == "gpt2" and no_merges and model.header.get("tokenizer.ggml.pre") != "kimi-k2":
        return "its BPE tokenizer has no merges (tokenizer.ggml.merges)"
    return _special_tokens(model, kind, n_tokens) or _vocabulary(model, kind)


def _special_tokens(model: _Model, kind: str, n_tokens: int) -> Problem:
    """llama.cpp replaces an out-of-range id with its default, and asserts when it must add a
    token that then still does not exist."""
    add_bos = model.header.get("tokenizer.ggml.add_bos_token", kind == "llama")
    for role, key, defaults, needed in (
        ("beginning-of-text", "bos", DEFAULT_BOS, add_bos),
        ("end-of-text", "eos", DEFAULT_EOS, model.header.get("tokenizer.ggml.add_eos_token")),
    ):  # fmt: skip
        if not needed or kind not in defaults:
            continue
        given = model.header.get(f"tokenizer.ggml.{key}_token_id")
        usable = [i for i in (given, defaults[kind]) if isinstance(i, int) and i < n_tokens]
        if not usable:
            return f"it must add a {role} token, but its vocabulary of {n_tokens:,} has none"
    return None


def _vocabulary(model: _Model, kind: str) -> Problem:
    tokens = model.items("tokenizer.ggml.tokens")
    if len(set(tokens)) != len(tokens):  # llama.cpp asserts each token is listed once
        seen: set[bytes] = set()
        for index, token in enumerate(tokens):
            text = token if isinstance(token, bytes) else str(token).encode()
            text = text or f"[EMPTY_{index}]".encode()  # as llama.cpp renames empty tokens
            if text in seen:
                return f"its vocabulary lists the token {text.decode('utf-8', 'replace')!r} twice"
            seen.add(text)
    if kind == "bert" and BYTE_TOKEN in model.items("tokenizer.ggml.token_type"):
        return "its WordPiece (BERT) vocabulary has byte tokens, which that tokenizer cannot use"
    return None


def _tensors(model: _Model) -> Problem:
    embedding = model.tensors.get("token_embd.weight")
    if embedding is None:
        return "it has no token embedding (token_embd.weight): it is not a complete model"
    n_embd, n_tokens = model.key("embedding_length"), model.n_tokens()
    if len(embedding.shape) == 2 and n_tokens and embedding.shape[1] != n_tokens:
        return (f"its token embedding is for {embedding.shape[1]:,} tokens, its vocabulary has "
                f"{n_tokens:,}")  # fmt: skip
    if len(embedding.shape) == 2 and isinstance(n_embd, int) and embedding.shape[0] != n_embd:
        return (f"its token embedding is {embedding.shape[0]:,} wide, its embedding length "
                f"{n_embd:,}")  # fmt: skip
    # Layers are "blk.N." in every architecture but encoder-decoder ones ("enc.blk.N."); a
    # tensor llama.cpp does not use is refused ("wrong number of tensors").
    layers = _layers_with_weights(model)
    if layers and model.key("block_count") is not None and max(layers) >= model.n_layers():
        return f"it has weights for layer {max(layers)} but claims {model.n_layers()} layers"
    for tensor in model.header.tensors:
        if tensor.ggml_type in NOT_COMPUTABLE:
            return (f"tensor {tensor.name} is stored as {NOT_COMPUTABLE[tensor.ggml_type]}, "
                    "which llama.cpp cannot compute with")  # fmt: skip
        norm = tensor.name.endswith("norm.weight") and len(tensor.shape) == 1
        if norm and tensor.ggml_type != F32_TYPE:
            return f"the norm {tensor.name} is not stored in F32, which llama.cpp needs"
    return None


def _layers_with_weights(model: _Model) -> set[int]:
    return {int(match.group(1)) for name in model.tensors if (match := _LAYER.match(name))}


def _llama_shapes(model: _Model) -> Problem:
    """The shapes llama.cpp builds for the llama architecture (models/llama.cpp), which most
    GGUF files have. It sizes every layer's weights by layer 0's head counts but builds each
    layer's attention with its own: per-layer head counts the weights do not follow pass its
    shape check and abort while the context is created. (Other architectures may have layers
    without weights, e.g. DeciLM's skipped blocks.)"""
    n_embd, n_layers = model.key("embedding_length"), model.n_layers()
    if model.arch != "llama" or not isinstance(n_embd, int) or not n_embd:
        return None
    missing = sorted(set(range(n_layers)) - _layers_with_weights(model))
    if missing:
        return f"layer {missing[0]} of its {n_layers} has no weights"
    heads = model.per_layer("attention.head_count")
    kv_heads = model.per_layer("attention.head_count_kv") or heads
    feed_forward = model.per_layer("feed_forward_length")
    key_length = model.key("attention.key_length")
    value_length = model.key("attention.value_length")
    expected: dict[str, tuple[int, ...]] = {"output_norm.weight": (n_embd,)}
    for layer in range(min(n_layers, len(heads), len(kv_heads))):
        n_head, n_head_kv, prefix = heads[layer], kv_heads[layer], f"blk.{layer}."
        if not n_head:
            continue
        head_k = n_embd // n_head if key_length is None else key_length
        head_v = n_embd // n_head if value_length is None else value_length
        rope = model.key("rope.dimension_count")
        if layer == 0 and isinstance(rope, int) and rope != head_k:
            return f"its RoPE dimension count {rope} is not its head size {head_k}"
        expected |= {
            prefix + "attn_norm.weight": (n_embd,),
            prefix + "attn_q.weight": (n_embd, n_head * head_k),
            prefix + "attn_k.weight": (n_embd, n_head_kv * head_k),
            prefix + "attn_v.weight": (n_embd, n_head_kv * head_v),
            prefix + "attn_output.weight": (n_head * head_k, n_embd),
        }
        if layer < len(feed_forward):
            n_ff = feed_forward[layer]
            expected |= {prefix + "ffn_gate.weight": (n_embd, n_ff),
                         prefix + "ffn_up.weight": (n_embd, n_ff),
                         prefix + "ffn_down.weight": (n_ff, n_embd)}  # fmt: skip
    for name, shape in expected.items():
        tensor = model.tensors.get(name)
        if tensor is None and name.endswith("norm.weight"):
            return f"it has no {name}"
        if tensor is not None and tensor.shape != shape:
            return (f"tensor {name} is {' × '.join(map(str, tensor.shape))} but its header calls "
                    f"for {' × '.join(map(str, shape))}")  # fmt: skip
    return None


# In order: a file gets the reason that explains the most.
RULES: tuple[Callable[[_Model], Problem], ...] = (
    _weights, _key_types, _floats, _layers, _experts, _rope_scaling, _context, _attention,
    _tokenizer, _tensors, _llama_shapes,
)  # fmt: skip


def problems(header: GgufHeader, path: Path) -> Iterator[str]:
    """Every reason llama.cpp cannot load (or would crash on) the file, the most telling first."""
    model = _Model(header, path)
    if not model.arch:
        yield "it has no 'general.architecture' in its metadata"
        return
    if model.arch == "clip":  # found next to vision models on the Hub
        yield "it is a vision projector (mmproj), a companion file for a model, not a model itself"
        return
    for rule in RULES:
        problem = rule(model)
        if problem:
            yield problem


def loading_problem(header: GgufHeader, path: Path) -> str | None:
    """Why llama.cpp cannot load the file, in words; None if nothing stands in its way."""
    return next(problems(header, path), None)
