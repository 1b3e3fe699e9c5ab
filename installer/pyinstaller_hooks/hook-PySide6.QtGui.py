"""PyInstaller's own QtGui hook, minus the Qt plugins a desktop app never loads.

It runs instead of the built-in hook (installer/gpt4local.spec puts this folder in `hookspath`),
and drops the plugins *before* PyInstaller follows their library dependencies, so what only they
need (QtNetwork, the EGLFS libraries, half of GTK's stack …) stays out of the bundle too.
"""

import re

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)

_UNUSED_PLUGINS = re.compile(
    r"plugins/("
    # Embedded-device and remote platforms: the app runs on X11 (xcb) or Wayland, or offscreen.
    r"platforms/libq(eglfs|linuxfb|minimalegl|vkkhrdisplay|vnc)\.|egldeviceintegrations/|"
    # Touch/keyboard input straight from /dev for kiosks (a desktop session gives Qt its input).
    r"generic/|"
    # The GTK theme plugin would load the user's GTK 3 against bundled copies of glib, cairo and
    # pango from the build machine: a mismatch crashes. The XDG portal theme (file dialogs through
    # the desktop, over D-Bus) and Qt's own Fusion style remain.
    r"platformthemes/libqgtk3\.|"
    # Wayland shells and buffer sharing for compositors; xdg-shell is what desktops speak.
    r"wayland-shell-integration/lib(fullscreen-shell-v1|ivi-shell|qt-shell|wl-shell-plugin)\.|"
    r"wayland-graphics-integration-client/lib(dmabuf|drm-egl|shm-emulation|vulkan)-server\."
    r")"
)

binaries = [
    (source, dest)
    for source, dest in binaries
    if not _UNUSED_PLUGINS.search(source.replace("\\", "/"))
]
