import pytest

from gpt4local.core.errors import ChatTemplateError
from gpt4local.core.messages import Message
from gpt4local.core.templates import ChatTemplate, choose_template

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
