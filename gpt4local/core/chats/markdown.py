"""Markdown → HTML for the transcript: CommonMark (markdown-it-py), code highlighted by Pygments.

The HTML targets QTextDocument's rich-text subset, so every style is inline (Pygments'
``noclasses``) and code blocks are boxes made of tables (the only boxes with a background and a
border that QTextDocument draws), with a header row: the language and a Copy link. Model output
is untrusted: raw HTML is shown as text, and only http(s)/mailto links become links, so an answer
can't forge the transcript's own links.

``StreamingMarkdown`` renders a growing answer: blocks that later text can no longer change are
rendered once, and only the open last block is rendered again on each update.
"""

from __future__ import annotations

import functools
import html
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

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
        code = _shown_code(token.content)
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


# What may follow the text a word is added to: it is then the last thing drawn.
# (Not a heading: "## Step #" + " two" turns its closing "#" into text.)
GROWABLE_CLOSERS = frozenset({"paragraph_close", "list_item_close", "bullet_list_close",
                              "ordered_list_close"})  # fmt: skip
# Characters that are plain text wherever they are added to a paragraph's last line...
PLAIN = frozenset(" .,:?'\"-/%+=$@#^")
# ...and these, unless the paragraph holds markup they could complete ("[a](b" + ")", "&amp" + ";").
PLAIN_UNLESS_MARKUP = frozenset("();!")
MARKUP = frozenset("*_`[]<>&\\~!|")


@dataclass(frozen=True)
class StreamUpdate:
    final: str = ""  # HTML of the blocks that became final since the last update
    tail: str = ""  # HTML of the open last block, to show instead of the previous one
    # Or, while the tail is one open code block: text to add at the end of the code shown.
    code_append: str | None = None
    # Or, while the tail is one paragraph that the new text only lengthens: plain text to add at
    # its end (see StreamingMarkdown._lengthened_paragraph).
    text_append: str | None = None


class _OpenFence(NamedTuple):
    closing: re.Pattern[str]  # a line that would close it
    code_start: int  # where its code begins in the text
    shown: int  # characters of code shown so far
    seen: int  # length of the text at the last update


