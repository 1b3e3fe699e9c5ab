"""Turning a stream of token pieces into text, at constant cost per token.

llama-cpp-python's chat-completion streaming re-detokenizes the whole answer at every step, which
makes long answers crawl. Here every token costs O(1): its piece is decoded by an incremental UTF-8
decoder (which holds back a partial multi-byte character until its last byte arrives, and replaces
invalid bytes with U+FFFD instead of dropping them), and stop strings are looked for only in the
short tail that could still be the start of one.
"""

from __future__ import annotations

import codecs
from collections.abc import Sequence


class IncrementalUtf8:
    """Bytes in, complete characters out; partial sequences wait for their remaining bytes."""

    def __init__(self) -> None:
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")

    def feed(self, piece: bytes) -> str:
        return self._decoder.decode(piece)

    def flush(self) -> str:
        """Whatever is left; an unfinished character becomes U+FFFD rather than vanishing."""
        return self._decoder.decode(b"", final=True)


class StopStringFilter:
    """Passes text through, holding back only what might be the beginning of a stop string.

    ``push`` returns the text that is safe to show. Once a stop string is complete, ``stopped``
    becomes true and the stop string itself (and anything after it) is never shown.
    """

    def __init__(self, stop_strings: Sequence[str]) -> None:
        self._stops = [s for s in stop_strings if s]
        self._longest = max((len(s) for s in self._stops), default=0)
        self._held = ""
        self.stopped = False

    def push(self, text: str) -> str:
        if self.stopped or not text:
            return ""
        if not self._stops:
            return text
        # The held tail is shorter than the longest stop string, so this window is bounded.
        window = self._held + text
        hits = [i for i in (window.find(s) for s in self._stops) if i >= 0]
        if hits:
            self.stopped = True
            self._held = ""
            return window[: min(hits)]
        keep = self._partial_match_length(window)
        self._held = window[len(window) - keep :] if keep else ""
        return window[: len(window) - keep]

    def flush(self) -> str:
        """Release the held tail (the answer ended without completing a stop string)."""
        held, self._held = self._held, ""
        return "" if self.stopped else held

    def _partial_match_length(self, window: str) -> int:
        """Length of the longest suffix of ``window`` that is a proper prefix of a stop string."""
        for length in range(min(self._longest - 1, len(window)), 0, -1):
            tail = window[-length:]
            if any(stop.startswith(tail) for stop in self._stops):
                return length
        return 0
