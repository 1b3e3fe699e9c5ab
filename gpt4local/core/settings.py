"""The user's settings: one typed object with a schema version, saved atomically as JSON.

An unreadable or corrupt file is moved aside (``settings.json.bad``) and defaults are used, so a bad
file never stops the app from starting; the caller is told through ``load_settings``' message. A
file that parses but has a wrong value in some field keeps every other field: only that one falls
back to its default, and the message names it.

No secret is ever written here: the Hugging Face token lives in the system keychain (see
core/hub_token.py). A token that an older version saved here in plain text is moved to the
keychain when the settings are first read; where there is no keychain it is left in place (the
user may have no other copy) and still used, and every start says so and how to move it.

Generation settings have defaults for every model plus per-model overrides keyed by the model's
file name (not its path: a model moved to another folder keeps its overrides). The values are
checked with the engine's own validators (core/config.py), so no saved value can crash it.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import json
import os
import re
import types
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Union, get_args, get_origin, get_type_hints

from gpt4local.core import paths
from gpt4local.core.errors import ChatTemplateError, Wording, said_of
from gpt4local.core.files import atomic_write_bytes
from gpt4local.core.fit.load_plan import MMAP_MODES
from gpt4local.core.inference.options import LoadSettings, SamplingSettings
from gpt4local.core.templates.chat_template import ChatTemplate

SCHEMA_VERSION = 2
THEMES = ("system", "light", "dark")
# Font sizes the settings accept, in points (0 = the system's size): readable, and small enough
# that the window's tables and forms still fit.
MIN_FONT_SIZE, MAX_FONT_SIZE = 8, 32
# "", or a language with an optional script or region: "de", "pt_BR", "zh_CN", "zh_Hant".
LANGUAGE_CODE = re.compile(r"([a-z]{2,3}(_[A-Z][A-Za-z]{1,3})?)?")
# The engine's defaults live in core.config; the settings start from them, not from copies.
_SAMPLING, _LOAD = SamplingSettings(), LoadSettings()


@dataclass
class GenerationSettings:
    """How answers are made; each value can be overridden per model."""

    system_prompt: str = ""
    temperature: float = _SAMPLING.temperature
    top_p: float = _SAMPLING.top_p
    top_k: int = _SAMPLING.top_k
    min_p: float = _SAMPLING.min_p
    repeat_penalty: float = _SAMPLING.repeat_penalty
    repeat_last_n: int = _SAMPLING.repeat_last_n
    max_tokens: int = _SAMPLING.max_tokens
    batch_size: int = _LOAD.n_batch
    gpu_layers: int = _LOAD.n_gpu_layers  # -1 = as many as fit
    kv_cache_type: str = _LOAD.kv_cache_type  # "f16", or "q8_0" / "q4_0" for longer contexts
    seed: int | None = _SAMPLING.seed  # None = a fresh random seed each answer


@dataclass
class Settings:
    schema_version: int = SCHEMA_VERSION
    # The default context length stays top-level where schema 1 had it (the window and v1 files
    # use it); it is a generation setting all the same and can be overridden per model.
    context_length: int = _LOAD.n_ctx
    threads: int = 0  # 0 = automatic
    last_model: str = ""
    side_loaded_models: list[str] = field(default_factory=list)
    models_folder: str = ""  # empty = the default one in the data folder
    catalog_url: str = ""  # where a newer model catalog is published; empty = bundled only
    # A Hugging Face token that a version before the keychain saved in plain text; never set by
    # this version, emptied once moved to the keychain (see _move_token_to_keychain).
    hf_token: str = ""
    # Memory-map model files: "auto" maps only when RAM has room for the mapped copy too (on a
    # CPU the mapped pages of repacked weights stay resident), "on" always, "off" never.
    memory_map: str = "auto"
    # --- added in schema 2
    theme: str = "system"  # "system", "light" or "dark"
    font_size: int = 0  # points; 0 = the system's default
    default_model: str = ""  # path of the model to load at start; empty = the last one used
    # Decode a message's prompt while it is typed (see ui/draft_prefill.py): a near-instant
    # first word deep in long chats, for some CPU work during pauses in typing.
    prefill_while_typing: bool = True
    # The window's language: "" follows the system, else a code such as "de" or "zh_CN" (the
    # window falls back to English when no translation serves it: see ui/i18n/languages.py).
    language: str = ""
    generation: GenerationSettings = field(default_factory=GenerationSettings)
    model_overrides: dict[str, dict[str, Any]] = field(default_factory=dict)  # file name → values
    template_overrides: dict[str, str] = field(default_factory=dict)  # file name → Jinja source
    window_geometry: str = ""  # base64 of QWidget.saveGeometry()
    splitter_state: str = ""  # base64 of QSplitter.saveState()
    chat_settings_open: bool = False  # the chat's settings panel is shown beside the chat
    last_conversation_id: int | None = None


# Every key a per-model override may set: the generation settings plus the context length.
OVERRIDABLE = (*(f.name for f in dataclasses.fields(GenerationSettings)), "context_length")
_LOAD_KEYS = {"context_length": "n_ctx", "batch_size": "n_batch", "gpu_layers": "n_gpu_layers",
              "kv_cache_type": "kv_cache_type"}  # fmt: skip
_SAMPLING_KEYS = {f.name for f in dataclasses.fields(SamplingSettings)}
_SETTINGS_TYPES = get_type_hints(Settings)
_GENERATION_TYPES = {**get_type_hints(GenerationSettings), "context_length": int}


GPU_LAYERS_REFUSED = Wording("setting.gpu_layers",
                             "GPU layers must be -1 (as many as fit), 0 (CPU only) or more.")


def check_generation(values: Mapping[str, Any], threads: int = 0) -> str | None:
    """None if the engine accepts these generation values (any subset), else the reason."""
    try:
        SamplingSettings(**{k: v for k, v in values.items() if k in _SAMPLING_KEYS})
        LoadSettings(
            n_threads=threads, **{_LOAD_KEYS[k]: v for k, v in values.items() if k in _LOAD_KEYS}
        )
        # core/config.py has no rule for this one; of the negative values only -1 means anything.
        if values.get("gpu_layers", -1) < -1:
            return GPU_LAYERS_REFUSED()
    except (ValueError, TypeError) as error:
        return said_of(error) or str(error)
    return None


def invalid_keys(values: Mapping[str, Any]) -> list[str]:
    """The keys whose value the engine refuses on its own (the core rules are per value)."""
    return [key for key, value in values.items() if check_generation({key: value}) is not None]


def generation_for(settings: Settings, model: str) -> dict[str, Any]:
    """The defaults with the model's overrides on top. ``model``: a file name or path."""
    values = dataclasses.asdict(settings.generation)
    values["context_length"] = settings.context_length
    values.update(settings.model_overrides.get(Path(model).name, {}))
    return values


