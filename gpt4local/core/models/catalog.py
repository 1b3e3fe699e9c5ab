"""The curated model catalog: bundled with the app, refreshable from a URL between releases.

Three sources, in order of preference: a copy fetched from the catalog URL in settings (cached in
the cache folder), the cached copy from an earlier fetch, and the one shipped in ``resources/``.
Every copy is validated against ``resources/catalog.schema.json`` before use; a remote catalog
that is unreachable, slow, malformed or older than the bundled one is ignored with a message, so
the list of models is never empty and never broken. The fetch has a deadline for the whole
document (not per read) and the JSON a limit on nesting, checked before it is parsed: a deeply
nested file makes Python's parser raise RecursionError, which no caller expects.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, fields
from functools import cache
from pathlib import Path
from typing import Any

from gpt4local.core import paths
from gpt4local.core.errors import UserFacingError
from gpt4local.core.files import atomic_write_bytes

MAX_CATALOG_BYTES = 2 << 20  # a catalog is a few kilobytes; refuse to parse something huge
MAX_NESTING = 20  # a catalog nests 4 deep (document, models, model, architecture)
FETCH_SECONDS = 10.0  # for the whole document: the tab shows the local catalog meanwhile
_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKET = re.compile(rb"[\[\]{}]")


class CatalogError(UserFacingError):
    """A catalog file that cannot be used."""


@dataclass(frozen=True)
class ArchitectureFacts:
    """Published shape facts of the model, for memory estimates before download."""

    name: str | None = None
    block_count: int | None = None
    embedding_length: int | None = None
    head_count: int | None = None
    head_count_kv: int | None = None
    key_length: int | None = None
    value_length: int | None = None
    feed_forward_length: int | None = None
    vocab_size: int | None = None


@dataclass(frozen=True)
class CatalogEntry:
    id: str
    name: str
    repo_id: str
    filename: str
    size_bytes: int
    sha256: str | None
    parameters_billions: float
    quantization: str
    context_length: int
    license: str
    family: str  # the chat template family to use when the GGUF has no template
    description: str
    recommended: bool = False
    revision: str = "main"
    architecture: ArchitectureFacts | None = None


@dataclass(frozen=True)
class Catalog:
    entries: tuple[CatalogEntry, ...]
    updated: str  # YYYY-MM-DD, compared as text
    source: str  # "bundled", "cached" or "remote"

    def find(self, entry_id: str) -> CatalogEntry | None:
        return next((e for e in self.entries if e.id == entry_id), None)


_ENTRY_FIELDS = {f.name for f in fields(CatalogEntry)} - {"architecture"}
_FACT_FIELDS = {f.name for f in fields(ArchitectureFacts)}


@cache
def _validator() -> Any:
    import jsonschema

    schema = json.loads(paths.resource_path("catalog.schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def _nesting(data: bytes) -> int:
    """How deep the JSON's arrays and objects nest, counted without parsing it."""
    depth = deepest = 0
    for bracket in _BRACKET.finditer(_STRING.sub(b'""', data)):
        depth += 1 if bracket.group() in (b"[", b"{") else -1
        deepest = max(deepest, depth)
    return deepest


def parse_catalog(data: bytes | str, source: str) -> Catalog:
    """Validate and convert; raises CatalogError naming the first problem found."""
    if len(data) > MAX_CATALOG_BYTES:
        raise CatalogError(f"The {source} catalog is too large ({len(data):,} bytes).")
    raw_bytes = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    if _nesting(raw_bytes) > MAX_NESTING:
        raise CatalogError(f"The {source} catalog nests deeper than {MAX_NESTING} levels.")
    try:
        raw = json.loads(data)
    except (ValueError, UnicodeDecodeError) as error:
        raise CatalogError(f"The {source} catalog is not valid JSON: {error}") from None
    except RecursionError:  # the nesting check above makes this unreachable in practice
        raise CatalogError(f"The {source} catalog nests too deeply.") from None
    problem = next(iter(sorted(_validator().iter_errors(raw), key=lambda e: e.path)), None)
    if problem is not None:
        where = "/".join(str(part) for part in problem.absolute_path) or "top level"
        raise CatalogError(f"The {source} catalog is invalid at {where}: {problem.message}")
    ids = [m["id"] for m in raw["models"]]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise CatalogError(f"The {source} catalog repeats ids: {', '.join(duplicates)}")
    entries = []
    for model in raw["models"]:
        facts = model.get("architecture")
        # Keys this release does not know are ignored: a newer catalog must not break old apps.
        known = {k: v for k, v in model.items() if k in _ENTRY_FIELDS}
        facts = {k: v for k, v in (facts or {}).items() if k in _FACT_FIELDS}
        shape = ArchitectureFacts(**facts) if facts else None
        entries.append(CatalogEntry(**known, architecture=shape))
    return Catalog(tuple(entries), raw["updated"], source)


def cached_catalog_file() -> Path:
    return paths.cache_dir() / "catalog.json"


def bundled_catalog() -> Catalog:
    """The catalog shipped with this release (a broken one is a packaging bug: it raises)."""
    return parse_catalog(paths.resource_path("catalog.json").read_bytes(), "bundled")


def load_catalog() -> tuple[Catalog, str | None]:
    """The newest usable local catalog: the cached remote copy if newer, else the bundled one.

    Returns a message when the cached copy had to be ignored.
    """
    bundled = bundled_catalog()
    try:
        cached = parse_catalog(cached_catalog_file().read_bytes(), "cached")
    except FileNotFoundError:
        return bundled, None
    except (OSError, CatalogError) as error:
        return bundled, f"{error} The catalog that came with the app is used."
    # A new app release can ship a catalog newer than an old download.
    return (cached if cached.updated >= bundled.updated else bundled), None


def refresh_catalog(url: str, timeout: float | None = None) -> tuple[Catalog, str | None]:
    """Fetch the catalog at ``url`` (within ``timeout`` seconds in all), cache it if valid; on any
    failure use the local ones.

    Meant for a background thread; returns the catalog to show and an optional message.
    """
    from gpt4local.core.http import fetch_small

    try:
        data = fetch_small(url, timeout=timeout or FETCH_SECONDS, limit=MAX_CATALOG_BYTES)
        remote = parse_catalog(data, "downloaded")
    except (UserFacingError, OSError) as error:
        fallback, message = load_catalog()
        return fallback, " ".join(filter(None, [str(error), message]))
    try:
        atomic_write_bytes(cached_catalog_file(), data)
    except OSError as error:  # a read-only cache folder only costs the next start a fetch
        return remote, f"The catalog could not be cached: {error}"
    bundled = bundled_catalog()
    if remote.updated < bundled.updated:
        return bundled, None
    return Catalog(remote.entries, remote.updated, "remote"), None
