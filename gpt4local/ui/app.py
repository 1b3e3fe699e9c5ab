"""Start the desktop app."""

from __future__ import annotations

import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from gpt4local import APP_NAME, __version__, paths
from gpt4local.settings import load_settings


def run_gui(argv: list[str] | None = None) -> int:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_NAME)
    icon = paths.resource_path("icons/gpt4local.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    from gpt4local.ui.main_window import MainWindow
    from gpt4local.ui.theme import apply_theme

    problem = None
    try:
        paths.ensure_dirs()
    except OSError as error:
        problem = (
            f"Cannot create the data folders ({error}). Set GPT4LOCAL_HOME to a writable folder."
        )
    settings, settings_problem = load_settings()
    apply_theme(app, settings.theme, settings.font_size)
    window = MainWindow(settings, startup_message=problem or settings_problem)
    app.aboutToQuit.connect(window.shutdown)  # also when quitting without closing the window
    window.show()
    return app.exec()
