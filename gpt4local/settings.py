"""The user's settings: one typed object with a schema version, saved atomically as JSON.

An unreadable or corrupt file is moved aside (``settings.json.bad``) and defaults are used, so a bad
file never stops the app from starting; the caller is told through ``load_settings``' message.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from gpt4local import paths
from gpt4local.core.files import atomic_write_bytes

SCHEMA_VERSION = 1


@dataclass
class Settings:
    schema_version: int = SCHEMA_VERSION
    context_length: int = 2048
    threads: int = 0  # 0 = automatic
    last_model: str = ""
    side_loaded_models: list[str] = field(default_factory=list)
    models_folder: str = ""  # empty = the default one in the data folder
    catalog_url: str = ""  # where a newer model catalog is published; empty = bundled only
    hf_token: str = ""  # for gated Hugging Face repos; HF_TOKEN in the environment also works
    # Memory-map model files: "auto" maps only when RAM has room for the mapped copy too (on a
    # CPU the mapped pages of repacked weights stay resident), "on" always, "off" never.
    memory_map: str = "auto"


def settings_file() -> Path:
    return paths.config_dir() / "settings.json"


def load_settings(path: Path | None = None) -> tuple[Settings, str | None]:
    """The saved settings (or defaults), and a message if the file had to be set aside."""
    path = path or settings_file()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        known = {f.name for f in dataclasses.fields(Settings)}
        settings = Settings(**{k: v for k, v in raw.items() if k in known})
        if not isinstance(settings.side_loaded_models, list):
            raise TypeError("side_loaded_models must be a list")
        return settings, None
    except FileNotFoundError:
        return Settings(), None
    except (OSError, ValueError, TypeError, AttributeError) as error:
        backup = path.with_suffix(".json.bad")
        with contextlib.suppress(OSError):
            os.replace(path, backup)
        return (
            Settings(),
            f"Settings could not be read ({error}); defaults are used. "
            f"The old file was kept as {backup.name}.",
        )


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Saved atomically: a crash or a full disk never leaves a half-written settings file."""
    data = json.dumps(dataclasses.asdict(settings), indent=2, ensure_ascii=False)
    atomic_write_bytes(path or settings_file(), data.encode("utf-8"))


def models_folder(settings: Settings) -> Path:
    """The folder the user chose for models, or the default one in the data folder."""
    chosen = settings.models_folder.strip()
    return Path(chosen).expanduser() if chosen else paths.models_dir()
