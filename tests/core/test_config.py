"""Each refused engine setting is named alone, with its rule and its value.

Issue 10, reproduction: `gpt4local chat --top-p 0` said "Temperature must be ≥ 0, top_p in (0, 1]
and min_p in [0, 1]" — three settings for one bad value. The settings window showed the same.
"""

from __future__ import annotations

import pytest

from gpt4local.core.inference.options import (
    SETTING_LABELS,
    LoadSettings,
    SamplingSettings,
    SettingError,
)
from gpt4local.core.settings import check_generation

REFUSED = [
    (SamplingSettings, "temperature", -0.1),
    (SamplingSettings, "top_p", 0.0),
    (SamplingSettings, "top_p", 1.5),
    (SamplingSettings, "top_k", -1),
    (SamplingSettings, "min_p", 1.01),
    (SamplingSettings, "repeat_penalty", 0.0),
    (SamplingSettings, "repeat_last_n", -1),
    (SamplingSettings, "max_tokens", -1),
    (LoadSettings, "n_ctx", 63),
    (LoadSettings, "n_threads", -1),
    (LoadSettings, "n_batch", 0),
    (LoadSettings, "kv_cache_type", "q2"),
]


@pytest.mark.parametrize(("kind", "field", "value"), REFUSED)
def test_a_refused_value_names_its_setting_only(kind, field, value) -> None:
    with pytest.raises(SettingError) as refused:
        kind(**{field: value})
    assert (refused.value.field, refused.value.value) == (field, value)
    message = str(refused.value)
    assert message.startswith(f"{SETTING_LABELS[field]} must be {refused.value.rule}, not ")
    assert message.endswith(f", not {value!r}.")
    others = [label for name, label in SETTING_LABELS.items() if label != SETTING_LABELS[field]]
    assert not [label for label in others if label.lower() in message.lower()]


def test_the_settings_window_gets_the_same_one_setting_message() -> None:
    assert check_generation({"top_p": 0.0}) == "top_p must be more than 0 and at most 1, not 0.0."
    assert check_generation({"temperature": 0.0, "top_p": 1.0, "min_p": 1.0}) is None  # the edges
