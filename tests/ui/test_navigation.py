"""The window's navigation rail, its pages and shortcuts, the Settings page in the window, and
where the window opens; offscreen, waiting on signals, never on sleeps."""

from __future__ import annotations

import base64

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from gpt4local.core.settings import Settings
from gpt4local.ui.window.geometry import (
    first_start_geometry,
    fits_a_screen,
    saved_frame,
)
from gpt4local.ui.window.nav_rail import COLLAPSE_BELOW

from .conftest import FakeEngine

PAGES = ("home", "chats", "models", "settings")


def triggered_by(window, keys: str) -> None:
    """Press a window shortcut (the action bound to ``keys``; offscreen windows are never
    active, so key events would not reach window-level shortcuts)."""
    sequence = QKeySequence(keys)
    [action] = [a for a in window.actions() if sequence in a.shortcuts()]
    action.trigger()


@pytest.fixture
def window(make_window, qtbot):
    """A window on its Chats page, once the first scan for models (which shows the Home page
    on a first start) is done."""
    window = make_window(FakeEngine)
    qtbot.waitUntil(lambda: window._picker_filled_once, timeout=20_000)
    window.show_page("chats")
    return window


# --- pages, rail, shortcuts ------------------------------------------------------------------


def test_the_rail_lists_the_pages_with_labels_and_icons(window):
    rail = window.navigation.rail
    assert list(rail.buttons) == list(PAGES)
    names = ["Home", "Chats", "Models", "Settings"]
    assert [b.text() for b in rail.buttons.values()] == names
    assert all(not b.icon().isNull() for b in rail.buttons.values())
    assert [b.accessibleName() for b in rail.buttons.values()] == names
    assert window.current_page == "chats"


def test_clicking_the_rail_shows_each_page(qtbot, window):
    window.show()
    for key in ("models", "settings", "home", "chats"):
        qtbot.mouseClick(window.navigation.rail.buttons[key], Qt.MouseButton.LeftButton)
        assert window.current_page == key
        assert window.navigation.page(key).isVisible()
        assert window.navigation.rail.buttons[key].isChecked()
        assert [k for k, b in window.navigation.rail.buttons.items() if b.isChecked()] == [key]


@pytest.mark.parametrize(
    ("keys", "page"),
    [("Ctrl+2", "models"), ("Ctrl+3", "settings"), ("Ctrl+,", "settings"), ("Ctrl+0", "home"),
     ("Ctrl+1", "chats")],
)
def test_each_page_has_a_shortcut_shown_in_its_tooltip(window, keys, page):
    if page == "chats":
        window.show_page("models")
    triggered_by(window, keys)
    assert window.current_page == page
    native = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
    button = window.navigation.rail.buttons[page]
    assert native in button.toolTip() and native in button.accessibleDescription()


def test_the_menu_entry_shows_the_settings_page(window):
    [menu] = [m for m in window.menuBar().actions() if m.text() == "&Chat"]
    [entry] = [a for a in menu.menu().actions() if a.text() == "Settings"]
    entry.trigger()
    assert window.current_page == "settings"


def test_code_that_switches_pages_moves_the_rail_too(window):
    window.pages.setCurrentWidget(window.models_page)  # e.g. a first start without models
    assert window.current_page == "models"
    assert window.navigation.rail.buttons["models"].isChecked()


def test_add_page_adds_a_working_entry(qtbot, window):
    page = QLabel("Documents go here")
    action = window.add_page("documents", "Documents", "file-plus", page, ["Ctrl+4"])
    button = window.navigation.rail.buttons["documents"]
    assert button.text() == "Documents" and "Ctrl+4" in button.toolTip()
    window.show()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.current_page == "documents" and page.isVisible()
    window.show_page("chats")
    triggered_by(window, "Ctrl+4")
    assert window.current_page == "documents"
    window.show_page("chats")
    action.trigger()  # what a menu entry would do
    assert window.current_page == "documents"
    with pytest.raises(ValueError):
        window.show_page("no-such-page")


def test_the_rail_collapses_to_icons_on_narrow_windows(qtbot, window):
    rail = window.navigation.rail
    window.show()
    window.resize(COLLAPSE_BELOW + 300, 700)
    qtbot.waitUntil(lambda: window.width() == COLLAPSE_BELOW + 300)
    assert not rail.collapsed
    label_width = rail.fontMetrics().horizontalAdvance("Settings")
    qtbot.waitUntil(lambda: rail.width() > label_width + 20)  # the layout follows, queued
    wide = rail.width()

    narrow = max(COLLAPSE_BELOW - 200, window.minimumWidth())
    assert narrow < COLLAPSE_BELOW
    window.resize(narrow, 700)
    qtbot.waitUntil(lambda: rail.collapsed)
    qtbot.waitUntil(lambda: rail.width() < wide)
    assert rail.width() < label_width + 40  # icons only
    for button in rail.buttons.values():  # still named and explained
        assert button.accessibleName() == button.text() != ""
        assert button.toolTip().startswith(button.text())
    qtbot.mouseClick(rail.buttons["models"], Qt.MouseButton.LeftButton)
    assert window.current_page == "models"

    window.resize(COLLAPSE_BELOW + 100, 700)
    qtbot.waitUntil(lambda: not rail.collapsed)
    qtbot.waitUntil(lambda: rail.width() == wide)


