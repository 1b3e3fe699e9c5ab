"""The chat's settings panel: this chat's system prompt and sampling values, stored in its record
and used for its next answer, apart from the Settings page's defaults for new chats."""

from __future__ import annotations

import dataclasses
from typing import ClassVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QWidget

from gpt4local.core.chats.store import ChatStore, chats_file
from gpt4local.core.inference.options import SamplingSettings
from gpt4local.core.settings import load_settings
from gpt4local.ui.chat.chat_settings.placement import MIN_CONVERSATION_EM, SHORTCUT
from gpt4local.ui.style.scale import em_pixels
from tests.ui.conftest import FakeEngine
from tests.ui.test_conversations import TIMEOUT, load, opened, settle

ANSWER_TOKENS = 3  # the answers' length: the sampling values the fake records carry it


class RecordingEngine(FakeEngine):
    """Notes the messages and sampling values of every request it streams."""

    asked: ClassVar[list[tuple[tuple, SamplingSettings]]] = []

    def stream(self, messages, sampling, cancel, continue_answer=False):
        RecordingEngine.asked.append((tuple(messages), sampling))
        yield from super().stream(messages, sampling, cancel, continue_answer)


class FallbackTemplateEngine(FakeEngine):
    def __init__(self, path, load, gguf) -> None:
        super().__init__(path, load, gguf)
        self.info = dataclasses.replace(self.info, template_origin="fallback:chatml")


def answers() -> list[tuple[tuple, SamplingSettings]]:
    """What the engine was asked for answers (not for titles, which have their own length)."""
    return [(m, s) for m, s in RecordingEngine.asked if s.max_tokens == ANSWER_TOKENS]


def record(conversation_id: int):
    """The chat as stored, read from the file afresh."""
    with ChatStore(chats_file()) as store:
        return store.get_conversation(conversation_id)


def saved_chat(title: str, temperature: float, system_prompt: str = "") -> int:
    settings = dataclasses.asdict(SamplingSettings(temperature=temperature,
                                                   max_tokens=ANSWER_TOKENS))  # fmt: skip
    with ChatStore(chats_file()) as store:
        conversation, _ = store.start_conversation(title, title, None, system_prompt, settings)
        store.add_message(conversation.id, "assistant", "an answer")
        return conversation.id


def show(qtbot, window, conversation_id: int) -> None:
    with qtbot.waitSignal(window.chat.session.opened, timeout=TIMEOUT):
        window.chat.open_conversation(conversation_id)


def send(qtbot, window, text: str) -> None:
    window.input.setPlainText(text)
    with qtbot.waitSignal(window.answer_finished, timeout=TIMEOUT):
        window.send()
    settle(qtbot, window)


@pytest.fixture
def window(qtbot, make_window, tiny_model):
    RecordingEngine.asked = []
    window = opened(qtbot, make_window(RecordingEngine))
    load(qtbot, window, tiny_model)
    window.chat.chat_area.set_panel_open(True)
    return window


@pytest.fixture
def two_chats(isolated_home):
    return saved_chat("first", 0.2, "Be brief."), saved_chat("second", 0.8, "Be kind.")


def panel(window):
    return window.chat.settings_panel


def field(window, key: str):
    return panel(window).form.editors[key]


# --- this chat's values ----------------------------------------------------------------------


def test_the_panel_changes_this_chats_temperature_and_no_other(qtbot, window, two_chats):
    first, second = two_chats
    show(qtbot, window, first)
    assert field(window, "temperature").value() == 0.2  # the chat's own, not the defaults'
    field(window, "temperature").setValue(1.3)
    settle(qtbot, window)
    assert record(first).settings["temperature"] == 1.3  # in the file, read afresh
    assert record(second).settings["temperature"] == 0.8
    send(qtbot, window, "hello")
    assert answers()[-1][1].temperature == 1.3  # and the engine's next answer uses it
    assert answers()[-1][1].max_tokens == ANSWER_TOKENS  # the chat's other values are kept

    show(qtbot, window, second)
    assert field(window, "temperature").value() == 0.8  # another chat shows its own
    send(qtbot, window, "and you?")
    assert answers()[-1][1].temperature == 0.8
    show(qtbot, window, first)
    assert field(window, "temperature").value() == 1.3


def test_each_chat_has_its_own_system_prompt(qtbot, window, two_chats):
    first, second = two_chats
    show(qtbot, window, first)
    assert panel(window).system_prompt.toPlainText() == "Be brief."
    panel(window).system_prompt.setPlainText("Answer like a pirate.")
    send(qtbot, window, "hello")
    messages, _ = answers()[-1]
    assert (messages[0].role, messages[0].content) == ("system", "Answer like a pirate.")
    assert record(first).system_prompt == "Answer like a pirate."
    assert record(second).system_prompt == "Be kind."
    show(qtbot, window, second)
    assert panel(window).system_prompt.toPlainText() == "Be kind."
    send(qtbot, window, "hello")
    assert answers()[-1][0][0].content == "Be kind."


