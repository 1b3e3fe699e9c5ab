"""The settings dialog as a user drives it; offscreen, waiting on signals (theme: test_theme.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from gpt4local.core.settings import MAX_FONT_SIZE, MIN_FONT_SIZE, GenerationSettings, Settings
from gpt4local.diagnostics.synthetic_model import CHATML_TEMPLATE
from gpt4local.ui.settings.dialog import SettingsDialog

from .conftest import FakeEngine

CUSTOM = "{% for m in messages %}<<{{ m.role }}>>{{ m.content }}{% endfor %}"


@pytest.fixture
def open_dialog(qtbot, tiny_model, untemplated_model):
    """A dialog over two synthetic models; it returns once the first model's template is read."""

    def open_(
        settings: Settings | None = None, models: list | None = None, loaded_model: str = ""
    ) -> SettingsDialog:
        chosen = [tiny_model, untemplated_model] if models is None else models
        dialog = SettingsDialog(settings or Settings(), [str(m) for m in chosen], None,
                                loaded_model)  # fmt: skip
        qtbot.addWidget(dialog)
        if chosen:
            # The result is queued to the GUI thread, so it cannot arrive before this waits.
            with qtbot.waitSignal(dialog.per_model.editor.model_read, timeout=10_000):
                pass
        return dialog

    return open_


def choose_model(qtbot, dialog: SettingsDialog, index: int) -> None:
    with qtbot.waitSignal(dialog.per_model.editor.model_read, timeout=10_000):
        dialog.per_model.picker.setCurrentIndex(index)


def edit_template(qtbot, dialog: SettingsDialog, text: str) -> None:
    with qtbot.waitSignal(dialog.per_model.editor.preview_updated, timeout=5_000):
        dialog.per_model.editor.source.setPlainText(text)


def shown(label: QLabel) -> str:
    return "" if label.isHidden() else label.text()


def press_ok(qtbot, dialog: SettingsDialog) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


# --- General and Generation ------------------------------------------------------------------


def test_fields_show_the_current_values(open_dialog, tiny_model):
    settings = Settings(
        models_folder="/data/models",
        theme="dark",
        font_size=14,
        default_model=str(tiny_model),
        threads=3,
        context_length=4096,
        generation=GenerationSettings(system_prompt="Be kind.", temperature=0.25, seed=11),
    )
    dialog = open_dialog(settings)
    general, form = dialog.general, dialog.generation
    assert general.models_folder.text() == "/data/models"
    assert general.theme.currentData() == "dark"
    assert general.font_size.value() == 14
    assert general.default_model.currentText() == "tiny-chatml.gguf"
    assert general.threads.value() == 3
    assert form.editors["system_prompt"].toPlainText() == "Be kind."
    assert form.editors["temperature"].value() == 0.25
    assert form.editors["context_length"].value() == 4096
    assert form.editors["seed"].value() == 11
    assert form.values() == {
        **GenerationSettings(system_prompt="Be kind.", temperature=0.25, seed=11).__dict__,
        "context_length": 4096,
    }
    assert dialog.ok_button.isEnabled() and dialog.problems == {}


def test_editing_and_accepting_gives_new_settings_and_leaves_the_old_alone(qtbot, open_dialog):
    original = Settings(hf_token="hf_x", side_loaded_models=["/a.gguf"], last_conversation_id=4)
    dialog = open_dialog(original)
    dialog.general.choose_folder_with = lambda parent, start: "/picked/folder"
    qtbot.mouseClick(dialog.general.choose_button, Qt.MouseButton.LeftButton)
    dialog.general.theme.setCurrentIndex(dialog.general.theme.findData("light"))
    dialog.general.font_size.setValue(12)
    dialog.general.threads.setValue(2)
    form = dialog.generation
    form.editors["system_prompt"].setPlainText("Answer in French.")
    form.editors["temperature"].setValue(1.3)
    form.editors["top_k"].setValue(0)
    form.editors["max_tokens"].setValue(300)
    form.editors["context_length"].setValue(8192)
    form.editors["gpu_layers"].setValue(0)
    form.editors["seed"].setValue(42)
    with qtbot.waitSignal(dialog.accepted):
        press_ok(qtbot, dialog)
    result = dialog.result_settings()
    assert result.models_folder == "/picked/folder"
    assert (result.theme, result.font_size, result.threads) == ("light", 12, 2)
    assert result.context_length == 8192
    assert result.generation == GenerationSettings(
        system_prompt="Answer in French.",
        temperature=1.3,
        top_k=0,
        max_tokens=300,
        gpu_layers=0,
        seed=42,
    )
    # What the dialog does not show is carried over, and the caller's object is not touched.
    assert (result.hf_token, result.side_loaded_models, result.last_conversation_id) == (
        "hf_x",
        ["/a.gguf"],
        4,
    )
    assert original == Settings(
        hf_token="hf_x", side_loaded_models=["/a.gguf"], last_conversation_id=4
    )


