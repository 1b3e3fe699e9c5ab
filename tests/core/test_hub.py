"""Hugging Face search and file listing, against the Hub-like server on 127.0.0.1."""

from __future__ import annotations

import hashlib

import pytest

from gpt4local.core.hub import api as hub
from gpt4local.core.hub.api import HubError, list_gguf_files, search_repos


@pytest.fixture
def fake(fake_hub, monkeypatch):
    monkeypatch.setenv("HF_ENDPOINT", fake_hub.url)
    files = {"qwen-7b-Q4_K_M.gguf": b"GGUF" + bytes(4000),
             "qwen-7b-Q8_0.gguf": b"GGUF" + bytes(7000), "README.md": b"hi"}  # fmt: skip
    fake_hub.add_repo("bart/Qwen-7B-GGUF", files, downloads=900, likes=10,
                      last_modified="2026-03-01T00:00:00.000Z")  # fmt: skip
    fake_hub.add_repo("lm/qwen-1.5B-GGUF", {"q-Q4_0.gguf": b"GGUF" + bytes(100)},
                      downloads=50, likes=99, last_modified="2026-06-01T00:00:00.000Z")  # fmt: skip
    fake_hub.add_repo("x/Llama-GGUF", {"l-Q4_0.gguf": b"GGUF"}, downloads=5000)
    fake_hub.add_repo("x/qwen-safetensors", {"model.safetensors": b"{}"}, downloads=10**6)
    fake_hub.add_repo(
        "big/Qwen-72B-GGUF",
        {
            "Q4_K_M/qwen-72b-Q4_K_M-00001-of-00002.gguf": b"GGUF" + bytes(10),
            "Q4_K_M/qwen-72b-Q4_K_M-00002-of-00002.gguf": bytes(10),
            "mmproj-qwen-f16.gguf": b"GGUF" + bytes(10),
        },
    )
    return fake_hub


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("downloads", ["bart/Qwen-7B-GGUF", "lm/qwen-1.5B-GGUF", "big/Qwen-72B-GGUF"]),
        ("likes", ["lm/qwen-1.5B-GGUF", "bart/Qwen-7B-GGUF", "big/Qwen-72B-GGUF"]),
    ],
)
def test_search_finds_gguf_repos_by_name_in_the_chosen_order(fake, sort, expected) -> None:
    repos = search_repos("qwen", sort=sort)
    assert [r.repo_id for r in repos] == expected  # the safetensors repo is not a GGUF one
    first = next(r for r in repos if r.repo_id == "bart/Qwen-7B-GGUF")
    assert (first.downloads, first.likes, first.gated) == (900, 10, False)
    assert first.last_modified is not None and first.last_modified.year == 2026


def test_search_by_recency_and_limit(fake) -> None:
    repos = search_repos("qwen", sort="recent", limit=1)
    assert [r.repo_id for r in repos] == ["lm/qwen-1.5B-GGUF"]


def test_files_have_sizes_hashes_and_quantisations(fake) -> None:
    files = list_gguf_files("bart/Qwen-7B-GGUF")
    assert [(f.filename, f.size, f.quantization) for f in files] == [
        ("qwen-7b-Q4_K_M.gguf", 4004, "Q4_K_M"),
        ("qwen-7b-Q8_0.gguf", 7004, "Q8_0"),
    ]
    assert files[0].sha256 == hashlib.sha256(b"GGUF" + bytes(4000)).hexdigest()
    assert len(files[0].revision) == 40  # pinned to the commit listed
    assert all(f.unsupported_reason is None for f in files)


def test_split_files_and_projectors_are_listed_but_refused(fake) -> None:
    files = {f.filename.rsplit("/", 1)[-1]: f for f in list_gguf_files("big/Qwen-72B-GGUF")}
    split = files["qwen-72b-Q4_K_M-00001-of-00002.gguf"]
    assert split.is_split and (split.split_part, split.split_count) == (1, 2)
    assert "split into 2 files" in split.unsupported_reason
    assert "vision projector" in files["mmproj-qwen-f16.gguf"].unsupported_reason


def test_unknown_repo_is_explained(fake) -> None:
    with pytest.raises(HubError, match="was not found"):
        list_gguf_files("nobody/nothing")


def test_an_unreachable_hub_is_explained(monkeypatch) -> None:
    monkeypatch.setenv("HF_ENDPOINT", "http://127.0.0.1:9")  # discard port: nothing listens
    with pytest.raises(HubError, match="Cannot connect"):
        search_repos("qwen")


def test_offline_mode_is_respected(fake, monkeypatch) -> None:
    from huggingface_hub import constants

    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", True)
    fake.requests.clear()
    with pytest.raises(HubError, match="HF_HUB_OFFLINE"):
        search_repos("qwen")
    assert fake.requests == []


def test_sort_must_be_known() -> None:
    with pytest.raises(ValueError, match="sort must be one of"):
        hub.search_repos("x", sort="size")


def without_pointer_size(answer):
    for sibling in answer.get("siblings", []) if isinstance(answer, dict) else []:
        sibling.get("lfs", {}).pop("pointerSize", None)
    return answer


def siblings_as(value):
    def mangle(answer):
        if isinstance(answer, dict) and "siblings" in answer:
            answer["siblings"] = value
        return answer

    return mangle


def a_gguf_sibling(**changes):
    def mangle(answer):
        if isinstance(answer, dict) and answer.get("siblings"):
            answer["siblings"][-1].update(changes)  # qwen-7b-Q8_0.gguf
        return answer

    return mangle


@pytest.mark.parametrize(
    ("mangle", "complaint"),
    [
        (without_pointer_size, "the field 'pointerSize' is missing"),
        (siblings_as("nope"), "does not understand"),
        (siblings_as([{"size": 3}]), "the field 'rfilename' is missing"),
        (a_gguf_sibling(rfilename=7), "7 where a name was expected"),
        (a_gguf_sibling(size="big"), "is said to be 'big' bytes long"),
        (a_gguf_sibling(lfs="yes"), "does not understand"),
        (lambda answer: [answer], "does not understand"),
        (lambda answer: b"<html>a captive portal</html>", "does not understand"),
    ],
)
def test_an_unexpected_answer_about_files_is_one_clear_line(fake, mangle, complaint) -> None:
    """Issue 10: `gpt4local models files` raised KeyError: 'pointerSize' when a Hub or mirror
    answer lacked that field."""
    fake.mangle_api = mangle
    with pytest.raises(HubError, match=complaint) as failure:
        list_gguf_files("bart/Qwen-7B-GGUF")
    message = str(failure.value)
    assert message.startswith("Listing the files of bart/Qwen-7B-GGUF failed: ")
    assert fake.url in message and "\n" not in message


@pytest.mark.parametrize(
    "mangle",
    [
        lambda answer: {"models": answer},
        lambda answer: [{"_id": "x"}],
        lambda answer: [dict(a, id=None) for a in answer],
        lambda answer: b"not json",
    ],
)
def test_an_unexpected_search_answer_is_one_clear_line(fake, mangle) -> None:
    fake.mangle_api = mangle
    with pytest.raises(HubError, match=r"Searching Hugging Face failed: .* does not understand"):
        search_repos("qwen")


def test_odd_counts_in_a_search_answer_count_as_zero(fake) -> None:
    fake.mangle_api = lambda answer: [dict(a, downloads="many", likes=-3) for a in answer]
    repos = search_repos("qwen")
    assert repos and all((r.downloads, r.likes) == (0, 0) for r in repos)
