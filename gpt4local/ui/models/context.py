"""What the Models page's tabs share, handed to each tab instead of the page itself.

A tab reads the settings, asks the download manager, and learns whether a file is installed
through this object; whatever it has to tell it says with its own signals, which the page
connects. So a tab never imports the page, and a test can build one tab alone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from gpt4local.core.fit.system_probe import SystemInfo, probe
from gpt4local.core.models.library import InstalledModel
from gpt4local.core.settings import Settings, models_folder
from gpt4local.ui.models.download_manager import DownloadManager


@dataclass
class ModelsContext:
    settings: Settings
    downloads: DownloadManager
    save_settings: Callable[[], None]
    # Measured afresh for each verdict, off the GUI thread: free memory changes all the time.
    probe_machine: Callable[[], SystemInfo] = probe
    # The page's latest scan; replaced (not changed in place) on each one.
    installed: list[InstalledModel] = field(default_factory=list)

    @property
    def models_dir(self) -> Path:
        return models_folder(self.settings)

    def is_installed(self, filename: str) -> bool:
        """A model of that file name is in the models folder (one added from elsewhere is not:
        downloading the file would still put a copy there)."""
        name = Path(filename).name
        return any(m.path.name == name and not m.side_loaded for m in self.installed)
