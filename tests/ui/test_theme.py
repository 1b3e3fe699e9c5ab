"""The theme and font size applied to the whole application; offscreen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from gpt4local.ui.style.palettes import DARK, LIGHT, palette_of
from gpt4local.ui.style.scale import TYPE
from gpt4local.ui.theme import apply_theme, is_dark, mark_primary, set_text_style


@pytest.fixture
def app(qapp):
    yield qapp
    apply_theme(qapp, "system", 0)  # the application outlives the test


def same_colors(app, palette) -> bool:
    return all(app.palette().color(role) == palette.color(role)
               for role in (role for role in type(palette).ColorRole
                            if role != type(palette).ColorRole.NColorRoles))  # fmt: skip


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
    # The offscreen platform has no preference: "system" means our light palette there.
    assert app.styleHints().colorScheme() != Qt.ColorScheme.Dark
    assert same_colors(app, palette_of(LIGHT))


def sheet_is(app, colors) -> bool:
    """The application's style sheet paints inputs in ``colors``."""
    return f"background: {colors.base};" in app.styleSheet()


def test_the_style_sheet_follows_the_theme(app):
    apply_theme(app, "dark", 0)
    assert sheet_is(app, DARK) and not sheet_is(app, LIGHT)
    apply_theme(app, "light", 0)
    assert sheet_is(app, LIGHT) and not sheet_is(app, DARK)


def test_system_follows_the_os_when_it_switches(qtbot, app):
    """QStyleHints.colorSchemeChanged is what Qt emits when the OS switches; offscreen nothing
    switches, so the test emits it as the platform would."""
    apply_theme(app, "system", 0)
    hints = app.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert same_colors(app, palette_of(DARK))
    assert sheet_is(app, DARK)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert same_colors(app, palette_of(LIGHT))
    assert sheet_is(app, LIGHT)

    apply_theme(app, "light", 0)  # a theme chosen in the settings stays whatever the OS does
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert same_colors(app, palette_of(LIGHT))
    apply_theme(app, "dark", 0)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert same_colors(app, palette_of(DARK))


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
    assert same_colors(app, palette_of(LIGHT))
    app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # it follows, too
    assert same_colors(app, palette_of(DARK))


def font_sizes(window: QWidget) -> dict[QWidget, float]:
    return {widget: widget.font().pointSizeF() for widget in window.findChildren(QWidget)}


def test_the_font_size_scales_the_whole_window(qtbot, app, make_window):
    """Every widget's text, the named text sizes and the style sheet's paddings follow the
    setting."""
    apply_theme(app, "system", 10)
    window = make_window()
    window.resize(1000, 700)
    window.show()
    button = window.models_page.installed_tab.empty.buttons[0]
    title = window.sidebar.empty.title
    small_sizes, small_button = font_sizes(window), button.sizeHint()
    assert title.font().pointSizeF() == pytest.approx(TYPE["subtitle"] * 10, abs=0.1)

    apply_theme(app, "system", 20)
    large_sizes = font_sizes(window)
    unscaled = [f"{type(widget).__name__} {widget.objectName()}: {size} → {large_sizes[widget]}"
                for widget, size in small_sizes.items()
                if large_sizes[widget] != pytest.approx(2 * size, abs=0.15)]  # fmt: skip
    assert not unscaled, unscaled
    assert title.font().pointSizeF() == pytest.approx(TYPE["subtitle"] * 20, abs=0.1)
    large_button = button.sizeHint()
    assert large_button.height() >= 1.6 * small_button.height()  # paddings and all
    assert large_button.width() >= 1.6 * small_button.width()


def test_roles_take_their_look(qtbot, app):
    apply_theme(app, "light", 12)
    button, plain = QPushButton("Go"), QPushButton("Go")
    label = QLabel("Heading")
    for widget in (button, plain, label):
        qtbot.addWidget(widget)
    mark_primary(button)
    set_text_style(label, "title")
    for widget in (button, plain, label):
        widget.ensurePolished()
    assert button.palette().color(button.backgroundRole()) != plain.palette().color(
        plain.backgroundRole())
    assert label.font().pointSizeF() == pytest.approx(TYPE["title"] * 12, abs=0.1)
    assert label.font().bold()
    with pytest.raises(KeyError):
        set_text_style(label, "huge")


def test_widgets_made_before_the_first_theme_take_its_font_size(qtbot, app):
    """The first style sheet polishes every widget with the font it has then: it must not undo
    a font size applied with it."""
    app.setStyleSheet("")  # as at the start, before any theme
    button = QPushButton("Go")
    qtbot.addWidget(button)
    button.show()
    size = app.font().pointSizeF() + 6
    apply_theme(app, "light", round(size))
    assert button.font().pointSizeF() == round(size)


def test_the_combo_box_arrow_is_drawn_in_the_themes_text_colour(app):
    for theme, colors in (("light", LIGHT), ("dark", DARK)):
        apply_theme(app, theme, 0)
        sheet = app.styleSheet()
        arrow = sheet.split('QComboBox::down-arrow { image: url("', 1)[1].split('"', 1)[0]
        assert f'stroke="{colors.text}"' in Path(arrow).read_text(encoding="utf-8")
