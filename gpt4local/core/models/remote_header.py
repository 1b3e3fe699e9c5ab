"""Read the GGUF header of a file still on the Hub: a ranged GET of its first bytes only.

A 7B model's header (metadata, vocabulary, tensor directory) is a few megabytes of a
multi-gigabyte file: enough for an exact memory estimate before anyone waits for the download.
"""

from __future__ import annotations

from gpt4local.core.errors import Wording
from gpt4local.core.http import session
from gpt4local.core.hub.api import HubError, endpoint, hub_errors
from gpt4local.core.models.facts import ModelFacts, facts_from_header, facts_from_size
from gpt4local.core.models.gguf_header import (
    MAX_HEADER_BYTES,
    GgufHeader,
    HeaderError,
    HeaderIncomplete,
    parse_header,
)

READING_HEADER = Wording("hub.reading_header", "Reading the header of {name}")
HEADER_CUT_SHORT = Wording("hub.header_cut_short", "{name} ends inside its GGUF header.")
NOT_USABLE_GGUF = Wording("hub.not_usable_gguf", "{name} is not a usable GGUF: {detail}.")
FIRST_READ = 2 << 20


def fetch_header(repo_id: str, filename: str, revision: str = "main",
                 token: str | None = None) -> tuple[GgufHeader, int]:  # fmt: skip
    """(header, file size) of a GGUF on the Hub; HubError if it cannot be read."""
    import httpx2
    from huggingface_hub import hf_hub_url
    from huggingface_hub.utils import build_hf_headers, hf_raise_for_status

    url = hf_hub_url(repo_id, filename, revision=revision, endpoint=endpoint())
    data, size, want = b"", 0, FIRST_READ
    while True:
        headers = build_hf_headers(token=token or None)
        headers["Range"] = f"bytes={len(data)}-{want - 1}"
        with hub_errors(READING_HEADER(name=filename), repo_id):
            response = session().get(url, headers=headers, timeout=httpx2.Timeout(20))
            hf_raise_for_status(response)
        if response.status_code == 206:
            total = response.headers.get("Content-Range", "").rpartition("/")[2]
            size = int(total) if total.isdigit() else size
            data += response.content
        else:  # the whole file came back (a server without Range): fine for small files
            data, size = response.content, len(response.content)
        try:  # with the file's size, a damaged length is an error at once, not a bigger read
            return parse_header(data, size or None), size or len(data)
        except HeaderIncomplete as short:
            if len(data) >= size or short.needed > MAX_HEADER_BYTES or response.status_code != 206:
                raise HubError(HEADER_CUT_SHORT(name=filename)) from None
            want = max(short.needed, 2 * len(data))
        except HeaderError as error:
            raise HubError(NOT_USABLE_GGUF(name=filename, detail=error)) from None


def facts_for_hub_file(
    repo_id: str, filename: str, revision: str = "main", size: int | None = None,
    token: str | None = None,
) -> ModelFacts:  # fmt: skip
    """Exact facts from the file's header on the Hub; by size (approximate) if it cannot be read."""
    try:
        header, file_size = fetch_header(repo_id, filename, revision, token)
        return facts_from_header(header, file_size)
    except (HubError, ValueError):
        if size is None:
            raise
        return facts_from_size(size)
