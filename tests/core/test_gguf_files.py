"""Bad model files get a one-line reason, before llama.cpp's generic failure."""

import os
import re
from pathlib import Path

import pytest

from gpt4local.core.errors import ModelFileError, ModelLoadError
from gpt4local.core.models.facts import facts_for_file
from gpt4local.core.models.gguf_info import read_info
from gpt4local.core.models.library import (
    ModelFile,
    describe_model,
    find_model,
    installed_models,
    scan_models,
)


def test_reads_metadata_without_loading(tiny_model):
    info = read_info(tiny_model)
    assert info.architecture == "llama"
    assert info.name == "synthetic-llama"
    assert info.context_length == 4096
    assert "<|im_start|>" in info.chat_template
    assert info.file_size == tiny_model.stat().st_size
    assert info.parameter_count > 10_000


def test_not_a_gguf(not_a_gguf):
    with pytest.raises(ModelFileError, match="not a GGUF model file"):
        read_info(not_a_gguf)


def test_truncated(truncated_gguf):
    with pytest.raises(ModelFileError, match="truncated"):
        read_info(truncated_gguf)


def test_missing(tmp_path):
    with pytest.raises(ModelFileError, match="not found"):
        read_info(tmp_path / "gone.gguf")


def test_a_folder_is_not_a_model(tmp_path):
    with pytest.raises(ModelFileError, match="Not a file"):
        read_info(tmp_path)


