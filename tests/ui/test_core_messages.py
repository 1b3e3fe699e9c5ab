"""Messages from core/ in the window's language: every id core defines is mapped, the English is
core's own, and real failures (a file that is not a GGUF, a damaged or gated download) reach the
window in German and Chinese."""

from __future__ import annotations

import importlib
import pkgutil
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

import gpt4local.core
from gpt4local.core.downloads.failures import STOPPED
from gpt4local.core.downloads.part_files import DownloadSpec
from gpt4local.core.errors import WORDINGS, Bytes, PromptTooLongError, Said, UserFacingError
from gpt4local.core.fit.load_plan import REFUSED_CONTEXT_WOULD_FIT
from gpt4local.core.http import CONNECTION_BROKE
from gpt4local.core.inference.context_fit import PROMPT_TOO_LONG
from gpt4local.core.inference.options import LoadSettings, SamplingSettings
from gpt4local.core.messages import Message
from gpt4local.core.models.gguf_info import NOT_GGUF
from gpt4local.core.service.engine_service import EngineService
from gpt4local.ui.engine.adapter import EngineAdapter
from gpt4local.ui.i18n import languages
from gpt4local.ui.i18n.core_messages import describe, texts
from gpt4local.ui.i18n.languages import install_language, remove_translations
from gpt4local.ui.models.download_manager import FAILED, DownloadManager
from tests.ui.conftest import FakeEngine

TIMEOUT = 30_000
REPO, FILE = "tester/tiny-GGUF", "tiny-chatml-Q8_0.gguf"


def core_wordings() -> dict[str, str]:
    """Every message id core defines (a Wording registers itself when its module is imported)."""
    for module in pkgutil.walk_packages(gpt4local.core.__path__, "gpt4local.core."):
        importlib.import_module(module.name)
    return {code: wording.template for code, wording in WORDINGS.items()
            if not code.startswith("test.")}  # fmt: skip


@pytest.fixture
def language(qapp, monkeypatch):
    """Install a language for one test; English and the old number format afterwards. The
    translations are this checkout's (an editable install elsewhere would serve its own)."""
    here = Path(__file__).resolve().parents[2] / "resources" / "translations"
    monkeypatch.setattr(languages, "translations_dir", lambda: here)
    default = QLocale()
    yield install_language
    remove_translations()
    QLocale.setDefault(default)


def test_every_core_message_id_is_mapped_with_cores_english(qapp):
    """A new Wording in core/ fails here until the UI maps it (and it is translated: see
    tests/test_translations.py); the English here must be core's template, placeholders and
    all, so the window in English says what the command line says."""
    remove_translations()
    core = core_wordings()
    mapped = texts()
    assert sorted(set(core) - set(mapped)) == [], "ids core defines that the UI does not map"
    assert sorted(set(mapped) - set(core)) == [], "ids the UI maps that core no longer defines"
    differing = {code: (core[code], mapped[code]) for code in core if core[code] != mapped[code]}
    assert differing == {}


def test_in_english_the_window_says_what_the_command_line_says(language):
    language("en")
    said = REFUSED_CONTEXT_WOULD_FIT(name="big.gguf", needed=Bytes(5 << 30), n_ctx=32768,
                                     available=Bytes(3 << 30), fitting=4096)  # fmt: skip
    assert describe(said) == str(said)
    assert describe(UserFacingError(said)) == str(said)


def test_an_unknown_id_or_a_plain_message_stays_english(language):
    language("de")
    assert describe(Said("core.brand_new", "Something new went wrong.", {})) == (
        "Something new went wrong.")
    assert describe(UserFacingError("A message without an id.")) == "A message without an id."
    assert describe("plain text") == "plain text"


def test_sizes_and_numbers_are_written_as_the_language_writes_them(language):
    said = REFUSED_CONTEXT_WOULD_FIT(name="big.gguf", needed=Bytes(4_368_439_296), n_ctx=32768,
                                     available=Bytes(3 << 30), fitting=4096)  # fmt: skip
    language("de")
    assert describe(said) == (
        "big.gguf passt nicht in den Speicher: Bei einem Kontext von 32.768 braucht es 4,07 GB, "
        "verfügbar sind 3,00 GB; ein Kontext von 4.096 würde passen.")
    language("zh_CN")
    assert describe(said) == (
        "big.gguf 内存不够：上下文为 32,768 时需要 4.07 GB，可用 3.00 GB；"
        "上下文为 4,096 时内存够用。")


def test_a_message_inside_a_message_is_translated_too(language):
    """core strips the full stop of a sentence it says inside another; so does the window."""
    reason = CONNECTION_BROKE(host="cdn.example", detail="reset by peer")
    kept = Said(reason.code, str(reason).rstrip("."), reason.params)
    nothing = WORDINGS["download.nothing_kept"]()
    said = STOPPED(name="x.gguf", reason=kept, retries=5, kept=nothing)
    assert str(said) == ("x.gguf stopped: The connection to cdn.example broke: reset by peer "
                         "(after 5 retries). Nothing was downloaded; try again later.")  # fmt: skip
    language("de")
    assert describe(said) == (
        "x.gguf wurde abgebrochen: Die Verbindung zu cdn.example ist abgebrochen: reset by peer "
        "(nach 5 Versuchen). Es wurde nichts heruntergeladen; versuchen Sie es später erneut.")
    language("zh_CN")
    assert describe(said) == (
        "x.gguf 已中止：与 cdn.example 的连接中断：reset by peer（重试 5 次后）。"
        "什么也没有下载；请稍后再试。")