def test_a_new_chat_keeps_what_was_set_for_its_first_message(qtbot, window, isolated_home):
    window.new_chat()
    assert window.chat.session.current is None
    field(window, "temperature").setValue(0.15)
    field(window, "max_tokens").setValue(ANSWER_TOKENS)
    panel(window).system_prompt.setPlainText("Answer in French.")
    send(qtbot, window, "hello")
    messages, sampling = answers()[-1]
    assert sampling.temperature == 0.15
    assert messages[0].content == "Answer in French."
    stored = record(window.chat.session.current_id)
    assert stored.settings["temperature"] == 0.15 and stored.system_prompt == "Answer in French."

    window.new_chat()  # the next new chat starts from the defaults again
    assert field(window, "temperature").value() == SamplingSettings().temperature
    assert panel(window).system_prompt.toPlainText() == ""


def test_a_change_made_while_the_first_message_is_saved_is_kept(qtbot, window, isolated_home):
    window.new_chat()
    field(window, "max_tokens").setValue(ANSWER_TOKENS)
    window.input.setPlainText("hello")
    with qtbot.waitSignal(window.answer_finished, timeout=TIMEOUT):
        window.send()  # the chat is created in the store's thread; its reply comes later
        assert window.chat.session.current is None
        field(window, "temperature").setValue(0.35)
    settle(qtbot, window)
    assert answers()[-1][1].temperature == 0.35
    assert record(window.chat.session.current_id).settings["temperature"] == 0.35


def test_a_refused_value_is_not_stored_and_stays_in_its_field(qtbot, window, two_chats):
    first, _ = two_chats
    show(qtbot, window, first)
    field(window, "top_p").setValue(0)  # the engine needs more than 0
    settle(qtbot, window)
    error = panel(window).error
    assert error.isVisibleTo(panel(window)) and "Top P" in error.text()
    assert "last accepted value" in error.text()
    assert field(window, "top_p").value() == 0  # what was typed is kept, to be corrected
    assert record(first).settings["top_p"] == SamplingSettings().top_p
    field(window, "temperature").setValue(0.6)  # nothing else is stored while one is refused
    settle(qtbot, window)
    assert record(first).settings["temperature"] == 0.2
    field(window, "top_p").setValue(0.5)
    settle(qtbot, window)
    assert not error.isVisibleTo(panel(window))
    assert (record(first).settings["top_p"], record(first).settings["temperature"]) == (0.5, 0.6)


def test_reset_gives_the_chat_its_models_defaults(qtbot, make_window, tiny_model, two_chats):
    RecordingEngine.asked = []
    overrides = {tiny_model.name: {"temperature": 0.45, "system_prompt": "Be exact."}}
    window = opened(qtbot, make_window(RecordingEngine, model_overrides=overrides))
    load(qtbot, window, tiny_model)
    first, _ = two_chats
    show(qtbot, window, first)
    panel(window).reset_button.click()
    settle(qtbot, window)
    assert field(window, "temperature").value() == 0.45
    assert panel(window).system_prompt.toPlainText() == "Be exact."
    assert (record(first).settings["temperature"], record(first).system_prompt) == (
        0.45, "Be exact.")  # fmt: skip


# --- the Settings page sets the defaults of new chats ----------------------------------------


def test_applying_settings_leaves_the_open_chat_and_sets_new_chats_defaults(
    qtbot, window, two_chats
):
    first, _ = two_chats
    show(qtbot, window, first)
    page = window.settings_page
    window.show_page("settings")
    page.generation.editors["temperature"].setValue(1.1)
    page.generation.editors["max_tokens"].setValue(ANSWER_TOKENS)
    page.apply()
    settle(qtbot, window)
    assert window.settings.generation.temperature == 1.1
    assert record(first).settings["temperature"] == 0.2  # the open chat keeps its own
    assert field(window, "temperature").value() == 0.2
    window.show_page("chats")
    send(qtbot, window, "still mine")
    assert answers()[-1][1].temperature == 0.2

    window.new_chat()
    assert field(window, "temperature").value() == 1.1  # a new chat starts from the defaults
    send(qtbot, window, "a new one")
    assert answers()[-1][1].temperature == 1.1
    assert record(window.chat.session.current_id).settings["temperature"] == 1.1


# --- what the model sets ----------------------------------------------------------------------


