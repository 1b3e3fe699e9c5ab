"""Our data files are the user's alone: files 0600, folders 0700 (POSIX; Windows has no modes)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from gpt4local.core import paths
from gpt4local.core.chats.store import ChatStore, chats_file
from gpt4local.core.downloads.part_files import PartRecord, sidecar_path, write_record
from gpt4local.core.files import atomic_write_bytes, make_private_dirs
from gpt4local.core.models.catalog import cached_catalog_file
from gpt4local.core.settings import Settings, save_settings, settings_file

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """The umask of most desktops (022): what is not private by design is readable by all."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_fresh_start_creates_private_folders_and_files(isolated_home) -> None:
    """Issue 10: chats.db was created 0644, readable by every user of the machine."""
    paths.ensure_dirs()
    save_settings(Settings())
    atomic_write_bytes(cached_catalog_file(), b"{}")
    target = paths.models_dir() / "model.gguf"
    write_record(target, PartRecord("me/repo", "model.gguf", "a" * 40, 10, None))
    with ChatStore(chats_file()) as store:
        store.create_conversation("hello")
        database_files = [chats_file(), *chats_file().parent.glob("chats.db-*")]
        assert {p.name for p in database_files} == {"chats.db", "chats.db-wal", "chats.db-shm"}
        assert {p.name: mode(p) for p in database_files} == dict.fromkeys(
            ["chats.db", "chats.db-wal", "chats.db-shm"], 0o600
        )
    for file in (settings_file(), cached_catalog_file(), sidecar_path(target)):
        assert mode(file) == 0o600, file
    for folder in (isolated_home, paths.data_dir(), paths.config_dir(), paths.cache_dir(),
                   paths.models_dir()):  # fmt: skip
        assert mode(folder) == 0o700, folder


def test_a_folder_that_exists_keeps_its_mode(tmp_path) -> None:
    shared = tmp_path / "shared-models"
    shared.mkdir(mode=0o755)
    make_private_dirs(shared / "new" / "deeper")
    assert mode(shared) == 0o755
    assert mode(shared / "new") == mode(shared / "new" / "deeper") == 0o700
