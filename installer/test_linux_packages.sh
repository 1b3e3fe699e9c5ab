#!/usr/bin/env bash
# End-to-end test of the Linux packages (slow: minutes; needs root or sudo, and dpkg):
#   installer/test_linux_packages.sh [--reuse] [--force] [cpu|cuda|vulkan]
#
#  1. builds the bundle, .tar.gz and .deb with installer/build_linux.sh
#     (--reuse: take the existing dist/ artefacts of this version instead, if there are any);
#  2. unpacks the .tar.gz, runs the app from it, adds and removes its per-user menu entry;
#  3. lints the .deb (when lintian is installed), installs it (dpkg -i; apt-get install -f for
#     missing dependencies), checks every file is in place and every library resolves, runs
#     `gpt4local --version` and `--self-test`, and starts the window: offscreen, and under Xvfb
#     with the real X11 plugin when xvfb-run exists;
#  4. removes the package (dpkg -r, then --purge) and checks nothing of it is left, while the
#     user's data folder is untouched.
# The app runs with a throw-away HOME, so the real user's models and settings are never touched.
# --force: go on even if gpt4local is already installed from a .deb (it is removed at the end).
set -euo pipefail

die() { echo "test_linux_packages: FAIL: $*" >&2; exit 1; }
step() { echo; echo "== $*"; }
ok() { echo "ok: $*"; }

REUSE=0 FORCE=0 BACKEND=cpu
for arg in "$@"; do
    case "$arg" in
        --reuse) REUSE=1 ;;
        --force) FORCE=1 ;;
        cpu|cuda|vulkan) BACKEND="$arg" ;;
        -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
        *) die "unknown argument '$arg'" ;;
    esac
done

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
START=$SECONDS
SUDO=""
if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || die "run as root, or install sudo (dpkg -i needs root)"
    SUDO="sudo"
fi
command -v dpkg >/dev/null || die "dpkg not found: this test is for Debian/Ubuntu"
if dpkg-query -W -f='${Status}' gpt4local 2>/dev/null | grep -q "ok installed" && [ "$FORCE" = 0 ]; then
    die "gpt4local is already installed from a .deb; this test would remove it (use --force)"
fi

VERSION="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' gpt4local/__init__.py)"
[ -n "$VERSION" ] || die "cannot read __version__ from gpt4local/__init__.py"
TARBALL="dist/gpt4local-$VERSION-linux-$(uname -m)-$BACKEND.tar.gz"
DEB="dist/gpt4local_${VERSION}_$(dpkg --print-architecture)-$BACKEND.deb"
TOP="gpt4local-$VERSION-linux-$(uname -m)-$BACKEND"

SCRATCH="$(mktemp -d)"
INSTALLED=0
GUI_PID=""
cleanup() {
    stop_gui
    if [ "$INSTALLED" = 1 ]; then
        echo "(cleaning up: removing the gpt4local package)"
        $SUDO dpkg --purge gpt4local >/dev/null 2>&1 || true
    fi
    rm -rf "$SCRATCH"
}
trap cleanup EXIT

# `gpt4local --version` of the build under test: "gpt4local 0.1.0 (llama.cpp cpu)".
version_ok() {
    case "$1" in
        "gpt4local $VERSION (llama.cpp $BACKEND)"|"gpt4local $VERSION") return 0 ;;
        *) echo "unexpected version line: '$1'" >&2; return 1 ;;
    esac
}

# Stop the window started by gui_starts, and whatever it started, and wait until they are gone.
stop_gui() {
    [ -n "$GUI_PID" ] || return 0
    kill -TERM -- "-$GUI_PID" 2>/dev/null || true
    local waited=0
    while kill -0 -- "-$GUI_PID" 2>/dev/null && [ "$waited" -lt 10 ]; do
        sleep 1; waited=$((waited + 1))
    done
    kill -KILL -- "-$GUI_PID" 2>/dev/null || true
    wait "$GUI_PID" 2>/dev/null || true
    GUI_PID=""
}

# Start the window, check it is still running after a few seconds, stop it.
# $1: label; the rest: the command. Output goes to $SCRATCH/gui-<label>.log.
gui_starts() {
    local label="$1"; shift
    local log="$SCRATCH/gui-$label.log"
    # A session of its own, so that stopping it stops everything it started (xvfb-run's Xvfb).
    setsid "$@" >"$log" 2>&1 &
    GUI_PID=$!
    local waited=0
    while [ "$waited" -lt 8 ]; do
        sleep 1; waited=$((waited + 1))
        if ! kill -0 "$GUI_PID" 2>/dev/null; then
            wait "$GUI_PID" && status=0 || status=$?
            stop_gui
            cat "$log" >&2
            die "the window ($label) exited after ${waited}s with status $status"
        fi
    done
    stop_gui
    if grep -Eiq "could not (load|find) the qt platform plugin|cannot open shared object|Traceback" "$log"; then
        cat "$log" >&2
        die "the window ($label) logged an error"
    fi
    ok "the window starts and keeps running ($label)"
}

