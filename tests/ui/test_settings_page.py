"""The Settings page as a user drives it: General and Generation, the reload note; offscreen,
waiting on signals (theme: test_theme.py; per model and templates: test_settings_per_model.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gpt4local.core.settings import MAX_FONT_SIZE, MIN_FONT_SIZE, GenerationSettings, Settings
from gpt4local.ui.settings.page import GENERATION_TAB

from .conftest import FakeEngine
from .settings_page_helpers import (
    choose_model,
    press_apply,
    shown,
)

# --- General and Generation ------------------------------------------------------------------


def test_fields_show_the_current_values(open_page, tiny_model):
    settings = Settings(
        models_folder="/data/models",
        theme="dark",
        font_size=14,
        default_model=str(tiny_model),
        threads=3,
        context_length=4096,
        generation=GenerationSettings(system_prompt="Be kind.", temperature=0.25, seed=11),
    )
    page = open_page(settings)
    general, form = page.general, page.generation
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
    assert page.problems == {} and not page.pending
    assert not page.apply_button.isEnabled() and not page.revert_button.isEnabled()


def test_editing_and_applying_gives_new_settings_and_leaves_the_old_alone(qtbot, open_page):
    original = Settings(hf_token="hf_x", side_loaded_models=["/a.gguf"], last_conversation_id=4)
    page = open_page(original)
    page.general.choose_folder_with = lambda parent, start: "/picked/folder"
    qtbot.mouseClick(page.general.choose_button, Qt.MouseButton.LeftButton)
    page.general.theme.setCurrentIndex(page.general.theme.findData("light"))
    page.general.font_size.setValue(12)
    page.general.threads.setValue(2)
    form = page.generation
    form.editors["system_prompt"].setPlainText("Answer in French.")
    form.editors["temperature"].setValue(1.3)
    form.editors["top_k"].setValue(0)
    form.editors["max_tokens"].setValue(300)
    form.editors["context_length"].setValue(8192)
    form.editors["gpu_layers"].setValue(0)
    form.editors["seed"].setValue(42)
    result = press_apply(qtbot, page)
    assert result == page.result_settings()
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
    # What the page does not show is carried over, and the caller's object is not touched.
    assert (result.hf_token, result.side_loaded_models, result.last_conversation_id) == (
        "hf_x",
        ["/a.gguf"],
        4,
    )
    assert original == Settings(
        hf_token="hf_x", side_loaded_models=["/a.gguf"], last_conversation_id=4
    )


def test_a_cancelled_folder_choice_keeps_the_folder(qtbot, open_page):
    page = open_page(Settings(models_folder="/kept"))
    page.general.choose_folder_with = lambda parent, start: ""
    qtbot.mouseClick(page.general.choose_button, Qt.MouseButton.LeftButton)
    assert page.general.models_folder.text() == "/kept"


def test_an_invalid_value_disables_apply_and_says_why(qtbot, open_page):
    page = open_page()
    page.tabs.setCurrentIndex(GENERATION_TAB)
    page.generation.editors["top_p"].setValue(0)
    assert page.pending and not page.apply_button.isEnabled()
    assert shown(page.generation_error).startswith("Top P: ")
    assert "top_p must be more than 0 and at most 1" in shown(page.generation_error)
    assert "emperature" not in shown(page.generation_error)  # issue 10: only the bad one
    assert "color" in page.generation.labels["top_p"].styleSheet()
    with qtbot.assertNotEmitted(page.applied):
        page.apply()  # e.g. Enter pressed: still refused

    page.tabs.setCurrentIndex(0)  # the problem is now on a tab out of view
    assert "Generation tab" in shown(page.elsewhere)
    page.generation.editors["top_p"].setValue(0.9)
    assert page.apply_button.isEnabled()
    assert shown(page.generation_error) == "" and shown(page.elsewhere) == ""
    assert page.generation.labels["top_p"].styleSheet() == ""


def test_spin_boxes_keep_values_in_range(open_page):
    editors = open_page().generation.editors
    editors["max_tokens"].setValue(-5)
    editors["context_length"].setValue(10)
    editors["gpu_layers"].setValue(-7)
    assert editors["max_tokens"].value() == 0
    assert editors["max_tokens"].text() == "Until the context is full"
    assert editors["context_length"].value() == 64
    assert editors["gpu_layers"].value() == -1  # shown as "As many as fit"
    assert editors["gpu_layers"].text() == "As many as fit"


def test_the_answer_length_is_until_the_context_is_full_by_default(open_page):
    """Issue 10 §6: the default answer length (4,096) was larger than the default context
    (2,048), so long answers always ended "context full". The default now says so itself."""
    box = open_page().generation.editors["max_tokens"]
    assert box.value() == 0 and box.text() == "Until the context is full"
    box.stepUp()
    assert box.value() == 256  # a limit one click away, not 1 token


def test_the_font_size_steps_from_the_system_size_within_bounds(qtbot, open_page):
    """Issue 10 §6: "The font-size box goes from 'System default' to 1 pt with one click and
    accepts any size." Sizes are 8–32 pt; leaving "System default" starts from the system's."""
    box = open_page().general.font_size
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


