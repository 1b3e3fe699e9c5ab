#!/usr/bin/env bash
# Build the macOS app and disk image:  installer/macos/build.sh [metal|cpu]
#
#   dist/gpt4local.app                          the app (PyInstaller, installer/gpt4local.spec)
#   dist/gpt4local-<version>-<backend>.dmg      the disk image to publish
#
# Steps: a virtual environment in build/venv-<backend>; llama-cpp-python compiled for the backend
# (cached per backend and CMake flags); a real `pip install .` plus PyInstaller; the backend checked
# and baked in; freeze; the frozen app's --self-test; sign, disk image, notarize. Builds for the
# machine's architecture (arm64 on Apple silicon).
#
# Environment:
#   PYTHON                   interpreter to build with (default python3; python.org's is best)
#   CMAKE_ARGS               extra llama.cpp CMake flags, added to the backend's own
#   GPT4LOCAL_WHEEL_CACHE    where compiled llama-cpp-python wheels are kept
#   GPT4LOCAL_SKIP_SELF_TEST=1   do not run the frozen app's --self-test
#   MACOS_SIGN_IDENTITY      "Developer ID Application: Name (TEAMID)" in the keychain; without
#                            it nothing is signed (Gatekeeper then asks users to right-click ▸ Open)
#   notarization (needs MACOS_SIGN_IDENTITY too), either
#   MACOS_NOTARY_PROFILE     a keychain profile made with `xcrun notarytool store-credentials`, or
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD (an app-specific password)
set -euo pipefail

usage() { sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//'; }
die() { echo "macos/build: error: $*" >&2; exit 1; }
step() { echo; echo "== $*"; }

BACKEND="${1:-metal}"
case "$BACKEND" in
    -h|--help) usage; exit 0 ;;
    # GGML_NATIVE=OFF: no -mcpu=native, so the build runs on every Apple silicon Mac, not just
    # ones like the build machine. The Metal shaders are embedded: no .metallib file to bundle.
    metal) BACKEND_CMAKE="-DGGML_NATIVE=OFF -DGGML_METAL=on -DGGML_METAL_EMBED_LIBRARY=on" ;;
    cpu) BACKEND_CMAKE="-DGGML_NATIVE=OFF -DGGML_METAL=off" ;;
    *) usage >&2; die "unknown backend '$BACKEND' (choose metal or cpu)" ;;
esac
[ $# -le 1 ] || die "one argument at most (the backend); got: $*"
[ "$(uname -s)" = Darwin ] || die "this script builds on macOS only"
LLAMA_CMAKE_ARGS="$BACKEND_CMAKE${CMAKE_ARGS:+ $CMAKE_ARGS}"
# The oldest macOS the compiled llama.cpp may ask for; the spec's Info.plist states the app's own.
export MACOSX_DEPLOYMENT_TARGET="${MACOSX_DEPLOYMENT_TARGET:-12.0}"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-python3}"
VENV="$ROOT/build/venv-$BACKEND"
WORK="$ROOT/build/pyinstaller-$BACKEND"
DIST="$ROOT/dist"
APP="$DIST/gpt4local.app"
WHEEL_CACHE="${GPT4LOCAL_WHEEL_CACHE:-${XDG_CACHE_HOME:-$HOME/Library/Caches}/gpt4local-build/wheels}"
START=$SECONDS

command -v "$PYTHON" >/dev/null || die "$PYTHON not found (set PYTHON=/path/to/python3.10+)"
VERSION="$("$PYTHON" - <<'EOF'
import ast, pathlib, sys
if sys.version_info < (3, 10):
    sys.exit("Python 3.10+ is needed")
tree = ast.parse(pathlib.Path("gpt4local/__init__.py").read_text(encoding="utf-8"))
print(next(ast.literal_eval(n.value) for n in tree.body if isinstance(n, ast.Assign)
           and any(getattr(t, "id", "") == "__version__" for t in n.targets)))
EOF
)" || die "cannot read __version__ from gpt4local/__init__.py (or Python is too old)"
DMG="$DIST/gpt4local-$VERSION-$BACKEND.dmg"
echo "gpt4local $VERSION, backend $BACKEND, $(uname -m); llama.cpp CMake flags: $LLAMA_CMAKE_ARGS"

