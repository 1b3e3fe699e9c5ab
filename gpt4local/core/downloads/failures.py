"""What a download says when it fails, as message ids with their English (see core/errors.py).

Kept apart from transfer.py, which says them, so that one stays about moving bytes.
"""

from __future__ import annotations

from gpt4local.core.errors import Said, Wording, said_of

ALREADY_INSTALLED = Wording("download.already_installed", "{name} is already installed.")
LOOKING_UP = Wording("download.looking_up", "Looking up {name}")
DOWNLOADING = Wording("download.downloading", "Downloading {name}")
SIZE_UNKNOWN = Wording("download.size_unknown", "The Hub did not say how large {name} is.")
CHANGED_ON_HUB = Wording(
    "download.changed_on_hub", "{name} has changed on the Hub since this catalog was made (its "
    "checksum differs). Update the catalog, or pick the file in the Hugging Face search.")
NO_DISK_SPACE = Wording(
    "download.no_disk_space", "Not enough disk space for {name}: it needs {needed} (including "
    "{margin} to spare) and {folder} has {free} free.")
TOO_MANY_BYTES = Wording("download.too_many_bytes", "{name}: the server sent more bytes than the "
                         "file has; the partial download was deleted. Try again.")
REFUSED_TO_CONTINUE = Wording("download.refused_to_continue",
                              "The server refused to continue {name}.")
SERVER_ANSWERED = Wording("download.status", "The server answered {status}.")
DISK_FULL = Wording("download.disk_full",
                    "The disk is full ({folder}). {kept} Free some space, then try again.")
CANNOT_WRITE = Wording("download.cannot_write", "Cannot write {path}: {reason}")
CHECKSUM_MISMATCH = Wording(
    "download.checksum_mismatch", "{name} arrived damaged (its sha256 does not match the "
    "published one), so it was deleted. Download it again.")
CANNOT_DOWNLOAD = Wording("download.cannot_download", "{name} cannot be downloaded. {reason}")
STOPPED = Wording("download.stopped", "{name} stopped: {reason} (after {retries} retries). {kept}")
SERVER_STATUS_REASON = Wording("download.status_reason", "the server answered {status}")
NOTHING_KEPT = Wording("download.nothing_kept", "Nothing was downloaded; try again later.")
PART_KEPT = Wording("download.part_kept",
                    "The {size} downloaded so far is kept: try again to continue from there.")


def without_full_stop(reason: str) -> str:
    """A sentence used inside another one; a Said stays one (the window strips its own stop)."""
    said = said_of(reason)
    text = reason.rstrip(".")
    return Said(said.code, text, said.params) if said is not None else text
