"""Entry point of the frozen app (PyInstaller): the same front door as the `gpt4local` command."""

import os
import sys


def _restore_library_path() -> None:
    """Give programs we start (xdg-open, the file manager, a browser) the user's library path.

    PyInstaller's bootloader points LD_LIBRARY_PATH at the bundle so that our process finds its
    libraries; children would inherit it and load our copies of glib, dbus or fontconfig instead
    of their own. The dynamic linker read the variable when this process started, so changing it
    now only affects children. A child that is this app again (the self-test's Qt check) is told
    to start afresh, so its bootloader sets the bundle's library path up again.
    """
    if not (getattr(sys, "frozen", False) and sys.platform.startswith("linux")):
        return
    original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is None:
        os.environ.pop("LD_LIBRARY_PATH", None)
    else:
        os.environ["LD_LIBRARY_PATH"] = original
    os.environ["PYINSTALLER_RESET_ENVIRONMENT"] = "1"


if __name__ == "__main__":
    _restore_library_path()

    from gpt4local.cli.main import main

    sys.exit(main())