def _checked_generation_for(settings: Settings, model: str) -> dict[str, Any]:
    values = generation_for(settings, model)
    problem = check_generation(values, threads=settings.threads)
    if problem:
        raise ValueError(problem)
    return values


def sampling_for(settings: Settings, model: str) -> SamplingSettings:
    """Raises ValueError if any generation value is one the engine refuses."""
    values = _checked_generation_for(settings, model)
    return SamplingSettings(**{k: values[k] for k in _SAMPLING_KEYS})


def load_for(settings: Settings, model: str) -> LoadSettings:
    """Context, batch, GPU layers and threads (ValueError if any value is refused). Memory
    mapping is left to the window, which decides it from ``memory_map`` and the free RAM."""
    values = _checked_generation_for(settings, model)
    return LoadSettings(
        n_threads=settings.threads, **{core: values[key] for key, core in _LOAD_KEYS.items()}
    )


def system_prompt_for(settings: Settings, model: str) -> str:
    return str(generation_for(settings, model)["system_prompt"])


def template_override_for(settings: Settings, model: str) -> str | None:
    source = settings.template_overrides.get(Path(model).name, "")
    return source if source.strip() else None


# --- reading files ----------------------------------------------------------------------------

_WRONG = object()


def _coerce(value: Any, kind: Any) -> Any:
    """``value`` as type ``kind`` (JSON has no float/int distinction), or _WRONG."""
    origin, args = get_origin(kind), get_args(kind)
    if origin in (Union, types.UnionType):
        candidates = (_coerce(value, arg) for arg in args)
        return next((c for c in candidates if c is not _WRONG), _WRONG)
    if kind is type(None):
        return None if value is None else _WRONG
    if kind is float:
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        return float(value) if ok else _WRONG
    if kind is int:
        return value if isinstance(value, int) and not isinstance(value, bool) else _WRONG
    if kind in (str, bool):
        return value if isinstance(value, kind) else _WRONG
    if origin is list:
        listed = [_coerce(v, args[0]) for v in value] if isinstance(value, list) else [_WRONG]
        return _WRONG if _WRONG in listed else listed
    if origin is dict:
        if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
            return _WRONG
        if args[1] is Any:
            return dict(value)
        mapped = {k: _coerce(v, args[1]) for k, v in value.items()}
        return _WRONG if _WRONG in mapped.values() else mapped
    return _WRONG


