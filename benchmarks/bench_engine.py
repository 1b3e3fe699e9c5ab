"""Measure the app's streaming path (``Engine.stream``) against llama.cpp's own ``llama-bench``.

Figures: streamed tokens/s for 128 and 2,048 generated tokens, prompt processing tokens/s for a
~512-token prompt, and time to first token (TTFT) along a 20-turn conversation, where KV-cache
prefix reuse should keep turn 20 about as quick as turn 2. ``llama-bench`` runs on the same file
with the same threads, batch sizes and flash-attention setting as the engine. See README.md.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import math
import os
import random
import statistics
import subprocess
import sys
import tarfile
import time
from collections.abc import Callable
from pathlib import Path

from gpt4local.core.inference.engine import Engine
from gpt4local.core.inference.events import GenerationStats, TextChunk
from gpt4local.core.inference.options import LoadSettings, SamplingSettings, default_threads
from gpt4local.core.messages import Message
from gpt4local.core.service.engine_service import EngineService
from gpt4local.core.service.events import ModelLoaded
from gpt4local.core.service.requests import Answer, Load

WORK = Path(__file__).resolve().parent / ".work"
SYNTHETIC_1B = WORK / "synthetic-tinyllama-1b-q4_0.gguf"
LLAMA_BENCH = WORK / "llama.cpp-build" / "bin" / "llama-bench"
N_CTX = 4096  # room for a 2,048-token answer after its prompt, and for 20 turns
N_BATCH = 512  # the engine's default; llama-bench gets the same -b/-ub
# Static and native (the same CPU features as the installed wheel), only what llama-bench needs.
CMAKE_OPTIONS = (
    "-DCMAKE_BUILD_TYPE=Release -DGGML_NATIVE=ON -DBUILD_SHARED_LIBS=OFF -DLLAMA_CURL=OFF "
    "-DLLAMA_OPENSSL=OFF -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF "
    "-DLLAMA_BUILD_SERVER=OFF -DLLAMA_BUILD_APP=OFF -DLLAMA_BUILD_TOOLS=ON"
)
TAIL = 128  # the last TAIL tokens of the long answer are timed on their own: "tg128 at depth"
COMMON_WORDS = (
    "the of and to in is you that it was for on are as with they at be this have from or one had "
    "by word but not what all were we when your can said there use each which she do how their if "
    "will up other about out many then them these so some her would make like him into time has "
    "look two more write go see number no way could people my than first water been call who now "
    "find long down day did get come made may part hello world model chat answer question local"
)
WORDS = COMMON_WORDS.split()


def words(n: int, rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def cpu_snapshot() -> tuple[float, float, float]:
    """(wall clock, CPU-s the machine was busy or stolen, CPU-s we and our children used)."""
    try:  # /proc/stat: user nice system idle iowait irq softirq steal, in clock ticks
        ticks = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
        machine = (sum(ticks) - ticks[3] - ticks[4]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError):  # not Linux: no interference figure
        machine = math.nan
    own = os.times()
    return (
        time.perf_counter(),
        machine,
        own.user + own.system + own.children_user + own.children_system,
    )


def others_load(since: tuple[float, float, float]) -> float:
    """Share of all CPUs that other processes (or the host, as steal) took since ``since``.

    On a shared 2-core machine one neighbour's test run can halve a figure; this says when.
    """
    now = cpu_snapshot()
    others = (now[1] - since[1]) - (now[2] - since[2])
    return max(0.0, others / ((now[0] - since[0]) * (os.cpu_count() or 1)))


# --- inputs: the synthetic model and llama-bench ---------------------------------------------


def ensure_synthetic_1b(threads: int) -> Path:
    """TinyLlama-1.1B shapes with random weights, as Q4_0: built once, reused by later runs.

    Random weights make EOS (one token of 32,000) unlikely, so long answers run to full length.
    """
    if SYNTHETIC_1B.exists():
        return SYNTHETIC_1B
    import llama_cpp
    import numpy as np

    from gpt4local.diagnostics import synthetic_model

    WORK.mkdir(parents=True, exist_ok=True)
    f16 = WORK / "synthetic-tinyllama-1b-f16.gguf"
    part = SYNTHETIC_1B.with_suffix(".gguf.part")  # renamed at the end: no half-written cache
    try:
        print("Writing the F16 model (2.2 GB)…", file=sys.stderr)
        shape = synthetic_model.TINYLLAMA_1B
        synthetic_model.write_model(f16, shape, name="synthetic-tinyllama-1b", dtype=np.float16)
        print("Quantising to Q4_0…", file=sys.stderr)
        params = llama_cpp.llama_model_quantize_default_params()
        params.ftype = llama_cpp.LLAMA_FTYPE_MOSTLY_Q4_0
        params.nthread = threads
        if llama_cpp.llama_model_quantize(str(f16).encode(), str(part).encode(), params) != 0:
            raise SystemExit("llama_model_quantize failed")
        part.rename(SYNTHETIC_1B)
    finally:
        f16.unlink(missing_ok=True)
        part.unlink(missing_ok=True)
    return SYNTHETIC_1B


def build_llama_bench() -> Path:
    """Build llama-bench from the llama.cpp that the installed llama-cpp-python vendors.

    The wheel has no llama-bench, and another llama.cpp revision could be faster or slower for
    reasons that have nothing to do with the app, so the sdist of the exact version is used.
    """
    version = importlib.metadata.version("llama_cpp_python")
    sdist_dir = WORK / "sdist"
    archive = sdist_dir / f"llama_cpp_python-{version}.tar.gz"
    if not archive.exists():
        pip = [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:"]
        subprocess.run([*pip, f"llama-cpp-python=={version}", "-d", str(sdist_dir)], check=True)
    source = sdist_dir / f"llama_cpp_python-{version}" / "vendor" / "llama.cpp"
    if not source.exists():
        with tarfile.open(archive) as tar:
            tar.extractall(sdist_dir, filter="data")
    build = LLAMA_BENCH.parent.parent
    configure = ["cmake", "-S", str(source), "-B", str(build), *CMAKE_OPTIONS.split()]
    subprocess.run(configure, check=True)
    subprocess.run(["cmake", "--build", str(build), "--target", "llama-bench", "-j2"], check=True)
    return LLAMA_BENCH


def run_llama_bench(binary: Path, model: Path, threads: int, reps: int, tests: list[list[str]]):
    """Run each test's extra arguments; results keyed like "pp512", "tg128", "tg128@d2048"."""
    # Same settings as the engine: CPU, -b/-ub 512, and the engine's flash-attention default.
    flash = "on" if LoadSettings().flash_attn else "off"
    common = [str(binary), "-m", str(model), "-t", str(threads), "-ngl", "0", "-fa", flash]
    common += ["-b", str(N_BATCH), "-ub", str(N_BATCH), "-r", str(reps), "-o", "json"]
    results = {}
    for extra in tests:
        out = subprocess.run(common + extra, check=True, capture_output=True, text=True).stdout
        for test in json.loads(out):
            name = f"pp{test['n_prompt']}" if test["n_prompt"] else f"tg{test['n_gen']}"
            name += f"@d{test['n_depth']}" if test["n_depth"] else ""
            results[name] = {"t/s": test["avg_ts"], "sd": test["stddev_ts"]}
    return results


