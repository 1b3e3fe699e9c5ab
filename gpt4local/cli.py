"""The command line: `gpt4local` starts the GUI; sub-commands serve power users and scripts."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from gpt4local import __version__, cli_models
from gpt4local.core.config import KV_CACHE_TYPES
from gpt4local.core.errors import UserFacingError


class _VersionAction(argparse.Action):
    """``--version`` with the llama.cpp backend, worked out only when asked for: the backend may
    mean loading llama.cpp, which every other command should not pay for at parse time."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kwargs: object) -> None:
        from gpt4local.core.backend import backend_name

        print(f"gpt4local {__version__} (llama.cpp {backend_name()})")
        parser.exit()


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gpt4local",
        description="A private ChatGPT running entirely on your computer. "
        "Without a command, the app window opens.",
    )
    parser.add_argument("--version", action=_VersionAction, help="show the version and exit")
    parser.add_argument(
        "--self-test", action="store_true", help="check that this installation works, then exit"
    )
    parser.add_argument("--self-test-qt", action="store_true", help=argparse.SUPPRESS)  # its child
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    chat = commands.add_parser("chat", help="chat with a model in the terminal")
    chat.add_argument("--model", required=True, help="a .gguf file, or an installed model's name")
    chat.add_argument("--prompt", help="answer this one message and exit (else read stdin lines)")
    chat.add_argument("--system", default="", help="system prompt")
    chat.add_argument("--ctx", type=int, default=2048, help="context length in tokens")
    chat.add_argument("--max-tokens", type=int, default=4096, help="longest answer in tokens")
    chat.add_argument("--temperature", type=float, default=0.7)
    chat.add_argument("--top-p", type=float, default=0.4)
    chat.add_argument("--top-k", type=int, default=40)
    chat.add_argument("--min-p", type=float, default=0.0)
    chat.add_argument("--repeat-penalty", type=float, default=1.18)
    chat.add_argument("--seed", type=int, default=None, help="fixed seed for repeatable answers")
    chat.add_argument("--threads", type=int, default=0, help="CPU threads (0 = automatic)")
    chat.add_argument("--gpu-layers", type=int, default=-1, help="layers to offload (-1 = all)")
    chat.add_argument("--kv-cache", choices=list(KV_CACHE_TYPES), default="f16",
                      help="KV cache type: q8_0 halves its memory, q4_0 quarters it")  # fmt: skip
    chat.add_argument("--json", action="store_true", help="print one JSON object per turn")
    chat.add_argument("--mmap", choices=["auto", "on", "off"], default="auto",
                      help="memory-map the file (auto: only when RAM has room for it)")  # fmt: skip
    chat.add_argument("--force", action="store_true", help="load even if it does not fit in RAM")
    system = commands.add_parser("system", help="this machine's memory, CPU and GPU")
    system.add_argument("--json", action="store_true")
    cli_models.add_parser(commands)
    return parser


def resolve_model(name: str) -> Path:
    """A path, an installed model's name, or a catalog id of a downloaded model."""
    from gpt4local.core.catalog import load_catalog
    from gpt4local.core.library import find_model
    from gpt4local.settings import load_settings, models_folder

    folder = models_folder(load_settings()[0])
    path = find_model(name, folder)
    if path.exists():
        return path
    entry = load_catalog()[0].find(name)
    if entry is None:
        return path  # the engine says "not found" with the path
    downloaded = folder / Path(entry.filename).name
    if not downloaded.exists():
        raise UserFacingError(
            f"{entry.name} is not downloaded yet: gpt4local models download {entry.id}"
        )
    return downloaded


def _user_lines(prompt: str | None, stdin: TextIO) -> Iterator[str]:
    if prompt is not None:
        yield prompt
        return
    interactive = stdin.isatty()
    while True:
        if interactive:
            print("> ", end="", file=sys.stderr, flush=True)
        line = stdin.readline()
        if not line:
            return
        if line.strip():
            yield line.rstrip("\n")


