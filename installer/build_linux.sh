#!/usr/bin/env bash
# Build the Linux app bundle, a .tar.gz and a .deb:  installer/build_linux.sh [cpu|cuda|vulkan]
#
#   dist/gpt4local/                                     the one-folder bundle (PyInstaller)
#   dist/gpt4local-<version>-linux-<arch>-<backend>.tar.gz
#   dist/gpt4local_<version>_<debarch>-<backend>.deb
#
# Steps: a virtual environment in build/venv-<backend>; llama-cpp-python compiled for the backend
# (cached per backend and CMake flags, see below); `pip install .` and PyInstaller; freeze with
# installer/gpt4local.spec; smoke-test the frozen app offscreen; pack. Safe to run again.
#
# Environment:
#   PYTHON                 interpreter to build with (default python3; needs its shared libpython)
#   CMAKE_ARGS             extra llama.cpp CMake flags, added to the backend's own
#   GPT4LOCAL_WHEEL_CACHE  where compiled llama-cpp-python wheels are kept
#                          (default ~/.cache/gpt4local-build/wheels)
#   GPT4LOCAL_SKIP_DEB=1   build no .deb (e.g. on a distribution without dpkg-deb)
#   GPT4LOCAL_SKIP_SELF_TEST=1  do not run the frozen app's --self-test (a cuda or vulkan build
#                          cannot load llama.cpp on a build machine without that GPU driver)
set -euo pipefail

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }
die() { echo "build_linux: error: $*" >&2; exit 1; }
step() { echo; echo "== $*"; }

BACKEND="${1:-cpu}"
case "$BACKEND" in
    -h|--help) usage; exit 0 ;;
    # GGML_NATIVE=OFF: compile for a baseline x86-64 (AVX2/FMA/F16C), not for this machine's CPU.
    # A native build on a build machine with AVX-512 dies with SIGILL on most desktop CPUs.
    cpu) BACKEND_CMAKE="-DGGML_NATIVE=OFF" ;;
    cuda) BACKEND_CMAKE="-DGGML_NATIVE=OFF -DGGML_CUDA=on" ;;
    vulkan) BACKEND_CMAKE="-DGGML_NATIVE=OFF -DGGML_VULKAN=on" ;;
    *) usage >&2; die "unknown backend '$BACKEND' (choose cpu, cuda or vulkan)" ;;
esac
[ $# -le 1 ] || die "one argument at most (the backend); got: $*"
LLAMA_CMAKE_ARGS="$BACKEND_CMAKE${CMAKE_ARGS:+ $CMAKE_ARGS}"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-python3}"
VENV="$ROOT/build/venv-$BACKEND"
WORK="$ROOT/build/pyinstaller-$BACKEND"
DIST="$ROOT/dist"
BUNDLE="$DIST/gpt4local"
WHEEL_CACHE="${GPT4LOCAL_WHEEL_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/gpt4local-build/wheels}"
START=$SECONDS

# --- prerequisites, checked up front so a missing tool fails in seconds, not after the compile
command -v "$PYTHON" >/dev/null || die "$PYTHON not found (set PYTHON=/path/to/python3.10+)"
"$PYTHON" - <<'EOF' || die "$PYTHON cannot build a bundle (see the message above)"
import sys, sysconfig
if sys.version_info < (3, 10):
    sys.exit(f"Python 3.10+ is needed, this is {sys.version.split()[0]}")
import glob, os
if not sysconfig.get_config_var("Py_ENABLE_SHARED"):
    sys.exit("this Python has no shared libpython, which PyInstaller needs: use a distribution "
             "Python, or build it with --enable-shared (pyenv: PYTHON_CONFIGURE_OPTS=--enable-shared)")
soname = sysconfig.get_config_var("INSTSONAME") or sysconfig.get_config_var("LDLIBRARY") or ""
places = [sysconfig.get_config_var("LIBDIR") or "", *glob.glob("/usr/lib/*-linux-gnu"), "/usr/lib"]
if not any(os.path.exists(os.path.join(place, soname)) for place in places):
    v = f"{sys.version_info.major}.{sys.version_info.minor}"
    sys.exit(f"{soname} is not installed, and PyInstaller needs it (apt-get install libpython{v})")
