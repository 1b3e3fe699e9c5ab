"""Hostile chat templates in the window (issue 10, section 2).

Reproduction from the issue: with ``{% for i in range(100000) %}{% for j in range(100000) %}
{% endfor %}{% endfor %}`` as a GGUF's template, Stop did nothing, the next load stayed
"Loading…" forever, and closing the window crashed with "QThread: Destroyed while thread 'engine'
is still running" (exit 134); the template editor rendered on the GUI thread, so the same
templates froze the window for 55+ s.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QThreadPool, QTimer

from gpt4local.core.inference.options import SamplingSettings
from gpt4local.core.settings import Settings
from gpt4local.core.templates import limits as template_limits
from gpt4local.core.templates import time_limit
from gpt4local.core.templates.chat_template import family_named
from gpt4local.diagnostics.synthetic_model import write_model
from gpt4local.ui.settings.page import SettingsPage
from gpt4local.ui.settings.template_editor import TemplateEditor

TIMEOUT = 20_000
NESTED_LOOPS = "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"
CUSTOM = "{% for m in messages %}<<{{ m.role }}>>{{ m.content }}{% endfor %}"


@pytest.fixture
def long_deadline(monkeypatch):
    """A render that only its deadline could end would take a minute: longer than any wait
    here, so what ends it in these tests is what the test is about (Stop, a newer edit)."""
    monkeypatch.setattr(template_limits, "RENDER_SECONDS", 60)


@pytest.fixture(scope="module")
def hostile_models(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile-ui")
    spins_on_request = (
        "{% if 'spin' in messages[-1].content %}" + NESTED_LOOPS + "{% endif %}"
        + family_named("chatml").source
    )  # fmt: skip
    return {
        "nested-loops": write_model(folder / "nested-loops.gguf", chat_template=NESTED_LOOPS),
        "spins": write_model(folder / "spins-on-request.gguf", chat_template=spins_on_request),
    }


# --- the template editor ---------------------------------------------------------------------


@pytest.fixture
def editor(qtbot, tiny_model):
    editor = TemplateEditor()
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.model_read, timeout=TIMEOUT):
        editor.show_model(str(tiny_model), None)
    return editor


def test_the_editor_stays_responsive_and_a_newer_edit_stops_the_hostile_rendering(
    qtbot, editor, long_deadline
):
    editor.source.setPlainText(NESTED_LOOPS)
    editor.flush()
    assert editor.checking()  # the rendering runs in the background: flush returned at once
    ticked = []
    QTimer.singleShot(0, lambda: ticked.append(editor.checking()))
    qtbot.waitUntil(lambda: bool(ticked), timeout=TIMEOUT)
    assert ticked == [True]  # the event loop ran while the template was still rendering

    with qtbot.waitSignal(editor.preview_updated, timeout=TIMEOUT):
        editor.source.setPlainText(CUSTOM)
        editor.flush()
    assert editor.preview.toPlainText().startswith("<<system>>You are a helpful assistant.")
    assert editor.problem() is None
    # The hostile rendering was stopped, not left to run its minute in the pool.
    assert QThreadPool.globalInstance().waitForDone(TIMEOUT)


def test_the_editor_says_why_a_hostile_template_is_refused(qtbot, editor):
    with qtbot.waitSignal(editor.preview_updated, timeout=TIMEOUT):
        editor.source.setPlainText(NESTED_LOOPS)
        editor.flush()
    assert (
        editor.problem()
        == "The chat template (custom) was stopped: it ran for more than 2 seconds."
    )
    assert editor.preview.toPlainText() == ""


def test_the_editor_shows_the_format_used_instead_of_a_hostile_models_own(qtbot, hostile_models):
    editor = TemplateEditor()
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.model_read, timeout=TIMEOUT):
        editor.show_model(str(hostile_models["nested-loops"]), None)
    assert editor.note.text() == (
        "This model's chat template was refused: it ran for more than 2 seconds. "
        "gpt4local uses the chatml format instead."
    )
    assert editor.source.toPlainText() == family_named("chatml").source
    assert editor.preview.toPlainText().startswith("<|im_start|>system\n")
    assert editor.override() is None and editor.problem() is None


def test_apply_pressed_while_the_template_is_checked_is_answered_by_the_check(qtbot, tiny_model):
    page = SettingsPage(Settings(), [str(tiny_model)])
    qtbot.addWidget(page)
    editor = page.per_model.editor
    with qtbot.waitSignal(editor.model_read, timeout=TIMEOUT):
        pass
    page.show()
    editor.source.setPlainText(CUSTOM)  # and Apply at once, within the pause in typing
    with qtbot.waitSignal(page.applied, timeout=TIMEOUT) as applied:
        page.apply()
    assert applied.args[0].template_overrides == {"tiny-chatml.gguf": CUSTOM}


# --- the window, with llama.cpp --------------------------------------------------------------


def test_a_hostile_model_loads_with_a_fallback_and_says_why(qtbot, make_window, hostile_models):
    window = make_window()
    window.sampling = SamplingSettings(max_tokens=8, seed=1)
    with qtbot.waitSignal(window.loader.ready, timeout=TIMEOUT) as ready:
        window.loader.add_model_file(str(hostile_models["nested-loops"]))
    assert ready.args[0].template_origin == "fallback:chatml"
    assert "chat template was refused: it ran for more than 2 seconds" in (
        window.error_banner.text()
    )
    window.input.setPlainText("hello")
    with qtbot.waitSignal(window.answer_finished, timeout=TIMEOUT) as finished:
        window.send()
    assert finished.args[0].completion_tokens > 0


def test_stop_load_and_close_work_while_a_template_spins(
    qtbot, make_window, hostile_models, tiny_model, long_deadline
):
    window = make_window(prefill_while_typing=False)  # only Send renders here
    with qtbot.waitSignal(window.loader.ready, timeout=TIMEOUT):
        window.loader.add_model_file(str(hostile_models["spins"]))

    def send_and_wait_for_the_spin() -> None:
        window.input.setPlainText("spin")
        window.send()
        qtbot.waitUntil(lambda: bool(time_limit._watchdog._watches), timeout=TIMEOUT)

    send_and_wait_for_the_spin()
    with qtbot.waitSignal(window.answer_finished, timeout=TIMEOUT) as finished:
        window.stop()
    assert finished.args[0].stop_reason == "cancelled"
    assert window.input.toPlainText() == "spin"  # as any Stop before the first word
    assert window.error_banner.isHidden()

    send_and_wait_for_the_spin()  # choosing the next model stops it, and the load goes ahead
    with qtbot.waitSignal(window.loader.ready, timeout=TIMEOUT) as ready:
        window.loader.add_model_file(str(tiny_model))
    assert ready.args[0].path == tiny_model

    with qtbot.waitSignal(window.loader.ready, timeout=TIMEOUT):
        window.loader.add_model_file(str(hostile_models["spins"]))
    send_and_wait_for_the_spin()  # and closing the window ends it too
    window.close()
    assert not window.engine.service.running
