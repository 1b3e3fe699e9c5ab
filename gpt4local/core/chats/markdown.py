"""Markdown → HTML for the transcript: CommonMark (markdown-it-py), code highlighted by Pygments.

The HTML targets QTextDocument's rich-text subset, so every style is inline (Pygments'
``noclasses``) and code blocks are boxes made of tables (the only boxes with a background and a
border that QTextDocument draws), with a header row: the language and a Copy link. Model output
is untrusted: raw HTML is shown as text, and only http(s)/mailto links become links, so an answer
can't forge the transcript's own links.

A growing answer is rendered by ``StreamingMarkdown`` (markdown_stream.py).
"""

from __future__ import annotations

import functools
import html
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.common.utils import unescapeAll
from markdown_it.token import Token
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexer import Lexer
from pygments.lexers import get_lexer_by_name, get_lexer_for_filename
from pygments.util import ClassNotFound

SAFE_LINK_PREFIXES = ("http://", "https://", "mailto:")
# Lexers instantiated ahead of time (see warm_up): the languages answers use most.
COMMON_LANGUAGES = (
    "python", "javascript", "typescript", "bash", "c", "cpp", "java", "rust", "go", "json",
    "yaml", "html", "css", "sql", "csharp", "toml", "diff",
)  # fmt: skip


# Pictures the transcript draws itself (Qt, from its icons): ``gpt4local-icon:NAME/RRGGBB``.
ICON_SCHEME = "gpt4local-icon"


@dataclass(frozen=True)
class Theme:
    text: str  # code text Pygments leaves unstyled
    code_background: str
    code_border: str
    muted: str  # language label, quote text
    inline_code_background: str
    pygments_style: str
    code_header_background: str  # the bar above a code block: its language and Copy


LIGHT = Theme("#1f2328", "#f6f8fa", "#d0d7de", "#59636e", "#eff1f3", "default", "#eaeef2")
DARK = Theme("#e6edf3", "#161b22", "#3d444d", "#9198a1", "#2d333b", "github-dark", "#21262d")


def icon_src(name: str, color: str, size: int) -> str:
    """The address of icon ``name`` drawn in ``color`` (#rrggbb), ``size`` pixels square. The
    colour is part of it, so a document drawn for another theme never shows a picture cached
    for this one; the size, so the picture is drawn sharp at the size shown."""
    return f"{ICON_SCHEME}:{name}/{color.lstrip('#')}/{size}"


def _safe_link(url: str) -> bool:
    return url.strip().lower().startswith(SAFE_LINK_PREFIXES)


@functools.lru_cache(maxsize=256)
def _lexer_for(language: str) -> Lexer | None:
    """The lexer a fence's info string names (``python``, or a file name like ``main.rs``).

    Unnamed code stays plain: Pygments' guess_lexer imports every lexer (~150 ms the first time)
    and guesses short snippets badly.
    """
    if not language:
        return None
    try:
        return get_lexer_by_name(language, stripnl=False, ensurenl=False)
    except ClassNotFound:
        pass
    try:
        return get_lexer_for_filename(language, stripnl=False, ensurenl=False)
    except ClassNotFound:
        return None


def _as_render_rule(method: Callable[..., str]) -> Callable[..., str]:
    """add_render_rule binds the rule to markdown-it's renderer; ours are our own methods."""
    return lambda _renderer, *args: method(*args)


_warm_lock = threading.Lock()
_warmed = False


def warm_up() -> None:
    """Import and compile the common lexers (the first Python block costs ~35 ms otherwise).

    Meant for a background thread at startup; later calls return at once.
    """
    global _warmed
    with _warm_lock:
        if _warmed:
            return
        renderer = MarkdownRenderer()
        for language in COMMON_LANGUAGES:
            renderer.render(f"```{language}\nx = 1\n```\n")
        _warmed = True


