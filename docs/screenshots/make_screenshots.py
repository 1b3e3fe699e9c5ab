"""Take the screenshots in this folder: the welcome page, a chat with code (and its settings
panel), the Models page and Settings, in the light and the dark theme, at 1280×800.

Rerun from the repository's root after a visible change:

    python docs/screenshots/make_screenshots.py            # offscreen, no display needed
    xvfb-run -a python docs/screenshots/make_screenshots.py

Everything runs in a throwaway home folder, so your own chats, models and settings are neither
read nor changed. No model is downloaded: the chat's model is a small synthetic GGUF, and its
answer is written by a scripted engine (``ScriptedEngine``), so the picture shows the app, not
what a 200 KB model would babble. The Models page shows the real bundled catalog with this
computer's real memory verdicts.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIZE = (1280, 800)
THEMES = ("light", "dark")

QUESTION = "How do I add up one column of a CSV file in Python?"
ANSWER = """\
Use the `csv` module from the standard library: it reads the file row by row, so even a large \
file needs little memory.

```python
import csv

def column_total(path: str, column: str) -> float:
    with open(path, newline="", encoding="utf-8") as file:
        return sum(float(row[column]) for row in csv.DictReader(file))

print(column_total("sales.csv", "amount"))
```

A few things to keep in mind:

- `DictReader` takes the column names from the **first line** of the file.
- Empty cells raise `ValueError`; skip them with `if row[column]`.
- For analysis beyond a sum, *pandas* does it in one line: `pd.read_csv(path)[column].sum()`.
"""
TITLE = "Summing a CSV column in Python"
MODEL_FILE = "Qwen2.5-Coder-7B-Instruct-Q4_K_M.gguf"
MODEL_NAME = "Qwen2.5 Coder 7B Instruct"
MODEL_BYTES = 4_683_073_536  # the real file's size, so the selector reads as it would


class ScriptedEngine:
    """A chat backend (see core/inference/chat_backend.py) that writes the ANSWER above at a
    human pace, and the TITLE when asked for one."""

    def __init__(self, path: Path, load, gguf) -> None:
        from gpt4local.core.inference.chat_backend import EngineInfo

        self.info = EngineInfo(model_name=MODEL_NAME, path=path, n_ctx=load.n_ctx,
                               n_ctx_train=32768, device="CPU", threads=4,
                               template_origin="gguf")  # fmt: skip

    def stream(self, messages, sampling, cancel: threading.Event, continue_answer=False):
        from gpt4local.core.inference.events import GenerationStats, TextChunk

        asked_for_title = "short title" in messages[-1].content
        text = TITLE if asked_for_title else ANSWER
        pieces = [text[i:i + 12] for i in range(0, len(text), 12)]
        for piece in pieces:
            if cancel.is_set():
                break
            yield TextChunk(piece)
        # Figures of the order this machine's CPU gives a 7B Q4_K_M model.
        yield GenerationStats(text, prompt_tokens=38, evaluated_tokens=38,
                              completion_tokens=len(text) // 4, ttft_s=0.61, tokens_per_s=7.9,
                              prompt_tokens_per_s=62.0, stop_reason="eos",
                              dropped_messages=0)  # fmt: skip

    def prefill(self, messages, max_tokens, cancel) -> int:
        return 0

    def close(self) -> None:
        pass


def wait_until(app, done: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        app.processEvents()
        time.sleep(0.01)


def settle(app, seconds: float = 0.5) -> None:
    """Let layouts, fades and background scans finish before the picture."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def fresh_home(root: Path, name: str) -> Path:
    home = root / name
    home.mkdir()
    os.environ["GPT4LOCAL_HOME"] = str(home)
    return home


def install_model(home: Path) -> Path:
    """A synthetic GGUF under a real model's name, grown (sparsely: no disk used) to the real
    file's size."""
    from gpt4local.core import paths
    from gpt4local.diagnostics.synthetic_model import write_model

    folder = paths.models_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = write_model(folder / MODEL_FILE, name=MODEL_NAME)
    with path.open("r+b") as file:
        file.truncate(MODEL_BYTES)
    return path


def window_for(app, theme: str, engine_factory=None):
    from gpt4local.core.settings import Settings
    from gpt4local.ui.theme import apply_theme
    from gpt4local.ui.window.main_window import MainWindow

    apply_theme(app, theme, 0)
    kwargs = {"engine_factory": engine_factory} if engine_factory else {}
    window = MainWindow(Settings(theme=theme), **kwargs)
    window.resize(*SIZE)
    window.show()
    wait_until(app, lambda: window._picker_filled_once)
    return window


def save(app, window, path: Path) -> None:
    settle(app)
    window.grab().save(str(path))
    print(f"  {path}")


def close(app, window) -> None:
    window.close()
    settle(app, 0.2)


def shots(app, theme: str, root: Path, out: Path) -> None:
    # The welcome page: a first start, nothing installed.
    fresh_home(root, f"welcome-{theme}")
    window = window_for(app, theme)
    if "home" in window.navigation.keys:
        window.show_page("home")
        save(app, window, out / f"welcome-{theme}.png")
    close(app, window)

    # A chat with code, then the Models and Settings pages of the same window.
    home = fresh_home(root, f"chat-{theme}")
    model = install_model(home)
    window = window_for(app, theme, ScriptedEngine)
    window.loader.load(str(model))
    wait_until(app, lambda: window.loader.loaded_model is not None)
    window.show_page("chats")
    window.input.setPlainText(QUESTION)
    window.send()
    wait_until(app, lambda: not window.generating)
    wait_until(app, lambda: TITLE in window.sidebar.view.model().index(0, 0).data())
    window.input.setFocus()
    save(app, window, out / f"chat-{theme}.png")
    window.chat.settings_toggle.setChecked(True)  # the chat's own settings, beside it
    save(app, window, out / f"chat-settings-{theme}.png")
    window.chat.settings_toggle.setChecked(False)
    window.show_page("models")
    save(app, window, out / f"models-{theme}.png")
    window.show_page("settings")
    save(app, window, out / f"settings-{theme}.png")
    close(app, window)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE, help="where the PNGs go")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(HERE.parent.parent))  # the repository's gpt4local, not another
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    app.setApplicationName("gpt4local")
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="gpt4local-shots-") as temp:
        for theme in THEMES:
            shots(app, theme, Path(temp), args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
