"""`gpt4local chat`: talk to a model in the terminal, one answer or a whole conversation.

The options' defaults are the engine's own (LoadSettings, SamplingSettings), so the command line
follows them when they change. In a terminal the conversation has commands (/help, /quit), and
Ctrl+C stops the answer being written, not the conversation.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import os
import signal
import sys
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from gpt4local.core.errors import UserFacingError
from gpt4local.core.fit.load_plan import MMAP_MODES
from gpt4local.core.inference.events import ContextTrimmed, GenerationStats, TextChunk
from gpt4local.core.inference.options import (
    KV_CACHE_TYPES,
    LoadSettings,
    SamplingSettings,
    SettingError,
)

if TYPE_CHECKING:
    from gpt4local.core.inference.chat_backend import EngineInfo
    from gpt4local.core.service.engine_service import EngineService
    from gpt4local.core.service.events import ServiceEvent

# The options that set an engine setting, by its field in LoadSettings or SamplingSettings (also
# the option's argparse dest): (option, type or choices, help). Defaults are the engine's own.
ENGINE_OPTIONS: dict[str, tuple[str, Any, str]] = {
    "n_ctx": ("--ctx", int, "context length in tokens"),
    "max_tokens": ("--max-tokens", int, "longest answer in tokens, 0 for until the context is "
                   "full"),
    "temperature": ("--temperature", float, "randomness; 0 always takes the likeliest token"),
    "top_p": ("--top-p", float, "sample from the likeliest tokens that make up this share of "
              "the probability, above 0 and at most 1"),
    "top_k": ("--top-k", int, "sample from this many likeliest tokens, 0 for all"),
    "min_p": ("--min-p", float, "leave out tokens less likely than this share of the "
              "likeliest one, 0 to 1"),
    "repeat_penalty": ("--repeat-penalty", float, "penalty for repeating any of the last "
                       "{repeat_last_n} tokens, 1 for none"),
    "seed": ("--seed", int, "fixed seed for repeatable answers (else a new one each answer)"),
    "n_threads": ("--threads", int, "CPU threads, 0 for min(4, cores)"),
    "n_gpu_layers": ("--gpu-layers", int, "layers to offload to the GPU, -1 for as many as fit"),
    "kv_cache_type": ("--kv-cache", list(KV_CACHE_TYPES), "KV cache type: q8_0 halves its "
                      "memory, q4_0 quarters it"),
}  # fmt: skip
_LOAD_FIELDS = {field.name for field in dataclasses.fields(LoadSettings)}

COMMANDS_HELP = """\
/help   this list
/quit   end the chat (also /exit, or Ctrl+D on an empty line)
Ctrl+C  stops the answer being written; the chat goes on"""
LEAVE_HINT = "(/quit or Ctrl+D ends the chat)"
WELCOME = (
    "Type a message and press Enter. /help lists the commands; /quit or Ctrl+D ends the chat, "
    "Ctrl+C stops an answer."
)


def add_parser(commands: Any) -> None:
    chat = commands.add_parser(
        "chat", help="chat with a model in the terminal",
        description="Chat with a model: one answer (--prompt), or a conversation read line by "
        "line from stdin. " + WELCOME.removeprefix("Type a message and press Enter. "),
    )  # fmt: skip
    chat.add_argument("--model", required=True,
                      help="a .gguf file, an installed model's name (see: gpt4local models list) "
                      "or a downloaded catalog id")  # fmt: skip
    chat.add_argument("--prompt", help="answer this one message and exit (else read stdin lines)")
    chat.add_argument("--system", default="", help="system prompt")
    defaults = dataclasses.asdict(LoadSettings()) | dataclasses.asdict(SamplingSettings())
    for field, (option, kind, text) in ENGINE_OPTIONS.items():
        default = defaults[field]
        text = text.format(**defaults) + (" (default: %(default)s)" if default is not None else "")
        typed = {"choices": kind} if isinstance(kind, list) else {"type": kind,
                 "metavar": "N" if kind is int else "F"}  # fmt: skip
        chat.add_argument(option, dest=field, default=default, help=text, **typed)
    chat.add_argument("--json", action="store_true", help="print one JSON object per turn")
    chat.add_argument(
        "--mmap",
        choices=MMAP_MODES,
        default=MMAP_MODES[0],
        help="memory-map the file; auto: only when RAM has room for it (default: %(default)s)",
    )
    chat.add_argument("--force", action="store_true", help="load even if it does not fit in RAM")


def settings_from(args: argparse.Namespace) -> tuple[LoadSettings, SamplingSettings]:
    """The engine settings the options ask for; a refused value names its option."""
    values = {field: getattr(args, field) for field in ENGINE_OPTIONS}
    try:
        return (
            LoadSettings(**{k: v for k, v in values.items() if k in _LOAD_FIELDS}),
            SamplingSettings(**{k: v for k, v in values.items() if k not in _LOAD_FIELDS}),
        )
    except SettingError as error:
        options = {field: spec[0] for field, spec in ENGINE_OPTIONS.items()}
        raise option_error(error, options) from None


def option_error(error: SettingError, options: Mapping[str, str]) -> UserFacingError:
    """'--top-p must be more than 0 and at most 1, not 0.0.': the option, the rule, the value."""
    if error.field not in options:
        return UserFacingError(str(error))
    return UserFacingError(f"{options[error.field]} must be {error.rule}, not {error.value}.")


def run(args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> int:
    # Imported here so `gpt4local --version` and the GUI start without loading llama.cpp first.
    from gpt4local.cli.resolve import resolve_model
    from gpt4local.core.messages import Message
    from gpt4local.core.service.engine_service import EngineService
    from gpt4local.core.service.requests import Answer

    load, sampling = settings_from(args)
    path = resolve_model(args.model)
    service = EngineService()
    try:
        info = _load(service, path, load, args)
        if info.fallback_reason:
            print(info.fallback_reason, file=sys.stderr)
        interactive = args.prompt is None and stdin.isatty()
        if interactive:
            print(f"Chatting with {info.model_name} ({info.n_ctx:,} tokens of context). "
                  f"{WELCOME}", file=sys.stderr)  # fmt: skip
        ctrl_c = CtrlC(interactive)
        history: list[Message] = [Message("system", args.system)] if args.system else []
        with ctrl_c.installed():
            for line in user_lines(args.prompt, stdin, interactive):
                history.append(Message("user", line))
                ticket, events = service.iterate(Answer(tuple(history), sampling))
                with ctrl_c.stops(ticket.cancel):
                    stats = _write_answer(events, args.json, stdout)
                history.append(Message("assistant", stats.text))  # a stopped one too
                if stats.stop_reason == "cancelled":
                    print("[stopped]", file=sys.stderr)
    finally:
        service.close()
    return 0


def _load(service: EngineService, path: Path, load: LoadSettings,
          args: argparse.Namespace) -> EngineInfo:  # fmt: skip
    """Load the model, unless it does not fit (core.fit.load_decision) and --force is not given."""
    from gpt4local.core.service.events import LoadFailed, LoadRefused, ModelLoaded
    from gpt4local.core.service.requests import Load

    _, events = service.iterate(Load(path, load, args.force, args.mmap, can_ask=False))
    for event in events:
        if isinstance(event, ModelLoaded):
            return event.info
        if isinstance(event, LoadRefused):
            raise UserFacingError(event.reason + " Use --force to load it anyway.")
        if isinstance(event, LoadFailed):
            raise UserFacingError(event.message)
    raise UserFacingError(f"{path.name} was not loaded.")


def _write_answer(events: Iterator[ServiceEvent], as_json: bool, stdout: TextIO,
                  ) -> GenerationStats:  # fmt: skip
    """Stream the answer's text (or, with --json, its statistics at the end) to ``stdout``."""
    from gpt4local.core.service.events import GenerationFailed

    for event in events:
        if isinstance(event, TextChunk) and not as_json:
            stdout.write(event.text)
            stdout.flush()
        elif isinstance(event, ContextTrimmed):
            print(f"[{event.dropped_messages} older messages left out to fit the context]",
                  file=sys.stderr)  # fmt: skip
        elif isinstance(event, GenerationStats):
            stdout.write(
                json.dumps(event.as_dict(), ensure_ascii=False) + "\n" if as_json else "\n"
            )
            stdout.flush()
            return event
        elif isinstance(event, GenerationFailed):
            raise UserFacingError(event.message)
    raise AssertionError("an answer always ends with GenerationStats or GenerationFailed")


