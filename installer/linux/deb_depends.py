#!/usr/bin/env python3
"""Which Debian packages the frozen bundle needs from the system: `Depends:` and `Recommends:`.

    python3 installer/linux/deb_depends.py dist/gpt4local [--explain]

PyInstaller copies most shared libraries into the bundle but leaves out the ones that must match
the user's system (libc, the GL/EGL drivers, X11/xcb, fontconfig, D-Bus …). This reads every
ELF file's NEEDED entries (`readelf`), keeps the libraries the bundle does not carry, finds the
package that provides each on this machine (`ldconfig -p`, `dpkg -S`) and prints two lines:

    Depends: what the app needs to start with the X11 (xcb) platform plugin and to run llama.cpp
    Recommends: what only optional Qt plugins need (Wayland, GTK theme, input methods …);
                without them Qt skips the plugin and falls back (e.g. to X11 via XWayland)

libc6 gets a minimum version from the newest GLIBC_x.y symbol version any file asks for. Package
names are the build machine's: build on the oldest Debian/Ubuntu release you want to support.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

# Loaded on every start with the X11 platform (or by Python/llama.cpp): their needs are Depends.
# Everything else under Qt's plugins/ folder is optional.
REQUIRED_PLUGINS = re.compile(
    r"plugins/(platforms/libq(xcb|offscreen|minimal)\.so|imageformats/|iconengines/|"
    r"xcbglintegrations/|platforminputcontexts/libcomposeplatforminputcontextplugin\.so)"
)
# Opened with dlopen() at run time, so no NEEDED entry shows them (listed only if not bundled).
DLOPENED = {
    "libdbus-1.so.3": "required",  # Qt D-Bus: menus, notifications, portals
}
# Needed on any Debian system anyway; never listed.
ESSENTIAL = {"libc6", "libgcc-s1", "libstdc++6", "zlib1g"}
PLUGIN_DIR = "/plugins/"


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"\x7fELF"
    except OSError:
        return False


def readelf(*args: str) -> str:
    return subprocess.run(
        ["readelf", "-W", *args], capture_output=True, text=True, check=False
    ).stdout


def needed(path: Path) -> list[str]:
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", readelf("-d", str(path)))


def glibc_versions(path: Path) -> list[tuple[int, ...]]:
    found = re.findall(r"Name: GLIBC_(\d+(?:\.\d+)+)", readelf("-V", str(path)))
    return [tuple(int(part) for part in version.split(".")) for version in found]


def system_libraries() -> dict[str, str]:
    """soname -> path for this machine's architecture, from the dynamic linker's cache."""
    machine = subprocess.run(["uname", "-m"], capture_output=True, text=True).stdout.strip()
    want_64 = machine in {"x86_64", "aarch64", "ppc64le", "s390x", "riscv64"}
    found: dict[str, str] = {}
    listing = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True)
    for line in listing.stdout.splitlines():
        match = re.match(r"\s*(\S+) \(([^)]*)\) => (\S+)", line)
        if not match:
            continue
        soname, flags, path = match.groups()
        is_64 = "64" in flags
        if is_64 == want_64 and soname not in found:
            found[soname] = path
    return found


def owning_package(path: str) -> str | None:
    resolved = str(Path(path).resolve())
    candidates = {path, resolved}
    for name in list(candidates):  # merged /usr: dpkg may know /lib/... or /usr/lib/...
        if name.startswith("/usr/lib/"):
            candidates.add(name[len("/usr") :])
        elif name.startswith("/lib/"):
            candidates.add("/usr" + name)
    for candidate in sorted(candidates):
        result = subprocess.run(
            ["dpkg-query", "-S", candidate], capture_output=True, text=True, check=False
        )
        if result.returncode == 0:
            package = result.stdout.split(":", 1)[0].split(",")[0].strip()
            return package
    return None


def debian_package_name(soname: str) -> str | None:
    """Debian's naming rule for a library package: libfoo-bar.so.3 -> libfoo-bar3, libx2.so.0 ->
    libx2-0. A guess, used only for optional libraries the build machine does not have."""
    match = re.fullmatch(r"lib(.+)\.so\.(\d+)", soname)
    if not match:
        return None
    name, version = match.group(1).lower().replace("_", "-"), match.group(2)
    return f"lib{name}{'-' if name[-1].isdigit() else ''}{version}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the PyInstaller one-folder bundle")
    parser.add_argument("--explain", action="store_true", help="say which file needs what")
    args = parser.parse_args()

    elves = sorted(p for p in args.bundle.rglob("*") if p.is_file() and is_elf(p))
    if not elves:
        print(f"deb_depends: no ELF files in {args.bundle}", file=sys.stderr)
        return 1
    bundled = {p.name for p in elves} | {p.name for p in args.bundle.rglob("*") if p.is_symlink()}
    needs = {p: needed(p) for p in elves}
    by_name: dict[str, list[Path]] = defaultdict(list)
    for path in elves:
        by_name[path.name].append(path)

    # The files loaded in a normal start: the executable, Python's extension modules and
    # libpython, llama.cpp's libraries (ctypes) and the plugins above; then, transitively, the
    # bundled libraries they need. A bundled library only optional plugins need stays optional.
    def is_root(path: Path) -> bool:
        posix = path.as_posix()
        if PLUGIN_DIR in posix:
            return bool(REQUIRED_PLUGINS.search(posix))
        name = path.name
        return (
            path.parent == args.bundle
            or ".cpython-" in name
            or name.endswith(".abi3.so")
            or name.startswith("libpython")
            or "/llama_cpp/lib/" in posix
        )

    roots = [p for p in elves if is_root(p)]
    required: set[Path] = set()
    pending = list(roots)
    while pending:
        path = pending.pop()
        if path in required:
            continue
        required.add(path)
        for soname in needs[path]:
            pending.extend(by_name.get(soname, []))

    system = system_libraries()
    packages: dict[str, str] = {}  # package -> "required" | "optional"
    why: dict[str, set[str]] = defaultdict(set)
    missing: list[str] = []
    wanted = {soname: level for soname, level in DLOPENED.items() if soname not in bundled}
    for path, sonames in needs.items():
        level = "required" if path in required else "optional"
        for soname in sonames:
            if soname in bundled or soname.startswith("ld-linux"):
                continue
            if wanted.get(soname) != "required":
                wanted[soname] = level
            why[soname].add(str(path.relative_to(args.bundle)))
    for soname, level in sorted(wanted.items()):
        location = system.get(soname)
        package = owning_package(location) if location else None
        if package is None and level == "optional":
            package = debian_package_name(soname)
            print(f"deb_depends: no {soname} here; guessing {package}", file=sys.stderr)
        if package is None:
            missing.append(soname)
            continue
        if packages.get(package) != "required":
            packages[package] = level
        if args.explain:
            users = sorted(why[soname])
            print(f"# {soname} ({package}, {level}): {', '.join(users[:3])}"
                  f"{' …' if len(users) > 3 else ''}", file=sys.stderr)  # fmt: skip
    if missing:
        print("deb_depends: cannot tell which package provides: " + ", ".join(missing) +
              " (install them on the build machine)", file=sys.stderr)  # fmt: skip
        return 1

    newest_glibc = max((v for p in elves for v in glibc_versions(p)), default=None)
    depends = []
    if newest_glibc:
        depends.append(f"libc6 (>= {'.'.join(map(str, newest_glibc))})")
    depends += sorted(p for p, lvl in packages.items() if lvl == "required" and p not in ESSENTIAL)
    recommends = sorted(p for p, lvl in packages.items() if lvl == "optional")
    print("Depends: " + ", ".join(depends))
    print("Recommends: " + ", ".join(recommends))
    return 0


if __name__ == "__main__":
    sys.exit(main())
