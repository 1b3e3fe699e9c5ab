"""Build small (or realistically shaped) Gemma 2 GGUF files with random weights.

What llama.cpp's ``gemma2`` loader (src/models/gemma2.cpp) expects, beyond a llama-like model:

- the head size given by ``attention.key_length`` / ``value_length`` (256 in every Gemma 2),
  so ``n_head x head_dim`` differs from the width: Q is 2048 wide in the 2304-wide 2B;
- ``attention.sliding_window``: every other layer (the even ones) attends to that many tokens
  only; llama.cpp keeps two KV caches, one for the sliding-window layers and one for the others;
- soft-capping of the attention and final logits, and no rope dimension key (rope covers the
  whole head);
- two more norms per layer (``post_attention_norm``, ``post_ffw_norm``);
- no ``output.weight``: the output matrix is the token embedding (tied).

The tokenizer is the SentencePiece one of ``synthetic_model`` with Gemma's turn markers.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from gpt4local.diagnostics.synthetic_model import (
    add_spm_tokenizer,
    build_vocab,
    file_type,
    start_writer,
    write_tensors,
)

GEMMA_TEMPLATE = (
    "{{ bos_token }}{% for message in messages %}"
    "{% set role = 'model' if message['role'] == 'assistant' else 'user' %}"
    "<start_of_turn>{{ role }}\n{{ message['content'] | trim }}<end_of_turn>\n{% endfor %}"
    "{% if add_generation_prompt %}<start_of_turn>model\n{% endif %}"
)


@dataclass(frozen=True)
class Gemma2Shape:
    n_embd: int = 64
    n_layers: int = 2
    n_head: int = 2
    n_head_kv: int = 1
    head_dim: int = 64  # attention.key_length and value_length: not n_embd / n_head in Gemma 2
    n_ff: int = 128
    n_ctx_train: int = 8192
    n_vocab: int = 0  # 0 = just the built-in pieces (~450); larger pads with synthetic pieces
    sliding_window: int = 4096


GEMMA2_TINY = Gemma2Shape()
# The real shapes of Gemma 2 2B and 9B (google/gemma-2-2b-it, gemma-2-9b-it config.json).
GEMMA2_2B = Gemma2Shape(
    n_embd=2304, n_layers=26, n_head=8, n_head_kv=4, head_dim=256, n_ff=9216, n_vocab=256000
)
GEMMA2_9B = Gemma2Shape(
    n_embd=3584, n_layers=42, n_head=16, n_head_kv=8, head_dim=256, n_ff=14336, n_vocab=256000
)


def write_gemma2_model(
    path: Path,
    shape: Gemma2Shape = GEMMA2_TINY,
    *,
    chat_template: str | None = GEMMA_TEMPLATE,
    name: str = "synthetic-gemma2",
    seed: int = 0,
    dtype: type = np.float32,
    q4_0: bool = False,
    q6_k_embedding: bool = False,
) -> Path:
    """Write a loadable ``gemma2`` GGUF to ``path`` and return it; the options are those of
    ``synthetic_model.write_model`` (``q4_0`` writes the 2-D weights directly as Q4_0).

    ``q6_k_embedding``: the token embedding (which is also the output matrix) in Q6_K, as
    llama-quantize writes tied embeddings in Q4_0 and Q4_K_M files; otherwise it is like the
    other matrices (all Q4_0 with ``q4_0``, as ``llama-quantize --pure`` writes them).
    """

    extra = ("<start_of_turn>", "<end_of_turn>") if chat_template else ()
    tokens, types = build_vocab(shape.n_vocab, extra)

    writer = start_writer(path, "gemma2", name, shape)
    writer.add_key_length(shape.head_dim)
    writer.add_value_length(shape.head_dim)
    writer.add_layer_norm_rms_eps(1e-6)
    writer.add_attn_logit_softcapping(50.0)
    writer.add_final_logit_softcapping(30.0)
    writer.add_sliding_window(shape.sliding_window)
    writer.add_file_type(file_type(dtype, q4_0))
    add_spm_tokenizer(writer, tokens, types, chat_template)
    writer.add_add_space_prefix(False)  # as in Google's tokenizer.model

    n_vocab, n_embd = len(tokens), shape.n_embd
    q_dim, kv_dim = shape.n_head * shape.head_dim, shape.n_head_kv * shape.head_dim
    tensors: list[tuple[str, tuple[int, ...]]] = [("token_embd.weight", (n_vocab, n_embd))]
    for layer in range(shape.n_layers):
        prefix = f"blk.{layer}."
        tensors += [
            (prefix + "attn_norm.weight", (n_embd,)),
            (prefix + "attn_q.weight", (q_dim, n_embd)),
            (prefix + "attn_k.weight", (kv_dim, n_embd)),
            (prefix + "attn_v.weight", (kv_dim, n_embd)),
            (prefix + "attn_output.weight", (n_embd, q_dim)),
            (prefix + "post_attention_norm.weight", (n_embd,)),
            (prefix + "ffn_norm.weight", (n_embd,)),
            (prefix + "ffn_gate.weight", (shape.n_ff, n_embd)),
            (prefix + "ffn_up.weight", (shape.n_ff, n_embd)),
            (prefix + "ffn_down.weight", (n_embd, shape.n_ff)),
            (prefix + "post_ffw_norm.weight", (n_embd,)),
        ]
    tensors += [("output_norm.weight", (n_embd,))]  # no output.weight: tied to token_embd
    q6_k = ("token_embd.weight",) if q6_k_embedding else ()
    write_tensors(writer, tensors, np.random.default_rng(seed), dtype=dtype, q4_0=q4_0, q6_k=q6_k)
    return path
