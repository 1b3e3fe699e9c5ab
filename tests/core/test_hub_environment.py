"""huggingface-hub is configured for the app: no telemetry calls, its files under our folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from gpt4local.core.hub.api import search_repos


def test_the_first_hub_request_makes_no_agent_harness_call(fake_hub, monkeypatch) -> None:
    """Issue 10: huggingface-hub's first request also called {HF_ENDPOINT}/api/agent-harnesses
    (and cached the answer in ~/.cache/huggingface/.agent_harnesses.json)."""
    from huggingface_hub import constants
    from huggingface_hub.utils import _detect_agent

    monkeypatch.setenv("HF_ENDPOINT", fake_hub.url)
    monkeypatch.setattr(constants, "ENDPOINT", fake_hub.url)  # where the registry is asked for
    monkeypatch.setattr(_detect_agent, "_registry", None)  # as in a fresh process
    fake_hub.add_repo("me/tiny-GGUF", {"tiny-Q4_0.gguf": b"GGUF"})
    assert [r.repo_id for r in search_repos("tiny")] == ["me/tiny-GGUF"]
    paths = [request.path for request in fake_hub.requests]
    assert "/api/models" in paths and "/api/agent-harnesses" not in paths


def hub_state_in_a_new_process(env: dict[str, str]) -> dict:
    """What huggingface-hub uses in a process that imports the app's network code first."""
    script = (
        "import json, gpt4local.core.hub.api;"
        "from huggingface_hub import constants, get_token;"
        "print(json.dumps({'home': constants.HF_HOME, 'telemetry_off':"
        " constants.HF_HUB_DISABLE_TELEMETRY, 'token': get_token()}))"
    )
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                            text=True, timeout=60, check=True)  # fmt: skip
    return json.loads(result.stdout)


def clean_env(user_home: Path) -> dict[str, str]:
    env = dict(os.environ, HOME=str(user_home))
    for name in ("HF_HOME", "XDG_CACHE_HOME", "HF_TOKEN", "HF_TOKEN_PATH", "GPT4LOCAL_HOME"):
        env.pop(name, None)
    return env


def test_with_gpt4local_home_the_hub_library_keeps_its_files_there(tmp_path) -> None:
    """Issue 10: huggingface-hub wrote ~/.cache/huggingface/... outside GPT4LOCAL_HOME."""
    env = clean_env(tmp_path / "user") | {"GPT4LOCAL_HOME": str(tmp_path / "portable")}
    state = hub_state_in_a_new_process(env)
    assert state["home"] == str(tmp_path / "portable" / "cache" / "huggingface")
    assert state["telemetry_off"] is True


def test_without_it_the_users_own_hub_login_keeps_working(tmp_path) -> None:
    user = tmp_path / "user"
    (user / ".cache" / "huggingface").mkdir(parents=True)
    (user / ".cache" / "huggingface" / "token").write_text("hf_saved_by_hf_auth_login")
    state = hub_state_in_a_new_process(clean_env(user))
    assert state["home"] == str(user / ".cache" / "huggingface")
    assert state["token"] == "hf_saved_by_hf_auth_login"
    assert state["telemetry_off"] is True
    own = clean_env(user) | {"HF_HOME": str(tmp_path / "mine")}  # the user's own choice wins
    own["GPT4LOCAL_HOME"] = str(tmp_path / "portable")
    assert hub_state_in_a_new_process(own)["home"] == str(tmp_path / "mine")