# --- 1. build
if [ "$REUSE" = 1 ] && [ -f "$TARBALL" ] && [ -f "$DEB" ]; then
    step "reusing $TARBALL and $DEB"
else
    step "building ($BACKEND)"
    bash installer/build_linux.sh "$BACKEND"
fi
[ -f "$TARBALL" ] || die "missing $TARBALL"
[ -f "$DEB" ] || die "missing $DEB"

# From here on the app runs with a throw-away home: its data, settings and cache land there, and
# the real user's are never touched. (The build above keeps the real HOME for its wheel caches.)
export HOME="$SCRATCH/home"
mkdir -p "$HOME"
unset GPT4LOCAL_HOME XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME PYTHONPATH PYTHONHOME

# --- 2. the .tar.gz
step "checking $TARBALL"
tar -tzf "$TARBALL" > "$SCRATCH/tar-list"
for member in gpt4local _internal/ gpt4local.desktop gpt4local.svg install-desktop-entry.sh; do
    grep -qx "$TOP/$member" "$SCRATCH/tar-list" || die "$TARBALL has no $TOP/$member"
done
[ "$(cut -d/ -f1 "$SCRATCH/tar-list" | sort -u)" = "$TOP" ] || die "$TARBALL has more than one top folder"
tar -xzf "$TARBALL" -C "$SCRATCH"
version_ok "$("$SCRATCH/$TOP/gpt4local" --version)" || die "the unpacked app's --version is wrong"
ok "unpacked app runs: $("$SCRATCH/$TOP/gpt4local" --version)"
"$SCRATCH/$TOP/install-desktop-entry.sh" >/dev/null
ENTRY="$HOME/.local/share/applications/gpt4local.desktop"
[ -f "$ENTRY" ] || die "install-desktop-entry.sh wrote no $ENTRY"
grep -qx "Exec=$SCRATCH/$TOP/gpt4local" "$ENTRY" || grep -q "^Exec=\".*$TOP/gpt4local\"" "$ENTRY" \
    || die "the per-user entry does not start the unpacked app: $(grep ^Exec= "$ENTRY")"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$ENTRY" | grep -v ': hint: ' || true
    desktop-file-validate "$ENTRY" >/dev/null || die "the per-user entry is not valid"
fi
[ -f "$HOME/.local/share/icons/hicolor/scalable/apps/gpt4local.svg" ] || die "no per-user icon"
version_ok "$("$HOME/.local/bin/gpt4local" --version)" || die "$HOME/.local/bin/gpt4local does not run"
"$SCRATCH/$TOP/install-desktop-entry.sh" --uninstall >/dev/null
[ ! -e "$ENTRY" ] && [ ! -e "$HOME/.local/bin/gpt4local" ] || die "--uninstall left the entry or the link"
ok "per-user menu entry: added, valid, removed"
rm -rf "${SCRATCH:?}/$TOP"

# --- 3. the .deb
if command -v lintian >/dev/null; then
    step "lintian $DEB"
    # The tags a self-contained bundle in /opt raises by design are overridden in the package
    # (installer/linux/deb/lintian-overrides); anything else that is an error fails the test.
    lintian --fail-on error --tag-display-limit 0 "$DEB" || die "lintian found errors in $DEB"
    ok "lintian: no errors"
else
    echo "(lintian not installed: the .deb was not linted)"
fi

step "installing $DEB"
if ! $SUDO dpkg -i "$DEB"; then
    echo "(dpkg -i wants dependencies: apt-get install -f)"
    $SUDO apt-get update -qq
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -f -y -qq
fi
INSTALLED=1
dpkg-query -W -f='${Status}' gpt4local | grep -q "install ok installed" || die "gpt4local is not installed"
ok "installed: $(dpkg-query -W -f='${Package} ${Version} ${Architecture}' gpt4local)"

step "checking the installed files"
[ -x /opt/gpt4local/gpt4local ] || die "/opt/gpt4local/gpt4local is missing or not executable"
[ -d /opt/gpt4local/_internal ] || die "/opt/gpt4local/_internal is missing"
[ "$(readlink /usr/bin/gpt4local)" = /opt/gpt4local/gpt4local ] || die "/usr/bin/gpt4local is not a link to /opt/gpt4local/gpt4local"
[ -f /usr/share/applications/gpt4local.desktop ] || die "no /usr/share/applications/gpt4local.desktop"
[ -f /usr/share/icons/hicolor/scalable/apps/gpt4local.svg ] || die "no scalable icon"
[ -f /usr/share/doc/gpt4local/copyright ] || die "no copyright file"
[ -f /usr/share/man/man1/gpt4local.1.gz ] || die "no manual page"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate /usr/share/applications/gpt4local.desktop >/dev/null \
        || die "the installed .desktop file is not valid"
