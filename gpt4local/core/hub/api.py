"""Hugging Face Hub: search GGUF repositories and list their files (through huggingface-hub).

The Hub's conventions are the user's: ``HF_ENDPOINT`` for a mirror, ``HF_TOKEN`` (or the token
in the keychain, see hub_token.py, or the one saved by ``hf auth login``) for gated repos,
``HF_HUB_OFFLINE`` to stay off the network, and system proxies, all through huggingface-hub's
shared HTTP client.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from gpt4local.core.errors import UserFacingError, Wording, said_of
from gpt4local.core.http import describe_failure, session

DEFAULT_ENDPOINT = "https://huggingface.co"
_SPLIT = re.compile(r"-(\d{5})-of-(\d{5})\.gguf$", re.IGNORECASE)
# Quantisation names as llama.cpp's quantize tool writes them into file names (Q4_K_M, IQ3_XXS,
# Q8_0, F16, BF16, TQ1_0, MXFP4...), between separators.
_QUANT = re.compile(
    r"(?:^|[-_.])((?:I?Q|TQ)[1-8](?:_[0-9A-Z]{1,3}){0,2}|MXFP4(?:_MOE)?|B?F16|F32)(?=[-_.])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class SortOrder:
    """One way to order search results (always best first)."""

    label: str  # as the window offers it
    hub_name: str  # as the Hub's API calls it


# The orders the window and the command line offer (its --sort takes the keys), first the default.
SORTS = {
    "downloads": SortOrder("Most downloaded", "downloads"),
    "likes": SortOrder("Most liked", "likes"),
    "recent": SortOrder("Recently updated", "last_modified"),
    "trending": SortOrder("Trending", "trending_score"),
}


class HubError(UserFacingError):
    """A Hub request failed; the message says why in one line."""


class GatedRepoError(HubError):
    """The repo needs an access token from someone who accepted its conditions."""


@dataclass(frozen=True)
class HubRepo:
    repo_id: str
    downloads: int
    likes: int
    last_modified: datetime | None
    gated: bool


@dataclass(frozen=True)
class HubFile:
    repo_id: str
    filename: str  # path inside the repo, may contain folders
    size: int | None
    sha256: str | None
    quantization: str | None
    revision: str = "main"
    split_part: int | None = None  # "-00001-of-00003.gguf": part 1 of 3
    split_count: int | None = None

    @property
    def is_split(self) -> bool:
        return self.split_count is not None and self.split_count > 1

    @property
    def is_projector(self) -> bool:
        """A vision projector (mmproj) shipped beside a multimodal model: not a chat model."""
        return "mmproj" in self.filename.rsplit("/", 1)[-1].lower()

    @property
    def unsupported_reason(self) -> str | None:
        if self.is_split:
            return (
                f"split into {self.split_count} files; gpt4local downloads single-file GGUFs "
                "only (choose a smaller quantisation)"
            )
        if self.is_projector:
            return "a vision projector (mmproj), not a chat model"
        return None


def endpoint() -> str:
    """The Hub's address: ``HF_ENDPOINT`` (a mirror) if set, read at call time."""
    return (os.environ.get("HF_ENDPOINT") or DEFAULT_ENDPOINT).rstrip("/")


def quantization_from_filename(filename: str) -> str | None:
    found = _QUANT.findall(filename.rsplit("/", 1)[-1].removesuffix(".gguf") + ".")
    return found[-1].upper() if found else None


def _api(token: str | None) -> Any:
    from huggingface_hub import HfApi

    return HfApi(endpoint=endpoint(), token=token or None)


GATED = Wording(
    "hub.gated", "{repo} is gated: accept its conditions on the Hugging Face website, then add an "
    "access token (Access token… on the Hugging Face tab, `gpt4local models token set`, or the "
    "HF_TOKEN environment variable).")
REPO_NOT_FOUND = Wording("hub.repo_not_found",
                         "{repo} was not found on {endpoint} (or it is private and needs a token).")
NO_SUCH_REVISION = Wording("hub.no_such_revision", "{repo} has no such revision.")
FILE_NOT_IN_REPO = Wording("hub.file_not_in_repo", "That file is not in {repo}.")
HUB_ANSWERED = Wording("hub.status", "{what} failed: the Hub answered {status}.")
TOO_MANY_REQUESTS = Wording(
    "hub.too_many_requests",
    "{what} failed: the Hub answered 429 (too many requests: wait a minute).")
HUB_FAILED = Wording("hub.failed", "{what} failed. {reason}")
NOT_UNDERSTOOD = Wording("hub.not_understood",
                         "{what} failed: {endpoint} sent an answer gpt4local does not understand "
                         "({detail}).")
# What was being done, for the messages above.
SEARCHING = Wording("hub.searching", "Searching Hugging Face")
LISTING_FILES = Wording("hub.listing_files", "Listing the files of {repo}")