def test_unreadable_file(tmp_path, tiny_model, monkeypatch):
    # Tests may run as root, which ignores file modes, so the OS refusal is simulated.
    def refuse(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(ModelFileError, match="No permission to read"):
        read_info(tiny_model)


def test_unknown_architecture_names_it(unknown_arch_gguf):
    from gpt4local.core.inference.engine import Engine

    assert read_info(unknown_arch_gguf).architecture == "martian-lm"
    with pytest.raises(ModelLoadError, match="unknown model architecture: 'martian-lm'"):
        Engine(unknown_arch_gguf)


def test_scan_lists_gguf_files_but_not_partial_downloads(tmp_path, tiny_model):
    (tmp_path / "b.gguf").write_bytes(tiny_model.read_bytes())
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.gguf").write_bytes(b"GGUF")
    (tmp_path / "c.gguf.part").write_bytes(b"GGUF")
    (tmp_path / "readme.txt").write_text("x")
    assert [m.name for m in scan_models(tmp_path)] == ["a", "b"]
    assert scan_models(tmp_path / "missing") == []


def test_unreadable_models_folder_is_reported(tmp_path, monkeypatch):
    def refuse(path):
        raise PermissionError(13, "Permission denied", os.fspath(path))

    monkeypatch.setattr(os, "scandir", refuse)
    with pytest.raises(ModelFileError, match="No permission to read the models folder"):
        scan_models(tmp_path)


def test_find_model_by_name(tmp_path, tiny_model):
    (tmp_path / "mine.gguf").write_bytes(b"GGUF")
    assert find_model("mine", tmp_path) == tmp_path / "mine.gguf"
    assert find_model(str(tiny_model), tmp_path) == tiny_model


def test_an_empty_file_is_empty(tmp_path):
    """Issue 10 §7: "A 0-byte file is 'empty', not 'does not start with GGUF'"."""
    (tmp_path / "nothing.gguf").touch()
    with pytest.raises(ModelFileError, match=r"nothing.gguf is empty \(0 bytes\)"):
        read_info(tmp_path / "nothing.gguf")


def test_links_that_lead_nowhere_are_explained_and_listed(tmp_path, tiny_model):
    """Issue 10: "A symlink loop gives an unconverted error." A loop (and a link to a deleted
    file) gets one clear line, and the library lists it, flagged, next to the good model."""
    (tmp_path / "loop.gguf").symlink_to(tmp_path / "loop.gguf")
    (tmp_path / "gone.gguf").symlink_to(tmp_path / "deleted.gguf")
    (tmp_path / "good.gguf").symlink_to(tiny_model)
    with pytest.raises(ModelFileError, match="symbolic link that leads back to itself"):
        read_info(tmp_path / "loop.gguf")
    with pytest.raises(ModelFileError, match="a link to a file that no longer exists"):
        read_info(tmp_path / "gone.gguf")
    listed = {m.path.name: m for m in installed_models(tmp_path)}
    assert set(listed) == {"loop.gguf", "gone.gguf", "good.gguf"}
    assert "loop" in listed["loop.gguf"].problem
    assert "no longer exists" in listed["gone.gguf"].problem
    assert listed["good.gguf"].problem is None


def test_a_vocabulary_only_file_is_explained_in_words(gguf_corpus):
    """Issue 10 §6: a vocabulary-only GGUF (as llama.cpp ships them: a tokenizer and the
    hyperparameters, no tensors) reached llama.cpp, which said "check_tensor_dims: tensor
    'token_embd.weight' not found" after the working model was unloaded; `models fit` gave it a
    verdict. Now it is refused first, with "this file has a vocabulary but no weights"."""
    vocabulary_only = gguf_corpus.files["vocabulary-only"]
    with pytest.raises(ModelFileError, match="has a vocabulary but no weights"):
        read_info(vocabulary_only)
    with pytest.raises(ModelFileError, match="has a vocabulary but no weights"):
        facts_for_file(vocabulary_only)
    described = describe_model(ModelFile(vocabulary_only, vocabulary_only.stat().st_size))
    assert described.architecture == "llama"  # the header's facts are kept for the list
    assert "vocabulary but no weights" in described.problem


# What a user reads for each file llama.cpp cannot load, most of which crashed it (SIGABRT,
# SIGSEGV) or llama-cpp-python (a traceback, or 8 GB per tokenization) before they were checked.
LOAD_PROBLEMS = {
    "zero-tensors": "has a vocabulary but no weights",
    "no-tokenizer": "has no tokenizer",
    "no-tokens": "tokenizer has no tokens",
    "tokenizer-none": "has no vocabulary",
    "no-token-embd": "no token embedding (token_embd.weight)",
    "no-layer-1": "layer 1 of its 2 has no weights",
    "block-count-3": "layer 2 of its 3 has no weights",
    "no-output-norm": "no output_norm.weight",
    "context-length-0xFFFFFFFF": "trained context of 4,294,967,295 tokens",
    "context-length-2^31-1": "trained context of 2,147,483,647 tokens",
    "context-length-as-string": "llama.context_length is a string",
    "context-length-as-uint64": "llama.context_length is a uint64",
    "context-length-missing": "llama.context_length is missing",
    "block-count-0": "claims 0 layers",
    "block-count-513": "claims 513 layers",
    "block-count-0xFFFFFFFF": "claims 4,294,967,295 layers",
    "nextn-layers-more-than-blocks": "5 prediction layers among its 2 layers",
    "expert-used-more-than-experts": "uses 4 of its 2 experts",
    "rope-scaling-bogus": "RoPE scaling type 'bogus' is unknown",
    "rope-dimension-wrong": "RoPE dimension count 8 is not its head size 16",
    "rms-epsilon-nan": "layer_norm_rms_epsilon is nan",
    "rms-epsilon-negative": "layer_norm_rms_epsilon is -1.0",
    "head-count-0": "2 key-value heads but no attention heads",
    "head-count-3": "3 attention heads cannot share 2 key-value heads",
    "head-count-kv-3-of-4": "4 attention heads cannot share 3 key-value heads",
    "head-count-negative": "llama.attention.head_count is an int32",
    "head-count-per-layer-too-short": "head_count lists 1 layers, the model has 2",
    "head-count-kv-per-layer-unlike-tensors": "blk.1.attn_k.weight is 32 × 32 but its header "
                                              "calls for 32 × 16",
    "embedding-length-0": "embedding length is 0",
    "tensor-wrong-shape-token-embd": "token embedding is 16 wide",
    "tensor-token-embd-for-fewer-tokens": "token embedding is for 400 tokens",
    "tensor-wrong-shape-attn-q": "blk.0.attn_q.weight is 32 × 16",
    "tensor-zero-dim": "output_norm.weight is 0",
    "feed-forward-0": "blk.0.ffn_gate.weight is 32 × 64 but its header calls for 32 × 0",
    "tensor-norm-in-f16": "output_norm.weight is not stored in F32",
    "tensor-weight-in-int8": "blk.0.attn_q.weight is stored as I8",
    "bos-id-as-string": "bos_token_id is a string",
    "tokens-as-ints": "tokenizer.ggml.tokens is an array of int32",
    "token-types-as-strings": "token_type is an array of string",
    "scores-too-short": "scores has 5 entries for 478 tokens",
    "bpe-without-merges": "BPE tokenizer has no merges",
    "duplicate-token": "lists the token '▁use' twice",
    "one-token-vocabulary": "must add a beginning-of-text token",
    "tokenizer-bert-with-byte-tokens": "WordPiece (BERT) vocabulary has byte tokens",
    "vision-projector": "a vision projector (mmproj), a companion file for a model",
}  # fmt: skip


@pytest.mark.parametrize("case", LOAD_PROBLEMS)
def test_what_llama_cpp_cannot_load_is_named_before_it_tries(gguf_corpus, case):
    """Issue 10: "`models fit` gives a verdict (exit 0) for files llama.cpp refuses, such as
    zero tensors or no tokenizer", and "llama-cpp-python raises tracebacks for
    llama.context_length = 0xFFFFFFFF ("Array length must be >= 0")"."""
    path = gguf_corpus.files[case]
    with pytest.raises(ModelFileError, match=re.escape(LOAD_PROBLEMS[case])) as refused:
        read_info(path)
    assert str(refused.value).startswith(f"{path.name} cannot be loaded: ")
    with pytest.raises(ModelFileError, match=re.escape(LOAD_PROBLEMS[case])):
        facts_for_file(path)  # `models fit` and the load plan read the file through this
    assert LOAD_PROBLEMS[case] in describe_model(ModelFile(path, path.stat().st_size)).problem


def test_models_that_load_pass_every_check(
    tiny_model, untemplated_model, unknown_arch_gguf, shaped_models, gguf_corpus, tmp_path
):
    """The checks never refuse a model llama.cpp loads: Llama shapes with grouped-query
    attention and large vocabularies (Q4_0), a tied output matrix, Gemma 2, and the corpus
    files llama.cpp loads (special token ids out of range, which it replaces; a trained
    context of 0; empty tokens, which it renames)."""
    from gpt4local.diagnostics.synthetic_model import write_model
    from tests.synthetic_gemma2 import GEMMA2_TINY, write_gemma2_model

    tied = write_model(tmp_path / "tied.gguf", tied_output=True)
    gemma2 = write_gemma2_model(tmp_path / "gemma2.gguf", GEMMA2_TINY)
    loadable = ["bos-id-out-of-range", "eos-id-0xFFFFFFFF", "unk-id-out-of-range",
                "context-length-0", "two-empty-tokens", "chat-template-as-int"]  # fmt: skip
    corpus = [gguf_corpus.files[case] for case in loadable]
    for path in [tiny_model, untemplated_model, unknown_arch_gguf, tied, gemma2,
                 *shaped_models.values(), *corpus]:  # fmt: skip
        read_info(path)


def test_any_failure_reading_a_file_becomes_its_problem(tmp_path, tiny_model, monkeypatch):
    """Issue 10: with a hostile file in the folder, "`models list` prints a traceback and lists
    nothing". Whatever reading one file raises is that file's problem; the others are listed."""
    from gpt4local.core.models import library

    for name in ("good.gguf", "hostile.gguf"):
        (tmp_path / name).write_bytes(tiny_model.read_bytes())
    real_read_info = library.read_info

    def read_info_failing_on_one(path, check=True):
        if Path(path).name == "hostile.gguf":
            raise MemoryError  # what the unchecked reader raised; str() is empty
        return real_read_info(path, check)

    monkeypatch.setattr(library, "read_info", read_info_failing_on_one)
    listed = {m.path.name: m for m in installed_models(tmp_path)}
    assert listed["good.gguf"].problem is None
    assert listed["hostile.gguf"].problem == "hostile.gguf could not be read: MemoryError"
