"""The one rule before a load, for the window and the command line alike."""

from __future__ import annotations

import pytest

from gpt4local.core.errors import ModelFileError
from gpt4local.core.fit.load_decision import decide_load
from gpt4local.core.fit.load_plan import plan_load
from gpt4local.core.inference.options import LoadSettings
from tests.core.test_fit_wording import GIB, MIB, machine

ROOMY = machine(0, 0, available=16 * GIB)
CRAMPED = machine(0, 0)  # 20 MiB free: too little for the tiny model with its runtime


def test_a_model_that_fits_is_loaded_with_the_settled_settings(tiny_model):
    decision = decide_load(tiny_model, LoadSettings(), ROOMY, "off")
    assert decision.action == "load" and decision.load.use_mmap is False
    assert decision.gguf.path == tiny_model and decision.suggestion is None


def test_one_that_does_not_fit_is_a_question_or_a_refusal_unless_forced(tiny_model):
    asked = decide_load(tiny_model, LoadSettings(), CRAMPED)
    refused = decide_load(tiny_model, LoadSettings(), CRAMPED, can_ask=False)
    forced = decide_load(tiny_model, LoadSettings(), CRAMPED, force=True, can_ask=False)
    assert (asked.action, refused.action, forced.action) == ("ask", "refuse", "load")
    same = plan_load(tiny_model, LoadSettings(), CRAMPED)
    assert asked.plan == same and refused.refusal == same.refusal(tiny_model.name)
    assert "does not fit in memory" in refused.refusal


def test_the_loaded_models_memory_counts_as_free(tiny_model):
    need = plan_load(tiny_model, LoadSettings(), ROOMY).fit.estimate.ram_bytes
    assert decide_load(tiny_model, LoadSettings(), CRAMPED).action == "ask"
    freed = decide_load(tiny_model, LoadSettings(), CRAMPED, freed_bytes=need + 64 * MIB)
    assert freed.action == "load"
    assert freed.fit.available_bytes > CRAMPED.available_ram


def test_the_header_is_read_once(tiny_model, monkeypatch):
    from gpt4local.core.fit import load_decision
    from gpt4local.core.models import gguf_info

    reads = []
    real = gguf_info.read_info

    def counted(*args, **kwargs):
        reads.append(args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(load_decision, "read_info", counted)
    monkeypatch.setattr(gguf_info, "read_info", counted)  # where facts_for_file would read it
    decide_load(tiny_model, LoadSettings(), ROOMY)
    assert reads == [tiny_model]


def test_a_file_that_is_not_a_model_is_refused_with_its_reason(not_a_gguf):
    with pytest.raises(ModelFileError):
        decide_load(not_a_gguf, LoadSettings(), ROOMY)