# --- our numbers, through the real streaming path ----------------------------------------------


def stream_once(engine: Engine, messages: list[Message], sampling: SamplingSettings):
    """Drain one answer the way the UI does; its GenerationStats and the time of each TextChunk."""
    stamps, stats = [], None
    for event in engine.stream(messages, sampling):
        if isinstance(event, TextChunk):
            stamps.append(time.perf_counter())
        elif isinstance(event, GenerationStats):
            stats = event
    assert stats is not None
    return stats, stamps


def generation(engine: Engine, n_tokens: int, seed: int, attempts: int = 3):
    """One answer of ``n_tokens`` if possible (an early EOS is retried with another seed).

    Returns its stats and the streaming rate over its last TAIL chunks: with one chunk per token
    (nearly always so), that is tokens/s at the end of the answer, where llama-bench's depth is.
    """
    rng = random.Random(seed)
    for attempt in range(attempts):
        prompt = [Message("user", f"{words(12, rng)}. Write a very long story.")]
        sampling = SamplingSettings(max_tokens=n_tokens, seed=seed + attempt)
        stats, stamps = stream_once(engine, prompt, sampling)
        if stats.stop_reason == "length":
            break
        print(f"  early stop: {stats.stop_reason} after {stats.completion_tokens}", file=sys.stderr)
    tail = TAIL / (stamps[-1] - stamps[-1 - TAIL]) if len(stamps) > 2 * TAIL else math.nan
    return stats, tail


