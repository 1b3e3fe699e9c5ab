"""A keychain in memory, for tests: the real one must never be touched, nor needed."""

from __future__ import annotations

from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]  # as the OS keychains: a place for secrets

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")


def files_containing(folder: Path, secret: str) -> list[Path]:
    """Every file under ``folder`` whose bytes hold ``secret``."""
    needle = secret.encode()
    return [path for path in folder.rglob("*") if path.is_file() and needle in path.read_bytes()]