def run_chat(args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> int:
    # Imported here so `gpt4local --version` and the GUI start without loading llama.cpp first.
    from gpt4local.core.config import LoadSettings, SamplingSettings
    from gpt4local.core.engine import Engine
    from gpt4local.core.messages import Message
    from gpt4local.core.stream_events import ContextTrimmed, GenerationStats, TextChunk

    try:
        load = LoadSettings(n_ctx=args.ctx, n_threads=args.threads, n_gpu_layers=args.gpu_layers,
                            kv_cache_type=args.kv_cache)  # fmt: skip
        sampling = SamplingSettings(
            temperature=args.temperature,
            top_p=args.top_p,
            top_k=args.top_k,
            min_p=args.min_p,
            repeat_penalty=args.repeat_penalty,
            max_tokens=args.max_tokens,
            seed=args.seed,
        )
    except ValueError as error:
        raise UserFacingError(str(error)) from None
    from gpt4local.core.load_plan import plan_load
    from gpt4local.core.system_probe import probe

    path = resolve_model(args.model)
    plan = plan_load(path, load, probe(), args.mmap) if path.exists() else None
    if plan is not None:
        if not plan.fits and not args.force:
            raise UserFacingError(plan.refusal(path.name) + " Use --force to load it anyway.")
        load = plan.load
    engine = Engine(path, load)
    if engine.info.fallback_reason:
        print(engine.info.fallback_reason, file=sys.stderr)
    history: list[Message] = [Message("system", args.system)] if args.system else []
    try:
        for line in _user_lines(args.prompt, stdin):
            history.append(Message("user", line))
            for event in engine.stream(history, sampling):
                if isinstance(event, TextChunk) and not args.json:
                    stdout.write(event.text)
                    stdout.flush()
                elif isinstance(event, ContextTrimmed):
                    print(
                        f"[{event.dropped_messages} older messages left out to fit the context]",
                        file=sys.stderr,
                    )
                elif isinstance(event, GenerationStats):
                    history.append(Message("assistant", event.text))
                    if args.json:
                        stdout.write(json.dumps(event.as_dict(), ensure_ascii=False) + "\n")
                    else:
                        stdout.write("\n")
                    stdout.flush()
    finally:
        engine.close()
    return 0


def run_system(args: argparse.Namespace, stdout: TextIO) -> int:
    from gpt4local.core.system_probe import probe
    from gpt4local.core.units import human_size

    info = probe()
    if args.json:
        stdout.write(json.dumps(info.as_dict(), indent=2) + "\n")
        return 0
    size = lambda n: human_size(n) if n is not None else "unknown"  # noqa: E731
    stdout.write(
        f"RAM        {size(info.available_ram)} available of {size(info.total_ram)}\n"
        f"swap       {size(info.free_swap)} free of {size(info.total_swap)}\n"
        f"CPU        {info.physical_cores} cores, {info.logical_cores} threads\n"
        f"GPU        {'offload supported' if info.gpu_offload else 'CPU-only llama.cpp build'}"
        f"{' · ' + info.gpu_name if info.gpu_name else ''}\n"
        + (f"VRAM       {size(info.vram_free)} free of {size(info.vram_total)}"
           f"{' (shared with RAM)' if info.unified_memory else ''}\n"
           if info.vram_total is not None else "VRAM       unknown\n")
    )  # fmt: skip
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _build_parser().parse_args(argv)
    if args.self_test or args.self_test_qt:
        from gpt4local import self_test

        return self_test.qt_window_check(sys.stdout) if args.self_test_qt else self_test.run()
    try:
        if args.command == "chat":
            return run_chat(args, sys.stdin, sys.stdout)
        if args.command == "models":
            return cli_models.run(args, sys.stdout)
        if args.command == "system":
            return run_system(args, sys.stdout)
        from gpt4local.qt_preflight import xcb_problem

        problem = xcb_problem()  # before Qt, which would abort the process with a core dump
        if problem:
            raise UserFacingError(problem)
        from gpt4local.ui.app import run_gui

        return run_gui()
    except UserFacingError as error:
        print(f"gpt4local: error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
