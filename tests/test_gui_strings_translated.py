"""Every text the window shows goes through Qt's translation (resources/translations/README.md).

An AST check over gpt4local/ui: a string literal or f-string with letters handed straight to a
Qt text API (setText, setToolTip, QLabel(…), QMessageBox.warning(…), a file dialog's filter…)
instead of through self.tr / translate / QT_TRANSLATE_NOOP is a text German and Chinese users
would see in English. So is an f-string inside tr(): lupdate cannot extract it.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[1] / "gpt4local" / "ui"

# Folders and files (relative to gpt4local/ui) whose wrapping is under way elsewhere; empty when
# every part of the window is checked, as now.
PENDING: set[str] = set()

# Texts that are the same in every language, each with its reason.
ALLOWED = {
    "GGUF": "a file format's name",
    "hf_…": "what a Hugging Face access token starts with",
    "Hugging Face": "a product name",
    "llama.cpp": "a product name",
    "gpt4local": "the app's name",
}

# Literals that are keys, not texts: the receiver translates them, by file.
KEYS = {
    # SendButton.setText takes "Send" or "Stop" in English and shows it translated (the texts
    # are marked with QT_TRANSLATE_NOOP in message_input.py).
    ("ui/chat/message_input.py", "Send"): "the send button's key",
    ("ui/chat/page.py", "Send"): "the send button's key",
    ("ui/chat/page.py", "Stop"): "the send button's key",
}

# Method name → positions of the arguments that are texts a user reads.
METHOD_TEXT_ARGS: dict[str, tuple[int, ...]] = {
    **dict.fromkeys(
        ("setText", "setToolTip", "setPlaceholderText", "setAccessibleName",
         "setAccessibleDescription", "setWindowTitle", "showMessage", "setStatusTip",
         "setWhatsThis", "setTitle", "setFormat", "setSpecialValueText", "setSuffix",
         "setPrefix", "setLabelText", "setInformativeText", "setDetailedText", "addItem",
         "addRow", "addButton", "show_message", "show_status", "setWindowIconText"),
        (0,),
    ),
    # (text, slot) or (icon, text): a literal in second place is the text after an icon.
    "addAction": (0, 1),
    "addMenu": (0, 1),
    "show_error": (0,),  # the window's error banner
    "insertItem": (1,),
    "setTabText": (1,),
    "setTabToolTip": (1,),
    "setItemText": (1,),
    "addTab": (1, 2),
    "insertTab": (2, 3),
}  # fmt: skip
CONSTRUCTOR_TEXT_ARGS: dict[str, tuple[int, ...]] = {
    **dict.fromkeys(("QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox",
                     "QCommandLinkButton", "QMenu"), (0,)),
    "QAction": (0, 1),  # (text, parent) or (icon, text, parent)
    "QMessageBox": (1, 2),  # (icon, title, text)
}  # fmt: skip
STATIC_TEXT_ARGS: dict[tuple[str, str], tuple[int, ...]] = {
    **{("QMessageBox", name): (1, 2)
       for name in ("warning", "information", "critical", "question", "about")},
    ("QFileDialog", "getOpenFileName"): (1, 3),
    ("QFileDialog", "getOpenFileNames"): (1, 3),
    ("QFileDialog", "getSaveFileName"): (1, 3),
    ("QFileDialog", "getExistingDirectory"): (1,),
    ("QInputDialog", "getText"): (1, 2),
    ("QInputDialog", "getItem"): (1, 2),
    ("QInputDialog", "getInt"): (1, 2),
}  # fmt: skip
FUNCTION_TEXT_ARGS = {"show_problem": (1,)}  # ui/theme.py: the red line under a form
TEXT_KEYWORDS = {"text", "title", "caption", "filter", "label", "toolTip", "placeholderText",
                 "windowTitle"}  # fmt: skip
TRANSLATING = {"tr", "translate"}


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    api: str
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.api}({self.text!r}) is not translated"


def _has_letters(text: str) -> bool:
    """Words a reader reads: not markup ("<br>", "&nbsp;"), symbols ("⋯", "✕") or numbers."""
    text = re.sub(r"<[^>]*>|&\w+;", "", text)
    return any(ch.isalpha() for ch in text) and text.strip() not in ALLOWED


def _untranslated(node: ast.expr) -> str | None:
    """The literal text of an expression that hands words to Qt untranslated, else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if _has_letters(node.value) else None
    if isinstance(node, ast.JoinedStr):
        literal = "".join(
            part.value for part in node.values
            if isinstance(part, ast.Constant) and isinstance(part.value, str)
        )  # fmt: skip
        return ast.unparse(node) if _has_letters(literal) else None
    if isinstance(node, ast.BinOp):  # "a" + b, "%s x" % y
        return _untranslated(node.left) or _untranslated(node.right)
    if isinstance(node, ast.IfExp):
        return _untranslated(node.body) or _untranslated(node.orelse)
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("format", "join")):  # fmt: skip
        return _untranslated(node.func.value)
    return None