def test_the_context_and_template_are_the_models_with_a_way_to_change_them(
    qtbot, make_window, tiny_model
):
    window = opened(qtbot, make_window(FallbackTemplateEngine))
    assert "no model is loaded" in panel(window).context.text()
    assert not panel(window).model_settings_button.isEnabled()
    load(qtbot, window, tiny_model)
    assert "2,048 tokens" in panel(window).context.text()
    assert "loads the model again" in panel(window).context.text()
    assert panel(window).template_note.text() == (
        "This model has no usable chat template; using the chatml format.")  # fmt: skip
    panel(window).model_settings_button.click()
    assert window.current_page == "settings"
    page = window.settings_page
    assert page.tabs.currentWidget() is page.per_model
    assert page.per_model.picker.currentText() == tiny_model.name


# --- opening, closing, keyboard ---------------------------------------------------------------


def active(qtbot, window):
    """Shown, active, on the Chats page (a first scan that finds no model shows Models)."""
    qtbot.waitUntil(lambda: window._picker_filled_once, timeout=TIMEOUT)
    window.show_page("chats")
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # focus is only given within the active window
    return window


def press_shortcut(qtbot, window) -> None:
    focused = QApplication.focusWidget() or window
    qtbot.keyClick(
        focused,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )


def test_the_toggle_and_the_shortcut_open_and_close_it_and_it_is_remembered(
    qtbot, make_window, window
):
    chat = window.chat
    active(qtbot, window)
    chat.chat_area.set_panel_open(False)
    chat.settings_toggle.click()
    assert chat.chat_area.panel_open and chat.settings_toggle.isChecked()
    chat.settings_panel.close_button.click()
    assert not chat.chat_area.panel_open and not chat.settings_toggle.isChecked()

    chat.input.setFocus()
    press_shortcut(qtbot, window)
    assert chat.chat_area.panel_open
    assert chat.settings_panel.system_prompt.hasFocus()  # the keyboard goes with it
    press_shortcut(qtbot, window)
    assert not chat.chat_area.panel_open and chat.input.hasFocus()
    assert SHORTCUT in chat.settings_toggle.toolTip()

    window.show_page("models")
    press_shortcut(qtbot, window)  # only on the Chats page
    assert not chat.chat_area.panel_open
    window.show_page("chats")
    chat.settings_toggle.click()
    assert window.settings.chat_settings_open
    qtbot.waitUntil(lambda: load_settings()[0].chat_settings_open, timeout=TIMEOUT)
    again = make_window(RecordingEngine, chat_settings_open=True)
    assert again.chat.chat_area.panel_open and again.chat.settings_toggle.isChecked()


def test_every_control_of_the_panel_is_named_and_reached_by_tab(qtbot, window):
    active(qtbot, window)
    window.chat.chat_area.set_panel_open(True)  # (the focus going to the message closed it)
    panel_widget = panel(window)
    controls = [w for w in panel_widget.findChildren(QWidget)
                if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(panel_widget)
                and w.isEnabled() and not isinstance(w.parentWidget(), QAbstractSpinBox)
                ]  # a spin box's line edit is its own part: the box is named  # fmt: skip
    assert all(w.accessibleName() for w in controls), [w for w in controls
                                                       if not w.accessibleName()]  # fmt: skip
    assert window.chat.settings_toggle.accessibleName() == "Chat settings"
    panel_widget.close_button.setFocus(Qt.FocusReason.TabFocusReason)
    reached = set()
    for _ in range(len(controls) + 2):
        focused = QApplication.focusWidget()
        reached.add(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    # Spin boxes take the focus on their line edit's behalf.
    reached |= {w.parentWidget() for w in reached if w is not None}
    assert set(controls) <= reached, set(controls) - reached


def test_a_narrow_window_draws_the_panel_over_the_conversation_without_crushing_it(qtbot, window):
    area = window.chat.chat_area
    active(qtbot, window)
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: area.width() > 800, timeout=TIMEOUT)  # laid out at that size
    area.set_panel_open(True)  # (the test window started narrow: focus closed the drawer)
    assert area.panel_open and not area.overlaid  # beside the conversation
    assert area.conversation.width() + area.panel.width() == area.width()

    window.resize(900, 800)
    qtbot.waitUntil(lambda: area.overlaid, timeout=TIMEOUT)
    assert area.conversation.width() == area.width()  # not squeezed: the panel is over it
    assert area.conversation.width() >= em_pixels() * MIN_CONVERSATION_EM or (
        area.width() < em_pixels() * MIN_CONVERSATION_EM)  # fmt: skip
    toggle = window.chat.settings_toggle
    toggle_bottom = toggle.mapTo(area, toggle.rect().bottomLeft()).y()
    assert area.panel.y() > toggle_bottom  # the toggle stays in view, to close it
    area.panel.system_prompt.setFocus()
    assert area.panel_open
    window.chat.input.setFocus()  # back to the conversation: the drawer closes
    assert not area.panel_open
