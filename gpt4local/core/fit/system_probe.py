"""What this machine has: RAM, swap, CPU cores, and the GPU this llama.cpp build can use.

VRAM is read where it can be: NVIDIA through NVML (the ``nvidia-ml-py`` package, if installed),
Apple Silicon's unified memory (the GPU works in RAM: Metal's default working-set limit is about
75 % of it); otherwise it is unknown and offload advice is not given.

``GPT4LOCAL_SYSTEM`` (JSON with any of the fields, sizes in bytes) replaces the measured values:
tests and support use it to ask "what would an 8 GB laptop see?".
"""

from __future__ import annotations

import dataclasses
import json
import os
import platform
from dataclasses import dataclass

from gpt4local.core.errors import UserFacingError

OVERRIDE_ENV = "GPT4LOCAL_SYSTEM"
APPLE_GPU_SHARE = 0.75  # of RAM that Metal lets the GPU use by default (recommendedMaxWorkingSet)


@dataclass(frozen=True)
class SystemInfo:
    total_ram: int
    available_ram: int
    total_swap: int
    free_swap: int
    physical_cores: int
    logical_cores: int
    gpu_offload: bool  # this llama-cpp-python build can offload layers to a GPU
    gpu_name: str | None = None
    vram_total: int | None = None  # None: unknown
    vram_free: int | None = None
    unified_memory: bool = False  # the GPU uses system RAM (Apple Silicon)

    def as_dict(self) -> dict:
        return dataclasses.asdict(self)


def _nvidia() -> tuple[str, int, int] | None:
    """(name, total, free) of the first NVIDIA GPU, if NVML is installed and answers."""
    try:
        import pynvml  # from nvidia-ml-py, optional
    except ImportError:
        return None
    try:
        pynvml.nvmlInit()
        try:
            handle = pynvml.nvmlDeviceGetHandleByIndex(0)
            memory = pynvml.nvmlDeviceGetMemoryInfo(handle)
            name = pynvml.nvmlDeviceGetName(handle)
            name = name.decode() if isinstance(name, bytes) else str(name)
            return name, int(memory.total), int(memory.free)
        finally:
            pynvml.nvmlShutdown()
    except Exception:  # no driver, no device: NVML raises its own error types
        return None


def _gpu_offload_supported() -> bool:
    try:
        import llama_cpp

        return bool(llama_cpp.llama_supports_gpu_offload())
    except Exception:
        return False


def measure() -> SystemInfo:
    import psutil

    memory, swap = psutil.virtual_memory(), psutil.swap_memory()
    offload = _gpu_offload_supported()
    gpu_name, vram_total, vram_free, unified = None, None, None, False
    apple_silicon = platform.system() == "Darwin" and platform.machine() == "arm64"
    if offload and apple_silicon:
        gpu_name, unified = "Apple GPU (unified memory)", True
        vram_total = int(memory.total * APPLE_GPU_SHARE)
        vram_free = min(vram_total, int(memory.available))
    elif offload:
        found = _nvidia()
        if found:
            gpu_name, vram_total, vram_free = found
    return SystemInfo(
        total_ram=int(memory.total),
        available_ram=int(memory.available),
        total_swap=int(swap.total),
        free_swap=int(swap.free),
        physical_cores=psutil.cpu_count(logical=False) or os.cpu_count() or 1,
        logical_cores=psutil.cpu_count(logical=True) or os.cpu_count() or 1,
        gpu_offload=offload,
        gpu_name=gpu_name,
        vram_total=vram_total,
        vram_free=vram_free,
        unified_memory=unified,
    )


def probe() -> SystemInfo:
    """The machine as measured, with any values from GPT4LOCAL_SYSTEM put in their place."""
    info = measure()
    raw = os.environ.get(OVERRIDE_ENV, "").strip()
    if not raw:
        return info
    try:
        values = json.loads(raw)
        known = {f.name for f in dataclasses.fields(SystemInfo)}
        unknown = set(values) - known
        if unknown:
            raise ValueError(f"unknown fields {sorted(unknown)}")
        return dataclasses.replace(info, **values)
    except (ValueError, TypeError) as error:
        raise UserFacingError(f"{OVERRIDE_ENV} is not valid: {error}") from None