# --- 1. a virtual environment of our own (reused; recreated when broken)
step "virtual environment $VENV"
if ! "$VENV/bin/python" -c "import sys" 2>/dev/null; then
    "$PYTHON" -m venv --clear "$VENV" || die "cannot create $VENV"
fi
"$VENV/bin/python" -m pip install --quiet --upgrade pip

# --- 2. llama-cpp-python compiled for this backend
# Not pip's own wheel cache: pip keys a built wheel by the sdist alone, so a wheel compiled earlier
# for the other backend would come back silently. This cache is keyed by the CMake flags.
LLAMA_REQUIREMENT="$("$VENV/bin/python" - <<'EOF'
import re, tomllib
deps = tomllib.load(open("pyproject.toml", "rb"))["project"]["dependencies"]
print(next(d for d in deps if re.match(r"llama[-_]cpp[-_]python\b", d, re.I)))
EOF
)"
FLAGS_KEY="$(printf '%s %s' "$LLAMA_CMAKE_ARGS" "$MACOSX_DEPLOYMENT_TARGET" | shasum -a 256 | cut -c1-12)"
LLAMA_WHEELS="$WHEEL_CACHE/$BACKEND-$FLAGS_KEY"
llama_wheel() { find "$LLAMA_WHEELS" -maxdepth 1 -name 'llama_cpp_python-*.whl' 2>/dev/null | sort | tail -n 1; }
step "llama-cpp-python ($LLAMA_REQUIREMENT) for $BACKEND, wheels in $LLAMA_WHEELS"
if [ -z "$(llama_wheel)" ]; then
    command -v cmake >/dev/null || die "cmake is needed to compile llama.cpp (brew install cmake)"
    xcrun --find clang >/dev/null 2>&1 || die "the Xcode command line tools are needed (xcode-select --install)"
    echo "compiling llama.cpp (a few minutes; cached afterwards)"
    mkdir -p "$LLAMA_WHEELS"
    printf '%s\n' "$LLAMA_CMAKE_ARGS" > "$LLAMA_WHEELS/cmake-args.txt"
    CMAKE_ARGS="$LLAMA_CMAKE_ARGS" "$VENV/bin/python" -m pip wheel --no-deps --no-cache-dir \
        --no-binary llama-cpp-python --wheel-dir "$LLAMA_WHEELS" "$LLAMA_REQUIREMENT" \
        || die "compiling llama-cpp-python failed (output above)"
fi
LLAMA_WHEEL="$(llama_wheel)"
[ -n "$LLAMA_WHEEL" ] || die "no llama-cpp-python wheel in $LLAMA_WHEELS"
echo "using $(basename "$LLAMA_WHEEL")"

# --- 3. the app: a real install (the spec refuses an editable one), the backend checked and baked
step "installing gpt4local and PyInstaller into $VENV"
rm -rf "$ROOT/build/lib" "$ROOT"/build/bdist.*  # setuptools keeps deleted sources there
"$VENV/bin/python" -m pip uninstall --quiet --yes gpt4local 2>/dev/null || true
"$VENV/bin/python" -m pip install --quiet "$LLAMA_WHEEL" "$ROOT" "pyinstaller>=6.10,<7"
rm -rf "$ROOT/build/lib" "$ROOT"/build/bdist.*
# -I: only what was installed, never the checkout. --check reads llama_cpp/lib without loading it;
# --bake writes the installed package's _build_info.py (--version, --self-test, About read it).
"$VENV/bin/python" -I -m gpt4local.core.inference.llama_build --check "$BACKEND" \
    || die "the llama-cpp-python wheel has no $BACKEND library ($LLAMA_WHEEL)"
"$VENV/bin/python" -I -m gpt4local.core.inference.llama_build --bake "$BACKEND"

# --- 4. freeze (the spec makes the .app and its Info.plist: version, icon, minimum macOS)
step "PyInstaller (installer/gpt4local.spec)"
rm -rf "$APP" "$DIST/gpt4local"
# Without a PYTHONPATH (a developer's may name the checkout): the spec must find the installed
# package, not the checkout.
(cd "$ROOT/build" && env -u PYTHONPATH -u PYTHONHOME GPT4LOCAL_BACKEND="$BACKEND" \
    "$VENV/bin/pyinstaller" --noconfirm --clean \
    --log-level WARN --distpath "$DIST" --workpath "$WORK" "$ROOT/installer/gpt4local.spec") \
    || die "PyInstaller failed (its log is above)"
