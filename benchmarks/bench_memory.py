"""How close is the memory estimate? Real shapes, real loads, compared with llama.cpp and RSS.

For each model (random weights with the real tensor shapes of TinyLlama 1.1B, Llama 2 7B and 13B,
optionally Llama 3 8B, written directly as Q4_0) and each memory-mapping setting, a fresh process
loads the model with the app's engine, answers one prompt longer than a batch (so the compute
buffers are really used), and reports llama.cpp's buffer sizes, its load time, and its peak RSS
(VmHWM). The table compares these with ``memory_fit.estimate`` for the same file and context.
See README.md.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from gpt4local.core.fit.memory_fit import estimate
from gpt4local.core.models.facts import facts_for_file
from gpt4local.diagnostics.synthetic_model import TINY, ModelShape, write_model

WORK = Path(__file__).resolve().parent / ".work"
MIB = 1 << 20
SHAPES = {
    "tiny": TINY,
    "1b": ModelShape(n_embd=2048, n_layers=22, n_head=32, n_head_kv=4, n_ff=5632,
                     n_ctx_train=2048, n_vocab=32000),  # TinyLlama 1.1B
    "7b": ModelShape(n_embd=4096, n_layers=32, n_head=32, n_head_kv=32, n_ff=11008,
                     n_ctx_train=4096, n_vocab=32000),  # Llama 2 7B
    "13b": ModelShape(n_embd=5120, n_layers=40, n_head=40, n_head_kv=40, n_ff=13824,
                      n_ctx_train=4096, n_vocab=32000),  # Llama 2 13B
    "8b-gqa": ModelShape(n_embd=4096, n_layers=32, n_head=32, n_head_kv=8, n_ff=14336,
                         n_ctx_train=8192, n_vocab=128256),  # Llama 3 8B
}  # fmt: skip

CHILD = r"""
import json, re, sys, time
from pathlib import Path
from gpt4local.core.inference import llama_log
from gpt4local.core.inference.options import LoadSettings, SamplingSettings
from gpt4local.core.inference.engine import Engine
from gpt4local.core.messages import Message

def status(key):
    return [int(l.split()[1]) * 1024 for l in open("/proc/self/status") if l.startswith(key)][0]

path, n_ctx, mmap = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3] == "on"
llama_log.install()
before = status("VmRSS:")
position = llama_log.mark()
started = time.perf_counter()
engine = Engine(path, LoadSettings(n_ctx=n_ctx, use_mmap=mmap))
load_s = time.perf_counter() - started
buffers = {}
for line in llama_log.lines_since(position):
    m = re.search(r"(\w+)\s+(model|KV|compute|output) buffer size\s*=\s*([\d.]+) MiB", line)
    if m:
        name = f"{m.group(1)} {m.group(2)}"
        buffers[name] = buffers.get(name, 0) + float(m.group(3)) * 2**20
prompt = " ".join(["tell me a long story about the sea, the wind and a local model"] * 30)
for _ in engine.stream([Message("user", prompt)], SamplingSettings(max_tokens=16, seed=1)):
    pass
print(json.dumps({"before": before, "peak": status("VmHWM:"), "after": status("VmRSS:"),
                  "load_s": load_s, "buffers": buffers}))
"""


def ensure_model(name: str) -> Path:
    path = WORK / f"memory-{name}-q4_0.gguf"
    if not path.exists():
        print(f"Writing {path.name}…", file=sys.stderr)
        part = path.with_suffix(".part")
        write_model(part, SHAPES[name], q4_0=name != "tiny", chat_template=None, name=name)
        part.rename(path)
    return path


def measure(path: Path, n_ctx: int, mmap: str) -> dict:
    result = subprocess.run([sys.executable, "-c", CHILD, str(path), str(n_ctx), mmap],
                            capture_output=True, text=True, check=True)  # fmt: skip
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", nargs="+", default=["tiny", "1b", "7b", "13b"],
                        choices=list(SHAPES))  # fmt: skip
    parser.add_argument("--ctx", type=int, default=2048)
    parser.add_argument("--json", type=Path, help="also write the rows here")
    args = parser.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    rows = []
    header = (f"{'model':<8}{'mmap':<6}{'estimate':>10}{'llama.cpp':>11}{'peak RSS':>10}"
              f"{'est/llama':>10}{'est/peak':>9}{'peak-stale':>11}{'load s':>8}")  # fmt: skip
    print(header)
    for name in args.models:
        path = ensure_model(name)
        ours = estimate(facts_for_file(path), args.ctx)
        for mmap in ("off", "on"):
            started = time.perf_counter()
            got = measure(path, args.ctx, mmap)
            buffers = got["buffers"]
            repacked = buffers.get("CPU_REPACK model", 0)
            mapped = buffers.get("CPU_Mapped model", 0)
            # What llama.cpp holds: with mmap the mapped file also contains the originals of the
            # repacked tensors, which are not used after load; count them once.
            held = sum(buffers.values()) - (min(mapped, repacked) if mmap == "on" else 0)
            held += got["before"]  # the interpreter and libraries, before any model
            stale = min(mapped, repacked) if mmap == "on" else 0
            row = {"model": name, "mmap": mmap, "n_ctx": args.ctx, "estimate": ours.total_bytes,
                   "llama_cpp": held, "peak_rss": got["peak"], "working_set": got["peak"] - stale,
                   "load_s": round(got["load_s"], 1), "buffers": buffers,
                   "estimate_parts": {"weights": ours.weights_bytes, "kv": ours.kv_bytes,
                                      "compute": ours.compute_bytes,
                                      "overhead": ours.overhead_bytes + ours.output_bytes},
                   "seconds": round(time.perf_counter() - started, 1)}  # fmt: skip
            rows.append(row)
            print(f"{name:<8}{mmap:<6}{ours.total_bytes / MIB:>9.0f}M{held / MIB:>10.0f}M"
                  f"{got['peak'] / MIB:>9.0f}M{ours.total_bytes / held:>10.3f}"
                  f"{ours.total_bytes / got['peak']:>9.3f}{(got['peak'] - stale) / MIB:>10.0f}M"
                  f"{got['load_s']:>8.1f}", flush=True)  # fmt: skip
    print("\nestimate/llama.cpp and estimate/peak should be within 0.90-1.10 for mmap off;"
          " with mmap on, RSS also holds the stale mapped pages of repacked tensors"
          " ('peak-stale' takes them out).")  # fmt: skip
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n")


if __name__ == "__main__":
    main()
