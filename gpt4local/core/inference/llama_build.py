"""Which llama.cpp backend this build runs on: "cpu", "cuda", "metal", "vulkan", …

An installer is built for one backend, and the build script bakes that name into the package as
``gpt4local/_build_info.py`` (``python -m gpt4local.core.inference.llama_build --bake cuda``).
The baked name answers ``gpt4local --version`` without loading llama.cpp, and lets the self-test
catch a build whose GPU libraries went missing. Without it (a checkout, a pip install) the backend
is read from llama.cpp's own backend registry, which also names the devices it found.

Run as a script it is the build scripts' helper:
``--bake NAME`` writes the build info, ``--clear`` removes it, ``--check NAME`` fails unless the
installed llama-cpp-python ships that backend's library (checked on disk, without loading it: a CUDA
build cannot load on a build machine without the NVIDIA driver), ``--detect`` prints what loads.
"""

from __future__ import annotations

import argparse
import ctypes
import importlib.util
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gpt4local import PACKAGE_DIR

# ggml's registry names → ours; the GPU ones first, in the order we prefer when several are built.
_REGISTRY_NAMES = {
    "CUDA": "cuda",
    "ROCm": "rocm",
    "HIP": "rocm",
    "Metal": "metal",
    "Vulkan": "vulkan",
    "SYCL": "sycl",
    "MUSA": "musa",
    "CANN": "cann",
    "OpenCL": "opencl",
    "CPU": "cpu",
}
BACKENDS = tuple(dict.fromkeys(_REGISTRY_NAMES.values()))
# The shared library each backend adds to llama_cpp/lib (ggml builds every backend as its own).
_LIBRARY_STEMS = {name: "ggml-hip" if name == "rocm" else f"ggml-{name}" for name in BACKENDS}
_BUILD_INFO = PACKAGE_DIR / "_build_info.py"
_DEVICE_TYPES = {0: "CPU", 1: "GPU", 2: "accelerator", 3: "integrated GPU"}


@dataclass(frozen=True)
class BackendReport:
    name: str  # the build's backend: baked if the build says, else the best one llama.cpp has
    registered: tuple[str, ...]  # every backend llama.cpp registered, ours ("cpu", "cuda", …)
    devices: tuple[str, ...]  # e.g. "CUDA0: NVIDIA GeForce RTX 4070 (GPU)", "CPU: AMD EPYC"
    gpu_offload: bool  # llama.cpp found a device it can offload layers to
    llama_cpp_python: str
    ggml: str | None  # ggml's version and commit, when the library says
    system_info: str
    from_registry: bool = True  # False: names read from system_info, the registry unreachable

    @property
    def missing(self) -> bool:
        """The build was made for a backend that this llama.cpp does not have."""
        if self.name in self.registered:
            return False
        # system_info names only backends that list features (Vulkan does not): there, a GPU that
        # takes offloaded layers is taken to be the build's own.
        return self.from_registry or not self.gpu_offload


def baked_backend() -> str | None:
    """The backend written into this build by the installer scripts, if any."""
    try:
        import gpt4local._build_info as build_info  # written by --bake; absent in a checkout
    except ImportError:
        return None
    name = getattr(build_info, "BACKEND", None)
    return name if isinstance(name, str) and name else None


def best_backend(registered: Iterable[str]) -> str:
    """The backend a build with these registered backends is named after (GPU over CPU)."""
    present = set(registered)
    return next((name for name in BACKENDS if name in present and name != "cpu"), "cpu")


def registered_from_system_info(text: str) -> tuple[str, ...]:
    """Backend names from ``llama_print_system_info()``, e.g. "CUDA : ARCHS = 890 | CPU : …".

    Only backends that report features appear there (Vulkan does not), so the registry comes first.
    """
    names = re.findall(r"(?:^|\|)\s*([A-Za-z][\w-]*) : ", text)
    return tuple(dict.fromkeys(_REGISTRY_NAMES.get(n, n.lower()) for n in names))


