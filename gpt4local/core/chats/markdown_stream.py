"""A growing answer rendered block by block, for the transcript while an answer streams.

Blocks that later text can no longer change are rendered once; only the open last block is
rendered again on each update, and not even that when the new text only extends it (an open code
fence's code, words that lengthen the last paragraph): then just that text is handed over.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from markdown_it.token import Token

from gpt4local.core.chats.markdown import MarkdownRenderer, shown_code

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
    # Or, while the tail ends in a paragraph (its own or a list item's) that the new text only
    # lengthens: plain text to add at its end (see StreamingMarkdown._lengthened_text).
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


def _open_code(raw: str) -> str:
    """The code of an open fence as markdown-it reads it: a blank last line doesn't count yet."""
    last_line = raw.rfind("\n") + 1
    return shown_code(raw[:last_line] if raw[last_line:].isspace() else raw)


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
