"""Secrets (access tokens, API keys): in the OS keychain or an environment variable, never in
our files.

The keychain is reached through ``keyring``: the macOS Keychain, the Windows Credential Locker,
the Secret Service of GNOME or KDE. Where there is none (a headless Linux without a Secret
Service, where keyring falls back to its "fail" backend; or only keyrings.alt's plain-text file
backends), nothing can be saved and the message says to use the environment variable instead.

An environment variable wins over the keychain, as with ``hf`` and most command-line tools: it is
the more specific choice, made for one shell or one run.

Keychain calls may wait for the user (an unlock prompt): call them from a worker thread.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from gpt4local.core.errors import UserFacingError

SERVICE = "gpt4local"
# keyring rates its backends: the OS keychains score 1 or more; its "fail" and "null" backends
# and the plain-text files of keyrings.alt score below, and do not keep a secret.
_SAFE_PRIORITY = 1


class SecretStoreError(UserFacingError):
    """A secret could not be saved or removed; the message says what to do instead."""


@dataclass(frozen=True)
class Secret:
    name: str  # its entry in the keychain, under SERVICE
    env_var: str  # the environment variable that can hold it instead
    label: str  # what messages call it


@dataclass(frozen=True)
class Found:
    value: str | None
    source: str  # "environment", "keychain" or "" (not found)
    problem: str | None = None  # why the keychain could not be used, if it could not


def keychain_problem() -> str | None:
    """None if secrets can be kept in a keychain here; else why not, in words."""
    import keyring

    try:
        backend = keyring.get_keyring()
        priority = backend.priority
    except Exception as error:  # a broken backend must not take the caller down
        return f"The system keychain could not be opened ({error})."
    if priority < _SAFE_PRIORITY:
        return (
            "No system keychain is available here (no Secret Service, such as GNOME Keyring "
            "or KWallet, is running)."
        )
    return None


def keychain_name() -> str:
    import keyring

    return str(getattr(keyring.get_keyring(), "name", "the system keychain"))


def lookup(secret: Secret) -> Found:
    """The secret from its environment variable, else from the keychain."""
    from_env = os.environ.get(secret.env_var, "").strip()
    if from_env:
        return Found(from_env, "environment")
    return stored(secret)


def stored(secret: Secret) -> Found:
    """The secret as the keychain holds it (the environment variable aside)."""
    from keyring.errors import KeyringError

    problem = keychain_problem()
    if problem is not None:
        return Found(None, "", problem)
    try:
        import keyring

        value = keyring.get_password(SERVICE, secret.name)
    except (KeyringError, OSError) as error:  # locked, or the unlock prompt was declined
        return Found(None, "", f"The system keychain could not be read ({error}).")
    return Found(value, "keychain") if value else Found(None, "")


def save(secret: Secret, value: str) -> None:
    """Keep ``value`` in the keychain; SecretStoreError if there is none or it refuses."""
    import keyring
    from keyring.errors import KeyringError

    problem = keychain_problem()
    if problem is not None:
        raise SecretStoreError(
            f"The {secret.label} was not saved. {problem} Set the {secret.env_var} environment "
            "variable instead; gpt4local never writes secrets into its own files."
        )
    try:
        keyring.set_password(SERVICE, secret.name, value)
        stored = keyring.get_password(SERVICE, secret.name)
    except (KeyringError, OSError) as error:
        raise SecretStoreError(
            f"The {secret.label} was not saved: the system keychain refused ({error})."
        ) from None
    if stored != value:
        raise SecretStoreError(
            f"The {secret.label} was not saved: the system keychain did not keep it."
        )


def forget(secret: Secret) -> None:
    """Remove it from the keychain (nothing to do if it is not there)."""
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    if keychain_problem() is not None:
        return
    try:
        if keyring.get_password(SERVICE, secret.name) is not None:
            keyring.delete_password(SERVICE, secret.name)
    except PasswordDeleteError:
        pass
    except (KeyringError, OSError) as error:
        raise SecretStoreError(
            f"The {secret.label} could not be removed from the system keychain ({error})."
        ) from None
