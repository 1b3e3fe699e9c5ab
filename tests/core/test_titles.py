from gpt4local.core.chats.titles import INSTRUCTION, clean_title, provisional_title, title_request
from gpt4local.core.messages import Message


def test_provisional_title_is_the_first_words():
    assert provisional_title("How do I bake bread?") == "How do I bake bread?"
    assert provisional_title("one two three four five six seven eight") == (
        "one two three four five six seven…"
    )
    assert provisional_title("   ") == "New chat"


def test_model_answers_are_cleaned_up():
    assert clean_title('"Baking Sourdough Bread."\nMore text', "x") == "Baking Sourdough Bread"
    assert clean_title("**Title: Rust lifetimes**", "x") == "Rust lifetimes"
    assert clean_title("  \n  ", "fallback") == "fallback"
    assert clean_title("…!?", "fallback") == "fallback"
    assert len(clean_title("word " * 40, "x")) <= 60


def test_the_request_extends_the_conversation():
    history = [Message("user", "hi"), Message("assistant", "hello")]
    request = title_request(history)
    assert request[:2] == history and request[-1] == Message("user", INSTRUCTION)


def test_control_characters_and_broken_bytes_are_dropped():
    assert clean_title("numbert\ufffd\ufffd computer d\x14\x15e", "x") == "numbert computer d e"
    assert clean_title("\ufffd\x07\ufffd", "fallback") == "fallback"
