"""``gpt4local --self-test``: does this installation work on this machine?

Run by the installer builds on the frozen app (and by users asked for a support report), so it
relies on nothing from a source checkout: the test model is built in a temporary folder and the
icon comes through ``paths.resource_path``. Each check prints one ``PASS|FAIL  <check>: <detail>``
line as soon as it is done, so a hard crash still leaves the earlier lines behind; the exit code is
non-zero if any check failed.

The Qt check runs in a child process (this same program with ``--self-test-qt``): a Qt platform
plugin that cannot load aborts the whole process from C++, which would otherwise take the remaining
checks and the report with it. Missing X11 libraries are found before that, by the same check the
plain launch makes (``qt_preflight``), so the report names the packages to install.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from gpt4local import APP_NAME, PACKAGE_DIR, __version__
from gpt4local.core import paths
from gpt4local.diagnostics.qt_preflight import xcb_problem

QT_TIMEOUT_S = 60
_HINT_WORDS = re.compile(r"could not|cannot|failed|error", re.IGNORECASE)


class CheckFailed(Exception):
    """A check ran and found a problem; its message is the detail line."""


# --- Qt ----------------------------------------------------------------------------------------


def qt_window_check(out: TextIO) -> int:
    """In the child process: show a window, paint it and the app icon, grab the pixels."""
    from PySide6.QtCore import qVersion
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QLabel

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([APP_NAME])
    window = QLabel(f"{APP_NAME} self-test")
    window.resize(320, 120)
    window.show()
    app.processEvents()
    grabbed = window.grab()
    icon = QIcon(str(paths.resource_path("icons/gpt4local.svg"))).pixmap(64, 64)
    window.close()
    if grabbed.isNull():
        print("the window could not be grabbed (nothing was painted)", file=out)
        return 1
    if icon.isNull():  # the SVG image plugin or the bundled resources are missing
        print("the app icon could not be drawn (SVG support or resources missing)", file=out)
        return 1
    print(
        f"window shown and grabbed ({grabbed.width()}x{grabbed.height()}) on "
        f"'{app.platformName()}', Qt {qVersion()}, icon drawn",
        file=out,
    )
    return 0


def _own_command(*args: str) -> tuple[list[str], dict[str, str]]:
    """How to start this same program again, frozen (PyInstaller) or not."""
    env = dict(os.environ)
    if getattr(sys, "frozen", False):
        return [sys.executable, *args], env
    package_parent = str(PACKAGE_DIR.parent)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_parent, env.get("PYTHONPATH")]))
    return [sys.executable, "-m", "gpt4local", *args], env


def _qt_platform(env: dict[str, str]) -> str:
    """Say which platform plugin the child will use, choosing offscreen when there is no display."""
    if env.get("QT_QPA_PLATFORM"):
        return f"QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']}"
    if sys.platform.startswith("linux") and not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        env["QT_QPA_PLATFORM"] = "offscreen"  # e.g. a package build checking the installed app
        return "no display, so offscreen"
    return "the desktop's platform"


def check_qt() -> str:
    command, env = _own_command("--self-test-qt")
    platform = _qt_platform(env)
    missing = xcb_problem(env)  # the libraries X11 needs, named without a crash to read
    if missing:
        raise CheckFailed(f"{missing} ({platform})")
    try:
        child = subprocess.run(
            command, env=env, capture_output=True, text=True, timeout=QT_TIMEOUT_S, check=False
        )
    except subprocess.TimeoutExpired:
        raise CheckFailed(f"no answer within {QT_TIMEOUT_S} s ({platform})") from None
    detail = child.stdout.strip().splitlines()[-1:] or ["(no details)"]
    if child.returncode == 0:
        return f"{detail[0]} ({platform})"
    if child.returncode == 1 and child.stdout.strip():
        raise CheckFailed(f"{detail[0]} ({platform})")
    errors = [line.strip() for line in child.stderr.splitlines() if line.strip()]
    reason = next((line for line in errors if _HINT_WORDS.search(line)), None)
    reason = reason or (errors[-1] if errors else "no message")
    message = f"the Qt process ended with code {child.returncode} ({platform}): {reason}"
    if 'platform plugin "xcb"' in child.stderr:  # its libraries are there (checked above)
        message += " — is the display reachable? QT_QPA_PLATFORM=offscreen tests the rest"
    raise CheckFailed(message)


# --- llama.cpp and a model --------------------------------------------------------------------


def check_llama_cpp() -> str:
    from gpt4local.core.inference import llama_build as backend

    report = backend.detect()
    if report.missing:
        raise CheckFailed(
            f"this build is for {report.name}, but llama.cpp only has "
            f"{', '.join(report.registered) or 'no backend'}: its {report.name} library is missing"
        )
    features = re.sub(r" = 1\b", "", report.system_info).replace(" | ", " ")
    devices = "; ".join(report.devices) or "none found"
    return (
        f"llama-cpp-python {report.llama_cpp_python}, ggml {report.ggml or 'unknown'}, "
        f"backend {report.name}, GPU offload {'yes' if report.gpu_offload else 'no'}, "
        f"devices: {devices} [{features}]"
    )


def check_model() -> str:
    """Build a ~200 KB random-weight model and let the real engine answer with it, through the
    engine service as the app does."""
    from gpt4local.core.inference.events import GenerationStats
    from gpt4local.core.inference.options import LoadSettings, SamplingSettings
    from gpt4local.core.messages import Message
    from gpt4local.core.service.engine_service import EngineService
    from gpt4local.core.service.events import ModelLoaded
    from gpt4local.core.service.requests import Answer, Load
    from gpt4local.diagnostics.synthetic_model import write_model

    with tempfile.TemporaryDirectory(prefix="gpt4local-self-test-") as folder:
        path = write_model(Path(folder) / "self-test.gguf")
        size_kb = path.stat().st_size // 1024
        service = EngineService()
        stats: GenerationStats | None = None
        try:
            *_, loaded = service.iterate(Load(path, LoadSettings(n_ctx=256, n_batch=64),
                                              force=True))[1]  # fmt: skip
            if not isinstance(loaded, ModelLoaded):
                raise CheckFailed(f"the test model did not load: {_said(loaded)}")
            # Random weights may pick end-of-text first; another seed then gives a real answer.
            for seed in (1, 2, 3):
                *_, answered = service.iterate(Answer(
                    [Message("user", "Hello!")], SamplingSettings(max_tokens=8, seed=seed)))[1]
                if not isinstance(answered, GenerationStats):
                    raise CheckFailed(f"the test model could not answer: {_said(answered)}")
                stats = answered
                if stats.completion_tokens > 0:
                    break
        finally:
            service.close()  # before the folder goes: Windows cannot delete a mapped file
    if stats is None or stats.completion_tokens == 0:
        reason = stats.stop_reason if stats else "no statistics"
        raise CheckFailed(f"the test model answered nothing in three tries ({reason})")
    info = loaded.info
    detail = (
        f"a {size_kb} KB test model generated {stats.completion_tokens} tokens "
        f"at {stats.tokens_per_s:.0f} tokens/s on {info.device}"
    )
    if info.fallback_reason:
        detail += f" ({info.fallback_reason})"
    return detail


def _said(event: object) -> str:
    """What a failure event says (its message or reason), else its name."""
    return str(getattr(event, "message", None) or getattr(event, "reason", None) or event)


# --- folders ----------------------------------------------------------------------------------


def check_folders() -> str:
    from gpt4local.core.settings import load_settings, models_folder

    try:
        paths.ensure_dirs()
    except OSError as error:
        raise CheckFailed(
            f"cannot create the folders ({error}); set {paths.HOME_ENV} to a writable folder"
        ) from None
    folders = {
        "data": paths.data_dir(),
        "config": paths.config_dir(),
        "cache": paths.cache_dir(),
        "models": models_folder(load_settings()[0]),
    }
    for name, folder in folders.items():
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=folder, prefix=".self-test-") as probe:
                probe.write(b"gpt4local")
                probe.flush()
        except OSError as error:
            raise CheckFailed(f"the {name} folder {folder} is not writable: {error}") from None
    return ", ".join(f"{name} {folder}" for name, folder in folders.items())


# --- the run ----------------------------------------------------------------------------------

CHECKS: list[tuple[str, Callable[[], str]]] = [
    ("Qt window", check_qt),
    ("llama.cpp", check_llama_cpp),
    ("test model", check_model),
    ("data folders", check_folders),
]


class _Report:
    """Lines to the terminal, flushed one by one (a crash keeps what came before). A reader that
    goes away (``| head -1``) or a windowed Windows build without stdout only loses the text:
    the checks still run and the exit code still tells."""

    def __init__(self, out: TextIO | None) -> None:
        self._out = out

    def line(self, text: str) -> None:
        if self._out is None:
            return
        try:
            print(text, file=self._out, flush=True)
        except (BrokenPipeError, ValueError):  # ValueError: the stream was closed
            self._out = None


def run(out: TextIO | None = None) -> int:
    report = _Report(out or sys.stdout)
    failed = 0
    for name, check in CHECKS:
        started = time.perf_counter()
        try:
            detail, passed = check(), True
        except CheckFailed as problem:
            detail, passed = str(problem), False
        except Exception as error:  # the point of a self-test: report anything, stop at nothing
            detail, passed = f"{type(error).__name__}: {error}", False
        failed += not passed
        took = time.perf_counter() - started
        report.line(f"{'PASS' if passed else 'FAIL'}  {name}: {detail} [{took:.1f} s]")
    from gpt4local.core.inference.llama_build import backend_name

    verdict = "all checks passed" if not failed else f"{failed} of {len(CHECKS)} checks FAILED"
    report.line(f"{APP_NAME} {__version__} (llama.cpp {backend_name()}): {verdict}")
    return 1 if failed else 0
