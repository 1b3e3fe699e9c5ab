"""The installers workflow: valid for GitHub Actions, and it builds and self-tests on every OS.

check-jsonschema (in the test extra) validates against the GitHub workflow schema it carries,
so no network is needed; actionlint adds deeper checks where it is installed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from ruamel.yaml import YAML

WORKFLOW = Path(__file__).resolve().parent.parent / ".github" / "workflows" / "installers.yml"


def validate(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "check_jsonschema",
            "--builtin-schema",
            "vendor.github-workflows",
            str(path),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_workflow_matches_github_schema() -> None:
    result = validate(WORKFLOW)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "validation done" in result.stdout


def test_the_validator_does_catch_mistakes(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    text = WORKFLOW.read_text(encoding="utf-8")
    broken.write_text(text.replace("runs-on:", "run-on:", 1), encoding="utf-8")
    assert validate(broken).returncode != 0


def test_actionlint_if_installed() -> None:
    actionlint = shutil.which("actionlint")
    if actionlint is None:
        pytest.skip("actionlint is not installed (a Go binary; the schema check above still ran)")
    result = subprocess.run([actionlint, str(WORKFLOW)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_os_builds_and_self_tests_its_installer() -> None:
    workflow = YAML(typ="safe").load(WORKFLOW.read_text(encoding="utf-8"))
    job = workflow["jobs"]["build"]
    builds = {(entry["os"], entry["backend"]) for entry in job["strategy"]["matrix"]["include"]}
    assert builds == {
        ("ubuntu-latest", "cpu"),
        ("windows-latest", "cpu"),
        ("macos-14", "cpu"),
        ("macos-14", "metal"),
    }
    steps = job["steps"]
    for os_name, script in [
        ("Linux", "installer/build_linux.sh"),
        ("Windows", "installer/windows/build.ps1"),
        ("macOS", "installer/macos/build.sh"),
    ]:
        mine = [s for s in steps if os_name in s.get("if", "")]
        assert any(s.get("run", "").startswith(script) for s in mine), os_name
        assert any("--self-test" in s.get("run", "") for s in mine), os_name
        assert (Path(__file__).resolve().parent.parent / script).exists()
    linux_self_test = next(s["run"] for s in steps if "Xvfb" in s.get("name", ""))
    assert "QT_QPA_PLATFORM=offscreen" in linux_self_test and "xvfb-run" in linux_self_test
    upload = next(s for s in steps if s.get("uses", "").startswith("actions/upload-artifact"))
    assert upload["with"]["if-no-files-found"] == "error"


def test_a_change_to_any_packaging_input_runs_the_build() -> None:
    """setup.py finds the packages the installers ship: a change to it can break them as surely
    as one to pyproject.toml. And each watched path still names something (files move)."""
    workflow = YAML(typ="safe").load(WORKFLOW.read_text(encoding="utf-8"))
    watched = workflow["on"]["pull_request"]["paths"]
    assert {"pyproject.toml", "setup.py"} <= set(watched)
    repo = WORKFLOW.parent.parent.parent
    assert [path for path in watched if not any(repo.glob(path))] == []
