"""core/ must import and work where PySide6 is absent (the layering rule in DESIGN.md)."""

import pkgutil
import subprocess
import sys

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
    modules = [
        f"gpt4local.core.{m.name}" for m in pkgutil.iter_modules(gpt4local.core.__path__)
    ] + ["gpt4local.cli", "gpt4local.paths", "gpt4local.settings"]
    assert "gpt4local.core.engine" in modules
    result = subprocess.run(
        [sys.executable, "-c", BLOCK_QT_AND_IMPORT, *modules],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"ok {len(modules)}"
