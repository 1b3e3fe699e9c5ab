"""Hostile chat templates are refused within bounds on time and memory (issue 10, section 2).

Reproduction from the issue: a GGUF's ``tokenizer.chat_template`` is untrusted input, and
- ``{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}`` hangs
  ``chat``; in the GUI Stop does nothing and closing the window aborts the process;
- ``{{ 'x' * 10**10 }}`` climbs to 19.6 GB inside llama-cpp-python's own template compile at
  ``Llama()`` load (Jinja folds constants while compiling);
- ``{{ '%999999999s' % 'x' }}`` hangs too;
- and a template syntax error raises a traceback in ``Llama.__init__``.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import tracemalloc

import pytest

from gpt4local.core.inference.engine import Engine
from gpt4local.core.inference.events import GenerationStats
from gpt4local.core.inference.llama_open import TemplateFreeLlama
from gpt4local.core.inference.options import LoadSettings, SamplingSettings
from gpt4local.core.messages import Message
from gpt4local.core.templates import limits as template_limits
from gpt4local.core.templates.chat_template import (
    SAMPLE_CONVERSATION,
    ChatTemplate,
    RenderStopped,
    TemplateInvalid,
    TemplateRefused,
    choose_template,
    family_named,
)
from gpt4local.diagnostics.synthetic_model import write_model

NESTED_LOOPS = "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"
HUGE_REPEAT = "{{ 'x' * 10**10 }}"
HUGE_WIDTH = "{{ '%999999999s' % 'x' }}"
SYNTAX_ERROR = "{% for m in messages %}{{ m.content }"
# Renders like ChatML, but spins once the last message says "spin": it passes the check at load.
SPINS_ON_REQUEST = (
    "{% if 'spin' in messages[-1].content %}" + NESTED_LOOPS + "{% endif %}"
    + family_named("chatml").source
)  # fmt: skip

DEADLINE = "ran for more than"
TOO_BIG = "builds more text than a chat prompt needs"


@pytest.fixture
def short_deadline(monkeypatch):
    """Renders that can only end by the deadline end sooner (the message says which)."""
    monkeypatch.setattr(template_limits, "RENDER_SECONDS", 0.5)


@pytest.mark.parametrize(
    ("source", "refusal"),
    [
        pytest.param(NESTED_LOOPS, DEADLINE, id="nested-range-loops"),
        pytest.param(HUGE_REPEAT, TOO_BIG, id="string-times-10**10"),
        pytest.param(HUGE_WIDTH, TOO_BIG, id="percent-width"),
        pytest.param("{{ 9 ** (9 ** (9 ** 9)) }}", "number of more than", id="power-tower"),
        pytest.param("{{ 'x'|center(9999999999) }}", TOO_BIG, id="huge-center"),
        pytest.param("{{ '{:>999999999}'.format(1) }}", TOO_BIG, id="format-width"),
        pytest.param("{{ (1).to_bytes(999999999, 'big') }}", TOO_BIG, id="int-to-bytes"),
        pytest.param("{{ range(100000)|join('x' * 100000) }}", TOO_BIG, id="join-separator"),
        pytest.param(
            "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}",
            "calls nest more than 64 deep",
            id="macro-recursion",
        ),
        pytest.param(
            "{% macro f(n) %}{% if n < 40 %}{{ f(n + 1) }}{{ f(n + 1) }}{% endif %}{% endmacro %}"
            "{{ f(0) }}",
            DEADLINE,
            id="exponential-macro-calls",
        ),
        pytest.param(
            "{% set ns = namespace(s='x') %}{% for i in range(64) %}"
            "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s }}",
            TOO_BIG,
            id="doubling-string",
        ),
        pytest.param(  # 2**64 items when printed, printed in C: only its weight can stop it
            "{% set ns = namespace(l=['x']) %}{% for i in range(64) %}"
            "{% set ns.l = [ns.l, ns.l] %}{% endfor %}{{ ns.l }}",
            TOO_BIG,
            id="list-of-shared-halves",
        ),
        pytest.param("{# " + "x" * 300_000 + " #}", "longer than 256 KB", id="long-source"),
    ],
)
def test_a_hostile_template_is_refused_with_the_reason(short_deadline, source, refusal):
    with pytest.raises(TemplateRefused, match=refusal):
        ChatTemplate(source, origin="gguf").render(SAMPLE_CONVERSATION)


def test_a_macro_collecting_constant_text_without_end_is_refused_by_size(monkeypatch):
    """No hook runs when a loop appends template text to a macro's output: ~20 million pieces
    (160 MB of references) a second. With a deadline of a minute, only their count stops it."""
    monkeypatch.setattr(template_limits, "RENDER_SECONDS", 60)
    endless = NESTED_LOOPS.replace("{% endfor %}{% endfor %}", "x{% endfor %}{% endfor %}")
    template = ChatTemplate(
        f"{{% macro m() %}}{endless}{{% endmacro %}}{{{{ m() }}}}", origin="gguf"
    )
    with pytest.raises(TemplateRefused, match=TOO_BIG):
        template.render(SAMPLE_CONVERSATION)


def test_compiling_folds_no_constant_into_memory():
    """Jinja computed ``'x' * 10**8`` while compiling (100 MB; 10**10 took 19.6 GB)."""
    tracemalloc.start()
    try:
        ChatTemplate("{{ 'x' * 10**8 }}", origin="gguf")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 10 * 2**20


def test_a_syntax_error_is_reported_as_invalid():
    with pytest.raises(TemplateInvalid, match="not valid: unexpected '}'"):
        ChatTemplate(SYNTAX_ERROR, origin="gguf")


def test_stop_ends_a_slow_rendering_at_once(monkeypatch):
    """Stop must not wait for the deadline: with one of a minute, only Stop can end this."""
    monkeypatch.setattr(template_limits, "RENDER_SECONDS", 60)
    template = ChatTemplate(NESTED_LOOPS, origin="gguf")
    stop = threading.Event()
    threading.Timer(0.2, stop.set).start()
    with pytest.raises(RenderStopped):
        template.render(SAMPLE_CONVERSATION, should_stop=stop.is_set)


@pytest.mark.parametrize(
    "source", [NESTED_LOOPS, HUGE_REPEAT, SYNTAX_ERROR], ids=["loops", "repeat", "syntax"]
)
def test_a_model_with_a_hostile_template_gets_its_familys_format(short_deadline, source):
    template = choose_template(
        source, bos_token="<s>", eos_token="</s>", is_special_token=lambda t: t == "<|im_start|>"
    )
    assert template.origin == "fallback:chatml"
    assert template.note is not None and "gpt4local uses the chatml format instead" in template.note
    assert template.render(SAMPLE_CONVERSATION).startswith("<|im_start|>system\n")


def test_a_hostile_override_is_refused_not_replaced(short_deadline):
    """The user asked for it: they are told, instead of silently getting another format."""
    with pytest.raises(TemplateRefused, match=DEADLINE):
        choose_template(
            None, bos_token="", eos_token="", is_special_token=bool, override=NESTED_LOOPS
        )


# --- with llama.cpp -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def hostile_models(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    sources = {
        "nested-loops": NESTED_LOOPS,
        "huge-repeat": HUGE_REPEAT,
        "huge-width": HUGE_WIDTH,
        "syntax-error": SYNTAX_ERROR,
        "spins-on-request": SPINS_ON_REQUEST,
        "gigabyte-repeat": "{{ 'x' * 10**9 }}",
    }
    return {name: write_model(folder / f"{name}.gguf", chat_template=source)
            for name, source in sources.items()}  # fmt: skip


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("nested-loops", "refused: it ran for more than 0.5 seconds"),
        ("huge-repeat", "refused: it builds more text"),
        ("huge-width", "refused: it builds more text"),
        ("syntax-error", "not valid Jinja (unexpected '}')"),
    ],
)
def test_the_model_loads_with_its_familys_format_and_answers(
    short_deadline, hostile_models, name, reason
):
    engine = Engine(hostile_models[name], LoadSettings(n_ctx=256))
    assert engine.info.template_origin == "fallback:chatml"
    assert reason in engine.info.fallback_reason
    events = list(engine.stream([Message("user", "hi")], SamplingSettings(max_tokens=4, seed=1)))
    assert isinstance(events[-1], GenerationStats) and events[-1].completion_tokens > 0
    engine.close()


def test_llama_cpp_python_compiles_no_template_of_the_file(hostile_models):
    """Its constructor compiled every tokenizer.chat_template*: a syntax error raised, and
    constant folding allocated what the template computed (here 2 × 100 MB)."""
    path = write_model(hostile_models["syntax-error"].with_name("folds.gguf"),
                       chat_template="{{ 'x' * 10**8 }}")  # fmt: skip
    for model in (hostile_models["syntax-error"], path):
        tracemalloc.start()
        try:
            llm = TemplateFreeLlama(model_path=str(model), n_ctx=64, verbose=False)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert peak < 50 * 2**20
        assert not any(key.startswith("tokenizer.chat_template") for key in llm.metadata)
        assert llm.metadata["general.architecture"] == "llama"  # the rest is still there
        llm.close()


def test_the_model_loads_within_a_memory_limit(hostile_models):
    """Under a 2 GB address-space limit the load raised MemoryError (the 1 GB folded constant,
    then its repr); without one, 10**10 climbed to 19.6 GB."""
    script = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (2 * 2**30, 2 * 2**30))\n"
        "from gpt4local.core.inference.options import LoadSettings\n"
        "from gpt4local.core.inference.engine import Engine\n"
        "engine = Engine(sys.argv[1], LoadSettings(n_ctx=256))\n"
        "print(engine.info.template_origin)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(hostile_models["gigabyte-repeat"])],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "fallback:chatml"


def test_stop_ends_a_template_spinning_in_a_later_turn(monkeypatch, hostile_models):
    """Passing the check at load proves nothing of later turns: Stop still ends the rendering,
    as a Stop before the first word (no error)."""
    monkeypatch.setattr(template_limits, "RENDER_SECONDS", 60)
    engine = Engine(hostile_models["spins-on-request"], LoadSettings(n_ctx=256))
    assert engine.info.template_origin == "gguf"
    cancel = threading.Event()
    threading.Timer(0.2, cancel.set).start()
    events = list(engine.stream([Message("user", "spin")], SamplingSettings(), cancel))
    assert events == [GenerationStats("", 0, 0, 0, 0.0, 0.0, 0.0, "cancelled", 0)]
    engine.close()


def test_chat_in_the_terminal_says_why_and_answers(hostile_models):
    result = subprocess.run(
        [sys.executable, "-m", "gpt4local", "chat", "--model", str(hostile_models["huge-width"]),
         "--prompt", "hi", "--max-tokens", "4", "--seed", "1"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0
    assert result.stderr.strip() == (
        "This model's chat template was refused: it builds more text than a chat prompt needs "
        "(over 33 million characters). gpt4local uses the chatml format instead."
    )
    assert result.stdout.strip()
