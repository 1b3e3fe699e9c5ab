"""The About dialog: version, backend, folders and licenses, and a copy of them for bug reports."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox

from gpt4local import __version__
from gpt4local.core.inference.llama_build import backend_name
from gpt4local.ui.window.about import AboutDialog


def make_dialog(qtbot) -> AboutDialog:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_it_says_what_this_build_is(qtbot, isolated_home: Path) -> None:
    dialog = make_dialog(qtbot)
    text = dialog.details.toPlainText()
    assert f"gpt4local {__version__}" in dialog.title.text()
    assert f"llama.cpp backend\n{backend_name()} (no GPU offload)" in text  # this CPU build
    for folder in ("data", "config", "cache", "data/models"):
        assert str(isolated_home / folder) in text
    for component, license in [
        ("llama.cpp", "MIT"),
        ("Qt", "LGPL-3.0-only"),
        ("huggingface-hub", "Apache-2.0"),
        ("httpx2", "BSD-3-Clause"),
        ("tqdm", "MPL-2.0 AND MIT"),
        ("gpt4local", "MIT"),
    ]:
        assert any(
            line.startswith(f"  {component}") and line.endswith(f": {license}")
            for line in dialog.plain_text.splitlines()
        ), component


def test_copy_details_puts_a_plain_report_on_the_clipboard(qtbot) -> None:
    dialog = make_dialog(qtbot)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied == dialog.plain_text
    assert copied.startswith(f"gpt4local {__version__}\n")
    assert f"llama.cpp backend: {backend_name()}" in copied
    assert "<" not in copied  # plain text, no markup


def test_close_button_closes(qtbot) -> None:
    dialog = make_dialog(qtbot)
    buttons = dialog.findChild(QDialogButtonBox)
    with qtbot.waitSignal(dialog.finished):
        buttons.button(QDialogButtonBox.StandardButton.Close).click()
    assert not dialog.isVisible()
