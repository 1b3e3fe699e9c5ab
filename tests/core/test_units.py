import pytest

from gpt4local.core.units import human_size


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (0, "0 bytes"),
        (1023, "1023 bytes"),
        (1536, "1.50 KB"),
        (217_376, "212.3 KB"),
        (4_368_439_296, "4.07 GB"),
        (7 * 2**40, "7168.0 GB"),
    ],
)
def test_human_size(n, text):
    assert human_size(n) == text
