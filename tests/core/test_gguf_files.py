"""Bad model files get a one-line reason, before llama.cpp's generic failure."""

import os
from pathlib import Path

import pytest

from gpt4local.core.errors import ModelFileError, ModelLoadError
from gpt4local.core.gguf_info import read_info
from gpt4local.core.library import find_model, scan_models


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
    from gpt4local.core.engine import Engine

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
