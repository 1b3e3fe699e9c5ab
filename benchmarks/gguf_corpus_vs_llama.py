"""What llama.cpp itself does with each malformed GGUF of tests/gguf_corpus.py, next to what
gpt4local's checks say before it is asked.

Each file is loaded by bare llama-cpp-python (no checks of ours: `Llama(path, n_ctx=256)`,
tokenize, 4 tokens generated) in its own process, with an 8 GB address-space limit and a 60 s
timeout, and sorted into: loads, refuses (a Python exception), crashes (a signal: SIGABRT from
an assertion, SIGSEGV), or hangs. The last column is gguf_info.read_info's verdict. Exits 1 if
llama.cpp crashes, hangs or runs out of memory on a file our checks let through.

    python benchmarks/gguf_corpus_vs_llama.py [--json PATH]    # ~2 minutes on 2 cores
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from gpt4local.core.errors import ModelFileError  # noqa: E402
from gpt4local.core.models.gguf_info import read_info  # noqa: E402
from tests.gguf_corpus import build_corpus  # noqa: E402

VOCABULARY_ONLY = REPO / "tests" / "data" / "ggml-vocab-phi-3.gguf"
BARE_LOAD = """
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, (8 << 30, 8 << 30))
import llama_cpp
llm = llama_cpp.Llama(model_path=sys.argv[1], n_ctx=256, verbose=False)
for i, _ in enumerate(llm.generate(llm.tokenize(b"hi there"), temp=0.0)):
    if i == 3:
        break
"""


def bare_llama(path: Path, timeout: float = 60) -> tuple[str, str]:
    """(outcome, detail) of loading ``path`` with llama-cpp-python alone."""
    env = dict(os.environ, GGML_NO_BACKTRACE="1")  # an abort without a gdb backtrace
    try:
        done = subprocess.run([sys.executable, "-c", BARE_LOAD, str(path)], capture_output=True,
                              text=True, timeout=timeout, env=env)  # fmt: skip
    except subprocess.TimeoutExpired:
        return "hangs", f"still running after {timeout:.0f} s"
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    last = lines[-1] if lines else ""
    if done.returncode < 0:
        reason = next((line for line in lines if "GGML_ASSERT" in line or "error" in line), last)
        return "crashes", f"signal {-done.returncode}: {reason[-120:]}"
    if done.returncode:
        kind = "out of memory" if "MemoryError" in last else "refuses"
        return kind, last[-120:]
    return "loads", ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", type=Path, help="write the table here too")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        corpus = build_corpus(Path(folder))
        files = [*corpus.files.values(), VOCABULARY_ONLY]
        rows = []
        for path in files:
            outcome, detail = bare_llama(path)
            try:
                read_info(path)
                ours = "passes"
            except ModelFileError as error:
                ours = f"refused: {error}"
            rows.append({"file": path.name, "llama_cpp": outcome, "detail": detail, "ours": ours})
            print(f"{path.stem[:40]:40} {outcome:13} {ours[:90]}", flush=True)
    counts = Counter(row["llama_cpp"] for row in rows)
    dangerous = [r for r in rows if r["llama_cpp"] in ("crashes", "hangs", "out of memory")]
    missed = [r for r in dangerous if r["ours"] == "passes"]
    refused_by_us = sum(r["ours"] != "passes" for r in rows)
    print(
        f"\n{len(rows)} files. llama.cpp alone: "
        + ", ".join(
            f"{counts[k]} {k}" for k in ("loads", "refuses", "crashes", "hangs", "out of memory")
        )
    )
    print(f"gpt4local refuses {refused_by_us} before llama.cpp sees them, including "
          f"{len(dangerous) - len(missed)} of the {len(dangerous)} that crash, hang or exhaust "
          "memory in llama.cpp.")  # fmt: skip
    for row in missed:
        print(f"NOT CAUGHT: {row['file']}: {row['llama_cpp']} {row['detail']}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1, ensure_ascii=False))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