def prompt_of(engine: Engine, target: int, rng: random.Random) -> list[Message]:
    """A single user message whose rendered prompt is as close to ``target`` tokens as words allow.

    Words are not one token each in every vocabulary, so the cut is found by bisection (over
    ``target`` words: a word is at least one token).
    """
    pool = words(target, rng).split()
    low, high = 1, len(pool)
    while low < high:
        middle = (low + high + 1) // 2
        text = engine.template.render([Message("user", " ".join(pool[:middle]))])
        size = len(engine.tokenize_prompt(text))
        low, high = (middle, high) if size <= target else (low, middle - 1)
    return [Message("user", " ".join(pool[:low]))]


def conversation(engine: Engine, turns: int, seed: int) -> list[GenerationStats]:
    """``turns`` user messages of 20 words, answers capped at 32 tokens; stats for each turn."""
    rng = random.Random(seed)
    messages = [Message("system", "You are a helpful assistant.")]
    per_turn = []
    for turn in range(turns):
        messages.append(Message("user", words(20, rng) + "?"))
        stats, _ = stream_once(engine, messages, SamplingSettings(max_tokens=32, seed=seed + turn))
        messages.append(Message("assistant", stats.text))
        per_turn.append(stats)
    return per_turn


def measure_engine(model: Path, threads: int, reps: int, turns: int, binary: Path | None) -> dict:
    engine = Engine(model, LoadSettings(n_ctx=N_CTX, n_threads=threads, n_batch=N_BATCH))
    load = {}  # other processes' share of the CPUs during each measurement

    def watched(name: str, measure: Callable):
        start = cpu_snapshot()
        value = measure()
        load[name] = round(others_load(start), 3)
        return value

    try:
        generation(engine, 16, seed=99)  # warm-up: page in the weights, as llama-bench does
        # Interleaved with llama-bench, round by round: a slow minute on a shared machine then
        # hits both sides instead of one.
        rounds = watched("tg128", lambda: [tg128_round(engine, binary, model, threads, i)
                                           for i in range(reps)])  # fmt: skip
        tg128 = [ours for ours, _ in rounds]
        bench_tg128 = [theirs for _, theirs in rounds if theirs is not None]
        tg2048, tail = watched("tg2048", lambda: generation(engine, 2048, seed=7))
        rng = random.Random(5)
        pp_prompts = [prompt_of(engine, 512, rng) for _ in range(reps)]
        one_token = SamplingSettings(max_tokens=1)
        pp = watched("pp", lambda: [stream_once(engine, p, one_token)[0] for p in pp_prompts])
        seeds = [1000 * (i + 1) for i in range(max(1, reps - 1))]
        talks = watched("turns", lambda: [conversation(engine, turns, seed) for seed in seeds])
    finally:
        engine.close()
    service_runs = watched("service", lambda: service_in_own_process(model, threads, reps))
    # Medians resist a neighbour's burst of CPU use better than means on a shared machine.
    return {
        "tg128": statistics.median(s.tokens_per_s for s in tg128),
        "tg128_runs": [round(s.tokens_per_s, 2) for s in tg128],
        "service_tg128": statistics.median(service_runs),
        "service_tg128_runs": [round(t, 2) for t in service_runs],
        "llama_bench_tg128_runs": [round(t, 2) for t in bench_tg128],
        "tg2048": tg2048.tokens_per_s,
        "tg2048_tail": tail,
        "tg2048_tokens": tg2048.completion_tokens,
        "tg2048_stop": tg2048.stop_reason,
        "pp": statistics.median(s.prompt_tokens_per_s for s in pp),
        "pp_evaluated": [s.evaluated_tokens for s in pp],
        "turns": [turn_summary(n, [talk[n] for talk in talks]) for n in range(turns)],
        "others_load": load,
    }


def service_in_own_process(model: Path, threads: int, reps: int) -> list[float]:
    """through_service's tokens/s, measured in a process of its own: llama.cpp's OpenMP keeps
    one pool of threads per calling thread, so in this process (where the direct rounds ran on
    the main thread) a second caller would compete with the first pool, which the app never
    does: only the engine thread ever calls llama.cpp there."""
    command = [sys.executable, __file__, "--model", str(model), "--threads", str(threads),
               "--reps", str(reps), "--service-only"]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def through_service(model: Path, threads: int, reps: int) -> list[GenerationStats]:
    """128-token answers the way the window and the command line get them: requests to the
    engine service, run on its own thread, events handed back across it. Same prompts and
    seeds as the direct tg128 rounds, so the two medians compare like for like."""
    service = EngineService()
    try:
        load = LoadSettings(n_ctx=N_CTX, n_threads=threads, n_batch=N_BATCH)
        _, events = service.iterate(Load(model, load, force=True, can_ask=False))
        final = list(events)[-1]
        assert isinstance(final, ModelLoaded), final
        runs = []
        for i in range(-1, reps):  # round -1 warms up, as the direct path's first answer does
            rng = random.Random(100 * max(i, 0))
            prompt = (Message("user", f"{words(12, rng)}. Write a very long story."),)
            sampling = SamplingSettings(max_tokens=128, seed=100 * max(i, 0))
            _, answer = service.iterate(Answer(prompt, sampling))
            stats = [e for e in answer if isinstance(e, GenerationStats)]
            if i >= 0 and stats:
                runs.append(stats[-1])
        return runs
    finally:
        service.close()