import venv  # noqa: F401  (Debian/Ubuntu: apt-get install python3-venv)
EOF
VERSION="$("$PYTHON" - <<'EOF'
import ast, pathlib
tree = ast.parse(pathlib.Path("gpt4local/__init__.py").read_text(encoding="utf-8"))
print(next(ast.literal_eval(n.value) for n in tree.body if isinstance(n, ast.Assign)
           and any(getattr(t, "id", "") == "__version__" for t in n.targets)))
EOF
)" || die "cannot read __version__ from gpt4local/__init__.py"
ARCH="$(uname -m)"
MAKE_DEB=1
if [ "${GPT4LOCAL_SKIP_DEB:-0}" = 1 ]; then
    MAKE_DEB=0
elif ! command -v dpkg-deb >/dev/null || ! command -v dpkg >/dev/null; then
    die "dpkg-deb not found: build on Debian/Ubuntu, or set GPT4LOCAL_SKIP_DEB=1 for the .tar.gz only"
fi
echo "gpt4local $VERSION, backend $BACKEND, $ARCH; llama.cpp CMake flags: $LLAMA_CMAKE_ARGS"

# --- 1. a virtual environment of our own (reused)
step "virtual environment $VENV"
# Recreated when broken, or when it was made from another interpreter than $PYTHON.
base_prefix() { "$1" -c 'import sys; print(sys.base_prefix, sys.version_info[:2])' 2>/dev/null; }
if [ "$(base_prefix "$VENV/bin/python")" != "$(base_prefix "$PYTHON")" ]; then
    "$PYTHON" -m venv --clear "$VENV" || die "cannot create $VENV (apt-get install python3-venv?)"
fi
"$VENV/bin/python" -m pip install --quiet --upgrade pip

# --- 2. llama-cpp-python compiled for this backend
# pip's own wheel cache cannot be used for it: pip keys a built wheel by the sdist only, so a wheel
# compiled earlier for another backend (or natively for this CPU) would come back silently. Our
# cache is keyed by the CMake flags instead; the first build takes ~4 min on 2 cores.
LLAMA_REQUIREMENT="$("$VENV/bin/python" - <<'EOF'
import re, tomllib
deps = tomllib.load(open("pyproject.toml", "rb"))["project"]["dependencies"]
print(next(d for d in deps if re.match(r"llama[-_]cpp[-_]python\b", d, re.I)))
EOF
)"
FLAGS_KEY="$(printf '%s' "$LLAMA_CMAKE_ARGS" | sha256sum | cut -c1-12)"
LLAMA_WHEELS="$WHEEL_CACHE/$BACKEND-$FLAGS_KEY"
step "llama-cpp-python ($LLAMA_REQUIREMENT) for $BACKEND, wheels in $LLAMA_WHEELS"
llama_wheel() { find "$LLAMA_WHEELS" -maxdepth 1 -name 'llama_cpp_python-*.whl' 2>/dev/null | sort -V | tail -n 1; }
if [ -z "$(llama_wheel)" ]; then
    command -v cmake >/dev/null || die "cmake is needed to compile llama.cpp (apt-get install cmake)"
    command -v c++ >/dev/null || die "a C++ compiler is needed (apt-get install build-essential)"
    echo "compiling llama.cpp (a few minutes; cached afterwards)"
    mkdir -p "$LLAMA_WHEELS"
    printf '%s\n' "$LLAMA_CMAKE_ARGS" > "$LLAMA_WHEELS/cmake-args.txt"
    CMAKE_ARGS="$LLAMA_CMAKE_ARGS" "$VENV/bin/python" -m pip wheel --no-deps --no-cache-dir \
        --no-binary llama-cpp-python --wheel-dir "$LLAMA_WHEELS" "$LLAMA_REQUIREMENT" \
        || die "compiling llama-cpp-python failed (for cuda: CUDA toolkit; vulkan: libvulkan-dev + glslc)"
