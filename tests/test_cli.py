"""The command line, run as a user would run it: a separate process."""

import itertools
import json
import subprocess
import sys

import pytest

from gpt4local import __version__
from gpt4local.core.backend import backend_name


def gpt4local(*args, stdin=None, timeout=120):
    return subprocess.run(
        [sys.executable, "-m", "gpt4local", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_version():
    result = gpt4local("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"gpt4local {__version__} (llama.cpp {backend_name()})"


def test_version_of_an_installer_build_does_not_load_llama_cpp():
    # An installer build has its backend baked in (gpt4local/_build_info.py): no llama.cpp load.
    script = (
        "import sys, types\n"
        "baked = types.ModuleType('gpt4local._build_info')\n"
        "baked.BACKEND = 'cuda'\n"
        "sys.modules['gpt4local._build_info'] = baked\n"
        "from gpt4local.cli import main\n"
        "try:\n"
        "    main(['--version'])\n"
        "finally:\n"
        "    assert 'llama_cpp' not in sys.modules\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"gpt4local {__version__} (llama.cpp cuda)\n"


def test_one_turn_streams_the_answer(tiny_model):
    result = gpt4local(
        "chat",
        "--model",
        str(tiny_model),
        "--prompt",
        "hello",
        "--max-tokens",
        "12",
        "--seed",
        "1",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()


def test_json_reports_every_field(tiny_model):
    result = gpt4local(
        "chat",
        "--model",
        str(tiny_model),
        "--prompt",
        "hello",
        "--system",
        "Be brief.",
        "--max-tokens",
        "8",
        "--seed",
        "1",
        "--ctx",
        "512",
        "--threads",
        "1",
        "--temperature",
        "0.5",
        "--json",
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    for key in (
        "text",
        "prompt_tokens",
        "evaluated_tokens",
        "completion_tokens",
        "ttft_s",
        "tokens_per_s",
        "stop_reason",
    ):
        assert key in report
    assert report["completion_tokens"] <= 8
    assert report["evaluated_tokens"] == report["prompt_tokens"]


def test_interactive_conversation_reuses_the_cache(tiny_model):
    result = gpt4local(
        "chat",
        "--model",
        str(tiny_model),
        "--max-tokens",
        "10",
        "--seed",
        "4",
        "--json",
        stdin="first message\nsecond message\n\nthird message\n",
    )
    assert result.returncode == 0, result.stderr
    turns = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(turns) == 3  # the blank line is not a message
    for earlier, later in itertools.pairwise(turns):
        assert later["prompt_tokens"] > earlier["prompt_tokens"]
        assert later["evaluated_tokens"] < later["prompt_tokens"] - earlier["prompt_tokens"] + 12


@pytest.mark.parametrize(
    ("fixture", "reason"),
    [
        ("not_a_gguf", "not a GGUF model file"),
        ("truncated_gguf", "truncated"),
        ("unknown_arch_gguf", "unknown model architecture"),
    ],
)
def test_bad_files_fail_with_one_line(request, fixture, reason):
    result = gpt4local("chat", "--model", str(request.getfixturevalue(fixture)), "--prompt", "x")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert reason in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_missing_model_and_bad_settings(tmp_path):
    missing = gpt4local("chat", "--model", str(tmp_path / "nope.gguf"), "--prompt", "x")
    assert missing.returncode == 1 and "not found" in missing.stderr
    bad = gpt4local("chat", "--model", str(tmp_path / "x.gguf"), "--ctx", "10", "--prompt", "x")
    assert bad.returncode == 1 and "context length" in bad.stderr
    assert "Traceback" not in missing.stderr + bad.stderr
