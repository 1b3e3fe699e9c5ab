"""core/ must import and work where PySide6 is absent (the layering rule in DESIGN.md)."""

import pkgutil
import subprocess
import sys

import gpt4local.cli
import gpt4local.core

BLOCK_QT_AND_IMPORT = """
import importlib, sys
class BlockQt:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6'):
            raise ImportError('Qt is blocked in this test: ' + name)
sys.meta_path.insert(0, BlockQt())
for name in sys.argv[1:]:
    importlib.import_module(name)
print('ok', len(sys.argv) - 1)
"""


def test_every_core_module_imports_without_qt():
    """Every module of every core package (walk_packages recurses: iter_modules would silently
    stop at the first level), and the command line's, which must not need Qt either."""
    modules = [
        m.name for m in pkgutil.walk_packages(gpt4local.core.__path__, "gpt4local.core.")
    ] + [m.name for m in pkgutil.walk_packages(gpt4local.cli.__path__, "gpt4local.cli.")]
    assert {"gpt4local.core.inference.engine", "gpt4local.core.chats.store",
            "gpt4local.core.models.gguf_header", "gpt4local.cli.main"} <= set(modules)  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-c", BLOCK_QT_AND_IMPORT, *modules],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"ok {len(modules)}"
