"""Secrets: in the keychain or an environment variable, never in our files; a clear message
where there is no keychain (a headless Linux)."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring

from gpt4local.core import secrets
from gpt4local.core.secrets import Found, Secret, SecretStoreError
from tests.memory_keyring import MemoryKeyring

API_KEY = Secret("remote-server-key", "GPT4LOCAL_TEST_KEY", "API key of the test server")


def test_save_read_and_forget_in_the_keychain(keychain) -> None:
    assert secrets.lookup(API_KEY) == Found(None, "")
    secrets.save(API_KEY, "sk-123")
    assert keychain.entries == {("gpt4local", "remote-server-key"): "sk-123"}
    assert secrets.lookup(API_KEY) == Found("sk-123", "keychain")
    secrets.forget(API_KEY)
    secrets.forget(API_KEY)  # twice: nothing to do
    assert secrets.lookup(API_KEY) == Found(None, "")


def test_the_environment_variable_comes_first(keychain, monkeypatch) -> None:
    secrets.save(API_KEY, "sk-saved")
    monkeypatch.setenv("GPT4LOCAL_TEST_KEY", " sk-env \n")
    assert secrets.lookup(API_KEY) == Found("sk-env", "environment")
    assert secrets.stored(API_KEY) == Found("sk-saved", "keychain")


class PlainTextFileKeyring(MemoryKeyring):
    """Like keyrings.alt's file backends: available, but no better than a plain-text file."""

    priority = 0.5  # type: ignore[assignment]


@pytest.mark.parametrize("backend", [FailKeyring, PlainTextFileKeyring])
def test_without_a_real_keychain_nothing_is_saved_and_the_env_var_is_offered(
    backend, monkeypatch
) -> None:
    keyring.set_keyring(backend())
    problem = secrets.keychain_problem()
    assert problem is not None and "No system keychain is available here" in problem
    with pytest.raises(SecretStoreError, match="Set the GPT4LOCAL_TEST_KEY environment variable"):
        secrets.save(API_KEY, "sk-123")
    assert secrets.lookup(API_KEY) == Found(None, "", problem)
    secrets.forget(API_KEY)  # nothing to forget, no error
    monkeypatch.setenv("GPT4LOCAL_TEST_KEY", "sk-env")
    assert secrets.lookup(API_KEY) == Found("sk-env", "environment")


class LockedKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("the user declined to unlock it")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("locked")


def test_a_locked_keychain_is_a_message_not_a_crash() -> None:
    keyring.set_keyring(LockedKeyring())
    found = secrets.lookup(API_KEY)
    assert found.value is None and "could not be read" in (found.problem or "")
    with pytest.raises(SecretStoreError, match="the system keychain refused"):
        secrets.save(API_KEY, "sk-123")
