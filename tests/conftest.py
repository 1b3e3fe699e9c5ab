"""Shared fixtures: an isolated home folder for every test, and small real GGUF models."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Qt must never need a display here; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gpt4local.diagnostics.synthetic_model import ModelShape, write_model
from tests.memory_keyring import MemoryKeyring

NO_TEMPLATE_SHAPE = ModelShape(n_embd=32, n_layers=1, n_head=2, n_head_kv=1, n_ff=64)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own GPT4LOCAL_HOME, so the real user's folders are never touched."""
    home = tmp_path / "home"
    monkeypatch.setenv("GPT4LOCAL_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def keychain(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    """Every test gets an empty keychain in memory, and no HF_TOKEN of the developer's; a
    process a test starts gets keyring's "no keychain" backend: the real one is never used."""
    import keyring

    monkeypatch.delenv("HF_TOKEN", raising=False)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    return memory


@pytest.fixture(scope="session")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("models")


@pytest.fixture(scope="session")
def tiny_model(model_dir: Path) -> Path:
    """A ~200 KB llama GGUF with a ChatML template in its metadata."""
    return write_model(model_dir / "tiny-chatml.gguf")


@pytest.fixture(scope="session")
def untemplated_model(model_dir: Path) -> Path:
    """A GGUF with no chat template and grouped-query attention (1 KV head for 2 heads)."""
    return write_model(model_dir / "tiny-plain.gguf", NO_TEMPLATE_SHAPE, chat_template=None, seed=1)


@pytest.fixture(scope="session")
def not_a_gguf(model_dir: Path) -> Path:
    path = model_dir / "notes.gguf"
    path.write_text("these are my notes, not a model\n" * 20)
    return path


@pytest.fixture(scope="session")
def truncated_gguf(model_dir: Path, tiny_model: Path) -> Path:
    path = model_dir / "truncated.gguf"
    data = tiny_model.read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3])
    return path


@pytest.fixture(scope="session")
def unknown_arch_gguf(model_dir: Path) -> Path:
    return write_model(model_dir / "martian.gguf", architecture="martian-lm", chat_template=None)


@pytest.fixture(scope="session")
def gguf_corpus(tmp_path_factory: pytest.TempPathFactory):
    """tests/gguf_corpus.py's malformed GGUF files, one per way a file can be wrong."""
    from tests.gguf_corpus import build_corpus

    return build_corpus(tmp_path_factory.mktemp("gguf-corpus"))


from tests.fake_hub import fake_hub  # noqa: E402, F401  (fixture)
from tests.small_disk import small_disk  # noqa: E402, F401  (fixture)