def test_a_file_that_is_not_a_gguf_fails_to_load_in_german(language, make_window, qtbot,
                                                          tmp_path):  # fmt: skip
    """Through the real loader and engine service: the banner says it in the window's language."""
    language("de")
    path = tmp_path / "notes.gguf"
    path.write_bytes(b"PK\x03\x04 a zip file, renamed")
    window = make_window()
    with qtbot.waitSignal(window.loader.failed, timeout=TIMEOUT):
        window.loader.add_model_file(str(path))
    expected = "notes.gguf ist keine GGUF-Modelldatei (sie beginnt nicht mit „GGUF“)."
    assert expected in window.error_banner.text()
    assert str(NOT_GGUF(name="notes.gguf")) not in window.error_banner.text()


def test_a_file_that_is_not_a_gguf_fails_to_load_in_chinese(language, make_window, qtbot,
                                                           tmp_path):  # fmt: skip
    language("zh_CN")
    path = tmp_path / "notes.gguf"
    path.write_bytes(b"")
    window = make_window()
    with qtbot.waitSignal(window.loader.failed, timeout=TIMEOUT):
        window.loader.add_model_file(str(path))
    assert "notes.gguf 是空文件（0 字节），里面没有模型。" in window.error_banner.text()


@pytest.fixture
def hub(fake_hub, tiny_model, monkeypatch):
    monkeypatch.setenv("HF_ENDPOINT", fake_hub.url)
    fake_hub.add_repo(REPO, {FILE: tiny_model})
    fake_hub.add_repo("corp/gated-GGUF", {FILE: tiny_model}, gated=True)
    return fake_hub


def failed_download(qtbot, spec: DownloadSpec, models) -> str:
    manager = DownloadManager()
    try:
        key = manager.enqueue(spec, models)
        qtbot.waitUntil(lambda: manager.items[key].state == FAILED, timeout=TIMEOUT)
        return manager.items[key].message
    finally:
        manager.shutdown()


def test_download_failures_are_shown_in_german(language, hub, qtbot, tmp_path):
    language("de")
    models = tmp_path / "models"
    hub.corrupt(FILE, offset=1234)
    assert failed_download(qtbot, DownloadSpec(REPO, FILE), models) == (
        f"{FILE} ist beschädigt angekommen (die SHA-256-Prüfsumme stimmt nicht mit der "
        "veröffentlichten überein) und wurde gelöscht. Laden Sie die Datei erneut herunter.")
    gated = failed_download(qtbot, DownloadSpec("corp/gated-GGUF", FILE), models)
    assert gated.startswith("corp/gated-GGUF ist zugangsbeschränkt: Akzeptieren Sie die "
                            "Bedingungen auf der Website von Hugging Face")  # fmt: skip


def test_a_download_refused_by_its_catalog_checksum_in_chinese(language, hub, qtbot, tmp_path):
    language("zh_CN")
    spec = DownloadSpec(REPO, FILE, sha256="0" * 64)
    assert failed_download(qtbot, spec, tmp_path / "models") == (
        f"自此模型目录生成以来，{FILE} 在 Hub 上已有改动（校验和不同）。请更新模型目录，"
        "或在 Hugging Face 搜索中选择该文件。")


def test_translating_is_safe_off_the_gui_thread(language):
    """describe() may run where core reports (a worker thread): Qt's translate is thread-safe."""
    language("de")
    results: list[str] = []
    worker = threading.Thread(target=lambda: results.append(describe(NOT_GGUF(name="a.bin"))))
    worker.start()
    worker.join()
    assert results == ["a.bin ist keine GGUF-Modelldatei (sie beginnt nicht mit „GGUF“)."]


class TooLong(FakeEngine):
    """Refuses every message as the real engine refuses one longer than its context."""

    def stream(self, messages, sampling, cancel, continue_answer=False):
        raise PromptTooLongError(PROMPT_TOO_LONG(needed=5120, n_ctx=2048))
        yield  # a generator, as a backend's stream is


def test_a_failed_answer_is_shown_in_german(language, qtbot, tiny_model):
    language("de")
    adapter = EngineAdapter(EngineService(TooLong))
    try:
        with qtbot.waitSignal(adapter.model_loaded, timeout=TIMEOUT):
            adapter.load(str(tiny_model), LoadSettings())
        with qtbot.waitSignal(adapter.generation_failed, timeout=TIMEOUT) as failed:
            adapter.generate((Message("user", "hello " * 5000),), SamplingSettings())
    finally:
        adapter.shutdown()
    assert failed.args == [
        "Die Nachricht ist zu lang für den Kontext: Sie braucht 5.120 Token (mit Systemprompt und "
        "Chatvorlage), der Kontext fasst 2.048, mit Platz für eine Antwort. Kürzen Sie die "
        "Nachricht oder erhöhen Sie die Kontextlänge."]
