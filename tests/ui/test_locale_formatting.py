"""Sizes, speeds, durations and dates as the window's language writes them (ui/i18n/formatting)."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QLocale

from gpt4local.core.units import human_duration, human_size
from gpt4local.ui.i18n.formatting import (
    format_date,
    format_duration,
    format_number,
    format_size,
    format_speed,
    format_token_rate,
    names_and,
)
from gpt4local.ui.i18n.languages import install_language, remove_translations

ENGLISH, GERMAN, CHINESE = QLocale("en_US"), QLocale("de_DE"), QLocale("zh_CN")


@pytest.fixture
def german(qapp):
    default = QLocale()
    install_language("de")
    yield
    remove_translations()
    QLocale.setDefault(default)


@pytest.mark.parametrize("n_bytes", [0, 512, 1536, 217_376, 4_368_439_296])
def test_english_sizes_and_durations_match_the_command_line(n_bytes):
    assert format_size(n_bytes, ENGLISH) == human_size(n_bytes)
    assert format_duration(n_bytes % 9000, ENGLISH) == human_duration(n_bytes % 9000)


def test_sizes_past_a_thousand_gb_stay_in_gb_with_groups():
    assert format_size(3 * 1024**4, ENGLISH) == "3,072.0 GB"


def test_german_numbers_and_sizes(german):
    assert format_number(1234.5, 1) == "1.234,5"
    assert format_number(1_234_567) == "1.234.567"
    assert format_size(4_368_439_296) == "4,07 GB"
    assert format_size(217_376) == "212,3 KB"
    assert format_size(1000) == "1.000 Byte"
    assert format_size(1) == "1 Byte"
    assert format_speed(12.3 * 1024**2) == "12,3 MB/s"
    assert format_token_rate(42.54) == "42,5 Token/s"


def test_german_durations_and_dates(german):
    assert format_duration(42) == "42 s"
    assert format_duration(75) == "1 min 15 s"
    assert format_duration(3_600_000) == "1.000 h 00 min"
    assert format_date(datetime(2026, 12, 7, 14, 5)) == "07.12.26 14:05"
    assert format_date(datetime(2026, 12, 7, 14, 5), with_time=False) == "07.12.26"


def test_chinese_units_are_translated(qapp):
    install_language("zh_CN")
    try:
        assert format_size(512, CHINESE) == "512 字节"
        assert format_speed(1536, CHINESE) == "1.50 KB/秒"
        assert format_duration(75, CHINESE) == "1 分 15 秒"
        assert format_date(datetime(2026, 12, 7, 14, 5), CHINESE) == "2026/12/7 14:05"
    finally:
        remove_translations()
        QLocale.setDefault(ENGLISH)


def test_names_are_listed_as_the_language_writes_them(qapp, german):
    """One list of setting names for the Settings page and the chat's panel alike: the last
    joined by the language's "and" (QLocale's own list gives only commas in the C locale)."""
    assert names_and(["Top P", "Min P", "Seed"]) == "Top P, Min P und Seed"
    assert names_and(["Top P"]) == "Top P"


def test_names_are_listed_in_english_without_a_language(qapp):
    assert names_and(["Top P", "Min P", "Seed"]) == "Top P, Min P and Seed"
