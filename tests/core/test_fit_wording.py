"""What a refusal says loading anyway would do, from the machine's real swap.

Issue 10 §6: "The 'too big' dialog mentions swapping on a machine with no swap. Word it from the
real swap size." (That machine, like this one, had no swap at all.)
"""

from __future__ import annotations

from gpt4local.core.fit.load_plan import plan_load
from gpt4local.core.fit.system_probe import SystemInfo
from gpt4local.core.inference.options import LoadSettings

MIB, GIB = 1 << 20, 1 << 30


def machine(swap: int, free_swap: int, available: int = 20 * MIB) -> SystemInfo:
    """By default 20 MiB of RAM free: too little for the tiny model with its runtime."""
    return SystemInfo(total_ram=16 * GIB, available_ram=available, total_swap=swap,
                      free_swap=free_swap, physical_cores=2, logical_cores=2,
                      gpu_offload=False)  # fmt: skip


def refusal(tiny_model, system: SystemInfo) -> str:
    plan = plan_load(tiny_model, LoadSettings(), system)
    assert not plan.fits
    assert plan.fit.notes[-1] in plan.refusal("tiny.gguf")  # the dialog shows the same notes
    return plan.fit.notes[-1]


def test_no_swap_says_loading_may_fail_not_that_it_swaps(tiny_model):
    said = refusal(tiny_model, machine(0, 0))
    assert said.startswith("This computer has no swap space: if it is loaded anyway, it may fail")
    assert "swaps to disk" not in said


def test_enough_free_swap_says_the_computer_slows_down(tiny_model):
    said = refusal(tiny_model, machine(8 * GIB, 8 * GIB))
    assert said.startswith("Loading it anyway puts about ")
    assert "in swap (8.00 GB free): the whole computer can become slow" in said


def test_too_little_free_swap_says_how_little(tiny_model):
    said = refusal(tiny_model, machine(8 * GIB, MIB))
    assert "only 1.00 MB of swap is free: it may fail" in said


def test_a_model_that_fits_has_nothing_to_say_about_swap(tiny_model):
    plan = plan_load(tiny_model, LoadSettings(), machine(0, 0, available=12 * GIB))
    assert plan.fits and not any("swap" in note for note in plan.fit.notes)
