"""Numbers as people read them."""

from __future__ import annotations


def human_size(n_bytes: float) -> str:
    """1536 -> '1.50 KB', 217_376 -> '212.3 KB', 4_368_439_296 -> '4.07 GB'.

    Powers of 1024, as file managers show them.
    """
    for unit in ("bytes", "KB", "MB", "GB"):
        if abs(n_bytes) < 1024 or unit == "GB":
            break
        n_bytes /= 1024
    if unit == "bytes":
        return f"{int(n_bytes)} bytes"
    return f"{n_bytes:.2f} {unit}" if n_bytes < 10 else f"{n_bytes:.1f} {unit}"
