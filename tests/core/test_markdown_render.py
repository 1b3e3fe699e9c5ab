"""Markdown → HTML for the transcript: what QTextDocument shows, and nothing a model can abuse."""

import html
import random

import pytest

from gpt4local.core.chats.markdown import (
    DARK,
    LIGHT,
    MarkdownRenderer,
    StreamingMarkdown,
    StreamUpdate,
    render_markdown,
)

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
