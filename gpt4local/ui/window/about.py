"""Help ▸ About: the version, what this build runs on, where the files are, and the licenses.

"Copy details" puts the same facts on the clipboard as plain text, for bug reports.
Texts are translated in the context "AboutDialog", also in the module's functions.
"""

from __future__ import annotations

import html
import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QUrl, qVersion
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from gpt4local import APP_NAME, __version__
from gpt4local.core import paths
from gpt4local.core.inference import llama_build as backend
from gpt4local.core.licenses import bundled_components
from gpt4local.core.settings import load_settings, models_folder

Rows = list[tuple[str, str]]
translate = QCoreApplication.translate  # lupdate reads calls by this name too


def _lgpl_note() -> str:
    # The LGPL asks that users can swap in their own build of the library, and find its source.
    return translate(
        "AboutDialog",
        "Qt and PySide6 are used under the GNU LGPL version 3: their libraries sit unmodified in "
        "the installation folder and may be replaced with your own builds. Their source code is "
        "at {link}.",
    ).format(link="<a href='https://code.qt.io/'>code.qt.io</a>")


def _build_rows() -> Rows:
    try:
        report = backend.detect()  # llama.cpp is loaded already when the app runs; this is quick
    except Exception as error:  # the dialog must open even when llama.cpp cannot load
        failed = translate("AboutDialog", "could not be loaded: {error}").format(error=error)
        return [("llama.cpp", failed)]
    offload = (translate("AboutDialog", "GPU offload available") if report.gpu_offload
               else translate("AboutDialog", "no GPU offload"))  # fmt: skip
    backend_text = translate("AboutDialog", "{backend} ({offload})")
    return [
        (translate("AboutDialog", "llama.cpp backend"),
         backend_text.format(backend=report.name, offload=offload)),
        (translate("AboutDialog", "Devices"),
         "; ".join(report.devices) or translate("AboutDialog", "none found")),
        ("llama-cpp-python", report.llama_cpp_python),
        ("ggml", report.ggml or translate("AboutDialog", "unknown")),
    ]  # fmt: skip


def _version_rows() -> Rows:
    return [
        (translate("AboutDialog", "Version"), __version__),
        *_build_rows(),
        ("Python", platform.python_version()),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        (translate("AboutDialog", "System"), platform.platform()),
    ]


def _folders() -> list[tuple[str, Path]]:
    return [
        (translate("AboutDialog", "Models"), models_folder(load_settings()[0])),
        (translate("AboutDialog", "Chats and data"), paths.data_dir()),
        (translate("AboutDialog", "Settings"), paths.config_dir()),
        (translate("AboutDialog", "Cache"), paths.cache_dir()),
    ]


def _license_rows() -> Rows:
    return [
        (c.name + (f" {c.version}" if c.version else ""), c.license) for c in bundled_components()
    ]


def _html_table(rows: Rows) -> str:
    cells = "".join(
        f"<tr><td style='padding-right:12px'><b>{html.escape(label)}</b></td><td>{value}</td></tr>"
        for label, value in rows
    )
    return f"<table>{cells}</table>"


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        self.resize(620, 560)
        versions, folders, licenses = _version_rows(), _folders(), _license_rows()

        icon = QLabel()
        icon.setPixmap(QIcon(str(paths.resource_path("icons/gpt4local.svg"))).pixmap(64, 64))
        self.title = title = QLabel(
            f"<h2>{APP_NAME} {html.escape(__version__)}</h2>"
            + self.tr("A private ChatGPT that runs entirely on your own computer.") + "<br>"
            + self.tr("{app} is free software under the MIT license.").format(app=APP_NAME)
        )
        title.setWordWrap(True)
        header = QHBoxLayout()
        header.addWidget(icon)
        header.addWidget(title, 1)

        self.details = QTextBrowser()
        self.details.setOpenExternalLinks(True)  # folder links open in the file manager
        folder_rows = [
            (name, f"<a href='{QUrl.fromLocalFile(str(f)).toString()}'>{html.escape(str(f))}</a>")
            for name, f in folders
        ]
        self.details.setHtml(
            "<h3>" + self.tr("This build") + "</h3>"
            + _html_table([(label, html.escape(value)) for label, value in versions])
            + "<h3>" + self.tr("Folders") + "</h3>"
            + _html_table(folder_rows)
            + "<h3>" + self.tr("Licenses of the bundled components") + "</h3>"
            + _html_table([(label, html.escape(value)) for label, value in licenses])
            + f"<p>{_lgpl_note()}</p>"
        )
        self.plain_text = "\n".join(
            [f"{APP_NAME} {__version__}", ""]
            + [f"{label}: {value}" for label, value in versions[1:]]
            + ["", self.tr("Folders:")]
            + [f"  {name}: {folder}" for name, folder in folders]
            + ["", self.tr("Licenses:")]
            + [f"  {label}: {value}" for label, value in licenses]
        )

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("Copy details"),
                                              QDialogButtonBox.ButtonRole.ActionRole)  # fmt: skip
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.plain_text)
        self.copy_button.setText(self.tr("Copied"))
