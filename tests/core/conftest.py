"""Fixtures shared by the core tests: a conversation store, and models with real shapes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from gpt4local.core.chats.store import ChatStore
from gpt4local.diagnostics.synthetic_model import ModelShape, write_model


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "chats.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[ChatStore]:
    with ChatStore(db_path) as opened:
        yield opened


# Shapes a user meets, shrunk to 2 layers (the compute buffer does not depend on depth):
# grouped-query attention, a wide feed-forward, a large vocabulary, odd head counts.
SHAPES = {
    "llama2-7b": ModelShape(n_embd=4096, n_layers=2, n_head=32, n_head_kv=32, n_ff=11008,
                            n_vocab=32000),
    "llama3-8b": ModelShape(n_embd=4096, n_layers=2, n_head=32, n_head_kv=8, n_ff=14336,
                            n_vocab=128256),
    "qwen2.5-1.5b": ModelShape(n_embd=1536, n_layers=2, n_head=12, n_head_kv=2, n_ff=8960,
                               n_vocab=151936),
    "tinyllama": ModelShape(n_embd=2048, n_layers=3, n_head=32, n_head_kv=4, n_ff=5632,
                            n_vocab=32000),
}  # fmt: skip


@pytest.fixture(scope="session")
def shaped_models(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("shapes")
    return {name: write_model(folder / f"{name}.gguf", shape, q4_0=True, chat_template=None)
            for name, shape in SHAPES.items()}  # fmt: skip
