import pytest

from gpt4local.core.errors import ChatTemplateError, ModelFileError
from gpt4local.core.messages import Message
from gpt4local.core.templates.chat_template import (
    SAMPLE_CONVERSATION,
    ChatTemplate,
    choose_template,
    family_named,
    render_sample,
    template_of_file,
)
from gpt4local.diagnostics.synthetic_model import write_model

CONVERSATION = [
    Message("system", "Be brief."),
    Message("user", "Hi"),
    Message("assistant", "Hello!"),
    Message("user", "Bye"),
]


def test_gguf_template_is_used_when_present():
    template = choose_template(
        "{% for m in messages %}[{{ m['role'] }}]{{ m.content }}{% endfor %}",
        bos_token="<s>",
        eos_token="</s>",
        is_special_token=lambda _: True,
    )
    assert template.origin == "gguf"
    assert template.render(CONVERSATION) == "[system]Be brief.[user]Hi[assistant]Hello![user]Bye"
    assert "</s>" in template.stop_strings


@pytest.mark.parametrize(
    ("marker", "family", "expected_start"),
    [
        ("<|im_start|>", "chatml", "<|im_start|>system\nBe brief.<|im_end|>"),
        ("<|start_header_id|>", "llama3", "<s><|start_header_id|>system<|end_header_id|>"),
        ("<start_of_turn>", "gemma", "<s><start_of_turn>user\nBe brief.\n\nHi<end_of_turn>"),
        ("[INST]", "mistral", "<s>[INST] Be brief.\n\nHi [/INST]Hello!</s>"),
    ],
)
def test_fallback_follows_the_vocabulary(marker, family, expected_start):
    template = choose_template(
        None, bos_token="<s>", eos_token="</s>", is_special_token=lambda t: t == marker
    )
    assert template.origin == f"fallback:{family}"
    assert template.render(CONVERSATION).startswith(expected_start)


def test_plain_fallback_for_base_models_ends_with_the_answer_cue():
    template = choose_template(None, bos_token="", eos_token="", is_special_token=lambda _: False)
    assert template.origin == "fallback:plain"
    rendered = template.render(CONVERSATION)
    assert rendered.endswith("### User:\nBye\n\n### Assistant:\n")
    assert "### User:" in template.stop_strings


def test_sandbox_blocks_access_to_python_internals():
    hostile = "{{ ''.__class__.__mro__[1].__subclasses__() }}"
    with pytest.raises(ChatTemplateError):
        ChatTemplate(hostile, origin="gguf").render(CONVERSATION)


def test_template_can_raise_its_own_error_cleanly():
    template = ChatTemplate("{{ raise_exception('roles must alternate') }}", origin="gguf")
    with pytest.raises(ChatTemplateError, match="roles must alternate"):
        template.render(CONVERSATION)


def test_the_generation_tag_of_hugging_face_templates_renders_its_content():
    """LFM2.5 and Laguna templates mark answers with it; the file's template was refused."""
    source = (
        "{% for m in messages %}[{{ m.role }}]{% if m.role == 'assistant' %}"
        "{% generation %}{{ m.content }}{% endgeneration %}{% else %}{{ m.content }}{% endif %}"
        "{% endfor %}"
    )
    rendered = ChatTemplate(source, origin="gguf").render(CONVERSATION)
    assert rendered == "[system]Be brief.[user]Hi[assistant]Hello![user]Bye"


def test_syntax_error_is_reported_at_compile_time():
    with pytest.raises(ChatTemplateError, match="not valid"):
        ChatTemplate("{% for m in messages %}", origin="gguf")


@pytest.mark.parametrize(
    ("family", "expected"),
    [
        (
            "llama2",
            "<s>[INST] <<SYS>>\nBe brief.\n<</SYS>>\n\nHi [/INST] Hello! </s><s>[INST] Bye [/INST]",
        ),
        (
            "zephyr",
            "<|system|>\nBe brief.</s>\n<|user|>\nHi</s>\n<|assistant|>\nHello!</s>\n"
            "<|user|>\nBye</s>\n<|assistant|>\n",
        ),
    ],
)
def test_a_family_hint_picks_formats_without_a_marker_token(family, expected):
    """The catalog names the family of models whose vocabulary has no telltale special token."""
    template = choose_template(
        None, bos_token="<s>", eos_token="</s>", is_special_token=lambda _: True,
        family_hint=family,
    )  # fmt: skip
    assert template.origin == f"fallback:{family}"
    assert template.render(CONVERSATION) == expected


