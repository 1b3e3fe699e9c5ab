"""Sizes of the template operations that can make far more than they are given, in one C call.

Each is worked out from the arguments before the operation runs, so that ``'x' * 10**10`` or
``'%999999999s' % 'x'`` is refused instead of allocating gigabytes first (see template_limits).
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Mapping
from typing import Any

from gpt4local.core.templates.limits import EXPANSION, SMALL, LimitExceeded, Limits, int_size

# printf-style conversions: %[(key)][flags][width][.precision][length]type
_PERCENT = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d*)(?:\.(\*|\d*))?[hlL]?(.)", re.DOTALL)


def percent_size(limits: Limits, template: str | bytes, values: object) -> int:
    text = template.decode("latin-1") if isinstance(template, bytes) else template
    specs = [m for m in _PERCENT.findall(text) if m[2] != "%"]
    widths = sum(int(n) for width, precision, _ in specs for n in (width, precision) if n.isdigit())
    if any("*" in (width, precision) for width, precision, _ in specs):
        items = values if isinstance(values, tuple) else (values,)
        widths += sum(max(n, 0) for n in items if isinstance(n, int))
    # With a mapping, every conversion may name the same (large) value.
    each = 400 + (limits.weight(values) if isinstance(values, Mapping) else 0)
    return len(text) + widths + len(specs) * each + limits.weight(values)


def _format_size(limits: Limits, template: str, args: tuple, kwargs: dict) -> int:
    """str.format: ``{:>999999999}`` pads to a gigabyte, and a field may repeat a large value."""
    fields = widths = 0
    for _, field, spec, _ in string.Formatter().parse(template):
        if field is None:
            continue
        if spec and "{" in spec:  # the width would come from the arguments: not worth allowing
            raise LimitExceeded("it takes a format width from its arguments")
        fields += 1
        widths += sum(int(n) for n in re.findall(r"\d+", spec or ""))
    largest = max((limits.weight(v) for v in (*args, *kwargs.values())), default=0)
    return len(template) + widths + fields * (400 + largest)


def _replace_size(text: str, old: str, new: str, count: int | None) -> int:
    found = text.count(old) if old else len(text) + 1
    if count is not None and count >= 0:
        found = min(found, count)
    return len(text) + found * max(len(new) - len(old), 0)


def binop_size(limits: Limits, operator: str, left: Any, right: Any) -> int:
    numbers = isinstance(left, int) and isinstance(right, int)
    if operator == "*":
        if numbers:
            return int_size(left.bit_length() + right.bit_length())
        for sequence, times in ((left, right), (right, left)):
            if isinstance(times, int) and isinstance(sequence, str | bytes | list | tuple):
                return limits.weight(sequence) * max(times, 0)
    elif operator == "**" and numbers and right > 0 and abs(left) > 1:
        return int_size(left.bit_length() * right)
    elif operator == "+":
        return limits.weight(left) + limits.weight(right)
    elif operator == "%" and isinstance(left, str | bytes):
        return percent_size(limits, left, right)
    return SMALL


def _method_size(limits: Limits, text: str | bytes, name: str, args: tuple, kwargs: dict) -> int:
    """What a str (or bytes) method may make, for the ones that can make much more than given."""
    first = args[0] if args else None
    if name in ("center", "ljust", "rjust", "zfill") and isinstance(first, int):
        return max(len(text), first)
    if name == "expandtabs":
        tab = first if isinstance(first, int) else kwargs.get("tabsize", 8)
        tabs = text.count("\t") if isinstance(text, str) else text.count(b"\t")
        return len(text) + tabs * max(tab, 0)
    if name == "replace" and isinstance(text, str) and len(args) >= 2:
        old, new = args[0], args[1]
        if isinstance(old, str) and isinstance(new, str):
            count = args[2] if len(args) > 2 else kwargs.get("count")
            return _replace_size(text, old, new, count)
    if name == "translate" and first is not None:
        table = first.values() if isinstance(first, Mapping) else first
        return len(text) * (1 + max((limits.weight(v) for v in table), default=0))
    if name in ("format", "format_map") and isinstance(text, str):
        mapping = (first,) if name == "format_map" else args
        return _format_size(limits, text, mapping, kwargs)
    return EXPANSION * len(text)


def sized_call(limits: Limits, function: Any, args: tuple, kwargs: dict) -> tuple:
    """Refuse a call of a built-in method that would make too much; returns the arguments to
    call it with (an iterator given to ``str.join`` is read once, to be sized)."""
    method = getattr(function, "__wrapped__", function)  # the sandbox wraps str.format
    owner = getattr(method, "__self__", None)
    if isinstance(owner, str | bytes):
        name = getattr(method, "__name__", "")
        if name == "join" and args:
            args = (list(args[0]), *args[1:])
            limits.reserve(sum(limits.weight(i) for i in args[0]) + len(owner) * len(args[0]))
        else:
            limits.reserve(_method_size(limits, owner, name, args, kwargs))
    if owner is not None and not isinstance(owner, type):
        for number in (*args, *kwargs.values()):  # e.g. (1).to_bytes(10**10)
            if isinstance(number, int) and number > limits.room:
                raise limits.too_big()
    return args


FilterSize = Callable[..., int]


# Each takes the filter's own parameters (names included: templates pass them by keyword).
def _center_size(lim: Limits, value: Any, width: int = 80) -> int:
    return max(lim.weight(value), width)


def _indent_size(
    lim: Limits, s: Any, width: Any = 4, first: bool = False, blank: bool = False
) -> int:
    step = width if isinstance(width, int) else len(str(width))
    return lim.weight(s) + (str(s).count("\n") + 1) * step


def _wordwrap_size(
    lim: Limits, s: Any, width: int = 79, break_long_words: bool = True,
    wrapstring: str | None = None, break_on_hyphens: bool = True,
) -> int:  # fmt: skip
    return lim.weight(s) * (1 + len(wrapstring or "\n"))


FILTER_SIZES: dict[str, FilterSize] = {
    "center": _center_size,
    "indent": _indent_size,
    "wordwrap": _wordwrap_size,
    "format": lambda lim, value, *args, **kwargs: percent_size(lim, str(value), kwargs or args),
    "replace": lambda lim, s, old, new, count=None: _replace_size(
        str(s), str(old), str(new), count
    ),
    "batch": lambda lim, value, linecount, fill_with=None: SMALL * linecount,
    "slice": lambda lim, value, slices, fill_with=None: SMALL * slices,
}