def tg128_round(engine: Engine, binary: Path | None, model: Path, threads: int, i: int):
    """One 128-token answer of ours, then (with a binary) one llama-bench tg128: both t/s."""
    ours = generation(engine, 128, 100 * i)[0]
    if binary is None:
        return ours, None
    result = run_llama_bench(binary, model, threads, 1, [["-p", "0", "-n", "128"]])
    return ours, result["tg128"]["t/s"]


def turn_summary(n: int, runs: list[GenerationStats]) -> dict:
    """Turn ``n`` (0-based): token counts of the first conversation, the median TTFT of all."""
    first = runs[0]
    return {"turn": n + 1, "prompt_tokens": first.prompt_tokens, "stop": first.stop_reason,
            "evaluated_tokens": first.evaluated_tokens,
            "ttft_s": statistics.median(r.ttft_s for r in runs)}  # fmt: skip


def ttft_floor_test(turns: list[dict]) -> tuple[int, int, int]:
    """(suffix tokens, depth at turn 2, depth at the last turn): llama.cpp's own cost of a turn."""
    suffix = round(statistics.median(t["evaluated_tokens"] for t in turns[1:]))
    return suffix, turns[1]["prompt_tokens"] - suffix, turns[-1]["prompt_tokens"] - suffix


# --- report ------------------------------------------------------------------------------------


def ratios(ours: dict, bench: dict | None) -> list[tuple[str, float, str]]:
    """(name, value, target) rows; the llama-bench ones only when it ran."""
    turns = ours["turns"]
    rows = [("TTFT last turn / TTFT turn 2", turns[-1]["ttft_s"] / turns[1]["ttft_s"], "<= 1.30"),
            ("tg128 through the engine service / direct", ours["service_tg128"] / ours["tg128"],
             ">= 0.97")]  # fmt: skip
    if not bench:
        return rows
    tg0, tgd = bench["tg128"]["t/s"], bench["tg128@d2048"]["t/s"]
    suffix, d2, d_last = ttft_floor_test(turns)
    floor = bench[f"pp{suffix}@d{d2}"]["t/s"] / bench[f"pp{suffix}@d{d_last}"]["t/s"]

    def overhead(turn: dict, depth: int) -> float:
        return turn["ttft_s"] * bench[f"pp{suffix}@d{depth}"]["t/s"] / turn["evaluated_tokens"]

    return [
        ("ours tg128 / llama-bench tg128", ours["tg128"] / tg0, ">= 0.97"),
        # Our 2,048-token average spans depths 0 to 2,048, so this flatters us; the next row
        # times only our last 128 tokens, at llama-bench's depth: like for like.
        ("ours tg2048 / llama-bench tg128@d2048", ours["tg2048"] / tgd, ">= 0.95"),
        (f"ours last {TAIL} of 2048 / llama-bench tg128@d2048", ours["tg2048_tail"] / tgd, ""),
        ("ours pp512 / llama-bench pp512", ours["pp"] / bench["pp512"]["t/s"], "(info)"),
        *rows,
        (f"llama-bench pp{suffix}: time @d{d_last} / @d{d2}", floor, "(floor)"),
        # Our whole TTFT (render, tokenize, evaluate, sample, decode) against llama.cpp's time
        # for evaluating the same number of tokens at the same depth: what the app adds.
        ("ours TTFT turn 2 / llama-bench same tokens, depth", overhead(turns[1], d2), "(overhead)"),
        ("ours TTFT last / llama-bench same tokens, depth", overhead(turns[-1], d_last), ""),
    ]