def _api(call: ast.Call) -> tuple[str, tuple[int, ...]] | None:
    func = call.func
    if isinstance(func, ast.Name):
        positions = CONSTRUCTOR_TEXT_ARGS.get(func.id) or FUNCTION_TEXT_ARGS.get(func.id)
        return (func.id, positions) if positions else None
    if isinstance(func, ast.Attribute):
        if isinstance(func.value, ast.Name) and (func.value.id, func.attr) in STATIC_TEXT_ARGS:
            return f"{func.value.id}.{func.attr}", STATIC_TEXT_ARGS[(func.value.id, func.attr)]
        if func.attr in METHOD_TEXT_ARGS:
            return func.attr, METHOD_TEXT_ARGS[func.attr]
    return None


def _lost_to_lupdate(call: ast.Call) -> str | None:
    """self.tr(f"…") or translate("Ctx", f"…"): lupdate extracts only literal texts."""
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
    if name not in TRANSLATING:
        return None
    index = 0 if name == "tr" else 1
    if len(call.args) > index and isinstance(call.args[index], ast.JoinedStr):
        return ast.unparse(call.args[index])
    return None


def findings_in(source: str, path: str = "<snippet>") -> list[Finding]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        lost = _lost_to_lupdate(node)
        if lost:
            found.append(Finding(path, node.lineno, "tr", lost))
        api = _api(node)
        if api is None:
            continue
        name, positions = api
        arguments = [node.args[i] for i in positions if i < len(node.args)]
        arguments += [k.value for k in node.keywords if k.arg in TEXT_KEYWORDS]
        for argument in arguments:
            text = _untranslated(argument)
            if text is not None:
                found.append(Finding(path, argument.lineno, name, text))
    return found


def _pending(relative: str) -> bool:
    return any(relative == p or relative.startswith(p + "/") for p in PENDING)


def checked_files() -> list[Path]:
    return [path for path in sorted(UI.rglob("*.py"))
            if not _pending(path.relative_to(UI).as_posix())]  # fmt: skip


def test_the_window_hands_qt_only_translated_texts():
    found = []
    for path in checked_files():
        source = path.read_text(encoding="utf-8")
        relative = path.relative_to(UI.parent).as_posix()
        found += [str(f) for f in findings_in(source, relative) if (relative, f.text) not in KEYS]
    assert found == [], "wrap these in self.tr() or translate():\n" + "\n".join(found)


def test_pending_entries_exist():
    """A folder renamed or merged away must leave PENDING too."""
    assert all((UI / entry).exists() for entry in PENDING)


@pytest.mark.parametrize(
    "source",
    [
        'label.setText("Hello")',
        'self.setToolTip(f"{n} models")',
        'QLabel("Model:")',
        'QPushButton("Load anyway", self)',
        'QMessageBox.warning(None, "gpt4local", "It broke.")',
        'QFileDialog.getOpenFileName(self, self.tr("Open"), "", "GGUF models (*.gguf)")',
        'self.tabs.addTab(page, "General")',
        'box.setSuffix(" tokens")',
        'menu.addAction(icon("x"), "Rename")',
        'self.statusBar().showMessage("Saved " + name)',
        'label.setText("Loading {name}…".format(name=name))',
        'label.setText(self.tr(f"Loading {name}…"))',
        'label.setText(translate("Ctx", f"{n} tokens"))',
        'QAction(text="Quit", parent=self)',
        'self.show_error(f"Could not save settings: {error}")',
        'show_problem(self.error, "Too long")',
    ],
)
def test_an_unwrapped_text_is_found(source):
    assert len(findings_in(source)) == 1


@pytest.mark.parametrize(
    "source",
    [
        'label.setText(self.tr("Hello"))',
        'label.setText(translate("WindowMenus", "New chat"))',
        'label.setText(self.tr("{n} left").format(n=n))',
        'label.setText("<b>" + self.tr("Models") + "</b>")',
        'button.setText("✕")',  # a symbol
        'box.setSuffix(" %")',
        'label.setText("GGUF")',  # allowed: a format's name
        'label.setText(name)',  # a variable: translated where it was made, or a file name
        'combo.addItem(self.tr("Automatic"), "auto")',  # the data is no text
        'form.addRow("", check)',
        'label.setText(f"{count:,}")',
        'label.setText(translate("KvCache", KV_CACHE_NAMES[kind]))',  # marked with NOOP
    ],
)
def test_a_translated_or_wordless_text_passes(source):
    assert findings_in(source) == []