def test_reset_to_defaults_per_tab(qtbot, open_page):
    settings = Settings(
        theme="dark",
        font_size=20,
        language="de",
        threads=5,
        models_folder="/x",
        context_length=512,
        prefill_while_typing=False,
        generation=GenerationSettings(temperature=2.0, system_prompt="Hi"),
    )
    page = open_page(settings)
    qtbot.mouseClick(page.general.reset_button, Qt.MouseButton.LeftButton)
    assert page.general.values() == {
        "models_folder": "",
        "theme": "system",
        "font_size": 0,
        "language": "",
        "default_model": "",
        "threads": 0,
        "prefill_while_typing": True,
    }
    assert page.generation.editors["temperature"].value() == 2.0  # other tabs untouched
    qtbot.mouseClick(page.generation_reset, Qt.MouseButton.LeftButton)
    result = page.result_settings()
    assert result.generation == GenerationSettings()
    assert result.context_length == Settings().context_length


def test_the_reload_note_appears_only_when_a_load_setting_of_the_loaded_model_changes(
    qtbot, open_page, tiny_model
):
    """Issue 10 §6: the "Saved. Context, batch…" notice must appear only when such a setting
    changed. It says so in the page, as soon as one does, for the model in memory."""
    page = open_page(loaded_model=str(tiny_model))
    page.show()
    note = page.reload_note
    editors = page.generation.editors
    editors["temperature"].setValue(1.1)
    editors["max_tokens"].setValue(512)
    assert note.isHidden()  # these apply from the next answer
    editors["context_length"].setValue(4096)
    assert shown(note).startswith("The new context length applies when tiny-chatml is loaded")
    editors["context_length"].setValue(2048)
    assert note.isHidden()  # back to what it was loaded with

    page.tabs.setCurrentIndex(2)
    choose_model(qtbot, page, 1)  # another model's override: nothing to load again
    page.per_model.form.checks["context_length"].setChecked(True)
    page.per_model.form.editors["context_length"].setValue(1024)
    assert note.isHidden()
    choose_model(qtbot, page, 0)
    page.per_model.form.checks["kv_cache_type"].setChecked(True)
    page.per_model.form.editors["kv_cache_type"].setCurrentIndex(1)
    page.general.threads.setValue(2)
    assert shown(note).startswith("The new KV cache and CPU threads apply when tiny-chatml")


def test_no_reload_note_without_a_loaded_model(open_page):
    page = open_page()
    page.show()
    page.generation.editors["context_length"].setValue(4096)
    assert page.reload_note.isHidden()


def test_the_reload_note_is_never_cut_off(qtbot, open_page, tiny_model):
    page = open_page(loaded_model=str(tiny_model))
    page.show()
    editors = page.generation.editors
    editors["context_length"].setValue(4096)
    editors["batch_size"].setValue(256)
    editors["gpu_layers"].setValue(3)
    page.general.threads.setValue(2)
    smallest = page.minimumSizeHint()
    page.resize(smallest)
    qtbot.waitUntil(lambda: page.size() == smallest)
    note = page.reload_note
    assert note.heightForWidth(note.width()) > note.fontMetrics().height()  # it wraps
    assert note.height() >= note.heightForWidth(note.width())  # and every line shows


def test_applying_settings_that_apply_at_once_says_nothing_about_loading(
    qtbot, make_window, tiny_model
):
    window = make_window(FakeEngine)
    with qtbot.waitSignal(window.loader.ready, timeout=20_000):
        window.loader.add_model_file(str(tiny_model))
    window.show_page("settings")
    page = window.settings_page
    page.generation.editors["temperature"].setValue(1.1)
    assert page.reload_note.isHidden()
    page.apply_button.click()
    assert window.settings.generation.temperature == 1.1
    assert "Context" not in window.statusBar().currentMessage()
