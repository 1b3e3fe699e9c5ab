"""Where gpt4local keeps its files.

OS-native folders come from platformdirs. Setting ``GPT4LOCAL_HOME`` moves every folder under one
root: portable installs use it, and every test points it at a temporary directory so nothing touches
the real user's data.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

import platformdirs

from gpt4local import APP_NAME, PACKAGE_DIR

HOME_ENV = "GPT4LOCAL_HOME"


def home_override() -> Path | None:
    """The folder GPT4LOCAL_HOME names, if it is set."""
    value = os.environ.get(HOME_ENV, "").strip()
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    home = home_override()
    return home / "data" if home else platformdirs.user_data_path(APP_NAME, appauthor=False)


def config_dir() -> Path:
    home = home_override()
    return home / "config" if home else platformdirs.user_config_path(APP_NAME, appauthor=False)


def cache_dir() -> Path:
    home = home_override()
    return home / "cache" if home else platformdirs.user_cache_path(APP_NAME, appauthor=False)


def models_dir() -> Path:
    return data_dir() / "models"


def ensure_dirs() -> None:
    """Create the app's folders (0700: chats and settings are the user's alone)."""
    from gpt4local.core.files import make_private_dirs

    for folder in (data_dir(), config_dir(), cache_dir(), models_dir()):
        make_private_dirs(folder)


def resource_path(name: str) -> Path:
    """A file from resources/, whether installed (as gpt4local.resources) or run from a checkout."""
    try:
        installed = Path(str(resources.files("gpt4local.resources").joinpath(name)))
        if installed.exists():
            return installed
    except ModuleNotFoundError:
        pass
    return PACKAGE_DIR.parent / "resources" / name
