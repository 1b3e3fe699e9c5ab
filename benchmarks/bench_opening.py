"""How long opening a long saved conversation keeps the GUI thread busy (offscreen, no model).

A chat with more than ~40k characters is drawn in slices of ~12 ms, with events handled in
between. This opens conversations of 100 and 200 exchanges of realistic Markdown answers (code,
tables, lists; the sections bench_rendering.py streams) and reports the time until all is drawn
and the longest wait of the event loop (a 5 ms timer records how late it fires). Exits 1 when a
wait reaches 30 ms, the same target as streaming.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_opening.py [--exchanges 100 200]
"""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from bench_rendering import (
    TARGET_MAX_STALL_MS,
    StallMonitor,
    guard_none_refcount,
    section,
    show_all,
)
from PySide6.QtWidgets import QApplication

from gpt4local.core.chats.markdown import warm_up
from gpt4local.core.messages import Message
from gpt4local.ui.transcript.view import Transcript


def open_history(exchanges: int) -> dict[str, Any]:
    """Open a saved conversation of ``exchanges`` questions and long answers: how long until it
    is all drawn, how long the first slice took, and the longest the event loop waited."""
    history = []
    for i in range(exchanges):
        history.append(Message("user", f"Question {i}: and how would you test that part?"))
        history.append(Message("assistant", section(200 + i)))
    transcript = Transcript()
    transcript.resize(900, 700)
    transcript.show()
    QApplication.processEvents()
    monitor = StallMonitor()
    start = time.perf_counter()
    blocked = show_all(transcript, history)
    done = time.perf_counter()
    monitor.stop()
    assert [m.text for m in transcript.messages] == [m.content for m in history]
    result = {
        "mode": f"open {exchanges}",
        "messages": len(history),
        "chars": sum(len(m.content) for m in history),
        "first_slice_ms": blocked * 1000,
        "total_ms": (done - start) * 1000,
        "max_stall_ms": max([*monitor.lateness, blocked], default=0.0) * 1000,
    }
    transcript.close()
    transcript.deleteLater()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--exchanges", type=int, nargs="+", default=[100, 200])
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    if guard_none_refcount():
        print("note: this PySide6 leaks references to None on void calls; guarded (see README)")
    warm_up()
    rows = [open_history(n) for n in args.exchanges]
    print(f"{'opening':<9} {'messages':>8} {'chars':>8} {'first slice':>11} {'all drawn':>9} "
          f"{'max stall':>9}")  # fmt: skip
    for r in rows:
        print(
            f"{r['mode']:<9} {r['messages']:>8} {r['chars']:>8} {r['first_slice_ms']:>9.1f}ms "
            f"{r['total_ms']:>7.0f}ms {r['max_stall_ms']:>7.1f}ms"
        )
    missed = [r["mode"] for r in rows if r["max_stall_ms"] >= TARGET_MAX_STALL_MS]
    print(
        f"target: the event loop never waits {TARGET_MAX_STALL_MS:.0f} ms or more: "
        + (f"MISSED ({', '.join(missed)})" if missed else "met")
    )
    del app
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
