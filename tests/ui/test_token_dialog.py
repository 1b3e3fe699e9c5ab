"""The access token dialog: the keychain, its absence, and an old plain-text token."""

from __future__ import annotations

import json

import keyring
from keyring.backends.fail import Keyring as FailKeyring

from gpt4local.core.hub.access_token import TokenStatus
from gpt4local.core.settings import Settings, save_settings, settings_file
from gpt4local.ui.models.token_dialog import FORGET, TokenDialog
from tests.memory_keyring import files_containing

TIMEOUT = 20_000


def open_dialog_with(monkeypatch, act):
    """Make the page's dialog run ``act(dialog)`` instead of waiting for a person."""
    seen = []

    def run(dialog: TokenDialog) -> int:
        seen.append(dialog)
        act(dialog)
        return dialog.result()

    monkeypatch.setattr(TokenDialog, "exec", run)
    return seen


def test_without_a_keychain_the_dialog_offers_hf_token(make_window, qtbot, monkeypatch) -> None:
    """Issue 10: on a headless Linux (keyring's fail backend) a token cannot be kept safely;
    the dialog says so and points to HF_TOKEN instead of writing it into a file."""
    keyring.set_keyring(FailKeyring())
    page = make_window().models_page
    seen = open_dialog_with(monkeypatch, lambda dialog: dialog.reject())
    page.token_button.click()
    qtbot.waitUntil(lambda: bool(seen), timeout=TIMEOUT)
    dialog = seen[0]
    assert "No system keychain is available here" in dialog.problem_label.text()
    assert "HF_TOKEN" in dialog.problem_label.text()
    assert not dialog.token_edit.isEnabled() and not dialog.save_button.isEnabled()


def test_an_old_plain_text_token_can_be_removed(make_window, qtbot, monkeypatch,
                                                isolated_home) -> None:  # fmt: skip
    keyring.set_keyring(FailKeyring())  # so it was not moved to a keychain at start
    window = make_window(hf_token="hf_old_plain_text")
    save_settings(window.settings)
    page = window.models_page

    def remove(dialog: TokenDialog) -> None:
        assert "in plain text" in dialog.status_label.text()
        dialog.forget_button.click()

    seen = open_dialog_with(monkeypatch, remove)
    with qtbot.waitSignal(page.token_changed, timeout=TIMEOUT):
        page.token_button.click()
    assert seen[0].choice == FORGET
    qtbot.waitUntil(lambda: json.loads(settings_file().read_text())["hf_token"] == "",
                    timeout=TIMEOUT)  # fmt: skip
    qtbot.waitUntil(lambda: not files_containing(isolated_home, "hf_old_plain_text"),
                    timeout=TIMEOUT)  # fmt: skip
    assert window.settings.hf_token == ""


def test_the_dialog_names_where_the_token_in_use_comes_from(qtbot) -> None:
    dialog = TokenDialog(TokenStatus("environment", None, "SecretService Keyring"))
    qtbot.addWidget(dialog)
    assert "HF_TOKEN environment variable" in dialog.status_label.text()
    assert not dialog.forget_button.isEnabled()
    dialog = TokenDialog(TokenStatus("keychain", None, "SecretService Keyring"))
    qtbot.addWidget(dialog)
    assert "SecretService Keyring" in dialog.status_label.text()
    assert dialog.forget_button.isEnabled() and dialog.problem_label.isHidden()
    assert Settings().hf_token == ""
