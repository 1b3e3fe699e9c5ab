"""`gpt4local --self-test`, run as the installer builds run it: a separate process."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

from gpt4local import __version__
from gpt4local.core.inference.llama_build import backend_name
from gpt4local.diagnostics import qt_preflight, self_test

CHECKS = ("Qt window", "llama.cpp", "test model", "data folders")


def self_test_run(**env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gpt4local", "--self-test"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **env},
    )


def verdicts(stdout: str) -> dict[str, str]:
    """{check name: "PASS" or "FAIL"} from the report's check lines."""
    found = {}
    for line in stdout.splitlines()[:-1]:
        verdict, _, rest = line.partition("  ")
        found[rest.partition(":")[0]] = verdict
    return found


def test_every_check_passes_here(isolated_home: Path) -> None:
    result = self_test_run()
    assert result.returncode == 0, result.stdout + result.stderr
    assert verdicts(result.stdout) == dict.fromkeys(CHECKS, "PASS")
    summary = result.stdout.splitlines()[-1]
    assert summary == f"gpt4local {__version__} (llama.cpp {backend_name()}): all checks passed"
    assert (isolated_home / "data" / "models").is_dir()
    assert not list(isolated_home.rglob(".self-test-*"))  # the probe files are gone again


def test_an_unwritable_home_fails_but_the_report_goes_on(tmp_path: Path) -> None:
    home = tmp_path / "not-a-folder"
    home.write_text("a file where the home folder should be")  # unwritable even for root
    result = self_test_run(GPT4LOCAL_HOME=str(home))
    assert result.returncode != 0
    assert verdicts(result.stdout) == {**dict.fromkeys(CHECKS, "PASS"), "data folders": "FAIL"}
    failure = next(line for line in result.stdout.splitlines() if line.startswith("FAIL"))
    assert str(home) in failure
    assert "1 of 4 checks FAILED" in result.stdout.splitlines()[-1]
    assert "Traceback" not in result.stdout + result.stderr


def test_a_qt_that_cannot_start_is_reported_not_a_crash() -> None:
    # Qt aborts the process when the platform plugin cannot load; only the child dies.
    result = self_test_run(QT_QPA_PLATFORM="no-such-platform")
    assert result.returncode == 1
    assert verdicts(result.stdout) == {**dict.fromkeys(CHECKS, "PASS"), "Qt window": "FAIL"}
    qt_line = result.stdout.splitlines()[0]
    assert "no-such-platform" in qt_line


def test_a_build_missing_its_gpu_library_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    baked = types.ModuleType("gpt4local._build_info")
    baked.BACKEND = "vulkan"  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "gpt4local._build_info", baked)
    with pytest.raises(self_test.CheckFailed, match="this build is for vulkan"):
        self_test.check_llama_cpp()


@pytest.mark.parametrize(
    ("env", "platform", "chosen"),
    [
        ({}, "linux", "offscreen"),
        ({"DISPLAY": ":0"}, "linux", None),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", None),
        ({"QT_QPA_PLATFORM": "xcb"}, "linux", "xcb"),
        ({}, "win32", None),
    ],
)
def test_offscreen_only_without_a_display(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], platform: str, chosen: str | None
) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    env = dict(env)
    self_test._qt_platform(env)
    assert env.get("QT_QPA_PLATFORM") == chosen


def test_a_reader_that_goes_away_does_not_stop_the_checks() -> None:
    gone = io.StringIO()
    gone.close()  # like `gpt4local --self-test | head -1` after the first line
    assert self_test.run(gone) == 0


def test_missing_x11_libraries_are_named_with_their_packages(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue 10: the plain launch now knows what `--self-test` knew, from the same check; and
    the self-test names every missing library with its packages, not only libxcb-cursor0."""
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("DISPLAY", ":0")
    for name in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE"):
        monkeypatch.delenv(name, raising=False)
    missing = ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    monkeypatch.setattr(qt_preflight, "missing_libraries", lambda plugin: missing)
    with pytest.raises(self_test.CheckFailed) as failed:
        self_test.check_qt()
    assert "libxcb-icccm.so.4 and libxcb-keysyms.so.1, which are not installed" in str(failed.value)
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1" in str(failed.value)
    assert "sudo dnf install xcb-util-wm xcb-util-keysyms" in str(failed.value)
