"""The curated catalog: bundled facts are valid, remote copies are validated, failures fall back."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from gpt4local.core.models import catalog as catalog_module
from gpt4local.core.models.catalog import (
    CatalogError,
    bundled_catalog,
    cached_catalog_file,
    load_catalog,
    parse_catalog,
    refresh_catalog,
)


def test_bundled_catalog_is_valid_and_covers_every_size_class() -> None:
    catalog = bundled_catalog()
    assert len(catalog.entries) >= 12
    sizes = [e.parameters_billions for e in catalog.entries]
    assert any(1 <= s <= 4.5 for s in sizes)
    assert any(6.5 <= s <= 9.5 for s in sizes)
    assert any(11.5 <= s <= 15 for s in sizes)
    assert any(e.recommended for e in catalog.entries)
    for entry in catalog.entries:
        assert entry.filename.endswith(".gguf")
        # A Q4 file holds roughly 0.5-0.75 bytes per parameter; catches a size typed in GB or MB.
        bytes_per_parameter = entry.size_bytes / (entry.parameters_billions * 1e9)
        assert 0.35 < bytes_per_parameter < 2.2, entry.id


def document(**changes) -> dict:
    model = {
        "id": "tiny-q4", "name": "Tiny", "repo_id": "me/tiny-GGUF", "filename": "tiny.gguf",
        "size_bytes": 1000, "sha256": None, "parameters_billions": 1.1, "quantization": "Q4_0",
        "context_length": 2048, "license": "mit", "family": "chatml", "description": "small",
    }  # fmt: skip
    model.update(changes)
    return {"schema_version": 1, "updated": "2030-01-01", "models": [model]}


def test_unknown_keys_are_ignored_for_forward_compatibility() -> None:
    data = document(future_field=1, architecture={"block_count": 22, "new_fact": 3})
    entry = parse_catalog(json.dumps(data), "test").entries[0]
    assert entry.architecture is not None and entry.architecture.block_count == 22


@pytest.mark.parametrize(
    ("data", "complaint"),
    [
        ("{not json", "not valid JSON"),
        (json.dumps(document(size_bytes="4 GB")), "models/0/size_bytes"),
        (json.dumps(document(sha256="abc")), "models/0/sha256"),
        (json.dumps(document(filename="../../.bashrc.gguf")), "models/0/filename"),
        (json.dumps(document(repo_id="no-slash")), "models/0/repo_id"),
        (json.dumps({"schema_version": 2, "updated": "2030-01-01", "models": []}), "invalid"),
        (json.dumps([1, 2]), "invalid"),
    ],
)
def test_malformed_catalogs_are_refused_with_the_reason(data: str, complaint: str) -> None:
    with pytest.raises(CatalogError, match=complaint):
        parse_catalog(data, "test")


def test_duplicate_ids_are_refused() -> None:
    data = document()
    data["models"].append(dict(data["models"][0]))
    with pytest.raises(CatalogError, match="repeats ids: tiny-q4"):
        parse_catalog(json.dumps(data), "test")


def test_a_newer_cached_catalog_wins_and_a_broken_one_is_ignored() -> None:
    cached_catalog_file().parent.mkdir(parents=True, exist_ok=True)
    cached_catalog_file().write_text(json.dumps(document()))
    catalog, message = load_catalog()
    assert catalog.source == "cached" and message is None
    cached_catalog_file().write_text(json.dumps(document()).replace("2030", "2001"))
    assert load_catalog()[0].source == "bundled"  # older than the app's own
    cached_catalog_file().write_text("garbage")
    catalog, message = load_catalog()
    assert catalog.source == "bundled"
    assert message is not None and "not valid JSON" in message


class _OneDocument(BaseHTTPRequestHandler):
    body = b""

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def serve() -> Iterator:
    servers = []

    def start(body: bytes) -> str:
        handler = type("Handler", (_OneDocument,), {"body": body})
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/catalog.json"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def test_refresh_uses_and_caches_a_valid_remote_catalog(serve) -> None:
    body = json.dumps(document()).encode()
    catalog, message = refresh_catalog(serve(body))
    assert (catalog.source, message) == ("remote", None)
    assert catalog.entries[0].id == "tiny-q4"
    assert cached_catalog_file().read_bytes() == body
    assert load_catalog()[0].source == "cached"  # next start, offline


def test_refresh_with_a_malformed_remote_falls_back(serve) -> None:
    catalog, message = refresh_catalog(serve(b'{"schema_version": 1}'))
    assert catalog.source == "bundled"
    assert message is not None and "invalid" in message
    assert not cached_catalog_file().exists()


def test_refresh_refuses_an_oversized_document(serve, monkeypatch) -> None:
    limit = len(catalog_module.paths.resource_path("catalog.json").read_bytes()) + 1000
    monkeypatch.setattr(catalog_module, "MAX_CATALOG_BYTES", limit)
    huge = json.dumps(document(description="x" * limit)).encode()
    catalog, message = refresh_catalog(serve(huge))
    assert catalog.source == "bundled" and message is not None and f"more than {limit:,}" in message


def test_refresh_when_the_server_is_down_falls_back_quickly() -> None:
    with socket.socket() as probe:  # a port with nobody listening
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    catalog, message = refresh_catalog(f"http://127.0.0.1:{port}/catalog.json", timeout=2)
    assert catalog.source == "bundled"
    assert message is not None and "Cannot connect" in message


def test_refresh_rejects_a_non_web_address() -> None:
    catalog, message = refresh_catalog("file:///etc/passwd")
    assert catalog.source == "bundled" and message is not None and "Not a web address" in message


def run_with_bound(work, seconds: float = 20):
    """``work()`` in a thread; its result, or None if it is still running after ``seconds``."""
    outcome: list = []
    worker = threading.Thread(target=lambda: outcome.append(work()), daemon=True)
    worker.start()
    worker.join(seconds)
    return outcome[0] if outcome else None


@pytest.fixture
def catalog_on_hub(fake_hub):
    """The URL of a valid catalog served by the fake Hub (so its faults apply to it)."""
    fake_hub.add_repo("me/catalog", {"catalog.json": json.dumps(document()).encode()})
    return fake_hub.file_url("me/catalog", "catalog.json")


def test_a_server_that_drips_the_catalog_is_given_up_on_at_the_deadline(
    fake_hub, catalog_on_hub
) -> None:
    """Issue 10: a server sending 1 byte every 2 s kept the fetch reading for over 60 s with
    the catalog tab empty: the timeout counted per read. The deadline is for the whole fetch,
    headers included (the drip starts with the status line)."""
    fake_hub.drip("catalog.json", interval=0.05)
    started = time.monotonic()
    result = run_with_bound(lambda: refresh_catalog(catalog_on_hub, timeout=1.0))
    elapsed = time.monotonic() - started
    assert result is not None, "still reading after 20 s (the whole answer takes ~40 s)"
    catalog, message = result
    assert catalog.source == "bundled"
    assert message is not None and "did not send" in message and "within 1 s" in message
    assert elapsed < 5
    assert not cached_catalog_file().exists()


def test_a_catalog_that_arrives_in_time_is_used(fake_hub, catalog_on_hub) -> None:
    catalog, message = refresh_catalog(catalog_on_hub, timeout=10)
    assert (catalog.source, message) == ("remote", None)


def deeply_nested(depth: int = 100_000) -> bytes:
    inner = b"[" * depth + b"]" * depth
    return json.dumps(document()).encode().replace(b'"small"', inner)


def test_deeply_nested_json_is_refused_with_a_reason() -> None:
    """Issue 10: a deeply nested file raised RecursionError and left the catalog tab with 0
    rows. Brackets inside strings do not count."""
    with pytest.raises(CatalogError, match="nests deeper than 20 levels"):
        parse_catalog(deeply_nested(), "test")
    inside_a_string = json.dumps(document(description="[" * 5000)).encode()
    assert parse_catalog(inside_a_string, "test").entries[0].description == "[" * 5000


def test_a_deeply_nested_cached_or_remote_catalog_falls_back_to_the_bundled_one(serve) -> None:
    cached_catalog_file().parent.mkdir(parents=True, exist_ok=True)
    cached_catalog_file().write_bytes(deeply_nested())
    catalog, message = load_catalog()
    assert catalog.source == "bundled" and message is not None and "nests deeper" in message
    catalog, message = refresh_catalog(serve(deeply_nested()))
    assert catalog.source == "bundled" and message is not None and "nests deeper" in message