def user_lines(prompt: str | None, stdin: TextIO, interactive: bool) -> Iterator[str]:
    """The messages to answer: ``prompt``, or stdin's non-empty lines up to /quit or the end."""
    if prompt is not None:
        yield prompt
        return
    while True:
        if interactive:
            print("> ", end="", file=sys.stderr, flush=True)
        line = stdin.readline()
        command = line.strip()
        if not line or command in ("/quit", "/exit"):
            if interactive and not line:
                print(file=sys.stderr)  # Ctrl+D left the cursor after the prompt
            return
        if command == "/help":
            print(COMMANDS_HELP, file=sys.stderr)
        elif command:
            yield line.rstrip("\n")


class CtrlC:
    """Ctrl+C in a terminal chat: it stops the answer being written (the engine checks the
    answer's ``cancel`` between tokens); at the prompt the terminal drops the typed line and
    this says how to leave. It never raises KeyboardInterrupt, which could land anywhere between
    two answers and end the chat after all. Not ``active`` (a pipe, --prompt): Ctrl+C ends the
    program as usual."""

    def __init__(self, active: bool) -> None:
        self.active = active
        self._stop_answer: Callable[[], None] | None = None

    def __call__(self, _signal: int, _frame: object) -> None:
        if self._stop_answer is not None:
            self._stop_answer()
        else:  # os.write: the main thread may be inside a print to stderr right now
            os.write(sys.stderr.fileno(), f"\n{LEAVE_HINT}\n> ".encode())

    @contextlib.contextmanager
    def installed(self) -> Iterator[None]:
        previous = signal.signal(signal.SIGINT, self) if self.active else None
        try:
            yield
        finally:
            if self.active:
                signal.signal(signal.SIGINT, previous)

    @contextlib.contextmanager
    def stops(self, stop_answer: Callable[[], None]) -> Iterator[None]:
        self._stop_answer = stop_answer
        try:
            yield
        finally:
            self._stop_answer = None