EXE="$APP/Contents/MacOS/gpt4local"
[ -x "$EXE" ] || die "PyInstaller made no $EXE"
PLIST="$APP/Contents/Info.plist"
plist_value() { plutil -extract "$1" raw -o - "$PLIST" 2>/dev/null || echo "(missing)"; }
[ "$(plist_value CFBundleShortVersionString)" = "$VERSION" ] \
    || die "Info.plist says version $(plist_value CFBundleShortVersionString), not $VERSION"
echo "Info.plist: version $VERSION, macOS $(plist_value LSMinimumSystemVersion)+," \
    "icon $(plist_value CFBundleIconFile)"

# --- 5. does the frozen app run? (a throw-away home: the builder's data stays untouched)
step "self-test of the frozen app"
SMOKE_HOME="$(mktemp -d)"
STAGE="$ROOT/build/dmg-$BACKEND"
trap 'rm -rf "$SMOKE_HOME" "$STAGE"' EXIT
frozen() { env -u PYTHONPATH -u PYTHONHOME GPT4LOCAL_HOME="$SMOKE_HOME" "$EXE" "$@"; }
reported="$(frozen --version)" || die "the frozen app failed to run: $EXE --version"
echo "$reported"
[ "$reported" = "gpt4local $VERSION (llama.cpp $BACKEND)" ] \
    || die "frozen --version says '$reported', expected 'gpt4local $VERSION (llama.cpp $BACKEND)'"
if [ "${GPT4LOCAL_SKIP_SELF_TEST:-0}" = 1 ]; then
    echo "--self-test skipped (GPT4LOCAL_SKIP_SELF_TEST=1)"
else
    frozen --self-test || die "the frozen app's --self-test failed (output above)"
fi

# --- 6. sign (only with an identity: an unsigned app still runs after right-click ▸ Open)
SIGN="${MACOS_SIGN_IDENTITY:-}"
if [ -n "$SIGN" ]; then
    step "signing with '$SIGN'"
    # Hardened runtime (notarization requires it); the entitlements let ctypes callbacks work.
    codesign --force --deep --timestamp --options runtime \
        --entitlements "$ROOT/installer/macos/entitlements.plist" --sign "$SIGN" "$APP"
    codesign --verify --deep --strict --verbose=2 "$APP"
else
    echo "signing skipped: MACOS_SIGN_IDENTITY is not set"
fi

# --- 7. the disk image: the app and a link to /Applications to drag it onto
step "$DMG"
rm -rf "$STAGE" "$DMG"
mkdir -p "$STAGE"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
# hdiutil now and then fails with "Resource busy" on CI machines; a retry gets through.
for attempt in 1 2 3; do
    if hdiutil create -volname "gpt4local $VERSION" -srcfolder "$STAGE" -fs HFS+ \
        -format UDZO -ov "$DMG"; then
        break
    fi
    [ "$attempt" -lt 3 ] || die "hdiutil could not create $DMG"
    echo "hdiutil failed; trying again in 5 s"
    sleep 5
done
[ -z "$SIGN" ] || codesign --force --timestamp --sign "$SIGN" "$DMG"

# --- 8. notarize (only when signed and credentials are set), then staple the ticket to the image
if [ -z "$SIGN" ]; then
    echo "notarization skipped: the app is not signed"
elif [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
    step "notarizing (keychain profile $MACOS_NOTARY_PROFILE)"
    xcrun notarytool submit "$DMG" --keychain-profile "$MACOS_NOTARY_PROFILE" --wait
    xcrun stapler staple "$DMG"
elif [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
    step "notarizing (Apple ID $APPLE_ID)"
    xcrun notarytool submit "$DMG" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
        --password "$APPLE_APP_PASSWORD" --wait
    xcrun stapler staple "$DMG"
else
    echo "notarization skipped: set MACOS_NOTARY_PROFILE, or APPLE_ID + APPLE_TEAM_ID + APPLE_APP_PASSWORD"
fi

step "done in $(( (SECONDS - START) / 60 )) min $(( (SECONDS - START) % 60 )) s"
du -sh "$APP"
ls -l "$DMG"
