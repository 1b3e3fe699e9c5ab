"""Start the desktop app."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from gpt4local import APP_NAME, __version__
from gpt4local.core import paths
from gpt4local.core.settings import load_settings
from gpt4local.ui.i18n.languages import install_language, resolve_language
from gpt4local.ui.window.restart import restart_if_requested
from gpt4local.ui.window.single_instance import SingleInstance

BACKGROUND_JOBS_WAIT_MS = 10_000  # at most, at exit

translate = QCoreApplication.translate  # lupdate reads calls by this name too


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

    folders_problem = None
    try:
        paths.ensure_dirs()
    except OSError as error:
        folders_problem = error
    instance = SingleInstance(paths.data_dir())
    if not instance.claim():
        return _leave_to_the_running_instance(instance, language)
    settings, settings_problem = load_settings()
    install_language(resolve_language(settings.language if language is None else language))
    problem = None
    if folders_problem is not None:
        problem = translate(
            "Startup",
            "Cannot create the data folders ({problem}). Set GPT4LOCAL_HOME to a writable folder.",
        ).format(problem=folders_problem)
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


def _leave_to_the_running_instance(instance: SingleInstance, language: str | None) -> int:
    """Another instance has this data folder: show its window, or say why this one stops."""
    if instance.ask_to_show():
        print(
            f"{APP_NAME} is already running with the data folder {instance.data_folder}: "
            "its window was brought to the front.",
            file=sys.stderr,
        )
        return 0
    message = (  # the terminal's copy stays English, as the command line does
        f"{APP_NAME} is already running with the data folder {instance.data_folder} "
        f"({instance.holder()}), and its window did not come forward. Close it first, or set "
        "GPT4LOCAL_HOME to another folder to run a second copy."
    )
    print(f"{APP_NAME}: error: {message}", file=sys.stderr)
    # The settings are not read (their owner may be writing them): the system's language.
    install_language(resolve_language(language or ""))
    shown = translate(
        "Startup",
        "{app} is already running with the data folder {folder} ({holder}), and its window did "
        "not come forward. Close it first, or set GPT4LOCAL_HOME to another folder to run a "
        "second copy.",
    ).format(app=APP_NAME, folder=instance.data_folder, holder=instance.holder())
    QMessageBox.warning(None, APP_NAME, shown)
    return 1
