"""A Jinja sandbox that bounds what an untrusted chat template may cost, in time and in memory.

Jinja's own sandbox stops a template from reaching Python's internals, not from spending hours or
gigabytes: ``{{ 'x' * 10**10 }}`` allocates 10 GB (at compile time even, by constant folding),
``{{ '%999999999s' % 'x' }}`` 1 GB, and two nested ``range(100000)`` loops run for hours.

Every template compile and render runs inside template_limits.run_bounded:
- Time: a deadline enforced from outside the thread (core.time_limit), so it stops any Python
  loop without the template's cooperation; the same mechanism stops a render the caller gave up.
- Memory: this environment charges the render's budget (template_limits) for every value the
  template makes (operators, calls, filters, slices, literals, ``~``, output buffers, the
  output), and sizes beforehand (template_sizes) the operations that can make far more than they
  are given in one C call, so none can allocate gigabytes before being charged.
- Depth: calls (macros, recursive loops) nest at most MAX_CALL_DEPTH deep.
"""

from __future__ import annotations

import functools
import itertools
import json
from collections.abc import Callable, Sized
from typing import Any, TypeVar

from jinja2 import filters as jinja_filters
from jinja2 import pass_environment, pass_eval_context
from jinja2.compiler import CodeGenerator, Frame, optimizeconst
from jinja2.nodes import Concat, Dict, EvalContext, Getitem, Impossible, List, Slice, Tuple
from jinja2.runtime import Macro
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import Namespace

from gpt4local.core.templates.limits import (
    EXPANSION,
    MAX_CALL_DEPTH,
    SMALL,
    LimitExceeded,
    current,
)
from gpt4local.core.templates.sizes import FILTER_SIZES, FilterSize, binop_size, sized_call

T = TypeVar("T")


def _bounded_filter(function: Callable[..., Any], size: FilterSize | None) -> Callable[..., Any]:
    # A filter's first argument is its value, after the context/environment Jinja may pass.
    skip = 1 if getattr(function, "jinja_pass_arg", None) else 0

    @functools.wraps(function)
    def bounded(*args: Any, **kwargs: Any) -> Any:
        limits = current()
        if len(args) > skip:
            value = args[skip]
            limits.reserve(EXPANSION * (len(value) if type(value) is str else limits.weight(value)))
            if size is not None:
                limits.reserve(size(limits, *args[skip:], **kwargs))
        return limits.charge(function(*args, **kwargs))

    return bounded


@pass_eval_context
def _join(eval_ctx: EvalContext, value: Any, d: str = "", attribute: Any = None) -> str:
    limits = current()
    items = list(value)
    limits.reserve(sum(limits.weight(i) for i in items) + len(str(d)) * len(items))
    return jinja_filters.sync_do_join(eval_ctx, items, d, attribute)


@pass_environment
def _sum(
    environment: BoundedEnvironment, iterable: Any, attribute: Any = None, start: Any = 0
) -> Any:
    """Python's sum() adds lists in C, in quadratic time: here each step is a sized ``+``."""
    if attribute is not None:
        iterable = map(jinja_filters.make_attrgetter(environment, attribute), iterable)
    total = start
    for item in iterable:
        total = environment.call_binop(None, "+", total, item)
    return total


def _tojson(value: object, indent: int | str | None = None) -> str:
    # Hugging Face's tojson: no HTML escaping, non-ASCII kept. Escapes make up to 6 characters.
    step = len(indent) if isinstance(indent, str) else (indent or 0)
    current().reserve(6 * current().weight(value) * (1 + max(step, 0)))
    return json.dumps(value, ensure_ascii=False, indent=indent)


# --- the environment ---------------------------------------------------------------------------


class _Namespace(Namespace):
    """``namespace()`` with a short text: its attributes can change after a list holding it was
    weighed, so printing or comparing must not go inside it."""

    def __repr__(self) -> str:
        return "<namespace>"


class _OutputBuffer(list[str]):
    """The output of a macro, block or ``{% set %}`` block as it is collected. A loop can add
    the same constant text to it millions of times without any other hook running, so each
    piece is counted (as a reference: its text was counted when made) as it comes."""

    def append(self, piece: Any) -> None:
        current().spend(SMALL)
        super().append(piece)

    def extend(self, pieces: Any) -> None:
        pieces = tuple(pieces)
        current().spend(SMALL * len(pieces))
        super().extend(pieces)


