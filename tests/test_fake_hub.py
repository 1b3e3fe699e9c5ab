"""The fake Hub answers like huggingface.co, as seen through huggingface_hub's own client code."""

from __future__ import annotations

import hashlib
import threading
import time
from pathlib import Path

import httpx2
import pytest
from huggingface_hub import HfApi, constants, get_hf_file_metadata, hf_hub_download, hf_hub_url
from huggingface_hub.errors import (
    EntryNotFoundError,
    GatedRepoError,
    HfHubHTTPError,
    OfflineModeIsEnabled,
    RemoteEntryNotFoundError,
    RepositoryNotFoundError,
    RevisionNotFoundError,
)
from huggingface_hub.hf_api import RepoFile, RepoFolder
from huggingface_hub.utils import get_session, hf_raise_for_status

from tests.fake_hub import FakeHub

REPO = "acme/tiny-llama-GGUF"
GGUF = "tiny-llama.Q4_K_M.gguf"
MODEL = bytes(range(256)) * 40 + b"tail"  # 10244 bytes, no two neighbours equal
README = b"# A tiny model\n"
COMMIT = "0123456789abcdef0123456789abcdef01234567"
GATED = "meta/gated-llama-GGUF"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def git_oid(data: bytes) -> str:
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


@pytest.fixture
def hub(fake_hub: FakeHub) -> FakeHub:
    fake_hub.add_repo(
        REPO,
        {GGUF: MODEL, "README.md": README, "sub/extra.gguf": b"x" * 100},
        downloads=500,
        likes=3,
        last_modified="2026-03-01T00:00:00.000Z",
        commit=COMMIT,
    )
    fake_hub.add_repo(
        "acme/big-llama-GGUF",
        {"big.gguf": b"B" * 64},
        downloads=90,
        likes=50,
        last_modified="2026-05-01T00:00:00.000Z",
    )
    fake_hub.add_repo("other/llama-notes", {"notes.txt": b"hi"}, downloads=1000, likes=1)
    fake_hub.add_repo(GATED, {"gated.gguf": b"G" * 32}, gated=True, downloads=10, likes=100)
    return fake_hub


@pytest.fixture
def api(hub: FakeHub) -> HfApi:
    return HfApi(endpoint=hub.url, token=False)


def test_list_models_search_filter_sort_limit(hub: FakeHub, api: HfApi) -> None:
    ids = [m.id for m in api.list_models(search="LLAMA", sort="downloads", limit=3)]
    assert ids == ["other/llama-notes", REPO, "acme/big-llama-GGUF"]
    assert hub.requests[-1].query == {"search": ["LLAMA"], "sort": ["downloads"], "limit": ["3"]}

    by_likes = [m.id for m in api.list_models(filter="gguf", sort="likes")]
    assert by_likes == [GATED, "acme/big-llama-GGUF", REPO]  # notes has no gguf file: no tag

    plain = next(iter(api.list_models(search="tiny")))
    assert (plain.downloads, plain.likes) == (500, 3)
    assert plain.last_modified is None and plain.siblings is None  # as the real Hub: no full=True

    full = list(api.list_models(filter="gguf", sort="last_modified", full=True))
    assert hub.requests[-1].query["sort"] == ["lastModified"]
    assert [m.id for m in full][:2] == ["acme/big-llama-GGUF", REPO]
    assert full[1].last_modified.isoformat() == "2026-03-01T00:00:00+00:00"
    assert [s.rfilename for s in full[1].siblings] == ["README.md", "sub/extra.gguf", GGUF]
    assert {m.id: m.gated for m in full}[GATED] == "auto"

    expanded = next(iter(api.list_models(search="big", expand=["downloads", "gated"])))
    assert (expanded.downloads, expanded.gated, expanded.likes) == (90, False, None)


def test_list_models_follows_pages_and_stops_at_the_limit(hub: FakeHub, api: HfApi) -> None:
    hub.page_size = 1
    assert len(list(api.list_models(filter="gguf"))) == 3
    assert sum(r.path == "/api/models" for r in hub.requests) == 3
    assert hub.requests[-1].query["cursor"] == ["2"]

    hub.requests.clear()
    assert len(list(api.list_models(filter="gguf", limit=2))) == 2
    assert len(hub.requests) == 2