fi
command -v gpt4local >/dev/null && [ "$(command -v gpt4local)" = /usr/bin/gpt4local ] \
    || die "gpt4local is not on the PATH as /usr/bin/gpt4local"
# Every library the app loads at start must resolve (the optional Qt plugins may lack theirs).
missing_libs=""
for elf in /opt/gpt4local/_internal/*.so* /opt/gpt4local/_internal/llama_cpp/lib/*.so* \
           /opt/gpt4local/_internal/PySide6/*.so* /opt/gpt4local/_internal/PySide6/Qt/lib/libQt6{Core,Gui,Widgets,DBus,XcbQpa}.so* \
           /opt/gpt4local/_internal/PySide6/Qt/plugins/platforms/libq{xcb,offscreen}.so; do
    [ -f "$elf" ] || continue
    case "$elf" in */libQt6Wayland*|*/libQt6Wl*) continue ;; esac  # Wayland: optional (Recommends)
    if LD_LIBRARY_PATH=/opt/gpt4local/_internal ldd "$elf" 2>/dev/null | grep -q "not found"; then
        missing_libs="$missing_libs $elf:$(LD_LIBRARY_PATH=/opt/gpt4local/_internal ldd "$elf" | awk '/not found/ {printf " %s", $1}')"
    fi
done
[ -z "$missing_libs" ] || die "unresolved libraries:$missing_libs"
# The translations: ours (gpt4local.resources) and Qt's own, for the standard buttons.
for qm in gpt4local_de.qm gpt4local_zh_CN.qm qtbase_de.qm qtbase_zh_CN.qm; do
    [ -n "$(find /opt/gpt4local/_internal -name "$qm" -print -quit)" ] || die "no $qm in the bundle"
done
dpkg-query -W -f='${Recommends}' gpt4local | grep -q fonts-noto-cjk \
    || die "the .deb does not recommend a CJK font (fonts-noto-cjk)"
ok "files in place; every library needed at start resolves"

step "running the installed app"
export QT_QPA_PLATFORM=offscreen
installed_version="$(/usr/bin/gpt4local --version)"
version_ok "$installed_version" || die "/usr/bin/gpt4local --version is wrong"
ok "/usr/bin/gpt4local --version: $installed_version"
help_text="$(/usr/bin/gpt4local --help)"
if grep -q -- "--self-test" <<<"$help_text"; then
    /usr/bin/gpt4local --self-test || die "/usr/bin/gpt4local --self-test failed"
    ok "--self-test passed"
else
    echo "(no --self-test in this version: skipped)"
fi
gui_starts offscreen /usr/bin/gpt4local
if command -v xvfb-run >/dev/null; then
    # -f: its X authority file in our scratch folder (else a temporary folder outlives the stop).
    gui_starts xvfb-xcb env QT_QPA_PLATFORM=xcb xvfb-run -a -f "$SCRATCH/Xauthority" \
        -s "-screen 0 1280x800x24" /usr/bin/gpt4local
else
    echo "(xvfb-run not installed: the X11 plugin was not tried)"
fi
unset QT_QPA_PLATFORM
USER_DATA="$HOME/.local/share/gpt4local"
[ -d "$USER_DATA" ] || die "the app made no data folder in $USER_DATA"

# --- 4. removal
step "removing the package"
$SUDO dpkg -r gpt4local
INSTALLED=0
left=""
for path in /opt/gpt4local /usr/bin/gpt4local /usr/share/applications/gpt4local.desktop \
            /usr/share/icons/hicolor/scalable/apps/gpt4local.svg /usr/share/doc/gpt4local \
            /usr/share/man/man1/gpt4local.1.gz; do
    if [ -e "$path" ] || [ -L "$path" ]; then left="$left $path"; fi
done
[ -z "$left" ] || die "dpkg -r left:$left"
left_png="$(find /usr/share/icons/hicolor -name gpt4local.png 2>/dev/null)"
[ -z "$left_png" ] || die "dpkg -r left: $left_png"
$SUDO dpkg --purge gpt4local >/dev/null
if dpkg-query -W -f='${Status}' gpt4local 2>/dev/null | grep -q "installed\|config-files"; then
    die "dpkg still knows gpt4local after --purge"
fi
[ -d "$USER_DATA" ] || die "removing the package removed the user's data in $USER_DATA"
ok "removed cleanly; the user's data folder ($USER_DATA) is still there"

step "all checks passed in $(( (SECONDS - START) / 60 )) min $(( (SECONDS - START) % 60 )) s"
