"""The error banner: every message can be closed, and one tied to a cause goes when it is over."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from gpt4local.core.inference.options import SamplingSettings
from gpt4local.ui.window.error_banner import MAX_MESSAGES, Cause, ErrorBanner

from .conftest import FakeEngine

TIMEOUT = 20_000


def close_buttons(banner: ErrorBanner) -> list[QToolButton]:
    return [b for b in banner.findChildren(QToolButton) if b.isVisibleTo(banner)]


def test_messages_close_resolve_and_replace(qtbot) -> None:
    banner = ErrorBanner()
    qtbot.addWidget(banner)
    banner.show_message("")  # an empty banner says nothing: never shown
    assert banner.isHidden()
    banner.show_message("Your chats were damaged and set aside.")
    banner.show_message("Choose a model first.", Cause.MODEL)
    banner.show_message("Your chats were damaged and set aside.")  # again: once, and newest
    assert banner.text() == "Choose a model first.\nYour chats were damaged and set aside."
    banner.show_message("Could not load x.gguf.", Cause.MODEL)  # the same cause: replaced
    assert banner.text() == "Your chats were damaged and set aside.\nCould not load x.gguf."

    banner.resolve(Cause.CHATS)  # not shown: nothing changes
    banner.resolve(Cause.MODEL)
    assert banner.text() == "Your chats were damaged and set aside."
    [close] = close_buttons(banner)
    assert close.accessibleName() == "Close this message"
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert banner.text() == "" and banner.isHidden()

    for n in range(MAX_MESSAGES + 2):  # a flood never pushes the chat off the window
        banner.show_message(f"notice {n}")
    assert banner.text().splitlines() == [f"notice {n}" for n in range(2, MAX_MESSAGES + 2)]


def test_choose_a_model_first_goes_when_a_model_loads_and_others_stay(
    qtbot, make_window, tiny_model
) -> None:
    """Issue 10, 6: error banners can be closed and clear themselves when the problem is
    resolved; before, there was no close button and any model load wiped every message."""
    window = make_window(FakeEngine)
    window.show_error("Some settings were reset to their defaults.")  # a notice
    window.input.setPlainText("hello")
    window.send()
    assert "Choose a model first" in window.error_banner.text()
    with qtbot.waitSignal(window.loader.ready, timeout=TIMEOUT):
        window.loader.load(str(tiny_model))
    assert window.error_banner.text() == "Some settings were reset to their defaults."
    window.sampling = SamplingSettings(max_tokens=2)
    with qtbot.waitSignal(window.answer_finished, timeout=TIMEOUT):
        window.send()
    assert window.error_banner.text() == "Some settings were reset to their defaults."
    qtbot.mouseClick(close_buttons(window.error_banner)[0], Qt.MouseButton.LeftButton)
    assert window.error_banner.isHidden()


def test_the_models_page_shows_its_latest_problem_only(qtbot, make_window) -> None:
    window = make_window(FakeEngine)
    window.models_page.message.emit("Cannot connect to the Hub.")
    window.models_page.message.emit("The download stopped: the disk is full.")
    assert window.error_banner.text() == "The download stopped: the disk is full."