def test_model_info_with_files_metadata(hub: FakeHub, api: HfApi) -> None:
    info = api.model_info(REPO, files_metadata=True)
    assert hub.requests[-1].query == {"blobs": ["true"]}
    assert (info.sha, info.downloads, info.likes, info.gated) == (COMMIT, 500, 3, False)
    assert "gguf" in info.tags
    siblings = {s.rfilename: s for s in info.siblings}
    model = siblings[GGUF]
    assert model.size == len(MODEL)
    assert (model.lfs.sha256, model.lfs.size) == (sha256(MODEL), len(MODEL))
    assert 120 < model.lfs.pointer_size < 140
    readme = siblings["README.md"]
    assert (readme.size, readme.blob_id, readme.lfs) == (len(README), git_oid(README), None)

    assert all(s.size is None for s in api.model_info(REPO).siblings)
    assert api.model_info(REPO, revision=COMMIT).sha == COMMIT
    with pytest.raises(RevisionNotFoundError):
        api.model_info(REPO, revision="v9")


def test_list_repo_tree(hub: FakeHub, api: HfApi) -> None:
    top = list(api.list_repo_tree(REPO))
    assert [(type(e), e.path) for e in top] == [
        (RepoFile, "README.md"),
        (RepoFolder, "sub"),
        (RepoFile, GGUF),
    ]
    model = top[2]
    assert (model.size, model.lfs.sha256, model.lfs.size) == (len(MODEL), sha256(MODEL), len(MODEL))
    assert top[0].lfs is None and top[0].blob_id == git_oid(README)

    everything = [e.path for e in api.list_repo_tree(REPO, recursive=True)]
    assert everything == ["README.md", "sub", "sub/extra.gguf", GGUF]
    assert [e.path for e in api.list_repo_tree(REPO, path_in_repo="sub")] == ["sub/extra.gguf"]
    expanded = list(api.list_repo_tree(REPO, expand=True))
    assert {e.last_commit.oid for e in expanded} == {COMMIT}
    with pytest.raises(EntryNotFoundError):
        list(api.list_repo_tree(REPO, path_in_repo="nope"))

    hub.page_size = 2
    assert len(list(api.list_repo_tree(REPO, recursive=True))) == 4  # two pages


def test_file_metadata_of_an_lfs_file_comes_from_the_redirect(hub: FakeHub) -> None:
    url = hf_hub_url(REPO, GGUF, endpoint=hub.url)
    assert url == hub.file_url(REPO, GGUF)
    meta = get_hf_file_metadata(url, token=False)
    assert (meta.etag, meta.size, meta.commit_hash) == (sha256(MODEL), len(MODEL), COMMIT)
    assert meta.location.startswith(f"{hub.cdn_url}/cdn/{sha256(MODEL)}?")
    # The CDN is another origin: huggingface_hub stops at the 302 and never HEADs the CDN.
    assert [(r.method, r.path) for r in hub.requests] == [("HEAD", f"/{REPO}/resolve/main/{GGUF}")]

    readme = get_hf_file_metadata(hf_hub_url(REPO, "README.md", endpoint=hub.url), token=False)
    assert (readme.etag, readme.size, readme.commit_hash) == (git_oid(README), len(README), COMMIT)
    assert readme.location == hub.file_url(REPO, "README.md")


def test_gated_repo_needs_the_token_for_content_only(hub: FakeHub, api: HfApi) -> None:
    url = hf_hub_url(GATED, "gated.gguf", endpoint=hub.url)
    with pytest.raises(GatedRepoError) as anonymous:
        get_hf_file_metadata(url, token=False)
    assert anonymous.value.response.status_code == 401
    with pytest.raises(GatedRepoError) as not_granted:
        get_hf_file_metadata(url, token=hub.unapproved_token)
    assert not_granted.value.response.status_code == 403
    with pytest.raises(HfHubHTTPError) as bad_token:
        get_hf_file_metadata(hub.file_url(REPO, GGUF), token="hf_revoked")
    assert not isinstance(bad_token.value, RepositoryNotFoundError)
    assert bad_token.value.response.status_code == 401

    assert get_hf_file_metadata(url, token=hub.token).size == 32
    assert api.model_info(GATED).gated == "auto"  # metadata is public, as on the real Hub
    assert len(list(api.list_repo_tree(GATED))) == 1
    with pytest.raises(GatedRepoError):
        api.auth_check(GATED)
    api.auth_check(GATED, token=hub.token)

    hub.gate_metadata = True
    with pytest.raises(GatedRepoError):
        api.model_info(GATED)