class _Ggml:
    """ggml's C functions, from llama-cpp-python's own copies of the libraries.

    The registry lives partly in ggml and partly in ggml-base; on Linux and macOS a symbol lookup
    in ggml also searches its dependencies, on Windows it does not, so both are asked.
    """

    def __init__(self) -> None:
        from llama_cpp import _ctypes_extensions, _ggml  # private: guarded by the callers

        self._libraries = [_ggml.libggml]
        try:
            base = _ctypes_extensions.load_shared_library("ggml-base", _ggml.libggml_base_path)
            self._libraries.append(base)
        except Exception:  # a build without a separate ggml-base: ggml answers alone
            pass

    def function(self, name: str, restype: object, *argtypes: object) -> Any:
        for library in self._libraries:
            function = getattr(library, name, None)
            if function is not None:
                function.restype = restype
                function.argtypes = list(argtypes)
                return function
        raise AttributeError(name)

    def registry(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(registered backends, devices) from ggml's backend registry."""
        p, size, text = ctypes.c_void_p, ctypes.c_size_t, ctypes.c_char_p
        reg_get = self.function("ggml_backend_reg_get", p, size)
        reg_name = self.function("ggml_backend_reg_name", text, p)
        dev_get = self.function("ggml_backend_dev_get", p, size)
        dev_name = self.function("ggml_backend_dev_name", text, p)
        dev_text = self.function("ggml_backend_dev_description", text, p)
        dev_type = self.function("ggml_backend_dev_type", ctypes.c_int, p)
        names = []
        for i in range(self.function("ggml_backend_reg_count", size)()):
            raw = (reg_name(reg_get(i)) or b"?").decode(errors="replace")
            names.append(_REGISTRY_NAMES.get(raw, raw.lower()))
        devices = []
        for i in range(self.function("ggml_backend_dev_count", size)()):
            device = dev_get(i)
            label = (dev_name(device) or b"?").decode(errors="replace")
            about = (dev_text(device) or b"").decode(errors="replace")
            kind = _DEVICE_TYPES.get(dev_type(device), "device")
            devices.append(f"{label}: {about or '?'}" + ("" if kind == "CPU" else f" ({kind})"))
        return tuple(dict.fromkeys(names)), tuple(devices)

    def version(self) -> str | None:
        try:
            version = self.function("ggml_version", ctypes.c_char_p)()
            commit = self.function("ggml_commit", ctypes.c_char_p)()
        except AttributeError:  # an older ggml
            return None
        return f"{version.decode()} ({commit.decode()})" if version and commit else None


def detect() -> BackendReport:
    """Load llama.cpp and ask it. Raises whatever importing llama_cpp raises when it cannot load."""
    import llama_cpp

    system_info = llama_cpp.llama_print_system_info().decode(errors="replace").strip(" |")
    registered: tuple[str, ...] = ()
    devices: tuple[str, ...] = ()
    ggml_version = None
    try:
        ggml = _Ggml()
        registered, devices = ggml.registry()
        ggml_version = ggml.version()
    except Exception:  # llama-cpp-python's private ggml handle changed: the text still tells
        pass
    from_registry = bool(registered)
    if not from_registry:
        registered = registered_from_system_info(system_info)
    return BackendReport(
        name=baked_backend() or best_backend(registered),
        registered=registered,
        devices=devices,
        gpu_offload=bool(llama_cpp.llama_supports_gpu_offload()),
        llama_cpp_python=str(getattr(llama_cpp, "__version__", "unknown")),
        ggml=ggml_version,
        system_info=system_info,
        from_registry=from_registry,
    )


def backend_name() -> str:
    """The build's backend; loads llama.cpp only when the build did not bake it in."""
    baked = baked_backend()
    if baked:
        return baked
    try:
        return detect().name
    except Exception:  # a broken llama.cpp install: say so rather than crash `--version`
        return "unavailable"


# --- build-time helpers -----------------------------------------------------------------------


def write_build_info(backend: str, target: Path = _BUILD_INFO) -> Path:
    if backend not in BACKENDS:
        raise ValueError(f"unknown backend {backend!r}; one of: {', '.join(BACKENDS)}")
    target.write_text(
        '"""Written by `python -m gpt4local.core.inference.llama_build --bake` for an installer '
        'build."""\n\n'
        f"BACKEND = {backend!r}\n",
        encoding="utf-8",
    )
    return target


def shipped_backends() -> tuple[str, ...]:
    """Backends whose ggml library the installed llama-cpp-python has, found without loading it."""
    spec = importlib.util.find_spec("llama_cpp")
    if spec is None or spec.origin is None:
        return ()
    files = [path.name for path in (Path(spec.origin).parent / "lib").glob("*ggml-*")]
    return tuple(
        name
        for name, stem in _LIBRARY_STEMS.items()
        if any(re.match(rf"(lib)?{stem}(-\w+)?\.(so|dll|dylib)", file) for file in files)
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m gpt4local.core.inference.llama_build")
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--bake", choices=BACKENDS, help="write gpt4local/_build_info.py")
    action.add_argument("--clear", action="store_true", help="remove gpt4local/_build_info.py")
    action.add_argument("--check", choices=BACKENDS, help="fail unless llama_cpp ships it")
    action.add_argument("--detect", action="store_true", help="load llama.cpp and report")
    args = parser.parse_args(argv)
    if args.bake:
        print(f"baked backend {args.bake!r} into {write_build_info(args.bake)}")
    elif args.clear:
        _BUILD_INFO.unlink(missing_ok=True)
    elif args.check:
        shipped = shipped_backends()
        if args.check not in shipped:
            print(f"llama-cpp-python has no {args.check} library (has: {shipped})", file=sys.stderr)
            return 1
        print(f"llama-cpp-python ships: {', '.join(shipped)}")
    else:
        report = detect()
        print(f"{report.name} (registered: {', '.join(report.registered)})")
        for device in report.devices:
            print(f"  {device}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
