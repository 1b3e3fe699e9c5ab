"""What the Settings page's tests share: the steps a user takes on the page (choose a model, edit
its template, apply). The page itself comes from conftest's ``open_page``."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from gpt4local.core.settings import Settings
from gpt4local.ui.settings.page import SettingsPage

CUSTOM = "{% for m in messages %}<<{{ m.role }}>>{{ m.content }}{% endfor %}"


def choose_model(qtbot, page: SettingsPage, index: int) -> None:
    with qtbot.waitSignal(page.per_model.editor.model_read, timeout=10_000):
        page.per_model.picker.setCurrentIndex(index)


def edit_template(qtbot, page: SettingsPage, text: str) -> None:
    with qtbot.waitSignal(page.per_model.editor.preview_updated, timeout=5_000):
        page.per_model.editor.source.setPlainText(text)


def shown(label: QLabel) -> str:
    return "" if label.isHidden() else label.text()


def press_apply(qtbot, page: SettingsPage) -> Settings:
    """Apply, and the settings the page handed on."""
    assert page.apply_button.isEnabled()
    with qtbot.waitSignal(page.applied) as applied:
        qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    assert not page.pending and not page.apply_button.isEnabled()  # nothing left to apply
    return applied.args[0]
