"""The Settings page's Per model section as a user drives it: overrides and the chat-template
editor; offscreen, waiting on signals."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gpt4local.core.settings import GenerationSettings, Settings
from gpt4local.diagnostics.synthetic_model import CHATML_TEMPLATE

from .settings_page_helpers import (
    CUSTOM,
    choose_model,
    edit_template,
    press_apply,
    shown,
)

# --- Per model -------------------------------------------------------------------------------


def test_per_model_overrides_round_trip(qtbot, open_page):
    settings = Settings(
        generation=GenerationSettings(temperature=0.5),
        model_overrides={
            "tiny-chatml.gguf": {"temperature": 0.2, "context_length": 4096},
            "not-installed.gguf": {"top_k": 3},  # kept though the model is not listed
        },
    )
    page = open_page(settings)
    per_model = page.per_model
    form = per_model.form
    assert per_model.picker.currentText() == "tiny-chatml.gguf"
    assert form.checks["temperature"].isChecked() and form.editors["temperature"].isEnabled()
    assert form.editors["temperature"].value() == 0.2
    assert not form.checks["top_p"].isChecked() and not form.editors["top_p"].isEnabled()
    assert form.editors["top_p"].value() == 0.4  # unchecked rows show the default

    form.checks["context_length"].setChecked(False)
    assert form.editors["context_length"].value() == 2048  # back to the default
    form.checks["seed"].setChecked(True)
    form.editors["seed"].setValue(5)
    choose_model(qtbot, page, 1)
    assert form.overrides() == {}
    form.checks["max_tokens"].setChecked(True)
    form.editors["max_tokens"].setValue(100)
    choose_model(qtbot, page, 0)  # the first model's edits were kept while away
    assert form.overrides() == {"temperature": 0.2, "seed": 5}

    # A changed default shows in the rows this model does not override.
    page.generation.editors["top_p"].setValue(0.8)
    assert form.editors["top_p"].value() == 0.8
    assert press_apply(qtbot, page).model_overrides == {
        "tiny-chatml.gguf": {"temperature": 0.2, "seed": 5},
        "tiny-plain.gguf": {"max_tokens": 100},
        "not-installed.gguf": {"top_k": 3},
    }


def test_an_invalid_override_disables_apply(open_page):
    page = open_page()
    form = page.per_model.form
    form.checks["repeat_penalty"].setChecked(True)
    form.editors["repeat_penalty"].setValue(0)
    assert page.pending and not page.apply_button.isEnabled()
    assert "repeat penalty" in shown(page.per_model.error)
    assert "color" in form.labels["repeat_penalty"].styleSheet()
    form.checks["repeat_penalty"].setChecked(False)
    assert page.problems == {} and shown(page.per_model.error) == ""
    assert not page.pending  # back to the stored overrides: nothing to apply


def test_reset_a_model_to_the_defaults(qtbot, open_page):
    settings = Settings(
        model_overrides={"tiny-chatml.gguf": {"temperature": 0.2}},
        template_overrides={"tiny-chatml.gguf": CUSTOM},
    )
    page = open_page(settings)
    assert page.per_model.editor.source.toPlainText() == CUSTOM
    with qtbot.waitSignal(page.per_model.editor.preview_updated):
        qtbot.mouseClick(page.per_model.reset_button, Qt.MouseButton.LeftButton)
    result = page.result_settings()
    assert result.model_overrides == {} and result.template_overrides == {}


def test_no_models_installed(open_page):
    page = open_page(Settings(template_overrides={"gone.gguf": CUSTOM}), models=[])
    assert not page.per_model.picker.isEnabled()
    assert page.problems == {}
    assert page.result_settings().template_overrides == {"gone.gguf": CUSTOM}


# --- the chat template editor ----------------------------------------------------------------


def test_the_template_editor_shows_the_models_own_template_and_its_sample(open_page):
    editor = open_page().per_model.editor
    assert editor.source.toPlainText() == CHATML_TEMPLATE
    assert editor.source.isEnabled()
    assert editor.note.isHidden()
    assert editor.origin.text() == "The model's own template, from its file."
    assert editor.preview.toPlainText().startswith(
        "<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n<|im_start|>user\n"
    )
    assert editor.preview.toPlainText().endswith("<|im_start|>assistant\n")
    assert editor.override() is None and not editor.reset_button.isEnabled()


def test_a_valid_edit_renders_the_sample_and_is_kept(qtbot, open_page):
    page = open_page()
    editor = page.per_model.editor
    edit_template(qtbot, page, CUSTOM)
    assert editor.preview.toPlainText().startswith("<<system>>You are a helpful assistant.")
    assert shown(editor.error) == ""
    assert editor.origin.text().startswith("Custom template")
    assert editor.reset_button.isEnabled()
    assert press_apply(qtbot, page).template_overrides == {"tiny-chatml.gguf": CUSTOM}


def test_edits_are_rendered_once_typing_pauses(qtbot, open_page):
    page = open_page()
    renders = []
    page.per_model.editor.preview_updated.connect(lambda: renders.append(1))
    with qtbot.waitSignal(page.per_model.editor.preview_updated):
        for end in ("{{ 'a' }}", "{{ 'ab' }}", "{{ 'abc' }}"):
            page.per_model.editor.source.setPlainText(end)
    assert renders == [1]
    assert page.per_model.editor.preview.toPlainText() == "abc"


def test_an_invalid_template_shows_the_error_and_is_not_applied(qtbot, open_page):
    page = open_page()
    editor = page.per_model.editor
    edit_template(qtbot, page, "{% for m in messages %}{{ m.role }")
    assert "not valid" in shown(editor.error)
    assert editor.preview.toPlainText() == ""
    assert page.pending and not page.apply_button.isEnabled()
    assert shown(page.per_model.error) == ""  # shown once, under the template

    # Broken again and Apply pressed within the typing pause: it is checked then, and refused.
    edit_template(qtbot, page, CUSTOM)
    assert page.apply_button.isEnabled()
    editor.source.setPlainText("{{ messages[7].content.upper() }}")
    with qtbot.assertNotEmitted(page.applied), qtbot.waitSignal(editor.preview_updated,
                                                                 timeout=20_000):  # fmt: skip
        page.apply()
    assert "failed" in shown(editor.error) and not page.apply_button.isEnabled()

    # Still refused after looking at another model; named in the message there.
    choose_model(qtbot, page, 1)
    assert not page.apply_button.isEnabled()
    assert "tiny-chatml.gguf" in shown(page.per_model.error)


def test_reset_restores_the_models_own_template(qtbot, open_page):
    page = open_page(Settings(template_overrides={"tiny-chatml.gguf": CUSTOM}))
    editor = page.per_model.editor
    assert editor.source.toPlainText() == CUSTOM and editor.override() == CUSTOM
    with qtbot.waitSignal(editor.preview_updated):
        qtbot.mouseClick(editor.reset_button, Qt.MouseButton.LeftButton)
    assert editor.source.toPlainText() == CHATML_TEMPLATE
    assert editor.override() is None
    assert page.result_settings().template_overrides == {}


def test_a_model_without_a_template_gets_a_visible_note(qtbot, open_page):
    page = open_page()
    choose_model(qtbot, page, 1)
    editor = page.per_model.editor
    assert shown(editor.note) == (
        "This model has no chat template; gpt4local uses the plain format."
    )
    assert editor.origin.text() == "The fallback template gpt4local chose for this model."
    assert "### User:\nHello! Who are you?" in editor.preview.toPlainText()
    assert editor.override() is None
    edit_template(qtbot, page, CUSTOM)
    assert page.per_model.template_overrides() == {"tiny-plain.gguf": CUSTOM}


def test_an_unreadable_model_file_is_said_plainly(open_page, not_a_gguf):
    page = open_page(models=[not_a_gguf])
    editor = page.per_model.editor
    assert "could not be read" in shown(editor.note) and "not a GGUF" in shown(editor.note)
    assert editor.source.toPlainText() == "" and editor.source.isEnabled()
    assert page.problems == {}


def test_switching_models_quickly_shows_the_last_one_chosen(qtbot, open_page):
    page = open_page()
    editor = page.per_model.editor
    page.per_model.picker.setCurrentIndex(1)
    page.per_model.picker.setCurrentIndex(0)
    with qtbot.waitSignal(editor.model_read, timeout=10_000):
        page.per_model.picker.setCurrentIndex(1)
    assert not editor.note.isHidden()
    assert page.per_model.template_overrides() == {}
