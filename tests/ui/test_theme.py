"""The theme and font size applied to the whole application; offscreen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from gpt4local.ui.theme import apply_theme, is_dark


@pytest.fixture
def app(qapp):
    yield qapp
    apply_theme(qapp, "system", 0)  # the application outlives the test


def test_dark_and_light_themes_change_the_palette(qtbot, app):
    label = QLabel("x")
    qtbot.addWidget(label)
    apply_theme(app, "dark", 0)
    assert is_dark(app.palette())
    qtbot.waitUntil(lambda: is_dark(label.palette()))  # widgets hear of it through an event
    apply_theme(app, "light", 0)
    assert not is_dark(app.palette())
    apply_theme(app, "dark", 0)
    apply_theme(app, "system", 0)
    assert app.palette().resolveMask() == 0  # no palette of ours left: the platform decides


def test_font_size_applies_and_zero_restores_the_system_size(app):
    apply_theme(app, "system", 0)
    system_size = app.font().pointSize()
    apply_theme(app, "system", system_size + 5)
    assert app.font().pointSize() == system_size + 5
    apply_theme(app, "light", 0)
    assert app.font().pointSize() == system_size


def test_an_unknown_theme_counts_as_system(app):
    apply_theme(app, "dark", 0)
    apply_theme(app, "neon", 0)
    assert app.palette().resolveMask() == 0