def test_the_rail_is_reached_by_tab_and_walked_with_arrow_keys(qtbot, window):
    rail = window.navigation.rail
    buttons = list(rail.buttons.values())

    def tab_stops() -> list[bool]:
        return [bool(b.focusPolicy() & Qt.FocusPolicy.TabFocus) for b in buttons]

    # One Tab stop, the entry of the page on screen; the arrows move within the rail.
    home, chats, models, settings = buttons
    assert tab_stops() == [False, True, False, False]
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # focus is only given within the active window
    chats.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(chats, Qt.Key.Key_Tab)  # on into the page
    inside = QApplication.focusWidget()
    assert inside not in buttons and window.pages.isAncestorOf(inside)
    qtbot.keyClick(inside, Qt.Key.Key_Backtab)  # and back
    assert chats.hasFocus() and window.current_page == "chats"

    qtbot.keyClick(chats, Qt.Key.Key_Down)
    assert window.current_page == "models" and models.hasFocus()
    assert tab_stops() == [False, False, True, False]
    qtbot.keyClick(models, Qt.Key.Key_Down)
    assert window.current_page == "settings" and settings.hasFocus()
    qtbot.keyClick(settings, Qt.Key.Key_Down)  # wraps around
    assert window.current_page == "home" and home.hasFocus()
    qtbot.keyClick(home, Qt.Key.Key_Up)
    assert window.current_page == "settings"
    qtbot.keyClick(settings, Qt.Key.Key_Home)
    assert window.current_page == "home"
    qtbot.keyClick(home, Qt.Key.Key_End)
    assert window.current_page == "settings"
    window.show_page("chats")
    models.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(models, Qt.Key.Key_Space)  # a button: Space (and Enter) choose it
    assert window.current_page == "models"
    qtbot.keyClick(settings, Qt.Key.Key_Return)
    assert window.current_page == "settings"


def test_the_focused_entry_is_drawn_with_a_ring(qtbot, window):
    button = window.navigation.rail.buttons["models"]
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    plain = button.grab().toImage()
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus)
    assert button.grab().toImage() != plain


# --- the Settings page in the window ---------------------------------------------------------


def test_edits_not_applied_are_kept_while_away_and_marked(qtbot, window):
    window.show_page("settings")
    page = window.settings_page
    page.general.threads.setValue(3)
    assert page.pending and page.revert_button.isEnabled()
    button = window.navigation.rail.buttons["settings"]
    assert "not applied" in button.toolTip()
    window.show_page("chats")
    assert "not applied yet" in window.statusBar().currentMessage()
    window.show_page("settings")
    assert page.general.threads.value() == 3  # the edit is still there
    assert window.settings.threads == 0  # and not applied
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    assert window.settings.threads == 3 and not page.pending
    assert "not applied" not in button.toolTip()


def test_revert_shows_the_stored_settings_again(qtbot, window):
    window.show_page("settings")
    page = window.settings_page
    page.general.threads.setValue(5)
    page.generation.editors["temperature"].setValue(1.5)
    qtbot.mouseClick(page.revert_button, Qt.MouseButton.LeftButton)
    assert page.general.threads.value() == 0
    assert page.generation.editors["temperature"].value() == Settings().generation.temperature
    assert not page.pending and not page.apply_button.isEnabled()


def test_the_page_shows_models_installed_since_it_was_built(qtbot, window, tiny_model):
    page = window.settings_page
    assert page.per_model.picker.count() == 0
    with qtbot.waitSignal(window.loader.ready, timeout=20_000):
        window.loader.add_model_file(str(tiny_model))
    window.show_page("settings")
    assert page.per_model.picker.currentText() == tiny_model.name
    assert page.general.default_model.findData(str(tiny_model)) >= 0


def test_edits_waiting_on_the_page_are_not_replaced_by_a_refresh(qtbot, window, tiny_model):
    window.show_page("settings")
    page = window.settings_page
    page.general.threads.setValue(4)
    window.show_page("chats")
    with qtbot.waitSignal(window.loader.ready, timeout=20_000):
        window.loader.add_model_file(str(tiny_model))
    window.show_page("settings")
    assert page.general.threads.value() == 4 and page.pending  # kept, not rebuilt
    qtbot.mouseClick(page.revert_button, Qt.MouseButton.LeftButton)
    assert page.general.threads.value() == 0
    assert page.per_model.picker.currentText() == tiny_model.name  # the newer model list


