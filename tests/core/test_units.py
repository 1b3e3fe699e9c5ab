import pytest

from gpt4local.core.units import human_count, human_size


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


def test_human_duration():
    from gpt4local.core.units import human_duration

    assert [human_duration(s) for s in (0.4, 42, 75, 7260)] == ["0 s", "42 s", "1 min 15 s",
                                                                 "2 h 01 min"]  # fmt: skip


def test_describe_transfer():
    from gpt4local.core.units import describe_transfer

    assert describe_transfer(512 << 20, 2 << 30, 10 << 20, 150) == (
        "512.0 MB of 2.00 GB (25%) · 10.0 MB/s · 2 min 30 s left"
    )
    assert describe_transfer(1024, None, None, None) == "1.00 KB"


@pytest.mark.parametrize(
    ("count", "shown"),
    [(217_376, "217K"), (4_194_304, "4.2M"), (135_000_000, "135M"), (1_100_048_384, "1.1B"),
     (7_241_732_096, "7.2B"), (13_015_864_320, "13B"), (999, "999")],
)  # fmt: skip
def test_parameter_counts_read_as_model_names_give_them(count, shown):
    """Issue 10: `models list` printed "0.0B params" for 4M-parameter models."""
    assert human_count(count) == shown
