"""The shipped translations are complete, current with the code, and compiled as committed.

A new English string in the GUI fails here until it is extracted (update), translated in German
and Simplified Chinese, and compiled (see resources/translations/README.md).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from gpt4local.diagnostics import translations as tool

REQUIRED_FILES = [tool.TRANSLATIONS / f"gpt4local_{code}.ts" for code in tool.REQUIRED]


@pytest.fixture(scope="module")
def source_entries() -> set[tool.Entry]:
    return tool.source_entries()


def test_the_sources_mark_the_window_texts(source_entries):
    """lupdate sees every kind of call the conventions allow: tr(), translate() with its
    context, QT_TRANSLATE_NOOP, and plurals."""
    found = {(e.context, e.source) for e in source_entries}
    assert ("WindowMenus", "&Help") in found  # translate("WindowMenus", …)
    assert ("_Message", "Close this message") in found  # self.tr(…)
    assert ("GenerationForm", "Temperature") in found  # QT_TRANSLATE_NOOP
    assert tool.Entry("Formatting", "%n bytes", "", True) in source_entries  # a plural


@pytest.mark.parametrize("ts", REQUIRED_FILES, ids=lambda p: p.name)
def test_german_and_chinese_are_complete_and_current(ts: Path, source_entries):
    assert ts.is_file()
    assert tool.problems(ts, source_entries) == []


@pytest.mark.parametrize("ts", tool.ts_files(), ids=lambda p: p.name)
def test_each_qm_is_what_its_ts_compiles_to(ts: Path):
    assert tool.qm_is_current(ts), f"{ts.name}: run `translations compile`"


def _edited_copy(tmp_path: Path, old: str, new: str) -> Path:
    copy = tmp_path / "gpt4local_de.ts"
    text = (tool.TRANSLATIONS / "gpt4local_de.ts").read_text(encoding="utf-8")
    assert old in text
    copy.write_text(text.replace(old, new, 1), encoding="utf-8")
    return copy


def test_an_unfinished_message_fails(tmp_path, source_entries):
    ts = _edited_copy(tmp_path, "<translation>&amp;Hilfe</translation>",
                      '<translation type="unfinished">&amp;Hilfe</translation>')  # fmt: skip
    assert tool.problems(ts, source_entries) == ["unfinished: WindowMenus: '&Help'"]


def test_an_empty_translation_fails(tmp_path, source_entries):
    ts = _edited_copy(tmp_path, "<translation>&amp;Hilfe</translation>",
                      "<translation></translation>")  # fmt: skip
    assert tool.problems(ts, source_entries) == ["empty translation: WindowMenus: '&Help'"]


def test_a_message_missing_from_the_file_fails(tmp_path, source_entries):
    ts = _edited_copy(tmp_path, "<source>&amp;Help</source>", "<source>&amp;Helpless</source>")
    assert tool.problems(ts, source_entries) == [
        "missing (run update): WindowMenus: '&Help'",
        "no longer in the sources (run update): WindowMenus: '&Helpless'",
    ]


def test_a_vanished_message_still_used_fails(tmp_path, source_entries):
    ts = _edited_copy(tmp_path, "<translation>&amp;Hilfe</translation>",
                      '<translation type="vanished">&amp;Hilfe</translation>')  # fmt: skip
    assert tool.problems(ts, source_entries) == ["vanished: WindowMenus: '&Help'"]


def test_a_string_new_in_the_sources_fails(tmp_path, source_entries):
    """What lupdate would add: an English string written without its translations."""
    added = {*source_entries, tool.Entry("WindowMenus", "A new menu entry", "", False)}
    ts = tool.TRANSLATIONS / "gpt4local_zh_CN.ts"
    assert tool.problems(ts, added) == ["missing (run update): WindowMenus: 'A new menu entry'"]


def test_a_qm_older_than_its_ts_fails(tmp_path):
    """Compared by content, not by time: git keeps no modification times."""
    for name in ("gpt4local_de.ts", "gpt4local_de.qm"):
        shutil.copy(tool.TRANSLATIONS / name, tmp_path / name)
    ts = _edited_copy(tmp_path, "<translation>&amp;Hilfe</translation>",
                      "<translation>&amp;Hilfe!</translation>")  # fmt: skip
    assert not tool.qm_is_current(ts)
    tool.lrelease(ts, ts.with_suffix(".qm"))
    assert tool.qm_is_current(ts)


def test_a_count_outside_a_plural_message_fails(source_entries):
    """translate("C", "%n files", None, n) loses its plural forms in lupdate: self.tr does not."""
    added = {*source_entries, tool.Entry("WindowMenus", "%n chats", "", False)}
    ts = tool.TRANSLATIONS / "gpt4local_de.ts"
    assert "%n outside a plural (write self.tr(text, '', n)): WindowMenus: '%n chats'" in (
        tool.problems(ts, added))  # fmt: skip


def test_a_merge_keeps_the_translations_of_both_sides(tmp_path, source_entries):
    """Two branches translate their own strings: ours lacks (here: leaves unfinished) what the
    other side translated; fill_from takes it over, and only finished ones."""
    ours = _edited_copy(tmp_path, "<translation>&amp;Hilfe</translation>",
                        '<translation type="unfinished"></translation>')  # fmt: skip
    theirs = REQUIRED_FILES[0]
    assert tool.problems(ours, source_entries) == ["unfinished: WindowMenus: '&Help'"]
    assert tool.fill_from(ours, theirs) == 1
    assert tool.problems(ours, source_entries) == []
    assert tool.fill_from(ours, theirs) == 0  # nothing left to take
