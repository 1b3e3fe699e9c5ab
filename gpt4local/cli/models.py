"""`gpt4local models ...`: the model library from the command line.

list (installed), catalog, search (Hugging Face), files (of a repo), download, delete, fit, and
token (the Hugging Face access token, kept in the system keychain).
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
from pathlib import Path
from typing import Any, TextIO

from gpt4local.core.errors import ModelFileError, UserFacingError
from gpt4local.core.hub.api import SORTS
from gpt4local.core.inference.options import KV_CACHE_TYPES, LoadSettings, SettingError
from gpt4local.core.units import human_count, human_size


def add_parser(commands: Any) -> None:
    models = commands.add_parser("models", help="list, find, download and delete models")
    sub = models.add_subparsers(dest="models_command", metavar="ACTION", required=True)
    listing = sub.add_parser("list", help="installed models")
    listing.add_argument("--json", action="store_true")
    catalog = sub.add_parser("catalog", help="the curated catalog")
    catalog.add_argument("--json", action="store_true")
    search = sub.add_parser("search", help="search Hugging Face for GGUF repositories")
    search.add_argument("query")
    search.add_argument("--sort", default="downloads", choices=list(SORTS))
    search.add_argument("--limit", type=int, default=20)
    search.add_argument("--json", action="store_true")
    files = sub.add_parser("files", help="the GGUF files of a Hugging Face repository")
    files.add_argument("repo_id")
    files.add_argument("--json", action="store_true")
    download = sub.add_parser("download", help="download a catalog model or a repo's file")
    download.add_argument("model", metavar="CATALOG_ID | REPO_ID")
    download.add_argument("filename", nargs="?", help="the file, when MODEL is a repo")
    delete = sub.add_parser("delete", help="delete an installed model (and its partial download)")
    delete.add_argument("name")
    fit = sub.add_parser("fit", help="will it fit? memory needed vs this machine")
    fit.add_argument("model", metavar="PATH | NAME | CATALOG_ID")
    fit.add_argument("--ctx", type=int, default=None,
                     help=f"context length (default: {LoadSettings().n_ctx}, or the model's "
                     "trained context if shorter)")  # fmt: skip
    fit.add_argument("--kv-cache", choices=list(KV_CACHE_TYPES),
                     default=LoadSettings().kv_cache_type,
                     help="KV cache type: q8_0 halves its memory, q4_0 quarters it "
                     "(default: %(default)s)")  # fmt: skip
    fit.add_argument("--json", action="store_true")
    token = sub.add_parser("token", help="the Hugging Face access token for gated models")
    token.add_argument("action", nargs="?", choices=["status", "set", "remove"], default="status",
                       help="set reads the token from the terminal (or one line of stdin) and "
                       "keeps it in the system keychain")  # fmt: skip


def _settings() -> Any:
    from gpt4local.core.settings import load_settings

    return load_settings()[0]


def _hub_token() -> str | None:
    """The token to send; says on stderr when an old plain-text one is still in the settings."""
    from gpt4local.core.hub.access_token import access_token
    from gpt4local.core.settings import load_settings

    settings, message = load_settings()
    if message and settings.hf_token:
        print(message, file=sys.stderr)
    return access_token(settings.hf_token)


def _models_dir() -> Path:
    from gpt4local.core.settings import models_folder

    return models_folder(_settings())


def _print_json(value: Any, out: TextIO) -> None:
    out.write(json.dumps(value, indent=2, ensure_ascii=False, default=str) + "\n")


def run(args: argparse.Namespace, out: TextIO) -> int:
    handler = {
        "list": _list,
        "catalog": _catalog,
        "search": _search,
        "files": _files,
        "download": _download,
        "delete": _delete,
        "fit": _fit,
        "token": _token,
    }[args.models_command]
    return handler(args, out)


def _list(args: argparse.Namespace, out: TextIO) -> int:
    from gpt4local.core.models.library import installed_models, model_names, model_paths

    settings = _settings()
    models = installed_models(_models_dir(), settings.side_loaded_models)
    # The names `chat --model` and the other commands look models up by.
    names = model_names(model_paths(_models_dir(), settings.side_loaded_models))
    if args.json:
        # "name" is what to type; "title" the model's own name (from its header, else the file).
        _print_json([m.as_dict() | {"name": names.get(m.path, str(m.path)), "title": m.name}
                     for m in models], out)  # fmt: skip
        return 0
    if not models:
        out.write(f"No models in {_models_dir()} yet. Try: gpt4local models catalog\n")
    for m in models:
        facts = [human_size(m.size), m.quantization or "?"]
        if m.parameters:
            facts.append(f"{human_count(m.parameters)} params")
        if m.context_length:
            facts.append(f"context {m.context_length:,}")
        out.write(f"{names.get(m.path, m.path)}\t{', '.join(facts)}\t{m.path}\n")
        if m.problem:
            out.write(f"\t! {m.problem}\n")
    return 0


def _catalog(args: argparse.Namespace, out: TextIO) -> int:
    import dataclasses

    from gpt4local.core.models.catalog import load_catalog

    catalog, message = load_catalog()
    if message:
        print(message, file=sys.stderr)
    if args.json:
        _print_json([dataclasses.asdict(e) for e in catalog.entries], out)
        return 0
    for e in catalog.entries:
        star = "*" if e.recommended else " "
        out.write(f"{star} {e.id:<36} {human_size(e.size_bytes):>9}  {e.name}\n")
    out.write("\n* recommended to start with.  Download: gpt4local models download ID\n")
    return 0


def _search(args: argparse.Namespace, out: TextIO) -> int:
    from gpt4local.core.hub.api import search_repos

    repos = search_repos(args.query, args.sort, args.limit, _hub_token())
    if args.json:
        _print_json([r.__dict__ for r in repos], out)
        return 0
    for r in repos:
        gated = "  (gated)" if r.gated else ""
        out.write(f"{r.repo_id}\t{r.downloads:,} downloads\t{r.likes:,} likes{gated}\n")
    if not repos:
        out.write("Nothing found.\n")
    return 0


def _files(args: argparse.Namespace, out: TextIO) -> int:
    from gpt4local.core.hub.api import list_gguf_files

    files = list_gguf_files(args.repo_id, token=_hub_token())
    if args.json:
        _print_json([f.__dict__ | {"unsupported": f.unsupported_reason} for f in files], out)
        return 0
    for f in files:
        size = human_size(f.size) if f.size else "?"
        note = f"  ({f.unsupported_reason})" if f.unsupported_reason else ""
        out.write(f"{f.filename}\t{size}\t{f.quantization or '?'}{note}\n")
    if not files:
        out.write(f"{args.repo_id} has no .gguf files.\n")
    return 0


def _download_spec(args: argparse.Namespace) -> Any:
    from gpt4local.core.downloads.part_files import DownloadSpec
    from gpt4local.core.models.catalog import load_catalog

    if args.filename:
        return DownloadSpec(args.model, args.filename)
    entry = load_catalog()[0].find(args.model)
    if entry is None:
        raise UserFacingError(
            f"{args.model!r} is not in the catalog (see `gpt4local models catalog`); for a "
            "Hugging Face repo give its file too: gpt4local models download REPO_ID FILENAME"
        )
    return DownloadSpec(entry.repo_id, entry.filename, entry.revision, entry.size_bytes,
                        entry.sha256)  # fmt: skip


def _download(args: argparse.Namespace, out: TextIO) -> int:
    import httpx2

    from gpt4local.cli.progress import DownloadReport
    from gpt4local.core.downloads.transfer import DownloadCancelled, Transfer
    from gpt4local.core.hub.api import endpoint

    spec = _download_spec(args)
    transfer = Transfer(spec, _models_dir(), token=_hub_token())
    report = DownloadReport(spec.local_name, httpx2.URL(endpoint()).host)
    try:
        path = transfer.run(report, threading.Event())
    except (KeyboardInterrupt, DownloadCancelled):
        report.say("Paused; run the same command again to resume." if transfer.downloaded
                   else "Stopped; nothing was downloaded.")  # fmt: skip
        return 130
    finally:
        report.close()
    out.write(f"{path}\n")
    return 0


_TOKEN_SOURCES = {
    "environment": "the HF_TOKEN environment variable",
    "keychain": "the token saved in the system keychain",
    "settings file": "a token saved in plain text in settings.json by an older gpt4local",
    "": "none of gpt4local's (huggingface-hub's own `hf auth login` token, if any)",
}


def _token(args: argparse.Namespace, out: TextIO) -> int:
    import getpass

    from gpt4local.core.hub import access_token as hub_token
    from gpt4local.core.settings import load_settings, save_settings

    settings = load_settings()[0]
    if args.action == "set":
        if sys.stdin.isatty():
            token = getpass.getpass("Hugging Face access token (input hidden): ")
        else:
            token = sys.stdin.readline()
        if not token.strip():
            raise UserFacingError("No token given; nothing was changed.")
        hub_token.save_token(token.strip())
        out.write("Saved in the system keychain.\n")
    elif args.action == "remove":
        hub_token.forget_token()
        if settings.hf_token:
            settings.hf_token = ""
            save_settings(settings)
        out.write("Removed.\n")
    status = hub_token.token_status(settings.hf_token)
    out.write(f"Token used: {_TOKEN_SOURCES[status.source]}.\n")
    if status.keychain_problem:
        out.write(f"{status.keychain_problem} Set the HF_TOKEN environment variable to give "
                  "gpt4local a token.\n")  # fmt: skip
    return 0


def _delete(args: argparse.Namespace, out: TextIO) -> int:
    from gpt4local.core.models.library import delete_model, find_model

    folder = _models_dir()
    path = find_model(args.name, folder, _settings().side_loaded_models)
    if not path.exists():
        raise UserFacingError(f"No installed model called {args.name!r} in {folder}.")
    delete_model(path, folder)
    out.write(f"Deleted {path}\n")
    return 0


def facts_for(name: str) -> tuple[Any, str]:
    """The memory facts of a path, an installed model, or a catalog entry (downloaded or not),
    and where they came from."""
    from gpt4local.cli.resolve import resolve_model
    from gpt4local.core.models.catalog import load_catalog
    from gpt4local.core.models.facts import facts_for_file, facts_from_catalog, facts_from_size
    from gpt4local.core.models.library import may_exist
    from gpt4local.core.models.remote_header import facts_for_hub_file

    entry = load_catalog()[0].find(name)
    if entry is None or may_exist(_models_dir() / Path(entry.filename).name):
        path = resolve_model(name)
        return facts_for_file(path), str(path)
    try:  # not downloaded: the header from the Hub is exact
        facts = facts_for_hub_file(entry.repo_id, entry.filename, entry.revision,
                                   token=_hub_token())  # fmt: skip
        return facts, f"{entry.repo_id}/{entry.filename} (header read from the Hub)"
    except UserFacingError as error:
        facts = facts_from_catalog(entry) or facts_from_size(entry.size_bytes, entry.context_length)
        return facts, f"{entry.name} (catalog facts; the Hub could not be read: {error})"


def _fit(args: argparse.Namespace, out: TextIO) -> int:
    from gpt4local.cli.chat import option_error
    from gpt4local.core.fit.memory_fit import CANNOT_LOAD, assess
    from gpt4local.core.fit.system_probe import probe

    try:  # the engine's rule for a context length, before any file is read
        LoadSettings(n_ctx=args.ctx or LoadSettings().n_ctx)
    except SettingError as error:
        raise option_error(error, {"n_ctx": "--ctx"}) from None
    try:
        facts, source = facts_for(args.model)
    except ModelFileError as error:  # the file is unusable: that is the verdict, exit 1
        if not args.json:
            raise
        _print_json({"verdict": CANNOT_LOAD, "problem": str(error), "source": args.model}, out)
        return 1
    fit = assess(facts, probe(), args.ctx, kv_type=args.kv_cache)
    if args.json:
        _print_json(fit.as_dict() | {"source": source}, out)
        return 0
    e = fit.estimate
    approximate = " (approximate)" if e.approximate else ""
    kv_label = f"KV cache, context {e.n_ctx:,}"
    if args.kv_cache != "f16":
        kv_label += f" ({args.kv_cache})"
    rows = [("weights", e.weights_bytes), (kv_label, e.kv_bytes),
            ("compute buffers", e.compute_bytes), ("runtime", e.overhead_bytes + e.output_bytes),
            (f"total{approximate}", e.total_bytes)]  # fmt: skip
    out.write(f"{source}\n")
    for label, value in rows:
        out.write(f"  {label:<28}{human_size(value):>12}\n")
    out.write(f"  {'available now':<28}{human_size(fit.available_bytes):>12}\n")
    out.write(f"{fit.summary}\n")
    out.write(f"largest context that fits: {fit.max_context:,}\n")
    if fit.gpu_layers:
        out.write(f"GPU layers that fit in VRAM: {fit.gpu_layers} of {facts.n_layers}\n")
    for note in fit.notes:
        out.write(f"{note}\n")
    return 0
