"""The Catalog tab while a catalog URL is fetched: the local catalog shows first."""

from __future__ import annotations

import json

from gpt4local.core.models.catalog import bundled_catalog

TIMEOUT = 20_000


def newer_catalog() -> bytes:
    model = {
        "id": "remote-only", "name": "Remote only", "repo_id": "me/remote-GGUF",
        "filename": "remote.gguf", "size_bytes": 1000, "sha256": None,
        "parameters_billions": 1.1, "quantization": "Q4_0", "context_length": 2048,
        "license": "mit", "family": "chatml", "description": "from the catalog URL",
    }  # fmt: skip
    return json.dumps({"schema_version": 1, "updated": "2099-01-01", "models": [model]}).encode()


def test_the_tab_shows_the_bundled_catalog_while_a_slow_fetch_runs(make_window, qtbot, fake_hub):
    """Issue 10: with a catalog URL on a server that sent 1 byte every 2 s, the catalog tab
    stayed empty for over a minute. It shows the local catalog at once; the fetched one
    replaces it when it comes."""
    fake_hub.add_repo("me/catalog", {"catalog.json": newer_catalog()})
    fake_hub.pause_transfers()  # the answer's headers come, its body waits
    window = make_window(catalog_url=fake_hub.file_url("me/catalog", "catalog.json"))
    page = window.models_page
    qtbot.waitUntil(lambda: page.catalog_model.rowCount() > 0, timeout=TIMEOUT)
    assert page.catalog is not None and page.catalog.source == "bundled"
    assert page.catalog_model.rowCount() == len(bundled_catalog().entries)
    fake_hub.wait_until(lambda: fake_hub.held_transfers > 0, timeout=20)  # still fetching
    with qtbot.waitSignal(page.catalog_fetched, timeout=TIMEOUT):
        fake_hub.resume_transfers()
    assert page.catalog.source == "remote"
    assert [e.id for e in page.catalog.entries] == ["remote-only"]
