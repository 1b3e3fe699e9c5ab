"""The Hugging Face access token dialog: where the token in use comes from, and saving one in
the system keychain (or, where there is none, how to use HF_TOKEN instead)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gpt4local.core.hub.access_token import TokenStatus

translate = QCoreApplication.translate  # lupdate reads calls by this name too
_IN_USE = {
    "environment": QT_TRANSLATE_NOOP("TokenDialog", "The token in the HF_TOKEN environment "
                                     "variable is used (it comes before a saved one)."),
    "keychain": QT_TRANSLATE_NOOP("TokenDialog", "A token is saved in {keychain}."),
    "settings file": QT_TRANSLATE_NOOP("TokenDialog", "A token is saved <b>in plain text</b> "
                                       "in settings.json by an older gpt4local. Remove it, then "
                                       "save it again or set HF_TOKEN."),
    "": QT_TRANSLATE_NOOP("TokenDialog", "No token is saved; the one from <code>hf auth "
                          "login</code> is used if you have one."),
}  # fmt: skip
SAVE, FORGET = "save", "forget"


class TokenDialog(QDialog):
    """After ``exec()``: ``choice`` is SAVE (with ``token``), FORGET, or None (cancelled)."""

    def __init__(self, status: TokenStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hugging Face access token"))
        self.choice: str | None = None
        self.token = ""
        intro = QLabel(self.tr("Gated models (Llama, Gemma…) need a token of a Hugging Face "
                               "account that accepted their conditions."))  # fmt: skip
        intro.setWordWrap(True)
        keychain = status.keychain or self.tr("the system keychain")
        in_use = translate("TokenDialog", str(_IN_USE[status.source]))
        self.status_label = QLabel(in_use.format(keychain=keychain))
        self.status_label.setWordWrap(True)
        self.token_edit = QLineEdit()
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_edit.setPlaceholderText("hf_…")
        self.token_edit.setAccessibleName(self.tr("Hugging Face access token"))
        self.token_edit.setAccessibleDescription(
            self.tr("Starts with hf_; saved in the system keychain"))
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton(self.tr("Save in keychain"))
        self.save_button.setEnabled(False)
        self.forget_button = QPushButton(self.tr("Remove saved token"))
        self.forget_button.setEnabled(status.source in ("keychain", "settings file"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.forget_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self._save)
        self.forget_button.clicked.connect(self._forget)
        status_problem = status.keychain_problem
        self.token_edit.textChanged.connect(
            lambda text: self.save_button.setEnabled(bool(text.strip()) and not status_problem)
        )
        if status_problem:
            self.problem_label.setText(
                self.tr("{problem} gpt4local cannot save a token here and never writes one into "
                        "its own files. Set the <b>HF_TOKEN</b> environment variable instead (for "
                        "example in ~/.profile), then restart gpt4local.")
                .format(problem=status_problem)
            )  # fmt: skip
            self.token_edit.setEnabled(False)
        else:
            self.problem_label.hide()
        layout = QVBoxLayout(self)
        for widget in (intro, self.status_label, self.token_edit, self.problem_label):
            layout.addWidget(widget)
        layout.addWidget(buttons)

    def _save(self) -> None:
        self.choice, self.token = SAVE, self.token_edit.text().strip()
        self.accept()

    def _forget(self) -> None:
        self.choice = FORGET
        self.accept()
