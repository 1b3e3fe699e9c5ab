"""Every module path (``gpt4local.core.inference.llama_build``) and file path
(``gpt4local/diagnostics/self_test.py``) that the packaging, the workflow, the benchmarks and
the README name exists, so that moving a module cannot leave a stale name behind in them: the
package's own imports fail loudly when a module moves, these texts only fail on a user's build."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
NAMING = ["installer", ".github", "benchmarks", ".ci", "README.md", "ARCHITECTURE.md"]
# Not preceded by a word, a dot, @ or a slash: "org.gpt4local.app", "me@gpt4local.invalid" and
# "dist/gpt4local/gpt4local" are no module paths.
MODULE_PATH = re.compile(r"(?<![\w.@/-])gpt4local(?:\.[A-Za-z_]\w*)+")
FILE_PATH = re.compile(r"(?<![\w.@/-])gpt4local/[\w/]+\.py\b")
# Files named after the app (gpt4local.spec, gpt4local.svg ...), which read like module paths.
FILE_NAME_ENDINGS = {"app", "desktop", "exe", "icns", "ico", "iss", "png", "spec", "svg"}
# Written by the build (`python -m gpt4local.core.inference.llama_build --bake`), never checked in.
GENERATED = {"gpt4local._build_info", "gpt4local/_build_info.py"}
# setup.py ships the repository's resources/ folder as this package.
MAPPED_PACKAGES = {"gpt4local.resources": REPO / "resources"}


def module_exists(name: str, root: Path) -> bool:
    """``name`` is a module or package under ``root``, or an attribute of the deepest one."""
    if name in MAPPED_PACKAGES:
        return MAPPED_PACKAGES[name].is_dir()
    parts = name.split(".")
    for depth in range(len(parts), 0, -1):
        path = root.joinpath(*parts[:depth])
        if path.with_suffix(".py").is_file() or (path / "__init__.py").is_file():
            break
    else:
        return False
    attributes = parts[depth:]
    if not attributes:
        return True
    value: object = importlib.import_module(".".join(parts[:depth]))
    for attribute in attributes:
        if not hasattr(value, attribute):
            return False
        value = getattr(value, attribute)
    return True


def stale_names(text: str, root: Path = REPO) -> list[str]:
    """The module and file paths in ``text`` that name nothing under ``root``."""
    stale = []
    for name in sorted(set(MODULE_PATH.findall(text))):
        if name in GENERATED or name.split(".", 1)[1] in FILE_NAME_ENDINGS:
            continue
        if not module_exists(name, root):
            stale.append(name)
    for path in sorted(set(FILE_PATH.findall(text))):
        if path not in GENERATED and not (root / path).is_file():
            stale.append(path)
    return stale


def texts_that_name_paths() -> list[Path]:
    files = []
    for name in NAMING:
        place = REPO / name
        found = [place] if place.is_file() else sorted(place.rglob("*"))
        files += [path for path in found if path.is_file() and ".work" not in path.parts]
    return files


def test_the_finder_catches_stale_names_and_passes_living_ones() -> None:
    text = (
        "python -m gpt4local.core.backend --bake cpu\n"  # moved to core.inference.llama_build
        "python -m gpt4local.core.inference.llama_build --check cpu\n"
        "from gpt4local.cli.main import main; gpt4local.cli.main.main()\n"
        "gpt4local.cli.main.no_such_function() and gpt4local.cli_models\n"
        "watch gpt4local/diagnostics/self_test.py and gpt4local/core/engine.py\n"
        "ship installer/gpt4local.spec, gpt4local.resources, gpt4local.__version__\n"
        "not module paths: org.gpt4local.gpt4local, me@gpt4local.invalid, dist/gpt4local/x.py\n"
    )
    assert stale_names(text) == [
        "gpt4local.cli.main.no_such_function",
        "gpt4local.cli_models",
        "gpt4local.core.backend",
        "gpt4local/core/engine.py",
    ]


def test_every_path_named_outside_the_package_exists() -> None:
    files = texts_that_name_paths()
    assert REPO / "installer" / "gpt4local.spec" in files
    stale = {}
    for path in files:
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:  # icons and other binary files
            continue
        if found := stale_names(text):
            stale[str(path.relative_to(REPO))] = found
    assert stale == {}
