"""Start the desktop app."""

from __future__ import annotations

import sys

from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from gpt4local import APP_NAME, __version__
from gpt4local.core import paths
from gpt4local.core.settings import load_settings
from gpt4local.ui.i18n.languages import install_language, resolve_language
from gpt4local.ui.window.restart import restart_if_requested
from gpt4local.ui.window.single_instance import SingleInstance

BACKGROUND_JOBS_WAIT_MS = 10_000  # at most, at exit


def run_gui(argv: list[str] | None = None, language: str | None = None) -> int:
    """``language``: a code ("de", "zh_CN") for this run instead of the settings' choice."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_NAME)
    icon = paths.resource_path("icons/gpt4local.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    from gpt4local.ui.theme import apply_theme
    from gpt4local.ui.window.main_window import MainWindow

    problem = None
    try:
        paths.ensure_dirs()
    except OSError as error:
        problem = (
            f"Cannot create the data folders ({error}). Set GPT4LOCAL_HOME to a writable folder."
        )
    instance = SingleInstance(paths.data_dir())
    if not instance.claim():
        return _leave_to_the_running_instance(instance)
    settings, settings_problem = load_settings()
    install_language(resolve_language(settings.language if language is None else language))
    apply_theme(app, settings.theme, settings.font_size)
    window = MainWindow(settings, startup_message=problem or settings_problem)
    instance.show_requested.connect(lambda: bring_to_front(window))
    app.aboutToQuit.connect(window.shutdown)  # also when quitting without closing the window
    window.show()
    try:
        return app.exec()
    finally:
        # A background job (a folder scan, a settings save) still running would report to a
        # relay the interpreter's teardown has already deleted, and crash the exit; they are
        # short, so they are waited for.
        QThreadPool.globalInstance().waitForDone(BACKGROUND_JOBS_WAIT_MS)
        instance.release()
        restart_if_requested(argv or sys.argv)


def bring_to_front(window: QWidget) -> None:
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()


def _leave_to_the_running_instance(instance: SingleInstance) -> int:
    """Another instance has this data folder: show its window, or say why this one stops."""
    if instance.ask_to_show():
        print(
            f"{APP_NAME} is already running with the data folder {instance.data_folder}: "
            "its window was brought to the front.",
            file=sys.stderr,
        )
        return 0
    message = (
        f"{APP_NAME} is already running with the data folder {instance.data_folder} "
        f"({instance.holder()}), and its window did not come forward. Close it first, or set "
        "GPT4LOCAL_HOME to another folder to run a second copy."
    )
    print(f"{APP_NAME}: error: {message}", file=sys.stderr)
    QMessageBox.warning(None, APP_NAME, message)
    return 1
