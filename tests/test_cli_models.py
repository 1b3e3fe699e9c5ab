"""`gpt4local models ...` in a separate process, against the Hub-like server on 127.0.0.1."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from gpt4local.core.models.catalog import bundled_catalog
from gpt4local.core.models.gguf_info import read_info
from gpt4local.core.settings import Settings, save_settings

REPO = "tester/tiny-GGUF"
FILE = "tiny-Q8_0.gguf"


def gpt4local(*args: str, home: Path, endpoint: str = "http://127.0.0.1:9", timeout: int = 120):
    env = dict(os.environ, GPT4LOCAL_HOME=str(home), HF_ENDPOINT=endpoint)
    env.pop("HF_TOKEN", None)
    return subprocess.run(
        [sys.executable, "-m", "gpt4local", *args],
        capture_output=True, text=True, timeout=timeout, env=env,
    )  # fmt: skip


@pytest.fixture
def hub(fake_hub, tiny_model):
    fake_hub.add_repo(REPO, {FILE: tiny_model}, downloads=3)
    return fake_hub


def test_list_shows_installed_models_with_their_facts(isolated_home, tiny_model, not_a_gguf):
    models = isolated_home / "data" / "models"
    models.mkdir(parents=True)
    shutil.copy(tiny_model, models / "mine.gguf")
    shutil.copy(not_a_gguf, models / "broken.gguf")
    (models / "half.gguf.part").write_bytes(b"GGUF")
    result = gpt4local("models", "list", "--json", home=isolated_home)
    assert result.returncode == 0, result.stderr
    listed = {m["file"]: m for m in json.loads(result.stdout)}
    assert set(listed) == {"mine.gguf", "broken.gguf"}  # never the .part
    mine = listed["mine.gguf"]
    assert mine["architecture"] == "llama" and mine["context_length"] > 0
    assert mine["parameters"] > 0 and mine["size"] == tiny_model.stat().st_size
    assert "not a GGUF" in listed["broken.gguf"]["problem"]


def test_catalog_lists_the_bundled_models(isolated_home):
    result = gpt4local("models", "catalog", "--json", home=isolated_home)
    assert result.returncode == 0
    ids = [e["id"] for e in json.loads(result.stdout)]
    assert ids == [e.id for e in bundled_catalog().entries]


def test_search_and_files(isolated_home, hub):
    result = gpt4local("models", "search", "tiny", "--json", home=isolated_home, endpoint=hub.url)
    assert result.returncode == 0, result.stderr
    assert [r["repo_id"] for r in json.loads(result.stdout)] == [REPO]
    result = gpt4local("models", "files", REPO, home=isolated_home, endpoint=hub.url)
    assert result.returncode == 0, result.stderr
    assert FILE in result.stdout and "Q8_0" in result.stdout


def test_files_with_a_malformed_hub_answer_is_one_line(isolated_home, hub):
    """Issue 10: `models files` raised KeyError: 'pointerSize' when the answer lacked it."""

    def without_pointer_size(answer):
        for sibling in answer.get("siblings", []) if isinstance(answer, dict) else []:
            sibling.get("lfs", {}).pop("pointerSize", None)
        return answer

    hub.mangle_api = without_pointer_size
    result = gpt4local("models", "files", REPO, home=isolated_home, endpoint=hub.url)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"gpt4local: error: Listing the files of {REPO} failed: {hub.url} sent an answer "
        "gpt4local does not understand (the field 'pointerSize' is missing)."
    ]


def test_download_then_chat_by_name_then_delete(isolated_home, hub, tiny_model):
    result = gpt4local("models", "download", REPO, FILE, home=isolated_home, endpoint=hub.url)
    assert result.returncode == 0, result.stderr
    installed = isolated_home / "data" / "models" / FILE
    assert result.stdout.strip() == str(installed.resolve())
    assert installed.read_bytes() == tiny_model.read_bytes()
    chat = gpt4local("chat", "--model", "tiny-Q8_0", "--prompt", "hi", "--max-tokens", "4",
                     "--json", home=isolated_home)  # fmt: skip
    assert chat.returncode == 0, chat.stderr
    assert json.loads(chat.stdout)["completion_tokens"] > 0
    result = gpt4local("models", "delete", "tiny-Q8_0", home=isolated_home)
    assert result.returncode == 0 and not installed.exists()


def test_download_resumes_an_existing_part(isolated_home, hub, tiny_model):
    models = isolated_home / "data" / "models"
    models.mkdir(parents=True)
    data = tiny_model.read_bytes()
    (models / f"{FILE}.part").write_bytes(data[:60_000])
    result = gpt4local("models", "download", REPO, FILE, home=isolated_home, endpoint=hub.url)
    assert result.returncode == 0, result.stderr
    assert (models / FILE).read_bytes() == data
    assert any(r.headers.get("range") == "bytes=60000-" for r in hub.requests)


def test_download_reports_connecting_and_each_retry_on_stderr(isolated_home, hub):
    """Issue 10: `models download` showed nothing for about 60 s while it retried."""
    hub.fail_next(FILE, 503, times=2, retry_after=0)
    result = gpt4local("models", "download", REPO, FILE, home=isolated_home, endpoint=hub.url)
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert lines[0] == f"{FILE}: connecting to 127.0.0.1…"
    assert f"{FILE}: the server answered 503 — retry 1 of 6 in 1 s" in lines
    assert f"{FILE}: the server answered 503 — retry 2 of 6 in 2 s" in lines
    assert any(line.startswith(f"{FILE}: checking the file") for line in lines)


def read_until_exit(process: subprocess.Popen, terminal: int, timeout: float = 60) -> str:
    """Everything the process writes to the pseudo-terminal ``terminal``, until it exits."""
    import select

    output, deadline = b"", time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([terminal], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(terminal, 4096)
            except OSError:  # EIO: the other end closed
                break
            if not chunk:
                break
            output += chunk
        elif process.poll() is not None:
            break
    process.wait(timeout=max(1.0, deadline - time.monotonic()))
    return output.decode(errors="replace")


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_download_on_a_terminal_shows_connecting_and_retries(isolated_home, hub):
    """Issue 10: on a terminal `models download` showed nothing while it retried (tqdm draws
    nothing on a terminal that reports 0 columns, as a fresh pseudo-terminal does)."""
    hub.fail_next(FILE, 503, times=1, retry_after=0)
    terminal, child_end = os.openpty()
    env = dict(os.environ, GPT4LOCAL_HOME=str(isolated_home), HF_ENDPOINT=hub.url)
    command = [sys.executable, "-m", "gpt4local", "models", "download", REPO, FILE]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=child_end, env=env)
    os.close(child_end)
    try:
        shown = read_until_exit(process, terminal)
    finally:
        os.close(terminal)
        process.stdout.close()
    assert process.returncode == 0, shown
    assert f"{FILE}: connecting to 127.0.0.1…" in shown
    assert "the server answered 503 — retry 1 of 6 in 1 s" in shown
    assert f"{FILE}: downloading " in shown


def test_errors_are_one_line_reasons(isolated_home, hub):
    result = gpt4local("models", "download", REPO, "missing.gguf", home=isolated_home,
                       endpoint=hub.url)  # fmt: skip
    assert result.returncode == 1  # "connecting…", then the reason
    assert result.stderr.splitlines()[-1].startswith("gpt4local: error: ")
    assert "Traceback" not in result.stderr
    result = gpt4local("models", "download", "no-such-id", home=isolated_home)
    assert result.returncode == 1 and "not in the catalog" in result.stderr
    entry = bundled_catalog().entries[0]
    result = gpt4local("chat", "--model", entry.id, "--prompt", "hi", home=isolated_home)
    assert result.returncode == 1
    assert f"gpt4local models download {entry.id}" in result.stderr
    result = gpt4local("models", "delete", "nothing", home=isolated_home)
    assert result.returncode == 1 and "No installed model" in result.stderr
    result = gpt4local("models", "search", "x", home=isolated_home)  # nobody listens on :9
    assert result.returncode == 1 and "Cannot connect" in result.stderr


def test_every_listed_name_works_with_chat_and_fit_and_names_are_unique(isolated_home, tiny_model):
    """Issue 10: `models list` showed tl-q4_0 but `chat --model tl-q4_0` said "not found"
    (a model added from elsewhere); three files were all listed as synthetic-test-model."""
    models = isolated_home / "data" / "models"
    elsewhere = isolated_home / "Downloads" / "tl-q4_0.gguf"
    for path in (models / "tl-q4_0.gguf", models / "sub" / "tl-q4_0.gguf", elsewhere):
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(tiny_model, path)
    save_settings(Settings(side_loaded_models=[str(elsewhere)]))
    listed = json.loads(gpt4local("models", "list", "--json", home=isolated_home).stdout)
    names = [model["name"] for model in listed]
    assert len(set(names)) == 3
    assert {model["title"] for model in listed} == {"synthetic-llama"}  # the header's own name
    text = gpt4local("models", "list", home=isolated_home).stdout
    assert [line.split("\t")[0] for line in text.splitlines()] == names
    for model in listed:
        fit = gpt4local("models", "fit", model["name"], "--json", home=isolated_home)
        assert fit.returncode == 0, fit.stderr
        assert json.loads(fit.stdout)["source"] == model["path"]
        chat = gpt4local("chat", "--model", model["name"], "--prompt", "hi", "--max-tokens", "1",
                         home=isolated_home)  # fmt: skip
        assert chat.returncode == 0, chat.stderr


def test_list_gives_small_models_readable_parameter_counts(isolated_home, tiny_model):
    """Issue 10: `models list` printed "0.0B params" for 4M-parameter models."""
    models = isolated_home / "data" / "models"
    models.mkdir(parents=True)
    shutil.copy(tiny_model, models / "tiny.gguf")
    parameters = read_info(tiny_model).parameter_count
    assert 10_000 < parameters < 1_000_000  # a ~200 KB synthetic model
    result = gpt4local("models", "list", home=isolated_home)
    assert f", {round(parameters / 1000)}K params, " in result.stdout
    assert "0.0B" not in result.stdout