def print_report(model: Path, threads: int, ours: dict, bench: dict | None) -> None:
    print(f"\nmodel {model.name}, {threads} threads, n_ctx {N_CTX}, n_batch {N_BATCH}")
    print(f"other processes' CPU share during: {ours['others_load']}\n")
    print(f"{'measurement (t/s)':<40}{'gpt4local':>10}{'llama-bench':>16}")
    bench = bench or {}

    def row(name: str, value: float, key: str, note: str = "") -> None:
        other = f"{bench[key]['t/s']:.2f} ±{bench[key]['sd']:.2f}" if key in bench else "-"
        print(f"{name:<40}{value:>10.2f}{other:>16}  {note}")

    row("tg128 (median, interleaved)", ours["tg128"], "tg128",
        f"runs {ours['tg128_runs']} vs {ours['llama_bench_tg128_runs']}")  # fmt: skip
    row("tg2048 | llama-bench tg128@d2048", ours["tg2048"], "tg128@d2048",
        f"{ours['tg2048_tokens']} tokens, stop={ours['tg2048_stop']}")  # fmt: skip
    row(f"last {TAIL} tokens of the 2048", ours["tg2048_tail"], "tg128@d2048")
    row("tg128 through the engine service", ours["service_tg128"], "tg128",
        f"runs {ours['service_tg128_runs']}")  # fmt: skip
    row("pp ~512 (median)", ours["pp"], "pp512", f"evaluated {ours['pp_evaluated']}")
    print(f"\n{'turn':>4}{'prompt tok':>12}{'evaluated':>11}{'TTFT ms':>9}  stop")
    for t in ours["turns"]:
        print(f"{t['turn']:>4}{t['prompt_tokens']:>12}{t['evaluated_tokens']:>11}"
              f"{t['ttft_s'] * 1000:>9.1f}  {t['stop']}")  # fmt: skip
    print(f"\n{'ratio':<50}{'value':>8}  target")
    for name, value, target in ratios(ours, bench or None):
        print(f"{name:<50}{value:>8.3f}  {target}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--model", type=Path, help="any GGUF file")
    source.add_argument("--synthetic-1b", action="store_true", help=f"cached in {WORK}")
    bench_source = parser.add_mutually_exclusive_group()
    bench_source.add_argument("--llama-bench", type=Path, help="an existing llama-bench binary")
    bench_source.add_argument("--build-llama-bench", action="store_true", help="from the sdist")
    parser.add_argument("--threads", type=int, default=default_threads())
    parser.add_argument("--reps", type=int, default=3, help="repetitions per measurement")
    parser.add_argument("--turns", type=int, default=20)
    parser.add_argument("--json", type=Path, help="also write the results here ('-' = stdout)")
    # The child process of service_in_own_process: prints the service's tg128 runs as JSON.
    parser.add_argument("--service-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.service_only:
        runs = through_service(args.model, args.threads, args.reps)
        print(json.dumps([s.tokens_per_s for s in runs]))
        return

    model = ensure_synthetic_1b(args.threads) if args.synthetic_1b else args.model
    binary = build_llama_bench() if args.build_llama_bench else args.llama_bench
    if binary is None and LLAMA_BENCH.exists():
        binary = LLAMA_BENCH  # built by an earlier --build-llama-bench
    started = time.perf_counter()
    ours = measure_engine(model, args.threads, args.reps, args.turns, binary)
    bench = None
    if binary:
        suffix, d2, d_last = ttft_floor_test(ours["turns"])
        tests = [["-p", "512", "-n", "0"], ["-p", "0", "-n", "128", "-d", "2048"]]
        tests.append(["-p", str(suffix), "-n", "0", "-d", f"{d2},{d_last}"])
        start = cpu_snapshot()
        bench = run_llama_bench(binary, model, args.threads, args.reps, tests)
        runs = ours["llama_bench_tg128_runs"]  # interleaved with ours, see measure_engine
        spread = statistics.stdev(runs) if len(runs) > 1 else math.nan
        bench["tg128"] = {"t/s": statistics.median(runs), "sd": spread}
        ours["others_load"]["llama-bench"] = round(others_load(start), 3)
    print_report(model, args.threads, ours, bench)
    print(f"\n(total {time.perf_counter() - started:.0f} s)")
    if args.json:
        results = {"model": str(model), "threads": args.threads, "ours": ours}
        results |= {"llama_bench": bench, "ratios": {n: v for n, v, _ in ratios(ours, bench)}}
        text = json.dumps(results, indent=2)
        print(text) if str(args.json) == "-" else args.json.write_text(text + "\n")


if __name__ == "__main__":
    main()