class MarkdownRenderer:
    def __init__(self, theme: Theme = LIGHT, copy_label: str = "Copy") -> None:
        """``copy_label``: the code header's Copy link, in the window's language (core has no
        translations of its own; the GUI passes its word in)."""
        self.theme = theme
        self.copy_label = copy_label
        self._formatter = HtmlFormatter(noclasses=True, nowrap=True, style=theme.pygments_style)
        # breaks: a single newline in an answer is a line break, as the model laid it out.
        md = MarkdownIt("commonmark", {"html": False, "breaks": True})
        md.enable(["table", "strikethrough"])
        # A definition at the end could turn earlier text into links, so earlier blocks would
        # never be final while streaming; answers use inline links anyway.
        md.disable("reference")
        md.validateLink = _safe_link  # type: ignore[method-assign]
        rules = {
            "fence": self._code_block,
            "code_block": self._code_block,
            "code_inline": self._code_inline,
            "image": self._image,
            "table_open": self._table_open,
            "blockquote_open": self._blockquote_open,
        }
        for name, rule in rules.items():
            md.add_render_rule(name, _as_render_rule(rule))
        self._md = md

    # --- public ---------------------------------------------------------------------------------

    def render(self, text: str, copy_href: str | None = None) -> str:
        """The whole text as HTML; each code block's Copy link is ``copy_href`` + its index."""
        return self.render_tokens(self.parse(text), copy_href)

    def code_blocks(self, text: str) -> list[str]:
        """The code of each code block, in the order of the Copy links' indexes."""
        return [t.content for t in self._md.parse(text) if t.type in ("fence", "code_block")]

    def parse(self, text: str) -> list[Token]:
        return self._md.parse(text)

    def render_tokens(
        self,
        tokens: Sequence[Token],
        copy_href: str | None = None,
        first_code_index: int = 0,
        highlight_code: bool = True,
    ) -> str:
        env = {"copy_href": copy_href, "code_index": first_code_index, "highlight": highlight_code}
        return self._md.renderer.render(tokens, self._md.options, env)

    # --- render rules ---------------------------------------------------------------------------

    def _code_block(self, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        token = tokens[idx]
        info = unescapeAll(token.info).strip()
        language = info.split(maxsplit=1)[0] if info else ""
        index = env["code_index"]
        env["code_index"] += 1
        code = shown_code(token.content)
        lexer = _lexer_for(language.lower()) if env["highlight"] else None
        if lexer:  # some lexers end every text with a newline
            body = highlight(code, lexer, self._formatter).removesuffix("\n")
        else:
            body = html.escape(code)
        theme = self.theme
        copy = ""
        if env["copy_href"] is not None:
            href = f"{env['copy_href']}{index}"
            copy = (
                f'<a href="{href}" style="text-decoration:none; color:{theme.muted}">'
                f"{html.escape(self.copy_label)}&nbsp;"
                f'<img src="{icon_src("copy", theme.muted, 13)}" width="13" height="13"'
                ' align="middle"></a>'
            )
        header = f'bgcolor="{theme.code_header_background}" style="font-size:small'
        # A one-cell bordered table around a borderless one: QTextDocument draws a background
        # and a single outer border only that way (a two-column table gets inner lines). The
        # header row (language, Copy) has a background of its own, like a tab over the code.
        return (
            f'<table width="100%" cellspacing="0" cellpadding="0" border="1"'
            f' style="border-color:{theme.code_border}; border-style:solid;'
            f' border-collapse:collapse; margin-top:6px; margin-bottom:6px">'
            f'<tr><td bgcolor="{theme.code_background}">'
            f'<table width="100%" cellspacing="0" cellpadding="6" border="0">'
            f'<tr><td {header}; color:{theme.muted}">{html.escape(language)}</td>'
            f'<td align="right" {header}">{copy}</td></tr>'
            # Long lines wrap: a document scrolls sideways only as a whole, which would hide the
            # header's Copy and the text beside the code.
            f'<tr><td colspan="2"><pre style="color:{theme.text}; white-space:pre-wrap">'
            f"{body}</pre></td></tr>"
            f"</table></td></tr></table>\n"
        )

    def _code_inline(self, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        code = html.escape(tokens[idx].content)
        # Both colours, so the pair stays readable whatever the surrounding text's colour is.
        theme = self.theme
        return (
            f'<code style="color:{theme.text}; background-color:{theme.inline_code_background}">'
            f"{code}</code>"
        )

    def _image(self, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        """A link to the image, never the image: the transcript fetches nothing by itself."""
        token = tokens[idx]
        src = str(token.attrGet("src") or "")
        alt = html.escape(token.content or src)
        return f'<a href="{html.escape(src)}">[image: {alt}]</a>'

    def _table_open(self, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        return (
            f'<table border="1" cellspacing="0" cellpadding="4" style="border-style:solid;'
            f" border-color:{self.theme.code_border}; border-collapse:collapse;"
            f' margin-top:6px; margin-bottom:6px">\n'
        )

    def _blockquote_open(self, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        return f'<blockquote style="color:{self.theme.muted}">\n'


def shown_code(content: str) -> str:
    """A code block's text as shown: without the newline that ends its last line."""
    return content[:-1] if content.endswith("\n") else content


@functools.lru_cache(maxsize=2)
def _default_renderer(theme: Theme) -> MarkdownRenderer:
    return MarkdownRenderer(theme)


def render_markdown(text: str, copy_href: str | None = None, theme: Theme = LIGHT) -> str:
    """One-shot rendering; ``StreamingMarkdown`` (markdown_stream.py) gives the same HTML for the
    same final text."""
    return _default_renderer(theme).render(normalize_newlines(text), copy_href)


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
