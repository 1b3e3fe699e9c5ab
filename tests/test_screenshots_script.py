"""Issue 12 §8: the README's screenshots come from a script anyone can rerun. Run it as a user
would (its own process, offscreen) into a temporary folder and check every picture it promises."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "docs" / "screenshots" / "make_screenshots.py"
PAGES = ("welcome", "chat", "chat-settings", "models", "settings")


def test_the_screenshot_script_makes_every_picture_at_1280_by_800(tmp_path, isolated_home):
    before = sorted(isolated_home.rglob("*"))
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    done = subprocess.run([sys.executable, str(SCRIPT), "--out", str(tmp_path)], env=env,
                          capture_output=True, text=True, timeout=300)  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    made = sorted(p.name for p in tmp_path.glob("*.png"))
    assert made == sorted(f"{page}-{theme}.png" for page in PAGES for theme in ("light", "dark"))
    for name in made:
        image = QImage(str(tmp_path / name))
        assert (image.width(), image.height()) == (1280, 800), name
    # The light and the dark picture of a page differ (the theme was applied, not just named).
    light, dark = QImage(str(tmp_path / "chat-light.png")), QImage(str(tmp_path / "chat-dark.png"))
    assert light.pixelColor(640, 400).lightness() > dark.pixelColor(640, 400).lightness()
    # It ran in a throwaway home of its own: the user's (here the test's) is untouched.
    assert sorted(isolated_home.rglob("*")) == before
