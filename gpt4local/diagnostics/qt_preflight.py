"""Can Qt's X11 (xcb) platform plugin load here? Asked before any QApplication exists.

When a library the plugin needs is missing, Qt prints a hint that names libxcb-cursor0 whatever
is missing, then aborts the whole process (exit 134, a core dump). On a stock Debian 12 three
libraries are missing, so installing the one Qt names changes nothing. This check answers in
milliseconds, without importing Qt into Python: the dynamic linker loads the plugin as Qt would,
and if it cannot, ``ldd`` lists every missing library, which the message turns into the
Debian/Ubuntu and Fedora packages to install. The launch and the self-test share it.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

# The system libraries Qt's X11 plugin (and Qt's GUI library under it) needs directly, with
# the package that provides each: (Debian/Ubuntu, Fedora). What these need in turn comes along
# with them through the package managers.
PACKAGES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libpng16.so.16": ("libpng16-16", "libpng"),
}

_NOT_FOUND = re.compile(r"^\s*(\S+) => not found", re.MULTILINE)
_CANNOT_OPEN = re.compile(r"^(\S+?): cannot open shared object file")


def platforms_qt_tries(env: Mapping[str, str]) -> list[str]:
    """The platform plugins Qt tries, in order: QT_QPA_PLATFORM's list, else Wayland first in a
    Wayland session (Qt 6 falls back to X11 when Wayland fails), else X11."""
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return [name.split(":")[0].strip() for name in chosen.split(";") if name.strip()]
    wayland_session = env.get("WAYLAND_DISPLAY") or env.get("XDG_SESSION_TYPE") == "wayland"
    return ["wayland", "xcb"] if wayland_session else ["xcb"]


def platform_plugin(name: str) -> Path | None:
    """PySide6's plugin file for a platform (also where a PyInstaller bundle keeps it)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    package = Path(next(iter(spec.submodule_search_locations)))
    path = package / "Qt/plugins/platforms" / f"libq{name}.so"
    return path if path.is_file() else None


def missing_libraries(plugin: Path) -> list[str]:
    """The shared libraries that keep ``plugin`` from loading in this process; [] if it loads.

    The verdict is the dynamic linker's own, in this process (same library path as Qt's load
    later). Only when it fails does ``ldd`` run, because the linker names just the first missing
    library. A library ldd cannot find but this process can (ldd runs without the library path
    a PyInstaller bundle gave this process) is not missing. A load failure that is not a
    missing library (a broken file, say) is left for Qt to report.
    """
    try:
        ctypes.CDLL(str(plugin))
        return []
    except OSError as error:
        first = _CANNOT_OPEN.match(str(error))
    try:
        listing = subprocess.run(
            ["ldd", str(plugin)], capture_output=True, text=True, timeout=10, check=False,
            env={**os.environ, "LC_ALL": "C"},
        ).stdout  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        listing = ""
    named = dict.fromkeys(_NOT_FOUND.findall(listing))
    if first:
        named[first.group(1)] = None
    return [soname for soname in named if not _loads(soname)]


def _loads(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def packages(sonames: Iterable[str]) -> tuple[list[str], list[str]]:
    """The Debian/Ubuntu and the Fedora packages of the known libraries among these."""
    known = [PACKAGES[name] for name in sonames if name in PACKAGES]
    return list(dict.fromkeys(d for d, _ in known)), list(dict.fromkeys(f for _, f in known))


def install_commands(sonames: Iterable[str]) -> tuple[str, str]:
    """``sudo apt install …`` and ``sudo dnf install …`` for the known libraries among these."""
    debian, fedora = packages(sonames)
    return f"sudo apt install {' '.join(debian)}", f"sudo dnf install {' '.join(fedora)}"


def describe_missing(sonames: list[str]) -> str:
    """One line: what is missing and how to install it."""
    message = (
        f"the window cannot open: Qt's X11 platform plugin needs {_listed(sonames)}, "
        f"{'which is' if len(sonames) == 1 else 'which are'} not installed."
    )
    if any(name in PACKAGES for name in sonames):
        apt, dnf = install_commands(sonames)
        message += f" Install with: {apt} (Debian, Ubuntu) or {dnf} (Fedora)"
        unknown = [name for name in sonames if name not in PACKAGES]
        message += f"; and the package that provides {_listed(unknown)}." if unknown else "."
    else:
        them = "it" if len(sonames) == 1 else "them"
        message += f" Install the package that provides {them}, or reinstall gpt4local."
    return message


def _listed(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def xcb_problem(
    env: Mapping[str, str] | None = None,
    find_missing: Callable[[Path], list[str]] | None = None,
) -> str | None:
    """Why Qt's X11 platform cannot start here, or None when it can (or will not be used).

    Only asked when X11 is the platform Qt would end up using: on Linux, with a display, unless
    QT_QPA_PLATFORM names another platform, or a platform tried before X11 (Wayland) loads.
    """
    env = os.environ if env is None else env
    find_missing = find_missing or missing_libraries
    if not sys.platform.startswith("linux") or not env.get("DISPLAY"):
        return None
    tried = platforms_qt_tries(env)
    if "xcb" not in tried:
        return None
    for name in tried[: tried.index("xcb")]:
        earlier = platform_plugin(name)
        if earlier is not None and not find_missing(earlier):
            return None
    plugin = platform_plugin("xcb")
    missing = find_missing(plugin) if plugin is not None else []
    return describe_missing(missing) if missing else None