def test_the_gguf_template_beats_the_hint():
    template = choose_template(
        "{{ 'own' }}", bos_token="", eos_token="", is_special_token=bool, family_hint="zephyr"
    )
    assert template.origin == "gguf"


# --- overrides and the settings dialog's helpers ----------------------------------------------


def test_a_custom_override_beats_the_gguf_template():
    template = choose_template(
        "{{ 'own' }}",
        bos_token="<s>",
        eos_token="</s>",
        is_special_token=bool,
        override="{% for m in messages %}<|im_start|>{{ m.content }}<|im_end|>{% endfor %}",
    )
    assert template.origin == "custom"
    assert template.render(CONVERSATION[:1]) == "<|im_start|>Be brief.<|im_end|>"
    assert {"<|im_end|>", "</s>"} <= set(template.stop_strings)


@pytest.mark.parametrize("override", [None, "", "  \n "])
def test_a_blank_override_leaves_the_choice_to_the_model(override):
    template = choose_template(
        "{{ 'own' }}", bos_token="", eos_token="", is_special_token=bool, override=override
    )
    assert template.origin == "gguf"
    fallback = choose_template(
        None, bos_token="", eos_token="", is_special_token=lambda _: False, override=override
    )
    assert fallback.origin == "fallback:plain"


def test_an_invalid_override_is_reported_not_skipped():
    with pytest.raises(ChatTemplateError, match=r"\(custom\) is not valid"):
        choose_template(
            "{{ 'own' }}", bos_token="", eos_token="", is_special_token=bool, override="{% if %}"
        )


def test_the_template_of_a_file_with_one(tiny_model):
    found = template_of_file(tiny_model)
    assert found.origin == "gguf"
    assert found.source.startswith("{% for message in messages %}<|im_start|>")


def test_a_file_without_a_template_gets_the_fallback_its_vocabulary_suggests(
    untemplated_model, tmp_path
):
    assert template_of_file(untemplated_model).origin == "fallback:plain"
    assert template_of_file(untemplated_model, family_hint="zephyr").origin == "fallback:zephyr"
    # A blank template in the file counts as none; this vocabulary has the ChatML tokens.
    chatml_vocab = write_model(tmp_path / "blank-template.gguf", chat_template="  ")
    found = template_of_file(chatml_vocab)
    assert found.origin == "fallback:chatml"
    assert found.source == family_named("chatml").source


def test_the_template_of_an_unusable_file_is_a_clear_error(not_a_gguf):
    with pytest.raises(ModelFileError, match="not a GGUF"):
        template_of_file(not_a_gguf)


def test_the_sample_covers_every_role():
    assert [m.role for m in SAMPLE_CONVERSATION] == ["system", "user", "assistant", "user"]
    rendered, note = render_sample("{% for m in messages %}[{{ m.role }}]{% endfor %}")
    assert (rendered, note) == ("[system][user][assistant][user]", None)


def test_a_template_that_refuses_system_messages_is_shown_without_one():
    source = (
        "{% if messages[0].role == 'system' %}{{ raise_exception('System role not supported') }}"
        "{% endif %}{% for m in messages %}[{{ m.role }}]{% endfor %}"
    )
    rendered, note = render_sample(source)
    assert rendered == "[user][assistant][user]"
    assert "System role not supported" in note


@pytest.mark.parametrize(
    ("source", "message"),
    [("{% for m in messages %}", "not valid"), ("{{ messages[9].content.upper() }}", "failed")],
)
def test_a_broken_sample_rendering_raises(source, message):
    with pytest.raises(ChatTemplateError, match=message):
        render_sample(source)
