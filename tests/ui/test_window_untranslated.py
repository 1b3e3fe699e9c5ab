"""Issue 13's walk: the whole window in German and in Chinese, every page and every tab, with a
model loaded and an answer on screen; every text a user can see or hear (labels, buttons, tabs,
menus, table headers, list items, placeholders, tooltips, accessible names) is compared with the
English sources of the translations. A text still equal to its English source fails, unless the
language writes it the same way (its translation is identical, e.g. "Chats", "GGUF")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QWidget,
)

from gpt4local.core.inference.options import SamplingSettings
from gpt4local.diagnostics import translations as tool
from gpt4local.ui.i18n.languages import install_language, remove_translations

from .conftest import FakeEngine

TIMEOUT = 20_000


@pytest.fixture(scope="module")
def english_sources() -> set[str]:
    return {entry.source for entry in tool.source_entries()}


@pytest.fixture
def language(qapp) -> Iterator:
    default = QLocale()
    yield install_language
    remove_translations()
    QLocale.setDefault(default)


def same_in(code: str) -> set[str]:
    """The sources this language writes as English does (their translation is the same)."""
    ts = tool.TRANSLATIONS / f"gpt4local_{code}.ts"
    return {t.entry.source for t in tool.read_ts(ts) if t.forms and t.forms[0] == t.entry.source}


def texts_of(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(what, text) for everything ``widget`` shows or says."""
    yield "tooltip", widget.toolTip()
    yield "accessible name", widget.accessibleName()
    yield "accessible description", widget.accessibleDescription()
    if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
        yield "text", widget.text()
    if isinstance(widget, (QLineEdit, QPlainTextEdit)):
        yield "placeholder", widget.placeholderText()
    if isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield "tab", widget.tabText(i)
    if isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield "item", widget.itemText(i)
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        root = widget.rootIndex()
        try:
            columns = model.columnCount(root)
        except TypeError:  # one of Qt's own internal models (a combo box's popup): not ours
            return
        for column in range(columns):
            yield "header", str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        for row in range(min(model.rowCount(root), 50)):
            yield "item", str(model.index(row, 0, root).data() or "")
    if isinstance(widget, QMenu):
        for action in widget.actions():
            yield "menu entry", action.text()


def untranslated(window: QWidget, sources: set[str], allowed: set[str]) -> list[str]:
    found = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible() and not isinstance(widget, QMenu):
            continue
        for what, text in texts_of(widget):
            shown = text.replace("&", "").strip()
            if text in sources and text not in allowed and shown:
                found.append(f"{type(widget).__name__} {what}: {text!r}")
    for action in window.menuBar().actions():
        if action.text() in sources and action.text() not in allowed:
            found.append(f"menu title: {action.text()!r}")
    return sorted(set(found))


@pytest.mark.parametrize("code", ["de", "zh_CN"])
def test_every_page_and_tab_of_the_window_is_translated(code, language, make_window, qtbot,
                                                        tiny_model, english_sources):  # fmt: skip
    language(code)
    window = make_window(FakeEngine)
    qtbot.waitUntil(lambda: window._picker_filled_once, timeout=TIMEOUT)
    window.resize(1280, 800)
    window.show()
    with qtbot.waitSignal(window.loader.ready, timeout=TIMEOUT):
        window.loader.load(str(tiny_model))
    window.show_page("chats")
    window.sampling = SamplingSettings(max_tokens=5)
    window.input.setPlainText("hello")
    with qtbot.waitSignal(window.answer_finished, timeout=TIMEOUT):
        window.send()
    window.chat.settings_toggle.setChecked(True)  # the chat's own settings too
    window.show_error("x")  # the banner's close button
    allowed = same_in(code)
    missed = []
    for key in window.navigation.keys:
        window.show_page(key)
        page = window.pages.currentWidget()
        tab_widgets = [t for t in page.findChildren(QTabWidget) if t.isVisible()] or [None]
        for tabs in tab_widgets:
            for index in range(tabs.count() if tabs else 1):
                if tabs:
                    tabs.setCurrentIndex(index)
                missed += [f"{key}: {m}" for m in untranslated(window, english_sources, allowed)]
    assert not sorted(set(missed)), "\n".join(sorted(set(missed)))
