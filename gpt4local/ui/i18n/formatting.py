"""Numbers, sizes, speeds, durations and dates as the window's language writes them.

The GUI's counterpart of core/units.py (which stays English, for the command line): the same
units and precision, with QLocale's decimal and group separators ("4,07 GB", "1.234" in German)
and translated unit words. ``locale`` defaults to QLocale(), i.e. what install_language set.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QObject, QTime

translate = QCoreApplication.translate  # lupdate reads calls by this name too


class Formatting(QObject):
    """lupdate marks a text as having plural forms only in a tr() call with a variable count
    (translate()'s count must be a literal), so plurals outside a QObject go through here,
    in the context of the texts around."""

    def bytes(self, count: int) -> str:
        return self.tr("%n bytes", "", count)


def format_number(value: float, decimals: int = 0, locale: QLocale | None = None) -> str:
    """1234.5 → "1,234.5" (en), "1.234,5" (de)."""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:  # no language installed yet (tests): English's
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    if decimals == 0:
        return locale.toString(round(value))
    return locale.toString(float(value), "f", decimals)


def format_size(n_bytes: float, locale: QLocale | None = None) -> str:
    """Powers of 1024, as file managers show them (and core.units.human_size):
    4_368_439_296 → "4.07 GB" (en), "4,07 GB" (de); 512 → "512 bytes" ("512 Byte", "512 字节")."""
    if abs(n_bytes) < 1024:
        count = int(n_bytes)
        text = Formatting().bytes(count)  # the plural forms' numbers
        return text.replace(str(count), format_number(count, 0, locale))  # the locale's digits
    value, power = n_bytes / 1024, 1  # 1: KB, 2: MB, 3: GB (and beyond)
    while abs(value) >= 1024 and power < 3:
        value, power = value / 1024, power + 1
    number = format_number(value, 2 if abs(value) < 10 else 1, locale)
    # Units are words too: French writes "Go".
    if power == 1:
        return translate("Formatting", "{number} KB").format(number=number)
    if power == 2:
        return translate("Formatting", "{number} MB").format(number=number)
    return translate("Formatting", "{number} GB").format(number=number)


def format_speed(n_bytes_per_second: float, locale: QLocale | None = None) -> str:
    """A transfer rate: "12.3 MB/s"."""
    size = format_size(n_bytes_per_second, locale)
    return translate("Formatting", "{size}/s").format(size=size)


def format_token_rate(tokens_per_second: float, locale: QLocale | None = None) -> str:
    """Generation speed: "42.5 tokens/s" (one decimal, as the chat's figures show it)."""
    rate = format_number(tokens_per_second, 1, locale)
    return translate("Formatting", "{rate} tokens/s").format(rate=rate)


def format_duration(seconds: float, locale: QLocale | None = None) -> str:
    """42 → "42 s", 75 → "1 min 15 s", 7260 → "2 h 01 min" (core.units.human_duration's shape)."""
    seconds = max(0, round(seconds))
    if seconds < 60:
        return translate("Formatting", "{seconds} s").format(seconds=seconds)
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return translate("Formatting", "{minutes} min {seconds} s").format(
            minutes=minutes, seconds=f"{seconds:02d}")
    hours, minutes = divmod(minutes, 60)
    hours_text = format_number(hours, 0, locale)  # 1.000 h in German: a long download
    return translate("Formatting", "{hours} h {minutes} min").format(
        hours=hours_text, minutes=f"{minutes:02d}")


def format_date(moment: datetime, locale: QLocale | None = None, with_time: bool = True) -> str:
    """A date (and time) in the language's short format: "07.12.26 14:05" in German."""
    locale = locale or QLocale()
    short = QLocale.FormatType.ShortFormat
    stamp = QDateTime(QDate(moment.year, moment.month, moment.day),
                      QTime(moment.hour, moment.minute, moment.second))  # fmt: skip
    return locale.toString(stamp, short) if with_time else locale.toString(stamp.date(), short)


def names_and(names: list[str]) -> str:
    """"a, b and c" as the language writes it: QLocale.createSeparatedList gives only commas in
    the C locale, which a window without a language setting may have."""
    if len(names) < 2:
        return "".join(names)
    head = names[0]
    for name in names[1:-1]:
        head = translate("Formatting", "{first}, {second}").format(first=head, second=name)
    return translate("Formatting", "{first} and {second}").format(first=head, second=names[-1])
