"""Time to first token along a 20-turn conversation, with and without prefill while typing.

The app decodes the prompt of a message while it is being typed (Engine.prefill, started when
typing pauses for 0.4 s), leaving only its last few tokens for Send. This replays the
conversation of bench_engine.py (20-word questions, 32-token answers) twice on the same model:
once as before, once prefilling each question before it is sent, and reports the TTFT of each
turn and the ratio of the last turn to turn 2 (issue 2's target: at most 1.3).

    python benchmarks/bench_prefill.py --synthetic-1b        # the model bench_engine.py builds
    python benchmarks/bench_prefill.py --model some.gguf --turns 20 --seeds 2
"""

from __future__ import annotations

import argparse
import random
import statistics
import threading
from pathlib import Path

from bench_engine import N_BATCH, N_CTX, ensure_synthetic_1b, stream_once, words

from gpt4local.core.inference.engine import Engine
from gpt4local.core.inference.events import GenerationStats
from gpt4local.core.inference.options import LoadSettings, SamplingSettings, default_threads
from gpt4local.core.messages import Message

ANSWER = 32


def conversation(engine: Engine, turns: int, seed: int, prefill: bool) -> list[GenerationStats]:
    rng = random.Random(seed)
    messages = [Message("system", "You are a helpful assistant.")]
    per_turn = []
    for turn in range(turns):
        messages.append(Message("user", words(20, rng) + "?"))
        if prefill:  # what the app does while the question is typed: not part of the wait
            engine.prefill(messages, ANSWER, threading.Event())
        sampling = SamplingSettings(max_tokens=ANSWER, seed=seed + turn)
        stats, _ = stream_once(engine, messages, sampling)
        messages.append(Message("assistant", stats.text))
        per_turn.append(stats)
    return per_turn


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--model", type=Path)
    source.add_argument("--synthetic-1b", action="store_true")
    parser.add_argument("--threads", type=int, default=default_threads())
    parser.add_argument("--turns", type=int, default=20)
    parser.add_argument("--seeds", type=int, default=2, help="conversations per mode")
    args = parser.parse_args()
    model = ensure_synthetic_1b(args.threads) if args.synthetic_1b else args.model
    load = LoadSettings(n_ctx=N_CTX, n_threads=args.threads, n_batch=N_BATCH)
    engine = Engine(model, load)
    results: dict[str, list[list[GenerationStats]]] = {"without": [], "prefill": []}
    try:
        stream_once(engine, [Message("user", "warm up")], SamplingSettings(max_tokens=8))
        for i in range(args.seeds):  # interleaved: a busy minute on the machine hits both
            for mode in results:
                results[mode].append(conversation(engine, args.turns, 1000 * (i + 1),
                                                  prefill=mode == "prefill"))  # fmt: skip
    finally:
        engine.close()
    print(f"{model.name}, {args.threads} threads, {args.seeds} conversations per mode")
    print(f"{'turn':>4} {'prompt':>7} | {'decoded':>7} {'TTFT ms':>8} | {'decoded':>7} "
          f"{'TTFT ms':>8}  (without | with prefill)")  # fmt: skip
    ttft = {mode: [statistics.median(talk[n].ttft_s for talk in talks)
                   for n in range(args.turns)] for mode, talks in results.items()}  # fmt: skip
    for n in range(args.turns):
        plain, ahead = results["without"][0][n], results["prefill"][0][n]
        print(f"{n + 1:>4} {plain.prompt_tokens:>7} | {plain.evaluated_tokens:>7} "
              f"{ttft['without'][n] * 1000:>8.1f} | {ahead.evaluated_tokens:>7} "
              f"{ttft['prefill'][n] * 1000:>8.1f}")  # fmt: skip
    for mode, values in ttft.items():
        print(f"TTFT turn {args.turns} / turn 2, {mode}: {values[-1] / values[1]:.2f}")


if __name__ == "__main__":
    main()