class StreamingMarkdown:
    """A growing answer rendered block by block.

    Only complete lines decide where blocks end (a half-written ``#`` line may still become a
    heading or stay paragraph text). Once a block is followed by another top-level block, no later
    text can change it: CommonMark never reopens a closed block, and reference definitions, the
    one construct that reaches back, are off. So everything before the last block is rendered
    once; the last, open block is rendered again on each update (code unhighlighted, or, for an
    open fenced block, only its new text is handed over), and for real by ``finish``.
    """

    def __init__(self, renderer: MarkdownRenderer, copy_href: str | None = None) -> None:
        self._renderer = renderer
        self._copy_href = copy_href
        self._pieces: list[str] = []
        self._text = ""
        self._pending_cr = False
        self._stable_end = 0  # characters of self._text whose blocks are final
        self._examined = 0  # complete lines up to here were looked at for finished blocks
        self._code_count = 0  # code blocks inside the final part
        # The tail last shown (its raw text, right-stripped) and the text of its last paragraph,
        # when new words could only lengthen that paragraph (else None): see _lengthened_text.
        self._growable: tuple[str, str] | None = None
        self._fence: _OpenFence | None = None
        self.behind = False  # the last update left complete lines unexamined (see budget)

    @property
    def text(self) -> str:
        self._join()
        return self._text

    @property
    def pending(self) -> int:
        """Characters not yet rendered as final."""
        return len(self.text) - self._stable_end

    def append(self, piece: str) -> None:
        # markdown-it reads \r\n and \r as \n; do it here so that line offsets agree with its
        # line numbers, keeping a trailing \r back in case the \n comes in the next piece.
        if self._pending_cr:
            piece = "\r" + piece
        self._pending_cr = piece.endswith("\r")
        if self._pending_cr:
            piece = piece[:-1]
        if "\r" in piece:
            piece = piece.replace("\r\n", "\n").replace("\r", "\n")
        self._pieces.append(piece)

    def update(self, budget: int | None = None) -> StreamUpdate:
        """What changed since the last update.

        With a ``budget``, look at only about that many characters of new complete lines, so a
        flood of text is rendered over several calls (``behind`` says more is waiting) rather
        than in one long stall; the tail shown is then the last block within that window.
        """
        self._join()
        text = self._text
        if self._fence is not None:
            added = self._extend_open_code()
            if added is not None:
                return StreamUpdate(code_append=added)
        final = ""
        complete = text.rfind("\n") + 1
        if complete <= self._examined:  # no new line: perhaps the paragraph just grew
            added = self._lengthened_text(text[self._stable_end :])
            if added is not None:
                return StreamUpdate(text_append=added)
        if complete > self._examined:  # only new complete lines can end a block
            window = complete
            if budget is not None and complete - self._stable_end > budget:
                window = text.find("\n", self._stable_end + budget) + 1  # any prefix of lines
            final = self._finalize(window)
            if not final and window < complete:  # one block longer than the budget
                window = complete
                final = self._finalize(window)
            self._examined = window
        self.behind = self._examined < complete
        tail = text[self._stable_end : self._examined if self.behind else len(text)]
        tokens = self._renderer.parse(tail)
        self._fence = None if self.behind else self._open_fence(tail, tokens)
        self._growable = None if self.behind else _growable(tail, tokens)
        html_tail = self._renderer.render_tokens(tokens, self._copy_href, self._code_count, False)
        return StreamUpdate(final, html_tail)

    def finish(self) -> str:
        """The final HTML of everything ``update`` has not returned as final."""
        if self._pending_cr:
            self._pending_cr = False
            self._pieces.append("\n")
        self._join()
        tokens = self._renderer.parse(self._text[self._stable_end :])
        return self._renderer.render_tokens(tokens, self._copy_href, self._code_count)

    def _finalize(self, end: int) -> str:
        """Render the blocks before the last one in the complete lines up to ``end``: no later
        text can change them."""
        lines = self._text[self._stable_end : end]
        tokens = self._renderer.parse(lines) if lines else []
        starts = [i for i, t in enumerate(tokens) if t.level == 0 and t.nesting >= 0]
        if len(starts) < 2:
            return ""
        last = tokens[starts[-1]]
        assert last.map is not None  # every block-opening token knows its lines
        done = tokens[: starts[-1]]
        html_done = self._renderer.render_tokens(done, self._copy_href, self._code_count)
        self._code_count += sum(t.type in ("fence", "code_block") for t in done)
        self._stable_end += _line_offset(lines, last.map[0])
        return html_done

    def _lengthened_text(self, tail: str) -> str | None:
        """The text to add at the end of the tail shown, when ``tail`` renders as that tail with
        only this plain text added to its last paragraph; else None (render it again).

        Most of an answer arrives as words added to a paragraph or a list item: rendering the
        tail again for each of them was most of the GUI time per token. Words add plain text
        when they can change neither the block (no new line; the paragraph's last line began
        with a letter, so no list, heading or quote marker can form) nor any inline construct
        (none of the characters that open, close or escape one; no double space, which HTML
        would collapse). ``finish`` renders everything for real in the end.
        """
        if self._growable is None:
            return None
        raw, paragraph = self._growable
        grown = tail.rstrip()
        if not grown.startswith(raw):
            return None
        added = grown[len(raw) :]
        markup = any(ch in MARKUP for ch in paragraph)
        if "  " in added or not all(ch.isalnum() or ch in PLAIN or (ch in PLAIN_UNLESS_MARKUP
                                                                   and not markup)
                                    for ch in added):  # fmt: skip
            return None
        self._growable = (grown, paragraph + added)
        return added

    def _open_fence(self, tail: str, tokens: list[Token]) -> _OpenFence | None:
        """The tail as an open fenced code block that new text can only extend, if it is one."""
        if len(tokens) != 1 or tokens[0].type != "fence" or "\n" not in tail:
            return None
        marker = tokens[0].markup
        if not tail.startswith(marker):  # indented fences strip indentation from their code
            return None
        closing = re.compile(rf"^ {{0,3}}{re.escape(marker[0])}{{{len(marker)},}}[ \t]*$", re.M)
        code_start = self._stable_end + tail.index("\n") + 1
        shown = len(_open_code(self._text[code_start:]))
        if not shown or closing.search(self._text, code_start):  # Qt drops an empty <pre>
            return None
        return _OpenFence(closing, code_start, shown, len(self._text))

    def _extend_open_code(self) -> str | None:
        """The code added to the open fence, or None when the new text may close it."""
        assert self._fence is not None
        closing, code_start, shown, seen = self._fence
        line_start = max(code_start, self._text.rfind("\n", 0, seen) + 1)
        if closing.search(self._text, line_start):
            self._fence = None
            return None
        code = _open_code(self._text[code_start:])
        self._fence = _OpenFence(closing, code_start, len(code), len(self._text))
        return code[shown:]

    def _join(self) -> None:
        if self._pieces:
            self._text += "".join(self._pieces)
            self._pieces.clear()


def _shown_code(content: str) -> str:
    """A code block's text as shown: without the newline that ends its last line."""
    return content[:-1] if content.endswith("\n") else content


def _open_code(raw: str) -> str:
    """The code of an open fence as markdown-it reads it: a blank last line doesn't count yet."""
    last_line = raw.rfind("\n") + 1
    return _shown_code(raw[:last_line] if raw[last_line:].isspace() else raw)


def _line_offset(text: str, line: int) -> int:
    """Where line number ``line`` (0-based) starts in ``text``."""
    offset = 0
    for _ in range(line):
        offset = text.index("\n", offset) + 1
    return offset


def _growable(tail: str, tokens: list[Token]) -> tuple[str, str] | None:
    """(the tail's raw text right-stripped, its last paragraph's text) when the tail ends in a
    paragraph (of its own or in a list item) whose last line begins with a letter;
    else None. Only closing tokens may follow that paragraph's text: it is drawn last."""
    last = max((i for i, t in enumerate(tokens) if t.type == "inline"), default=None)
    if last is None or any(t.type not in GROWABLE_CLOSERS for t in tokens[last + 1 :]):
        return None
    paragraph = tokens[last].content.rstrip()
    if not paragraph.rsplit("\n", 1)[-1][:1].isalpha():
        return None
    return tail.rstrip(), paragraph


@functools.lru_cache(maxsize=2)
def _default_renderer(theme: Theme) -> MarkdownRenderer:
    return MarkdownRenderer(theme)


def render_markdown(text: str, copy_href: str | None = None, theme: Theme = LIGHT) -> str:
    """One-shot rendering; ``StreamingMarkdown`` gives the same HTML for the same final text."""
    return _default_renderer(theme).render(normalize_newlines(text), copy_href)


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
