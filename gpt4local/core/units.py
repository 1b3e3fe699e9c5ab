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


def human_count(n: float) -> str:
    """7_241_732_096 -> '7.2B', 135_000_000 -> '135M', 4_194_304 -> '4.2M', 217_376 -> '217K':
    parameter counts as model names give them (B for billions)."""
    for scale, unit in ((1e9, "B"), (1e6, "M"), (1e3, "K")):
        if abs(n) >= scale:
            scaled = n / scale
            return f"{scaled:.1f}{unit}" if scaled < 9.95 else f"{scaled:.0f}{unit}"
    return f"{n:.0f}"


def human_duration(seconds: float) -> str:
    """42 -> '42 s', 75 -> '1 min 15 s', 7260 -> '2 h 01 min'."""
    seconds = max(0, round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {seconds:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


def describe_transfer(done: int, total: int | None, speed: float | None, eta: float | None) -> str:
    """'1.20 GB of 4.07 GB (29%) · 12.3 MB/s · 4 min 02 s left'."""
    parts = [f"{human_size(done)} of {human_size(total)} ({done * 100 // total}%)" if total
             else human_size(done)]  # fmt: skip
    if speed:
        parts.append(f"{human_size(speed)}/s")
    if eta is not None:
        parts.append(f"{human_duration(eta)} left")
    return " · ".join(parts)
