"""What a running download reports: bytes, speed and time left."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

PROGRESS_INTERVAL = 0.1  # seconds between progress reports: smooth, and cheap for the GUI


@dataclass(frozen=True)
class Progress:
    phase: str  # "connecting", "downloading", "retrying", "verifying"
    done: int
    total: int | None
    speed: float | None = None  # bytes per second, smoothed
    eta: float | None = None  # seconds
    note: str = ""

    @property
    def fraction(self) -> float | None:
        return self.done / self.total if self.total else None


class RateMeter:
    """Speed as an exponential moving average over ~1 s windows, and the time left from it."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.window_start = clock()
        self.window_bytes = 0
        self.speed: float | None = None

    def add(self, n: int) -> None:
        self.window_bytes += n
        elapsed = self.clock() - self.window_start
        if elapsed >= 1.0:
            current = self.window_bytes / elapsed
            self.speed = current if self.speed is None else 0.7 * self.speed + 0.3 * current
            self.window_start, self.window_bytes = self.clock(), 0

    def eta(self, remaining: int) -> float | None:
        return remaining / self.speed if self.speed else None
