"""The Hugging Face access token: which one is used, and where it is kept (core/secrets.py).

In order: the ``HF_TOKEN`` environment variable; the token saved in the system keychain; a token
an older gpt4local left in plain text in settings.json (used until it can be moved, see
settings.py); else none of ours, and huggingface-hub uses the one ``hf auth login`` saved.
"""

from __future__ import annotations

from dataclasses import dataclass

from gpt4local.core import secrets

HF_TOKEN = secrets.Secret("huggingface-token", "HF_TOKEN", "Hugging Face access token")


@dataclass(frozen=True)
class TokenStatus:
    source: str  # "environment", "keychain", "settings file" or "" (none of ours)
    keychain_problem: str | None  # why tokens cannot be saved here, if they cannot
    keychain: str  # the keychain's name, for the dialog


def access_token(plain_text: str = "") -> str | None:
    """The token to send to the Hub, or None. ``plain_text``: settings' old plain-text token."""
    return secrets.lookup(HF_TOKEN).value or plain_text.strip() or None


def token_status(plain_text: str = "") -> TokenStatus:
    found = secrets.lookup(HF_TOKEN)
    source = found.source or ("settings file" if plain_text.strip() else "")
    problem = found.problem or secrets.keychain_problem()
    return TokenStatus(source, problem, "" if problem else secrets.keychain_name())


def saved_token() -> str | None:
    """The token in the keychain, whatever HF_TOKEN says."""
    return secrets.stored(HF_TOKEN).value


def save_token(token: str) -> None:
    secrets.save(HF_TOKEN, token)


def forget_token() -> None:
    secrets.forget(HF_TOKEN)
