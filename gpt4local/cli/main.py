"""The command line: `gpt4local` starts the GUI; sub-commands serve power users and scripts."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from gpt4local import __version__
from gpt4local.cli import chat as cli_chat
from gpt4local.cli import models as cli_models
from gpt4local.core.errors import UserFacingError


class _VersionAction(argparse.Action):
    """``--version`` with the llama.cpp backend, worked out only when asked for: the backend may
    mean loading llama.cpp, which every other command should not pay for at parse time."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kwargs: object) -> None:
        from gpt4local.core.inference.llama_build import backend_name

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
    parser.add_argument(
        "--lang",
        metavar="CODE",
        help="the window's language for this run, e.g. de, zh_CN or en (default: the one chosen "
        "in Settings, else the system's); the command line stays English",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    cli_chat.add_parser(commands)
    system = commands.add_parser("system", help="this machine's memory, CPU and GPU")
    system.add_argument("--json", action="store_true")
    cli_models.add_parser(commands)
    return parser


def run_system(args: argparse.Namespace, stdout: TextIO) -> int:
    from gpt4local.core.fit.system_probe import probe
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
        from gpt4local.diagnostics import self_test

        return self_test.qt_window_check(sys.stdout) if args.self_test_qt else self_test.run()
    try:
        if args.command == "chat":
            return cli_chat.run(args, sys.stdin, sys.stdout)
        if args.command == "models":
            return cli_models.run(args, sys.stdout)
        if args.command == "system":
            return run_system(args, sys.stdout)
        from gpt4local.diagnostics.qt_preflight import xcb_problem

        problem = xcb_problem()  # before Qt, which would abort the process with a core dump
        if problem:
            raise UserFacingError(problem)
        from gpt4local.ui.app import run_gui

        return run_gui(language=args.lang)
    except UserFacingError as error:
        print(f"gpt4local: error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away (`| head -1`): stop quietly, as `cat` does
        # Python flushes stdout again at exit; that write must not fail with a traceback too.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141  # what a shell reports for a program ended by SIGPIPE