fi
LLAMA_WHEEL="$(llama_wheel)"
[ -n "$LLAMA_WHEEL" ] || die "no llama-cpp-python wheel in $LLAMA_WHEELS"
echo "using $(basename "$LLAMA_WHEEL")"

# --- 3. the app (a real install, not editable: the bundle must not depend on the checkout)
step "installing gpt4local and PyInstaller into $VENV"
# setuptools builds in build/lib and keeps files deleted from the source there; start clean.
rm -rf "$ROOT/build/lib" "$ROOT"/build/bdist.*
"$VENV/bin/python" -m pip uninstall --quiet --yes gpt4local 2>/dev/null || true
"$VENV/bin/python" -m pip install --quiet "$LLAMA_WHEEL" "$ROOT" "pyinstaller>=6.10,<7"
rm -rf "$ROOT/build/lib" "$ROOT"/build/bdist.*
# -I: never the checkout (the current folder) on sys.path, only what was installed.
SITE_PACKAGE="$("$VENV/bin/python" -I -c 'import gpt4local, os; print(os.path.dirname(gpt4local.__file__))')"
case "$SITE_PACKAGE" in "$VENV"/*) ;; *) die "gpt4local is imported from $SITE_PACKAGE, not $VENV" ;; esac
# The compiled llama.cpp must have this backend's library, and the app must know which backend it
# was built for: gpt4local.core.inference.llama_build bakes that into the installed package (_build_info.py,
# in the build environment only, never in the checkout), for --version, --self-test and About.
"$VENV/bin/python" -I -m gpt4local.core.inference.llama_build --check "$BACKEND" \
    || die "the llama-cpp-python wheel has no $BACKEND library ($LLAMA_WHEEL)"
"$VENV/bin/python" -I -m gpt4local.core.inference.llama_build --bake "$BACKEND"

# --- 4. freeze
step "PyInstaller (installer/gpt4local.spec)"
rm -rf "$BUNDLE"
# Run from build/, and without a PYTHONPATH (a developer's may name the checkout), so that the
# checkout is not on sys.path while PyInstaller analyses imports.
(cd "$ROOT/build" && env -u PYTHONPATH -u PYTHONHOME GPT4LOCAL_BACKEND="$BACKEND" \
    "$VENV/bin/pyinstaller" --noconfirm --clean \
    --log-level WARN --distpath "$DIST" --workpath "$WORK" "$ROOT/installer/gpt4local.spec") \
    || die "PyInstaller failed (its log is above; build/pyinstaller-$BACKEND has the details)"
[ -x "$BUNDLE/gpt4local" ] || die "PyInstaller made no $BUNDLE/gpt4local"
# Libraries compiled on the build machine (a pyenv Python, say) may carry debug information:
# ~30 MB that users never need. Only the debug sections go; symbols and code stay as they are.
if command -v strip >/dev/null && command -v readelf >/dev/null; then
    stripped=0
    while IFS= read -r -d '' elf; do
        if readelf -S "$elf" 2>/dev/null | grep -q '\.debug_info'; then
            strip --strip-debug "$elf" && stripped=$((stripped + 1))
        fi
    done < <(find "$BUNDLE" -type f -name '*.so*' -print0)
    echo "removed debug information from $stripped libraries"
fi
# A Python built from source keeps its build folder as RUNPATH (e.g. /root/.pyenv/…/lib): a search
# path on the user's machine that nobody controls. Keep only paths inside the bundle ($ORIGIN).
# (No `strip` of symbols: it breaks the patched OpenBLAS inside numpy's wheel.)
if command -v chrpath >/dev/null; then
    fixed=0
    while IFS= read -r -d '' elf; do
        runpath="$(readelf -d "$elf" 2>/dev/null | sed -n 's/.*(R[UN]*PATH).*\[\(.*\)\]$/\1/p' | head -n 1)"
        [ -n "$runpath" ] || continue
        # shellcheck disable=SC2016  # a literal $ORIGIN, as the linker writes it
        kept="$(tr ':' '\n' <<<"$runpath" | grep '^\$ORIGIN' | paste -sd: - || true)"
        [ "$kept" = "$runpath" ] && continue
        if [ -z "$kept" ]; then chrpath -d "$elf" >/dev/null; else chrpath -r "$kept" "$elf" >/dev/null; fi
        fixed=$((fixed + 1))
    done < <(find "$BUNDLE" -type f -name '*.so*' -print0)
    echo "removed build-machine search paths (RUNPATH) from $fixed libraries"
else
    echo "note: chrpath not installed; libraries keep the build machine's RUNPATH entries (harmless)"
fi
echo "bundle: $(du -sh "$BUNDLE" | cut -f1) in $BUNDLE"

# --- 5. does the frozen app run? (with a throw-away home: the builder's data stays untouched)
step "smoke test of the frozen app"
SMOKE_HOME="$(mktemp -d)"
trap 'rm -rf "$SMOKE_HOME"' EXIT
frozen() { env -u PYTHONPATH -u PYTHONHOME QT_QPA_PLATFORM=offscreen GPT4LOCAL_HOME="$SMOKE_HOME" "$BUNDLE/gpt4local" "$@"; }
reported="$(frozen --version)" || die "the frozen app failed to run: $BUNDLE/gpt4local --version"
echo "$reported"
case "$reported" in
    "gpt4local $VERSION (llama.cpp $BACKEND)") ;;
    "gpt4local $VERSION") ;;  # a version of the app that does not report its backend yet
    *) die "frozen --version says '$reported', expected 'gpt4local $VERSION (llama.cpp $BACKEND)'" ;;
esac
help_text="$(frozen --help 2>/dev/null || true)"
if [ "${GPT4LOCAL_SKIP_SELF_TEST:-0}" = 1 ]; then
    echo "--self-test skipped (GPT4LOCAL_SKIP_SELF_TEST=1)"
elif grep -q -- "--self-test" <<<"$help_text"; then
    frozen --self-test || die "the frozen app's --self-test failed (output above)"
else
    echo "(this version has no --self-test yet; ran --version only)"
fi

# --- 6. the .tar.gz: bundle + menu entry + icons + per-user installer, in one top folder
PACKAGE_NAME="gpt4local-$VERSION-linux-$ARCH-$BACKEND"
TARBALL="$DIST/$PACKAGE_NAME.tar.gz"
step "$TARBALL"
# Reproducible archives: fixed owner, order and time (the last commit's, when there is git).
SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git -C "$ROOT" log -1 --format=%ct 2>/dev/null || date +%s)}"
export SOURCE_DATE_EPOCH
STAGE="$ROOT/build/package-$BACKEND"
rm -rf "$STAGE"
mkdir -p "$STAGE/$PACKAGE_NAME"
cp -a "$BUNDLE/." "$STAGE/$PACKAGE_NAME/"
cp "$ROOT/installer/linux/gpt4local.desktop" "$ROOT/resources/icons/gpt4local.svg" "$STAGE/$PACKAGE_NAME/"
[ -f "$ROOT/resources/icons/gpt4local.png" ] && cp "$ROOT/resources/icons/gpt4local.png" "$STAGE/$PACKAGE_NAME/"
install -m 0755 "$ROOT/installer/linux/install-desktop-entry.sh" "$STAGE/$PACKAGE_NAME/"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$SOURCE_DATE_EPOCH" \
    -C "$STAGE" -cf - "$PACKAGE_NAME" | gzip -n -6 > "$TARBALL.tmp"
mv "$TARBALL.tmp" "$TARBALL"
rm -rf "$STAGE"

# --- 7. the .deb
if [ "$MAKE_DEB" = 1 ]; then
    DEB_ARCH="$(dpkg --print-architecture)"
    DEB="$DIST/gpt4local_${VERSION}_${DEB_ARCH}-${BACKEND}.deb"
    step "$DEB"
    "$ROOT/installer/linux/make_deb.sh" "$BUNDLE" "$VERSION" "$BACKEND" "$DEB" "$ROOT/build/deb-$BACKEND"
fi

step "done in $(( (SECONDS - START) / 60 )) min $(( (SECONDS - START) % 60 )) s"
du -sh "$BUNDLE"
ls -l "$TARBALL" ${DEB:+"$DEB"}
