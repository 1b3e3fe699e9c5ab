"""Markdown → HTML for the transcript: what QTextDocument shows, and nothing a model can abuse."""

import html
import random
import re

import pytest

from gpt4local.core.chats.markdown import (
    DARK,
    LIGHT,
    MarkdownRenderer,
    render_markdown,
)
from gpt4local.core.chats.markdown_stream import StreamingMarkdown, StreamUpdate

RICH = """# Title

Some *emphasis*, **bold**, `inline code` and a [link](https://example.com/a?b=1&c=2).
A second line of the same paragraph.

Setext heading
--------------

- item one
- item two

  continued paragraph in item two
- item three

1. first
2. second

> a quote
lazy continuation

```python
def f(x):
    return x * 2  # double
```

para
| a | b |
|---|--:|
| 1 | 2 |

para
#notaheading
#
text after an empty heading

    indented code

    more indented code

~~~
no language
~~~

- a list with a fence:

  ```js
  const x = 1;
  ```

* * *

The end, with a trailing line"""


def test_code_is_highlighted_with_inline_styles():
    html = render_markdown("```python\ndef f():\n    return 1\n```\n")
    assert '<span style="color:' in html  # Pygments' noclasses output: no stylesheet needed
    assert "class=" not in html
    assert "<pre" in html and "def" in html
    assert "python" in html  # the language label above the code


def test_raw_html_from_the_model_is_shown_as_text():
    html = render_markdown('<script>alert("x")</script>\n\nHello <b>there</b> <img src=x>')
    assert "<script>" not in html and "<b>" not in html and "<img" not in html
    assert "&lt;script&gt;" in html
    assert "&lt;b&gt;there&lt;/b&gt;" in html


def test_links_are_kept_but_only_to_the_web():
    html = render_markdown(
        "[docs](https://example.com/x) [mail](mailto:a@b.c) [js](javascript:alert(1)) "
        "[forged](gpt4local:regenerate) [file](file:///etc/passwd) <https://auto.link>"
    )
    assert '<a href="https://example.com/x">docs</a>' in html
    assert '<a href="mailto:a@b.c">mail</a>' in html
    assert '<a href="https://auto.link">' in html
    for bad in ("javascript:", "gpt4local:", "file:"):
        assert f'href="{bad}' not in html  # left as plain text: a model can't forge actions


def test_images_become_links_and_are_never_loaded():
    html = render_markdown("![a cat](https://example.com/cat.png)")
    assert "<img" not in html
    assert '<a href="https://example.com/cat.png">[image: a cat]</a>' in html


@pytest.mark.parametrize(
    ("info", "highlighted"),
    [("python", True), ("PY", True), ("main.rs", True), ("", False), ("no-such-lang", False)],
)
def test_language_lookup_falls_back_to_plain_text(info, highlighted):
    html = render_markdown(f"```{info}\nfn main() {{ let x = 1; }}\n```\n")
    assert ("<span style=" in html) is highlighted
    assert "fn main() { let x = 1; }" in html or highlighted


def test_code_in_a_plain_block_is_escaped():
    html = render_markdown("```\nif a < b && c > d: print('<b>')\n```\n")
    assert "if a &lt; b &amp;&amp; c &gt; d: print(&#x27;&lt;b&gt;&#x27;)" in html


def test_each_code_block_gets_a_numbered_copy_link_and_its_code():
    text = "```python\nx = 1\n```\n\ntext\n\n    indented\n\n```\nplain\n```\n"
    html = render_markdown(text, copy_href="copy:")
    assert [f'href="copy:{i}"' in html for i in range(4)] == [True, True, True, False]
    assert MarkdownRenderer().code_blocks(text) == ["x = 1\n", "indented\n", "plain\n"]


@pytest.mark.parametrize("theme", [LIGHT, DARK])
def test_a_code_block_has_a_header_with_its_language_and_copy(theme):
    """Issue 12 §3: a header row above the code, in a shade of its own, names the language and
    holds Copy with its icon; the code itself comes after it, alone in its row."""
    html = render_markdown("```rust\nfn main() {}\n```\n", copy_href="copy:", theme=theme)
    header = html[: html.index("<pre")]
    assert f'bgcolor="{theme.code_header_background}"' in header
    assert ">rust</td>" in header
    assert '<a href="copy:0"' in header and "Copy" in header
    # Quiet, in the header's muted colour like its icon: not a blue link.
    assert f'<a href="copy:0" style="text-decoration:none; color:{theme.muted}">' in header
    assert f'<img src="gpt4local-icon:copy/{theme.muted.lstrip("#")}/13"' in header
    code = html[html.index("<pre") :]
    assert "Copy" not in code and "rust" not in code


