"""Keep the translations in step with the code: extract, compile, check.

    python -m gpt4local.diagnostics.translations update   # lupdate: new strings into every .ts
    python -m gpt4local.diagnostics.translations compile  # lrelease: every .ts into its .qm
    python -m gpt4local.diagnostics.translations check    # what the tests check, as a list
    python -m gpt4local.diagnostics.translations new fr   # start gpt4local_fr.ts
    python -m gpt4local.diagnostics.translations merge    # a git merge's .ts conflicts: both sides

Run from a checkout (the .ts files live in resources/translations, beside the compiled .qm that
ship). Qt's own lupdate and lrelease from the PySide6 wheel do the work; the workflow and
conventions are in resources/translations/README.md.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
# Every folder whose Python shows GUI text; lupdate reads their .py files recursively.
SOURCES = (ROOT / "gpt4local" / "ui",)
REQUIRED = ("de", "zh_CN")  # complete at every commit (tests/ui/test_translations.py)


@dataclass(frozen=True)
class Entry:
    """One message of a .ts file, as lupdate identifies it."""

    context: str
    source: str
    comment: str
    plural: bool


@dataclass(frozen=True)
class Translation:
    entry: Entry
    kind: str  # "" (finished), "unfinished", "vanished" or "obsolete"
    forms: tuple[str, ...]  # the translated text, one per plural form


def _run_tool(tool: str, *args: str) -> subprocess.CompletedProcess[str]:
    """PySide6's wrapper finds the wheel's own binary (and its libraries) on every OS."""
    code = (f"import sys; from PySide6.scripts.pyside_tool import {tool}; "
            f"sys.argv[0] = {tool!r}; sys.exit({tool}())")  # fmt: skip
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                            check=False)  # fmt: skip
    if result.returncode != 0:
        raise RuntimeError(f"{tool} failed:\n{result.stdout}{result.stderr}")
    return result


def ts_files() -> list[Path]:
    return sorted(TRANSLATIONS.glob("gpt4local_*.ts"))


def language_of(ts: Path) -> str:
    return ts.stem.removeprefix("gpt4local_")


def lupdate(*ts: Path, target_language: str = "") -> None:
    """Merge the sources' strings into ``ts`` (created when missing); vanished ones are dropped."""
    extra = ["-target-language", target_language] if target_language else []
    _run_tool("lupdate", "-silent", "-extensions", "py", "-locations", "relative", "-no-obsolete",
              *extra, *map(str, SOURCES), "-ts", *map(str, ts))  # fmt: skip


def lrelease(ts: Path, qm: Path) -> None:
    _run_tool("lrelease", "-silent", str(ts), "-qm", str(qm))


def read_ts(ts: Path) -> list[Translation]:
    found = []
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{ts}: a message without <translation>"
            plural = message.get("numerus") == "yes"
            forms = ([f.text or "" for f in translation.iter("numerusform")] if plural
                     else [translation.text or ""])  # fmt: skip
            entry = Entry(name, message.findtext("source", ""), message.findtext("comment", ""),
                          plural)  # fmt: skip
            found.append(Translation(entry, translation.get("type", ""), tuple(forms)))
    return found


def source_entries() -> set[Entry]:
    """Every string the sources mark for translation now (a fresh lupdate into a scratch file)."""
    with tempfile.TemporaryDirectory() as scratch:
        ts = Path(scratch) / "gpt4local_xx.ts"
        lupdate(ts)
        return {t.entry for t in read_ts(ts)}


def problems(ts: Path, wanted: set[Entry]) -> list[str]:
    """Why ``ts`` is not complete and current for the sources' strings ``wanted``."""
    found = {t.entry: t for t in read_ts(ts)}
    said = [f"%n outside a plural (write self.tr(text, '', n)): {e.context}: {e.source!r}"
            for e in wanted if "%n" in e.source and not e.plural]  # fmt: skip
    said += [f"missing (run update): {e.context}: {e.source!r}" for e in wanted if e not in found]
    for entry, translation in found.items():
        where = f"{entry.context}: {entry.source!r}"
        if entry not in wanted:
            said.append(f"no longer in the sources (run update): {where}")
        elif translation.kind:
            said.append(f"{translation.kind}: {where}")
        elif not all(form.strip() for form in translation.forms):
            said.append(f"empty translation: {where}")
    return sorted(said)