def _generation_values(raw: Any, keys: tuple[str, ...], where: str, problems: list[str]) -> dict:
    """The well-typed, engine-accepted values of ``raw``; each bad one is left out and noted."""
    if not isinstance(raw, dict):
        problems.append(where)
        return {}
    values = {}
    for key in keys:
        if key not in raw:
            continue
        value = _coerce(raw[key], _GENERATION_TYPES[key])
        if value is _WRONG or check_generation({key: value}) is not None:
            problems.append(f"{where}.{key}")
        else:
            values[key] = value
    return values


def _field_problem(name: str, value: Any) -> bool:
    """Values of the right type that are still unusable."""
    if name == "theme":
        return value not in THEMES
    if name == "language":
        return LANGUAGE_CODE.fullmatch(value) is None
    if name == "memory_map":
        return value not in MMAP_MODES
    if name == "font_size":
        return value != 0 and not MIN_FONT_SIZE <= value <= MAX_FONT_SIZE
    if name == "threads":
        return check_generation({}, threads=value) is not None
    if name == "context_length":
        return check_generation({"context_length": value}) is not None
    return False


def settings_from_dict(raw: Mapping[str, Any]) -> tuple[Settings, list[str]]:
    """Settings from a parsed file, and the names of fields that fell back to their defaults."""
    values: dict[str, Any] = {}
    problems: list[str] = []
    for name, kind in _SETTINGS_TYPES.items():
        if name not in raw or name == "schema_version":
            continue
        if name == "generation":
            generation_keys = tuple(f.name for f in dataclasses.fields(GenerationSettings))
            found = _generation_values(raw[name], generation_keys, name, problems)
            values[name] = GenerationSettings(**found)
            continue
        if name == "model_overrides":
            kind = dict[str, Any]  # each model's entry is checked on its own below
        value = _coerce(raw[name], kind)
        if value is _WRONG or _field_problem(name, value):
            problems.append(name)
        else:
            values[name] = value
    overrides = values.get("model_overrides", {})
    for model, entry in list(overrides.items()):
        kept = _generation_values(entry, OVERRIDABLE, f"model_overrides[{model}]", problems)
        if kept:
            overrides[model] = kept
        else:
            del overrides[model]
    for model, source in list(values.get("template_overrides", {}).items()):
        try:
            ChatTemplate(source, origin="custom")
        except ChatTemplateError:
            problems.append(f"template_overrides[{model}]")
            del values["template_overrides"][model]
    return Settings(**values), problems