def test_no_copy_links_without_a_href():
    assert "Copy" not in render_markdown("```\nx\n```\n")


def test_tables_and_lists_render():
    html = render_markdown(RICH)
    assert "<table" in html and "<th>a</th>" in html
    assert "<ul>" in html and "<ol>" in html and "<blockquote" in html and "<h2>" in html


def test_dark_theme_uses_its_own_colours():
    light, dark = (
        render_markdown("```python\nx = 1\n```\n"),
        render_markdown("```python\nx = 1\n```\n", theme=DARK),
    )
    assert DARK.code_background in dark and DARK.code_background not in light


@pytest.mark.parametrize("theme", [LIGHT, DARK])
def test_inline_code_sets_its_text_colour_with_its_background(theme):
    """Issue 10 §6: in dark mode inline code became white on white. Its background alone came
    from the theme; the text took the surrounding colour, so the pair could clash."""
    html = render_markdown("Run `pip install x` now.", theme=theme)
    assert f"color:{theme.text}; background-color:{theme.inline_code_background}" in html


def stream_in_pieces(text, seed, budget=None, renderer=None):
    """Feed ``text`` in random pieces with random updates; return the HTML put together."""
    rng = random.Random(seed)
    stream = StreamingMarkdown(renderer or MarkdownRenderer(), "copy:")
    parts, i = [], 0
    while i < len(text):
        n = rng.randint(1, 30)
        stream.append(text[i : i + n])
        i += n
        if rng.random() < 0.6:
            parts.append(stream.update(budget).final)
    while True:
        parts.append(stream.update(budget).final)
        if not stream.behind:
            break
    parts.append(stream.finish())
    return "".join(parts), stream


@pytest.mark.parametrize("budget", [None, 40, 500])
def test_streaming_gives_the_same_html_as_rendering_the_whole_answer(budget):
    renderer = MarkdownRenderer()
    for text in (RICH, RICH * 2, "```python\nopen fence never closed\nx = 1\n", "just text"):
        expected = renderer.render(text, "copy:")
        for seed in range(25):
            assert stream_in_pieces(text, seed, budget, renderer)[0] == expected


def test_crlf_split_between_pieces_is_one_newline():
    stream = StreamingMarkdown(MarkdownRenderer())
    finals = []
    for piece in ["para one\r", "\n\r", "\npara two\r", "\n"]:
        stream.append(piece)
        finals.append(stream.update().final)
    finals.append(stream.finish())
    assert "".join(finals) == render_markdown("para one\n\npara two\n")
    assert stream.text == "para one\n\npara two\n"
    assert render_markdown("para one\r\n\r\npara two\r\n") == render_markdown(stream.text)


def test_finished_blocks_are_rendered_once_and_the_open_tail_stays_cheap():
    stream = StreamingMarkdown(MarkdownRenderer(), "copy:")
    stream.append("First paragraph.\n\n```python\nx = 1\n")
    update = stream.update()
    assert "First paragraph." in update.final and "First paragraph." not in update.tail
    assert "x = 1" in update.tail and "<span style=" not in update.tail  # not highlighted yet
    stream.append("y = 2\n``")
    assert stream.update() == StreamUpdate(code_append="\ny = 2\n``")  # only the new code
    stream.append("`\n\nNext")  # closes the fence: no longer a plain extension
    update = stream.update()
    assert update.final == "" and update.code_append is None  # final once "Next" is a line
    assert "y = 2" in update.tail and "``" not in update.tail
    stream.append(" line\nand")
    update = stream.update()
    assert "<span style=" in update.final and 'href="copy:0"' in update.final  # highlighted once
    assert "Next line" in update.tail and "x = 1" not in update.tail
    assert stream.finish() == "<p>Next line<br />\nand</p>\n"


def test_a_half_written_line_does_not_end_a_block():
    stream = StreamingMarkdown(MarkdownRenderer())
    stream.append("para\n#")  # may become a heading, or more of the paragraph
    assert stream.update().final == ""
    stream.append("hashtag\n")
    stream.update()
    assert stream.finish() == "<p>para<br />\n#hashtag</p>\n"


def test_a_budget_spreads_a_flood_over_several_updates():
    stream = StreamingMarkdown(MarkdownRenderer())
    stream.append("A paragraph of text.\n\n" * 200)
    updates = 0
    while True:
        final = stream.update(budget=1000).final
        updates += 1
        assert final.count("<p>") <= 50 + 1
        if not stream.behind:
            break
    assert updates >= 4
    assert stream.pending < 100