@contextlib.contextmanager
def hub_errors(what: str, repo_id: str | None = None) -> Iterator[None]:
    """Turn huggingface-hub's exceptions into HubError with a message a person can act on."""
    import httpx2
    from huggingface_hub import errors

    try:
        yield
    except errors.GatedRepoError:
        raise GatedRepoError(GATED(repo=repo_id)) from None
    except errors.RepositoryNotFoundError:
        raise HubError(REPO_NOT_FOUND(repo=repo_id, endpoint=endpoint())) from None
    except errors.RevisionNotFoundError:
        raise HubError(NO_SUCH_REVISION(repo=repo_id)) from None
    except errors.EntryNotFoundError:
        raise HubError(FILE_NOT_IN_REPO(repo=repo_id)) from None
    except errors.HfHubHTTPError as error:
        status = error.response.status_code if error.response is not None else "?"
        if status == 429:
            raise HubError(TOO_MANY_REQUESTS(what=what)) from None
        raise HubError(HUB_ANSWERED(what=what, status=str(status))) from None
    except (httpx2.HTTPError, errors.OfflineModeIsEnabled) as error:
        failure = describe_failure(error, endpoint())
        raise HubError(HUB_FAILED(what=what, reason=said_of(failure) or str(failure))) from None
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
        # huggingface-hub reads the answers' JSON with plain indexing: a mirror (or a changed
        # Hub) that leaves out a field or changes a type surfaces here, deep in the library.
        raise HubError(NOT_UNDERSTOOD(what=what, endpoint=endpoint(),
                                      detail=_what_was_wrong(error))) from None  # fmt: skip


def _what_was_wrong(error: BaseException) -> str:
    if isinstance(error, KeyError):
        return f"the field {error.args[0]!r} is missing" if error.args else "a field is missing"
    first_line = (str(error).splitlines() or [""])[0][:200]
    return f"{type(error).__name__}: {first_line}" if first_line else type(error).__name__


def _check_reachable() -> None:
    """Fail in seconds when the Hub cannot be reached at all.

    huggingface-hub retries a failed connection five times with backoff (about 20 s) before it
    gives up, which is right for a flaky line and wrong for someone searching while offline.
    One HEAD with a short timeout tells the two apart for the price of one round trip.
    """
    import httpx2

    try:
        session().head(endpoint(), timeout=5)
    except (httpx2.ConnectError, httpx2.ConnectTimeout) as error:
        failure = describe_failure(error, endpoint())
        raise HubError(said_of(failure) or str(failure)) from None


def search_repos(
    query: str, sort: str = "downloads", limit: int = 30, token: str | None = None
) -> list[HubRepo]:
    """GGUF repositories whose name matches ``query``, best first by ``sort`` (see SORTS)."""
    if sort not in SORTS:
        raise ValueError(f"sort must be one of {', '.join(SORTS)}")
    with hub_errors(SEARCHING()):
        _check_reachable()
        found = _api(token).list_models(
            search=query.strip() or None,
            filter="gguf",
            sort=SORTS[sort].hub_name,
            limit=limit,
            expand=["downloads", "likes", "lastModified", "gated"],
        )
        return [
            HubRepo(
                repo_id=_text(model.id),
                downloads=_count(model.downloads),
                likes=_count(model.likes),
                last_modified=model.last_modified,
                gated=bool(model.gated),
            )
            for model in found
        ]


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{value!r} where a name was expected")
    return value


def _count(value: Any) -> int:
    """A count from the Hub, 0 when it is missing or not a count."""
    return value if type(value) is int and value >= 0 else 0


def list_gguf_files(
    repo_id: str, revision: str = "main", token: str | None = None
) -> list[HubFile]:
    """Every .gguf file in the repo with its size, sha256 and quantisation, by file name."""
    with hub_errors(LISTING_FILES(repo=repo_id), repo_id):
        _check_reachable()
        info = _api(token).model_info(repo_id, revision=revision, files_metadata=True)
        commit = info.sha if isinstance(info.sha, str) and info.sha else revision
        files = [_hub_file(repo_id, commit, s) for s in info.siblings or []
                 if _text(s.rfilename).lower().endswith(".gguf")]  # fmt: skip
    return sorted(files, key=lambda f: f.filename.lower())


def _hub_file(repo_id: str, revision: str, sibling: Any) -> HubFile:
    """One listed file; the values are checked, as they come from the network."""
    name, size = sibling.rfilename, sibling.size
    sha256 = sibling.lfs.sha256 if sibling.lfs else None
    if not (size is None or (type(size) is int and size >= 0)):
        raise TypeError(f"{name} is said to be {size!r} bytes long")
    split = _SPLIT.search(name)
    return HubFile(
        repo_id=repo_id,
        filename=name,
        size=size,
        sha256=sha256 if isinstance(sha256, str) else None,
        quantization=quantization_from_filename(name),
        revision=revision,
        split_part=int(split.group(1)) if split else None,
        split_count=int(split.group(2)) if split else None,
    )