def _migrate(raw: dict[str, Any]) -> dict[str, Any]:
    """Bring an older file up to SCHEMA_VERSION, one version at a time."""
    version = raw.get("schema_version", 1)
    if not isinstance(version, int) or version < 2:
        # 1 → 2 only added fields (they take their defaults); every v1 field keeps its name and
        # meaning, the default context_length included, which stays top-level.
        version = 2
    # A newer version's file: what this version knows is read, the rest ignored.
    return {**raw, "schema_version": min(version, SCHEMA_VERSION)}


def settings_file() -> Path:
    return paths.config_dir() / "settings.json"


def load_settings(path: Path | None = None) -> tuple[Settings, str | None]:
    """The saved settings (or defaults), and a message if some or all of them were set aside."""
    path = path or settings_file()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(raw, dict):
            raise ValueError("it is not a JSON object")
    except FileNotFoundError:
        return Settings(), None
    except (OSError, ValueError) as error:
        backup = path.with_suffix(".json.bad")
        with contextlib.suppress(OSError):
            os.replace(path, backup)
        return (
            Settings(),
            f"Settings could not be read ({error}); defaults are used. "
            f"The old file was kept as {backup.name}.",
        )
    settings, problems = settings_from_dict(_migrate(raw))
    token_notice = _move_token_to_keychain(settings, raw, path)
    reset = (
        f"Some settings had values gpt4local cannot use and were reset to their defaults: "
        f"{', '.join(problems)}."
        if problems
        else None
    )
    return settings, " ".join(filter(None, [reset, token_notice])) or None


def _move_token_to_keychain(settings: Settings, raw: dict[str, Any], path: Path) -> str | None:
    """Move a plain-text token from the file into the keychain; a notice if it stays.

    The keychain copy is read back before the file loses its own. Without a keychain the token
    stays where it is: deleting it could lose the user's only copy (a Hugging Face token is
    shown once, when it is made).
    """
    from gpt4local.core.hub import access_token as hub_token
    from gpt4local.core.secrets import SecretStoreError

    if not settings.hf_token:
        return None
    where = f"in plain text in {path}"
    try:
        if hub_token.saved_token() is None:
            hub_token.save_token(settings.hf_token)  # else the keychain's is newer: keep it
    except SecretStoreError:
        problem = hub_token.token_status().keychain_problem or ""
        return (
            f"Your Hugging Face access token is still stored {where}. {problem} Set the "
            "HF_TOKEN environment variable instead, then remove the saved token (Access "
            "token… on the Hugging Face tab, or `gpt4local models token remove`)."
        )
    try:
        atomic_write_bytes(path, _json_bytes({k: v for k, v in raw.items() if k != "hf_token"}))
    except OSError as error:
        return (f"Your Hugging Face access token was moved to the system keychain, but could "
                f"not be removed from {path} ({error}); remove its hf_token line.")  # fmt: skip
    settings.hf_token = ""
    return None


def _json_bytes(data: Any) -> bytes:
    return json.dumps(data, indent=2, ensure_ascii=False).encode("utf-8")


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Saved atomically: a crash or a full disk never leaves a half-written settings file."""
    atomic_write_bytes(path or settings_file(), _json_bytes(dataclasses.asdict(settings)))


def copy_settings(settings: Settings) -> Settings:
    """A copy sharing nothing mutable, e.g. to save on another thread while the window edits."""
    return copy.deepcopy(settings)


def assign_settings(target: Settings, source: Settings) -> None:
    """Give ``target`` every value of ``source``, so objects holding ``target`` see them."""
    for name in _SETTINGS_TYPES:
        setattr(target, name, copy.deepcopy(getattr(source, name)))


def models_folder(settings: Settings) -> Path:
    """The folder the user chose for models, or the default one in the data folder."""
    chosen = settings.models_folder.strip()
    return Path(chosen).expanduser() if chosen else paths.models_dir()