def test_open_code_shown_piece_by_piece_matches_a_full_render_of_the_tail():
    """The code handed over as code_append adds up to what rendering the tail would show."""
    text = 'Intro.\n\n~~~~rust\nfn main() {\n    let s = "<&>";\n~~~\n}\n~~~~\n\nEnd.\n'
    renderer = MarkdownRenderer()
    for seed in range(30):
        rng = random.Random(seed)
        stream = StreamingMarkdown(renderer)
        shown, i, appended = "", 0, False
        while i < len(text):
            n = rng.randint(1, 6)
            stream.append(text[i : i + n])
            i += n
            update = stream.update()
            if update.code_append is None:
                shown = update.tail
                continue
            appended = True
            shown = shown.replace("</pre>", html.escape(update.code_append) + "</pre>")
            whole = StreamingMarkdown(renderer)
            whole.append(stream.text[len(text.split("~~~~rust")[0]) :])
            assert shown == whole.update().tail
        assert appended


# --- streaming: words added to a paragraph as plain text ----------------------------------------

PROSE = (
    "## Step one #\n\nIn short:\n\n- a plain item that grows word by word\n- another item, with"
    " a second line\n  that continues it\n- 1\n- x\n\n"
    "Here is the plan. First, read the file (it may be large) and count the rows; then sum them.\n"
    "A second line of the same paragraph: 3 + 4 = 7, 50% done, user@example.com, #tag.\n\n"
    "1. Numbered step one with **bold** text\n2. Step two, with `code` and a [link](https://x.y)"
    " inside\n\nA paragraph with an entity &amp; and a half-open [bracket (still text) and *stars"
    " that close* later.\n\n```python\nprint('hi')  # code\n```\n\nLast words: 中文也可以，对吧？ "
    "Ünïcödé too... and an open *emphasis that never closes"
)


def _plain(markup: str) -> str:
    """The text an HTML fragment shows, with whitespace collapsed as a browser does."""
    blocks = r"</?(?:p|br|tr|td|table|li|ul|ol|pre|h\d|blockquote|hr|div)\b[^>]*>"
    text = html.unescape(re.sub(r"<[^>]+>", "", re.sub(blocks, " ", markup)))
    return " ".join(text.split())


@pytest.mark.parametrize("seed", range(4))
def test_a_paragraph_grown_word_by_word_shows_what_rendering_it_would(seed):
    """At every update, what is shown (final blocks, then the tail as rendered or as grown by
    plain text) reads exactly as rendering everything so far: the shortcut never shows text
    that a render would show differently, and it is taken often, even in markup-heavy text."""
    rng = random.Random(seed)
    stream = StreamingMarkdown(MarkdownRenderer(), "copy:")
    finals, tail, sent, appended, updates = "", "", "", 0, 0
    position = 0
    while position < len(PROSE):
        piece = PROSE[position : position + rng.randint(1, 7)]
        position += len(piece)
        sent += piece
        stream.append(piece)
        update = stream.update()
        updates += 1
        if update.code_append is not None:
            tail += update.code_append
        elif update.text_append is not None:
            tail += update.text_append
            appended += 1
        else:
            finals += update.final
            tail = _plain(update.tail)
        shown = " ".join((_plain(finals) + " " + tail).split())
        assert shown == _plain(render_markdown(sent, copy_href="copy:")), repr(sent[-40:])
    assert appended > updates / 4  # the shortcut carries a good part of the words


@pytest.mark.parametrize(("start", "more"), [
    ("## Step one", " #"),  # a heading's closing sequence
    ("See [the docs](https://x.y", ")"),  # closes a link
    ("Fish &amp", ";"),  # completes an entity
    ("Some *stars", "*"),  # closes emphasis
    ("A list:\n\n1", ". item"),  # a line that becomes a list item
    ("Words", "  and more"),  # a double space, which HTML collapses
])  # fmt: skip
def test_words_that_could_change_the_markup_are_rendered_again(start, more):
    stream = StreamingMarkdown(MarkdownRenderer())
    stream.append(start)
    stream.update()
    stream.append(more)
    update = stream.update()
    assert update.text_append is None
    assert _plain(update.final + update.tail) == _plain(render_markdown(start + more))


def test_plain_words_lengthen_a_paragraph_or_a_list_item():
    stream = StreamingMarkdown(MarkdownRenderer())
    for start, more in (("Plain words", " and more."), ("\n\n- an item", ", longer (really)")):
        stream.append(start)
        stream.update()
        stream.append(more)
        assert stream.update().text_append == more