def qm_is_current(ts: Path) -> bool:
    """The committed .qm is byte for byte what lrelease makes of the .ts now."""
    qm = ts.with_suffix(".qm")
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / qm.name
        lrelease(ts, fresh)
        return qm.is_file() and qm.read_bytes() == fresh.read_bytes()


def _key(context: str, message: ElementTree.Element) -> tuple[str, str, str]:
    return context, message.findtext("source", ""), message.findtext("comment", "")


def fill_from(ts: Path, other: Path) -> int:
    """Give the unfinished messages of ``ts`` the finished translations ``other`` has for the same
    strings; returns how many. (Two branches that each translated their own strings: after a
    merge, one side's file plus lupdate lists the other's strings as unfinished.)"""
    done = {}
    for context in ElementTree.parse(other).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and not translation.get("type"):
                done[_key(context.findtext("name", ""), message)] = translation
    tree = ElementTree.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            key = _key(context.findtext("name", ""), message)
            if translation is not None and translation.get("type") == "unfinished" and key in done:
                message.remove(translation)
                message.append(done[key])
                filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def merge_conflicts() -> list[str]:
    """During a git merge: each conflicted .ts becomes our side plus the other side's finished
    translations, brought up to date with the merged sources, and compiled; then git add them."""
    said = []
    for ts in ts_files():
        relative = str(ts.relative_to(ROOT))
        stages = [subprocess.run(["git", "show", f":{n}:{relative}"], cwd=ROOT, check=False,
                                 capture_output=True, text=True) for n in (2, 3)]  # fmt: skip
        if any(stage.returncode for stage in stages):
            continue  # not in conflict
        ts.write_text(stages[0].stdout, encoding="utf-8")
        lupdate(ts)
        with tempfile.TemporaryDirectory() as scratch:
            theirs = Path(scratch) / ts.name
            theirs.write_text(stages[1].stdout, encoding="utf-8")
            filled = fill_from(ts, theirs)
        lupdate(ts)  # lupdate's own layout again
        lrelease(ts, ts.with_suffix(".qm"))
        said.append(f"{ts.name}: {filled} translations taken from the other side")
    return said


def check() -> list[str]:
    wanted = source_entries()
    said = []
    for ts in ts_files():
        if language_of(ts) in REQUIRED:
            said += [f"{ts.name}: {problem}" for problem in problems(ts, wanted)]
        if not qm_is_current(ts):
            said.append(f"{ts.name}: its .qm is not what it compiles to (run compile)")
    return said


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m gpt4local.diagnostics.translations",
                                     description=__doc__.split("\n\n")[0])  # fmt: skip
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update", help="add the sources' new strings to every .ts file")
    commands.add_parser("compile", help="compile every .ts file into the .qm beside it")
    commands.add_parser("check", help="list unfinished, missing and stale entries and .qm files")
    new = commands.add_parser("new", help="start the .ts file of a language, e.g. fr or pt_BR")
    new.add_argument("language")
    commands.add_parser("merge", help="resolve a git merge's .ts/.qm conflicts: both sides kept")
    args = parser.parse_args(argv)
    if args.command == "update":
        lupdate(*ts_files())
    elif args.command == "new":
        lupdate(TRANSLATIONS / f"gpt4local_{args.language}.ts", target_language=args.language)
    elif args.command == "merge":
        print("\n".join(merge_conflicts()) or "No .ts file is in conflict.")
    elif args.command == "compile":
        for ts in ts_files():
            lrelease(ts, ts.with_suffix(".qm"))
    else:
        said = check()
        print("\n".join(said) or "All translations are complete and compiled.")
        return 1 if said else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
