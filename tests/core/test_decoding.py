from gpt4local.core.inference.decoding import IncrementalUtf8, StopStringFilter


def test_multibyte_character_split_over_byte_tokens_is_held_until_complete():
    decoder = IncrementalUtf8()
    euro = "€".encode()  # three bytes, as three byte-fallback tokens would deliver it
    assert decoder.feed(euro[:1]) == ""
    assert decoder.feed(euro[1:2]) == ""
    assert decoder.feed(euro[2:] + b" ok") == "€ ok"


def test_invalid_bytes_are_replaced_not_dropped():
    decoder = IncrementalUtf8()
    assert decoder.feed(b"a\xffb") == "a\ufffdb"
    assert decoder.feed(b"\xe2\x82") == ""
    assert decoder.flush() == "\ufffd"  # an unfinished character at the end is shown, not lost


def test_stop_string_split_across_pieces_is_never_shown():
    stops = StopStringFilter(["<|im_end|>"])
    shown = stops.push("Hello <|im") + stops.push("_en") + stops.push("d|> hidden")
    assert shown == "Hello "
    assert stops.stopped
    assert stops.push("more") == ""


def test_held_prefix_that_turns_out_not_to_be_a_stop_is_released():
    stops = StopStringFilter(["<|im_end|>"])
    assert stops.push("a <|i") == "a "
    assert stops.push("nteresting") == "<|interesting"
    assert stops.push("tail <") == "tail "
    assert stops.flush() == "<"
    assert not stops.stopped


def test_window_stays_bounded_on_long_text():
    stops = StopStringFilter(["### User:"])
    out = [stops.push("word " * 3) for _ in range(10_000)]
    assert "".join(out) + stops.flush() == "word " * 30_000
    assert len(stops._held) < len("### User:")


def test_no_stop_strings_passes_everything_through():
    stops = StopStringFilter([])
    assert stops.push("anything <|im_end|>") == "anything <|im_end|>"
