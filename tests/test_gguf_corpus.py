"""The malformed GGUF files of tests/gguf_corpus.py through the library, `models list`, `models
fit` and `chat`: each file gets one clear line, never a traceback, a hang or a crash.

Issue 10: "Across the 79 files: `chat` gave 8 tracebacks, 2 hangs of more than 90 s and 1
SIGABRT; `models fit` gave 6 tracebacks", and with any of the hostile headers in the models
folder "`models list` prints a traceback and lists nothing".
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from gpt4local.core.errors import ModelFileError
from gpt4local.core.models.gguf_info import read_info
from gpt4local.core.models.library import ModelFile, describe_model

REPO = Path(__file__).parent.parent
# The files of the issue, and the ones bare llama.cpp aborts or segfaults on.
ISSUE_FILES = ["first-key-length-2^63", "array-length-2^60", "999999-keys", "999999-tensors",
               "block-count-0", "context-length-0xFFFFFFFF", "head-count-kv-3-of-4",
               "tensor-weight-in-int8", "vocabulary-only"]  # fmt: skip


def corpus_files(corpus) -> list[Path]:
    return list(corpus.files.values())


def run(*args: str, home: Path, timeout: float = 120) -> subprocess.CompletedProcess:
    env = dict(os.environ, GPT4LOCAL_HOME=str(home), PYTHONPATH=str(REPO))
    return subprocess.run([sys.executable, *args], capture_output=True, text=True,
                          timeout=timeout, env=env, cwd=REPO)  # fmt: skip


def test_reading_any_file_raises_only_a_model_file_error(gguf_corpus) -> None:
    for path in corpus_files(gguf_corpus):
        started = time.perf_counter()
        try:
            read_info(path)
        except ModelFileError as error:
            assert str(error).count("\n") == 0
        assert time.perf_counter() - started < 2, path.name
        row = describe_model(ModelFile(path, path.stat().st_size))
        assert row.problem is None or path.name in row.problem


def test_models_list_lists_every_file_with_its_problem(gguf_corpus, tmp_path) -> None:
    home = tmp_path / "home"
    models = home / "data" / "models"
    models.mkdir(parents=True)
    for path in corpus_files(gguf_corpus):
        (models / path.name).symlink_to(path)
    listed = run("-m", "gpt4local", "models", "list", "--json", home=home)
    assert listed.returncode == 0, listed.stderr
    assert "Traceback" not in listed.stderr
    rows = {row["file"]: row for row in json.loads(listed.stdout)}
    assert set(rows) == {path.name for path in corpus_files(gguf_corpus)}
    for name in ISSUE_FILES:
        assert rows[f"{name}.gguf"]["problem"], name
    assert "vocabulary but no weights" in rows["vocabulary-only.gguf"]["problem"]
    text = run("-m", "gpt4local", "models", "list", home=home)
    assert text.returncode == 0 and "Traceback" not in text.stderr
    assert text.stdout.count("\t! ") == sum(1 for row in rows.values() if row["problem"])


def test_fit_and_chat_end_in_one_line_on_every_file(gguf_corpus, tmp_path) -> None:
    """`models fit` and `chat --prompt hi` over the whole corpus in one process, through the
    command line's own entry point: exit 0 or 1, at most one line on stderr, within bounds."""
    files = corpus_files(gguf_corpus)
    started = time.monotonic()
    result = run("-m", "tests.gguf_corpus", *map(str, files), home=tmp_path / "home",
                 timeout=600)  # fmt: skip
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    last = lines[-1] if lines else {}
    assert result.returncode == 0, f"crashed ({result.returncode}) on {last}: {result.stderr}"
    runs = [line for line in lines if "code" in line]
    assert len(runs) == 2 * len(files)
    for line in runs:
        where = f"{line['command']} {line['file']}: {line['stderr']}"
        assert line["code"] in (0, 1), where
        assert "Traceback" not in line["stderr"], where
        assert len(line["stderr"].strip().splitlines()) <= 1, where
        assert line["seconds"] < 30, where
    refused = {line["file"] for line in runs if line["command"] == "fit" and line["code"] == 1}
    for path in files:
        try:
            read_info(path)
        except ModelFileError:
            assert path.name in refused, f"models fit gave {path.name} a verdict"
    assert time.monotonic() - started < 300


@pytest.mark.parametrize("case", ["first-key-length-2^63", "999999-tensors", "block-count-0",
                                  "vocabulary-only", "context-length-0xFFFFFFFF"])  # fmt: skip
def test_chat_in_its_own_process_says_one_line(gguf_corpus, tmp_path, case) -> None:
    """As a user runs it: a separate process, its real stderr."""
    chat = run("-m", "gpt4local", "chat", "--model", str(gguf_corpus.files[case]), "--prompt",
               "hi", home=tmp_path / "home")  # fmt: skip
    assert chat.returncode == 1, chat.stderr
    assert "Traceback" not in chat.stderr
    assert len(chat.stderr.strip().splitlines()) == 1
    assert chat.stderr.startswith("gpt4local: error: ")


def test_fit_says_cannot_load(tmp_path, gguf_corpus) -> None:
    """Issue 10: "`models fit` gives a verdict (exit 0) for files llama.cpp refuses"."""
    vocabulary_only = gguf_corpus.files["vocabulary-only"]
    fit = run("-m", "gpt4local", "models", "fit", str(vocabulary_only), home=tmp_path / "home")
    assert fit.returncode == 1
    assert fit.stderr.strip().splitlines() == [
        "gpt4local: error: vocabulary-only.gguf cannot be loaded: this file has a vocabulary "
        "but no weights: it holds a tokenizer only, not a model you can chat with."
    ]
    as_json = run("-m", "gpt4local", "models", "fit", str(vocabulary_only), "--json",
                  home=tmp_path / "home")  # fmt: skip
    assert as_json.returncode == 1
    verdict = json.loads(as_json.stdout)
    assert verdict["verdict"] == "cannot_load"
    assert "vocabulary but no weights" in verdict["problem"]


@pytest.mark.slow
def test_llama_cpp_crashes_only_on_files_that_are_refused_first(tmp_path) -> None:
    """benchmarks/gguf_corpus_vs_llama.py: every corpus file bare llama.cpp aborts, segfaults,
    hangs or runs out of memory on is refused by the checks before it is asked (~40 s)."""
    table = tmp_path / "table.json"
    bench = subprocess.run([sys.executable, str(REPO / "benchmarks" / "gguf_corpus_vs_llama.py"),
                            "--json", str(table)], capture_output=True, text=True,
                           timeout=900)  # fmt: skip
    assert bench.returncode == 0, bench.stdout[-3000:]
    rows = json.loads(table.read_text())
    dangerous = [r for r in rows if r["llama_cpp"] in ("crashes", "hangs", "out of memory")]
    assert dangerous  # the corpus still holds files llama.cpp cannot survive
    assert all(r["ours"].startswith("refused") for r in dangerous)
