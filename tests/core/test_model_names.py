"""Every name `models list` shows works with `chat --model` (and fit, delete), and names are
unique: both come from core.library.model_names.

Issue 10, reproduction: `models list` showed tl-q4_0 but `chat --model tl-q4_0` said "not
found"; three files were all listed as synthetic-test-model.
"""

from __future__ import annotations

from pathlib import Path

from gpt4local.core.models.library import find_model, model_names, model_paths


def _gguf(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"GGUF")
    return path


def test_names_are_file_names_and_shared_ones_are_told_apart(tmp_path: Path) -> None:
    models = tmp_path / "models"
    alone = _gguf(models / "mistral-7b.Q4_K_M.gguf")
    top = _gguf(models / "tl-q4_0.gguf")
    sub = _gguf(models / "sub" / "tl-q4_0.gguf")
    elsewhere = _gguf(tmp_path / "Downloads" / "tl-q4_0.gguf")
    twin = _gguf(tmp_path / "other" / "sub" / "tl-q4_0.gguf")  # same folder name as `sub`
    side_loaded = [str(elsewhere), str(twin), str(alone)]  # `alone` is in the folder already
    names = model_names(model_paths(models, side_loaded))
    assert names == {
        alone: "mistral-7b.Q4_K_M",
        top: "models/tl-q4_0",
        sub: str(sub),
        elsewhere: "Downloads/tl-q4_0",
        twin: str(twin),
    }
    for path, name in names.items():
        assert find_model(name, models, side_loaded) == path
        assert find_model(f"{name}.gguf", models, side_loaded) == path


def test_a_side_loaded_model_is_found_by_its_name(tmp_path: Path) -> None:
    elsewhere = _gguf(tmp_path / "Downloads" / "tl-q4_0.gguf")
    models = tmp_path / "models"
    assert find_model("tl-q4_0", models, [str(elsewhere)]) == elsewhere
    assert find_model("tl-q4_0", models) == Path("tl-q4_0")  # not installed: the engine says so