def test_missing_repo_file_and_private_repo(hub: FakeHub, api: HfApi) -> None:
    with pytest.raises(RepositoryNotFoundError) as anonymous:
        api.model_info("acme/nope")
    assert anonymous.value.response.status_code == 401  # the Hub hides private repos this way
    with pytest.raises(RepositoryNotFoundError) as logged_in:
        api.model_info("acme/nope", token=hub.token)
    assert logged_in.value.response.status_code == 404
    with pytest.raises(RepositoryNotFoundError):
        get_hf_file_metadata(hf_hub_url("acme/nope", GGUF, endpoint=hub.url), token=False)
    with pytest.raises(RemoteEntryNotFoundError) as missing:
        get_hf_file_metadata(hf_hub_url(REPO, "nope.gguf", endpoint=hub.url), token=False)
    assert missing.value.response.headers["X-Repo-Commit"] == COMMIT

    hub.add_repo("acme/secret", {"s.gguf": b"s"}, private=True)
    assert "acme/secret" not in [m.id for m in api.list_models()]
    assert "acme/secret" in [m.id for m in api.list_models(token=hub.token)]
    with pytest.raises(RepositoryNotFoundError):
        api.model_info("acme/secret")
    assert api.model_info("acme/secret", token=hub.token).private is True


def test_range_requests(hub: FakeHub) -> None:
    session = get_session()
    url = hub.file_url(REPO, GGUF)
    total = len(MODEL)
    response = session.get(url, headers={"Range": "bytes=100-"})
    assert [r.status_code for r in response.history] == [302]
    assert response.status_code == 206
    assert response.headers["Content-Range"] == f"bytes 100-{total - 1}/{total}"
    assert response.content == MODEL[100:]
    assert session.get(url, headers={"Range": "bytes=5-9"}).content == MODEL[5:10]
    assert session.get(url, headers={"Range": "bytes=-4"}).content == b"tail"
    past_end = session.get(url, headers={"Range": f"bytes={total}-"})
    assert past_end.status_code == 416
    assert past_end.headers["Content-Range"] == f"bytes */{total}"

    readme = session.get(hub.file_url(REPO, "README.md"), headers={"Range": "bytes=2-"})
    assert (readme.status_code, readme.history, readme.content) == (206, [], README[2:])

    hub.ignore_range = True
    ignored = session.get(url, headers={"Range": "bytes=100-"})
    assert (ignored.status_code, ignored.content) == (200, MODEL)


def test_fail_next_answers_the_status_then_recovers(hub: FakeHub) -> None:
    url = hub.file_url(REPO, GGUF)
    hub.fail_next(GGUF, 429, retry_after=2)
    hub.fail_next("README.md", 503, times=2)
    with httpx2.Client(follow_redirects=True) as client:
        assert client.head(url).status_code == 200  # only GET is failed by default
        limited = client.get(url)
        assert (limited.status_code, limited.headers["Retry-After"]) == (429, "2")
        with pytest.raises(HfHubHTTPError):
            hf_raise_for_status(limited)
        assert client.get(url).content == MODEL
        readme = hub.file_url(REPO, "README.md")
        assert [client.get(readme).status_code for _ in range(3)] == [503, 503, 200]


def test_drop_after_cuts_the_body_short(hub: FakeHub) -> None:
    url = hub.file_url(REPO, GGUF)
    hub.drop_after(GGUF, 1000)
    received = bytearray()
    with get_session().stream("GET", url) as response:
        assert int(response.headers["Content-Length"]) == len(MODEL)
        with pytest.raises(httpx2.RemoteProtocolError):
            for chunk in response.iter_bytes():
                received += chunk
    assert bytes(received) == MODEL[:1000]
    assert get_session().get(url).content == MODEL  # consumed


