"""Which language the window speaks, and installing its translations.

A language is a code such as "de" or "zh_CN": ours is ``gpt4local_<code>.qm`` in
resources/translations, Qt's own (standard buttons, file dialogs) is ``qtbase_<code>.qm`` in Qt's
translations folder. English is the source language: it needs no file. The setting "" follows the
system's list of preferred languages (QLocale.uiLanguages), taking the first one we can serve:
de_AT is served by de, zh_Hans and zh_SG by zh_CN (Simplified Chinese); Traditional Chinese
(zh_TW, zh_HK) stays English until a zh_TW file exists, since Simplified characters are not what
those readers use. A preferred English stops the search: the user reads English first.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from gpt4local.core import paths

ENGLISH = "en"
# Each language in its own name, as the Settings page lists it. A language is offered once its
# .qm file ships (see available_languages); add its name here with the file.
NATIVE_NAMES = {ENGLISH: "English", "de": "Deutsch", "zh_CN": "简体中文", "ja": "日本語"}

_installed: list[QTranslator] = []
_current = ENGLISH


def translations_dir() -> Path:
    return paths.resource_path("translations")


def available_languages() -> list[str]:
    """English, then every language whose compiled translation ships, in NATIVE_NAMES' order."""
    folder = translations_dir()
    shipped = [code for code in NATIVE_NAMES if (folder / f"gpt4local_{code}.qm").is_file()]
    return [ENGLISH, *(code for code in shipped if code != ENGLISH)]


def _served_by(wanted: str, available: Sequence[str]) -> str | None:
    """The available language that serves a reader of ``wanted`` (a code or BCP 47 tag)."""
    if wanted.replace("-", "_") in available:
        return wanted.replace("-", "_")
    locale = QLocale(wanted)
    if locale.language() == QLocale.Language.C:
        return None  # not a language Qt knows
    name = locale.name()  # "de_AT", "zh_CN" for zh-Hans, "zh_TW" for zh-Hant
    language = name.split("_")[0]
    if language == "zh":
        simplified = locale.script() == QLocale.Script.SimplifiedHanScript
        return "zh_CN" if simplified and "zh_CN" in available else None
    if name in available:
        return name
    if language in available:
        return language
    return next((code for code in available if code.split("_")[0] == language), None)


def resolve_language(setting: str, preferred: Sequence[str] | None = None) -> str:
    """The language to show: ``setting`` when it can be served, else English; "" means the
    first of the system's ``preferred`` languages (QLocale.uiLanguages) that can be."""
    available = available_languages()
    if setting:
        return _served_by(setting, available) or ENGLISH
    for wanted in QLocale.system().uiLanguages() if preferred is None else preferred:
        served = _served_by(wanted, available)
        if served:
            return served
    return ENGLISH


def _qt_translations_dir() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def install_language(code: str) -> str:
    """Install the translators of ``code`` (replacing earlier ones) and make QLocale's default
    write numbers and dates as that language does. Returns the language installed: English
    when ``code``'s file is missing."""
    global _current
    app = QCoreApplication.instance()
    assert app is not None, "install_language needs the application"
    remove_translations()
    if code != ENGLISH:
        ours = QTranslator(app)
        if not ours.load(f"gpt4local_{code}", str(translations_dir())):
            code = ENGLISH
        else:
            app.installTranslator(ours)
            _installed.append(ours)
            qt = QTranslator(app)  # qtbase_zh_CN.qm, qtbase_de.qm: Qt's files use our codes
            if qt.load(f"qtbase_{code}", _qt_translations_dir()):
                app.installTranslator(qt)
                _installed.append(qt)
    system = QLocale.system()
    # The system's own locale when it speaks this language (de_AT keeps Austrian dates).
    same = system.language() == QLocale(code).language()
    QLocale.setDefault(system if same else QLocale(code))
    _current = code
    return code


def remove_translations() -> None:
    """Back to English (the source strings); QLocale's default is left as it is."""
    global _current
    app = QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
        translator.deleteLater()
    _current = ENGLISH


def current_language() -> str:
    return _current
