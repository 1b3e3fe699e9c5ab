"""The package's shape, checked: the layers in pyproject.toml's import-linter contracts, no import
circle between modules, and folders small enough that a feature's home shows in their names."""

from __future__ import annotations

import re
from pathlib import Path

import grimp
import pytest
from importlinter.cli import lint_imports

REPO = Path(__file__).resolve().parent.parent
MAX_MODULES_PER_FOLDER = 12


def test_the_import_contracts_are_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    assert lint_imports(config_filename="pyproject.toml", no_cache=True, no_logo=True) == 0


def import_circles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Groups of modules that import each other, directly or through others (Tarjan's strongly
    connected components over the module graph; a package's __init__ counts as its own module)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []

    def visit(module: str) -> None:  # recursion depth is bounded by the ~100 modules
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in graph.find_modules_directly_imported_by(module):
            if not imported.startswith("gpt4local"):
                continue
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                circles.append(sorted(group))

    for module in sorted(graph.modules):
        if module.startswith("gpt4local") and module not in index:
            visit(module)
    return circles


def test_finding_circles_finds_one() -> None:
    graph = grimp.ImportGraph()
    for module in ("gpt4local.a", "gpt4local.b", "gpt4local.c"):
        graph.add_module(module)
    graph.add_import(importer="gpt4local.a", imported="gpt4local.b")
    graph.add_import(importer="gpt4local.b", imported="gpt4local.a")
    graph.add_import(importer="gpt4local.c", imported="gpt4local.a")
    assert import_circles(graph) == [["gpt4local.a", "gpt4local.b"]]


def test_no_module_imports_itself_through_others() -> None:
    assert import_circles(grimp.build_graph("gpt4local")) == []


def test_no_folder_holds_more_than_a_dozen_modules() -> None:
    crowded = {
        str(folder.relative_to(REPO)): count
        for folder in (REPO / "gpt4local").rglob("*")
        if folder.is_dir() and (count := len([*folder.glob("*.py")]) - 1) > MAX_MODULES_PER_FOLDER
    }
    assert crowded == {}


def test_the_map_names_every_folder_and_only_files_that_exist() -> None:
    """ARCHITECTURE.md stays true: each package folder has its line in the map's tree, and every
    module it names (``core/service/engine_service.py``) is where it says."""
    text = (REPO / "ARCHITECTURE.md").read_text(encoding="utf-8")
    tree = text[text.index("```") : text.index("```", text.index("```") + 3)]
    package = REPO / "gpt4local"
    folders = sorted(
        folder.name for folder in package.rglob("*")
        if (folder / "__init__.py").is_file() and folder != package
    )  # fmt: skip
    assert [name for name in folders if not re.search(rf"^\s+{name}/", tree, re.M)] == []
    named = set(re.findall(r"`((?:core|ui|cli|diagnostics)/[\w/]+\.py)`", text))
    assert named, "the map names no module"
    assert sorted(path for path in named if not (package / path).is_file()) == []
