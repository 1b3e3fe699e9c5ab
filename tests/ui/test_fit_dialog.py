"""The question before loading a model that does not fit, worded from this machine's swap."""

from __future__ import annotations

import pytest

from gpt4local.core.fit.load_plan import plan_load
from gpt4local.core.inference.options import LoadSettings
from gpt4local.ui.engine.fit_dialog import FitDialog
from tests.core.test_fit_wording import GIB, machine


@pytest.mark.parametrize(
    ("swap", "said", "not_said"),
    [(0, "This computer has no swap space", "swaps to disk"),
     (8 * GIB, "the whole computer can become slow while it swaps to disk", "no swap")],
)  # fmt: skip
def test_the_dialog_words_loading_anyway_from_the_real_swap(qtbot, tiny_model, swap, said,
                                                            not_said):  # fmt: skip
    """Issue 10 §6: "The 'too big' dialog mentions swapping on a machine with no swap." """
    plan = plan_load(tiny_model, LoadSettings(), machine(swap, swap))
    dialog = FitDialog(None, str(tiny_model), plan.fit, plan.load, plan.suggestion)
    qtbot.addWidget(dialog)
    text = dialog.message.text()
    assert said in text and not_said not in text
    assert "is available now" in text
