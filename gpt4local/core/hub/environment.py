"""huggingface-hub's settings for this app, given through its environment variables.

huggingface-hub reads its configuration from the environment once, when it is imported, so this
runs before any of our modules imports it (core/http.py calls ``configure()`` on import).

- Telemetry off: with it on, the library builds its User-Agent by fetching
  ``{HF_ENDPOINT}/api/agent-harnesses`` (to detect AI coding agents) on the first request and
  caching the answer in ``~/.cache/huggingface/.agent_harnesses.json``: a network call and a
  file the user never asked for. ``HF_HUB_DISABLE_TELEMETRY`` is the library's switch for both.
- With ``GPT4LOCAL_HOME`` set (portable installs, tests), the library's home (``HF_HOME``: its
  cache, token file and state) moves under our cache folder, so nothing is written outside that
  folder. Without it, the user's own huggingface-hub home is left alone: ``hf auth login``'s
  token keeps working. An ``HF_HOME`` the user set always wins.
"""

from __future__ import annotations

import os
import sys

from gpt4local.core import paths


def configure() -> None:
    os.environ["HF_HUB_DISABLE_TELEMETRY"] = "1"
    if paths.home_override() is not None:
        os.environ.setdefault("HF_HOME", str(paths.cache_dir() / "huggingface"))
    constants = sys.modules.get("huggingface_hub.constants")
    if constants is not None:  # imported before us (by a test, a plugin): the switch still works
        constants.HF_HUB_DISABLE_TELEMETRY = True  # type: ignore[attr-defined]