def test_corrupt_flips_one_byte_but_headers_stay_true(hub: FakeHub) -> None:
    url = hub.file_url(REPO, GGUF)
    hub.corrupt(GGUF, offset=7)
    body = get_session().get(url).content
    assert len(body) == len(MODEL)
    assert [i for i in range(len(MODEL)) if body[i] != MODEL[i]] == [7]
    assert body[7] == MODEL[7] ^ 0xFF
    assert get_hf_file_metadata(url, token=False).etag == sha256(MODEL)
    assert get_session().get(url).content == MODEL

    hub.corrupt(GGUF, offset=5000)
    assert get_session().get(url, headers={"Range": "bytes=0-99"}).content == MODEL[:100]
    assert get_session().get(url, headers={"Range": "bytes=4990-5009"}).content != MODEL[4990:5010]


def test_hf_hub_download_through_the_fake_hub(hub: FakeHub, tmp_path: Path) -> None:
    on_disk = tmp_path / "big.gguf"
    on_disk.write_bytes(MODEL * 30)
    hub.add_repo("acme/from-disk", {"big.gguf": on_disk})
    path = hf_hub_download(
        "acme/from-disk", "big.gguf", endpoint=hub.url, cache_dir=tmp_path / "c", token=False
    )
    assert Path(path).read_bytes() == MODEL * 30

    hub.requests.clear()
    path = hf_hub_download(
        GATED, "gated.gguf", endpoint=hub.url, cache_dir=tmp_path / "c", token=hub.token
    )
    assert Path(path).read_bytes() == b"G" * 32
    head, get = hub.requests
    assert (head.method, get.method, get.path) == ("HEAD", "GET", f"/cdn/{sha256(b'G' * 32)}")
    assert head.headers["authorization"] == f"Bearer {hub.token}"
    assert "authorization" not in get.headers  # never sent to the CDN
    assert "hf_hub/" in head.headers["user-agent"]
    assert head.headers["x-hf-download-counter"] == "1"


def test_offline_mode_fails_before_any_request(
    hub: FakeHub, api: HfApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", True)
    with pytest.raises(OfflineModeIsEnabled):
        api.model_info(REPO)
    with pytest.raises(ConnectionError):  # OfflineModeIsEnabled is a ConnectionError
        get_session().get(hub.file_url(REPO, GGUF))
    assert hub.requests == []


def test_throttle_pause_and_prompt_shutdown_mid_transfer() -> None:
    threads_before = set(threading.enumerate())
    hub = FakeHub()
    hub.add_repo(REPO, {GGUF: MODEL})
    hub.start()
    hub.throttle = 20_000  # bytes per second: the 10 KB model would take half a second
    outcome: dict[str, object] = {}

    def download() -> None:
        received = bytearray()
        try:
            with (
                httpx2.Client(follow_redirects=True) as client,
                client.stream("GET", hub.file_url(REPO, GGUF)) as response,
            ):
                for chunk in response.iter_bytes():
                    received += chunk
        except httpx2.HTTPError as error:
            outcome["error"] = error
        outcome["received"] = bytes(received)

    started = time.monotonic()
    thread = threading.Thread(target=download)
    thread.start()
    try:
        hub.wait_until(lambda: hub.bytes_served.get(GGUF, 0) >= 2000)
        assert time.monotonic() - started >= 0.05  # 2 KB at 20 KB/s is 0.1 s
        hub.pause_transfers()
        hub.wait_until(lambda: hub.held_transfers == 1)
        paused_at = hub.bytes_served[GGUF]
        # The body is parked at the pause (held_transfers == 1): nothing more can be sent
        # until it is resumed, so one more look is as good as a wait.
        assert hub.held_transfers == 1
        assert hub.bytes_served[GGUF] == paused_at < len(MODEL)

        closing = time.monotonic()
        hub.close()
        assert time.monotonic() - closing < 1.0
        thread.join(2)
        assert not thread.is_alive()
    finally:
        hub.close()
        thread.join(2)
    assert isinstance(outcome["error"], httpx2.RemoteProtocolError)
    assert outcome["received"] == MODEL[:paused_at]
    assert hub.errors == []
    assert set(threading.enumerate()) - threads_before == set()