def test_a_cancelled_folder_choice_keeps_the_folder(qtbot, open_dialog):
    dialog = open_dialog(Settings(models_folder="/kept"))
    dialog.general.choose_folder_with = lambda parent, start: ""
    qtbot.mouseClick(dialog.general.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.general.models_folder.text() == "/kept"


def test_an_invalid_value_disables_ok_and_says_why(qtbot, open_dialog):
    dialog = open_dialog()
    dialog.tabs.setCurrentIndex(1)
    dialog.generation.editors["top_p"].setValue(0)
    assert not dialog.ok_button.isEnabled()
    assert shown(dialog.generation_error).startswith("Top P: ")
    assert "top_p must be more than 0 and at most 1" in shown(dialog.generation_error)
    assert "emperature" not in shown(dialog.generation_error)  # issue 10: only the bad one
    assert "color" in dialog.generation.labels["top_p"].styleSheet()
    dialog.accept()  # e.g. Enter pressed: still refused
    assert dialog.result() != QDialog.DialogCode.Accepted

    dialog.tabs.setCurrentIndex(0)  # the problem is now on a tab out of view
    assert "Generation tab" in shown(dialog.elsewhere)
    dialog.generation.editors["top_p"].setValue(0.9)
    assert dialog.ok_button.isEnabled()
    assert shown(dialog.generation_error) == "" and shown(dialog.elsewhere) == ""
    assert dialog.generation.labels["top_p"].styleSheet() == ""


def test_spin_boxes_keep_values_in_range(open_dialog):
    editors = open_dialog().generation.editors
    editors["max_tokens"].setValue(-5)
    editors["context_length"].setValue(10)
    editors["gpu_layers"].setValue(-7)
    assert editors["max_tokens"].value() == 0
    assert editors["max_tokens"].text() == "Until the context is full"
    assert editors["context_length"].value() == 64
    assert editors["gpu_layers"].value() == -1  # shown as "As many as fit"
    assert editors["gpu_layers"].text() == "As many as fit"


def test_the_answer_length_is_until_the_context_is_full_by_default(open_dialog):
    """Issue 10 §6: the default answer length (4,096) was larger than the default context
    (2,048), so long answers always ended "context full". The default now says so itself."""
    box = open_dialog().generation.editors["max_tokens"]
    assert box.value() == 0 and box.text() == "Until the context is full"
    box.stepUp()
    assert box.value() == 256  # a limit one click away, not 1 token


def test_the_font_size_steps_from_the_system_size_within_bounds(qtbot, open_dialog):
    """Issue 10 §6: "The font-size box goes from 'System default' to 1 pt with one click and
    accepts any size." Sizes are 8–32 pt; leaving "System default" starts from the system's."""
    box = open_dialog().general.font_size
    system = box.system_size
    assert box.value() == 0 and box.text() == f"System default ({system} pt)"
    box.stepUp()  # one click on the arrow
    assert box.value() == min(max(system + 1, MIN_FONT_SIZE), MAX_FONT_SIZE)
    box.setValue(0)
    box.stepDown()
    assert box.value() == min(max(system - 1, MIN_FONT_SIZE), MAX_FONT_SIZE)
    box.setValue(MIN_FONT_SIZE)
    box.stepDown()  # below the smallest size is the system's again
    assert box.value() == 0
    box.setValue(MAX_FONT_SIZE)
    box.stepUp()
    assert box.value() == MAX_FONT_SIZE
    for typed, kept in (("3", MIN_FONT_SIZE), ("99", 9), ("14", 14)):
        box.lineEdit().selectAll()
        qtbot.keyClicks(box, typed)
        qtbot.keyClick(box, Qt.Key.Key_Return)
        assert box.value() == kept  # "99": the second 9 is refused as it is typed


def test_reset_to_defaults_per_tab(qtbot, open_dialog):
    settings = Settings(
        theme="dark",
        font_size=20,
        threads=5,
        models_folder="/x",
        context_length=512,
        prefill_while_typing=False,
        generation=GenerationSettings(temperature=2.0, system_prompt="Hi"),
    )
    dialog = open_dialog(settings)
    qtbot.mouseClick(dialog.general.reset_button, Qt.MouseButton.LeftButton)
    assert dialog.general.values() == {
        "models_folder": "",
        "theme": "system",
        "font_size": 0,
        "default_model": "",
        "threads": 0,
        "prefill_while_typing": True,
    }
    assert dialog.generation.editors["temperature"].value() == 2.0  # other tabs untouched
    qtbot.mouseClick(dialog.generation_reset, Qt.MouseButton.LeftButton)
    result = dialog.result_settings()
    assert result.generation == GenerationSettings()
    assert result.context_length == Settings().context_length


def test_the_reload_note_appears_only_when_a_load_setting_of_the_loaded_model_changes(
    qtbot, open_dialog, tiny_model
):
    """Issue 10 §6: the "Saved. Context, batch…" notice must appear only when such a setting
    changed. It says so in the dialog, as soon as one does, for the model in memory."""
    dialog = open_dialog(loaded_model=str(tiny_model))
    dialog.show()
    note = dialog.reload_note
    editors = dialog.generation.editors
    editors["temperature"].setValue(1.1)
    editors["max_tokens"].setValue(512)
    assert note.isHidden()  # these apply from the next answer
    editors["context_length"].setValue(4096)
    assert shown(note).startswith("The new context length applies when tiny-chatml is loaded")
    editors["context_length"].setValue(2048)
    assert note.isHidden()  # back to what it was loaded with

    dialog.tabs.setCurrentIndex(2)
    choose_model(qtbot, dialog, 1)  # another model's override: nothing to load again
    dialog.per_model.form.checks["context_length"].setChecked(True)
    dialog.per_model.form.editors["context_length"].setValue(1024)
    assert note.isHidden()
    choose_model(qtbot, dialog, 0)
    dialog.per_model.form.checks["kv_cache_type"].setChecked(True)
    dialog.per_model.form.editors["kv_cache_type"].setCurrentIndex(1)
    dialog.general.threads.setValue(2)
    assert shown(note).startswith("The new KV cache and CPU threads apply when tiny-chatml")


def test_no_reload_note_without_a_loaded_model(open_dialog):
    dialog = open_dialog()
    dialog.show()
    dialog.generation.editors["context_length"].setValue(4096)
    assert dialog.reload_note.isHidden()


def test_the_reload_note_is_never_cut_off(qtbot, open_dialog, tiny_model):
    dialog = open_dialog(loaded_model=str(tiny_model))
    dialog.show()
    editors = dialog.generation.editors
    editors["context_length"].setValue(4096)
    editors["batch_size"].setValue(256)
    editors["gpu_layers"].setValue(3)
    dialog.general.threads.setValue(2)
    smallest = dialog.minimumSizeHint()
    dialog.resize(smallest)
    qtbot.waitUntil(lambda: dialog.size() == smallest)
    note = dialog.reload_note
    assert note.heightForWidth(note.width()) > note.fontMetrics().height()  # it wraps
    assert note.height() >= note.heightForWidth(note.width())  # and every line shows


def test_accepting_settings_that_apply_at_once_says_nothing_about_loading(
    qtbot, make_window, tiny_model
):
    window = make_window(FakeEngine)
    with qtbot.waitSignal(window.loader.ready, timeout=20_000):
        window.loader.add_model_file(str(tiny_model))
    window.menus.open_settings()
    window.menus.settings_dialog.generation.editors["temperature"].setValue(1.1)
    assert window.menus.settings_dialog.reload_note.isHidden()
    window.menus.settings_dialog.ok_button.click()
    assert window.settings.generation.temperature == 1.1
    assert "Context" not in window.statusBar().currentMessage()


# --- Per model -------------------------------------------------------------------------------


def test_per_model_overrides_round_trip(qtbot, open_dialog):
    settings = Settings(
        generation=GenerationSettings(temperature=0.5),
        model_overrides={
            "tiny-chatml.gguf": {"temperature": 0.2, "context_length": 4096},
            "not-installed.gguf": {"top_k": 3},  # kept though the model is not listed
        },
    )
    dialog = open_dialog(settings)
    page = dialog.per_model
    form = page.form
    assert page.picker.currentText() == "tiny-chatml.gguf"
    assert form.checks["temperature"].isChecked() and form.editors["temperature"].isEnabled()
    assert form.editors["temperature"].value() == 0.2
    assert not form.checks["top_p"].isChecked() and not form.editors["top_p"].isEnabled()
    assert form.editors["top_p"].value() == 0.4  # unchecked rows show the default

    form.checks["context_length"].setChecked(False)
    assert form.editors["context_length"].value() == 2048  # back to the default
    form.checks["seed"].setChecked(True)
    form.editors["seed"].setValue(5)
    choose_model(qtbot, dialog, 1)
    assert form.overrides() == {}
    form.checks["max_tokens"].setChecked(True)
    form.editors["max_tokens"].setValue(100)
    choose_model(qtbot, dialog, 0)  # the first model's edits were kept while away
    assert form.overrides() == {"temperature": 0.2, "seed": 5}

    # A changed default shows in the rows this model does not override.
    dialog.generation.editors["top_p"].setValue(0.8)
    assert form.editors["top_p"].value() == 0.8
    press_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_settings().model_overrides == {
        "tiny-chatml.gguf": {"temperature": 0.2, "seed": 5},
        "tiny-plain.gguf": {"max_tokens": 100},
        "not-installed.gguf": {"top_k": 3},
    }


def test_an_invalid_override_disables_ok(open_dialog):
    dialog = open_dialog()
    form = dialog.per_model.form
    form.checks["repeat_penalty"].setChecked(True)
    form.editors["repeat_penalty"].setValue(0)
    assert not dialog.ok_button.isEnabled()
    assert "repeat penalty" in shown(dialog.per_model.error)
    assert "color" in form.labels["repeat_penalty"].styleSheet()
    form.checks["repeat_penalty"].setChecked(False)
    assert dialog.ok_button.isEnabled() and shown(dialog.per_model.error) == ""


def test_reset_a_model_to_the_defaults(qtbot, open_dialog):
    settings = Settings(
        model_overrides={"tiny-chatml.gguf": {"temperature": 0.2}},
        template_overrides={"tiny-chatml.gguf": CUSTOM},
    )
    dialog = open_dialog(settings)
    assert dialog.per_model.editor.source.toPlainText() == CUSTOM
    with qtbot.waitSignal(dialog.per_model.editor.preview_updated):
        qtbot.mouseClick(dialog.per_model.reset_button, Qt.MouseButton.LeftButton)
    result = dialog.result_settings()
    assert result.model_overrides == {} and result.template_overrides == {}


def test_no_models_installed(open_dialog):
    dialog = open_dialog(Settings(template_overrides={"gone.gguf": CUSTOM}), models=[])
    assert not dialog.per_model.picker.isEnabled()
    assert dialog.ok_button.isEnabled()
    assert dialog.result_settings().template_overrides == {"gone.gguf": CUSTOM}


# --- the chat template editor ----------------------------------------------------------------


def test_the_template_editor_shows_the_models_own_template_and_its_sample(open_dialog):
    editor = open_dialog().per_model.editor
    assert editor.source.toPlainText() == CHATML_TEMPLATE
    assert editor.source.isEnabled()
    assert editor.note.isHidden()
    assert editor.origin.text() == "The model's own template, from its file."
    assert editor.preview.toPlainText().startswith(
        "<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n<|im_start|>user\n"
    )
    assert editor.preview.toPlainText().endswith("<|im_start|>assistant\n")
    assert editor.override() is None and not editor.reset_button.isEnabled()


def test_a_valid_edit_renders_the_sample_and_is_kept(qtbot, open_dialog):
    dialog = open_dialog()
    editor = dialog.per_model.editor
    edit_template(qtbot, dialog, CUSTOM)
    assert editor.preview.toPlainText().startswith("<<system>>You are a helpful assistant.")
    assert shown(editor.error) == ""
    assert editor.origin.text().startswith("Custom template")
    assert editor.reset_button.isEnabled()
    press_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_settings().template_overrides == {"tiny-chatml.gguf": CUSTOM}


def test_edits_are_rendered_once_typing_pauses(qtbot, open_dialog):
    dialog = open_dialog()
    renders = []
    dialog.per_model.editor.preview_updated.connect(lambda: renders.append(1))
    with qtbot.waitSignal(dialog.per_model.editor.preview_updated):
        for end in ("{{ 'a' }}", "{{ 'ab' }}", "{{ 'abc' }}"):
            dialog.per_model.editor.source.setPlainText(end)
    assert renders == [1]
    assert dialog.per_model.editor.preview.toPlainText() == "abc"


def test_an_invalid_template_shows_the_error_and_is_not_accepted(qtbot, open_dialog):
    dialog = open_dialog()
    editor = dialog.per_model.editor
    edit_template(qtbot, dialog, "{% for m in messages %}{{ m.role }")
    assert "not valid" in shown(editor.error)
    assert editor.preview.toPlainText() == ""
    assert not dialog.ok_button.isEnabled()
    assert shown(dialog.per_model.error) == ""  # shown once, under the template

    # Broken again and OK pressed within the typing pause: it is checked then, and refused.
    edit_template(qtbot, dialog, CUSTOM)
    assert dialog.ok_button.isEnabled()
    editor.source.setPlainText("{{ messages[7].content.upper() }}")
    with qtbot.waitSignal(editor.preview_updated, timeout=20_000):
        dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "failed" in shown(editor.error) and not dialog.ok_button.isEnabled()

    # Still refused after looking at another model; named in the message there.
    choose_model(qtbot, dialog, 1)
    assert not dialog.ok_button.isEnabled()
    assert "tiny-chatml.gguf" in shown(dialog.per_model.error)


def test_reset_restores_the_models_own_template(qtbot, open_dialog):
    dialog = open_dialog(Settings(template_overrides={"tiny-chatml.gguf": CUSTOM}))
    editor = dialog.per_model.editor
    assert editor.source.toPlainText() == CUSTOM and editor.override() == CUSTOM
    with qtbot.waitSignal(editor.preview_updated):
        qtbot.mouseClick(editor.reset_button, Qt.MouseButton.LeftButton)
    assert editor.source.toPlainText() == CHATML_TEMPLATE
    assert editor.override() is None
    assert dialog.result_settings().template_overrides == {}


def test_a_model_without_a_template_gets_a_visible_note(qtbot, open_dialog):
    dialog = open_dialog()
    choose_model(qtbot, dialog, 1)
    editor = dialog.per_model.editor
    assert shown(editor.note) == (
        "This model has no chat template; gpt4local uses the plain format."
    )
    assert editor.origin.text() == "The fallback template gpt4local chose for this model."
    assert "### User:\nHello! Who are you?" in editor.preview.toPlainText()
    assert editor.override() is None
    edit_template(qtbot, dialog, CUSTOM)
    assert dialog.per_model.template_overrides() == {"tiny-plain.gguf": CUSTOM}


def test_an_unreadable_model_file_is_said_plainly(open_dialog, not_a_gguf):
    dialog = open_dialog(models=[not_a_gguf])
    editor = dialog.per_model.editor
    assert "could not be read" in shown(editor.note) and "not a GGUF" in shown(editor.note)
    assert editor.source.toPlainText() == "" and editor.source.isEnabled()
    assert dialog.ok_button.isEnabled()


def test_switching_models_quickly_shows_the_last_one_chosen(qtbot, open_dialog):
    dialog = open_dialog()
    editor = dialog.per_model.editor
    dialog.per_model.picker.setCurrentIndex(1)
    dialog.per_model.picker.setCurrentIndex(0)
    with qtbot.waitSignal(editor.model_read, timeout=10_000):
        dialog.per_model.picker.setCurrentIndex(1)
    assert not editor.note.isHidden()
    assert dialog.per_model.template_overrides() == {}
