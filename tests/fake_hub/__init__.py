"""A fake Hugging Face Hub on 127.0.0.1, for tests that must never reach huggingface.co.

It answers the endpoints huggingface_hub 2.4 uses to search, inspect and download models
(``/api/models``, ``/api/models/{id}[/revision/{rev}]``, ``/api/models/{id}/tree/{rev}[/{path}]``,
``/api/models/{id}/auth-check``, ``HEAD``/``GET /{id}/resolve/{rev}/{file}``) with the same status
codes, ``X-Error-Code`` headers and JSON shapes as the real Hub, so ``HfApi(endpoint=hub.url)``,
``hf_hub_url(..., endpoint=hub.url)``, ``get_hf_file_metadata`` and ``hf_hub_download`` work
against it.

Like the real Hub, LFS files (``*.gguf`` and friends) are not served by the Hub itself: ``resolve``
answers ``302`` to a separate "CDN" origin (``hub.cdn_url``, another port), carrying the file's
sha256/size in ``X-Linked-Etag``/``X-Linked-Size``. Because the CDN is another origin,
huggingface_hub stops its metadata ``HEAD`` at the 302 and httpx drops the ``Authorization``
header when it follows the redirect -- exactly as with huggingface.co and its CDN.

Gated repos behave like the real Hub: their metadata (``model_info``, tree, ``list_models``) is
public; file content needs ``Authorization: Bearer <hub.token>``. Without a token: 401 +
``X-Error-Code: GatedRepo``; with a valid token that was not granted access
(``hub.unapproved_token``): 403 + ``GatedRepo``. Any other token: 401 "Invalid credentials in
Authorization header" on every Hub endpoint, even for public repos (as the real Hub does).

Fault injection (``fail_next``, ``drop_after``, ``corrupt``, ``redirect_next``, ``drip``,
``ignore_range``, ``throttle``, ``pause_transfers``) lets download code be tested against a
misbehaving network.

The package: server.py (FakeHub, its two servers and the ``fake_hub`` fixture), handler.py (routing,
authentication), api.py (the JSON API), files.py (resolve, CDN, Range), repos.py (repos and files)
and faults.py (fault injection).
"""

from tests.fake_hub.handler import RecordedRequest
from tests.fake_hub.repos import LFS_SIZE_THRESHOLD, LFS_SUFFIXES
from tests.fake_hub.server import DEFAULT_TOKEN, UNAPPROVED_TOKEN, FakeHub, fake_hub

__all__ = [
    "DEFAULT_TOKEN",
    "LFS_SIZE_THRESHOLD",
    "LFS_SUFFIXES",
    "UNAPPROVED_TOKEN",
    "FakeHub",
    "RecordedRequest",
    "fake_hub",
]