class _BoundedCodeGenerator(CodeGenerator):
    """Routes what Jinja builds inline (``~``, slices, literals, output buffers) through the
    budget."""

    def buffer(self, frame: Frame) -> None:
        frame.buffer = self.temporary_identifier()
        self.writeline(f"{frame.buffer} = environment.output_buffer()")

    @optimizeconst
    def visit_Concat(self, node: Concat, frame: Frame) -> None:
        if frame.eval_ctx.volatile:
            join = "(markup_join if context.eval_ctx.volatile else str_join)"
        else:
            join = "markup_join" if frame.eval_ctx.autoescape else "str_join"
        self.write(f"environment.bounded_join({join}, (")
        for operand in node.nodes:
            self.visit(operand, frame)
            self.write(", ")
        self.write("))")

    def _charged(self, visit: Callable[[Any, Frame], None], node: Any, frame: Frame) -> None:
        try:  # a literal of constants, e.g. ["tool", "ipython"]: as small as its source
            node.as_const(frame.eval_ctx)
        except Impossible:
            self.write("environment.charged(")
            visit(node, frame)
            self.write(")")
        else:
            visit(node, frame)

    def visit_Getitem(self, node: Getitem, frame: Frame) -> None:
        if isinstance(node.arg, Slice):  # Jinja slices in place, not through environment.getitem
            self.write("environment.sliced(")
            super().visit_Getitem(node, frame)
            self.write(")")
        else:
            super().visit_Getitem(node, frame)

    def visit_List(self, node: List, frame: Frame) -> None:
        self._charged(super().visit_List, node, frame)

    def visit_Dict(self, node: Dict, frame: Frame) -> None:
        self._charged(super().visit_Dict, node, frame)

    def visit_Tuple(self, node: Tuple, frame: Frame) -> None:
        if node.ctx == "load":  # not the targets of ``{% for a, b in … %}``
            self._charged(super().visit_Tuple, node, frame)
        else:
            super().visit_Tuple(node, frame)


def _output_text(value: object) -> str:
    """Jinja's ``finalize``: each ``{{ value }}`` as text, charged when new."""
    if type(value) is str or isinstance(value, str):
        return value
    return current().charge(str(value))  # type: ignore[return-value]


class BoundedEnvironment(ImmutableSandboxedEnvironment):
    """The sandbox chat templates are compiled and rendered in, always through run_bounded.

    Only the operators that can grow a value are intercepted (which also keeps them from being
    folded at compile time): ``-``, ``/``, ``//`` and the unary ones cannot.
    """

    intercepted_binops = frozenset({"+", "*", "%", "**"})
    code_generator_class = _BoundedCodeGenerator

    def __init__(self, **options: Any) -> None:
        super().__init__(finalize=_output_text, **options)
        self.globals.pop("lipsum", None)  # lorem ipsum of any length: no use in a chat prompt
        self.globals["namespace"] = _Namespace
        self.filters.pop("urlize", None)  # wraps each link in attacker-sized text
        self.filters.update(join=_join, sum=_sum, tojson=_tojson)
        for name, function in self.filters.items():
            self.filters[name] = _bounded_filter(function, FILTER_SIZES.get(name))

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        limits = current()
        if operator == "+" and type(left) is str and type(right) is str:  # most of them: fast
            limits.room -= len(left) + len(right)
            if limits.room < 0:
                raise limits.too_big()
            return left + right
        limits.reserve(binop_size(limits, operator, left, right))
        return limits.charge(self.binop_table[operator](left, right))

    def call(self, context: Any, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        limits = current()
        if type(obj) is not Macro:  # a macro's output goes through the other hooks
            args = sized_call(limits, obj, args, kwargs)
        if limits.depth >= MAX_CALL_DEPTH:
            raise LimitExceeded(f"its calls nest more than {MAX_CALL_DEPTH} deep")
        limits.depth += 1
        try:
            result = super().call(context, obj, *args, **kwargs)
        finally:
            limits.depth -= 1
        return limits.charge(result)

    def concat(self, pieces: Any) -> str:
        """Joins the output of the template and of each macro and block: the pieces may be one
        large value repeated by a loop, so their sizes are counted before they are joined."""
        limits = current()
        if type(pieces) is _OutputBuffer:  # its pieces were counted as they came
            return limits.charge("".join(pieces))  # type: ignore[return-value]
        parts: list[str] = []
        remaining = iter(pieces)
        while chunk := list(itertools.islice(remaining, 4096)):
            limits.spend(sum(map(len, chunk)) + SMALL * len(chunk))
            parts += chunk
        return "".join(parts)

    def bounded_join(self, join: Callable[[tuple], str], operands: tuple) -> str:
        """The ``~`` operator."""
        limits = current()
        limits.reserve(sum(limits.weight(o) for o in operands))
        return limits.charge(join(operands))  # type: ignore[return-value]

    output_buffer = _OutputBuffer

    def charged(self, value: T) -> T:
        """A list, tuple or dict literal."""
        current().charge(value)
        return value

    def sliced(self, value: T) -> T:
        """A slice: new, but made of its original's items, each at most once, so no heavier."""
        size = len(value) if isinstance(value, Sized) else 1
        current().spend(size if isinstance(value, str | bytes) else SMALL * size)
        return value