def test_closing_with_edits_not_applied_asks(qtbot, window):
    window.show()
    window.show_page("settings")
    window.settings_page.general.threads.setValue(2)
    window.show_page("models")
    answers = [QMessageBox.StandardButton.Cancel]
    window.settings_link.ask = lambda: answers.pop(0)
    assert not window.close()  # cancelled: the window stays, on the page with the edits
    assert window.isVisible() and window.current_page == "settings"
    answers.append(QMessageBox.StandardButton.Apply)
    assert window.close()
    assert window.settings.threads == 2


def test_closing_and_discarding_edits_keeps_the_stored_settings(qtbot, window):
    window.show()
    window.show_page("settings")
    window.settings_page.general.threads.setValue(2)
    window.settings_link.ask = lambda: QMessageBox.StandardButton.Discard
    assert window.close()
    assert window.settings.threads == 0


def test_the_reload_note_stays_until_the_model_is_loaded_again(qtbot, window, tiny_model):
    with qtbot.waitSignal(window.loader.ready, timeout=20_000):
        window.loader.add_model_file(str(tiny_model))
    window.show()
    window.show_page("settings")
    page = window.settings_page
    page.generation.editors["context_length"].setValue(4096)
    assert not page.reload_note.isHidden()
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    assert window.settings.context_length == 4096
    assert not page.reload_note.isHidden()  # applied, but the model in memory has 2,048
    with qtbot.waitSignal(window.loader.ready, timeout=20_000):
        window.loader.load(str(tiny_model))
    assert page.reload_note.isHidden()


# --- where the window opens ------------------------------------------------------------------


def test_the_first_start_rule_is_80_percent_centred():
    screen = QRect(0, 0, 1920, 1080)
    placed = first_start_geometry(screen)
    assert placed.size() == QSize(1536, 864) and placed.center() == screen.center()
    beside = QRect(1920, 30, 1280, 770)  # a second monitor, below a top panel
    placed = first_start_geometry(beside)
    assert placed.size() == QSize(1024, 616) and placed.center() == beside.center()


def test_a_saved_place_fits_while_most_of_it_is_on_a_screen():
    laptop, monitor = QRect(0, 0, 1366, 768), QRect(1366, 0, 2560, 1440)
    assert fits_a_screen(QRect(1500, 100, 2000, 1200), [laptop, monitor])
    assert not fits_a_screen(QRect(1500, 100, 2000, 1200), [laptop])  # monitor unplugged
    assert fits_a_screen(QRect(-200, 100, 800, 600), [laptop])  # partly off-screen on purpose
    assert not fits_a_screen(QRect(0, 0, 2400, 1300), [laptop])  # too big for the screen now


def test_saved_frame_reads_qts_geometry_data(qtbot):
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    qtbot.addWidget(widget)
    widget.setGeometry(120, 80, 500, 400)
    frame = saved_frame(bytes(widget.saveGeometry().data()))
    assert frame == widget.frameGeometry()
    assert saved_frame(b"") is None and saved_frame(b"not geometry data at all!!") is None


def available() -> QRect:
    return QGuiApplication.primaryScreen().availableGeometry()


def test_a_first_start_opens_at_80_percent_of_the_screen_centred(make_window):
    window = make_window(FakeEngine)
    expected = first_start_geometry(available())
    assert window.size() == expected.size().expandedTo(window.minimumSize())
    assert window.geometry().center() == expected.center()


def test_the_place_is_restored_when_it_fits_and_reset_when_not(qtbot, make_window):
    first = make_window(FakeEngine)
    screen = available()
    place = QRect(screen.left() + 10, screen.top() + 20, screen.width() // 2 + 50,
                  screen.height() // 2 + 40)  # fmt: skip
    first.setGeometry(place)
    saved = base64.b64encode(first.saveGeometry().data()).decode()
    restored = make_window(FakeEngine, window_geometry=saved)
    assert restored.size() == place.size()
    plain = QMainWindow()  # where Qt's restoreGeometry itself puts it (frame guesses)
    qtbot.addWidget(plain)
    assert plain.restoreGeometry(first.saveGeometry())
    assert restored.geometry() == plain.geometry() != first_start_geometry(screen)

    first.move(screen.right() + 3000, screen.bottom() + 3000)  # on a monitor now unplugged
    gone = base64.b64encode(first.saveGeometry().data()).decode()
    window = make_window(FakeEngine, window_geometry=gone)
    assert window.geometry().center() == first_start_geometry(screen).center()
    broken = make_window(FakeEngine, window_geometry="bm90IGdlb21ldHJ5")  # not geometry data
    assert broken.geometry().center() == first_start_geometry(screen).center()


def test_closing_saves_the_place(qtbot, make_window):
    window = make_window(FakeEngine)
    window.shutdown()
    assert saved_frame(base64.b64decode(window.settings.window_geometry)) == (
        window.frameGeometry())  # fmt: skip
